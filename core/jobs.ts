import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { type JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Config } from './config.js';
import { type Logger, logger } from './logger.js';

/**
 * Every job kind and its payload, declared by the kind's owner through declaration merging:
 *
 *   declare module '<path to>/core/jobs.js' {
 *     interface JobPayloads { 'sitemap.regenerate': { tenantId: string; siteId: string } }
 *   }
 *
 * Each subgraph declares its kinds in `subgraphs/<name>/jobs/payloads.ts` and their handlers in its
 * module (core/module.ts); the platform's mail job is declared in core/mail-job.ts. Every payload
 * carries `tenantId`: jobs run under the same tenancy locks as requests; `null` only for
 * platform-level kinds (a sweep over every tenant, account-level mail), as their payload types say
 * and their definitions declare (`tenantless`, see JobKind).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging (see above).
export interface JobPayloads {}

export type JobName = keyof JobPayloads & string;

export interface EnqueueOptions {
  delayMs?: number;
  /** Idempotency key: a second enqueue with the same id is ignored while the first is retained. */
  jobId?: string;
}

export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** A job that used up its attempts, kept (bounded) as the record of the failure. */
export interface FailedJob {
  id: string;
  name: JobName;
  payload: JobPayloads[JobName];
  attempts: number;
  reason: string;
  failedAt: Date;
}

export interface JobQueue {
  readonly backend: 'bullmq' | 'in-process';
  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], opts?: EnqueueOptions): Promise<void>;
  /** Per kind: every kind of JobQueueOptions.kinds, and each kind this queue has handled or held. */
  depths(): Promise<Record<JobName, QueueDepth>>;
  /** The most recent permanently failed jobs of one kind, newest first. */
  failedJobs(name: JobName, limit?: number): Promise<FailedJob[]>;
  /**
   * Runs `name` with `payload` every `everyMs` (one schedule per job kind: calling it again
   * replaces the schedule). BullMQ: a job scheduler shared by every process; in-process: a timer.
   */
  repeat<N extends JobName>(name: N, payload: JobPayloads[N], everyMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface JobContext {
  id: string;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
  log: Logger;
}

/**
 * What a runner reports as attempts end (the in-process runner, and the BullMQ worker for the
 * jobs it ran): `retrying` when another attempt follows, `failed` when the attempts are used up.
 */
export type JobEventMap = {
  completed: [name: JobName, id: string];
  retrying: [name: JobName, id: string, attempt: number, reason: string];
  failed: [name: JobName, id: string, attempt: number, reason: string];
};

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], job: JobContext) => Promise<void>;
export type JobHandlers = { [N in JobName]?: JobHandler<N> };

