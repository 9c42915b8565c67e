import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Tenant as TenantModel, User as UserModel } from '../entities/auth.js';
import type { Viewer as ViewerModel } from '../services/auth-service.js';
import type { SessionView as SessionViewModel } from '../services/sessions.js';
import type { ApiKey as ApiKeyModel, TenantSecret as TenantSecretModel } from '../entities/keys-billing.js';
import type { CreatedApiKey as CreatedApiKeyModel } from '../services/api-keys.js';
import type { BillingView as BillingViewModel } from '../services/billing.js';
import type { Plan as PlanModel } from '../../../core/plans.js';
import type { Invitation as InvitationModel, Domain as DomainModel } from '../entities/teams.js';
import type { AuditEvent as AuditEventModel } from '../services/audit.js';
import type { SubgraphContext } from '../../../core/subgraph.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Arbitrary JSON value. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * An API key of the current tenant, for partners and headless frontends: send it as
 * `Authorization: Bearer whk_...`. The full key is shown only once, when it is created.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** When the key stops working (ISO 8601); null for no expiry. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier of the key. */
  id: Scalars['ID']['output'];
  /** When the key was last used, to the minute (ISO 8601); null if never. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** A name to recognise the key by, e.g. the partner or site using it. */
  name: Scalars['String']['output'];
  /** The visible part of the key (`whk_<prefix>_...`), to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked (ISO 8601); null while it is active. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** What the key may do: permission names such as `catalog:read`. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The API keys on this page. */
  edges: Array<ApiKeyEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One API key in a list. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The API key. */
  node: ApiKey;
};

/** One entry of the tenant's append-only security log. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. `member.invited` or `domain.verified`. */
  action: Scalars['String']['output'];
  /** Who did it: `user`, `apiKey`, `internal` or `anonymous`. */
  actorKind: Scalars['String']['output'];
  /** The acting user, when a user acted. */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** The client's IP address as the gateway saw it. */
  clientIp?: Maybe<Scalars['String']['output']>;
  /** When it happened (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Event details (e.g. the old and new role). */
  detail: Scalars['JSON']['output'];
  /** Stable identifier of the event. */
  id: Scalars['ID']['output'];
  /** What the event is about (a membership id, an email, a host). */
  target?: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events on this page. */
  edges: Array<AuditEventEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One audit event in a list. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** A freshly issued access token. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** EdDSA-signed JWT to send as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  /** When the token expires (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** Single-use token for `refreshSession` (rotates on each use); null when the token starts no session. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** The tenant the token is bound to, if any. */
  tenant?: Maybe<Tenant>;
  /** The signed-in user. */
  user: User;
};

/** The current tenant's plan and subscription. */
export type Billing = {
  __typename?: 'Billing';
  /** Whether the subscription ends at the end of the current period. */
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  /** When the current paid period ends (ISO 8601); null without a subscription. */
  currentPeriodEnd?: Maybe<Scalars['String']['output']>;
  /** What the plan allows. */
  limits: PlanLimits;
  /** The plan id, e.g. `free`, `pro` or `business`. */
  plan: Scalars['String']['output'];
  /** The plan's display name. */
  planName: Scalars['String']['output'];
  /** The subscription's state. */
  status: BillingStatus;
};

/** How often a plan's price is charged. */
export type BillingInterval =
  /** Every month. */
  | 'MONTH'
  /** Every year. */
  | 'YEAR';

/** The state of the tenant's platform subscription. */
export type BillingStatus =
  /** Paid and current. */
  | 'ACTIVE'
  /** Ended: the tenant is back on the free plan. */
  | 'CANCELED'
  /** Checkout started but the first payment is not complete. */
  | 'INCOMPLETE'
  /** No subscription: the tenant is on the free plan. */
  | 'NONE'
  /** A payment failed; Stripe is retrying. */
  | 'PAST_DUE'
  /** In a trial period. */
  | 'TRIALING'
  /** Payments failed and retries are exhausted. */
  | 'UNPAID';

/** A Stripe Checkout page to subscribe to a plan. */
export type CheckoutSession = {
  __typename?: 'CheckoutSession';
  /** Send the browser here to pay; Stripe returns it to the billing settings afterwards. */
  url: Scalars['String']['output'];
};

/** Fields to create an API key for the current tenant. */
export type CreateApiKeyInput = {
  /** When the key stops working (ISO 8601 with offset); omit for no expiry. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** A name to recognise the key by (1-80 characters). */
  name: Scalars['String']['input'];
  /** Permission names the key gets, e.g. `catalog:read`; never more than your own permissions. */
  scopes: Array<Scalars['String']['input']>;
};

/** Fields to create a tenant; its creator becomes its Owner. */
export type CreateTenantInput = {
  /** Display name; the starter site and its home page are named after it. */
  name: Scalars['String']['input'];
  /** 3–40 characters: lowercase letters, digits and single hyphens, not at either end. */
  slug: Scalars['String']['input'];
  /** Build a starter site from the sample theme for the new workspace (default true); false for a workspace set up by other means (an import, an API client): the editor then shows the checklist without a starter site. */
  starterSite?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new API key and its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key as it will be listed. */
  apiKey: ApiKey;
  /** The full key (`whk_<prefix>_<secret>`). Store it now: it is never shown again. */
  secret: Scalars['String']['output'];
};

