import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { type Storage, tenantKey, tenantPrefix } from '../../../core/storage.js';
import { ceilTo, floorTo, GRANULARITIES, type Granularity } from './aggregation-service.js';
import type { EventBuffer } from './event-buffer.js';

/** The longest range one dashboard query (or export) may cover, per granularity. */
export const MAX_RANGE_DAYS: Record<Granularity, number> = { HOUR: 31, DAY: 731 };
const DAY_MS = 24 * 60 * 60 * 1000;
export const LIVE_WINDOW_MINUTES = 30;
const TOP_LIMIT = { default: 10, max: 100 };
/** How long an export's download link stays valid. */
export const EXPORT_LINK_TTL_SECONDS = 15 * 60;

const rangeInput = z.object({
  from: z.string().datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
  to: z.string().datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
  granularity: z.enum(GRANULARITIES).nullish(),
  top: z.number().int().min(1).max(TOP_LIMIT.max).nullish(),
});

export interface AnalyticsRange {
  from: Date;
  to: Date;
  granularity: Granularity;
}

export interface SeriesPoint {
  bucket: Date;
  pageViews: number;
  visitors: number;
  addToCart: number;
  checkouts: number;
  purchases: number;
  convertedVisitors: number;
}

export interface Breakdown {
  key: string;
  pageViews: number;
  visitors: number;
}

export interface DayRevenue {
  day: Date;
  currency: string;
  amountMinor: number;
  purchases: number;
}

export interface Dashboard {
  from: Date;
  to: Date;
  granularity: Granularity;
  series: SeriesPoint[];
  totals: SeriesPoint & { conversionRate: number };
  topPages: Breakdown[];
  referrers: Breakdown[];
  sources: Breakdown[];
  campaigns: Breakdown[];
  devices: Breakdown[];
  revenue: DayRevenue[];
}

export interface LiveCount {
  since: Date;
  pageViews: number;
  visitors: number;
  events: number;
}

export interface AnalyticsExport {
  id: string;
  status: 'PENDING' | 'READY' | 'FAILED';
  from: Date;
  to: Date;
  granularity: Granularity;
  createdAt: Date;
  storageKey: string | null;
}

/** Validates a range: ISO instants, from < to, not longer than the granularity allows. */
export function parseRange(input: unknown): AnalyticsRange & { top: number } {
  const data = parseInput(rangeInput, input);
  const from = new Date(data.from);
  const to = new Date(data.to);
  const granularity = data.granularity ?? 'DAY';
  if (from >= to) throw badInput('to: must be after from', 'to');
  const maxDays = MAX_RANGE_DAYS[granularity];
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) {
    throw badInput(`to: a ${granularity} range covers at most ${maxDays} days`, 'to');
  }
  return { from, to, granularity, top: data.top ?? TOP_LIMIT.default };
}

const num = (v: unknown) => Number(v ?? 0);

