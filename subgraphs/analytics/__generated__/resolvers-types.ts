import type { GraphQLResolveInfo } from 'graphql';
import type { AnalyticsSettings as AnalyticsSettingsModel } from '../entities.js';
import type { BannerTexts as BannerTextsModel, AnalyticsPolicy as AnalyticsPolicyModel } from '../services/policy.js';
import type { SubgraphContext } from '../../../core/subgraph.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Whether a page view gets Clarity, and with which consent. Decided by one pure policy function. */
export type AnalyticsPolicy = {
  __typename?: 'AnalyticsPolicy';
  /** The banner texts for the region, only when showBanner. */
  banner?: Maybe<ConsentBanner>;
  /** The validated Clarity project id, only when injectClarity. */
  clarityProjectId?: Maybe<Scalars['String']['output']>;
  /** Whether the tenant's consent mode requires consent in this region. */
  consentRequired: Scalars['Boolean']['output'];
  /** The consent v2 state to pass to Clarity ('denied' when nothing is injected). */
  consentState: ConsentState;
  /** Whether the page carries the Clarity loader. */
  injectClarity: Scalars['Boolean']['output'];
  /** Whether to show the consent banner (Clarity injected, consent required, visitor undecided). */
  showBanner: Scalars['Boolean']['output'];
};

/** A tenant's analytics configuration, including Microsoft Clarity. */
export type AnalyticsSettings = {
  __typename?: 'AnalyticsSettings';
  /** Whether Clarity is injected into the tenant's pages (subject to the visitor's consent). */
  clarityEnabled: Scalars['Boolean']['output'];
  /** Microsoft Clarity project id (lowercase letters and digits), or null when not set. */
  clarityProjectId?: Maybe<Scalars['String']['output']>;
  /** Consent banner texts per region (the one with region null is the default). */
  consentBanners: Array<ConsentBanner>;
  /** Whether, and where, Clarity waits for the visitor's consent. */
  consentMode: ConsentMode;
  /** Region codes that require consent under REQUIRED_IN_REGIONS. */
  consentRegions: Array<Scalars['String']['output']>;
  /** Placeholder for WebHaze's own first-party analytics (stored, not used yet). */
  firstPartyAnalytics: Scalars['Boolean']['output'];
  /** When the settings last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
};

/** Consent banner texts for one region. Plain text. */
export type ConsentBanner = {
  __typename?: 'ConsentBanner';
  /** Label of the accept action (at most 30 characters). */
  acceptLabel: Scalars['String']['output'];
  /** Banner text (at most 600 characters). */
  body: Scalars['String']['output'];
  /** The region code these texts are for; null for the default texts. */
  region?: Maybe<Scalars['String']['output']>;
  /** Label of the reject action (at most 30 characters). */
  rejectLabel: Scalars['String']['output'];
  /** Banner heading (at most 80 characters). */
  title: Scalars['String']['output'];
};

/** Consent banner texts for one region. Plain text: no `<`, `>` or control characters. */
export type ConsentBannerInput = {
  /** Accept label, 1–30 characters. */
  acceptLabel: Scalars['String']['input'];
  /** Banner text, 1–600 characters. */
  body: Scalars['String']['input'];
  /** Region code (1–16 lowercase letters, digits, dashes); null for the default texts. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Reject label, 1–30 characters. */
  rejectLabel: Scalars['String']['input'];
  /** Banner heading, 1–80 characters. */
  title: Scalars['String']['input'];
};

/** Whether, and where, Microsoft Clarity waits for the visitor's consent. */
export type ConsentMode =
  /** Consent needed everywhere. */
  | 'ALWAYS'
  /** No consent needed: Clarity runs with consent granted (unless the visitor rejected or opted out). */
  | 'NONE'
  /** Consent needed in the listed regions (`consentRegions`); elsewhere like NONE. */
  | 'REQUIRED_IN_REGIONS';

/** Clarity consent API v2 state: each value is 'granted' or 'denied'. */
export type ConsentState = {
  __typename?: 'ConsentState';
  /** Value for `ad_Storage`: 'granted' or 'denied'. */
  adStorage: Scalars['String']['output'];
  /** Value for `analytics_Storage`: 'granted' or 'denied'. */
  analyticsStorage: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Updates the request tenant's analytics settings. */
  updateAnalyticsSettings: AnalyticsSettings;
};


export type MutationUpdateAnalyticsSettingsArgs = {
  input: UpdateAnalyticsSettingsInput;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The analytics policy for one page view of the request tenant, used by the renderer through the
   * gateway's internal endpoint. `region` defaults to the request's region.
   */
  analyticsPolicy: AnalyticsPolicy;
  /** The request tenant's analytics settings (defaults when never saved). */
  analyticsSettings: AnalyticsSettings;
};


export type QueryAnalyticsPolicyArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
  signals?: InputMaybe<VisitorSignals>;
};

