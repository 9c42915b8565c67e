import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../core/config.js';
import { bullPrefix, createJobQueue, type JobQueue } from '../core/jobs.js';
import { createStorage, type Storage } from '../core/storage.js';
import { fixedTenantLookup } from '../core/tenant-lookup.js';
import { startAssetsSubgraph } from '../subgraphs/assets/service.js';
import { eventually } from '../test/e2e/support.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  type TestDatabase,
  testConfig,
  userContext,
} from '../test/support/env.js';
import { noiseJpeg } from './images-testing.js';

const IMAGES = 12;
const tenant = randomUUID();
const editor = userContext(randomUUID(), tenant, 'editor');

let database: TestDatabase;
let config: Config;
let env: Record<string, string>;
let storage: Storage;
let jobs: JobQueue;
let service: Awaited<ReturnType<typeof startAssetsSubgraph>>;
let sql: pg.Client;
const children: ChildProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `wh-test-${randomUUID()}:`,
    DATA_DIR: `/tmp/wh-test-${randomUUID()}`,
    CONTEXT_SECRET: randomUUID().repeat(2),
    IMAGE_WIDTHS: '64,128',
    // Counting is about the responsive widths; crops are tested in images.test.ts.
    IMAGE_CROPS: '',
    // Slow enough that the kill lands in the middle of the batch.
    IMAGE_AVIF_EFFORT: '7',
  };
  config = testConfig(env);
  storage = await createStorage(config);
  jobs = await createJobQueue(config);
  service = await startAssetsSubgraph(config, storage, {
    port: 0,
    jobs,
    tenants: fixedTenantLookup({ plan: 'business' }),
  });
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await sql?.end();
  await service?.close();
  await jobs?.close();
  await database?.drop();
  if (config) await rm(config.dataDir, { recursive: true, force: true });
});

/** A real worker process (`node --import tsx`), resolved once it is taking jobs. */
async function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'workers/images.test-worker.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
  return child;
}

const statuses = async () =>
  (await sql.query<{ status: string }>('select status from assets.asset order by id')).rows.map(
    (r) => r.status,
  );

describe('image worker killed in the middle of a batch', () => {
  it('finishes every job after a restart: no variant missing, none duplicated', async () => {
    const ids: string[] = [];
    for (let i = 0; i < IMAGES; i++) {
      const body = await noiseJpeg(200 + i, 150);
      const ticket = await service.assets.createUpload(editor, {
        filename: `photo-${i}.jpg`,
        contentType: 'image/jpeg',
        size: body.length,
      });
      await storage.put(ticket.uploadKey, body, 'image/jpeg');
      await service.assets.completeUpload(editor, ticket.asset.id);
      ids.push(ticket.asset.id);
    }

    const first = await startWorkerProcess();
    // Kill it once some (not all) images are done.
    await eventually(async () => {
      const done = (await statuses()).filter((s) => s === 'ready').length;
      return done >= 2 ? true : undefined;
    }, 120_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const afterKill = await statuses();
    expect(afterKill.filter((s) => s === 'ready').length).toBeLessThan(IMAGES);
    // The killed process held jobs mid-flight: some images are still processing.
    expect(afterKill).toContain('processing');

    await startWorkerProcess();
    await eventually(
      async () => ((await statuses()).every((s) => s === 'ready') ? true : undefined),
      180_000,
    );

    const { rows } = await sql.query<{ asset_id: string; n: number; distinct_keys: number }>(
      `select asset_id, count(*)::int as n, count(distinct storage_key)::int as distinct_keys
       from assets.asset_variant group by asset_id`,
    );
    expect(rows).toHaveLength(IMAGES);
    for (const row of rows) expect(row).toMatchObject({ n: 6, distinct_keys: 6 });
    for (const id of ids) {
      const keys = await storage.list(`tenants/${tenant}/assets/${id}/`);
      expect(keys.map((k) => k.split('/').at(-1)).sort()).toEqual(
        ['128.avif', '128.jpg', '128.webp', '64.avif', '64.jpg', '64.webp', 'original.jpg'].sort(),
      );
    }
    const redis = new Redis(TEST_REDIS_URL);
    const queue = new Queue('image.optimize', { connection: redis, prefix: bullPrefix(config) });
    const counts = await queue.getJobCounts('completed', 'failed', 'active', 'waiting', 'delayed');
    await queue.close();
    await redis.quit();
    expect(counts).toMatchObject({ completed: IMAGES, failed: 0, active: 0, waiting: 0, delayed: 0 });
  }, 360_000);
});
