import { EntitySchema } from '@mikro-orm/core';
import type { Role } from '../../../core/context.js';
import { tenantFilter } from '../../../core/db.js';
import { AuditEventSchema } from '../services/audit.js';
import { accountEntities } from './accounts.js';
import { keysBillingEntities } from './keys-billing.js';
import { oidcEntities } from './oidc.js';
import { teamEntities } from './teams.js';

export type TenantStatus = 'active' | 'suspended';

/** A region is tenant configuration: how a request is recognised and what it implies. */
export interface RegionConfig {
  code: string;
  locale: string;
  currency: string;
  pathPrefix: string | null;
  hosts: string[];
  countries: string[];
  consentRequired: boolean;
}

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  plan: string;
  status: TenantStatus;
  /** Storefront hosts (custom domains) that serve this tenant. */
  hosts: string[];
  regions: RegionConfig[];
  defaultRegion: string;
  createdAt: Date;
}

export const TenantSchema = new EntitySchema<Tenant>({
  name: 'Tenant',
  tableName: 'tenant',
  properties: {
    id: { type: 'uuid', primary: true },
    slug: { type: 'string', unique: true },
    name: { type: 'string' },
    plan: { type: 'string' },
    status: { type: 'string' },
    hosts: { type: 'json' },
    regions: { type: 'json' },
    defaultRegion: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
  // The tenant row is its own tenant: the same lock applies on `id`.
  filters: {
    tenant: {
      name: 'tenant',
      cond: (args: Record<string, unknown>) => ({ id: args.tenantId }),
      default: true,
    },
  },
});

export interface User {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: Date;
  /** When the user proved they receive mail at `email`; null (or absent on a new object) until then. */
  emailVerifiedAt?: Date | null;
}

/** Users are platform-wide accounts (one person, many tenants): not tenant-owned. */
export const UserSchema = new EntitySchema<User>({
  name: 'User',
  tableName: 'user_account',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'string', unique: true },
    name: { type: 'string' },
    passwordHash: { type: 'string', hidden: true },
    createdAt: { type: 'datetime' },
    emailVerifiedAt: { type: 'datetime', nullable: true },
  },
});

export interface Membership {
  id: string;
  tenantId: string;
  userId: string;
  role: Role;
  /** The sites this member may act on; null = every site of the tenant. */
  siteIds: string[] | null;
  createdAt: Date;
}

export const MembershipSchema = new EntitySchema<Membership>({
  name: 'Membership',
  tableName: 'membership',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    userId: { type: 'uuid' },
    role: { type: 'string' },
    siteIds: { type: 'json', nullable: true },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export interface SigningKey {
  kid: string;
  privateKeyPem: string;
  publicJwk: Record<string, unknown>;
  createdAt: Date;
  retiredAt: Date | null;
}

/** EdDSA keys that sign access tokens: platform-wide, never tenant-owned. */
export const SigningKeySchema = new EntitySchema<SigningKey>({
  name: 'SigningKey',
  tableName: 'signing_key',
  properties: {
    kid: { type: 'string', primary: true },
    privateKeyPem: { type: 'text', hidden: true },
    publicJwk: { type: 'json' },
    createdAt: { type: 'datetime' },
    retiredAt: { type: 'datetime', nullable: true },
  },
});

export const authEntities = [
  TenantSchema,
  UserSchema,
  MembershipSchema,
  SigningKeySchema,
  AuditEventSchema,
  ...teamEntities,
  ...accountEntities,
  ...keysBillingEntities,
  ...oidcEntities,
];
