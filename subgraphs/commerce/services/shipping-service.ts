import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { TenantLookup } from '../../../core/tenant-lookup.js';
import { type ShippingRate, ShippingRateSchema } from '../entities/carts.js';

const createInput = z.object({
  regionCode: z
    .string()
    .trim()
    .min(1, 'regionCode must not be empty')
    .max(32)
    .regex(/^[a-z0-9-]+$/i, 'regionCode must be a region code like `de`'),
  name: z.string().trim().min(1, 'name must not be empty').max(100),
  currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code like EUR'),
  amount: z
    .number()
    .int('amount must be whole minor units')
    .min(0, 'amount must be 0 or more')
    .max(10_000_000),
  freeOver: z.number().int('freeOver must be whole minor units').min(0).max(100_000_000_00).nullish(),
});

/**
 * The cost of `rate` for a cart whose discounted subtotal is `netSubtotal`: its amount, or 0
 * from `freeOver` on.
 */
export function shippingCost(rate: ShippingRate, netSubtotal: number): number {
  return rate.freeOver !== null && netSubtotal >= rate.freeOver ? 0 : rate.amount;
}

/**
 * Refuses a region code that is not one of the tenant's regions (auth owns them): a tax setting or
 * a shipping rate for a region no cart can be in would never apply. Asked before the transaction.
 */
export async function assertTenantRegion(
  tenants: TenantLookup,
  ctx: RequestContext,
  regionCode: string,
): Promise<void> {
  if (!ctx.tenantId) return; // withTenant refuses the write itself
  const { regionCodes } = await tenants(ctx.tenantId);
  if (!regionCodes.includes(regionCode)) {
    throw badInput(
      `regionCode: ${regionCode} is not one of the store's regions (${regionCodes.join(', ') || 'none'})`,
      'regionCode',
    );
  }
}

/** Shipping rates per region, configured by the tenant. A region without rates ships for free. */
export class ShippingService {
  constructor(
    private readonly db: SubgraphDb,
    /** The tenant's regions: a rate is only accepted for one of them. */
    private readonly tenants: TenantLookup,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(ctx: RequestContext): Promise<ShippingRate[]> {
    return withTenant(this.db, ctx, (em) =>
      em.find(ShippingRateSchema, {}, { orderBy: { regionCode: 'asc', amount: 'asc', id: 'asc' } }),
    );
  }

  async create(ctx: RequestContext, input: unknown): Promise<ShippingRate> {
    const data = parseInput(createInput, input);
    await assertTenantRegion(this.tenants, ctx, data.regionCode);
    return withTenant(this.db, ctx, async (em) => {
      const rate = em.create(ShippingRateSchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        regionCode: data.regionCode,
        name: data.name,
        currency: data.currency,
        amount: data.amount,
        freeOver: data.freeOver ?? null,
        createdAt: this.now(),
      });
      await em.flush();
      return rate;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('Shipping rate');
    return withTenant(this.db, ctx, async (em) => {
      const rate = await em.findOne(ShippingRateSchema, { id });
      if (!rate) throw notFound('Shipping rate');
      em.remove(rate);
      await em.flush();
      return true;
    });
  }

  /** The rates a cart in this region and currency may choose from, cheapest first. */
  static optionsFor(em: EntityManager, regionCode: string, currency: string): Promise<ShippingRate[]> {
    return em.find(
      ShippingRateSchema,
      { regionCode, currency },
      { orderBy: { amount: 'asc', createdAt: 'asc', id: 'asc' } },
    );
  }
}
