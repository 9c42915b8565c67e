import { toConnection } from '../../../core/pagination.js';
import type { BillingStatus as GraphQLBillingStatus, Resolvers } from '../__generated__/resolvers-types.js';
import type { BillingStatus } from '../entities/keys-billing.js';
import type { ApiKeyService } from '../services/api-keys.js';
import type { BillingService } from '../services/billing.js';
import type { PlatformAdminService } from '../services/platform-admin.js';
import type { TenantSecretsService } from '../services/tenant-secrets.js';

export interface KeysBillingParts {
  keys: ApiKeyService;
  billing: BillingService;
  platform: PlatformAdminService;
  secrets: TenantSecretsService;
}

const GRAPHQL_BILLING_STATUS: Record<BillingStatus, GraphQLBillingStatus> = {
  none: 'NONE',
  incomplete: 'INCOMPLETE',
  trialing: 'TRIALING',
  active: 'ACTIVE',
  past_due: 'PAST_DUE',
  unpaid: 'UNPAID',
  canceled: 'CANCELED',
};

const GRAPHQL_INTERVAL = { month: 'MONTH', year: 'YEAR' } as const;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** API keys, billing, tenant secrets and platform administration: thin resolvers over the services. */
export function keysBillingResolvers({ keys, billing, platform, secrets }: KeysBillingParts): Resolvers {
  return {
    Query: {
      apiKeys: async (_, { first, after }, { ctx }) =>
        toConnection(await keys.list(ctx, first, after ?? null), first),
      billing: (_, __, { ctx }) => billing.billing(ctx),
      plans: () => billing.plansOnOffer(),
      tenantSecrets: async (_, { first, after }, { ctx }) =>
        toConnection(await secrets.list(ctx, first, after ?? null), first),
      platformTenants: async (_, { first, after, search }, { ctx }) =>
        toConnection(await platform.tenants(ctx, first, after ?? null, search ?? null), first),
    },
    Mutation: {
      createApiKey: (_, { input }, { ctx }) => keys.create(ctx, input),
      revokeApiKey: (_, { id }, { ctx }) => keys.revoke(ctx, id),
      startCheckout: (_, { plan }, { ctx }) => billing.startCheckout(ctx, plan),
      changePlan: (_, { plan }, { ctx }) => billing.changePlan(ctx, plan),
      cancelSubscription: (_, __, { ctx }) => billing.cancelSubscription(ctx),
      setTenantSecret: (_, { input }, { ctx }) => secrets.set(ctx, input),
      deleteTenantSecret: (_, { name }, { ctx }) => secrets.remove(ctx, name),
      suspendTenant: (_, { id, reason }, { ctx }) => platform.suspend(ctx, id, reason),
      reactivateTenant: (_, { id }, { ctx }) => platform.reactivate(ctx, id),
    },
    ApiKey: {
      createdAt: (key) => key.createdAt.toISOString(),
      expiresAt: (key) => iso(key.expiresAt),
      lastUsedAt: (key) => iso(key.lastUsedAt),
      revokedAt: (key) => iso(key.revokedAt),
    },
    Billing: {
      plan: (view) => view.plan.id,
      planName: (view) => view.plan.name,
      status: (view) => GRAPHQL_BILLING_STATUS[view.status],
      currentPeriodEnd: (view) => iso(view.currentPeriodEnd),
      limits: (view) => view.plan.limits,
    },
    Plan: {
      price: (plan) =>
        plan.price ? { ...plan.price, interval: GRAPHQL_INTERVAL[plan.price.interval] } : null,
      purchasable: (plan) => plan.stripePriceId !== null,
      transactionFeeBps: (plan) => plan.applicationFeeBps,
    },
    TenantSecret: {
      createdAt: (secret) => secret.createdAt.toISOString(),
      updatedAt: (secret) => secret.updatedAt.toISOString(),
    },
  };
}
