import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/** An API key of a tenant: only the SHA-256 of the secret is stored; the prefix stays visible. */
export interface ApiKey {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export const ApiKeySchema = new EntitySchema<ApiKey>({
  name: 'ApiKey',
  tableName: 'api_key',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    name: { type: 'string' },
    prefix: { type: 'string' },
    secretHash: { type: 'string', hidden: true },
    scopes: { type: 'json' },
    createdBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime', nullable: true },
    lastUsedAt: { type: 'datetime', nullable: true },
    revokedAt: { type: 'datetime', nullable: true },
  },
  filters: tenantFilter,
});

/** A tenant secret (SMTP password, webhook signing secret), AES-256-GCM encrypted at rest. */
export interface TenantSecret {
  id: string;
  tenantId: string;
  name: string;
  ciphertext: string;
  createdAt: Date;
  updatedAt: Date;
}

export const TenantSecretSchema = new EntitySchema<TenantSecret>({
  name: 'TenantSecret',
  tableName: 'tenant_secret',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    name: { type: 'string' },
    ciphertext: { type: 'text', hidden: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export type BillingStatus =
  | 'none'
  | 'incomplete'
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'unpaid'
  | 'canceled';

/** The tenant's platform subscription as Stripe last told us. */
export interface TenantBilling {
  tenantId: string;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  stripeSubscriptionItemId: string | null;
  status: BillingStatus;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  /** When Stripe made the change last applied (event `created`): older events are ignored. */
  lastChangeAt: Date | null;
  updatedAt: Date;
}

export const TenantBillingSchema = new EntitySchema<TenantBilling>({
  name: 'TenantBilling',
  tableName: 'tenant_billing',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    stripeCustomerId: { type: 'string', nullable: true },
    stripeSubscriptionId: { type: 'string', nullable: true },
    stripeSubscriptionItemId: { type: 'string', nullable: true },
    status: { type: 'string' },
    currentPeriodEnd: { type: 'datetime', nullable: true },
    cancelAtPeriodEnd: { type: 'boolean' },
    lastChangeAt: { type: 'datetime', nullable: true },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const keysBillingEntities = [ApiKeySchema, TenantSecretSchema, TenantBillingSchema];
