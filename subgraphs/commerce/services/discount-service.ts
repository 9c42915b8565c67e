import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { type DiscountCode, DiscountCodeSchema } from '../entities/carts.js';
import { roundHalfEven } from './tax-service.js';

/** Why a code cannot be used: `extensions.reason` of the BAD_USER_INPUT error. */
export type DiscountProblem =
  | 'DISCOUNT_UNKNOWN'
  | 'DISCOUNT_NOT_STARTED'
  | 'DISCOUNT_EXPIRED'
  | 'DISCOUNT_USED_UP'
  | 'DISCOUNT_MIN_SUBTOTAL'
  | 'DISCOUNT_CURRENCY';

const MESSAGES: Record<DiscountProblem, string> = {
  DISCOUNT_UNKNOWN: 'This discount code does not exist',
  DISCOUNT_NOT_STARTED: 'This discount code is not valid yet',
  DISCOUNT_EXPIRED: 'This discount code has expired',
  DISCOUNT_USED_UP: 'This discount code has been used up',
  DISCOUNT_MIN_SUBTOTAL: 'The cart does not reach the minimum subtotal of this discount code',
  DISCOUNT_CURRENCY: 'This discount code is for another currency',
};

/** BAD_USER_INPUT on `field` (default `code`) with the problem as `reason`. */
export function discountError(problem: DiscountProblem, field = 'code'): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${MESSAGES[problem]}`, { field, reason: problem });
}

export const normaliseCode = (code: string) => code.trim().toUpperCase();

const CODE = z
  .string()
  .trim()
  .min(3, 'code must have at least 3 characters')
  .max(32, 'code must have at most 32 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'code may contain only letters, digits, - and _')
  .transform(normaliseCode);

const createInput = z
  .object({
    code: CODE,
    kind: z.enum(['percentage', 'fixed']),
    percentOff: z.number().int('percentOff must be a whole number').min(1).max(100).nullish(),
    amountOff: z.number().int('amountOff must be whole minor units').min(1).max(100_000_000_00).nullish(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code like EUR')
      .nullish(),
    minSubtotal: z.number().int().min(0).max(100_000_000_00).nullish(),
    usageLimit: z.number().int('usageLimit must be a whole number').min(1).max(10_000_000).nullish(),
    startsAt: z
      .string()
      .datetime({ offset: true, message: 'startsAt must be an ISO 8601 date-time' })
      .nullish(),
    expiresAt: z
      .string()
      .datetime({ offset: true, message: 'expiresAt must be an ISO 8601 date-time' })
      .nullish(),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'percentage' && !d.percentOff)
      ctx.addIssue({
        code: 'custom',
        path: ['percentOff'],
        message: 'a percentage discount needs percentOff',
      });
    if (d.kind === 'percentage' && d.amountOff)
      ctx.addIssue({
        code: 'custom',
        path: ['amountOff'],
        message: 'a percentage discount takes no amountOff',
      });
    if (d.kind === 'fixed' && (!d.amountOff || !d.currency))
      ctx.addIssue({
        code: 'custom',
        path: ['amountOff'],
        message: 'a fixed discount needs amountOff and currency',
      });
    if (d.kind === 'fixed' && d.percentOff)
      ctx.addIssue({ code: 'custom', path: ['percentOff'], message: 'a fixed discount takes no percentOff' });
    if (d.startsAt && d.expiresAt && new Date(d.startsAt) >= new Date(d.expiresAt))
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'expiresAt must be after startsAt' });
  });

/** How many orders use the code now (cancelled and expired orders gave their use back). */
async function usageOf(em: EntityManager, discountId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from commerce.discount_redemption r
     join commerce.orders o on o.id = r.order_id
     where r.discount_id = ? and o.status not in ('cancelled', 'expired')`,
    [discountId],
  );
  return row?.n ?? 0;
}

/**
 * The tenant's discount codes, how a cart checks one, and the one counted use per order
 * (`redeem`, at checkout, in the checkout's transaction).
 */