export interface RetryPolicy {
  attempts: number;
  /** The first retry waits this long; each further retry doubles it. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, backoffMs: 1_000 };
/** How many finished jobs each backend keeps (completed for jobId dedupe, failed as the record). */
export const KEEP_COMPLETED = 1_000;
export const KEEP_FAILED = 5_000;

/** The wait before retry number `attemptsMade` (1-based), the same formula BullMQ uses. */
export function backoffDelay(policy: RetryPolicy, attemptsMade: number): number {
  return Math.round(2 ** (attemptsMade - 1) * policy.backoffMs);
}

/** BullMQ rejects custom ids with `:` or made only of digits; both backends refuse the same ids. */
function assertJobId(jobId: string): void {
  if (!jobId || jobId.includes(':') || /^\d+$/.test(jobId)) {
    throw new Error(`Invalid jobId "${jobId}": use a non-numeric id without ":" (e.g. "sitemap-<siteId>")`);
  }
}

/** A job kind as a queue knows it (a module's job definition is one, core/module.ts). */
export interface JobKind {
  readonly name: JobName;
  /** Runs for the platform as a whole (a sweep over every tenant, account-level mail): `tenantId` may be null. */
  readonly tenantless?: boolean;
}

/** The kinds whose payloads may say `tenantId: null`; null when the queue was told no kinds. */
function tenantlessKinds(kinds: readonly JobKind[] | undefined): ReadonlySet<JobName> | null {
  return kinds ? new Set(kinds.filter((kind) => kind.tenantless).map((kind) => kind.name)) : null;
}

/**
 * Every payload names its tenant; only a tenantless kind may say null. A queue told no kinds
 * (a subgraph's producer) leaves that to the payload types.
 */
function assertPayload(
  name: JobName,
  payload: { tenantId: string | null },
  tenantless: ReadonlySet<JobName> | null,
): void {
  const tenantId = payload?.tenantId;
  if (tenantId === null && (tenantless === null || tenantless.has(name))) return;
  if (typeof tenantId !== 'string' || tenantId === '') {
    throw new Error(`Job ${name} needs a tenantId in its payload`);
  }
}

export function jobLogger(name: JobName, id: string, tenantId: string | null, attempt: number): Logger {
  return logger().child({ job: name, jobId: id, tenantId, attempt });
}

export interface JobQueueOptions {
  retry?: Partial<RetryPolicy>;
  /**
   * The job kinds this process knows (its modules' job definitions, core/module.ts): `depths()`
   * reports each of them, only the tenantless ones take `tenantId: null`, and the in-process runner
   * refuses to enqueue any other kind and leaves stored jobs of other kinds alone. Without it every
   * kind is accepted and `depths()` reports the kinds used so far (and those of the handlers).
   */
  kinds?: readonly JobKind[];
  /**
   * BullMQ backend: how often the schedules `repeat()` registered are checked and re-created if
   * Redis lost them (default 60 s; a reconnect also triggers the check).
   */
  scheduleCheckMs?: number;
  /** In-process backend: jobs run at the same time (default 2). */
  concurrency?: number;
  /** In-process backend: where delayed jobs and pending retries are kept (default: memory). */
  delayedStore?: DelayedJobStore;
  /** In-process backend: the clock delays are measured on (tests jump it forward; default Date.now). */
  now?: () => number;
  /**
   * In-process backend: leave the stored jobs unarmed until the caller's `start()`, once the
   * services the handlers need are up (default: armed at once).
   */
  deferStart?: boolean;
}

/**
 * BullMQ when REDIS_URL is set (handlers then run in the worker process, see workers/worker.ts);
 * otherwise an in-process runner that needs the handlers here.
 */
export async function createJobQueue(
  config: Config,
  handlers: JobHandlers = {},
  opts: JobQueueOptions = {},
): Promise<JobQueue> {
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  if (config.REDIS_URL) {
    logger().info({ prefix: bullPrefix(config) }, 'jobs: BullMQ on Redis');
    return new BullJobQueue(config, retry, opts.scheduleCheckMs, opts.kinds);
  }
  logger().info('jobs: in-process runner (no REDIS_URL)');
  const queue = new InProcessJobQueue(
    handlers,
    retry,
    opts.concurrency ?? 2,
    opts.delayedStore,
    opts.now,
    opts.kinds,
  );
  if (!opts.deferStart) await queue.start();
  return queue;
}

// ---------------------------------------------------------------------------------------------
// BullMQ backend

/**
 * BullMQ forbids ioredis `keyPrefix`, so REDIS_PREFIX goes into BullMQ's own prefix, wrapped in a
 * hash tag so that on Redis Cluster every queue's keys share one slot (BullMQ's Lua scripts touch
 * several keys of a queue at once).
 */
export function bullPrefix(config: Pick<Config, 'REDIS_PREFIX'>): string {
  return `{${config.REDIS_PREFIX}jobs}`;
}

/**
 * A connection for BullMQ, without keyPrefix. Workers need `maxRetriesPerRequest: null` (their
 * blocking calls must wait out a Redis restart); producers keep ioredis' bounded retries so an
 * enqueue during an outage fails the request instead of hanging it.
 */
export function bullConnection(config: Config, purpose: string, role: 'producer' | 'worker'): Redis {
  if (!config.REDIS_URL) throw new Error('BullMQ needs REDIS_URL');
  const redis = new Redis(config.REDIS_URL, {
    connectionName: `webhaze:${purpose}`,
    ...(role === 'worker' ? { maxRetriesPerRequest: null } : {}),
  });
  redis.on('error', (err) => logger().warn({ err: err.message, purpose }, 'redis error'));
  return redis;
}

export function bullJobOptions(retry: RetryPolicy): JobsOptions {
  return {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    removeOnComplete: { count: KEEP_COMPLETED },
    removeOnFail: { count: KEEP_FAILED },
  };
}

/** The id of a job kind's one schedule (BullMQ job scheduler). */
const schedulerId = (name: JobName) => `every-${name}`;

export class BullJobQueue implements JobQueue {
  readonly backend = 'bullmq';
  readonly connection: Redis;
  private readonly queues = new Map<JobName, Queue>();
  /** The schedules this process registered, kept to re-create them if Redis loses them. */
  private readonly schedules = new Map<JobName, { payload: JobPayloads[JobName]; everyMs: number }>();
  private scheduleTimer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private readonly onReady = () => void this.restoreSchedules();

