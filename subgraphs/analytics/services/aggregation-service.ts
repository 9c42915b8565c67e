import { type SubgraphDb, withPlatform, withTenant } from '../../../core/db.js';

export const GRANULARITIES = ['HOUR', 'DAY'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
export const bucketMs = (g: Granularity) => (g === 'HOUR' ? HOUR_MS : DAY_MS);
/** The start of the UTC bucket holding `at`. */
export const floorTo = (at: Date, g: Granularity) =>
  new Date(Math.floor(at.getTime() / bucketMs(g)) * bucketMs(g));
/** The end of the UTC bucket holding the instant just before `at` (so an aligned `at` stays). */
export const ceilTo = (at: Date, g: Granularity) =>
  new Date(Math.ceil(at.getTime() / bucketMs(g)) * bucketMs(g));

/**
 * One statement per granularity: every dimension of every bucket of the window, from the raw
 * events. `visitors` counts distinct visitor hashes in the bucket; the hash's salt changes every UTC
 * day, so a DAY row holds that day's unique visitors and an HOUR row that hour's.
 */
const AGGREGATE = `
with b as (
  select date_trunc(?, occurred_at, 'UTC') as bucket, type, path, referrer_host, utm_source,
         utm_campaign, device, visitor_hash, amount_minor, currency
  from analytics.events
  where tenant_id = ?::uuid and occurred_at >= ?::timestamptz and occurred_at < ?::timestamptz
)
insert into analytics.aggregates (tenant_id, granularity, bucket, dimension, key, page_views, visitors,
  add_to_cart, checkouts, purchases, converted_visitors, revenue_minor)
select ?::uuid, ?, bucket, dimension, key, page_views, visitors, add_to_cart, checkouts, purchases,
       converted_visitors, revenue_minor
from (
  select bucket, 'total' as dimension, '' as key,
         count(*) filter (where type = 'page_view') as page_views,
         count(distinct visitor_hash) as visitors,
         count(*) filter (where type = 'add_to_cart') as add_to_cart,
         count(*) filter (where type = 'begin_checkout') as checkouts,
         count(*) filter (where type = 'purchase') as purchases,
         count(distinct visitor_hash) filter (where type = 'purchase') as converted_visitors,
         0::bigint as revenue_minor
    from b group by bucket
  union all
  select bucket, 'page', path, count(*), count(distinct visitor_hash), 0, 0, 0, 0, 0
    from b where type = 'page_view' group by bucket, path
  union all
  select bucket, 'referrer', referrer_host, count(*), count(distinct visitor_hash), 0, 0, 0, 0, 0
    from b where type = 'page_view' and referrer_host is not null group by bucket, referrer_host
  union all
  select bucket, 'source', utm_source, count(*), count(distinct visitor_hash), 0, 0, 0, 0, 0
    from b where type = 'page_view' and utm_source is not null group by bucket, utm_source
  union all
  select bucket, 'campaign', utm_campaign, count(*), count(distinct visitor_hash), 0, 0, 0, 0, 0
    from b where type = 'page_view' and utm_campaign is not null group by bucket, utm_campaign
  union all
  select bucket, 'device', device, count(*), count(distinct visitor_hash), 0, 0, 0, 0, 0
    from b where type = 'page_view' group by bucket, device
  union all
  select bucket, 'currency', currency, 0, 0, 0, 0, count(*), count(distinct visitor_hash),
         coalesce(sum(amount_minor), 0)
    from b where type = 'purchase' group by bucket, currency
) rows`;

/**
 * Rolls raw events into hourly and daily aggregates. Re-aggregating a window replaces its buckets
 * (delete + insert in one transaction), so running it twice gives the same rows.
 */
export class AnalyticsAggregationService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Re-aggregates the tenant's buckets that overlap [from, to): the window is widened to whole
   * hours for HOUR rows and whole UTC days for DAY rows. Returns the rows written.
   */
  async aggregateWindow(tenantId: string, from: Date, to: Date): Promise<number> {
    return withTenant(this.db, { tenantId }, async (em) => {
      // The distinct-visitor counts sort per group; room in memory keeps the sorts off disk.
      await em.execute(`select set_config('work_mem', '64MB', true)`);
      let rows = 0;
      for (const g of GRANULARITIES) {
        const start = floorTo(from, g).toISOString();
        const end = ceilTo(to, g).toISOString();
        await em.execute(
          `delete from analytics.aggregates
            where tenant_id = ?::uuid and granularity = ? and bucket >= ?::timestamptz and bucket < ?::timestamptz`,
          [tenantId, g, start, end],
          'run',
        );
        const unit = g === 'HOUR' ? 'hour' : 'day';
        const inserted = await em.execute<{ affectedRows: number }>(
          AGGREGATE,
          [unit, tenantId, start, end, tenantId, g],
          'run',
        );
        rows += inserted.affectedRows;
      }
      return rows;
    });
  }

  /**
   * The repeatable tick: for every tenant with events in the last `lookbackMs` (default: the
   * previous hour), re-aggregates the hours and the UTC days that window touches. The tenant list
   * is the only cross-tenant read (the platform path); each tenant's work runs under its own lock.
   */
  async aggregateRecent(lookbackMs = HOUR_MS): Promise<{ tenants: number; rows: number }> {
    const now = this.now();
    const from = new Date(now.getTime() - lookbackMs);
    const tenants = await withPlatform(this.db, 'analytics aggregation: tenants with recent events', (em) =>
      em.execute<{ tenant_id: string }[]>(
        'select distinct tenant_id from analytics.events where occurred_at >= ?::timestamptz',
        [floorTo(from, 'HOUR').toISOString()],
      ),
    );
    let rows = 0;
    for (const { tenant_id } of tenants) rows += await this.aggregateWindow(tenant_id, from, now);
    return { tenants: tenants.length, rows };
  }
}