/** Dashboard queries over the aggregates, the live count over raw events, CSV exports, deletion. */
export class AnalyticsDashboardService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly jobs: JobQueue,
    private readonly storage: Storage,
    private readonly buffer: EventBuffer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async dashboard(ctx: RequestContext, input: unknown): Promise<Dashboard> {
    const range = parseRange(input);
    const { granularity } = range;
    const from = floorTo(range.from, granularity);
    const to = ceilTo(range.to, granularity);
    // Totals and breakdowns read DAY rows: visitors there are per-day uniques, summed over the days.
    const dayFrom = floorTo(range.from, 'DAY').toISOString();
    const dayTo = ceilTo(range.to, 'DAY').toISOString();
    return withTenant(this.db, ctx, async (em) => {
      const series = await em.execute(
        `select bucket, page_views, visitors, add_to_cart, checkouts, purchases, converted_visitors
           from analytics.aggregates
          where tenant_id = ?::uuid and granularity = ? and dimension = 'total'
            and bucket >= ?::timestamptz and bucket < ?::timestamptz
          order by bucket`,
        [ctx.tenantId, granularity, from.toISOString(), to.toISOString()],
      );
      const [totalsRow] = await em.execute(
        `select sum(page_views) page_views, sum(visitors) visitors, sum(add_to_cart) add_to_cart,
                sum(checkouts) checkouts, sum(purchases) purchases, sum(converted_visitors) converted_visitors
           from analytics.aggregates
          where tenant_id = ?::uuid and granularity = 'DAY' and dimension = 'total'
            and bucket >= ?::timestamptz and bucket < ?::timestamptz`,
        [ctx.tenantId, dayFrom, dayTo],
      );
      const breakdown = (dimension: string) => topOf(em, ctx.tenantId!, dimension, dayFrom, dayTo, range.top);
      const revenue = await em.execute(
        `select bucket, key, revenue_minor, purchases from analytics.aggregates
          where tenant_id = ?::uuid and granularity = 'DAY' and dimension = 'currency'
            and bucket >= ?::timestamptz and bucket < ?::timestamptz
          order by bucket, key`,
        [ctx.tenantId, dayFrom, dayTo],
      );
      const totals = point({ bucket: dayFrom, ...totalsRow });
      return {
        from,
        to,
        granularity,
        series: series.map(point),
        totals: {
          ...totals,
          conversionRate: totals.visitors > 0 ? totals.convertedVisitors / totals.visitors : 0,
        },
        topPages: await breakdown('page'),
        referrers: await breakdown('referrer'),
        sources: await breakdown('source'),
        campaigns: await breakdown('campaign'),
        devices: await breakdown('device'),
        revenue: revenue.map((r) => ({
          day: new Date(r.bucket as string),
          currency: String(r.key),
          amountMinor: num(r.revenue_minor),
          purchases: num(r.purchases),
        })),
      };
    });
  }

  /** Page views and distinct visitors of the last 30 minutes, from the raw events. */
  async live(ctx: RequestContext): Promise<LiveCount> {
    const since = new Date(this.now().getTime() - LIVE_WINDOW_MINUTES * 60_000);
    const [row] = await withTenant(this.db, ctx, (em) =>
      em.execute(
        `select count(*) filter (where type = 'page_view') page_views, count(distinct visitor_hash) visitors,
                count(*) events
           from analytics.events where tenant_id = ?::uuid and occurred_at >= ?::timestamptz`,
        [ctx.tenantId, since.toISOString()],
      ),
    );
    return { since, pageViews: num(row?.page_views), visitors: num(row?.visitors), events: num(row?.events) };
  }

  /** Records an export request and queues the job that writes the CSV to storage. */
  async requestExport(ctx: RequestContext, input: unknown): Promise<AnalyticsExport> {
    const range = parseRange(input);
    const id = randomUUID();
    const createdAt = this.now();
    await withTenant(this.db, ctx, (em) =>
      em.execute(
        `insert into analytics.exports (tenant_id, id, from_at, to_at, granularity, created_at)
         values (?::uuid, ?::uuid, ?::timestamptz, ?::timestamptz, ?, ?::timestamptz)`,
        [
          ctx.tenantId,
          id,
          range.from.toISOString(),
          range.to.toISOString(),
          range.granularity,
          createdAt.toISOString(),
        ],
        'run',
      ),
    );
    await this.jobs.enqueue(
      'analytics.export',
      { tenantId: ctx.tenantId!, exportId: id },
      { jobId: `analytics-export-${id}` },
    );
    return { id, status: 'PENDING', ...range, createdAt, storageKey: null };
  }

  async export(ctx: RequestContext, id: string): Promise<AnalyticsExport> {
    const found = z.string().uuid().safeParse(id).success ? await this.findExport(ctx.tenantId!, id) : null;
    if (!found) throw notFound('Analytics export');
    return found;
  }

  /** A short-lived signed link to a ready export's CSV. */
  downloadUrl(exp: AnalyticsExport): Promise<string> | null {
    return exp.status === 'READY' && exp.storageKey
      ? this.storage.signedGetUrl(exp.storageKey, EXPORT_LINK_TTL_SECONDS)
      : null;
  }

  /** The export job: every aggregate row of the range and granularity as CSV, then READY. */
  async runExport(tenantId: string, exportId: string): Promise<void> {
    const exp = await this.findExport(tenantId, exportId);
    if (exp?.status !== 'PENDING') return;
    const from = floorTo(exp.from, exp.granularity).toISOString();
    const to = ceilTo(exp.to, exp.granularity).toISOString();
    const rows = await withTenant(this.db, { tenantId }, (em) =>
      em.execute(
        `select bucket, dimension, key, page_views, visitors, add_to_cart, checkouts, purchases,
                converted_visitors, revenue_minor
           from analytics.aggregates
          where tenant_id = ?::uuid and granularity = ? and bucket >= ?::timestamptz and bucket < ?::timestamptz
          order by bucket, dimension, key`,
        [tenantId, exp.granularity, from, to],
      ),
    );
    const header =
      'bucket,dimension,key,page_views,visitors,add_to_cart,checkouts,purchases,converted_visitors,revenue_minor';
    const lines = rows.map((r) =>
      [
        new Date(r.bucket as string).toISOString(),
        r.dimension,
        csvCell(String(r.key)),
        num(r.page_views),
        num(r.visitors),
        num(r.add_to_cart),
        num(r.checkouts),
        num(r.purchases),
        num(r.converted_visitors),
        num(r.revenue_minor),
      ].join(','),
    );
    const key = tenantKey(tenantId, 'analytics-exports', `${exportId}.csv`);
    await this.storage.put(key, Buffer.from(`${[header, ...lines].join('\n')}\n`), 'text/csv');
    await withTenant(this.db, { tenantId }, (em) =>
      em.execute(
        `update analytics.exports set status = 'READY', storage_key = ?, finished_at = ?::timestamptz
          where tenant_id = ?::uuid and id = ?::uuid`,
        [key, this.now().toISOString(), tenantId, exportId],
        'run',
      ),
    );
  }

  /**
   * Deletes every analytics record of the request's tenant: raw events, aggregates, exports (rows
   * and files) and events still in the buffer. The settings stay (they are configuration).
   */
  async deleteAll(ctx: RequestContext): Promise<{ events: number; aggregates: number; exports: number }> {
    const tenantId = ctx.tenantId!;
    await this.buffer.discard(tenantId);
    const counts = await withTenant(this.db, ctx, async (em) => {
      const run = (table: string) =>
        em.execute<{ affectedRows: number }>(
          `delete from analytics.${table} where tenant_id = ?::uuid`,
          [tenantId],
          'run',
        );
      const events = await run('events');
      const aggregates = await run('aggregates');
      const exports = await run('exports');
      return {
        events: events.affectedRows,
        aggregates: aggregates.affectedRows,
        exports: exports.affectedRows,
      };
    });
    await this.storage.deletePrefix(tenantPrefix(tenantId, 'analytics-exports'));
    // A flush that was already running may have written events taken before the discard.
    await this.buffer.discard(tenantId);
    return counts;
  }

  private async findExport(tenantId: string, id: string): Promise<AnalyticsExport | null> {
    const [row] = await withTenant(this.db, { tenantId }, (em) =>
      em.execute(
        `select id, status, from_at, to_at, granularity, created_at, storage_key
           from analytics.exports where tenant_id = ?::uuid and id = ?::uuid`,
        [tenantId, id],
      ),
    );
    if (!row) return null;
    return {
      id: String(row.id),
      status: row.status as AnalyticsExport['status'],
      from: new Date(row.from_at as string),
      to: new Date(row.to_at as string),
      granularity: row.granularity as Granularity,
      createdAt: new Date(row.created_at as string),
      storageKey: (row.storage_key as string | null) ?? null,
    };
  }
}

function point(r: Record<string, unknown>): SeriesPoint {
  return {
    bucket: new Date(r.bucket as string),
    pageViews: num(r.page_views),
    visitors: num(r.visitors),
    addToCart: num(r.add_to_cart),
    checkouts: num(r.checkouts),
    purchases: num(r.purchases),
    convertedVisitors: num(r.converted_visitors),
  };
}

async function topOf(
  em: EntityManager,
  tenantId: string,
  dimension: string,
  from: string,
  to: string,
  limit: number,
): Promise<Breakdown[]> {
  const rows = await em.execute(
    `select key, sum(page_views) page_views, sum(visitors) visitors from analytics.aggregates
      where tenant_id = ?::uuid and granularity = 'DAY' and dimension = ?
        and bucket >= ?::timestamptz and bucket < ?::timestamptz
      group by key order by sum(page_views) desc, key limit ?`,
    [tenantId, dimension, from, to, limit],
  );
  return rows.map((r) => ({ key: String(r.key), pageViews: num(r.page_views), visitors: num(r.visitors) }));
}

/** Quotes a CSV cell, and defuses spreadsheet formulas (a leading = + - @ gets a `'`). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
