import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { bullPrefix, createJobQueue, type JobPayloads, type JobQueue } from '../core/jobs.js';
import { type RunningWorker, startWorker } from './worker.js';

type SitemapPayload = JobPayloads['sitemap.regenerate'];

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('BullMQ worker (real Redis)', () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `wh-test-${randomUUID()}:`,
  });
  /** Each run, by siteId: the handler fails for siteIds starting with `fail`. */
  const runs: { siteId: string; attempt: number }[] = [];
  let releaseSlow = () => {};
  const slowGate = new Promise<void>((resolve) => {
    releaseSlow = resolve;
  });
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
            await slowGate;
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

  it('runs an enqueued job in the worker', async () => {
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'ok' });
    await waitFor(() => runsOf('ok').length === 1);
    expect(runsOf('ok')).toEqual([1]);
  });

  it('retries a failing job with backoff, then keeps it as failed with its reason', async () => {
    await queue.enqueue(
      'sitemap.regenerate',
      { tenantId: 't1', siteId: 'fail-1' },
      { jobId: 'sitemap-fail-1' },
    );
    await waitFor(async () => (await queue.failedJobs('sitemap.regenerate')).length === 1);
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
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'once' }, { jobId: 'sitemap-once' });
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'once' }, { jobId: 'sitemap-once' });
    await waitFor(() => runsOf('once').length >= 1);
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'once' }, { jobId: 'sitemap-once' });
    await queue.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'marker' });
    await waitFor(() => runsOf('marker').length === 1);
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
    await waitFor(() => runsOf('slow').length === 1);
    let closed = false;
    const closing = worker.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    releaseSlow();
    await closing;
    expect(slowFinished).toBe(true);
    expect((await queue.depths())['sitemap.regenerate'].active).toBe(0);
  });
});
