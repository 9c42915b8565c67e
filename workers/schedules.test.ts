import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../core/config.js';
import { migrateDb } from '../core/db.js';
import { bullPrefix, createJobQueue, type JobQueue } from '../core/jobs.js';
import { openAnalyticsDb } from '../subgraphs/analytics/subgraph.js';
import { openAssetsDb } from '../subgraphs/assets/subgraph.js';
import { openCmsDb } from '../subgraphs/cms/subgraph.js';
import { openCommerceDb } from '../subgraphs/commerce/subgraph.js';
import { createTestDatabase, freePorts, TEST_REDIS_URL, testConfig } from '../test/support/env.js';
import { nextJobEvent } from '../test/support/job-events.js';
import { type RunningWorker, startWorker } from './worker.js';

/** A Redis of the test's own, without persistence: a restart loses every key, as in production. */
async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
  });
  proc.removeAllListeners('exit');
  return proc;
}

async function stopRedis(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = once(proc, 'exit');
  proc.kill('SIGKILL');
  await exited;
}

/** Deletes every key of this test run's prefix in one atomic step (never FLUSHALL: the server is shared). */
async function deletePrefix(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url);
  try {
    const deleted = await redis.eval(
      "local keys = redis.call('KEYS', ARGV[1]) for _, key in ipairs(keys) do redis.call('DEL', key) end return #keys",
      0,
      `${prefix}*`,
    );
    return Number(deleted);
  } finally {
    await redis.quit();
  }
}

const EVERY_MS = 200;

describe('repeatable jobs after Redis lost its data (BullMQ)', () => {
  let redisServer: ChildProcess | undefined;
  let worker: RunningWorker | undefined;
  let queue: JobQueue | undefined;
  let cleanup: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await worker?.close();
    await queue?.close();
    await cleanup?.();
    if (redisServer) await stopRedis(redisServer);
    worker = queue = cleanup = redisServer = undefined;
  });

  /**
   * Starts a worker and a producer on `config`, schedules `analytics.flush` and waits for its
   * first run. Call the returned function once the data is gone: it resolves with the id of a run
   * that began after that call and completed.
   */
  async function scheduleFlush(config: Config, scheduleCheckMs: number): Promise<() => Promise<string>> {
    let lost = false;
    const begunAfterLoss = new Set<string>();
    const running = await startWorker(
      config,
      {
        'analytics.flush': async (_payload, job) => {
          if (lost) begunAfterLoss.add(job.id);
        },
      },
      { metricsPort: 0 },
    );
    worker = running;
    queue = await createJobQueue(config, {}, { scheduleCheckMs });
    const firstRun = nextJobEvent(running.events, 'completed', (name) => name === 'analytics.flush');
    await queue.repeat('analytics.flush', { tenantId: null }, EVERY_MS);
    await firstRun;
    return async () => {
      lost = true;
      const [, id] = await nextJobEvent(
        running.events,
        'completed',
        (name, jobId) => name === 'analytics.flush' && begunAfterLoss.has(jobId),
      );
      return id;
    };
  }

  it('re-creates the schedule when the connection comes back to a Redis restarted empty', async () => {
    const [port] = await freePorts(1);
    redisServer = await startRedis(port!);
    const config = testConfig({ REDIS_URL: `redis://127.0.0.1:${port}` });
    // The periodic check is pushed out of the test's reach: only the reconnect may bring it back.
    const ranAgain = await scheduleFlush(config, 3_600_000);

    await stopRedis(redisServer);
    redisServer = await startRedis(port!);
    const probe = new Redis(config.REDIS_URL!);
    expect(await probe.dbsize()).toBe(0);
    await probe.quit();

    // Only a job made after the restart can run now.
    expect(await ranAgain()).toMatch(/^repeat:/);
  }, 60_000);

  it('re-creates the schedule on its periodic check when the keys vanish while Redis stays up', async () => {
    const config = testConfig({ REDIS_URL: TEST_REDIS_URL });
    const prefix = bullPrefix(config);
    cleanup = async () => void (await deletePrefix(TEST_REDIS_URL, prefix));
    const ranAgain = await scheduleFlush(config, 100);

    expect(await deletePrefix(TEST_REDIS_URL, prefix)).toBeGreaterThan(0);
    expect(await ranAgain()).toMatch(/^repeat:/);
  }, 60_000);
});

describe('the worker process (workers/main.ts)', () => {
  it('keeps the order-expiry schedule, which the commerce subgraph on its own cannot register', async () => {
    const database = await createTestDatabase();
    const [metricsPort] = await freePorts(1);
    const config = testConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL });
    let worker: ChildProcess | undefined;
    const queue = new Queue('commerce.expire-orders', {
      connection: { url: TEST_REDIS_URL },
      prefix: bullPrefix(config),
    });
    try {
      // The subgraphs own their schemas; the worker only opens them.
      for (const open of [openCmsDb, openAssetsDb, openCommerceDb, openAnalyticsDb]) {
        const db = await open(config);
        await migrateDb(db);
        await db.close();
      }
      worker = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts')], {
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          DATABASE_URL: database.url,
          REDIS_URL: TEST_REDIS_URL,
          REDIS_PREFIX: config.REDIS_PREFIX,
          DATA_DIR: config.dataDir,
          CONTEXT_SECRET: config.contextSecret,
          WORKER_METRICS_PORT: String(metricsPort),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const check = (chunk: Buffer) => {
          output += chunk;
          if (output.includes('worker started')) resolve();
        };
        worker!.stdout!.on('data', check);
        worker!.stderr!.on('data', check);
        worker!.once('exit', (code) => reject(new Error(`the worker exited with ${code}:\n${output}`)));
      });
      expect(await queue.getJobScheduler('every-commerce.expire-orders')).toMatchObject({
        name: 'commerce.expire-orders',
        every: 60_000,
      });
    } finally {
      if (worker && worker.exitCode === null) {
        const exited = once(worker, 'exit');
        worker.kill('SIGTERM');
        await exited;
      }
      await queue.close();
      await deletePrefix(TEST_REDIS_URL, bullPrefix(config));
      await database.drop();
      await rm(config.dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
