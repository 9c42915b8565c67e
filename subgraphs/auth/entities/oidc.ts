import { EntitySchema } from '@mikro-orm/core';

/** A user's account at an OpenID Connect provider (`provider` + `sub`), linked to a WebHaze user. */
export interface UserIdentity {
  id: string;
  /** The provider id from OIDC_PROVIDERS, e.g. `google`. */
  provider: string;
  /** The provider's stable subject identifier (`sub`). */
  subject: string;
  userId: string;
  /** The email the provider asserted when the identity was linked (informational). */
  email: string | null;
  createdAt: Date;
}

/** Identities belong to platform-wide accounts: not tenant-owned. */
export const UserIdentitySchema = new EntitySchema<UserIdentity>({
  name: 'UserIdentity',
  tableName: 'user_identity',
  properties: {
    id: { type: 'uuid', primary: true },
    provider: { type: 'string' },
    subject: { type: 'string' },
    userId: { type: 'uuid' },
    email: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
  },
});

/**
 * A one-time code that ends a social sign-in: the callback hands it to the browser (in the URL
 * fragment) and the client trades it for tokens with `exchangeSignInCode`. Only its SHA-256 is stored.
 */
export interface SignInCode {
  codeHash: string;
  userId: string;
  provider: string;
  expiresAt: Date;
  createdAt: Date;
}

export const SignInCodeSchema = new EntitySchema<SignInCode>({
  name: 'SignInCode',
  tableName: 'sign_in_code',
  properties: {
    codeHash: { type: 'string', primary: true },
    userId: { type: 'uuid' },
    provider: { type: 'string' },
    expiresAt: { type: 'datetime' },
    createdAt: { type: 'datetime' },
  },
});

export const oidcEntities = [UserIdentitySchema, SignInCodeSchema];
