import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { runInNewContext } from 'node:vm';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalContext, type RequestContext } from '../../core/context.js';
import { DEMO } from '../../stack/seed.js';
import type { RunningStack } from '../../stack/start.js';
import { TEST_REDIS_URL } from '../support/env.js';
import { demoContext, eventually, loginDemo, startTestStack } from './support.js';

/**
 * First-party analytics end to end, through the gateway: a rendered demo page carries the beacon
 * (its hash in the CSP), the beacon's own script posts to /collect, the worker jobs flush and
 * aggregate, and the visits show up in the dashboard query. Once with Redis (BullMQ worker, Redis
 * buffer) and once without (in-process jobs, memory buffer), both on the real PostgreSQL.
 */

const CHROME = (n: number) =>
  `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/13${n}.0 Safari/537.36`;
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
const CLIENT_LIMIT = 40;
const OTHER_SLUG = 'other-shop';

describe.each([
  { mode: 'PostgreSQL + Redis', redis: TEST_REDIS_URL, pglite: false },
  { mode: 'PostgreSQL, no Redis (in-memory buffer, in-process jobs)', redis: undefined, pglite: false },
  { mode: 'embedded (PGlite, no Redis)', redis: undefined, pglite: true },
])('analytics through the gateway: $mode', ({ redis, pglite }) => {
  let stack: RunningStack;
  let url: string;
  let demo: RequestContext;
  let sql: pg.Client;
  let close: (() => Promise<void>) | undefined;
  /** The gateway's beacon clock: real time, or a frozen instant (one limit window for a flood). */
  let frozenAt: number | null = null;
  /** Flush runs of the analytics pipeline not finished yet (the scheduled job's and the tests'). */
  const flushing = new Set<Promise<number>>();

  beforeAll(async () => {
    ({ stack, url, close } = await startTestStack(
      {
        REDIS_URL: redis,
        ANALYTICS_FLUSH_INTERVAL_MS: '150',
        ANALYTICS_AGGREGATE_INTERVAL_MS: '250',
        COLLECT_CLIENT_PER_MINUTE: String(CLIENT_LIMIT),
      },
      { seed: true, embedded: pglite, gatewayNow: () => frozenAt ?? Date.now() },
    ));
    // Observe every flush run (the repeatable job calls this same method), to wait for them.
    const ingest = stack.analytics.pipeline.ingest;
    const flush = ingest.flush.bind(ingest);
    ingest.flush = (opts) => {
      const run = flush(opts);
      flushing.add(run);
      const done = () => void flushing.delete(run);
      run.then(done, done);
      return run;
    };
    demo = await demoContext(stack);
    sql = new pg.Client({ connectionString: stack.config.DATABASE_URL });
    await sql.connect();
    // A second, real tenant for the cross-tenant attempts.
    const anonymous: RequestContext = { ...internalContext('test', null), actor: { kind: 'anonymous' } };
    const account = await stack.auth.parts.auth.register(anonymous, {
      email: 'other-owner@example.com',
      password: 'other-owner-password-1',
      name: 'Other Owner',
    });
    await stack.auth.parts.auth.createTenant(
      { ...anonymous, actor: { kind: 'user', userId: account.user.id, role: null, platformAdmin: false } },
      { slug: OTHER_SLUG, name: 'Other Shop' },
    );
  }, 300_000);

  afterAll(async () => {
    await sql?.end();
    await close?.();
    if (redis && stack) {
      // The run's keys: buffers, salts, limits and the BullMQ queues with their job schedulers.
      const client = new Redis(redis);
      const prefix = stack.config.REDIS_PREFIX;
      for (const pattern of [`${prefix}*`, `{${prefix}jobs}*`]) {
        const keys = await client.keys(pattern);
        if (keys.length > 0) await client.del(...keys);
      }
      await client.quit();
    }
  });

  const homeUrl = () => `${url}/s/${DEMO.tenantSlug}/`;
  const collectUrl = () => `${url}/s/${DEMO.tenantSlug}/collect`;
  /** Stored events, the drained() markers left out. */
  const storedEvents = async () =>
    Number(
      (await sql.query(`select count(*) n from analytics.events where path not like '/marker-%'`)).rows[0].n,
    );

  /** Every inline script and the CSP's script hashes. */
  async function page(headers: Record<string, string>) {
    const res = await fetch(homeUrl(), { headers });
    expect(res.status).toBe(200);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    return { scripts, csp: res.headers.get('content-security-policy') ?? '' };
  }

  /** Runs the page's beacon script as a browser would, capturing what `navigator.sendBeacon` sends. */
  function runBeacon(script: string, location: { pathname: string; search: string }, referrer: string) {
    const sent: { target: string; body: string }[] = [];
    runInNewContext(script, {
      navigator: { sendBeacon: (target: string, body: string) => sent.push({ target, body }) },
      location,
      document: { referrer },
      JSON,
    });
    return sent;
  }

  const beacon = (body: string, headers: Record<string, string> = {}, target = collectUrl()) =>
    fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': CHROME(1), ...headers },
      body,
    });

  /** A beacon from another loopback address: a client with a limit window of its own. */
  const beaconFrom = (address: string, body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        collectUrl(),
        {
          method: 'POST',
          localAddress: address,
          headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': CHROME(3) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  /**
   * The barrier a "stored nothing" check needs: when it resolves, every beacon the gateway accepted
   * before the call is in analytics.events. Two marker beacons are accepted and stored in turn: the
   * gateway hands accepted events to the buffer in batches, one after the other, so the second
   * marker is stored only after the batch of the first (and whatever else it held, for any tenant)
   * reached the buffer. Then every flush run in flight ends, and one more drains what is left.
   */
  async function drained() {
    for (let i = 0; i < 2; i++) {
      const path = `/marker-${randomUUID()}`;
      expect(await beaconFrom('127.0.0.2', JSON.stringify({ type: 'page_view', url: path }))).toBe(204);
      await eventually(async () => {
        const found = await sql.query('select 1 from analytics.events where path = $1', [path]);
        return found.rowCount ? true : undefined;
      });
    }
    await Promise.allSettled([...flushing]);
    await stack.analytics.pipeline.ingest.flush({ untilEmpty: true });
  }

  /** The dashboard through the gateway's public endpoint, as the demo tenant's signed-in owner. */
  async function dashboardViaGateway() {
    const token = await loginDemo(url);
    const today = new Date();
    const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 1));
    const to = new Date(from.getTime() + 3 * 24 * 60 * 60 * 1000);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query($range: AnalyticsRangeInput!) { analyticsDashboard(range: $range) {
          totals { pageViews visitors } topPages { key pageViews } referrers { key pageViews }
          campaigns { key pageViews } devices { key pageViews } } analyticsLive { pageViews visitors } }`,
        variables: { range: { from: from.toISOString(), to: to.toISOString(), granularity: 'DAY' } },
      }),
    });
    const body = (await res.json()) as {
      data?: {
        analyticsDashboard: {
          totals: { pageViews: number; visitors: number };
          topPages: { key: string; pageViews: number }[];
          referrers: { key: string; pageViews: number }[];
          campaigns: { key: string; pageViews: number }[];
          devices: { key: string; pageViews: number }[];
        };
        analyticsLive: { pageViews: number; visitors: number };
      };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  it('renders no beacon while first-party analytics is off, and drops beacons', async () => {
    // The demo seed turns first-party analytics on; this tenant owner turns it off first.
    await stack.analytics.settings.update(demo, { firstPartyAnalytics: false });
    const { scripts } = await eventually(async () => {
      const p = await page({ 'user-agent': CHROME(1) });
      return p.scripts.some((s) => s.includes('sendBeacon')) ? undefined : p;
    }, 10_000);
    expect(scripts.some((s) => s.includes('sendBeacon'))).toBe(false);
    const res = await beacon(JSON.stringify({ type: 'page_view', url: '/' }));
    expect(res.status).toBe(204);
  });

  it('renders the beacon (hash in the CSP) once enabled, and not for GPC or opted-out visitors', async () => {
    await stack.analytics.settings.update(demo, { firstPartyAnalytics: true, clarityEnabled: true });
    const { scripts, csp } = await eventually(async () => {
      const p = await page({ 'user-agent': CHROME(1) });
      return p.scripts.some((s) => s.includes('sendBeacon')) ? p : undefined;
    }, 10_000);
    const script = scripts.find((s) => s.includes('sendBeacon'))!;
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    expect(csp).toContain(hash);
    expect(script).toContain(JSON.stringify(`/s/${DEMO.tenantSlug}/collect`));

    for (const headers of [{ 'sec-gpc': '1' }, { cookie: 'wh_optout=1' }] as Record<string, string>[]) {
      const suppressed = await page({ 'user-agent': CHROME(1), ...headers });
      expect(suppressed.scripts.some((s) => s.includes('sendBeacon'))).toBe(false);
      expect(suppressed.scripts.some((s) => s.includes('clarity.ms'))).toBe(false);
    }
  });

  it('records visits sent by the page script and shows them in the dashboard after the aggregation job', async () => {
    const { scripts } = await page({ 'user-agent': CHROME(1) });
    const script = scripts.find((s) => s.includes('sendBeacon'))!;
    const before = await storedEvents();
    const visits = [
      {
        ua: CHROME(1),
        pathname: `/s/${DEMO.tenantSlug}/`,
        search: '?utm_source=news&utm_campaign=launch&email=a@b.example',
        ref: 'https://news.example/story',
      },
      { ua: CHROME(1), pathname: `/s/${DEMO.tenantSlug}/`, search: '', ref: `${url}/s/${DEMO.tenantSlug}/` },
      {
        ua: CHROME(2),
        pathname: `/s/${DEMO.tenantSlug}/`,
        search: '?token=abcdefabcdefabcdefabcdefabcdefabcdef&x=1',
        ref: '',
      },
      { ua: IPHONE, pathname: `/s/${DEMO.tenantSlug}/`, search: '', ref: 'https://social.example/' },
    ];
    for (const visit of visits) {
      const [sent] = runBeacon(script, { pathname: visit.pathname, search: visit.search }, visit.ref);
      expect(sent!.target).toBe(`/s/${DEMO.tenantSlug}/collect`);
      const res = await beacon(sent!.body, { 'user-agent': visit.ua }, `${url}${sent!.target}`);
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    await eventually(async () => ((await storedEvents()) === before + 4 ? true : undefined), 15_000);
    const { rows } = await sql.query(
      'select path, referrer_host, utm_source, utm_campaign, visitor_hash from analytics.events order by id',
    );
    // Scrubbed: no email, no token; tenant-relative paths; only the referrer's host; no IP anywhere.
    expect(rows.map((r) => r.path)).toEqual(['/', '/', '/?x=1', '/']);
    expect(rows.map((r) => r.referrer_host)).toEqual(['news.example', null, null, 'social.example']);
    expect(rows[0]).toMatchObject({ utm_source: 'news', utm_campaign: 'launch' });
    expect(JSON.stringify(rows)).not.toContain('127.0.0.1');
    expect(new Set(rows.map((r) => r.visitor_hash)).size).toBe(3);
    // The hash commerce would keep on this visitor's cart (for purchase attribution) is the same one.
    const cartHash = await stack.analytics.pipeline.ingest.visitorHashOf({
      tenantId: demo.tenantId,
      clientIp: '127.0.0.1',
      userAgent: CHROME(1),
    });
    expect(rows[0]!.visitor_hash).toBe(cartHash);

    const dash = await eventually(async () => {
      const d = await dashboardViaGateway();
      return d.analyticsDashboard.totals.pageViews === 4 ? d : undefined;
    }, 15_000);
    expect(dash.analyticsDashboard.totals).toEqual({ pageViews: 4, visitors: 3 });
    expect(dash.analyticsDashboard.topPages).toEqual([
      { key: '/', pageViews: 3 },
      { key: '/?x=1', pageViews: 1 },
    ]);
    expect(dash.analyticsDashboard.referrers.map((r) => r.key).sort()).toEqual([
      'news.example',
      'social.example',
    ]);
    expect(dash.analyticsDashboard.campaigns).toEqual([{ key: 'launch', pageViews: 1 }]);
    expect(dash.analyticsDashboard.devices).toEqual([
      { key: 'desktop', pageViews: 3 },
      { key: 'mobile', pageViews: 1 },
    ]);
    expect(dash.analyticsLive).toEqual({ pageViews: 4, visitors: 3 });
  });

  it('stores nothing for malformed, oversized, bot, GPC, opted-out, unknown-tenant or cross-tenant beacons', async () => {
    const before = await storedEvents();
    const good = JSON.stringify({ type: 'page_view', url: '/' });
    const cases: [string, Promise<Response>, number][] = [
      ['not JSON', beacon('{nope'), 400],
      ['unknown field', beacon(JSON.stringify({ type: 'page_view', url: '/', ip: '1.2.3.4' })), 400],
      ['purchase from a browser', beacon(JSON.stringify({ type: 'purchase', url: '/' })), 400],
      ['javascript: url', beacon(JSON.stringify({ type: 'page_view', url: 'javascript:alert(1)' })), 400],
      ['wrong content type', beacon(good, { 'content-type': 'application/x-www-form-urlencoded' }), 400],
      ['oversized', beacon(JSON.stringify({ type: 'page_view', url: `/${'a'.repeat(5000)}` })), 413],
      ['GET', fetch(collectUrl()), 405],
      ['bot', beacon(good, { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' }), 204],
      ['GPC', beacon(good, { 'sec-gpc': '1' }), 204],
      ['opted out', beacon(good, { cookie: 'wh_optout=1' }), 204],
      ['unknown tenant', beacon(good, {}, `${url}/s/no-such-tenant/collect`), 204],
      ['no tenant on the platform host', beacon(good, {}, `${url}/collect`), 400],
      [
        'tenant field naming an unknown tenant',
        beacon(JSON.stringify({ type: 'page_view', url: '/', tenant: 'no-such-tenant' })),
        204,
      ],
      [
        "tenant field naming another tenant than the path (the attacker's side)",
        beacon(JSON.stringify({ type: 'page_view', url: '/', tenant: OTHER_SLUG })),
        400,
      ],
      [
        'demo-looking beacon sent to the other tenant (analytics off there)',
        beacon(
          JSON.stringify({ type: 'page_view', url: `/s/${DEMO.tenantSlug}/`, tenant: OTHER_SLUG }),
          {},
          `${url}/s/${OTHER_SLUG}/collect`,
        ),
        204,
      ],
    ];
    for (const [name, response, status] of cases) expect((await response).status, name).toBe(status);
    await drained();
    expect(await storedEvents()).toBe(before);
  });

  it('accepts a tenant field that names the tenant of the path', async () => {
    const res = await beacon(JSON.stringify({ type: 'page_view', url: '/', tenant: DEMO.tenantSlug }));
    expect(res.status).toBe(204);
    await eventually(async () =>
      (await stack.analytics.buffer.pending(demo.tenantId!)) === 0 ? true : undefined,
    );
  });

  it('rate limits a flood from one client (429) and stores nothing past the limit', async () => {
    const good = JSON.stringify({ type: 'page_view', url: '/flood' });
    const statuses: number[] = [];
    // A client of its own, and the gateway's clock held still: the whole flood falls in one window.
    frozenAt = Date.now();
    try {
      for (let i = 0; i < CLIENT_LIMIT + 5; i++) statuses.push(await beaconFrom('127.0.0.3', good));
    } finally {
      frozenAt = null;
    }
    expect(statuses).toEqual([...Array(CLIENT_LIMIT).fill(204), ...Array(5).fill(429)]);
    await drained();
    const flood = Number(
      (await sql.query(`select count(*) n from analytics.events where path = '/flood'`)).rows[0].n,
    );
    expect(flood).toBe(CLIENT_LIMIT);
  });
});
