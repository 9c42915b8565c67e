import Stripe from 'stripe';
import { z } from 'zod';
import type { Config } from '../../../core/config.js';
import { internalContext, type RequestContext } from '../../../core/context.js';
import {
  type EntityManager,
  platformQuery,
  type SubgraphDb,
  withPlatform,
  withTenant,
} from '../../../core/db.js';
import { AppError, badInput, conflict } from '../../../core/errors.js';
import type { EventBus } from '../../../core/events.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import type { Plan, Plans } from '../../../core/plans.js';
import { callStripe, createStripe, requireStripe } from '../../../core/stripe.js';
import { TenantSchema } from '../entities/auth.js';
import { type BillingStatus, type TenantBilling, TenantBillingSchema } from '../entities/keys-billing.js';
import type { AuditLog } from './audit.js';
import { assertStoredPermission } from './member-role.js';
import { announceTenantChange } from './platform-admin.js';

/** What the `billing` query shows. */
export interface BillingView {
  plan: Plan;
  status: BillingStatus;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
}

/** What a webhook delivery answers: Stripe retries anything but 2xx. */
export interface WebhookOutcome {
  status: number;
  body: Record<string, unknown>;
}

const WEBHOOK_TOLERANCE_SECONDS = 300;
const KNOWN_STATUSES: readonly BillingStatus[] = [
  'incomplete',
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'canceled',
];
/** Subscription states in which the paid plan's limits apply. */
const PAID_STATUSES = new Set<BillingStatus>(['trialing', 'active', 'past_due']);

/** The auth subgraph's Stripe client (core/stripe.ts), or null when Stripe is not configured. */
export function createStripeClient(config: Config): Stripe | null {
  return createStripe(config, 'WebHaze');
}

const planInput = z.string().trim().min(1, 'Name a plan').max(32);

/**
 * Platform subscriptions through Stripe: checkout, plan changes, cancellation, and the webhook
 * that is the source of truth for the tenant's plan and billing status.
 * Stripe is never called inside a database transaction.
 */
export class BillingService {
  private readonly webhookVerifier: Stripe;

  constructor(
    private readonly db: SubgraphDb,
    private readonly audit: AuditLog,
    private readonly events: EventBus,
    private readonly config: Config,
    private readonly plans: Plans,
    private readonly stripe: Stripe | null,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Signature checks need no API key; a client without one is enough to verify.
    this.webhookVerifier = stripe ?? new Stripe('sk_webhook_verification_only');
  }

  async billing(ctx: RequestContext): Promise<BillingView> {
    const { plan, billing } = await withTenant(this.db, ctx, async (em) => ({
      plan: (await em.findOneOrFail(TenantSchema, { id: ctx.tenantId! })).plan,
      billing: await em.findOne(TenantBillingSchema, { tenantId: ctx.tenantId! }),
    }));
    return {
      plan: this.plans.get(plan),
      status: billing?.status ?? 'none',
      currentPeriodEnd: billing?.currentPeriodEnd ?? null,
      cancelAtPeriodEnd: billing?.cancelAtPeriodEnd ?? false,
    };
  }

  /** Every plan of the platform's plans file, in its order. */
  plansOnOffer(): Plan[] {
    return this.plans.all();
  }

  /** A Stripe Checkout Session for the plan, in subscription mode; returns its URL. */
  async startCheckout(ctx: RequestContext, planId: unknown): Promise<{ url: string }> {
    const stripe = this.requireStripe();
    const plan = this.paidPlan(planId);
    const { tenant, billing } = await this.tenantAndBilling(ctx);
    if (billing?.stripeSubscriptionId && billing.status !== 'canceled') {
      throw conflict('The tenant already has a subscription: change its plan instead', { field: 'plan' });
    }
    let customerId = billing?.stripeCustomerId ?? null;
    if (!customerId) {
      const customer = await callStripe(() =>
        stripe.customers.create(
          { name: tenant.name, metadata: { tenantId: tenant.id, tenantSlug: tenant.slug } },
          { idempotencyKey: `webhaze-customer-${tenant.id}` },
        ),
      );
      customerId = customer.id;
      await withTenant(this.db, ctx, async (em) => {
        await this.upsertBilling(em, tenant.id, { stripeCustomerId: customerId });
        await em.flush();
      });
    }
    const base = `${this.config.publicUrl}/editor/settings/billing`;
    const session = await callStripe(() =>
      stripe.checkout.sessions.create({
        mode: 'subscription',
        customer: customerId,
        client_reference_id: tenant.id,
        line_items: [{ price: plan.stripePriceId!, quantity: 1 }],
        subscription_data: { metadata: { tenantId: tenant.id, plan: plan.id } },
        metadata: { tenantId: tenant.id, plan: plan.id },
        success_url: `${base}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${base}?checkout=canceled`,
      }),
    );
    if (!session.url) throw new AppError('INTERNAL_SERVER_ERROR', 'Stripe returned no checkout URL');
    return { url: session.url };
  }

