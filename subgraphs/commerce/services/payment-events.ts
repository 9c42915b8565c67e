/**
 * The payment state machine, fed by Stripe Connect webhook events (inside the pipeline's tenant
 * transaction): pending → paid exactly once (committing or re-taking the stock), failures noted,
 * cancellations, cumulative refunds, disputes. A paid order never un-pays.
 */
import { LockMode } from '@mikro-orm/core';
import type Stripe from 'stripe';
import type { EntityManager, TenantScope } from '../../../core/db.js';
import { isUuid } from '../../../core/input.js';
import { type Order, OrderSchema } from '../entities/orders.js';
import type { CommitResult, ReReserveResult } from './inventory-service.js';
import type { OrderRefunds } from './order-refunds.js';
import { type Cause, type OrderInventory, type OrderTimeline, releaseStock } from './order-state.js';

/** What the Stripe webhook pipeline learned from applying an event to an order. */
export interface AppliedEvent {
  orderId: string | null;
  /** True when this event moved the order to paid (the confirmation email goes out once). */
  paidNow: boolean;
}

export class PaymentEvents {
  constructor(
    private readonly inventory: OrderInventory,
    private readonly refunds: OrderRefunds,
    private readonly timeline: OrderTimeline,
    private readonly now: () => Date,
  ) {}

  /**
   * `payment_intent.succeeded`: the order becomes paid exactly once, whatever its status (a
   * payment that succeeds after a cancel or expiry still charged the customer), and its stock
   * is committed in the same transaction; if the reservation had been released the stock is taken
   * again, and if the store no longer has it a full refund is queued (settled after commit).
   * A refund that arrived before the success is applied right after the paid transition.
   */
  async applyPaymentSucceeded(
    em: EntityManager,
    scope: TenantScope,
    intent: Stripe.PaymentIntent,
    eventId: string,
  ): Promise<AppliedEvent> {
    const order = await this.orderForIntent(em, intent.id, intent.metadata?.orderId);
    if (!order) return { orderId: null, paidNow: false };
    if (order.paidAt) return { orderId: order.id, paidNow: false };
    const cause: Cause = { kind: 'stripe', eventId };
    order.paymentIntentId ??= intent.id;
    order.paidAt = this.now();
    order.closedAt = null;
    this.timeline.transition(em, order, 'paid', cause, { amount: intent.amount_received ?? intent.amount });
    await em.flush();
    let stock: CommitResult | ReReserveResult = await this.inventory.commit(scope, order.id, em);
    if (stock === 'released') {
      stock = await this.inventory.reReserveAndCommit(scope, order.id, em);
      if (stock === 'committed') {
        this.timeline.record(em, order, 'inventory', cause, {
          detail: { outcome: 're-reserved', reason: 'paid after release' },
        });
      }
    }
    if (stock === 'committed' || stock === 'already') {
      order.inventoryState = 'committed';
    } else if (stock === 'missing') {
      order.inventoryState = 'missing';
      this.timeline.record(em, order, 'inventory', cause, { detail: { outcome: 'no reservation' } });
    } else {
      order.inventoryState = 'insufficient';
      const remaining = order.totalAmount - order.refundedAmount;
      this.timeline.record(em, order, 'inventory', cause, {
        amount: remaining,
        detail: { outcome: 'insufficient stock', action: remaining > 0 ? 'full refund' : 'none' },
      });
      if (remaining > 0)
        this.refunds.newRefund(em, order, remaining, 'stock_shortage', 0, cause, 'stock-shortage');
    }
    this.timeline.applyRefundStatus(em, order, cause);
    await em.flush();
    return { orderId: order.id, paidNow: true };
  }

  /** `payment_intent.payment_failed`: noted on the timeline; the visitor may still retry. */
  async applyPaymentFailed(
    em: EntityManager,
    intent: Stripe.PaymentIntent,
    eventId: string,
  ): Promise<AppliedEvent> {
    return this.whileUnpaid(em, intent, async (order) => {
      this.timeline.record(
        em,
        order,
        'payment_failed',
        { kind: 'stripe', eventId },
        {
          detail: {
            code: intent.last_payment_error?.code ?? null,
            message: intent.last_payment_error?.message ?? null,
          },
        },
      );
      await em.flush();
    });
  }

