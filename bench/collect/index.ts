/**
 * Analytics benchmark, in one run:
 *   (a) a bare node:http endpoint answering 204 to a beacon: the limit
 *   (b) `POST /s/demo/collect` through the gateway on a real stack (PostgreSQL + Redis, demo tenant
 *       with first-party analytics on): parse, bot filter, tenant, both rate limits, the cached
 *       policy, scrubbing, the daily-salted visitor hash and the Redis buffer, every request
 * (autocannon in its own process, warm-up, median of BENCH_RUNS) and prints b/a (goal ≥ 0.5);
 *   (c) aggregation throughput: one million generated events of one tenant over 30 days, rolled into
 *       hourly and daily aggregates (every dimension) by the aggregation service; events/s, median
 *       of three re-aggregations of the whole window (idempotent, so each run does the full work).
 */
import '../../core/disable-telemetry.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../core/config.js';
import { migrateDb, withTenant } from '../../core/db.js';
import { DEMO } from '../../stack/seed.js';
import { AnalyticsAggregationService } from '../../subgraphs/analytics/services/aggregation-service.js';
import { openAnalyticsDb } from '../../subgraphs/analytics/subgraph.js';
import { createTestDatabase } from '../../test/support/env.js';
import {
  benchEnv,
  benchScenarios,
  demoOwner,
  graphql,
  measureWithCpu,
  median,
  saveResults,
  spawnReady,
  stop,
} from '../harness.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const AGGREGATION_EVENTS = Number(process.env.BENCH_AGGREGATION_EVENTS ?? 1_000_000);
const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

async function ingestion() {
  const stack = await spawnReady<{ url: string }>([join(here, '..', 'stack.ts')], {
    ...process.env,
    BENCH_SEED: '1',
    COLLECT_TENANT_PER_MINUTE: '1000000000',
    COLLECT_CLIENT_PER_MINUTE: '1000000000',
    // The flush job runs in the worker process in production; this bench stack runs everything in one
    // process, so the flush is deferred (buffer, 200k events per tenant, holds the run) to measure ingestion alone.
    ANALYTICS_FLUSH_INTERVAL_MS: process.env.BENCH_FLUSH_INTERVAL_MS ?? '60000',
  });
  let bare: Awaited<ReturnType<typeof spawnReady<{ url: string }>>> | undefined;
  try {
    const url = stack.info.url;
    await graphql(
      url,
      'mutation { updateAnalyticsSettings(input: { firstPartyAnalytics: true }) { firstPartyAnalytics } }',
      {},
      await demoOwner(url),
    );
    bare = await spawnReady<{ url: string }>([join(here, 'bare.ts')]);
    const beacon = {
      method: 'POST' as const,
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER },
      body: JSON.stringify({
        type: 'page_view',
        url: `/s/${DEMO.tenantSlug}/pricing?utm_source=news&utm_campaign=launch`,
        referrer: 'https://news.example/story',
      }),
    };
    const { connections, durationSeconds, runs } = benchEnv;
    console.info(`collect bench: ${connections} connections, ${runs} x ${durationSeconds}s`);
    const a = await measureWithCpu([bare.child.pid], '(a) bare node:http answering 204', {
      url: bare.info.url,
      ...beacon,
    });
    const b = await measureWithCpu([stack.child.pid], '(b) POST /s/demo/collect through the gateway', {
      url: `${url}/s/${DEMO.tenantSlug}/collect`,
      ...beacon,
    });
    const ratio = b.requestsPerSecond / a.requestsPerSecond;
    console.info(`b/a ${ratio.toFixed(2)} (goal ≥ 0.5)`);
    return { a, b, ratio };
  } finally {
    if (bare) await stop(bare.child);
    await stop(stack.child);
  }
}

/** One million events of one tenant in one statement (generate_series), then three timed aggregations. */
async function aggregation() {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: database.url,
    CONTEXT_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: join(tmpdir(), `wh-bench-collect-${process.pid}`),
  });
  const db = await openAnalyticsDb(config);
  try {
    await migrateDb(db);
    const tenantId = randomUUID();
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-01-31T00:00:00Z');
    const spanSeconds = (to.getTime() - from.getTime()) / 1000;
    const started = performance.now();
    await withTenant(db, { tenantId }, (em) =>
      em.execute(
        `insert into analytics.events (tenant_id, occurred_at, type, path, referrer_host, utm_source,
           utm_campaign, device, visitor_hash, order_id, amount_minor, currency)
         select ?::uuid, ?::timestamptz + make_interval(secs => (i * 7919) % ?),
           case when i % 100 = 0 then 'purchase' when i % 20 = 0 then 'add_to_cart'
                when i % 40 = 1 then 'begin_checkout' else 'page_view' end,
           '/page-' || (i % 200),
           case when i % 5 = 0 then 'ref' || (i % 20) || '.example' end,
           case when i % 7 = 0 then 'source' || (i % 5) end,
           case when i % 7 = 0 then 'campaign' || (i % 10) end,
           (array['desktop', 'mobile', 'tablet', 'other'])[(1 + i % 4)::int],
           substr(md5(((i * 7919) % ? / 86400)::text || '-' || (i % 50000)::text), 1, 32),
           case when i % 100 = 0 then 'order-' || i end,
           case when i % 100 = 0 then 1000 + i % 9000 end,
           case when i % 100 = 0 then (array['EUR', 'USD'])[(1 + i % 2)::int] end
         from generate_series(1::bigint, ?::bigint) as i`,
        [tenantId, from.toISOString(), spanSeconds, spanSeconds, AGGREGATION_EVENTS],
        'run',
      ),
    );
    console.info(
      `aggregation bench: ${AGGREGATION_EVENTS} events generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const service = new AnalyticsAggregationService(db);
    const seconds: number[] = [];
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      rows = await service.aggregateWindow(tenantId, from, to);
      seconds.push((performance.now() - t0) / 1000);
    }
    const s = median(seconds);
    const eventsPerSecond = AGGREGATION_EVENTS / s;
    console.info(
      `${'(c) aggregation, hourly + daily, every dimension'.padEnd(48)} ${eventsPerSecond.toFixed(0).padStart(7)} events/s  (${s.toFixed(2)} s for ${AGGREGATION_EVENTS} events, ${rows} aggregate rows; runs ${seconds.map((x) => x.toFixed(2)).join(', ')} s)`,
    );
    return { events: AGGREGATION_EVENTS, seconds, medianSeconds: s, eventsPerSecond, rows };
  } finally {
    await db.close();
    await database.drop();
    rmSync(config.dataDir, { recursive: true, force: true });
  }
}

export async function runCollectBench(): Promise<void> {
  const scenarios = benchScenarios('ingest,aggregate');
  const results: Record<string, unknown> = {};
  if (scenarios.has('ingest')) results.ingestion = await ingestion();
  if (scenarios.has('aggregate')) results.aggregation = await aggregation();
  saveResults('collect', results);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runCollectBench();