export class DiscountService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A page of the store's codes (by id, `first + 1` rows for the connection), each with its use count. */
  list(
    ctx: RequestContext,
    first: number,
    after: string | null,
  ): Promise<(DiscountCode & { used: number })[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, async (em) => {
      const codes = await em.find(DiscountCodeSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      });
      const out: (DiscountCode & { used: number })[] = [];
      for (const code of codes) out.push(Object.assign(code, { used: await usageOf(em, code.id) }));
      return out;
    });
  }

  /** The number of orders using the code. */
  usage(ctx: RequestContext, discountId: string): Promise<number> {
    return withTenant(this.db, ctx, (em) => usageOf(em, discountId));
  }

  async create(ctx: RequestContext, input: unknown): Promise<DiscountCode> {
    const data = parseInput(createInput, input);
    try {
      return await withTenant(this.db, ctx, async (em) => {
        const at = this.now();
        const discount = em.create(DiscountCodeSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          code: data.code,
          kind: data.kind,
          percentOff: data.kind === 'percentage' ? data.percentOff! : null,
          amountOff: data.kind === 'fixed' ? data.amountOff! : null,
          currency: data.kind === 'fixed' ? data.currency! : null,
          minSubtotal: data.minSubtotal ?? null,
          usageLimit: data.usageLimit ?? null,
          startsAt: data.startsAt ? new Date(data.startsAt) : null,
          expiresAt: data.expiresAt ? new Date(data.expiresAt) : null,
          active: true,
          createdAt: at,
          updatedAt: at,
        });
        await em.flush();
        return discount;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`The discount code ${data.code} exists already`, { field: 'code' });
      }
      throw err;
    }
  }

  /** Switches a code on or off (an inactive code behaves like an unknown one for visitors). */
  async setActive(ctx: RequestContext, id: string, active: boolean): Promise<DiscountCode> {
    if (!isUuid(id)) throw notFound('Discount code');
    return withTenant(this.db, ctx, async (em) => {
      const discount = await em.findOne(DiscountCodeSchema, { id });
      if (!discount) throw notFound('Discount code');
      discount.active = active;
      discount.updatedAt = this.now();
      await em.flush();
      return discount;
    });
  }

  /** An active code of the tenant by its text, or null. */
  static findByCode(em: EntityManager, code: string): Promise<DiscountCode | null> {
    return em.findOne(DiscountCodeSchema, { code: normaliseCode(code), active: true });
  }

  /** What is wrong with using `discount` on a cart, or null when it applies. */
  static async problemOf(
    em: EntityManager,
    discount: DiscountCode,
    cart: { subtotal: number; currency: string },
    now: Date,
  ): Promise<DiscountProblem | null> {
    if (!discount.active) return 'DISCOUNT_UNKNOWN';
    if (discount.startsAt && discount.startsAt > now) return 'DISCOUNT_NOT_STARTED';
    if (discount.expiresAt && discount.expiresAt <= now) return 'DISCOUNT_EXPIRED';
    if (discount.kind === 'fixed' && discount.currency !== cart.currency) return 'DISCOUNT_CURRENCY';
    if (discount.minSubtotal !== null && cart.subtotal < discount.minSubtotal) return 'DISCOUNT_MIN_SUBTOTAL';
    if (discount.usageLimit !== null && (await usageOf(em, discount.id)) >= discount.usageLimit)
      return 'DISCOUNT_USED_UP';
    return null;
  }

  /** The amount the code takes off `subtotal` (percentages rounded half-even), never more than it. */
  static amountOf(discount: DiscountCode, subtotal: number): number {
    if (discount.kind === 'percentage') return roundHalfEven(subtotal * (discount.percentOff ?? 0), 100);
    return Math.min(discount.amountOff ?? 0, subtotal);
  }

  /**
   * Counts one use of the code for `orderId`, inside the checkout's transaction: the code's row is
   * locked first, so concurrent checkouts of a limited code are serialised and only as many as the
   * limit allows get through (the others get DISCOUNT_USED_UP and roll back).
   */
  static async redeem(
    em: EntityManager,
    discountId: string,
    orderId: string,
    cart: { subtotal: number; currency: string },
    now: Date,
  ): Promise<void> {
    const discount = await em.findOne(
      DiscountCodeSchema,
      { id: discountId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!discount) throw discountError('DISCOUNT_UNKNOWN', 'discountCode');
    const problem = await DiscountService.problemOf(em, discount, cart, now);
    if (problem) throw discountError(problem, 'discountCode');
    await em.execute(
      `insert into commerce.discount_redemption (tenant_id, discount_id, order_id, created_at)
       values (?, ?, ?, ?::timestamptz)`,
      [discount.tenantId, discount.id, orderId, now.toISOString()],
    );
  }
}
