import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { bullPrefix, createJobQueue, type JobPayloads, type JobQueue } from '../core/jobs.js';
import { eventually } from '../test/e2e/support.js';
import { barrier, nextJobEvent } from '../test/support/job-events.js';
import { type RunningWorker, startWorker } from './worker.js';

type SitemapPayload = JobPayloads['sitemap.regenerate'];

describe('BullMQ worker (real Redis)', () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `wh-test-${randomUUID()}:`,
  });
  /** Each run, by siteId: the handler fails for siteIds starting with `fail`. */
  const runs: { siteId: string; attempt: number }[] = [];
  const slowGate = barrier();
  const slowStarted = barrier();
  let slowFinished = false;
  let queue: JobQueue;
  let worker: RunningWorker;

  beforeAll(async () => {
    queue = await createJobQueue(config, {}, { retry: { attempts: 3, backoffMs: 10 } });
    worker = await startWorker(
      config,
      {
        'sitemap.regenerate': async ({ siteId }: SitemapPayload, job) => {
          runs.push({ siteId, attempt: job.attempt });
          if (siteId.startsWith('fail')) throw new Error(`cannot reach CMS for ${siteId}`);
          if (siteId === 'slow') {
            slowStarted.resolve();
            await slowGate.promise;
            slowFinished = true;
          }
        },
      },
      { metricsPort: 0 },
    );
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    const redis = new Redis(config.REDIS_URL!);
    const keys = await redis.keys(`${bullPrefix(config)}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  const runsOf = (siteId: string) => runs.filter((r) => r.siteId === siteId).map((r) => r.attempt);

  const completed = (id: string) => nextJobEvent(worker.events, 'completed', (_name, jobId) => jobId === id);

  it('runs an enqueued job in the worker', async () => {
    const done = completed('sitemap-ok');
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'ok' }, { jobId: 'sitemap-ok' });
    expect(await done).toEqual(['sitemap.regenerate', 'sitemap-ok']);
    expect(runsOf('ok')).toEqual([1]);
  });

  it('retries a failing job with backoff, then keeps it as failed with its reason', async () => {
    const retried: number[] = [];
    const onRetry = (_name: string, id: string, attempt: number) => {
      if (id === 'sitemap-fail-1') retried.push(attempt);
    };
    worker.events.on('retrying', onRetry);
    const failedForGood = nextJobEvent(worker.events, 'failed', (_name, id) => id === 'sitemap-fail-1');
    await queue.enqueue(
      'sitemap.regenerate',
      { tenantId: 't1', siteId: 'fail-1' },
      { jobId: 'sitemap-fail-1' },
    );
    expect(await failedForGood).toEqual([
      'sitemap.regenerate',
      'sitemap-fail-1',
      3,
      'cannot reach CMS for fail-1',
    ]);
    worker.events.off('retrying', onRetry);
    expect(retried).toEqual([1, 2]);
    expect(runsOf('fail-1')).toEqual([1, 2, 3]);
    const [failed] = await queue.failedJobs('sitemap.regenerate');
    expect(failed).toMatchObject({
      id: 'sitemap-fail-1',
      name: 'sitemap.regenerate',
      attempts: 3,
      reason: 'cannot reach CMS for fail-1',
      payload: { tenantId: 't1', siteId: 'fail-1' },
    });
    expect((await queue.depths())['sitemap.regenerate'].failed).toBe(1);
  });

  it('dedupes by jobId while the job is retained', async () => {
    const once = completed('sitemap-once');
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'once' }, { jobId: 'sitemap-once' });
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'once' }, { jobId: 'sitemap-once' });
    await once;
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'once' }, { jobId: 'sitemap-once' });
    // One worker on this queue takes jobs in order: a marker enqueued last finishes after any rerun.
    const marker = completed('sitemap-marker');
    await queue.enqueue(
      'sitemap.regenerate',
      { tenantId: 't1', siteId: 'marker' },
      { jobId: 'sitemap-marker' },
    );
    await marker;
    expect(runsOf('once')).toEqual([1]);
  });

  it('serves queue depths on /metrics and readiness on /readyz', async () => {
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'later' }, { delayMs: 60_000 });
    const metrics = await (await fetch(worker.metricsUrl)).text();
    expect(metrics).toContain('webhaze_queue_depth{queue="sitemap.regenerate",state="delayed"} 1');
    expect(metrics).toContain('webhaze_queue_depth{queue="sitemap.regenerate",state="failed"} 1');
    expect(metrics).toMatch(/webhaze_jobs_total\{queue="sitemap.regenerate",outcome="completed"\} \d+/);
    expect(metrics).toContain('process_cpu_user_seconds_total');
    const ready = await fetch(worker.metricsUrl.replace('/metrics', '/readyz'));
    expect(ready.status).toBe(200);
  });

  it('waits for the active job when closing', async () => {
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'slow' });
    await slowStarted.promise;
    const order: string[] = [];
    const closing = worker.close().then(() => void order.push('closed'));
    // Closing has begun once the metrics server refuses connections; the job still holds the gate.
    await eventually(() =>
      fetch(worker.metricsUrl).then(
        () => undefined,
        () => true,
      ),
    );
    expect(order).toEqual([]);
    order.push('job released');
    slowGate.resolve();
    await closing;
    expect(order).toEqual(['job released', 'closed']);
    expect(slowFinished).toBe(true);
    expect((await queue.depths())['sitemap.regenerate'].active).toBe(0);
  });
});
