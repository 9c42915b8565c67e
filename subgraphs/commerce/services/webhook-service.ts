import Stripe from 'stripe';
import type { Config } from '../../../core/config.js';
import { type SubgraphDb, withPlatform, withTenant } from '../../../core/db.js';
import { isUuid } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import type { OrderService } from './order-service.js';
import type { AppliedEvent } from './payment-events.js';
import { StripeConnectService } from './stripe-connect-service.js';

/** What a webhook delivery answers: Stripe retries anything but 2xx. */
export interface WebhookOutcome {
  status: number;
  body: Record<string, unknown>;
}

/** Stripe's default tolerance: a signature older than this is refused (replays of old deliveries). */
export const CONNECT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** The Connect events WebHaze acts on; everything else is stored and acknowledged. */
export const HANDLED_CONNECT_EVENTS = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'charge.refunded',
  'charge.dispute.created',
  'account.updated',
]);

interface StoredEventRow {
  id: string;
  type: string;
  payload: Stripe.Event;
  processed_at: Date | null;
}

/**
 * `/webhooks/stripe/connect`: the signature is checked on the raw bytes (the Connect endpoint's
 * own secret, Stripe's timestamp tolerance); each event is stored once by id, mapped to its tenant
 * through the connected account, and processed by a `commerce.stripe-event` job with retries.
 * Processing runs in one tenant transaction that also marks the event processed, so a retried or
 * replayed event changes nothing twice; the order state machine itself is arrival-order safe.
 */
export class ConnectWebhookService {
  private readonly verifier: Stripe;

  constructor(
    private readonly db: SubgraphDb,
    private readonly config: Pick<Config, 'STRIPE_CONNECT_WEBHOOK_SECRET'>,
    private readonly orders: OrderService,
    private readonly connect: StripeConnectService,
    private readonly jobs: JobQueue | null,
    stripe: Stripe | null,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Signature checks need no API key; a client without one is enough to verify.
    this.verifier = stripe ?? new Stripe('sk_webhook_verification_only');
  }

  /** Verifies, stores once and queues one delivery. Never changes an order itself. */
  async receive(rawBody: Buffer, signature: string | undefined): Promise<WebhookOutcome> {
    const secret = this.config.STRIPE_CONNECT_WEBHOOK_SECRET;
    if (!secret) return { status: 503, body: { error: 'connect webhooks are not configured' } };
    if (!signature) return { status: 400, body: { error: 'missing stripe-signature header' } };
    let event: Stripe.Event;
    try {
      event = this.verifier.webhooks.constructEvent(
        rawBody,
        signature,
        secret,
        CONNECT_WEBHOOK_TOLERANCE_SECONDS,
        undefined,
        this.now().getTime(), // milliseconds: the library divides by 1000
      );
    } catch (err) {
      logger().warn({ err: (err as Error).message }, 'refused a connect webhook');
      return { status: 400, body: { error: 'signature verification failed' } };
    }
    const handled = HANDLED_CONNECT_EVENTS.has(event.type);
    const stored = await withPlatform(this.db, 'stripe connect webhook', async (em) => {
      const tenantId = event.account ? await StripeConnectService.tenantOfAccount(em, event.account) : null;
      const inserted = await em.execute<{ id: string }[]>(
        `insert into commerce.stripe_connect_event (id, tenant_id, type, account, payload, received_at, processed_at, outcome)
         values (?, ?, ?, ?, ?::jsonb, ?::timestamptz, ?::timestamptz, ?)
         on conflict (id) do nothing returning id`,
        [
          event.id,
          tenantId,
          event.type,
          event.account ?? null,
          JSON.stringify(event),
          this.now().toISOString(),
          handled && tenantId ? null : this.now().toISOString(),
          handled ? (tenantId ? null : 'no tenant for this account') : 'not handled',
        ],
      );
      if (inserted.length > 0) return { tenantId, duplicate: false, pending: handled && tenantId !== null };
      const [row] = await em.execute<{ tenant_id: string | null; processed_at: Date | null }[]>(
        'select tenant_id, processed_at from commerce.stripe_connect_event where id = ?',
        [event.id],
      );
      return {
        tenantId: row?.tenant_id ?? null,
        duplicate: true,
        pending: !!row?.tenant_id && !row.processed_at,
      };
    });
    // A duplicate of a stored but unprocessed event is queued again (its first enqueue may have
    // failed); the job id keeps one job per event while the queue remembers it.
    if (stored.pending && stored.tenantId) {
      // Without a queue (a bare subgraph) the event is applied in the request; a failure answers
      // 500 and Stripe retries the delivery.
      if (!this.jobs) await this.process(stored.tenantId, event.id);
      else
        await this.jobs.enqueue(
          'commerce.stripe-event',
          { tenantId: stored.tenantId, eventId: event.id },
          { jobId: `stripe-event-${event.id}` },
        );
    }
    return { status: 200, body: { received: true, ...(stored.duplicate ? { duplicate: true } : {}) } };
  }

  /**
   * The `commerce.stripe-event` job: applies one stored event in a tenant transaction that also
   * marks it processed, then does what must follow outside the transaction (refunds at Stripe,
   * the confirmation email). Safe to run again: a processed event only re-runs the follow-ups,
   * which are idempotent themselves.
   */
  async process(tenantId: string, eventId: string): Promise<void> {
    const scope = { tenantId };
    const applied = await withTenant(this.db, scope, async (em) => {
      const [row] = await em.execute<StoredEventRow[]>(
        'select id, type, payload, processed_at from commerce.stripe_connect_event where id = ? for update',
        [eventId],
      );
      if (!row) return null;
      const event = row.payload;
      let result: AppliedEvent = { orderId: null, paidNow: false };
      const alreadyDone = row.processed_at !== null;
      if (!alreadyDone) {
        switch (event.type) {
          case 'payment_intent.succeeded':
            result = await this.orders.applyPaymentSucceeded(em, scope, event.data.object, event.id);
            break;
          case 'payment_intent.payment_failed':
            result = await this.orders.applyPaymentFailed(em, event.data.object, event.id);
            break;
          case 'payment_intent.canceled':
            result = await this.orders.applyPaymentCanceled(em, scope, event.data.object, event.id);
            break;
          case 'charge.refunded':
            result = await this.orders.applyChargeRefunded(em, event.data.object, event.id);
            break;
          case 'charge.dispute.created':
            result = await this.orders.applyDispute(em, event.data.object, event.id);
            break;
          case 'account.updated':
            await this.connect.applyAccountUpdate(em, event.data.object);
            break;
          default:
            break;
        }
        await em.execute(
          `update commerce.stripe_connect_event set processed_at = ?::timestamptz, outcome = ? where id = ?`,
          [this.now().toISOString(), result.orderId ? `order ${result.orderId}` : 'applied', eventId],
        );
      } else if (event.type === 'payment_intent.succeeded') {
        // Processed before, but the follow-ups below may not have finished: run them again.
        const orderId = event.data.object.metadata?.orderId;
        result = { orderId: orderId && isUuid(orderId) ? orderId : null, paidNow: false };
      }
      return { type: event.type, result, alreadyDone };
    });
    if (!applied?.result.orderId) return;
    const orderId = applied.result.orderId;
    if (applied.type === 'payment_intent.succeeded') {
      await this.orders.settlePendingRefunds(scope, orderId, { kind: 'stripe', eventId });
      await this.orders.announcePaid(scope, orderId);
    }
  }
}
