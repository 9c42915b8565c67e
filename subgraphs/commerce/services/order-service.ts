/**
 * Orders: one service over its parts, each in its own file: pending orders for the checkout
 * (order-checkout.ts), reading orders (order-queries.ts), fulfilment and cancellation
 * (order-fulfilment.ts), refunds (order-refunds.ts), the payment state machine fed by Stripe Connect
 * webhooks (payment-events.ts) and what goes out once an order is paid (order-notifications.ts).
 * Every status change and money movement adds a timeline entry in the same transaction
 * (order-state.ts). Stripe is never called inside a database transaction.
 */
import type Stripe from 'stripe';
import type { RequestContext } from '../../../core/context.js';
import type { EntityManager, SubgraphDb, TenantScope } from '../../../core/db.js';
import type { JobQueue } from '../../../core/jobs.js';
import type { Plans } from '../../../core/plans.js';
import type { Order, OrderEvent } from '../entities/orders.js';
import { type CreatePendingOrderInput, OrderCheckout } from './order-checkout.js';
import { OrderFulfilment } from './order-fulfilment.js';
import { OrderNotifications } from './order-notifications.js';
import { OrderQueries } from './order-queries.js';
import { OrderRefunds } from './order-refunds.js';
import { type Cause, type OrderInventory, OrderTimeline } from './order-state.js';
import { type AppliedEvent, PaymentEvents } from './payment-events.js';
import type { PlanLookup } from './stripe-client.js';

export type { CreatePendingOrderInput } from './order-checkout.js';

export class OrderService {
  private readonly checkout: OrderCheckout;
  private readonly queries: OrderQueries;
  private readonly fulfilment: OrderFulfilment;
  private readonly refunds: OrderRefunds;
  private readonly events: PaymentEvents;
  private readonly notifications: OrderNotifications;

  constructor(
    db: SubgraphDb,
    inventory: OrderInventory,
    stripe: Stripe | null,
    plans: Plans,
    planOf: PlanLookup,
    jobs: Pick<JobQueue, 'enqueue'> | null,
    now: () => Date = () => new Date(),
  ) {
    const timeline = new OrderTimeline(now);
    this.checkout = new OrderCheckout(db, inventory, stripe, plans, planOf, timeline, now);
    this.queries = new OrderQueries(db);
    this.fulfilment = new OrderFulfilment(db, inventory, stripe, timeline, now);
    this.refunds = new OrderRefunds(db, stripe, timeline, now);
    this.events = new PaymentEvents(inventory, this.refunds, timeline, now);
    this.notifications = new OrderNotifications(db, jobs);
  }

  // Checkout API (order-checkout.ts)

  createPending(
    scope: TenantScope,
    input: CreatePendingOrderInput,
    cause?: Cause,
    tx?: EntityManager,
  ): Promise<{ order: Order; accessToken: string }> {
    return this.checkout.createPending(scope, input, cause, tx);
  }

  createPaymentIntent(
    scope: TenantScope,
    orderId: string,
  ): Promise<{ paymentIntentId: string; clientSecret: string; applicationFeeAmount: number }> {
    return this.checkout.createPaymentIntent(scope, orderId);
  }

  expireAllDue(now?: Date): Promise<number> {
    return this.checkout.expireAllDue(now);
  }

  expireDue(scope: TenantScope, now?: Date): Promise<string[]> {
    return this.checkout.expireDue(scope, now);
  }

  // Tenant API (order-queries.ts, order-fulfilment.ts, order-refunds.ts)

  list(ctx: RequestContext, first: number, after: string | null, filterInput: unknown): Promise<Order[]> {
    return this.queries.list(ctx, first, after, filterInput);
  }

  order(ctx: RequestContext, id: string): Promise<Order> {
    return this.queries.order(ctx, id);
  }

  timeline(ctx: RequestContext, orderId: string): Promise<OrderEvent[]> {
    return this.queries.timeline(ctx, orderId);
  }

  byToken(ctx: RequestContext, token: string): Promise<Order | null> {
    return this.queries.byToken(ctx, token);
  }

  fulfil(ctx: RequestContext, id: string, input: unknown): Promise<Order> {
    return this.fulfilment.fulfil(ctx, id, input);
  }

  cancel(ctx: RequestContext, id: string): Promise<Order> {
    return this.fulfilment.cancel(ctx, id);
  }

  refund(ctx: RequestContext, id: string, input: unknown): Promise<Order> {
    return this.refunds.refund(ctx, id, input);
  }

  settlePendingRefunds(scope: TenantScope, orderId: string, cause: Cause): Promise<void> {
    return this.refunds.settlePendingRefunds(scope, orderId, cause);
  }

  // Stripe events, called by the webhook pipeline inside its tenant transaction (payment-events.ts)

  applyPaymentSucceeded(
    em: EntityManager,
    scope: TenantScope,
    intent: Stripe.PaymentIntent,
    eventId: string,
  ): Promise<AppliedEvent> {
    return this.events.applyPaymentSucceeded(em, scope, intent, eventId);
  }

  applyPaymentFailed(
    em: EntityManager,
    intent: Stripe.PaymentIntent,
    eventId: string,
  ): Promise<AppliedEvent> {
    return this.events.applyPaymentFailed(em, intent, eventId);
  }

  applyPaymentCanceled(
    em: EntityManager,
    scope: TenantScope,
    intent: Stripe.PaymentIntent,
    eventId: string,
  ): Promise<AppliedEvent> {
    return this.events.applyPaymentCanceled(em, scope, intent, eventId);
  }

  applyChargeRefunded(em: EntityManager, charge: Stripe.Charge, eventId: string): Promise<AppliedEvent> {
    return this.events.applyChargeRefunded(em, charge, eventId);
  }

  applyDispute(em: EntityManager, dispute: Stripe.Dispute, eventId: string): Promise<AppliedEvent> {
    return this.events.applyDispute(em, dispute, eventId);
  }

  // After payment (order-notifications.ts)

  announcePaid(scope: TenantScope, orderId: string): Promise<void> {
    return this.notifications.announcePaid(scope, orderId);
  }
}