  private readonly prefix: string;
  private readonly jobOptions: JobsOptions;

  private readonly tenantless: ReadonlySet<JobName> | null;

  /** `kinds`: the queues opened (and reported by `depths()`) from the start; others open on first use. */
  constructor(
    config: Config,
    retry: RetryPolicy,
    private readonly scheduleCheckMs = 60_000,
    kinds?: readonly JobKind[],
  ) {
    this.connection = bullConnection(config, 'jobs', 'producer');
    this.prefix = bullPrefix(config);
    this.jobOptions = bullJobOptions(retry);
    // A Redis that restarted without persistence comes back empty: check on every (re)connect.
    this.connection.on('ready', this.onReady);
    this.tenantless = tenantlessKinds(kinds);
    for (const { name } of kinds ?? []) this.queue(name);
  }

  private queue(name: JobName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.prefix,
        defaultJobOptions: this.jobOptions,
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    opts: EnqueueOptions = {},
  ): Promise<void> {
    assertPayload(name, payload, this.tenantless);
    if (opts.jobId !== undefined) assertJobId(opts.jobId);
    await this.queue(name).add(name, payload, {
      ...(opts.delayMs ? { delay: opts.delayMs } : {}),
      ...(opts.jobId ? { jobId: opts.jobId } : {}),
    });
  }

  /**
   * Upserts the job scheduler (idempotent by id), and keeps it: on every reconnect and every
   * `scheduleCheckMs` a schedule Redis no longer has is created again.
   */
  async repeat<N extends JobName>(name: N, payload: JobPayloads[N], everyMs: number): Promise<void> {
    assertPayload(name, payload, this.tenantless);
    this.schedules.set(name, { payload, everyMs });
    await this.upsertSchedule(name);
    if (!this.scheduleTimer) {
      this.scheduleTimer = setInterval(() => void this.restoreSchedules(), this.scheduleCheckMs);
      this.scheduleTimer.unref();
    }
  }

