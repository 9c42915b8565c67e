import { EntitySchema } from '@mikro-orm/core';

/**
 * Account-level entities (sessions, refresh tokens, single-use account tokens, TOTP): they belong
 * to a person, not a tenant, and are only ever read on the audited platform path.
 */

/** A signed-in device: the family of refresh tokens that rotate from one sign-in. */
export interface Session {
  id: string;
  userId: string;
  /** The tenant the session's access tokens are bound to; null for account-level sessions. */
  tenantId: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
  clientIp: string | null;
  revokedAt: Date | null;
  revokedReason: string | null;
}

export const SessionSchema = new EntitySchema<Session>({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    tenantId: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime' },
    lastUsedAt: { type: 'datetime' },
    userAgent: { type: 'string', nullable: true },
    clientIp: { type: 'string', nullable: true },
    revokedAt: { type: 'datetime', nullable: true },
    revokedReason: { type: 'string', nullable: true },
  },
});

/** One refresh token of a session; stored only as its SHA-256 hash, usable once. */
export interface RefreshToken {
  id: string;
  sessionId: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export const RefreshTokenSchema = new EntitySchema<RefreshToken>({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: {
    id: { type: 'uuid', primary: true },
    sessionId: { type: 'uuid' },
    tokenHash: { type: 'string', unique: true, hidden: true },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
  },
});

export type AccountTokenPurpose = 'verify-email' | 'password-reset' | 'email-change';

/** A single-use, expiring token sent by email; stored only as its SHA-256 hash. */
export interface AccountToken {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  tokenHash: string;
  /** For email changes: the address the token was sent to. */
  newEmail: string | null;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export const AccountTokenSchema = new EntitySchema<AccountToken>({
  name: 'AccountToken',
  tableName: 'account_token',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    purpose: { type: 'string' },
    tokenHash: { type: 'string', unique: true, hidden: true },
    newEmail: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
  },
});

/** A user's TOTP factor: pending until confirmed with a first code. */
export interface TotpFactor {
  userId: string;
  /** The base32 seed, AES-256-GCM encrypted with SECRETS_KEYS (core/secrets.ts), bound to the user. */
  secret: string;
  confirmedAt: Date | null;
  /** The last 30-second step a code was accepted for: a code is never accepted twice. */
  lastUsedStep: number | null;
  createdAt: Date;
}

export const TotpFactorSchema = new EntitySchema<TotpFactor>({
  name: 'TotpFactor',
  tableName: 'totp_factor',
  properties: {
    userId: { type: 'uuid', primary: true },
    secret: { type: 'text', hidden: true },
    confirmedAt: { type: 'datetime', nullable: true },
    lastUsedStep: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime' },
  },
});

/** One of a user's one-time recovery codes (hashed). */
export interface RecoveryCode {
  id: string;
  userId: string;
  codeHash: string;
  usedAt: Date | null;
}

export const RecoveryCodeSchema = new EntitySchema<RecoveryCode>({
  name: 'RecoveryCode',
  tableName: 'recovery_code',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid' },
    codeHash: { type: 'string', unique: true, hidden: true },
    usedAt: { type: 'datetime', nullable: true },
  },
});

/**
 * A sign-up waiting for its emailed link (`completeSignUp`): the account is created from it then,
 * so an address is only ever taken by someone who receives its mail.
 */
export interface PendingSignUp {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export const PendingSignUpSchema = new EntitySchema<PendingSignUp>({
  name: 'PendingSignUp',
  tableName: 'pending_sign_up',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string' },
    name: { type: 'string' },
    passwordHash: { type: 'string', hidden: true },
    tokenHash: { type: 'string', unique: true, hidden: true },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
  },
});

export const accountEntities = [
  PendingSignUpSchema,
  SessionSchema,
  RefreshTokenSchema,
  AccountTokenSchema,
  TotpFactorSchema,
  RecoveryCodeSchema,
];
