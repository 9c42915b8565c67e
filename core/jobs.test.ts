import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { barrier, nextJobEvent } from '../test/support/job-events.js';
import { loadConfig } from './config.js';
import {
  backoffDelay,
  bullPrefix,
  createJobQueue,
  InProcessJobQueue,
  type JobContext,
  type JobHandlers,
  type JobPayloads,
  type JobQueue,
  type JobQueueOptions,
  MemoryDelayedJobStore,
} from './jobs.js';

type SitemapPayload = JobPayloads['sitemap.regenerate'];
const payload = (siteId = 's1'): SitemapPayload => ({ tenantId: 't1', siteId });

describe('backoffDelay', () => {
  it('doubles from the base delay, like BullMQ exponential backoff', () => {
    const policy = { attempts: 5, backoffMs: 100 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(policy, n))).toEqual([100, 200, 400, 800]);
  });
});

describe('in-process job queue', () => {
  const embedded = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/wh-jobs-test' });
  let queue: JobQueue | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await queue?.close();
    queue = undefined;
  });

  /** createJobQueue without REDIS_URL: the in-process runner, whose job events the tests wait on. */
  async function inProcess(handlers: JobHandlers, opts: JobQueueOptions = {}): Promise<InProcessJobQueue> {
    const created = await createJobQueue(embedded, handlers, opts);
    queue = created;
    if (!(created instanceof InProcessJobQueue)) throw new Error('expected the in-process runner');
    return created;
  }

  it('picks the in-process backend without REDIS_URL and runs the handler', async () => {
    const seen: SitemapPayload[] = [];
    const runner = await inProcess({ 'sitemap.regenerate': async (p) => void seen.push(p) });
    expect(runner.backend).toBe('in-process');
    const done = nextJobEvent(
      runner.events,
      'completed',
      (name, id) => name === 'sitemap.regenerate' && id === 'sitemap-s1',
    );
    await runner.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await done;
    expect(seen).toEqual([payload()]);
  });

  it('refuses a payload without tenantId and a jobId BullMQ would refuse', async () => {
    queue = await createJobQueue(embedded, {});
    await expect(queue.enqueue('sitemap.regenerate', { siteId: 's' } as SitemapPayload)).rejects.toThrow(
      /tenantId/,
    );
    await expect(queue.enqueue('sitemap.regenerate', payload(), { jobId: 'a:b' })).rejects.toThrow(/jobId/);
    await expect(queue.enqueue('sitemap.regenerate', payload(), { jobId: '42' })).rejects.toThrow(/jobId/);
  });

  it('told its kinds: refuses other kinds, and a null tenant except on a tenantless kind', async () => {
    queue = await createJobQueue(
      embedded,
      {},
      {
        kinds: [{ name: 'sitemap.regenerate' }, { name: 'analytics.flush', tenantless: true }],
      },
    );
    const noTenant = { tenantId: null, siteId: 's' } as unknown as SitemapPayload;
    await expect(queue.enqueue('sitemap.regenerate', noTenant)).rejects.toThrow(/needs a tenantId/);
    await expect(queue.enqueue('analytics.flush', { tenantId: null })).resolves.toBeUndefined();
    await expect(
      queue.enqueue('page.publish', { tenantId: 't1', pageId: 'p', version: 1, at: '' }),
    ).rejects.toThrow(/Unknown job kind page.publish/);
    expect(Object.keys(await queue.depths()).sort()).toEqual(['analytics.flush', 'sitemap.regenerate']);
  });

  it('retries with exponential backoff, then records the failure with its reason', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const attempts: number[] = [];
    queue = await createJobQueue(
      embedded,
      {
        'sitemap.regenerate': async (_p, job: JobContext) => {
          attempts.push(job.attempt);
          throw new Error(`boom ${job.attempt}`);
        },
      },
      { retry: { attempts: 3, backoffMs: 1_000 } },
    );
    await queue.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toEqual([1]);
    expect((await queue.depths())['sitemap.regenerate'].delayed).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(attempts).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(attempts).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual([1, 2, 3]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toEqual([1, 2, 3]);

    const failed = await queue.failedJobs('sitemap.regenerate');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ id: 'sitemap-s1', attempts: 3, reason: 'boom 3', payload: payload() });
    expect((await queue.depths())['sitemap.regenerate']).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 1,
    });
  });

  it('succeeds on a retry without recording a failure', async () => {
    const attempts: number[] = [];
    const runner = await inProcess(
      {
        'sitemap.regenerate': async (_p, job) => {
          attempts.push(job.attempt);
          if (job.attempt < 2) throw new Error('transient');
        },
      },
      { retry: { backoffMs: 5 } },
    );
    const retrying = nextJobEvent(runner.events, 'retrying', (_name, id) => id === 'sitemap-s1');
    const done = nextJobEvent(runner.events, 'completed', (_name, id) => id === 'sitemap-s1');
    await runner.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    expect(await retrying).toEqual(['sitemap.regenerate', 'sitemap-s1', 1, 'transient']);
    await done;
    expect(attempts).toEqual([1, 2]);
    expect((await runner.depths())['sitemap.regenerate']).toEqual({
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
    });
    expect(await runner.failedJobs('sitemap.regenerate')).toEqual([]);
  });

  it('ignores a second enqueue with the same jobId', async () => {
    let calls = 0;
    const runner = await inProcess({ 'sitemap.regenerate': async () => void calls++ });
    const first = nextJobEvent(runner.events, 'completed', (_name, id) => id === 'sitemap-s1');
    await runner.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await runner.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await first;
    await runner.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await runner.close();
    expect(calls).toBe(1);
  });

  it('bounds concurrency and drains running jobs on close', async () => {
    let running = 0;
    let peak = 0;
    const order: string[] = [];
    const gate = barrier();
    const twoRunning = barrier();
    const runner = await inProcess(
      {
        'sitemap.regenerate': async () => {
          running++;
          peak = Math.max(peak, running);
          if (running === 2) twoRunning.resolve();
          await gate.promise;
          running--;
          order.push('job finished');
        },
      },
      { concurrency: 2 },
    );
    for (let i = 0; i < 5; i++) await runner.enqueue('sitemap.regenerate', payload(`s${i}`));
    await twoRunning.promise;
    expect((await runner.depths())['sitemap.regenerate']).toEqual({
      waiting: 3,
      active: 2,
      delayed: 0,
      failed: 0,
    });

    const closing = runner.close().then(() => void order.push('closed'));
    // Closing has begun (new jobs are refused) while both jobs still hold the gate.
    await expect(runner.enqueue('sitemap.regenerate', payload())).rejects.toThrow(/closing/);
    expect(order).toEqual([]);
    gate.resolve();
    await closing;
    expect(order).toEqual(['job finished', 'job finished', 'closed']);
    expect(peak).toBe(2);
  });

  it('lets a kind with nothing running go before a burst of another kind', async () => {
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof barrier<void>>>();
    const releaseAll = barrier();
    const twoRunning = barrier();
    const runner = await inProcess(
      {
        'sitemap.regenerate': async (p) => {
          started.push(p.siteId);
          if (started.length === 2) twoRunning.resolve();
          const gate = barrier<void>();
          gates.set(p.siteId, gate);
          await Promise.race([gate.promise, releaseAll.promise]);
        },
        'webhook.deliver': async () => void started.push('other kind'),
      },
      { concurrency: 2 },
    );
    for (let i = 0; i < 4; i++) await runner.enqueue('sitemap.regenerate', payload(`s${i}`));
    await twoRunning.promise;
    const otherDone = nextJobEvent(runner.events, 'completed', (name) => name === 'webhook.deliver');
    await runner.enqueue('webhook.deliver', { tenantId: 't1', deliveryId: 'd1' });
    // One slot frees: the other kind, enqueued last, goes before the two waiting sitemap jobs.
    gates.get('s0')!.resolve();
    await otherDone;
    expect(started.slice(0, 3)).toEqual(['s0', 's1', 'other kind']);
    releaseAll.resolve();
  });

  it('holds a job delayed beyond the longest Node timer (a publish weeks ahead) until its time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const DAY = 86_400_000;
    const seen: string[] = [];
    const runner = await inProcess({ 'sitemap.regenerate': async (p) => void seen.push(p.siteId) });
    await runner.enqueue('sitemap.regenerate', payload('in-30-days'), { delayMs: 30 * DAY });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(30 * DAY - 1_001);
    expect(seen).toEqual([]);
    expect((await runner.depths())['sitemap.regenerate'].delayed).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['in-30-days']);
  });

  it('keeps delayed jobs in its store and re-arms them from the store at start', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const store = new MemoryDelayedJobStore();
    const seen: string[] = [];
    const handlers = { 'sitemap.regenerate': async (p: SitemapPayload) => void seen.push(p.siteId) };
    const first = new InProcessJobQueue(handlers, { attempts: 5, backoffMs: 10 }, 1, store);
    await first.start();
    await first.enqueue('sitemap.regenerate', payload('later'), { delayMs: 5_000 });
    await first.close();
    expect(await store.load()).toHaveLength(1);

    queue = new InProcessJobQueue(handlers, { attempts: 5, backoffMs: 10 }, 1, store);
    await (queue as InProcessJobQueue).start();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['later']);
    expect(await store.load()).toEqual([]);
  });
});

describe('BullMQ job queue (real Redis)', () => {
  const prefix = `wh-test-${randomUUID()}:`;
  const config = loadConfig({ NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: prefix });
  const queues: JobQueue[] = [];

  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
    const redis = new Redis(config.REDIS_URL!);
    const keys = await redis.keys(`${bullPrefix(config)}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('uses a hash-tagged prefix and dedupes by jobId', async () => {
    const queue = await createJobQueue(config);
    queues.push(queue);
    expect(queue.backend).toBe('bullmq');
    expect(bullPrefix(config)).toBe(`{${prefix}jobs}`);
    await queue.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await queue.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await queue.enqueue('sitemap.regenerate', payload('s2'), { delayMs: 60_000 });
    expect((await queue.depths())['sitemap.regenerate']).toEqual({
      waiting: 1,
      active: 0,
      delayed: 1,
      failed: 0,
    });
    await expect(queue.enqueue('sitemap.regenerate', payload(), { jobId: 'a:b' })).rejects.toThrow(/jobId/);

    const redis = new Redis(config.REDIS_URL!);
    const keys = await redis.keys(`${bullPrefix(config)}:sitemap.regenerate:*`);
    await redis.quit();
    expect(keys.length).toBeGreaterThan(0);
  });
});
