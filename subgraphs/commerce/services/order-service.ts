import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import Stripe from 'stripe';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import {
  type EntityManager,
  type SubgraphDb,
  type TenantScope,
  withPlatform,
  withTenant,
} from '../../../core/db.js';
import { AppError, badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import type { Plans } from '../../../core/plans.js';
import {
  CommerceSettingsSchema,
  type Order,
  type OrderEvent,
  type OrderEventKind,
  OrderEventSchema,
  type OrderRefund,
  OrderRefundSchema,
  OrderSchema,
  type OrderStatus,
} from '../entities-orders.js';
import type { CommitResult, InventoryService, ReReserveResult } from './inventory-service.js';
import { callStripe, type PlanLookup, requireStripe } from './stripe-client.js';

/** What caused a change: a Stripe event, a member (or API key), or WebHaze itself. */
export type Cause =
  | { kind: 'stripe'; eventId: string }
  | { kind: 'user'; userId: string | null; actor: string }
  | { kind: 'system'; reason: string };

/** The inventory operations orders need (InventoryService; the order id is the reservation id). */
export type OrderInventory = Pick<InventoryService, 'reserve' | 'commit' | 'release' | 'reReserveAndCommit'>;

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

const refundInput = z.object({
  amount: z.number().int('amount must be whole minor units').min(1, 'amount must be at least 1').nullish(),
  reason: z.string().trim().max(500).nullish(),
});

/** Statuses from which a payment can be refunded. */
const REFUNDABLE = new Set<OrderStatus>(['paid', 'fulfilled', 'partially_refunded']);

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

export const hashOrderToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export function causeOf(ctx: RequestContext): Cause {
  const actor = ctx.actor;
  if (actor.kind === 'user') return { kind: 'user', userId: actor.userId, actor: 'user' };
  if (actor.kind === 'apiKey') return { kind: 'user', userId: null, actor: `api-key:${actor.keyId}` };
  return { kind: 'system', reason: actor.kind === 'internal' ? actor.service : 'anonymous' };
}

/** What the Stripe webhook pipeline learned from applying an event to an order. */
export interface AppliedEvent {
  orderId: string | null;
  /** True when this event moved the order to paid (the confirmation email goes out once). */
  paidNow: boolean;
}

/**
 * Orders: creation for checkout, the payment state machine fed by Stripe Connect webhooks,
 * and the tenant's order operations. Every status change and money movement adds a timeline entry
 * in the same transaction. Stripe is never called inside a database transaction.
 */
export class OrderService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly inventory: OrderInventory,
    private readonly stripe: Stripe | null,
    private readonly plans: Plans,
    private readonly planOf: PlanLookup,
    private readonly jobs: Pick<JobQueue, 'enqueue'> | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // -------------------------------------------------------------------------------------------
  // Checkout API

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
      this.record(em, order, 'created', cause, { toStatus: 'pending', amount: order.totalAmount });
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
      order: await this.find(em, orderId),
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
      const locked = await this.find(em, orderId, true);
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
      if (order.paymentIntentId && this.stripe && !(await this.cancelIntent(order))) continue;
      const done = await withTenant(this.db, scope, async (em) => {
        const locked = await this.find(em, order.id, true);
        if (locked.status !== 'pending' || locked.paidAt) return false;
        this.transition(em, locked, 'expired', { kind: 'system', reason: 'reservation expired' });
        locked.closedAt = this.now();
        await this.releaseStock(em, scope, locked, 'expired');
        await em.flush();
        return true;
      });
      if (done) expired.push(order.id);
    }
    return expired;
  }

  // -------------------------------------------------------------------------------------------
  // Tenant API

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
    return withTenant(this.db, ctx, (em) => this.find(em, id));
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

  /** paid / partially refunded → fulfilled, with the shipment's tracking. */
  async fulfil(ctx: RequestContext, id: string, input: unknown): Promise<Order> {
    const data = parseInput(fulfilInput, input);
    return withTenant(this.db, ctx, async (em) => {
      const order = await this.find(em, id, true);
      if (order.status !== 'paid' && order.status !== 'partially_refunded') {
        throw conflict(`Order #${order.number} is ${order.status}: only paid orders can be fulfilled`);
      }
      order.trackingCarrier = data.carrier;
      order.trackingNumber = data.trackingNumber;
      order.trackingUrl = data.trackingUrl ?? null;
      order.fulfilledAt = this.now();
      this.transition(em, order, 'fulfilled', causeOf(ctx), {
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
    const order = await this.order(ctx, id);
    if (order.status === 'cancelled') return order;
    if (order.status !== 'pending') {
      throw conflict(
        `Order #${order.number} is ${order.status}: only pending orders can be cancelled (refund a paid one)`,
      );
    }
    if (order.paymentIntentId) {
      requireStripe(this.stripe);
      if (!(await this.cancelIntent(order))) {
        throw conflict(`The payment of order #${order.number} already went through: refund it instead`);
      }
    }
    return withTenant(this.db, ctx, async (em) => {
      const locked = await this.find(em, id, true);
      if (locked.status !== 'pending' || locked.paidAt) {
        if (locked.status === 'cancelled') return locked;
        throw conflict(`Order #${locked.number} is ${locked.status} now`);
      }
      this.transition(em, locked, 'cancelled', causeOf(ctx));
      locked.closedAt = this.now();
      await this.releaseStock(em, ctx, locked, 'cancelled');
      await em.flush();
      return locked;
    });
  }

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
      const order = await this.find(em, id, true);
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
    return this.order(ctx, id);
  }

  /** Sends every refund of the order still pending to Stripe (after a crash or a stock shortage). */
  async settlePendingRefunds(scope: TenantScope, orderId: string, cause: Cause): Promise<void> {
    const pending = await withTenant(this.db, scope, (em) =>
      em.find(OrderRefundSchema, { orderId, status: 'pending' }, { orderBy: { createdAt: 'asc' } }),
    );
    for (const refund of pending) await this.executeRefund(scope, refund.id, cause);
  }

  // -------------------------------------------------------------------------------------------
  // Stripe events (called by the webhook pipeline inside its tenant transaction)

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
    this.transition(em, order, 'paid', cause, { amount: intent.amount_received ?? intent.amount });
    await em.flush();
    let stock: CommitResult | ReReserveResult = await this.inventory.commit(scope, order.id, em);
    if (stock === 'released') {
      stock = await this.inventory.reReserveAndCommit(scope, order.id, em);
      if (stock === 'committed') {
        this.record(em, order, 'inventory', cause, {
          detail: { outcome: 're-reserved', reason: 'paid after release' },
        });
      }
    }
    if (stock === 'committed' || stock === 'already') {
      order.inventoryState = 'committed';
    } else if (stock === 'missing') {
      order.inventoryState = 'missing';
      this.record(em, order, 'inventory', cause, { detail: { outcome: 'no reservation' } });
    } else {
      order.inventoryState = 'insufficient';
      const remaining = order.totalAmount - order.refundedAmount;
      this.record(em, order, 'inventory', cause, {
        amount: remaining,
        detail: { outcome: 'insufficient stock', action: remaining > 0 ? 'full refund' : 'none' },
      });
      if (remaining > 0) this.newRefund(em, order, remaining, 'stock_shortage', 0, cause, 'stock-shortage');
    }
    this.applyRefundStatus(em, order, cause);
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
      this.record(
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
      this.transition(
        em,
        order,
        'cancelled',
        { kind: 'stripe', eventId },
        { reason: intent.cancellation_reason ?? null },
      );
      order.closedAt = this.now();
      await em.flush();
      await this.releaseStock(em, scope, order, 'payment canceled');
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
      this.record(em, order, 'refund', cause, {
        amount: refunded - order.refundedAmount,
        detail: { cumulative: refunded, chargeId: charge.id },
      });
      order.refundedAmount = refunded;
      order.updatedAt = this.now();
    }
    this.applyRefundStatus(em, order, cause);
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
      this.record(
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

  /**
   * Queues the order confirmation email and the analytics purchase once the order is paid (job ids
   * per order, so a retried webhook job does not queue them twice while the queue remembers them).
   */
  async announcePaid(scope: TenantScope, orderId: string): Promise<void> {
    if (!this.jobs) return;
    const order = await withTenant(this.db, scope, (em) => em.findOne(OrderSchema, { id: orderId }));
    // An order refunded at once for lack of stock gets no confirmation (its timeline says why).
    if (!order?.paidAt || order.inventoryState === 'insufficient') return;
    await this.jobs.enqueue(
      'email.send',
      {
        tenantId: order.tenantId,
        to: order.customerEmail,
        template: 'order-confirmation',
        data: {
          orderNumber: `#${order.number}`,
          total: formatMoney(order.totalAmount, order.currency),
          items: order.lines.map((l) => `${l.quantity} × ${l.title}`).join(', '),
        },
      },
      { jobId: `order-confirmation-${order.id}` },
    );
    await this.jobs.enqueue(
      'analytics.purchase',
      {
        tenantId: order.tenantId,
        orderId: order.id,
        amountMinor: order.totalAmount,
        currency: order.currency,
        visitorHash: order.visitorHash,
        at: order.paidAt.toISOString(),
      },
      { jobId: `purchase-${order.id}` },
    );
  }

  // -------------------------------------------------------------------------------------------

  private async find(em: EntityManager, id: string, lock = false): Promise<Order> {
    if (!isUuid(id)) throw notFound('Order');
    const order = await em.findOne(OrderSchema, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!order) throw notFound('Order');
    return order;
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

  /** After a refund amount or a payment changed: paid-ish statuses follow the refunded amount. */
  private applyRefundStatus(em: EntityManager, order: Order, cause: Cause): void {
    if (!order.paidAt || order.refundedAmount <= 0) return;
    if (!REFUNDABLE.has(order.status) && order.status !== 'refunded') return;
    const target: OrderStatus = order.refundedAmount >= order.totalAmount ? 'refunded' : 'partially_refunded';
    if (order.status === target || order.status === 'refunded') return;
    this.transition(em, order, target, cause, { refunded: order.refundedAmount });
  }

  private async releaseStock(em: EntityManager, scope: TenantScope, order: Order, reason: string) {
    const result = await this.inventory.release(scope, order.id, reason, em);
    order.inventoryState =
      result === 'committed' ? 'committed' : result === 'missing' ? 'missing' : 'released';
  }

  /** Cancels the order's PaymentIntent; false when Stripe says it can no longer be cancelled (it succeeded). */
  private async cancelIntent(order: Order): Promise<boolean> {
    const stripe = requireStripe(this.stripe);
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

  private newRefund(
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
      return { refund, order: await this.find(em, refund.orderId) };
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
        const locked = await this.find(em, row.orderId, true);
        this.record(em, locked, 'note', cause, {
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
      const locked = await this.find(em, row.orderId, true);
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
        this.record(em, locked, 'refund', cause, {
          amount: refunded - locked.refundedAmount,
          detail: { refundId: row.id, stripeRefundId: stripeRefund.id, reason: row.reason },
        });
        locked.refundedAmount = refunded;
      }
      this.applyRefundStatus(em, locked, cause);
      locked.updatedAt = this.now();
      await em.flush();
    });
  }

  private transition(
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

  private record(
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
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 100);
  } catch {
    logger().debug({ currency }, 'unknown currency for formatting');
    return `${(amount / 100).toFixed(2)} ${currency}`;
  }
}