  /** Re-creates the registered schedules that Redis lost (one check at a time); never throws. */
  restoreSchedules(): Promise<void> {
    this.checking ??= this.checkSchedules().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async checkSchedules(): Promise<void> {
    const restored: JobName[] = [];
    try {
      for (const name of this.schedules.keys()) {
        if (await this.queue(name).getJobScheduler(schedulerId(name))) continue;
        await this.upsertSchedule(name);
        restored.push(name);
      }
    } catch (err) {
      logger().warn({ err: (err as Error).message }, 'jobs: could not check the job schedules');
    }
    if (restored.length > 0) logger().warn({ restored }, 'jobs: re-created job schedules missing from Redis');
  }

  private async upsertSchedule(name: JobName): Promise<void> {
    const schedule = this.schedules.get(name);
    if (!schedule) return;
    await this.queue(name).upsertJobScheduler(
      schedulerId(name),
      { every: schedule.everyMs },
      { name, data: schedule.payload },
    );
  }

  async depths(): Promise<Record<JobName, QueueDepth>> {
    const entries = await Promise.all(
      [...this.queues.keys()].map(async (name) => {
        const c = await this.queue(name).getJobCounts(
          'waiting',
          'prioritized',
          'active',
          'delayed',
          'failed',
        );
        const depth: QueueDepth = {
          waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
        };
        return [name, depth] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<JobName, QueueDepth>;
  }

  async failedJobs(name: JobName, limit = 50): Promise<FailedJob[]> {
    const jobs = await this.queue(name).getFailed(0, limit - 1);
    return jobs.map((job) => ({
      id: String(job.id),
      name,
      payload: job.data as JobPayloads[JobName],
      attempts: job.attemptsMade,
      reason: job.failedReason,
      failedAt: new Date(job.finishedOn ?? job.timestamp),
    }));
  }

  async close(): Promise<void> {
    clearInterval(this.scheduleTimer);
    this.connection.off('ready', this.onReady);
    await this.checking;
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}

// ---------------------------------------------------------------------------------------------
// In-process backend (embedded mode)

export interface StoredJob {
  id: string;
  name: JobName;
  payload: JobPayloads[JobName];
  /** Attempts already made (0 for a job that has not run yet). */
  attemptsMade: number;
}

/**
 * Where the in-process runner keeps the jobs that wait for a time (delayed jobs and pending
 * retries): `save` when a job starts waiting (again), `remove` once it completed or failed for
 * good, `load` at start to re-arm them. A job that came due but had not finished when the process
 * stopped is still there, so it runs again at the next start (at least once, like BullMQ).
 */
export interface DelayedJobStore {
  save(job: StoredJob, runAt: number): Promise<void>;
  remove(job: StoredJob): Promise<void>;
  load(): Promise<{ job: StoredJob; runAt: number }[]>;
  close?(): Promise<void>;
}

/** Keeps waiting jobs in memory: they are lost when the process stops. */
export class MemoryDelayedJobStore implements DelayedJobStore {
  private readonly jobs = new Map<string, { job: StoredJob; runAt: number }>();
  async save(job: StoredJob, runAt: number): Promise<void> {
    this.jobs.set(dedupeKey(job.name, job.id), { job, runAt });
  }
  async remove(job: StoredJob): Promise<void> {
    this.jobs.delete(dedupeKey(job.name, job.id));
  }
  async load(): Promise<{ job: StoredJob; runAt: number }[]> {
    return [...this.jobs.values()];
  }
}

/**
 * Keeps waiting jobs in the `jobs.delayed_job` table of a PostgreSQL database (PGlite in embedded
 * mode), created on first use. One runner per database: every row is re-armed by whichever runner
 * starts on it. Its queries are single statements outside any transaction, and `enqueue` is never
 * called inside one (PGlite serialises transactions across connections).
 */
export class DatabaseDelayedJobStore implements DelayedJobStore {
  private readonly pool: pg.Pool;
  private ready: Promise<void> | undefined;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 2 });
    this.pool.on('error', (err) => logger().warn({ err: err.message }, 'jobs: job store connection error'));
  }

  async save(job: StoredJob, runAt: number): Promise<void> {
    await this.query(
      `insert into jobs.delayed_job (kind, job_id, payload, attempts_made, run_at)
       values ($1, $2, $3, $4, $5)
       on conflict (kind, job_id) do update
         set payload = excluded.payload, attempts_made = excluded.attempts_made, run_at = excluded.run_at`,
      [job.name, job.id, JSON.stringify(job.payload), job.attemptsMade, new Date(runAt)],
    );
  }

  async remove(job: StoredJob): Promise<void> {
    await this.query('delete from jobs.delayed_job where kind = $1 and job_id = $2', [job.name, job.id]);
  }

  async load(): Promise<{ job: StoredJob; runAt: number }[]> {
    const { rows } = await this.query<{
      kind: string;
      job_id: string;
      payload: JobPayloads[JobName];
      attempts_made: number;
      run_at: Date;
    }>('select kind, job_id, payload, attempts_made, run_at from jobs.delayed_job order by run_at');
    return rows.map((row) => ({
      job: {
        id: row.job_id,
        // Checked against the runner's kinds when it re-arms the job (InProcessJobQueue.start).
        name: row.kind as JobName,
        payload: row.payload,
        attemptsMade: row.attempts_made,
      },
      runAt: row.run_at.getTime(),
    }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
    this.ready ??= this.createTable().catch((err) => {
      this.ready = undefined;
      throw err;
    });
    await this.ready;
    return this.pool.query<R>(sql, params);
  }

  private async createTable(): Promise<void> {
    const statements = [
      'create schema if not exists jobs',
      `create table if not exists jobs.delayed_job (
         kind text not null,
         job_id text not null,
         payload jsonb not null,
         attempts_made integer not null,
         run_at timestamptz not null,
         primary key (kind, job_id)
       )`,
    ];
    for (const sql of statements) {
      try {
        await this.pool.query(sql);
      } catch (err) {
        // Two runners creating it at the same moment: "if not exists" can still collide in the catalog.
        if ((err as { code?: string }).code !== '23505') throw err;
      }
    }
  }
}

/** The longest wait one Node timer can hold (about 24.8 days); longer waits are re-armed in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class InProcessJobQueue implements JobQueue {
  readonly backend = 'in-process';
  readonly events = new EventEmitter<JobEventMap>();
  private readonly waiting: StoredJob[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly activeNames: JobName[] = [];
  private readonly timers = new Map<string, { name: JobName; timer: NodeJS.Timeout }>();
  /** `name\0jobId` (ids are unique per job kind, as in BullMQ) of every retained job, for jobId dedupe (bounded by the finished lists). */
  private readonly knownIds = new Set<string>();
  /** Keys of the jobs held in the store until they complete or fail for good. */
  private readonly stored = new Set<string>();
  private readonly completed: string[] = [];
  private readonly failed: (FailedJob & { key: string })[] = [];
  private closing = false;
  private started: Promise<void> | undefined;
  private closed: Promise<void> | undefined;
  private readonly repeats = new Map<JobName, NodeJS.Timeout>();
  /** The kinds this runner was told it serves (JobQueueOptions.kinds); null = every kind. */
  private readonly kinds: ReadonlySet<JobName> | null;
  private readonly tenantless: ReadonlySet<JobName> | null;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly retry: RetryPolicy,
    private readonly concurrency: number,
    private readonly store: DelayedJobStore = new MemoryDelayedJobStore(),
    private readonly now: () => number = Date.now,
    kinds?: readonly JobKind[],
  ) {
    this.kinds = kinds
      ? new Set([...kinds.map((kind) => kind.name), ...(Object.keys(handlers) as JobName[])])
      : null;
    this.tenantless = tenantlessKinds(kinds);
  }

  private assertKind(name: JobName): void {
    if (this.kinds && !this.kinds.has(name)) throw new Error(`Unknown job kind ${name}`);
  }

  /** Re-arms the delayed jobs and retries the store kept from a previous run (once). */
  start(): Promise<void> {
    this.started ??= (async () => {
      const stored = await this.store.load();
      if (this.closing) return;
      for (const { job, runAt } of stored) {
        if (this.kinds && !this.kinds.has(job.name)) {
          logger().warn(
            { job: job.name, jobId: job.id },
            'jobs: a stored job of an unknown kind is left alone',
          );
          continue;
        }
        const key = dedupeKey(job.name, job.id);
        // Enqueued again by this process before start: that copy is already armed.
        if (this.knownIds.has(key)) continue;
        this.knownIds.add(key);
        this.stored.add(key);
        this.arm(job, runAt);
      }
    })();
    return this.started;
  }

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    opts: EnqueueOptions = {},
  ): Promise<void> {
    if (this.closing) throw new Error('Job queue is closing');
    this.assertKind(name);
    assertPayload(name, payload, this.tenantless);
    if (opts.jobId !== undefined) assertJobId(opts.jobId);
    const id = opts.jobId ?? randomUUID();
    const key = dedupeKey(name, id);
    if (this.knownIds.has(key)) return;
    this.knownIds.add(key);
    if (!this.handlers[name]) logger().warn({ job: name }, 'jobs: no handler registered; the job waits');
    const job: StoredJob = { id, name, payload, attemptsMade: 0 };
    if (opts.delayMs && opts.delayMs > 0) await this.delay(job, this.now() + opts.delayMs);
    else this.push(job);
  }

  async depths(): Promise<Record<JobName, QueueDepth>> {
    const depths = {} as Record<JobName, QueueDepth>;
    const of = (name: JobName) => {
      depths[name] ??= { waiting: 0, active: 0, delayed: 0, failed: 0 };
      return depths[name];
    };
    for (const name of this.kinds ?? (Object.keys(this.handlers) as JobName[])) of(name);
    for (const job of this.waiting) of(job.name).waiting++;
    for (const { name } of this.timers.values()) of(name).delayed++;
    for (const job of this.failed) of(job.name).failed++;
    for (const name of this.activeNames) of(name).active++;
    return depths;
  }

  /** The timer is this process's own: whoever starts the runner registers the schedules again. */
  async repeat<N extends JobName>(name: N, payload: JobPayloads[N], everyMs: number): Promise<void> {
    this.assertKind(name);
    assertPayload(name, payload, this.tenantless);
    clearInterval(this.repeats.get(name));
    const timer = setInterval(() => {
      // One run at a time per schedule: skip a tick while the previous run is still queued or running.
      if (this.closing || this.waiting.some((job) => job.name === name) || this.activeNames.includes(name))
        return;
      this.push({ id: randomUUID(), name, payload, attemptsMade: 0 });
    }, everyMs);
    timer.unref();
    this.repeats.set(name, timer);
  }

  /** The job kinds with a repeat schedule in this runner. */
  repeating(): JobName[] {
    return [...this.repeats.keys()];
  }

  async failedJobs(name: JobName, limit = 50): Promise<FailedJob[]> {
    return this.failed
      .filter((job) => job.name === name)
      .slice(-limit)
      .reverse()
      .map(({ key: _key, ...job }) => job);
  }

  /** Stops taking jobs and waits for running ones; delayed jobs and retries stay in the store. */
  close(): Promise<void> {
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown(): Promise<void> {
    this.closing = true;
    for (const timer of this.repeats.values()) clearInterval(timer);
    this.repeats.clear();
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    const dropped = this.waiting.filter((job) => !this.stored.has(dedupeKey(job.name, job.id))).length;
    if (dropped > 0) logger().warn({ dropped }, 'jobs: in-process queue closed with jobs still waiting');
    await this.store.close?.();
  }

  private push(job: StoredJob): void {
    this.waiting.push(job);
    this.pump();
  }

  private async delay(job: StoredJob, runAt: number): Promise<void> {
    await this.store.save(job, runAt);
    this.stored.add(dedupeKey(job.name, job.id));
    if (!this.closing) this.arm(job, runAt);
  }

  private arm(job: StoredJob, runAt: number): void {
    const key = dedupeKey(job.name, job.id);
    const wait = Math.max(0, runAt - this.now());
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        if (wait > MAX_TIMER_MS) this.arm(job, runAt);
        else this.push(job);
      },
      Math.min(wait, MAX_TIMER_MS),
    );
    timer.unref();
    this.timers.set(key, { name: job.name, timer });
  }