  /** `payment_intent.canceled`: an unpaid pending order is cancelled and its stock released; a paid one never un-pays. */
  async applyPaymentCanceled(
    em: EntityManager,
    scope: TenantScope,
    intent: Stripe.PaymentIntent,
    eventId: string,
  ): Promise<AppliedEvent> {
    return this.whileUnpaid(em, intent, async (order) => {
      this.timeline.transition(
        em,
        order,
        'cancelled',
        { kind: 'stripe', eventId },
        { reason: intent.cancellation_reason ?? null },
      );
      order.closedAt = this.now();
      await em.flush();
      await releaseStock(this.inventory, em, scope, order, 'payment canceled');
      await em.flush();
    });
  }

  /** Applies `change` to the intent's order only while it is pending and unpaid: a paid order never un-pays. */
  private async whileUnpaid(
    em: EntityManager,
    intent: Stripe.PaymentIntent,
    change: (order: Order) => Promise<void>,
  ): Promise<AppliedEvent> {
    const order = await this.orderForIntent(em, intent.id, intent.metadata?.orderId);
    if (!order) return { orderId: null, paidNow: false };
    if (order.status === 'pending' && !order.paidAt) await change(order);
    return { orderId: order.id, paidNow: false };
  }

  /**
   * `charge.refunded`: Stripe's cumulative `amount_refunded` only ever grows, so the order keeps the
   * largest amount seen (order-independent, replay-safe). Before the order is paid the amount is
   * kept and applied at the paid transition.
   */
  async applyChargeRefunded(
    em: EntityManager,
    charge: Stripe.Charge,
    eventId: string,
  ): Promise<AppliedEvent> {
    const intentId = idOf(charge.payment_intent);
    const order = intentId ? await this.orderForIntent(em, intentId, charge.metadata?.orderId) : null;
    if (!order) return { orderId: null, paidNow: false };
    const cause: Cause = { kind: 'stripe', eventId };
    const refunded = Math.min(order.totalAmount, Math.max(order.refundedAmount, charge.amount_refunded ?? 0));
    if (refunded > order.refundedAmount) {
      this.timeline.record(em, order, 'refund', cause, {
        amount: refunded - order.refundedAmount,
        detail: { cumulative: refunded, chargeId: charge.id },
      });
      order.refundedAmount = refunded;
      order.updatedAt = this.now();
    }
    this.timeline.applyRefundStatus(em, order, cause);
    await em.flush();
    return { orderId: order.id, paidNow: false };
  }

  /** `charge.dispute.created`: flags the order once and notes it on the timeline. */
  async applyDispute(em: EntityManager, dispute: Stripe.Dispute, eventId: string): Promise<AppliedEvent> {
    const intentId = idOf(dispute.payment_intent);
    const order = intentId ? await this.orderForIntent(em, intentId, dispute.metadata?.orderId) : null;
    if (!order) return { orderId: null, paidNow: false };
    if (!order.disputed) {
      order.disputed = true;
      order.updatedAt = this.now();
      this.timeline.record(
        em,
        order,
        'dispute',
        { kind: 'stripe', eventId },
        {
          fromStatus: order.status,
          toStatus: order.status,
          amount: dispute.amount,
          detail: { reason: dispute.reason, disputeId: dispute.id },
        },
      );
      await em.flush();
    }
    return { orderId: order.id, paidNow: false };
  }

  /** The order a PaymentIntent pays (locked): by the order id in its metadata, else by the intent id. */
  private async orderForIntent(em: EntityManager, intentId: string, metadataOrderId: string | undefined) {
    const lock = { lockMode: LockMode.PESSIMISTIC_WRITE } as const;
    if (metadataOrderId && isUuid(metadataOrderId)) {
      const order = await em.findOne(OrderSchema, { id: metadataOrderId }, lock);
      if (order && (order.paymentIntentId === null || order.paymentIntentId === intentId)) return order;
    }
    return em.findOne(OrderSchema, { paymentIntentId: intentId }, lock);
  }
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}
