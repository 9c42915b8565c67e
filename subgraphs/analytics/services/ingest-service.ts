import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withPlatform, withTenant } from '../../../core/db.js';
import { logger } from '../../../core/logger.js';
import { utcDay, visitorHash } from './beacon.js';
import type { BufferedEvent, EventBuffer } from './event-buffer.js';
import { RETENTION_DAYS } from './settings-service.js';

/** Events written per INSERT (one statement, one JSON parameter). */
export const FLUSH_BATCH = 5_000;
/** One flush run stops after this many rounds per tenant, so a run stays bounded; the next run continues. */
const MAX_ROUNDS = 40;

const INSERT_EVENTS = `insert into analytics.events
  (tenant_id, occurred_at, type, path, referrer_host, utm_source, utm_medium, utm_campaign, device,
   visitor_hash, order_id, amount_minor, currency)
  select ?::uuid, to_timestamp(e.at / 1000.0), e.type, e.path, e."referrerHost", e."utmSource",
    e."utmMedium", e."utmCampaign", e.device, e."visitorHash", e."orderId", e."amountMinor", e.currency
  from jsonb_to_recordset(?::jsonb) as e(at bigint, type text, path text, "referrerHost" text,
    "utmSource" text, "utmMedium" text, "utmCampaign" text, device text, "visitorHash" text,
    "orderId" text, "amountMinor" bigint, currency text)
  on conflict do nothing`;

/** A paid order, as commerce reports it (by a job) for the `purchase` event. */
export const purchaseInput = z.object({
  orderId: z.string().min(1).max(100),
  amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code in capitals'),
  visitorHash: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .nullable(),
  at: z.string().datetime({ offset: true }),
});
export type PurchaseInput = z.infer<typeof purchaseInput>;

/**
 * Moves buffered events into PostgreSQL, records purchases, applies retention. Every write to a
 * tenant's events runs under `withTenant`; only retention (all tenants) takes the platform path.
 */
export class AnalyticsIngestService {
  constructor(
    private readonly db: SubgraphDb,
    readonly buffer: EventBuffer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Writes one tenant's events in batches; duplicates of an order's purchase are ignored. */
  async insertEvents(tenantId: string, events: readonly BufferedEvent[]): Promise<number> {
    let inserted = 0;
    for (let i = 0; i < events.length; i += FLUSH_BATCH) {
      const batch = events.slice(i, i + FLUSH_BATCH);
      inserted += await withTenant(this.db, { tenantId }, (em) => insertBatch(em, tenantId, batch));
    }
    return inserted;
  }

  /**
   * Drains the buffer into PostgreSQL: every tenant with pending events, `FLUSH_BATCH` at a time.
   * A failed write puts the batch back (the next run retries it) and fails the run.
   * Returns how many events were written; `untilEmpty` loops until nothing is pending (shutdown).
   */
  async flush(opts: { untilEmpty?: boolean } = {}): Promise<number> {
    let written = 0;
    for (let round = 0; opts.untilEmpty || round < MAX_ROUNDS; round++) {
      const taken = await this.buffer.take(FLUSH_BATCH);
      if (taken.size === 0) break;
      let failure: unknown = null;
      for (const [tenantId, events] of taken) {
        if (failure) {
          await this.buffer.putBack(tenantId, events);
          continue;
        }
        try {
          written += await this.insertEvents(tenantId, events);
        } catch (err) {
          failure = err;
          await this.buffer.putBack(tenantId, events);
        }
      }
      if (failure) throw failure;
      if ([...taken.values()].every((events) => events.length < FLUSH_BATCH)) break;
    }
    return written;
  }

  /**
   * The visitor hash of a request today, exactly as `POST /collect` computes it (from the context's
   * client address and user agent): what commerce keeps on a cart to attribute the purchase later.
   * Callers keep it only when the visitor's `analyticsPolicy.collectEvents` is true.
   */
  async visitorHashOf(
    ctx: Pick<RequestContext, 'tenantId' | 'clientIp' | 'userAgent'>,
  ): Promise<string | null> {
    if (!ctx.tenantId || !ctx.clientIp) return null;
    const salt = await this.buffer.dailySalt(utcDay(this.now().getTime()));
    return visitorHash(salt, ctx.tenantId, ctx.clientIp, ctx.userAgent ?? '');
  }

  /**
   * Records a paid order as a `purchase` event, attributed to the visitor hash kept on the cart
   * (null: not attributed). Idempotent: the same order id is recorded once per tenant.
   */
  async recordPurchase(tenantId: string, input: unknown): Promise<boolean> {
    const purchase = purchaseInput.parse(input);
    const inserted = await this.insertEvents(tenantId, [
      {
        at: Date.parse(purchase.at),
        type: 'purchase',
        path: '/checkout',
        referrerHost: null,
        utmSource: null,
        utmMedium: null,
        utmCampaign: null,
        device: 'other',
        visitorHash: purchase.visitorHash,
        orderId: purchase.orderId,
        amountMinor: purchase.amountMinor,
        currency: purchase.currency,
      },
    ]);
    return inserted === 1;
  }

  /**
   * Deletes raw events older than each tenant's retention (days before `now`), for every tenant
   * at once: the platform path, one statement. Aggregates hold no visitor hashes and are kept.
   */
  async applyRetention(): Promise<number> {
    const now = this.now();
    return withPlatform(
      this.db,
      'analytics retention: delete raw events past each tenant retention',
      async (em) => {
        const result = await em.execute<{ affectedRows: number }>(
          `delete from analytics.events e
          where e.occurred_at < ?::timestamptz - make_interval(days => coalesce(
            (select s.retention_days from analytics.settings s where s.tenant_id = e.tenant_id), ?::int))`,
          [now.toISOString(), RETENTION_DAYS.default],
          'run',
        );
        return result.affectedRows;
      },
    );
  }
}

async function insertBatch(
  em: EntityManager,
  tenantId: string,
  batch: readonly BufferedEvent[],
): Promise<number> {
  const result = await em.execute<{ affectedRows: number }>(
    INSERT_EVENTS,
    [tenantId, JSON.stringify(batch)],
    'run',
  );
  return result.affectedRows;
}

/** Logs and swallows: used where a flush must not stop a shutdown. */
export async function flushQuietly(ingest: AnalyticsIngestService): Promise<void> {
  try {
    const written = await ingest.flush({ untilEmpty: true });
    if (written > 0) logger().info({ written }, 'analytics: buffered events flushed');
  } catch (err) {
    logger().error({ err }, 'analytics: could not flush buffered events');
  }
}
