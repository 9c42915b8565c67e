/**
 * Refunds through Stripe: a tenant's refund of part or all of what is left, the full refund a stock
 * shortage queues, and sending pending refunds (idempotent by their key) with their outcome recorded.
 */
import { LockMode } from '@mikro-orm/core';
import Stripe from 'stripe';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, type TenantScope, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { type Order, type OrderRefund, OrderRefundSchema } from '../entities/orders.js';
import { type Cause, causeOf, findOrder, type OrderTimeline, REFUNDABLE, uuidv7 } from './order-state.js';
import { callStripe, requireStripe } from './stripe-client.js';

const refundInput = z.object({
  amount: z.number().int('amount must be whole minor units').min(1, 'amount must be at least 1').nullish(),
  reason: z.string().trim().max(500).nullish(),
});

export class OrderRefunds {
  constructor(
    private readonly db: SubgraphDb,
    private readonly stripe: Stripe | null,
    private readonly timeline: OrderTimeline,
    private readonly now: () => Date,
  ) {}

  /**
   * Refunds part or all of what is left (default: all) through Stripe, with an idempotency key
   * per refund (`webhaze-order-<id>-refund-<n>`). The amount must be at most the order total minus
   * what is refunded or being refunded already (BAD_USER_INPUT on `amount`).
   */
  async refund(ctx: RequestContext, id: string, input: unknown): Promise<Order> {
    const data = parseInput(refundInput, input ?? {});
    requireStripe(this.stripe);
    const cause = causeOf(ctx);
    if (!isUuid(id)) throw notFound('Order');
    // A refund left pending by a Stripe outage goes out first (same idempotency key), so it is
    // counted as done or failed, never as forever in flight.
    await this.settlePendingRefunds(ctx, id, cause);
    const refundId = await withTenant(this.db, ctx, async (em) => {
      const order = await findOrder(em, id, true);
      if (!REFUNDABLE.has(order.status) || !order.paymentIntentId) {
        throw conflict(`Order #${order.number} is ${order.status}: only paid orders can be refunded`);
      }
      const refunds = await em.find(OrderRefundSchema, { orderId: order.id });
      const inFlight = refunds.filter((r) => r.status === 'pending').reduce((s, r) => s + r.amount, 0);
      const remaining = order.totalAmount - order.refundedAmount - inFlight;
      const amount = data.amount ?? remaining;
      if (remaining <= 0) throw conflict(`Order #${order.number} has nothing left to refund`);
      if (amount > remaining) throw badInput(`amount: at most ${remaining} can still be refunded`, 'amount');
      const refund = this.newRefund(
        em,
        order,
        amount,
        data.reason || 'requested_by_customer',
        refunds.length + 1,
        cause,
      );
      await em.flush();
      return refund.id;
    });
    await this.executeRefund(ctx, refundId, cause);
    return withTenant(this.db, ctx, (em) => findOrder(em, id));
  }

  /** Sends every refund of the order still pending to Stripe (after a crash or a stock shortage). */
  async settlePendingRefunds(scope: TenantScope, orderId: string, cause: Cause): Promise<void> {
    const pending = await withTenant(this.db, scope, (em) =>
      em.find(OrderRefundSchema, { orderId, status: 'pending' }, { orderBy: { createdAt: 'asc' } }),
    );
    for (const refund of pending) await this.executeRefund(scope, refund.id, cause);
  }

  /** A pending refund of `amount`, keyed by the order and `key` (or its number `n`). */
  newRefund(
    em: EntityManager,
    order: Order,
    amount: number,
    reason: string,
    n: number,
    cause: Cause,
    key?: string,
  ): OrderRefund {
    const at = this.now();
    return em.create(OrderRefundSchema, {
      id: uuidv7(at.getTime()),
      tenantId: order.tenantId,
      orderId: order.id,
      amount,
      reason,
      status: 'pending',
      idempotencyKey: `webhaze-order-${order.id}-refund-${key ?? n}`,
      stripeRefundId: null,
      requestedBy: cause.kind === 'user' ? cause.userId : null,
      createdAt: at,
      updatedAt: at,
    });
  }

  /** Sends one pending refund to Stripe (idempotent by its key) and records the outcome. */
  private async executeRefund(scope: TenantScope, refundId: string, cause: Cause): Promise<void> {
    const stripe = requireStripe(this.stripe);
    const { refund, order } = await withTenant(this.db, scope, async (em) => {
      const refund = await em.findOneOrFail(OrderRefundSchema, { id: refundId });
      return { refund, order: await findOrder(em, refund.orderId) };
    });
    if (refund.status !== 'pending') return;
    let stripeRefund: Stripe.Refund;
    try {
      stripeRefund = await stripe.refunds.create(
        {
          payment_intent: order.paymentIntentId!,
          amount: refund.amount,
          ...(refund.reason === 'stock_shortage' ? {} : { reason: 'requested_by_customer' as const }),
          refund_application_fee: true,
          metadata: { orderId: order.id, refundId: refund.id, reason: refund.reason.slice(0, 400) },
        },
        { stripeAccount: order.stripeAccountId ?? undefined, idempotencyKey: refund.idempotencyKey },
      );
    } catch (err) {
      if (
        !(err instanceof Stripe.errors.StripeError) ||
        err.type === 'StripeConnectionError' ||
        err.type === 'StripeAPIError'
      ) {
        throw err; // transient: the refund stays pending and is retried
      }
      await withTenant(this.db, scope, async (em) => {
        const row = await em.findOneOrFail(
          OrderRefundSchema,
          { id: refundId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (row.status !== 'pending') return;
        row.status = 'failed';
        row.updatedAt = this.now();
        const locked = await findOrder(em, row.orderId, true);
        this.timeline.record(em, locked, 'note', cause, {
          amount: row.amount,
          detail: { outcome: 'refund failed', code: err.code ?? err.type, message: err.message },
        });
        await em.flush();
      });
      return callStripe(() => Promise.reject(err));
    }
    await withTenant(this.db, scope, async (em) => {
      const row = await em.findOneOrFail(
        OrderRefundSchema,
        { id: refundId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (row.status !== 'pending') return;
      const locked = await findOrder(em, row.orderId, true);
      row.status = 'succeeded';
      row.stripeRefundId = stripeRefund.id;
      row.updatedAt = this.now();
      await em.flush();
      const [sum] = await em.execute<{ total: number }[]>(
        `select coalesce(sum(amount), 0)::int as total from commerce.order_refund where order_id = ? and status = 'succeeded'`,
        [locked.id],
      );
      const refunded = Math.min(locked.totalAmount, Math.max(locked.refundedAmount, sum?.total ?? 0));
      if (refunded > locked.refundedAmount) {
        this.timeline.record(em, locked, 'refund', cause, {
          amount: refunded - locked.refundedAmount,
          detail: { refundId: row.id, stripeRefundId: stripeRefund.id, reason: row.reason },
        });
        locked.refundedAmount = refunded;
      }
      this.timeline.applyRefundStatus(em, locked, cause);
      locked.updatedAt = this.now();
      await em.flush();
    });
  }
}