  /**
   * Starts waiting jobs that have a handler, up to the concurrency bound: in order, except that a kind
   * with nothing running goes before one already running, so a burst of one kind (a seed's image jobs)
   * does not hold up the others (a sign-up email).
   */
  private pump(): void {
    while (!this.closing && this.running.size < this.concurrency) {
      let index = this.waiting.findIndex(
        (job) => this.handlers[job.name] && !this.activeNames.includes(job.name),
      );
      if (index < 0) index = this.waiting.findIndex((job) => this.handlers[job.name]);
      if (index < 0) return;
      const [job] = this.waiting.splice(index, 1);
      if (!job) return;
      const run: Promise<void> = this.run(job)
        .catch((err): undefined => {
          logger().error({ err, job: job.name, jobId: job.id }, 'jobs: could not record a job outcome');
        })
        .then((announce) => {
          this.running.delete(run);
          this.activeNames.splice(this.activeNames.indexOf(job.name), 1);
          // Listeners hear of the outcome once the job no longer counts as active.
          announce?.();
          this.pump();
        });
      this.activeNames.push(job.name);
      this.running.add(run);
    }
  }

  /** Runs one attempt and records its outcome; returns the announcement of that outcome. */
  private async run(job: StoredJob): Promise<() => void> {
    // The handler map is keyed by name, so this handler's payload type matches job.payload.
    const handler = this.handlers[job.name] as JobHandler<JobName>;
    const attempt = job.attemptsMade + 1;
    const log = jobLogger(job.name, job.id, job.payload.tenantId, attempt);
    const key = dedupeKey(job.name, job.id);
    try {
      await handler(job.payload, { id: job.id, attempt, log });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      if (attempt < this.retry.attempts) {
        const waitMs = backoffDelay(this.retry, attempt);
        log.warn({ err: reason, retryInMs: waitMs }, 'job attempt failed; will retry');
        await this.delay({ ...job, attemptsMade: attempt }, this.now() + waitMs);
        return () => this.events.emit('retrying', job.name, job.id, attempt, reason);
      }
      log.error({ err: reason, attempts: attempt }, 'job failed permanently');
      await this.unstore(job);
      this.failed.push({
        key,
        id: job.id,
        name: job.name,
        payload: job.payload,
        attempts: attempt,
        reason,
        failedAt: new Date(this.now()),
      });
      if (this.failed.length > KEEP_FAILED) this.knownIds.delete(this.failed.shift()!.key);
      return () => this.events.emit('failed', job.name, job.id, attempt, reason);
    }
    await this.unstore(job);
    this.completed.push(key);
    if (this.completed.length > KEEP_COMPLETED) this.knownIds.delete(this.completed.shift()!);
    return () => this.events.emit('completed', job.name, job.id);
  }

  private async unstore(job: StoredJob): Promise<void> {
    const key = dedupeKey(job.name, job.id);
    if (!this.stored.has(key)) return;
    await this.store.remove(job);
    this.stored.delete(key);
  }
}

function dedupeKey(name: JobName, id: string): string {
  return `${name}\0${id}`;
}