/** A custom domain claimed by the current tenant. */
export type Domain = {
  __typename?: 'Domain';
  /** When the domain was added (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The host name, lowercased, e.g. `shop.example.com`. */
  host: Scalars['String']['output'];
  /** Stable identifier of the domain claim. */
  id: Scalars['ID']['output'];
  /** Name of the TXT record to create: `_webhaze.<host>`. */
  txtRecordName: Scalars['String']['output'];
  /** Value of the TXT record to create: `webhaze-verify=<token>`. */
  txtRecordValue: Scalars['String']['output'];
  /** Whether the DNS proof was verified; only verified hosts serve the tenant. */
  verified: Scalars['Boolean']['output'];
  /** When the host was verified (ISO 8601), if it was. */
  verifiedAt?: Maybe<Scalars['String']['output']>;
};

/** A page of domains. */
export type DomainConnection = {
  __typename?: 'DomainConnection';
  /** The domains on this page. */
  edges: Array<DomainEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One domain in a list. */
export type DomainEdge = {
  __typename?: 'DomainEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The domain. */
  node: Domain;
};

/** A pending invitation to join the current tenant. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When the invitation was sent (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The invited email address (lowercased); only an account with this email can accept. */
  email: Scalars['String']['output'];
  /** When the invitation stops working (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** Stable identifier of the invitation. */
  id: Scalars['ID']['output'];
  /** The role the invitee gets on accepting. */
  role: Role;
  /** The sites the invitee will be narrowed to; null means every site. */
  siteIds?: Maybe<Array<Scalars['ID']['output']>>;
};

/** A page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** The invitations on this page. */
  edges: Array<InvitationEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One invitation in a list. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: Invitation;
};

