/**
 * What every part of the order service shares: the cause of a change, time-ordered ids, the
 * timeline (every status change and money movement adds an entry in the same transaction), the
 * refund-driven status rule, looking an order up, and releasing its stock.
 */
import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../../core/context.js';
import type { EntityManager, TenantScope } from '../../../core/db.js';
import { notFound } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import {
  type Order,
  type OrderEventKind,
  OrderEventSchema,
  OrderSchema,
  type OrderStatus,
} from '../entities/orders.js';
import type { InventoryService } from './inventory-service.js';

/** What caused a change: a Stripe event, a member (or API key), or WebHaze itself. */
export type Cause =
  | { kind: 'stripe'; eventId: string }
  | { kind: 'user'; userId: string | null; actor: string }
  | { kind: 'system'; reason: string };

/** The inventory operations orders need (the order id is the reservation id). */
export type OrderInventory = Pick<InventoryService, 'reserve' | 'commit' | 'release' | 'reReserveAndCommit'>;

/** Statuses from which a payment can be refunded. */
export const REFUNDABLE = new Set<OrderStatus>(['paid', 'fulfilled', 'partially_refunded']);

let lastMs = 0;
let sequence = 0;
/**
 * A time-ordered UUID (version 7), monotonic within the process (a 12-bit counter in `rand_a` within
 * one millisecond), so ids sort by creation: the newest-first list cursor and the timeline order.
 */
export function uuidv7(now = Date.now()): string {
  let ms = now;
  if (ms <= lastMs) {
    ms = lastMs;
    sequence++;
    if (sequence > 0xfff) {
      ms = ++lastMs;
      sequence = 0;
    }
  } else {
    sequence = 0;
  }
  lastMs = ms;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | ((sequence >> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function causeOf(ctx: RequestContext): Cause {
  const actor = ctx.actor;
  if (actor.kind === 'user') return { kind: 'user', userId: actor.userId, actor: 'user' };
  if (actor.kind === 'apiKey') return { kind: 'user', userId: null, actor: `api-key:${actor.keyId}` };
  return { kind: 'system', reason: actor.kind === 'internal' ? actor.service : 'anonymous' };
}

/** The order, or NOT_FOUND (unknown, malformed, or another tenant's); `lock` takes a row lock. */
export async function findOrder(em: EntityManager, id: string, lock = false): Promise<Order> {
  if (!isUuid(id)) throw notFound('Order');
  const order = await em.findOne(OrderSchema, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!order) throw notFound('Order');
  return order;
}

/** Releases the order's reservation and notes what became of its stock. */
export async function releaseStock(
  inventory: OrderInventory,
  em: EntityManager,
  scope: TenantScope,
  order: Order,
  reason: string,
): Promise<void> {
  const result = await inventory.release(scope, order.id, reason, em);
  order.inventoryState = result === 'committed' ? 'committed' : result === 'missing' ? 'missing' : 'released';
}

/** Status transitions and timeline entries, stamped with the service's clock. */
export class OrderTimeline {
  constructor(private readonly now: () => Date) {}

  record(
    em: EntityManager,
    order: Order,
    kind: OrderEventKind,
    cause: Cause,
    extra: {
      fromStatus?: OrderStatus | null;
      toStatus?: OrderStatus | null;
      amount?: number | null;
      detail?: Record<string, unknown>;
    } = {},
  ): void {
    const at = this.now();
    em.create(OrderEventSchema, {
      id: uuidv7(at.getTime()),
      tenantId: order.tenantId,
      orderId: order.id,
      kind,
      fromStatus: extra.fromStatus ?? null,
      toStatus: extra.toStatus ?? null,
      amount: extra.amount ?? null,
      causeEventId: cause.kind === 'stripe' ? cause.eventId : null,
      causeUserId: cause.kind === 'user' ? cause.userId : null,
      cause:
        cause.kind === 'stripe' ? 'stripe' : cause.kind === 'user' ? cause.actor : `system:${cause.reason}`,
      detail: extra.detail ?? {},
      at,
    });
  }

  transition(
    em: EntityManager,
    order: Order,
    to: OrderStatus,
    cause: Cause,
    detail: Record<string, unknown> = {},
  ): void {
    const from = order.status;
    order.status = to;
    order.updatedAt = this.now();
    this.record(em, order, 'status', cause, { fromStatus: from, toStatus: to, detail });
  }

  /** After a refund amount or a payment changed: paid-ish statuses follow the refunded amount. */
  applyRefundStatus(em: EntityManager, order: Order, cause: Cause): void {
    if (!order.paidAt || order.refundedAmount <= 0) return;
    if (!REFUNDABLE.has(order.status) && order.status !== 'refunded') return;
    const target: OrderStatus = order.refundedAmount >= order.totalAmount ? 'refunded' : 'partially_refunded';
    if (order.status === target || order.status === 'refunded') return;
    this.transition(em, order, target, cause, { refunded: order.refundedAmount });
  }
}
