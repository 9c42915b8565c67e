/** Reading orders: the tenant's filtered list, one order with its timeline, the visitor's view by token. */
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { parseInput } from '../../../core/input.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import {
  type Order,
  type OrderEvent,
  OrderEventSchema,
  OrderSchema,
  type OrderStatus,
} from '../entities/orders.js';
import { hashOrderToken } from './order-checkout.js';
import { findOrder } from './order-state.js';

const STATUS_NAMES = [
  'pending',
  'paid',
  'fulfilled',
  'partially_refunded',
  'refunded',
  'cancelled',
  'expired',
] as const satisfies readonly OrderStatus[];

const listInput = z.object({
  status: z.array(z.enum(STATUS_NAMES)).max(7).nullish(),
  createdFrom: z
    .string()
    .datetime({ offset: true, message: 'createdFrom must be an ISO 8601 date-time' })
    .nullish(),
  createdTo: z
    .string()
    .datetime({ offset: true, message: 'createdTo must be an ISO 8601 date-time' })
    .nullish(),
  search: z.string().trim().max(254).nullish(),
});

export class OrderQueries {
  constructor(private readonly db: SubgraphDb) {}

  async list(
    ctx: RequestContext,
    first: number,
    after: string | null,
    filterInput: unknown,
  ): Promise<Order[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const filter = parseInput(listInput, filterInput ?? {});
    // biome-ignore lint/suspicious/noExplicitAny: MikroORM's FilterQuery is built up conditionally.
    const where: Record<string, any> = {};
    if (afterId) where.id = { $lt: afterId };
    if (filter.status?.length) where.status = { $in: filter.status };
    if (filter.createdFrom || filter.createdTo) {
      where.createdAt = {
        ...(filter.createdFrom ? { $gte: new Date(filter.createdFrom) } : {}),
        ...(filter.createdTo ? { $lt: new Date(filter.createdTo) } : {}),
      };
    }
    const search = filter.search?.trim();
    if (search) {
      const number = /^#?(\d{1,9})$/.exec(search);
      if (number) where.number = Number(number[1]);
      else where.customerEmail = { $ilike: `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
    }
    return withTenant(this.db, ctx, (em) =>
      em.find(OrderSchema, where, { orderBy: { id: 'desc' }, limit: first + 1 }),
    );
  }

  /** The order, or NOT_FOUND (unknown, malformed, or another tenant's). */
  order(ctx: RequestContext, id: string): Promise<Order> {
    return withTenant(this.db, ctx, (em) => findOrder(em, id));
  }

  timeline(ctx: RequestContext, orderId: string): Promise<OrderEvent[]> {
    return withTenant(this.db, ctx, (em) =>
      em.find(OrderEventSchema, { orderId }, { orderBy: { id: 'asc' } }),
    );
  }

  /** The visitor's view by access token: null for an unknown token (or another store's). */
  async byToken(ctx: RequestContext, token: string): Promise<Order | null> {
    if (typeof token !== 'string' || token.length < 16 || token.length > 128) return null;
    return withTenant(this.db, ctx, (em) =>
      em.findOne(OrderSchema, { accessTokenHash: hashOrderToken(token) }),
    );
  }
}
