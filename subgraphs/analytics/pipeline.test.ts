import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_REDIS_URL, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { visitorHash } from './services/beacon.js';
import type { BufferedEvent } from './services/event-buffer.js';
import { startAnalyticsSubgraph } from './subgraph.js';

/**
 * The analytics pipeline against the real PostgreSQL and Redis: buffer → flush → aggregation →
 * dashboard query, re-aggregation, retention on an injected clock, purchases, exports, deletion,
 * and every tenant boundary from the other tenant's side.
 */

let clock = new Date('2026-03-10T12:30:00Z');
const subgraph = setUpTestSubgraph(
  (config) => startAnalyticsSubgraph(config, { port: 0, now: () => clock }),
  { REDIS_URL: TEST_REDIS_URL },
);
const gql = subgraph.gql.bind(subgraph);

const tenantA = randomUUID();
const tenantB = randomUUID();
const adminA = userContext(randomUUID(), tenantA, 'admin');
const editorA = userContext(randomUUID(), tenantA, 'editor');
const contributorA = userContext(randomUUID(), tenantA, 'contributor');
const adminB = userContext(randomUUID(), tenantB, 'admin');

const hash = (who: string, day: string) => visitorHash(`salt-${day}`, tenantA, who, 'Mozilla/5.0');

function event(at: string, over: Partial<BufferedEvent> = {}): BufferedEvent {
  return {
    at: Date.parse(at),
    type: 'page_view',
    path: '/',
    referrerHost: null,
    utmSource: null,
    utmMedium: null,
    utmCampaign: null,
    device: 'desktop',
    visitorHash: hash('v1', at.slice(0, 10)),
    ...over,
  };
}

const DASHBOARD = `query($range: AnalyticsRangeInput!) { analyticsDashboard(range: $range) {
  from to granularity
  series { bucket pageViews visitors addToCart checkouts purchases convertedVisitors }
  totals { pageViews visitors addToCart checkouts purchases convertedVisitors conversionRate }
  topPages { key pageViews visitors } referrers { key pageViews visitors }
  sources { key pageViews } campaigns { key pageViews } devices { key pageViews visitors }
  revenue { day currency amountMinor purchases } } }`;

interface DashboardData {
  from: string;
  to: string;
  series: { bucket: string; pageViews: number; visitors: number; purchases: number }[];
  totals: {
    pageViews: number;
    visitors: number;
    purchases: number;
    convertedVisitors: number;
    conversionRate: number;
  };
  topPages: { key: string; pageViews: number; visitors: number }[];
  referrers: { key: string; pageViews: number }[];
  sources: { key: string; pageViews: number }[];
  campaigns: { key: string; pageViews: number }[];
  devices: { key: string; pageViews: number; visitors: number }[];
  revenue: { day: string; currency: string; amountMinor: number; purchases: number }[];
}

const MARCH = { from: '2026-03-09T00:00:00Z', to: '2026-03-12T00:00:00Z' };

async function dashboard(ctx = editorA, range: Record<string, unknown> = { ...MARCH, granularity: 'DAY' }) {
  return ok<DashboardData>(await gql(DASHBOARD, { range }, ctx), 'analyticsDashboard');
}

async function count(sql: string, params: unknown[] = []) {
  const { rows } = await subgraph.sql.query(sql, params);
  return Number(rows[0].n);
}

