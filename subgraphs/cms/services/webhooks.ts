import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { type Connection, checkPageSize, decodeCursor, toConnection } from '../../../core/pagination.js';
import { decryptSecret, encryptSecret, type Keyring } from '../../../core/secrets.js';
import { assertPublicTarget, parseTargetUrl, UnsafeTargetError } from '../../../core/ssrf.js';
import {
  type WebhookDelivery,
  WebhookDeliverySchema,
  type WebhookEndpoint,
  WebhookEndpointSchema,
  type WebhookEventType,
} from '../entities/lifecycle.js';

export const MAX_ENDPOINTS_PER_TENANT = 20;

/** What the delivery job needs: where to send, the secret to sign with and the fixed body. */
export interface DeliveryTarget {
  url: string;
  secret: string;
  body: string;
  eventId: string;
}

export interface DeliveryOutcome {
  ok: boolean;
  responseStatus: number | null;
  error: string | null;
}

const addInput = z.object({
  url: z.string().trim().max(2048),
  events: z
    .array(z.enum(['page.published', 'page.unpublished']))
    .min(1, 'events: pick at least one')
    .max(10),
});

const aad = (tenantId: string, endpointId: string) => `${tenantId}/webhook/${endpointId}`;

/**
 * Outbound webhooks: endpoints (https, public addresses only, secret encrypted at rest and shown
 * once), one delivery row per endpoint per event, sent by the `webhook.deliver` job (jobs/webhook-deliver.ts).
 */
export class WebhookService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    private readonly keyring: Keyring,
    /** Loopback/private targets and plain http: NODE_ENV=test or WEBHOOKS_ALLOW_PRIVATE=true only. */
    readonly allowPrivate: boolean,
    /** Ports besides 80 and 443 an endpoint may use (WEBHOOKS_ALLOWED_PORTS). */
    readonly allowedPorts: readonly number[] = [],
    private readonly now: () => Date = () => new Date(),
  ) {}

  async addEndpoint(
    ctx: RequestContext,
    input: unknown,
  ): Promise<{ endpoint: WebhookEndpoint; signingSecret: string }> {
    const data = parseInput(addInput, input);
    let url: URL;
    try {
      url = parseTargetUrl(data.url, this.allowPrivate, this.allowedPorts);
      await assertPublicTarget(url, this.allowPrivate);
    } catch (err) {
      if (err instanceof UnsafeTargetError) throw badInput(`url: ${err.message}`, 'url');
      throw err;
    }
    const signingSecret = `whsec_${randomBytes(24).toString('base64url')}`;
    const endpoint = await withTenant(this.db, ctx, async (em) => {
      if ((await em.count(WebhookEndpointSchema, {})) >= MAX_ENDPOINTS_PER_TENANT) {
        throw badInput(`At most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints per tenant`, 'url');
      }
      const id = randomUUID();
      const created = em.create(WebhookEndpointSchema, {
        id,
        tenantId: ctx.tenantId!,
        url: url.href,
        events: [...new Set(data.events)],
        secretEnc: encryptSecret(this.keyring, signingSecret, aad(ctx.tenantId!, id)),
        createdAt: this.now(),
      });
      await em.flush();
      return created;
    });
    return { endpoint, signingSecret };
  }

  async endpoints(
    ctx: RequestContext,
    first: number,
    after: string | null,
  ): Promise<Connection<WebhookEndpoint>> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const rows = await withTenant(this.db, ctx, (em) =>
      em.find(WebhookEndpointSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
    return toConnection(rows, first);
  }

  async removeEndpoint(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    return withTenant(this.db, ctx, async (em) => (await em.nativeDelete(WebhookEndpointSchema, { id })) > 0);
  }

  async deliveries(
    ctx: RequestContext,
    endpointId: string,
    first: number,
    after: string | null,
  ): Promise<Connection<WebhookDelivery>> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const rows = await withTenant(this.db, ctx, (em) =>
      em.find(
        WebhookDeliverySchema,
        { endpointId, ...(afterId ? { id: { $gt: afterId } } : {}) },
        { orderBy: { id: 'asc' }, limit: first + 1 },
      ),
    );
    return toConnection(rows, first);
  }

  /** Records one event for every endpoint that wants it and enqueues their deliveries (after commit). */
  async emit(
    tenantId: string,
    type: WebhookEventType,
    data: { pageId: string; path: string; siteId: string },
  ): Promise<string[]> {
    const eventId = randomUUID();
    const createdAt = this.now();
    const body = JSON.stringify({ id: eventId, type, createdAt: createdAt.toISOString(), data });
    const ids = await withTenant(this.db, { tenantId }, async (em) => {
      const endpoints = (await em.find(WebhookEndpointSchema, {})).filter((e) => e.events.includes(type));
      const rows = endpoints.map((endpoint) =>
        em.create(WebhookDeliverySchema, {
          id: randomUUID(),
          tenantId,
          endpointId: endpoint.id,
          eventId,
          eventType: type,
          body,
          status: 'pending',
          attempts: 0,
          lastError: null,
          responseStatus: null,
          createdAt,
          updatedAt: createdAt,
        }),
      );
      await em.flush();
      return rows.map((r) => r.id);
    });
    for (const deliveryId of ids) {
      await this.jobs.enqueue(
        'webhook.deliver',
        { tenantId, deliveryId },
        { jobId: `webhook-${deliveryId}` },
      );
    }
    return ids;
  }

  /** For the delivery job: null when the delivery or its endpoint is gone (nothing to do). */
  target(tenantId: string, deliveryId: string): Promise<DeliveryTarget | null> {
    return withTenant(this.db, { tenantId }, async (em) => {
      const delivery = await em.findOne(WebhookDeliverySchema, { id: deliveryId });
      if (!delivery) return null;
      const endpoint = await em.findOne(WebhookEndpointSchema, { id: delivery.endpointId });
      if (!endpoint) return null;
      return {
        url: endpoint.url,
        secret: decryptSecret(this.keyring, endpoint.secretEnc, aad(tenantId, endpoint.id)),
        body: delivery.body,
        eventId: delivery.eventId,
      };
    });
  }

  /** Records one attempt's outcome on the delivery row. */
  async recordAttempt(tenantId: string, deliveryId: string, outcome: DeliveryOutcome): Promise<void> {
    await withTenant(this.db, { tenantId }, async (em) => {
      const delivery = await em.findOne(WebhookDeliverySchema, { id: deliveryId });
      if (!delivery) return;
      delivery.attempts += 1;
      delivery.status = outcome.ok ? 'delivered' : 'failed';
      delivery.responseStatus = outcome.responseStatus;
      delivery.lastError = outcome.ok ? null : (outcome.error ?? 'failed').slice(0, 500);
      delivery.updatedAt = this.now();
      await em.flush();
    });
  }
}
