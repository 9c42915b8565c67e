import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { parseInput } from '../../../core/input.js';
import type { TenantLookup } from '../../../core/tenant-lookup.js';
import { type TaxSetting, TaxSettingSchema } from '../entities/carts.js';
import { assertTenantRegion } from './shipping-service.js';

/**
 * `numerator / denominator` rounded to the nearest integer, ties to the even neighbour
 * ("banker's rounding"): the one rounding rule of every tax, discount and allocation amount.
 * Both arguments are non-negative integers, the denominator positive.
 */
export function roundHalfEven(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  const twice = 2 * (numerator - quotient * denominator);
  if (twice > denominator) return quotient + 1;
  if (twice < denominator) return quotient;
  return quotient % 2 === 0 ? quotient : quotient + 1;
}

/** A region's tax as the cart applies it. */
export interface TaxRule {
  rateBps: number;
  /** Prices already contain the tax (the tax is shown, not added). */
  inclusive: boolean;
}

export const NO_TAX: TaxRule = { rateBps: 0, inclusive: false };

/**
 * The tax of one line's net amount (after its share of the discount), rounded half-even per line:
 * exclusive `net × rate`, inclusive the part of `net` that is tax, `net − net / (1 + rate)`.
 */
export function lineTax(net: number, rule: TaxRule): number {
  if (rule.rateBps === 0 || net === 0) return 0;
  if (rule.inclusive) return net - roundHalfEven(net * 10_000, 10_000 + rule.rateBps);
  return roundHalfEven(net * rule.rateBps, 10_000);
}

const regionCode = z
  .string()
  .trim()
  .min(1, 'regionCode must not be empty')
  .max(32)
  .regex(/^[a-z0-9-]+$/i, 'regionCode must be a region code like `de`');

const setInput = z.object({
  regionCode,
  rateBps: z
    .number()
    .int('rateBps must be a whole number of basis points')
    .min(0, 'rateBps must be 0 or more')
    .max(10_000, 'rateBps must be at most 10000 (100 %)'),
  inclusive: z.boolean(),
});

/** Per-region tax settings of the tenant (a region without one is untaxed). */
export class TaxService {
  constructor(
    private readonly db: SubgraphDb,
    /** The tenant's regions: a setting is only accepted for one of them. */
    private readonly tenants: TenantLookup,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(ctx: RequestContext): Promise<TaxSetting[]> {
    return withTenant(this.db, ctx, (em) =>
      em.find(TaxSettingSchema, {}, { orderBy: { regionCode: 'asc' } }),
    );
  }

  /** Creates or replaces the region's tax setting. */
  async set(ctx: RequestContext, input: unknown): Promise<TaxSetting> {
    const data = parseInput(setInput, input);
    await assertTenantRegion(this.tenants, ctx, data.regionCode);
    return withTenant(this.db, ctx, async (em) => {
      const found = await em.findOne(TaxSettingSchema, { regionCode: data.regionCode });
      const setting =
        found ??
        em.create(TaxSettingSchema, {
          tenantId: ctx.tenantId!,
          regionCode: data.regionCode,
          rateBps: data.rateBps,
          inclusive: data.inclusive,
          updatedAt: this.now(),
        });
      setting.rateBps = data.rateBps;
      setting.inclusive = data.inclusive;
      setting.updatedAt = this.now();
      await em.flush();
      return setting;
    });
  }

  /** The rule a cart in `regionCode` is taxed by (inside the caller's tenant transaction). */
  static async ruleFor(em: EntityManager, regionCode: string): Promise<TaxRule> {
    const setting = await em.findOne(TaxSettingSchema, { regionCode });
    return setting ? { rateBps: setting.rateBps, inclusive: setting.inclusive } : NO_TAX;
  }
}