  /** Upgrades or downgrades the subscription's one item to the plan's price (prorated). */
  async changePlan(ctx: RequestContext, planId: unknown): Promise<BillingView> {
    const stripe = this.requireStripe();
    const plan = this.paidPlan(planId);
    const { billing } = await this.tenantAndBilling(ctx);
    const subscriptionId = this.activeSubscription(billing);
    const subscription = await callStripe(() =>
      stripe.subscriptions.update(subscriptionId, {
        items: [{ id: billing!.stripeSubscriptionItemId!, price: plan.stripePriceId! }],
        proration_behavior: 'create_prorations',
        cancel_at_period_end: false,
        metadata: { tenantId: ctx.tenantId!, plan: plan.id },
      }),
    );
    await this.applyFromApi(ctx, subscription);
    return this.billing(ctx);
  }

  /** Cancels at the end of the paid period; the `deleted` webhook then moves the tenant to the free plan. */
  async cancelSubscription(ctx: RequestContext): Promise<BillingView> {
    const stripe = this.requireStripe();
    const { billing } = await this.tenantAndBilling(ctx);
    const subscriptionId = this.activeSubscription(billing);
    const subscription = await callStripe(() =>
      stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true }),
    );
    await this.applyFromApi(ctx, subscription);
    return this.billing(ctx);
  }

  /**
   * `/webhooks/stripe/billing`: verifies the signature on the raw bytes, stores the event id once
   * (a replay does nothing) and applies subscription and invoice events, all in one transaction.
   */
  async handleWebhook(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
    const secret = this.config.STRIPE_BILLING_WEBHOOK_SECRET;
    if (!secret) return { status: 503, body: { error: 'billing webhooks are not configured' } };
    if (!signature) return { status: 400, body: { error: 'missing stripe-signature header' } };
    let event: Stripe.Event;
    try {
      event = this.webhookVerifier.webhooks.constructEvent(
        rawBody,
        signature,
        secret,
        WEBHOOK_TOLERANCE_SECONDS,
      );
    } catch (err) {
      logger().warn({ err: (err as Error).message }, 'refused a billing webhook');
      return { status: 400, body: { error: 'signature verification failed' } };
    }
    const changedTenants: string[] = [];
    const outcome = await withPlatform(this.db, 'stripe billing webhook', async (em) => {
      const inserted = await em.execute<{ id: string }[]>(
        'insert into auth.stripe_event (id, type) values (?, ?) on conflict (id) do nothing returning id',
        [event.id, event.type],
      );
      if (inserted.length === 0) return { status: 200, body: { received: true, duplicate: true } };
      switch (event.type) {
        case 'customer.subscription.created':
        case 'customer.subscription.updated':
        case 'customer.subscription.deleted': {
          const tenantId = await this.applySubscription(
            em,
            event.data.object,
            event.type,
            event.id,
            new Date(event.created * 1000),
          );
          if (tenantId) changedTenants.push(tenantId);
          break;
        }
        case 'invoice.payment_failed': {
          const tenantId = await this.applyPaymentFailed(em, event.data.object, event.id);
          if (tenantId) changedTenants.push(tenantId);
          break;
        }
        default:
          break;
      }
      await em.flush();
      return { status: 200, body: { received: true } };
    });
    for (const tenantId of changedTenants) await announceTenantChange(this.events, tenantId);
    return outcome;
  }

  private async applyFromApi(ctx: RequestContext, subscription: Stripe.Subscription): Promise<void> {
    const tenantId = await withPlatform(this.db, 'billing change from the API', async (em) => {
      const changed = await this.applySubscription(em, subscription, 'api', null, this.now(), ctx);
      await em.flush();
      return changed;
    });
    if (tenantId) await announceTenantChange(this.events, tenantId);
  }

  /** Writes the subscription's plan and status to the tenant; returns the tenant id when its plan changed. */
  private async applySubscription(
    em: EntityManager,
    subscription: Stripe.Subscription,
    source: string,
    eventId: string | null,
    occurredAt: Date,
    ctx?: RequestContext,
  ): Promise<string | null> {
    const customerId = idOf(subscription.customer);
    const tenantId = await this.tenantOf(em, subscription.metadata?.tenantId, customerId);
    if (!tenantId) {
      logger().warn({ subscription: subscription.id, source }, 'a subscription for no known tenant');
      return null;
    }
    const tenant = await em.findOneOrFail(TenantSchema, { id: tenantId }, platformQuery);
    const item = subscription.items?.data?.[0];
    const status: BillingStatus =
      source === 'customer.subscription.deleted' ? 'canceled' : statusOf(subscription.status);
    const pricePlan = item ? this.plans.byPriceId(item.price.id) : null;
    const plan = PAID_STATUSES.has(status) ? (pricePlan?.id ?? tenant.plan) : this.plans.defaultPlan;
    const periodEnd = item?.current_period_end ?? null;
    const current = await this.billingOf(em, tenantId);
    // Stripe does not guarantee delivery order: a change older than the last one applied is stale.
    // (Event times are whole seconds, so only a strictly older second is skipped.)
    const changeSecond = Math.floor(occurredAt.getTime() / 1000);
    if (current?.lastChangeAt && changeSecond < Math.floor(current.lastChangeAt.getTime() / 1000)) {
      logger().info({ subscription: subscription.id, eventId }, 'ignored an out-of-order subscription event');
      return null;
    }
    const before = { plan: tenant.plan, status: current?.status ?? 'none' };
    await this.upsertBilling(em, tenantId, {
      stripeCustomerId: customerId,
      stripeSubscriptionId: subscription.id,
      stripeSubscriptionItemId: item?.id ?? null,
      status,
      currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
      cancelAtPeriodEnd: subscription.cancel_at_period_end === true,
      lastChangeAt: occurredAt,
    });
    tenant.plan = plan;
    if (before.plan !== plan || before.status !== status) {
      this.audit.add(em, ctx ?? internalContext('stripe-webhook', tenantId), {
        action: 'billing.changed',
        tenantId,
        target: subscription.id,
        detail: { source, eventId, from: before, to: { plan, status } },
      });
    }
    return before.plan !== plan ? tenantId : null;
  }

  private async applyPaymentFailed(em: EntityManager, invoice: Stripe.Invoice, eventId: string) {
    const customerId = idOf(invoice.customer);
    const tenantId = await this.tenantOf(em, undefined, customerId);
    if (!tenantId) return null;
    const billing = await this.billingOf(em, tenantId);
    if (!billing || billing.status === 'past_due') return null;
    const from = billing.status;
    billing.status = 'past_due';
    billing.updatedAt = this.now();
    this.audit.add(em, internalContext('stripe-webhook', tenantId), {
      action: 'billing.changed',
      tenantId,
      target: invoice.id ?? null,
      detail: {
        source: 'invoice.payment_failed',
        eventId,
        from: { status: from },
        to: { status: 'past_due' },
      },
    });
    return null;
  }

  private async tenantOf(em: EntityManager, metadataTenant: string | undefined, customerId: string | null) {
    if (customerId) {
      const byCustomer = await em.findOne(
        TenantBillingSchema,
        { stripeCustomerId: customerId },
        platformQuery,
      );
      if (byCustomer) return byCustomer.tenantId;
    }
    if (metadataTenant && z.string().uuid().safeParse(metadataTenant).success) {
      const tenant = await em.findOne(TenantSchema, { id: metadataTenant }, platformQuery);
      if (tenant) return tenant.id;
    }
    return null;
  }

  private billingOf(em: EntityManager, tenantId: string): Promise<TenantBilling | null> {
    return em.findOne(TenantBillingSchema, { tenantId }, platformQuery);
  }

  private async upsertBilling(em: EntityManager, tenantId: string, patch: Partial<TenantBilling>) {
    const existing = await this.billingOf(em, tenantId);
    if (existing) {
      Object.assign(existing, patch, { updatedAt: this.now() });
      return existing;
    }
    return em.create(TenantBillingSchema, {
      tenantId,
      stripeCustomerId: null,
      stripeSubscriptionId: null,
      stripeSubscriptionItemId: null,
      status: 'none',
      currentPeriodEnd: null,
      cancelAtPeriodEnd: false,
      lastChangeAt: null,
      ...patch,
      updatedAt: this.now(),
    });
  }

  /** Every billing operation starts here: the member's stored role must still allow it. */
  private tenantAndBilling(ctx: RequestContext) {
    return withTenant(this.db, ctx, async (em) => {
      await assertStoredPermission(em, ctx, 'billing:manage');
      return {
        tenant: await em.findOneOrFail(TenantSchema, { id: ctx.tenantId! }),
        billing: await em.findOne(TenantBillingSchema, { tenantId: ctx.tenantId! }),
      };
    });
  }

  private activeSubscription(billing: TenantBilling | null): string {
    if (
      !billing?.stripeSubscriptionId ||
      !billing.stripeSubscriptionItemId ||
      billing.status === 'canceled'
    ) {
      throw conflict('The tenant has no subscription yet: start a checkout first');
    }
    return billing.stripeSubscriptionId;
  }

  private paidPlan(planId: unknown): Plan {
    const id = parseInput(planInput, planId);
    if (!this.plans.has(id)) {
      const sold = this.plans
        .all()
        .filter((p) => p.stripePriceId)
        .map((p) => p.id);
      throw badInput(`plan: unknown plan "${id}"; choose one of ${sold.join(', ')}`, 'plan');
    }
    const plan = this.plans.get(id);
    if (!plan.stripePriceId) throw badInput(`plan: "${id}" is not sold through a subscription`, 'plan');
    return plan;
  }

  private requireStripe(): Stripe {
    return requireStripe(this.stripe, 'Billing');
  }
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

function statusOf(status: string): BillingStatus {
  if (status === 'incomplete_expired') return 'canceled';
  if (status === 'paused') return 'past_due';
  return (KNOWN_STATUSES as readonly string[]).includes(status) ? (status as BillingStatus) : 'incomplete';
}
