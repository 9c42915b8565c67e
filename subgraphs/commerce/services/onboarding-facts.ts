import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { can } from '../../../core/permissions.js';
import { ProductSchema } from '../entities/commerce.js';
import { CommerceSettingsSchema } from '../entities/orders.js';

/** The store's part of a workspace's onboarding checklist (ADR 0060). */
export interface StoreOnboardingFacts {
  tenantId: string;
  productAdded: boolean;
  paymentsConnected: boolean;
}

/**
 * The checklist facts commerce owns, for the request's own tenant only (null for any other id, and
 * for callers the cms's `onboarding` root would refuse: it needs content:read).
 */
export async function storeOnboardingFacts(
  db: SubgraphDb,
  ctx: RequestContext,
  tenantId: string,
): Promise<StoreOnboardingFacts | null> {
  if (!ctx.tenantId || ctx.tenantId !== tenantId || !can(ctx, 'content:read')) return null;
  return withTenant(
    db,
    ctx,
    async (em) => {
      const products = await em.count(ProductSchema, {});
      const settings = await em.findOne(CommerceSettingsSchema, { tenantId });
      return {
        tenantId,
        productAdded: products > 0,
        paymentsConnected: Boolean(settings?.stripeAccountId && settings.chargesEnabled),
      };
    },
    { readOnly: true },
  );
}
