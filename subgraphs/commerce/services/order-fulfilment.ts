/** The tenant's operations on an order's way out: fulfil a paid order (with tracking), cancel an unpaid one. */
import type Stripe from 'stripe';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { conflict } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import type { Order } from '../entities/orders.js';
import { cancelPaymentIntent } from './order-checkout.js';
import { causeOf, findOrder, type OrderInventory, type OrderTimeline, releaseStock } from './order-state.js';
import { requireStripe } from './stripe-client.js';

const fulfilInput = z.object({
  carrier: z.string().trim().min(1, 'carrier must not be empty').max(100),
  trackingNumber: z.string().trim().min(1, 'trackingNumber must not be empty').max(100),
  trackingUrl: z
    .string()
    .url('trackingUrl must be an absolute URL')
    .max(2000)
    .refine((u) => /^https?:/i.test(u), 'trackingUrl must be http(s)')
    .nullish(),
});

export class OrderFulfilment {
  constructor(
    private readonly db: SubgraphDb,
    private readonly inventory: OrderInventory,
    private readonly stripe: Stripe | null,
    private readonly timeline: OrderTimeline,
    private readonly now: () => Date,
  ) {}

  /** paid / partially refunded → fulfilled, with the shipment's tracking. */
  async fulfil(ctx: RequestContext, id: string, input: unknown): Promise<Order> {
    const data = parseInput(fulfilInput, input);
    return withTenant(this.db, ctx, async (em) => {
      const order = await findOrder(em, id, true);
      if (order.status !== 'paid' && order.status !== 'partially_refunded') {
        throw conflict(`Order #${order.number} is ${order.status}: only paid orders can be fulfilled`);
      }
      order.trackingCarrier = data.carrier;
      order.trackingNumber = data.trackingNumber;
      order.trackingUrl = data.trackingUrl ?? null;
      order.fulfilledAt = this.now();
      this.timeline.transition(em, order, 'fulfilled', causeOf(ctx), {
        carrier: data.carrier,
        trackingNumber: data.trackingNumber,
      });
      await em.flush();
      return order;
    });
  }

  /**
   * Cancels an unpaid order: the PaymentIntent is cancelled at Stripe first, then the order is
   * cancelled and its stock released. A paid order is not cancelled here (CONFLICT): refund it.
   * Cancelling a cancelled order returns it unchanged.
   */
  async cancel(ctx: RequestContext, id: string): Promise<Order> {
    const order = await withTenant(this.db, ctx, (em) => findOrder(em, id));
    if (order.status === 'cancelled') return order;
    if (order.status !== 'pending') {
      throw conflict(
        `Order #${order.number} is ${order.status}: only pending orders can be cancelled (refund a paid one)`,
      );
    }
    if (order.paymentIntentId) {
      requireStripe(this.stripe);
      if (!(await cancelPaymentIntent(this.stripe, order))) {
        throw conflict(`The payment of order #${order.number} already went through: refund it instead`);
      }
    }
    return withTenant(this.db, ctx, async (em) => {
      const locked = await findOrder(em, id, true);
      if (locked.status !== 'pending' || locked.paidAt) {
        if (locked.status === 'cancelled') return locked;
        throw conflict(`Order #${locked.number} is ${locked.status} now`);
      }
      this.timeline.transition(em, locked, 'cancelled', causeOf(ctx));
      locked.closedAt = this.now();
      await releaseStock(this.inventory, em, ctx, locked, 'cancelled');
      await em.flush();
      return locked;
    });
  }
}
