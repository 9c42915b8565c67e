import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import type { JobHandler } from '../../../core/jobs.js';
import { isPrivateAddress, parseTargetUrl, safeLookup } from '../../../core/ssrf.js';

/** Where a delivery goes and what it sends (the cms WebhookService implements these). */
export interface WebhookDeliveryDeps {
  target(
    tenantId: string,
    deliveryId: string,
  ): Promise<{ url: string; secret: string; body: string; eventId: string } | null>;
  recordAttempt(
    tenantId: string,
    deliveryId: string,
    outcome: { ok: boolean; responseStatus: number | null; error: string | null },
  ): Promise<void>;
  /** Loopback/private targets and plain http allowed (NODE_ENV=test or WEBHOOKS_ALLOW_PRIVATE=true). */
  allowPrivate: boolean;
  /** Ports besides 80 and 443 a target may use (WEBHOOKS_ALLOWED_PORTS). */
  allowedPorts?: readonly number[];
  /** Unix clock for the signature timestamp (tests inject one). */
  now?: () => Date;
  timeoutMs?: number;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;

/** `t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`, as receivers verify it. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}

/**
 * Sends one delivery: POSTs the stored JSON body with a fresh signature; a non-2xx answer,
 * a timeout or a refused target throws so the queue retries with backoff. Each attempt is recorded.
 * Private targets are refused again here, at connection time (DNS answers may have changed).
 */
export function webhookDeliverHandler(deps: WebhookDeliveryDeps): JobHandler<'webhook.deliver'> {
  const agent = new Agent({
    connect: deps.allowPrivate ? {} : { lookup: safeLookup as never },
    keepAliveTimeout: 10_000,
  });
  return async ({ tenantId, deliveryId }, job) => {
    const target = await deps.target(tenantId, deliveryId);
    if (!target) {
      job.log.info({ deliveryId }, 'webhook delivery or endpoint gone: nothing to send');
      return;
    }
    let responseStatus: number | null = null;
    try {
      const url = parseTargetUrl(target.url, deps.allowPrivate, deps.allowedPorts);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      // Literal IPs skip DNS lookups, so they are checked here.
      if (!deps.allowPrivate && isIP(host) && isPrivateAddress(host)) {
        throw new Error(`refusing to connect: ${host} is a private address`);
      }
      const t = Math.floor((deps.now?.() ?? new Date()).getTime() / 1000);
      const res = await request(url, {
        method: 'POST',
        dispatcher: agent,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'WebHaze-Webhooks/1',
          'webhaze-event-id': target.eventId,
          'webhaze-signature': signWebhook(target.secret, target.body, t),
        },
        body: target.body,
        signal: AbortSignal.timeout(deps.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
      });
      responseStatus = res.statusCode;
      await res.body.dump();
      if (res.statusCode < 200 || res.statusCode >= 300) {
        throw new Error(`the receiver answered ${res.statusCode}`);
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await deps.recordAttempt(tenantId, deliveryId, { ok: false, responseStatus, error: message });
      throw err;
    }
    await deps.recordAttempt(tenantId, deliveryId, { ok: true, responseStatus, error: null });
    job.log.info({ deliveryId, status: responseStatus }, 'webhook delivered');
  };
}
