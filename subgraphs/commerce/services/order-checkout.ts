/**
 * Pending orders, as the checkout creates them: the order with its number and stock reservation,
 * its PaymentIntent on the tenant's connected account, and the sweep that expires the unpaid ones.
 */
import { createHash, randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { z } from 'zod';
import {
  type EntityManager,
  type SubgraphDb,
  type TenantScope,
  withPlatform,
  withTenant,
} from '../../../core/db.js';
import { AppError, conflict } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import type { Plans } from '../../../core/plans.js';
import { CommerceSettingsSchema, type Order, OrderSchema } from '../entities/orders.js';
import {
  type Cause,
  findOrder,
  type OrderInventory,
  type OrderTimeline,
  releaseStock,
  uuidv7,
} from './order-state.js';
import { callStripe, type PlanLookup, requireStripe } from './stripe-client.js';

/** The first order number of every tenant. */
export const FIRST_ORDER_NUMBER = 1001;

/**
 * The stock reservation outlives the order's own expiry by this much, so the order sweep
 * (`expireAllDue`: cancel the PaymentIntent, then release) runs before inventory's own expiry
 * sweep, which stays the backstop for abandoned reservations.
 */
export const RESERVATION_GRACE_MS = 10 * 60_000;

const MAX_AMOUNT = 100_000_000_00;
const money = (field: string) =>
  z
    .number()
    .int(`${field} must be whole minor units`)
    .min(0, `${field} must be zero or more`)
    .max(MAX_AMOUNT, `${field} is too large`);

const lineInput = z.object({
  variantId: z.string().uuid('variantId must be a UUID'),
  sku: z.string().trim().min(1, 'sku must not be empty').max(100),
  title: z.string().trim().min(1, 'title must not be empty').max(300),
  unitPrice: money('unitPrice'),
  quantity: z
    .number()
    .int('quantity must be a whole number')
    .min(1, 'quantity must be at least 1')
    .max(10_000),
});

const addressInput = z.object({
  name: z.string().trim().min(1).max(200),
  line1: z.string().trim().min(1).max(300),
  line2: z.string().trim().max(300).nullish(),
  postalCode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  region: z.string().trim().max(100).nullish(),
  country: z.string().regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code like DE'),
  phone: z.string().trim().max(40).nullish(),
});

const createPendingInput = z
  .object({
    lines: z.array(lineInput).min(1, 'An order needs at least one line').max(250),
    currency: z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code like EUR'),
    subtotalAmount: money('subtotalAmount'),
    discountAmount: money('discountAmount'),
    taxAmount: money('taxAmount'),
    /** Tax already contained in the prices (then it is not added to the total). */
    taxInclusive: z.boolean(),
    shippingAmount: money('shippingAmount'),
    totalAmount: money('totalAmount'),
    customerEmail: z.string().trim().toLowerCase().email('customerEmail must be an email address').max(254),
    shippingAddress: addressInput.nullish(),
    visitorHash: z.string().max(128).nullish(),
    reservationExpiresAt: z.date(),
  })
  .superRefine((o, ctx) => {
    const subtotal = o.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
    if (subtotal !== o.subtotalAmount) {
      ctx.addIssue({
        code: 'custom',
        path: ['subtotalAmount'],
        message: `must be the sum of the lines (${subtotal})`,
      });
    }
    if (o.discountAmount > o.subtotalAmount) {
      ctx.addIssue({ code: 'custom', path: ['discountAmount'], message: 'must not exceed the subtotal' });
    }
    const total = o.subtotalAmount - o.discountAmount + o.shippingAmount + (o.taxInclusive ? 0 : o.taxAmount);
    if (total !== o.totalAmount) {
      ctx.addIssue({ code: 'custom', path: ['totalAmount'], message: `must be ${total} for these amounts` });
    }
  });

/** What the checkout passes to `OrderService.createPending` (amounts in integer minor units). */
export type CreatePendingOrderInput = z.input<typeof createPendingInput>;

export const hashOrderToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** Cancels the order's PaymentIntent; false when Stripe says it can no longer be cancelled (it succeeded). */
export async function cancelPaymentIntent(client: Stripe | null, order: Order): Promise<boolean> {
  const stripe = requireStripe(client);
  try {
    await stripe.paymentIntents.cancel(
      order.paymentIntentId!,
      {},
      {
        stripeAccount: order.stripeAccountId ?? undefined,
        idempotencyKey: `webhaze-order-${order.id}-cancel`,
      },
    );
    return true;
  } catch (err) {
    if (err instanceof Stripe.errors.StripeError && err.code === 'payment_intent_unexpected_state') {
      const intent = await callStripe(() =>
        stripe.paymentIntents.retrieve(
          order.paymentIntentId!,
          {},
          { stripeAccount: order.stripeAccountId ?? undefined },
        ),
      );
      return intent.status === 'canceled';
    }
    return callStripe(() => Promise.reject(err));
  }
}

export class OrderCheckout {
  constructor(
    private readonly db: SubgraphDb,
    private readonly inventory: OrderInventory,
    private readonly stripe: Stripe | null,
    private readonly plans: Plans,
    private readonly planOf: PlanLookup,
    private readonly timeline: OrderTimeline,
    private readonly now: () => Date,
  ) {}

  /**
   * Creates a pending order with the next order number and reserves its stock (reservation id =
   * order id) in one transaction: both happen or neither. Pass `tx` (a `withTenant` transaction of
   * the same tenant) to make it part of the caller's transaction. The amounts are checked for
   * consistency (subtotal = Σ lines, total = subtotal − discount + shipping (+ tax unless
   * inclusive)) but computed by the caller (the cart). Not enough stock → CONFLICT from inventory.
   * Returns the order and the visitor's access token (shown once; only its hash is stored).
   */
  async createPending(
    scope: TenantScope,
    input: CreatePendingOrderInput,
    cause: Cause = { kind: 'system', reason: 'checkout' },
    tx?: EntityManager,
  ): Promise<{ order: Order; accessToken: string }> {
    const data = parseInput(createPendingInput, input);
    const run = <T>(fn: (em: EntityManager) => Promise<T>) => (tx ? fn(tx) : withTenant(this.db, scope, fn));
    const accessToken = randomBytes(24).toString('base64url');
    return run(async (em) => {
      const tenantId = scope.tenantId!;
      const [counter] = await em.execute<{ last_number: number }[]>(
        `insert into commerce.order_number_counter (tenant_id, last_number) values (?, ?)
         on conflict (tenant_id) do update set last_number = commerce.order_number_counter.last_number + 1
         returning last_number`,
        [tenantId, FIRST_ORDER_NUMBER],
      );
      const at = this.now();
      const order = em.create(OrderSchema, {
        id: uuidv7(at.getTime()),
        tenantId,
        number: counter!.last_number,
        status: 'pending',
        disputed: false,
        currency: data.currency,
        subtotalAmount: data.subtotalAmount,
        discountAmount: data.discountAmount,
        taxAmount: data.taxAmount,
        shippingAmount: data.shippingAmount,
        totalAmount: data.totalAmount,
        refundedAmount: 0,
        applicationFeeAmount: null,
        lines: data.lines.map((l) => ({ ...l })),
        customerEmail: data.customerEmail,
        shippingAddress: data.shippingAddress ?? null,
        visitorHash: data.visitorHash ?? null,
        paymentIntentId: null,
        stripeAccountId: null,
        accessTokenHash: hashOrderToken(accessToken),
        inventoryState: 'reserved',
        reservationExpiresAt: data.reservationExpiresAt,
        trackingCarrier: null,
        trackingNumber: null,
        trackingUrl: null,
        paidAt: null,
        fulfilledAt: null,
        closedAt: null,
        createdAt: at,
        updatedAt: at,
      });
      // The order row first: the timeline references it (no ORM relation orders the inserts).
      await em.flush();
      this.timeline.record(em, order, 'created', cause, { toStatus: 'pending', amount: order.totalAmount });
      await em.flush();
      await this.inventory.reserve(
        scope,
        {
          reservationId: order.id,
          lines: data.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
          expiresAt: new Date(data.reservationExpiresAt.getTime() + RESERVATION_GRACE_MS),
        },
        em,
      );
      return { order, accessToken };
    });
  }

  /**
   * Creates (or, for the same order and amount, returns again) the order's PaymentIntent on the
   * tenant's connected account: automatic payment methods, the plan's application fee, an
   * idempotency key derived from the order id and amount. Returns the client secret for Stripe's
   * Payment Element. CONFLICT when the order is not pending or the tenant cannot take payments yet.
   */
  async createPaymentIntent(
    scope: TenantScope,
    orderId: string,
  ): Promise<{ paymentIntentId: string; clientSecret: string; applicationFeeAmount: number }> {
    const stripe = requireStripe(this.stripe);
    const { order, settings } = await withTenant(this.db, scope, async (em) => ({
      order: await findOrder(em, orderId),
      settings: await em.findOne(CommerceSettingsSchema, { tenantId: scope.tenantId! }),
    }));
    if (order.status !== 'pending') throw conflict(`Order #${order.number} is ${order.status}, not pending`);
    if (!settings?.stripeAccountId || !settings.chargesEnabled) {
      throw conflict('The store cannot take payments yet: finish Stripe onboarding first', {
        reason: 'STRIPE_NOT_CONNECTED',
      });
    }
    const accountId = settings.stripeAccountId;
    const plan = this.plans.get(await this.planOf(scope.tenantId!));
    const fee = Math.floor((order.totalAmount * plan.applicationFeeBps) / 10_000);
    const intent = await callStripe(() =>
      stripe.paymentIntents.create(
        {
          amount: order.totalAmount,
          currency: order.currency.toLowerCase(),
          automatic_payment_methods: { enabled: true },
          application_fee_amount: fee,
          receipt_email: order.customerEmail,
          description: `Order #${order.number}`,
          metadata: { orderId: order.id, tenantId: order.tenantId, orderNumber: String(order.number) },
        },
        {
          stripeAccount: accountId,
          idempotencyKey: `webhaze-order-${order.id}-pi-${order.totalAmount}-${order.currency}`,
        },
      ),
    );
    await withTenant(this.db, scope, async (em) => {
      const locked = await findOrder(em, orderId, true);
      if (locked.paymentIntentId && locked.paymentIntentId !== intent.id) {
        throw conflict(`Order #${locked.number} already has another payment`);
      }
      locked.paymentIntentId = intent.id;
      locked.stripeAccountId = accountId;
      locked.applicationFeeAmount = fee;
      locked.updatedAt = this.now();
      await em.flush();
    });
    if (!intent.client_secret)
      throw new AppError('INTERNAL_SERVER_ERROR', 'Stripe returned no client secret');
    return { paymentIntentId: intent.id, clientSecret: intent.client_secret, applicationFeeAmount: fee };
  }

  /** The platform sweep (`commerce.expire-orders`): `expireDue` for every tenant with due orders. */
  async expireAllDue(now = this.now()): Promise<number> {
    const tenants = await withPlatform(this.db, 'commerce: find tenants with expired pending orders', (em) =>
      em.execute<{ tenant_id: string }[]>(
        `select distinct tenant_id from commerce.orders
         where status = 'pending' and reservation_expires_at <= ?::timestamptz limit 1000`,
        [now.toISOString()],
      ),
    );
    let expired = 0;
    for (const { tenant_id: tenantId } of tenants) {
      try {
        expired += (await this.expireDue({ tenantId }, now)).length;
      } catch (err) {
        // One tenant's Stripe trouble must not stop the others; the next sweep tries again.
        logger().warn({ err: (err as Error).message, tenantId }, 'could not expire pending orders');
      }
    }
    return expired;
  }

  /**
   * Pending orders whose reservation ran out: the PaymentIntent is cancelled at Stripe first, then
   * the order expires and its stock is released. A payment Stripe reports as already succeeded is
   * left to its webhook (the order will be paid). Returns the expired order ids.
   */
  async expireDue(scope: TenantScope, now = this.now()): Promise<string[]> {
    const due = await withTenant(this.db, scope, (em) =>
      em.find(OrderSchema, { status: 'pending', reservationExpiresAt: { $lte: now } }, { limit: 200 }),
    );
    const expired: string[] = [];
    for (const order of due) {
      if (order.paymentIntentId && this.stripe && !(await cancelPaymentIntent(this.stripe, order))) continue;
      const done = await withTenant(this.db, scope, async (em) => {
        const locked = await findOrder(em, order.id, true);
        if (locked.status !== 'pending' || locked.paidAt) return false;
        this.timeline.transition(em, locked, 'expired', { kind: 'system', reason: 'reservation expired' });
        locked.closedAt = this.now();
        await releaseStock(this.inventory, em, scope, locked, 'expired');
        await em.flush();
        return true;
      });
      if (done) expired.push(order.id);
    }
    return expired;
  }
}
