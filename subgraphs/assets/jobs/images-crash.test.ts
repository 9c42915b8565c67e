import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../core/config.js';
import { bullPrefix, createJobQueue, type JobQueue } from '../../../core/jobs.js';
import { createStorage, type Storage } from '../../../core/storage.js';
import { fixedTenantLookup } from '../../../core/tenant-lookup.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../../test/support/env.js';
import { eventually } from '../../../test/support/eventually.js';
import { noiseJpeg } from '../../../test/support/images.js';
import { startAssetsSubgraph } from '../subgraph.js';

const IMAGES = 12;
/** Jobs the first worker finishes before it holds every further one at a known point. */
const FINISHED_BEFORE_CRASH = 2;
/** The worker's job concurrency (images.test-worker.ts): how many jobs are held when it is killed. */
const HELD = 2;
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

/** A real worker process (`node --import tsx`), resolved once it is taking jobs; its stdout lines. */
async function startWorkerProcess(extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/assets/jobs/images.test-worker.ts'], {
    env: { ...process.env, ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines: string[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop()!;
    lines.push(...parts);
  });
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`worker exited early (${child.exitCode})`);
    return lines.includes('ready') ? true : undefined;
  }, 60_000);
  return { child, lines };
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

    const first = await startWorkerProcess({ HOLD_AFTER_JOBS: String(FINISHED_BEFORE_CRASH) });
    // Kill it once it holds a full batch of jobs mid-flight (first variant written, nothing recorded).
    const held = await eventually(async () => {
      const ids = first.lines.filter((l) => l.startsWith('held ')).map((l) => l.slice('held '.length));
      return ids.length === HELD ? ids : undefined;
    }, 120_000);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const afterKill = await statuses();
    expect(afterKill.filter((s) => s === 'ready')).toHaveLength(FINISHED_BEFORE_CRASH);
    expect(afterKill.filter((s) => s === 'processing')).toHaveLength(IMAGES - FINISHED_BEFORE_CRASH);
    for (const id of held) {
      // Left behind by the crash: the original and one variant object, no variant row.
      expect(await storage.list(`tenants/${tenant}/assets/${id}/`)).toHaveLength(2);
      const recorded = await sql.query('select 1 from assets.asset_variant where asset_id = $1', [id]);
      expect(recorded.rowCount).toBe(0);
    }

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