describe('analytics pipeline: ingestion → aggregation → query', () => {
  it('flushes buffered events from Redis to PostgreSQL in batches and empties the buffer', async () => {
    const { buffer, pipeline } = subgraph.service;
    expect(buffer.backend).toBe('redis');
    // Day 1 (March 10): three visitors, one of them twice; referrers, campaigns, devices.
    const day1 = [
      event('2026-03-10T09:05:00Z', {
        path: '/',
        referrerHost: 'news.example',
        utmSource: 'mail',
        utmCampaign: 'spring',
      }),
      event('2026-03-10T09:40:00Z', { path: '/pricing' }),
      event('2026-03-10T10:10:00Z', { path: '/', visitorHash: hash('v2', '2026-03-10'), device: 'mobile' }),
      event('2026-03-10T10:20:00Z', {
        path: '/pricing',
        visitorHash: hash('v3', '2026-03-10'),
        device: 'mobile',
        referrerHost: 'news.example',
      }),
      event('2026-03-10T10:21:00Z', {
        type: 'add_to_cart',
        path: '/pricing',
        visitorHash: hash('v3', '2026-03-10'),
      }),
      event('2026-03-10T10:22:00Z', {
        type: 'begin_checkout',
        path: '/checkout',
        visitorHash: hash('v3', '2026-03-10'),
      }),
    ];
    // Day 2 (March 11): v1 returns (a new daily hash), one new visitor.
    const day2 = [
      event('2026-03-11T08:00:00Z', { path: '/', visitorHash: hash('v1', '2026-03-11') }),
      event('2026-03-11T08:30:00Z', {
        path: '/about',
        visitorHash: hash('v4', '2026-03-11'),
        device: 'tablet',
      }),
    ];
    expect(await buffer.push(tenantA, day1)).toBe(true);
    expect(await buffer.push(tenantA, day2)).toBe(true);
    expect(await buffer.push(tenantB, [event('2026-03-10T09:00:00Z', { path: '/b-only' })])).toBe(true);
    expect(await buffer.pending(tenantA)).toBe(8);

    expect(await pipeline.ingest.flush()).toBe(9);
    expect(await buffer.pending(tenantA)).toBe(0);
    expect(await buffer.pending(tenantB)).toBe(0);
    expect(await count('select count(*) n from analytics.events where tenant_id = $1', [tenantA])).toBe(8);
    expect(await count('select count(*) n from analytics.events where tenant_id = $1', [tenantB])).toBe(1);
    // Nothing identifying is in the table: no IP or agent columns exist at all.
    const { rows } = await subgraph.sql.query(
      `select column_name from information_schema.columns where table_schema = 'analytics' and table_name = 'events'`,
    );
    expect(rows.map((r) => r.column_name)).not.toEqual(
      expect.arrayContaining(['ip', 'user_agent', 'client_ip']),
    );
  });

  it('records a purchase once per order, attributed to the visitor hash', async () => {
    const { ingest } = subgraph.service.pipeline;
    const purchase = {
      orderId: 'ord_1',
      amountMinor: 4_999,
      currency: 'EUR',
      visitorHash: hash('v3', '2026-03-10'),
      at: '2026-03-10T10:30:00Z',
    };
    expect(await ingest.recordPurchase(tenantA, purchase)).toBe(true);
    expect(await ingest.recordPurchase(tenantA, purchase)).toBe(false);
    expect(
      await ingest.recordPurchase(tenantA, {
        ...purchase,
        orderId: 'ord_2',
        amountMinor: 1_000,
        visitorHash: null,
      }),
    ).toBe(true);
    await expect(ingest.recordPurchase(tenantA, { ...purchase, currency: 'eur' })).rejects.toThrow(
      /"currency"[\s\S]*an ISO 4217 code in capitals/,
    );
    expect(
      await count(`select count(*) n from analytics.events where tenant_id = $1 and type = 'purchase'`, [
        tenantA,
      ]),
    ).toBe(2);
  });

  it('aggregates into hourly and daily rows that the dashboard reads', async () => {
    const { aggregation } = subgraph.service.pipeline;
    await aggregation.aggregateWindow(tenantA, new Date(MARCH.from), new Date(MARCH.to));
    await aggregation.aggregateWindow(tenantB, new Date(MARCH.from), new Date(MARCH.to));
    const d = await dashboard();
    expect(d.series.map((p) => [p.bucket, p.pageViews, p.visitors, p.purchases])).toEqual([
      ['2026-03-10T00:00:00.000Z', 4, 3, 2],
      ['2026-03-11T00:00:00.000Z', 2, 2, 0],
    ]);
    // Unique visitors are per day: v1 came on both days and counts twice in the range total.
    expect(d.totals).toMatchObject({ pageViews: 6, visitors: 5, purchases: 2, convertedVisitors: 1 });
    expect(d.totals.conversionRate).toBeCloseTo(1 / 5);
    expect(d.topPages).toEqual([
      { key: '/', pageViews: 3, visitors: 3 },
      { key: '/pricing', pageViews: 2, visitors: 2 },
      { key: '/about', pageViews: 1, visitors: 1 },
    ]);
    expect(d.referrers).toEqual([{ key: 'news.example', pageViews: 2, visitors: 2 }]);
    expect(d.sources).toEqual([{ key: 'mail', pageViews: 1 }]);
    expect(d.campaigns).toEqual([{ key: 'spring', pageViews: 1 }]);
    expect(d.devices).toEqual([
      { key: 'desktop', pageViews: 3, visitors: 2 },
      { key: 'mobile', pageViews: 2, visitors: 2 },
      { key: 'tablet', pageViews: 1, visitors: 1 },
    ]);
    expect(d.revenue).toEqual([
      { day: '2026-03-10T00:00:00.000Z', currency: 'EUR', amountMinor: 5_999, purchases: 2 },
    ]);

    const hourly = await dashboard(editorA, {
      from: '2026-03-10T09:00:00Z',
      to: '2026-03-10T11:00:00Z',
      granularity: 'HOUR',
    });
    expect(hourly.series.map((p) => [p.bucket, p.pageViews, p.visitors, p.purchases])).toEqual([
      ['2026-03-10T09:00:00.000Z', 2, 1, 0],
      ['2026-03-10T10:00:00.000Z', 2, 2, 2],
    ]);
  });

  it('gives the same rows when a window is re-aggregated, twice', async () => {
    const { aggregation } = subgraph.service.pipeline;
    const snapshot = async () =>
      (
        await subgraph.sql.query(
          'select granularity, bucket, dimension, key, page_views, visitors, purchases, revenue_minor from analytics.aggregates where tenant_id = $1 order by 1, 2, 3, 4',
          [tenantA],
        )
      ).rows;
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(10);
    await aggregation.aggregateWindow(tenantA, new Date(MARCH.from), new Date(MARCH.to));
    await aggregation.aggregateWindow(
      tenantA,
      new Date('2026-03-10T10:15:00Z'),
      new Date('2026-03-10T10:16:00Z'),
    );
    expect(await snapshot()).toEqual(before);
    expect(await dashboard()).toEqual(await dashboard());
  });

  it('re-aggregates the recent window of every tenant with events (the repeatable tick)', async () => {
    clock = new Date('2026-03-11T08:45:00Z');
    await subgraph.sql.query(
      `delete from analytics.aggregates where tenant_id = $1 and bucket >= '2026-03-11'`,
      [tenantA],
    );
    const done = await subgraph.service.pipeline.aggregation.aggregateRecent();
    expect(done.tenants).toBe(1);
    const d = await dashboard();
    expect(d.series.at(-1)).toMatchObject({ bucket: '2026-03-11T00:00:00.000Z', pageViews: 2, visitors: 2 });
  });

  it('counts the last 30 minutes live from the raw events', async () => {
    clock = new Date('2026-03-11T08:45:00Z');
    const live = ok<{ since: string; pageViews: number; visitors: number }>(
      await gql('{ analyticsLive { since pageViews visitors events } }', {}, editorA),
      'analyticsLive',
    );
    expect(live).toMatchObject({ since: '2026-03-11T08:15:00.000Z', pageViews: 1, visitors: 1 });
  });

  it('refuses an over-long range, a reversed range and a non-date with BAD_USER_INPUT', async () => {
    for (const [range, field] of [
      [{ from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', granularity: 'HOUR' }, 'to'],
      [{ from: '2024-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', granularity: 'DAY' }, 'to'],
      [{ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'to'],
      [{ from: 'yesterday', to: '2026-03-01T00:00:00Z' }, 'from'],
    ] as const) {
      const res = await gql(DASHBOARD, { range }, editorA);
      expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('needs analytics:read for the dashboard and settings:write to delete', async () => {
    const res = await gql(DASHBOARD, { range: MARCH }, contributorA);
    expect(errorOf(res).extensions?.code).toBe('FORBIDDEN');
    const del = await gql('mutation { deleteAnalyticsData { events } }', {}, editorA);
    expect(errorOf(del).extensions?.code).toBe('FORBIDDEN');
    expect(await count('select count(*) n from analytics.events where tenant_id = $1', [tenantA])).toBe(10);
  });

  it('shows each tenant only its own numbers', async () => {
    const b = await dashboard(adminB);
    expect(b.totals).toMatchObject({ pageViews: 1, visitors: 1, purchases: 0 });
    expect(b.topPages).toEqual([{ key: '/b-only', pageViews: 1, visitors: 1 }]);
    expect((await dashboard()).topPages.map((p) => p.key)).not.toContain('/b-only');
  });
});

describe('retention', () => {
  it('validates the retention setting (1–730 days)', async () => {
    const UPDATE = `mutation($input: UpdateAnalyticsSettingsInput!) {
      updateAnalyticsSettings(input: $input) { retentionDays firstPartyAnalytics } }`;
    for (const bad of [0, 731, -5]) {
      const res = await gql(UPDATE, { input: { retentionDays: bad } }, adminA);
      expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'retentionDays' });
    }
    const saved = ok<{ retentionDays: number }>(
      await gql(UPDATE, { input: { retentionDays: 1, firstPartyAnalytics: true } }, adminA),
      'updateAnalyticsSettings',
    );
    expect(saved).toEqual({ retentionDays: 1, firstPartyAnalytics: true });
  });

  it('deletes exactly the raw events older than retention, per tenant, and keeps aggregates', async () => {
    const aggregatesBefore = await count('select count(*) n from analytics.aggregates');
    // Tenant A keeps 1 day. Its newest events are at 2026-03-11T08:30; one day later to the millisecond…
    clock = new Date('2026-03-12T08:00:00.000Z');
    const { ingest } = subgraph.service.pipeline;
    // …the boundary: events at or after 2026-03-11T08:00 stay (08:00 exactly is not past retention).
    expect(await ingest.applyRetention()).toBe(8);
    const { rows } = await subgraph.sql.query(
      'select occurred_at from analytics.events where tenant_id = $1 order by occurred_at',
      [tenantA],
    );
    expect(rows.map((r) => (r.occurred_at as Date).toISOString())).toEqual([
      '2026-03-11T08:00:00.000Z',
      '2026-03-11T08:30:00.000Z',
    ]);
    // Tenant B has the default retention (395 days): untouched.
    expect(await count('select count(*) n from analytics.events where tenant_id = $1', [tenantB])).toBe(1);
    expect(await count('select count(*) n from analytics.aggregates')).toBe(aggregatesBefore);
    expect(await ingest.applyRetention()).toBe(0);
  });
});

describe('exports and deletion', () => {
  it('writes a CSV export to storage, behind a signed link, invisible to another tenant', async () => {
    const requested = ok<{ id: string; status: string; downloadUrl: string | null }>(
      await gql(
        'mutation($range: AnalyticsRangeInput!) { requestAnalyticsExport(range: $range) { id status downloadUrl } }',
        { range: { ...MARCH, granularity: 'DAY' } },
        editorA,
      ),
      'requestAnalyticsExport',
    );
    expect(requested).toMatchObject({ status: 'PENDING', downloadUrl: null });
    // No worker in this test: run the export job's work directly (the job handler calls exactly this).
    await subgraph.service.pipeline.dashboard.runExport(tenantA, requested.id);
    const EXPORT = 'query($id: ID!) { analyticsExport(id: $id) { status downloadUrl } }';
    const ready = ok<{ status: string; downloadUrl: string }>(
      await gql(EXPORT, { id: requested.id }, editorA),
      'analyticsExport',
    );
    expect(ready.status).toBe('READY');
    expect(ready.downloadUrl).toMatch(/[?&]sig=/);
    const key = `tenants/${tenantA}/analytics-exports/${requested.id}.csv`;
    const csv = (await subgraph.service.storage.get(key)).toString('utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'bucket,dimension,key,page_views,visitors,add_to_cart,checkouts,purchases,converted_visitors,revenue_minor',
    );
    expect(lines).toContain('2026-03-10T00:00:00.000Z,total,,4,3,1,1,2,1,0');
    expect(lines).toContain('2026-03-10T00:00:00.000Z,currency,EUR,0,0,0,0,2,1,5999');
    // Another tenant asking for it: NOT_FOUND, like an id that does not exist.
    expect(errorOf(await gql(EXPORT, { id: requested.id }, adminB)).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await gql(EXPORT, { id: 'not-a-uuid' }, editorA)).extensions?.code).toBe('NOT_FOUND');
  });

  it("deletes all of one tenant's analytics data on request, buffered events included, and nothing of another", async () => {
    const { buffer } = subgraph.service;
    await buffer.push(tenantA, [event('2026-03-12T07:00:00Z')]);
    const deleted = ok<{ events: number; aggregates: number; exports: number }>(
      await gql('mutation { deleteAnalyticsData { events aggregates exports } }', {}, adminA),
      'deleteAnalyticsData',
    );
    expect(deleted.events).toBe(2);
    expect(deleted.aggregates).toBeGreaterThan(0);
    expect(deleted.exports).toBe(1);
    expect(await buffer.pending(tenantA)).toBe(0);
    for (const table of ['events', 'aggregates', 'exports']) {
      expect(await count(`select count(*) n from analytics.${table} where tenant_id = $1`, [tenantA])).toBe(
        0,
      );
    }
    expect(await subgraph.service.storage.list(`tenants/${tenantA}/analytics-exports/`)).toEqual([]);
    expect(await count('select count(*) n from analytics.events where tenant_id = $1', [tenantB])).toBe(1);
    expect(
      await count('select count(*) n from analytics.aggregates where tenant_id = $1', [tenantB]),
    ).toBeGreaterThan(0);
    // The settings are configuration, not analytics data: kept.
    expect(await count('select count(*) n from analytics.settings where tenant_id = $1', [tenantA])).toBe(1);
  });
});