/** Changes to analytics settings; omitted fields keep their value. */
export type UpdateAnalyticsSettingsInput = {
  /** Turn Clarity injection on or off. It can only be on with a project id. */
  clarityEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Clarity project id: 6–16 lowercase letters and digits. Send null to remove it. */
  clarityProjectId?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the banner texts (at most 50, one per region). */
  consentBanners?: InputMaybe<Array<ConsentBannerInput>>;
  /** The consent mode. REQUIRED_IN_REGIONS needs at least one region in `consentRegions`. */
  consentMode?: InputMaybe<ConsentMode>;
  /** Replaces the region codes that require consent (at most 100). */
  consentRegions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Placeholder flag for first-party analytics. */
  firstPartyAnalytics?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The visitor's consent choice, from the `wh_consent` cookie. */
export type VisitorConsent =
  /** The visitor rejected analytics storage. */
  | 'DENIED'
  /** The visitor accepted analytics storage. */
  | 'GRANTED'
  /** The visitor has not chosen yet. */
  | 'UNKNOWN';

/** What the gateway saw of the visitor. Omitted fields mean no signal. */
export type VisitorSignals = {
  /** The visitor's consent choice. */
  consent?: InputMaybe<VisitorConsent>;
  /** Global Privacy Control (`Sec-GPC: 1`): no tracker at all. */
  gpc?: InputMaybe<Scalars['Boolean']['input']>;
  /** The visitor opted out of analytics (`wh_optout` cookie): no tracker at all. */
  optOut?: InputMaybe<Scalars['Boolean']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnalyticsPolicy: ResolverTypeWrapper<AnalyticsPolicyModel>;
  AnalyticsSettings: ResolverTypeWrapper<AnalyticsSettingsModel>;
  ConsentBanner: ResolverTypeWrapper<BannerTextsModel>;
  ConsentBannerInput: ConsentBannerInput;
  ConsentMode: ConsentMode;
  ConsentState: ResolverTypeWrapper<ConsentState>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateAnalyticsSettingsInput: UpdateAnalyticsSettingsInput;
  VisitorConsent: VisitorConsent;
  VisitorSignals: VisitorSignals;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnalyticsPolicy: AnalyticsPolicyModel;
  AnalyticsSettings: AnalyticsSettingsModel;
  ConsentBanner: BannerTextsModel;
  ConsentBannerInput: ConsentBannerInput;
  ConsentState: ConsentState;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  UpdateAnalyticsSettingsInput: UpdateAnalyticsSettingsInput;
  VisitorSignals: VisitorSignals;
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

export type AnalyticsPolicyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsPolicy'] = ResolversParentTypes['AnalyticsPolicy']> = ResolversObject<{
  banner?: Resolver<Maybe<ResolversTypes['ConsentBanner']>, ParentType, ContextType>;
  clarityProjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consentRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consentState?: Resolver<ResolversTypes['ConsentState'], ParentType, ContextType>;
  injectClarity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  showBanner?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AnalyticsSettingsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnalyticsSettings'] = ResolversParentTypes['AnalyticsSettings']> = ResolversObject<{
  clarityEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  clarityProjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consentBanners?: Resolver<Array<ResolversTypes['ConsentBanner']>, ParentType, ContextType>;
  consentMode?: Resolver<ResolversTypes['ConsentMode'], ParentType, ContextType>;
  consentRegions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstPartyAnalytics?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentBannerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentBanner'] = ResolversParentTypes['ConsentBanner']> = ResolversObject<{
  acceptLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentStateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentState'] = ResolversParentTypes['ConsentState']> = ResolversObject<{
  adStorage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  analyticsStorage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  updateAnalyticsSettings?: Resolver<ResolversTypes['AnalyticsSettings'], ParentType, ContextType, RequireFields<MutationUpdateAnalyticsSettingsArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  analyticsPolicy?: Resolver<ResolversTypes['AnalyticsPolicy'], ParentType, ContextType, Partial<QueryAnalyticsPolicyArgs>>;
  analyticsSettings?: Resolver<ResolversTypes['AnalyticsSettings'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AnalyticsPolicy?: AnalyticsPolicyResolvers<ContextType>;
  AnalyticsSettings?: AnalyticsSettingsResolvers<ContextType>;
  ConsentBanner?: ConsentBannerResolvers<ContextType>;
  ConsentState?: ConsentStateResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
