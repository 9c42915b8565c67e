import type { JobHandler } from '../../../core/jobs.js';

/** What the Stripe Connect event job needs: the commerce webhook pipeline's `process`. */
export interface CommerceStripeEventDeps {
  /** Applies one stored event (commerce ConnectWebhookService.process); throws to be retried. */
  processStripeEvent(tenantId: string, eventId: string): Promise<void>;
  /** Expires every tenant's pending orders past their reservation (commerce OrderService.expireAllDue). */
  expireDueOrders(): Promise<number>;
}

/**
 * The `commerce.stripe-event` handler: applies one stored Connect event. Retries (with backoff)
 * are the queue's; the processing is idempotent, so a retry after a partial failure is safe.
 */
export function commerceStripeEventHandler(
  deps: CommerceStripeEventDeps,
): JobHandler<'commerce.stripe-event'> {
  return async ({ tenantId, eventId }, job) => {
    await deps.processStripeEvent(tenantId, eventId);
    job.log.debug({ eventId }, 'stripe connect event applied');
  };
}

/** The `commerce.expire-orders` sweep (repeating): cancels due PaymentIntents, then expires and releases. */
export function commerceExpireOrdersHandler(
  deps: CommerceStripeEventDeps,
): JobHandler<'commerce.expire-orders'> {
  return async (_payload, job) => {
    const expired = await deps.expireDueOrders();
    if (expired > 0) job.log.info({ expired }, 'expired pending orders');
  };
}
