import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testConfig } from '../test/support/env.js';
import { nextJobEvent } from '../test/support/job-events.js';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './embedded-db.js';
import {
  createJobQueue,
  DatabaseDelayedJobStore,
  InProcessJobQueue,
  type JobHandlers,
  type JobPayloads,
} from './jobs.js';

type SitemapPayload = JobPayloads['sitemap.regenerate'];

/** A database the runner's store lives in, which the test can restart (PGlite) or keep (PostgreSQL). */
interface StoreDatabase {
  url(): string;
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function pglite(): Promise<StoreDatabase> {
  const dataDir = testConfig().dataDir;
  let server: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port: 0 });
  return {
    url: () => server.url,
    async restart() {
      await server.close();
      server = await startEmbeddedPostgres({ dataDir, port: 0 });
    },
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function postgres(): Promise<StoreDatabase> {
  const database: TestDatabase = await createTestDatabase();
  return { url: () => database.url, restart: async () => {}, close: () => database.drop() };
}

const HOUR = 3_600_000;

describe.each([
  ['PGlite (embedded mode)', pglite],
  ['PostgreSQL', postgres],
])('in-process jobs kept in the database across a restart: %s', (_name, open) => {
  const embedded = testConfig();
  let db: StoreDatabase;
  const runners: InProcessJobQueue[] = [];

  beforeAll(async () => {
    db = await open();
  });
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.close();
  });
  afterAll(() => db?.close());

  /**
   * A runner on the database's job table, its clock `offsetMs` ahead of the real one; not started
   * (`start()` re-arms the stored jobs) so that the test can listen first.
   */
  async function runner(handlers: JobHandlers, offsetMs = 0): Promise<InProcessJobQueue> {
    const queue = await createJobQueue(embedded, handlers, {
      delayedStore: new DatabaseDelayedJobStore(db.url()),
      now: () => Date.now() + offsetMs,
      retry: { attempts: 3, backoffMs: HOUR },
      deferStart: true,
    });
    if (!(queue instanceof InProcessJobQueue)) throw new Error('expected the in-process runner');
    runners.push(queue);
    return queue;
  }

  it('runs a delayed job scheduled before the restart once its time has come', async () => {
    const seen: { siteId: string; attempt: number }[] = [];
    const handlers: JobHandlers = {
      'sitemap.regenerate': async (p: SitemapPayload, job) =>
        void seen.push({ siteId: p.siteId, attempt: job.attempt }),
    };
    const first = await runner(handlers);
    await first.start();
    await first.enqueue(
      'sitemap.regenerate',
      { tenantId: 't1', siteId: 'later' },
      { delayMs: HOUR, jobId: 'later-1' },
    );
    expect((await first.depths())['sitemap.regenerate'].delayed).toBe(1);
    await first.close();
    await db.restart();

    // Two hours on: the job is due the moment the new runner re-arms it.
    const second = await runner(handlers, 2 * HOUR);
    const done = nextJobEvent(second.events, 'completed', (_name, id) => id === 'later-1');
    await second.start();
    await done;
    expect(seen).toEqual([{ siteId: 'later', attempt: 1 }]);
    const store = new DatabaseDelayedJobStore(db.url());
    expect(await store.load()).toEqual([]);
    await store.close();
  });

  it('keeps a pending retry, with its attempt count, across a restart', async () => {
    const attempts: number[] = [];
    const handlers: JobHandlers = {
      'sitemap.regenerate': async (_p, job) => {
        attempts.push(job.attempt);
        if (job.attempt === 1) throw new Error('the CMS is down');
      },
    };
    const first = await runner(handlers);
    await first.start();
    const retrying = nextJobEvent(first.events, 'retrying', (_name, id) => id === 'flaky-1');
    await first.enqueue('sitemap.regenerate', { tenantId: 't1', siteId: 'flaky' }, { jobId: 'flaky-1' });
    expect(await retrying).toEqual(['sitemap.regenerate', 'flaky-1', 1, 'the CMS is down']);
    await first.close();
    await db.restart();

    // The backoff is an hour: a runner only 30 minutes on keeps waiting, one two hours on runs it.
    const early = await runner(handlers, HOUR / 2);
    await early.start();
    expect((await early.depths())['sitemap.regenerate']).toMatchObject({ waiting: 0, active: 0, delayed: 1 });
    await early.close();

    const second = await runner(handlers, 2 * HOUR);
    const done = nextJobEvent(second.events, 'completed', (_name, id) => id === 'flaky-1');
    await second.start();
    await done;
    expect(attempts).toEqual([1, 2]);
    expect(await second.failedJobs('sitemap.regenerate')).toEqual([]);
  });
});