/** Fields to invite someone to the current tenant by email. */
export type InviteMemberInput = {
  /** The invitee's email address. */
  email: Scalars['String']['input'];
  /** The role to grant; never higher than your own. */
  role: Role;
  /** Narrow the new member to these sites; omit for every site. */
  siteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Credentials to sign in. */
export type LoginInput = {
  /** Sign-in email address. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
  /** Bind the token to this tenant (the user must be a member). */
  tenantSlug?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The answer to `login`: tokens, or, when the account has two-factor sign-in on, `mfaRequired`
 * with a ticket to pass to `completeMfa` together with a code.
 */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** EdDSA-signed JWT to send as `Authorization: Bearer <token>`; null while `mfaRequired`. */
  accessToken?: Maybe<Scalars['String']['output']>;
  /** When the access token expires (ISO 8601); null while `mfaRequired`. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Whether a second factor is needed: call `completeMfa` with `mfaTicket` and a code. */
  mfaRequired: Scalars['Boolean']['output'];
  /** Short-lived (5 minutes) proof of the password step, for `completeMfa`; null unless `mfaRequired`. */
  mfaTicket?: Maybe<Scalars['String']['output']>;
  /** Single-use token for `refreshSession`; null while `mfaRequired`. */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** The tenant the tokens are bound to, if any. */
  tenant?: Maybe<Tenant>;
  /** The account that proved its password. */
  user: User;
};

/** A user's membership in a tenant. */
export type Membership = {
  __typename?: 'Membership';
  /** Stable identifier of the membership. */
  id: Scalars['ID']['output'];
  /** The member's role in the tenant. */
  role: Role;
  /** The sites this member may act on; null means every site of the tenant. */
  siteIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The tenant. */
  tenant: Tenant;
  /** The member. */
  user: User;
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships on this page. */
  edges: Array<MembershipEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One membership in a list. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Joins the invitation's tenant as the signed-in account (whose email must match) and returns a token bound to it. */
  acceptInvitation: AuthPayload;
  /** Claims a custom domain; create the returned TXT record, then call verifyDomain. */
  addDomain: Domain;
  /** Cancels the subscription at the end of the paid period; the tenant then returns to the free plan. */
  cancelSubscription: Billing;
  /** Changes a member's role. Nobody grants above their own role or changes their own; the last Owner stays. */
  changeMemberRole: Membership;
  /** Changes your password; every other session of the account ends (this one stays). */
  changePassword: Scalars['Boolean']['output'];
  /** Moves the current subscription to another paid plan (prorated). */
  changePlan: Billing;
  /** Finishes a two-factor sign-in started by `login`. */
  completeMfa: AuthPayload;
  /** Finishes a sign-up with the token from the emailed link: creates the account (its address verified) and returns an account-level token and session. */
  completeSignUp: AuthPayload;
  /** Switches the account to the new address, with the token from the confirmation email. */
  confirmEmailChange: Scalars['Boolean']['output'];
  /** Turns two-factor sign-in on with a first code from the authenticator app. */
  confirmTotp: TotpActivation;
  /** Creates an API key for the current tenant and returns its secret once. */
  createApiKey: CreatedApiKey;
  /** Creates a tenant owned by the signed-in user and returns a token bound to it. */
  createTenant: AuthPayload;
  /** Deletes a region. NOT_FOUND for an unknown code; the default region cannot be deleted (BAD_USER_INPUT). */
  deleteRegion: Scalars['Boolean']['output'];
  /** Deletes a stored secret of the current tenant. */
  deleteTenantSecret: Scalars['Boolean']['output'];
  /** Turns two-factor sign-in off. */
  disableTotp: Scalars['Boolean']['output'];
  /** Starts turning on two-factor sign-in: returns a TOTP seed to confirm with `confirmTotp`. */
  enableTotp: TotpEnrollment;
  /** Trades the one-time code from a social sign-in (`#signInCode=` in the redirect) for an account-level token, or, for an account with two-factor sign-in, for an `mfaTicket` to pass to `completeMfa`. Single use, valid 2 minutes. */
  exchangeSignInCode: LoginPayload;
  /** Invites someone by email; they get a link valid for 7 days. */
  inviteMember: Invitation;
  /** Signs in. Wrong password and unknown email give the same error. */
  login: LoginPayload;
  /** Ends the session of the current token; false when the token belongs to no session. */
  logout: Scalars['Boolean']['output'];
  /** Ends every session of your account; returns how many were live. */
  logoutEverywhere: Scalars['Int']['output'];
  /** Serves a suspended tenant again (platform administrators only). */
  reactivateTenant: Tenant;
  /** Trades a refresh token for new access and refresh tokens. A refresh token works once: presenting a used one ends its session. */
  refreshSession: AuthPayload;
  /**
   * Formerly created an account and returned tokens; now refused for everyone alike (FORBIDDEN, reason `REGISTER_REPLACED`).
   * @deprecated Use signUp, then completeSignUp with the token from the emailed link. Answering with tokens told whether an address already had an account.
   */
  register: AuthPayload;
  /** Stops serving the tenant on a host and forgets the claim. */
  removeDomain: Scalars['Boolean']['output'];
  /** Removes a member (or yourself) from the tenant. The last Owner cannot be removed. */
  removeMember: Scalars['ID']['output'];
  /** Emails a confirmation link to a new address; the change happens when it is followed. Answers the same when the address already has an account (whose owner is mailed a notice instead). */
  requestEmailChange: Scalars['Boolean']['output'];
  /** Emails a password reset link (valid 1 hour) if the address has an account. Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Mails a new verification link to your address; false when it is already verified. */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /** Sets a new password with the token from the reset email and ends every session of the account. */
  resetPassword: Scalars['Boolean']['output'];
  /** Revokes an API key; every gateway refuses it from the next request on. */
  revokeApiKey: ApiKey;
  /** Revokes a pending invitation. */
  revokeInvitation: Invitation;
  /** Ends one of your sessions (it cannot refresh again). */
  revokeSession: Scalars['Boolean']['output'];
  /** Platform administrators: sign new access tokens with a fresh key (the previous one keeps verifying until its tokens expire). */
  rotateSigningKey: SigningKeyRotation;
  /** Makes a region the tenant's default. NOT_FOUND for an unknown code. */
  setDefaultRegion: Region;
  /** Narrows a member to some sites, or (with null or an empty list) lets them act on every site. Owners always hold every site. */
  setMemberSites: Membership;
  /** Stores or replaces a secret of the current tenant, encrypted at rest. */
  setTenantSecret: TenantSecret;
  /**
   * Starts creating an account: mails the address a link that finishes it (`completeSignUp`, valid
   * 48 hours), or, when the address already has an account, a notice to its owner instead. Answers
   * true for every address. RATE_LIMITED past the requests allowed per address and per client.
   */
  signUp: Scalars['Boolean']['output'];
  /** Starts a Stripe Checkout for a paid plan and returns the page to send the browser to. */
  startCheckout: CheckoutSession;
  /** Suspends a tenant: its traffic is refused at once; data is kept (platform administrators only). */
  suspendTenant: Tenant;
  /** Returns a token bound to another tenant the signed-in user belongs to. */
  switchTenant: AuthPayload;
  /** Makes another member the Owner; you become an Admin. Owners only. */
  transferOwnership: Membership;
  /**
   * Creates the region with this code or replaces it. BAD_USER_INPUT naming the field for an invalid
   * code, locale, currency, path prefix, host (it must be a verified domain of the tenant) or country,
   * and for a prefix, host or country another region already uses; nothing is stored then.
   */
  upsertRegion: Region;
  /** Checks the domain's TXT record and, when it matches, serves the tenant on that host. */
  verifyDomain: Domain;
  /** Confirms your email address with the token from the verification email. */
  verifyEmail: Scalars['Boolean']['output'];
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddDomainArgs = {
  host: Scalars['String']['input'];
};


export type MutationChangeMemberRoleArgs = {
  membershipId: Scalars['ID']['input'];
  role: Role;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationChangePlanArgs = {
  plan: Scalars['String']['input'];
};


export type MutationCompleteMfaArgs = {
  code: Scalars['String']['input'];
  ticket: Scalars['String']['input'];
};


export type MutationCompleteSignUpArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmTotpArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateTenantArgs = {
  input: CreateTenantInput;
};


export type MutationDeleteRegionArgs = {
  code: Scalars['String']['input'];
};


export type MutationDeleteTenantSecretArgs = {
  name: Scalars['String']['input'];
};


export type MutationDisableTotpArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationExchangeSignInCodeArgs = {
  code: Scalars['String']['input'];
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationReactivateTenantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveDomainArgs = {
  host: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationRequestEmailChangeArgs = {
  newEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetDefaultRegionArgs = {
  code: Scalars['String']['input'];
};


export type MutationSetMemberSitesArgs = {
  membershipId: Scalars['ID']['input'];
  siteIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationSetTenantSecretArgs = {
  input: SetTenantSecretInput;
};


export type MutationSignUpArgs = {
  input: RegisterInput;
};


export type MutationStartCheckoutArgs = {
  plan: Scalars['String']['input'];
};


export type MutationSuspendTenantArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSwitchTenantArgs = {
  tenantSlug: Scalars['String']['input'];
};


export type MutationTransferOwnershipArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationUpsertRegionArgs = {
  input: RegionInput;
};


export type MutationVerifyDomainArgs = {
  host: Scalars['String']['input'];
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};

/** Cursor pagination details, shared by every connection in the graph. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A plan the platform offers: what it costs and what it allows. */
export type Plan = {
  __typename?: 'Plan';
  /** The plan id, e.g. `pro`: what `startCheckout` and `changePlan` take and `Billing.plan` names. */
  id: Scalars['ID']['output'];
  /** What the plan allows. */
  limits: PlanLimits;
  /** The plan's display name. */
  name: Scalars['String']['output'];
  /** What the plan costs; null when the platform lists no price for it. */
  price?: Maybe<PlanPrice>;
  /** Whether it can be subscribed to (`startCheckout`); the free plan is where a tenant without a subscription is. */
  purchasable: Scalars['Boolean']['output'];
  /** The platform's fee on the store's payments, in basis points (100 = 1 %). */
  transactionFeeBps: Scalars['Int']['output'];
};

/** What a plan allows; -1 means unlimited. */
export type PlanLimits = {
  __typename?: 'PlanLimits';
  /** API requests per minute for the tenant, through the gateway. */
  apiRequestsPerMinute: Scalars['Int']['output'];
  /** Members of the tenant. */
  members: Scalars['Int']['output'];
  /** Pages across all sites. */
  pages: Scalars['Int']['output'];
  /** Catalog products. */
  products: Scalars['Int']['output'];
  /** Stored asset bytes. */
  storageBytes: Scalars['Float']['output'];
};

/** What a plan costs per billing period. */
export type PlanPrice = {
  __typename?: 'PlanPrice';
  /** Amount in minor units (cents) per period, e.g. 2900 for 29.00. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code, e.g. `USD`. */
  currency: Scalars['String']['output'];
  /** How often it is charged. */
  interval: BillingInterval;
};

export type Query = {
  __typename?: 'Query';
  /** The current tenant's API keys, revoked ones included (Admins and Owners). */
  apiKeys: ApiKeyConnection;
  /** The current tenant's security log, newest first. It cannot be edited. */
  auditEvents: AuditEventConnection;
  /** The current tenant's plan, subscription state and limits (Owners). */
  billing: Billing;
  /** Custom domains of the current tenant, verified or not. */
  domains: DomainConnection;
  /** Pending (not accepted, revoked or expired) invitations of the current tenant. */
  invitations: InvitationConnection;
  /** The signed-in actor, or null when anonymous. */
  me?: Maybe<Viewer>;
  /** Members of the current tenant. */
  members: MembershipConnection;
  /** The plans the platform offers, in its order (the free plan first), with prices and limits. Public: the same for everyone. */
  plans: Array<Plan>;
  /** Every tenant on the platform (platform administrators only). */
  platformTenants: TenantConnection;
  /** The current tenant's regions, in the order they were added. */
  regions: Array<Region>;
  /** Social sign-in providers to show as buttons on the sign-in page. */
  signInProviders: Array<SignInProvider>;
  /** The tenant of the current request (from the host, `x-tenant` or the token). */
  tenant?: Maybe<Tenant>;
  /** Names of the secrets the current tenant stored, never their values (Admins and Owners). */
  tenantSecrets: TenantSecretConnection;
  /** The hosts that serve the current tenant (its verified custom domains), lowercase and sorted: what a site may be assigned. */
  verifiedHosts: Array<Scalars['String']['output']>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlatformTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTenantSecretsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One region of the current tenant: how a storefront request is recognised and what it implies. */
export type Region = {
  __typename?: 'Region';
  /** Stable code, 1–16 lowercase letters, digits and dashes (e.g. `de`, `eu-west`). */
  code: Scalars['String']['output'];
  /** Whether visitors in the region must consent before analytics run. */
  consentRequired: Scalars['Boolean']['output'];
  /** ISO 3166-1 alpha-2 country codes that select the region when the CDN reports the visitor's country. */
  countries: Array<Scalars['String']['output']>;
  /** ISO 4217 currency code (e.g. `EUR`). */
  currency: Scalars['String']['output'];
  /** Verified custom domains of the tenant that select the region. */
  hosts: Array<Scalars['String']['output']>;
  /** Whether this is the tenant's default region (used when nothing else matches; it cannot be deleted). */
  isDefault: Scalars['Boolean']['output'];
  /** BCP 47 language tag of the region's content, canonical case (e.g. `de-DE`); page translations are served in it. */
  locale: Scalars['String']['output'];
  /** First path segment that selects the region on any storefront host (e.g. `/de`); null when none. */
  pathPrefix?: Maybe<Scalars['String']['output']>;
};

/** A region to create or replace (by `code`). Omitted lists are empty, an omitted flag is false. */
export type RegionInput = {
  /** The region's code: 1–16 lowercase letters, digits and single dashes. */
  code: Scalars['String']['input'];
  /** Whether visitors must consent before analytics run. */
  consentRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 3166-1 alpha-2 country codes; each country belongs to one region. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 4217 currency code, e.g. `EUR`. */
  currency: Scalars['String']['input'];
  /** Verified custom domains (see `domains`) that select this region; each host belongs to one region. */
  hosts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** BCP 47 language tag: language, optional script and region, e.g. `de`, `de-AT`, `zh-Hant-TW`. */
  locale: Scalars['String']['input'];
  /** One path segment such as `/de`, unique among the tenant's regions; null for none. */
  pathPrefix?: InputMaybe<Scalars['String']['input']>;
};

/** Fields to create an account (`signUp`). */
export type RegisterInput = {
  /** Sign-in email address. */
  email: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

/** A role a user holds in one tenant. Each role includes everything the roles below it may do. */
export type Role =
  /** Manages members, settings and API keys. */
  | 'ADMIN'
  /** Drafts content but cannot publish. */
  | 'CONTRIBUTOR'
  /** Publishes content and manages the catalog. */
  | 'EDITOR'
  /** Everything, including billing and deleting the tenant. */
  | 'OWNER';

/**
 * A signed-in browser or device: the family of refresh tokens rotating from one sign-in.
 * Revoking it takes effect at its next refresh (access tokens stay valid until they expire).
 */
export type Session = {
  __typename?: 'Session';
  /** The IP address that last used the session. */
  clientIp?: Maybe<Scalars['String']['output']>;
  /** When the sign-in happened (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Whether this is the session of the token making this request. */
  current: Scalars['Boolean']['output'];
  /** Stable identifier of the session. */
  id: Scalars['ID']['output'];
  /** When the session last refreshed its tokens (ISO 8601). */
  lastUsedAt: Scalars['String']['output'];
  /** The browser or app that last used the session, as it described itself. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A page of sessions, newest first. */
export type SessionConnection = {
  __typename?: 'SessionConnection';
  /** The sessions on this page. */
  edges: Array<SessionEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One session in a list. */
export type SessionEdge = {
  __typename?: 'SessionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: Session;
};

/** A secret to store for the current tenant. */
export type SetTenantSecretInput = {
  /** Which secret: `webhook-signing-secret`, `smtp-username` or `smtp-password`. */
  name: Scalars['String']['input'];
  /** The value (1-4096 characters); replaces any stored value. */
  value: Scalars['String']['input'];
};

/** A social sign-in provider configured for this deployment. */
export type SignInProvider = {
  __typename?: 'SignInProvider';
  /** Provider id, e.g. `google`. */
  id: Scalars['ID']['output'];
  /** Display name for the button, e.g. `Google`. */
  name: Scalars['String']['output'];
  /** Open in the browser (top-level navigation) to sign in; append `?redirect=/path` to come back to that path. */
  startUrl: Scalars['String']['output'];
};

/** The outcome of a signing-key rotation. */
export type SigningKeyRotation = {
  __typename?: 'SigningKeyRotation';
  /** Key id (`kid`) new access tokens are signed with. */
  kid: Scalars['ID']['output'];
  /** The key it replaced; it stays in the JWKS until the tokens it signed have expired. */
  previousKid?: Maybe<Scalars['ID']['output']>;
};

/** A business on WebHaze. Every site, page, product and asset belongs to exactly one tenant. */
export type Tenant = {
  __typename?: 'Tenant';
  /** When the tenant was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier of the tenant. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The billing plan the tenant is on, e.g. `free` or `pro`. */
  plan: Scalars['String']['output'];
  /** URL-safe unique handle, used in `x-tenant` headers and `/s/<slug>/` storefront paths. */
  slug: Scalars['String']['output'];
  /** Whether the tenant's traffic is served. */
  status: TenantStatus;
};

/** A page of tenants. */
export type TenantConnection = {
  __typename?: 'TenantConnection';
  /** The tenants on this page. */
  edges: Array<TenantEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One tenant in a platform-wide list. */
export type TenantEdge = {
  __typename?: 'TenantEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The tenant. */
  node: Tenant;
};

/** A secret the tenant stored (encrypted at rest). Its value is never returned. */
export type TenantSecret = {
  __typename?: 'TenantSecret';
  /** When it was first stored (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier of the secret. */
  id: Scalars['ID']['output'];
  /** Which secret: `webhook-signing-secret`, `smtp-username` or `smtp-password`. */
  name: Scalars['String']['output'];
  /** When it was last replaced (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** A page of stored secrets. */
export type TenantSecretConnection = {
  __typename?: 'TenantSecretConnection';
  /** The secrets on this page. */
  edges: Array<TenantSecretEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One stored secret in a list. */
export type TenantSecretEdge = {
  __typename?: 'TenantSecretEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The secret's metadata. */
  node: TenantSecret;
};

/** Whether a tenant's traffic is served. */
export type TenantStatus =
  /** Serving traffic normally. */
  | 'ACTIVE'
  /** Refused at the gateway (billing or abuse); data is kept. */
  | 'SUSPENDED';

/** Two-factor sign-in is on. */
export type TotpActivation = {
  __typename?: 'TotpActivation';
  /** Ten single-use recovery codes, shown only this once: each signs in once in place of a TOTP code. */
  recoveryCodes: Array<Scalars['String']['output']>;
};

/** A TOTP seed to add to an authenticator app; confirm it with `confirmTotp`. */
export type TotpEnrollment = {
  __typename?: 'TotpEnrollment';
  /** `otpauth://` URI, for showing as a QR code. */
  otpauthUri: Scalars['String']['output'];
  /** Base32 seed, for typing into an authenticator app. */
  secret: Scalars['String']['output'];
};

/** A person with a WebHaze account. One user may belong to many tenants. */
export type User = {
  __typename?: 'User';
  /** Sign-in email address (lowercased). */
  email: Scalars['String']['output'];
  /** Whether the user confirmed the email address (through the link mailed to it). */
  emailVerified: Scalars['Boolean']['output'];
  /** Stable identifier of the user. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** The signed-in actor as the server sees it. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Every tenant the user belongs to. */
  memberships: MembershipConnection;
  /** Permissions the server will allow in the current tenant (e.g. `content:publish`); show only these actions. */
  permissions: Array<Scalars['String']['output']>;
  /** Permissions the server will allow on one site (narrowed members get none outside their sites). */
  permissionsOnSite: Array<Scalars['String']['output']>;
  /** The user's role in that tenant, if any. */
  role?: Maybe<Role>;
  /** The user's live sessions (signed-in browsers and devices), newest first. */
  sessions: SessionConnection;
  /** The sites the current token may act on; null means every site of the tenant. */
  siteIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** The tenant the current token is bound to, if any. */
  tenant?: Maybe<Tenant>;
  /** Whether sign-in asks for a TOTP code after the password. */
  totpEnabled: Scalars['Boolean']['output'];
  /** The signed-in user. */
  user: User;
};


/** The signed-in actor as the server sees it. */
export type ViewerMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The signed-in actor as the server sees it. */
export type ViewerPermissionsOnSiteArgs = {
  siteId: Scalars['ID']['input'];
};


/** The signed-in actor as the server sees it. */
export type ViewerSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Tenant: Tenant;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'tenant' | 'user'> & { tenant?: Maybe<ResolversTypes['Tenant']>, user: ResolversTypes['User'] }>;
  Billing: ResolverTypeWrapper<BillingViewModel>;
  BillingInterval: BillingInterval;
  BillingStatus: BillingStatus;
  CheckoutSession: ResolverTypeWrapper<CheckoutSession>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateTenantInput: CreateTenantInput;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKeyModel>;
  Domain: ResolverTypeWrapper<DomainModel>;
  DomainConnection: ResolverTypeWrapper<Omit<DomainConnection, 'edges'> & { edges: Array<ResolversTypes['DomainEdge']> }>;
  DomainEdge: ResolverTypeWrapper<Omit<DomainEdge, 'node'> & { node: ResolversTypes['Domain'] }>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationConnection: ResolverTypeWrapper<Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversTypes['InvitationEdge']> }>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InviteMemberInput: InviteMemberInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'tenant' | 'user'> & { tenant?: Maybe<ResolversTypes['Tenant']>, user: ResolversTypes['User'] }>;
  Membership: ResolverTypeWrapper<import('../entities/auth.js').Membership & { tenant: import('../entities/auth.js').Tenant }>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Plan: ResolverTypeWrapper<PlanModel>;
  PlanLimits: ResolverTypeWrapper<PlanLimits>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PlanPrice: ResolverTypeWrapper<PlanPrice>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<Region>;
  RegionInput: RegionInput;
  RegisterInput: RegisterInput;
  Role: Role;
  Session: ResolverTypeWrapper<SessionViewModel>;
  SessionConnection: ResolverTypeWrapper<Omit<SessionConnection, 'edges'> & { edges: Array<ResolversTypes['SessionEdge']> }>;
  SessionEdge: ResolverTypeWrapper<Omit<SessionEdge, 'node'> & { node: ResolversTypes['Session'] }>;
  SetTenantSecretInput: SetTenantSecretInput;
  SignInProvider: ResolverTypeWrapper<SignInProvider>;
  SigningKeyRotation: ResolverTypeWrapper<SigningKeyRotation>;
  Tenant: ResolverTypeWrapper<TenantModel>;
  TenantConnection: ResolverTypeWrapper<Omit<TenantConnection, 'edges'> & { edges: Array<ResolversTypes['TenantEdge']> }>;
  TenantEdge: ResolverTypeWrapper<Omit<TenantEdge, 'node'> & { node: ResolversTypes['Tenant'] }>;
  TenantSecret: ResolverTypeWrapper<TenantSecretModel>;
  TenantSecretConnection: ResolverTypeWrapper<Omit<TenantSecretConnection, 'edges'> & { edges: Array<ResolversTypes['TenantSecretEdge']> }>;
  TenantSecretEdge: ResolverTypeWrapper<Omit<TenantSecretEdge, 'node'> & { node: ResolversTypes['TenantSecret'] }>;
  TenantStatus: TenantStatus;
  TotpActivation: ResolverTypeWrapper<TotpActivation>;
  TotpEnrollment: ResolverTypeWrapper<TotpEnrollment>;
  User: ResolverTypeWrapper<UserModel>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyModel;
  ID: Scalars['ID']['output'];
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  AuditEvent: AuditEventModel;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuthPayload: Omit<AuthPayload, 'tenant' | 'user'> & { tenant?: Maybe<ResolversParentTypes['Tenant']>, user: ResolversParentTypes['User'] };
  Billing: BillingViewModel;
  CheckoutSession: CheckoutSession;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateTenantInput: CreateTenantInput;
  CreatedApiKey: CreatedApiKeyModel;
  Domain: DomainModel;
  DomainConnection: Omit<DomainConnection, 'edges'> & { edges: Array<ResolversParentTypes['DomainEdge']> };
  DomainEdge: Omit<DomainEdge, 'node'> & { node: ResolversParentTypes['Domain'] };
  Invitation: InvitationModel;
  InvitationConnection: Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvitationEdge']> };
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InviteMemberInput: InviteMemberInput;
  JSON: Scalars['JSON']['output'];
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'tenant' | 'user'> & { tenant?: Maybe<ResolversParentTypes['Tenant']>, user: ResolversParentTypes['User'] };
  Membership: import('../entities/auth.js').Membership & { tenant: import('../entities/auth.js').Tenant };
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  Plan: PlanModel;
  PlanLimits: PlanLimits;
  Float: Scalars['Float']['output'];
  PlanPrice: PlanPrice;
  Query: Record<PropertyKey, never>;
  Region: Region;
  RegionInput: RegionInput;
  RegisterInput: RegisterInput;
  Session: SessionViewModel;
  SessionConnection: Omit<SessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['SessionEdge']> };
  SessionEdge: Omit<SessionEdge, 'node'> & { node: ResolversParentTypes['Session'] };
  SetTenantSecretInput: SetTenantSecretInput;
  SignInProvider: SignInProvider;
  SigningKeyRotation: SigningKeyRotation;
  Tenant: TenantModel;
  TenantConnection: Omit<TenantConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenantEdge']> };
  TenantEdge: Omit<TenantEdge, 'node'> & { node: ResolversParentTypes['Tenant'] };
  TenantSecret: TenantSecretModel;
  TenantSecretConnection: Omit<TenantSecretConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenantSecretEdge']> };
  TenantSecretEdge: Omit<TenantSecretEdge, 'node'> & { node: ResolversParentTypes['TenantSecret'] };
  TotpActivation: TotpActivation;
  TotpEnrollment: TotpEnrollment;
  User: UserModel;
  Viewer: ViewerModel;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Scalars['String']['input']>;
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApiKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clientIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type BillingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Billing'] = ResolversParentTypes['Billing']> = ResolversObject<{
  cancelAtPeriodEnd?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currentPeriodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['PlanLimits'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BillingStatus'], ParentType, ContextType>;
}>;

export type CheckoutSessionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CheckoutSession'] = ResolversParentTypes['CheckoutSession']> = ResolversObject<{
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DomainResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Domain'] = ResolversParentTypes['Domain']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  txtRecordName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  txtRecordValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DomainConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DomainConnection'] = ResolversParentTypes['DomainConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DomainEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DomainEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DomainEdge'] = ResolversParentTypes['DomainEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Domain'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  siteIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
}>;

export type InvitationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InvitationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoginPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = ResolversObject<{
  accessToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mfaRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mfaTicket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refreshToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  siteIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'token'>>;
  addDomain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType, RequireFields<MutationAddDomainArgs, 'host'>>;
  cancelSubscription?: Resolver<ResolversTypes['Billing'], ParentType, ContextType>;
  changeMemberRole?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'membershipId' | 'role'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  changePlan?: Resolver<ResolversTypes['Billing'], ParentType, ContextType, RequireFields<MutationChangePlanArgs, 'plan'>>;
  completeMfa?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationCompleteMfaArgs, 'code' | 'ticket'>>;
  completeSignUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationCompleteSignUpArgs, 'token'>>;
  confirmEmailChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationConfirmEmailChangeArgs, 'token'>>;
  confirmTotp?: Resolver<ResolversTypes['TotpActivation'], ParentType, ContextType, RequireFields<MutationConfirmTotpArgs, 'code'>>;
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createTenant?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationCreateTenantArgs, 'input'>>;
  deleteRegion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteRegionArgs, 'code'>>;
  deleteTenantSecret?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteTenantSecretArgs, 'name'>>;
  disableTotp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableTotpArgs, 'code' | 'password'>>;
  enableTotp?: Resolver<ResolversTypes['TotpEnrollment'], ParentType, ContextType>;
  exchangeSignInCode?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationExchangeSignInCodeArgs, 'code'>>;
  inviteMember?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  logoutEverywhere?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reactivateTenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType, RequireFields<MutationReactivateTenantArgs, 'id'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  removeDomain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveDomainArgs, 'host'>>;
  removeMember?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'membershipId'>>;
  requestEmailChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestEmailChangeArgs, 'newEmail' | 'password'>>;
  requestPasswordReset?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  resendVerificationEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  revokeSession?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeSessionArgs, 'id'>>;
  rotateSigningKey?: Resolver<ResolversTypes['SigningKeyRotation'], ParentType, ContextType>;
  setDefaultRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationSetDefaultRegionArgs, 'code'>>;
  setMemberSites?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationSetMemberSitesArgs, 'membershipId'>>;
  setTenantSecret?: Resolver<ResolversTypes['TenantSecret'], ParentType, ContextType, RequireFields<MutationSetTenantSecretArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  startCheckout?: Resolver<ResolversTypes['CheckoutSession'], ParentType, ContextType, RequireFields<MutationStartCheckoutArgs, 'plan'>>;
  suspendTenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType, RequireFields<MutationSuspendTenantArgs, 'id' | 'reason'>>;
  switchTenant?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSwitchTenantArgs, 'tenantSlug'>>;
  transferOwnership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationTransferOwnershipArgs, 'membershipId'>>;
  upsertRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType, RequireFields<MutationUpsertRegionArgs, 'input'>>;
  verifyDomain?: Resolver<ResolversTypes['Domain'], ParentType, ContextType, RequireFields<MutationVerifyDomainArgs, 'host'>>;
  verifyEmail?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlanResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['PlanLimits'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['PlanPrice']>, ParentType, ContextType>;
  purchasable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  transactionFeeBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanLimitsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PlanLimits'] = ResolversParentTypes['PlanLimits']> = ResolversObject<{
  apiRequestsPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  products?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  storageBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PlanPriceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PlanPrice'] = ResolversParentTypes['PlanPrice']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['BillingInterval'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  billing?: Resolver<ResolversTypes['Billing'], ParentType, ContextType>;
  domains?: Resolver<ResolversTypes['DomainConnection'], ParentType, ContextType, RequireFields<QueryDomainsArgs, 'first'>>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<QueryInvitationsArgs, 'first'>>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<QueryMembersArgs, 'first'>>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  platformTenants?: Resolver<ResolversTypes['TenantConnection'], ParentType, ContextType, RequireFields<QueryPlatformTenantsArgs, 'first'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  signInProviders?: Resolver<Array<ResolversTypes['SignInProvider']>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  tenantSecrets?: Resolver<ResolversTypes['TenantSecretConnection'], ParentType, ContextType, RequireFields<QueryTenantSecretsArgs, 'first'>>;
  verifiedHosts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consentRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pathPrefix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  clientIp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SessionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SessionConnection'] = ResolversParentTypes['SessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SessionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SessionEdge'] = ResolversParentTypes['SessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
}>;

export type SignInProviderResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SignInProvider'] = ResolversParentTypes['SignInProvider']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SigningKeyRotationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SigningKeyRotation'] = ResolversParentTypes['SigningKeyRotation']> = ResolversObject<{
  kid?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousKid?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TenantStatus'], ParentType, ContextType>;
}>;

export type TenantConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantConnection'] = ResolversParentTypes['TenantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TenantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TenantEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantEdge'] = ResolversParentTypes['TenantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
}>;

export type TenantSecretResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantSecret'] = ResolversParentTypes['TenantSecret']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TenantSecretConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantSecretConnection'] = ResolversParentTypes['TenantSecretConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TenantSecretEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TenantSecretEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TenantSecretEdge'] = ResolversParentTypes['TenantSecretEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TenantSecret'], ParentType, ContextType>;
}>;

export type TotpActivationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TotpActivation'] = ResolversParentTypes['TotpActivation']> = ResolversObject<{
  recoveryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TotpEnrollmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TotpEnrollment'] = ResolversParentTypes['TotpEnrollment']> = ResolversObject<{
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  memberships?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<ViewerMembershipsArgs, 'first'>>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  permissionsOnSite?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ViewerPermissionsOnSiteArgs, 'siteId'>>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<ViewerSessionsArgs, 'first'>>;
  siteIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  totpEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  Billing?: BillingResolvers<ContextType>;
  CheckoutSession?: CheckoutSessionResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  Domain?: DomainResolvers<ContextType>;
  DomainConnection?: DomainConnectionResolvers<ContextType>;
  DomainEdge?: DomainEdgeResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanLimits?: PlanLimitsResolvers<ContextType>;
  PlanPrice?: PlanPriceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionEdge?: SessionEdgeResolvers<ContextType>;
  SignInProvider?: SignInProviderResolvers<ContextType>;
  SigningKeyRotation?: SigningKeyRotationResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  TenantConnection?: TenantConnectionResolvers<ContextType>;
  TenantEdge?: TenantEdgeResolvers<ContextType>;
  TenantSecret?: TenantSecretResolvers<ContextType>;
  TenantSecretConnection?: TenantSecretConnectionResolvers<ContextType>;
  TenantSecretEdge?: TenantSecretEdgeResolvers<ContextType>;
  TotpActivation?: TotpActivationResolvers<ContextType>;
  TotpEnrollment?: TotpEnrollmentResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
