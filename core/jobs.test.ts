import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config.js';
import {
  backoffDelay,
  bullPrefix,
  createJobQueue,
  InProcessJobQueue,
  type JobContext,
  type JobPayloads,
  type JobQueue,
  MemoryDelayedJobStore,
} from './jobs.js';

type SitemapPayload = JobPayloads['sitemap.regenerate'];
const payload = (siteId = 's1'): SitemapPayload => ({ tenantId: 't1', siteId });

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

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

  it('picks the in-process backend without REDIS_URL and runs the handler', async () => {
    const seen: SitemapPayload[] = [];
    queue = await createJobQueue(embedded, { 'sitemap.regenerate': async (p) => void seen.push(p) });
    expect(queue.backend).toBe('in-process');
    await queue.enqueue('sitemap.regenerate', payload());
    await waitFor(() => seen.length === 1);
    expect(seen[0]).toEqual(payload());
  });

  it('refuses a payload without tenantId and a jobId BullMQ would refuse', async () => {
    queue = await createJobQueue(embedded, {});
    await expect(queue.enqueue('sitemap.regenerate', { siteId: 's' } as SitemapPayload)).rejects.toThrow(
      /tenantId/,
    );
    await expect(queue.enqueue('sitemap.regenerate', payload(), { jobId: 'a:b' })).rejects.toThrow(/jobId/);
    await expect(queue.enqueue('sitemap.regenerate', payload(), { jobId: '42' })).rejects.toThrow(/jobId/);
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
    let calls = 0;
    queue = await createJobQueue(
      embedded,
      {
        'sitemap.regenerate': async () => {
          calls++;
          if (calls < 2) throw new Error('transient');
        },
      },
      { retry: { backoffMs: 5 } },
    );
    await queue.enqueue('sitemap.regenerate', payload());
    await waitFor(() => calls === 2);
    await waitFor(async () => (await queue!.depths())['sitemap.regenerate'].delayed === 0);
    expect(await queue.failedJobs('sitemap.regenerate')).toEqual([]);
  });

  it('ignores a second enqueue with the same jobId', async () => {
    let calls = 0;
    queue = await createJobQueue(embedded, { 'sitemap.regenerate': async () => void calls++ });
    await queue.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await queue.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await waitFor(() => calls >= 1);
    await queue.enqueue('sitemap.regenerate', payload(), { jobId: 'sitemap-s1' });
    await queue.close();
    expect(calls).toBe(1);
  });

  it('bounds concurrency and drains running jobs on close', async () => {
    let running = 0;
    let peak = 0;
    let finished = 0;
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    queue = await createJobQueue(
      embedded,
      {
        'sitemap.regenerate': async () => {
          running++;
          peak = Math.max(peak, running);
          await gate;
          running--;
          finished++;
        },
      },
      { concurrency: 2 },
    );
    for (let i = 0; i < 5; i++) await queue.enqueue('sitemap.regenerate', payload(`s${i}`));
    await waitFor(() => running === 2);
    expect((await queue.depths())['sitemap.regenerate']).toEqual({
      waiting: 3,
      active: 2,
      delayed: 0,
      failed: 0,
    });

    let closed = false;
    const closing = queue.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(false);
    release();
    await closing;
    expect(finished).toBe(2);
    expect(peak).toBe(2);
    await expect(queue.enqueue('sitemap.regenerate', payload())).rejects.toThrow(/closing/);
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
