import { randomUUID } from 'node:crypto';
import { type JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import { type Logger, logger } from './logger.js';

/**
 * Every job kind and its payload. Every payload carries `tenantId`: jobs run under the same
 * tenancy locks as requests.
 *
 * To add a job kind: add an entry here, add its name to `JOB_KINDS` below (the compiler insists),
 * and put its handler in `workers/<kind>.ts`, registered in `workers/handlers.ts`.
 */
export interface JobPayloads {
  'sitemap.regenerate': { tenantId: string; siteId: string };
  /** Makes an uploaded image's variants, placeholder and dominant colour (workers/images.ts). */
  'image.optimize': { tenantId: string; assetId: string };
  /** Regenerates a ready image's focal-point crops after its focal point moved. */
  'image.recrop': { tenantId: string; assetId: string; focalVersion: string };
  /** Removes a deleted asset's objects: the original and every variant under `prefix`. */
  'asset.delete': { tenantId: string; assetId: string; storageKey: string; prefix: string };
  /** A transactional email; `tenantId` is null for account-level mail (verification, password reset). */
  'email.send': {
    tenantId: string | null;
    to: string;
    template: EmailTemplate;
    data: Record<string, string>;
  };
  /** A scheduled publish (workers/publish.ts): publishes only if the page is still at `version`. */
  'page.publish': { tenantId: string; pageId: string; version: number; at: string };
  /** One outbound webhook delivery (workers/webhooks.ts); the row holds the body and the endpoint. */
  'webhook.deliver': { tenantId: string; deliveryId: string };
  /** Runs one catalog CSV import (workers/catalog-import.ts); the catalog_job row holds the CSV. */
  'catalog.import': { tenantId: string; jobId: string };
  /** Writes the catalog as CSV to storage (workers/catalog-export.ts) for a signed download. */
  'catalog.export': { tenantId: string; jobId: string };
  /** Applies one stored Stripe Connect webhook event to the tenant's orders (workers/commerce-webhooks.ts). */
  'commerce.stripe-event': { tenantId: string; eventId: string };
  /** Platform-level sweep: expires pending orders past their reservation (PaymentIntent cancelled first). */
  'commerce.expire-orders': { tenantId: null };
  /** Platform-level (tenantId null): moves buffered analytics events into PostgreSQL in batches. */
  'analytics.flush': { tenantId: null };
  /**
   * Rolls raw analytics events into hourly and daily aggregates. `tenantId: null` (the repeatable
   * tick) re-aggregates the recent window of every tenant that has events in it; a tenant id with
   * `from`/`to` (ISO) re-aggregates that tenant's window.
   */
  'analytics.aggregate': { tenantId: string | null; from?: string; to?: string };
  /** Platform-level: deletes raw analytics events past each tenant's retention. */
  'analytics.retention': { tenantId: null };
  /** Writes one requested analytics CSV export to storage. */
  'analytics.export': { tenantId: string; exportId: string };
  /** Records a paid order as a `purchase` event (fed by commerce). Idempotent per order id. */
  'analytics.purchase': {
    tenantId: string;
    orderId: string;
    amountMinor: number;
    currency: string;
    /** The visitor hash kept on the cart, or null when the visitor was not counted. */
    visitorHash: string | null;
    /** When the order was paid (ISO 8601). */
    at: string;
  };
}

export type JobName = keyof JobPayloads & string;

/** Every email WebHaze sends; the templates live in workers/email.ts. */
export type EmailTemplate =
  | 'sign-up'
  | 'account-exists'
  | 'verify-email'
  | 'password-reset'
  | 'email-change'
  | 'invitation'
  | 'security-alert'
  | 'order-confirmation';

/** The runtime list of job kinds (one BullMQ queue each); a Record so a missing name fails to compile. */
const JOB_KINDS: Record<JobName, true> = {
  'sitemap.regenerate': true,
  'image.optimize': true,
  'image.recrop': true,
  'asset.delete': true,
  'email.send': true,
  'page.publish': true,
  'webhook.deliver': true,
  'commerce.stripe-event': true,
  'commerce.expire-orders': true,
  'catalog.import': true,
  'catalog.export': true,
  'analytics.flush': true,
  'analytics.aggregate': true,
  'analytics.retention': true,
  'analytics.export': true,
  'analytics.purchase': true,
};

/** Job kinds that may run for the platform as a whole (`tenantId: null`), besides account mail. */
const PLATFORM_JOBS: ReadonlySet<JobName> = new Set<JobName>([
  'commerce.expire-orders',
  'analytics.flush',
  'analytics.aggregate',
  'analytics.retention',
]);
export const JOB_NAMES = Object.keys(JOB_KINDS) as JobName[];

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

/** Every payload names its tenant; only account-level mail may say null (no tenant involved). */
function assertPayload(name: JobName, payload: { tenantId: string | null }): void {
  const accountLevel = payload?.tenantId === null && (name === 'email.send' || PLATFORM_JOBS.has(name));
  if (!accountLevel && (typeof payload?.tenantId !== 'string' || payload.tenantId === '')) {
    throw new Error(`Job ${name} needs a tenantId in its payload`);
  }
}

export function jobLogger(name: JobName, id: string, tenantId: string | null, attempt: number): Logger {
  return logger().child({ job: name, jobId: id, tenantId, attempt });
}

export interface JobQueueOptions {
  retry?: Partial<RetryPolicy>;
  /** In-process backend: jobs run at the same time (default 2). */
  concurrency?: number;
  /** In-process backend: where delayed jobs and pending retries are kept (default: memory). */
  delayedStore?: DelayedJobStore;
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
    return new BullJobQueue(config, retry);
  }
  logger().info('jobs: in-process runner (no REDIS_URL)');
  const queue = new InProcessJobQueue(handlers, retry, opts.concurrency ?? 2, opts.delayedStore);
  await queue.start();
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

export class BullJobQueue implements JobQueue {
  readonly backend = 'bullmq';
  readonly connection: Redis;
  private readonly queues = new Map<JobName, Queue>();

  constructor(config: Config, retry: RetryPolicy) {
    this.connection = bullConnection(config, 'jobs', 'producer');
    for (const name of JOB_NAMES) {
      this.queues.set(
        name,
        new Queue(name, {
          connection: this.connection,
          prefix: bullPrefix(config),
          defaultJobOptions: bullJobOptions(retry),
        }),
      );
    }
  }

  private queue(name: JobName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown job kind ${name}`);
    return queue;
  }

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    opts: EnqueueOptions = {},
  ): Promise<void> {
    assertPayload(name, payload);
    if (opts.jobId !== undefined) assertJobId(opts.jobId);
    await this.queue(name).add(name, payload, {
      ...(opts.delayMs ? { delay: opts.delayMs } : {}),
      ...(opts.jobId ? { jobId: opts.jobId } : {}),
    });
  }

  async repeat<N extends JobName>(name: N, payload: JobPayloads[N], everyMs: number): Promise<void> {
    assertPayload(name, payload);
    await this.queue(name).upsertJobScheduler(`every-${name}`, { every: everyMs }, { name, data: payload });
  }

  async depths(): Promise<Record<JobName, QueueDepth>> {
    const entries = await Promise.all(
      JOB_NAMES.map(async (name) => {
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
 * Where the in-process runner keeps jobs waiting for a time: delayed jobs and pending retries.
 * The default keeps them in memory, so they are lost on restart; a persisted implementation
 * (later: a table in the embedded database) plugs in here and `load()` re-arms them at start.
 */
export interface DelayedJobStore {
  save(job: StoredJob, runAt: number): Promise<void>;
  remove(job: StoredJob): Promise<void>;
  load(): Promise<{ job: StoredJob; runAt: number }[]>;
}

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

export class InProcessJobQueue implements JobQueue {
  readonly backend = 'in-process';
  private readonly waiting: StoredJob[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly activeNames: JobName[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** `name\0jobId` (ids are unique per job kind, as in BullMQ) of every retained job, for jobId dedupe (bounded by the finished lists). */
  private readonly knownIds = new Set<string>();
  private readonly completed: string[] = [];
  private readonly failed: (FailedJob & { key: string })[] = [];
  private closing = false;
  private readonly repeats = new Map<JobName, NodeJS.Timeout>();

  constructor(
    private readonly handlers: JobHandlers,
    private readonly retry: RetryPolicy,
    private readonly concurrency: number,
    private readonly store: DelayedJobStore = new MemoryDelayedJobStore(),
  ) {}

  /** Re-arms delayed jobs and retries the store kept from a previous run. */
  async start(): Promise<void> {
    for (const { job, runAt } of await this.store.load()) {
      this.knownIds.add(dedupeKey(job.name, job.id));
      this.arm(job, runAt);
    }
  }

  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    opts: EnqueueOptions = {},
  ): Promise<void> {
    if (this.closing) throw new Error('Job queue is closing');
    if (!(name in JOB_KINDS)) throw new Error(`Unknown job kind ${name}`);
    assertPayload(name, payload);
    if (opts.jobId !== undefined) assertJobId(opts.jobId);
    const id = opts.jobId ?? randomUUID();
    const key = dedupeKey(name, id);
    if (this.knownIds.has(key)) return;
    this.knownIds.add(key);
    if (!this.handlers[name]) logger().warn({ job: name }, 'jobs: no handler registered; the job waits');
    const job: StoredJob = { id, name, payload, attemptsMade: 0 };
    if (opts.delayMs && opts.delayMs > 0) await this.delay(job, Date.now() + opts.delayMs);
    else this.push(job);
  }

  async depths(): Promise<Record<JobName, QueueDepth>> {
    const depths = Object.fromEntries(
      JOB_NAMES.map((name) => [name, { waiting: 0, active: 0, delayed: 0, failed: 0 }]),
    ) as Record<JobName, QueueDepth>;
    for (const job of this.waiting) depths[job.name].waiting++;
    for (const { job } of await this.store.load()) depths[job.name].delayed++;
    for (const job of this.failed) depths[job.name].failed++;
    for (const name of this.activeNames) depths[name].active++;
    return depths;
  }

  async repeat<N extends JobName>(name: N, payload: JobPayloads[N], everyMs: number): Promise<void> {
    if (!(name in JOB_KINDS)) throw new Error(`Unknown job kind ${name}`);
    assertPayload(name, payload);
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

  async failedJobs(name: JobName, limit = 50): Promise<FailedJob[]> {
    return this.failed
      .filter((job) => job.name === name)
      .slice(-limit)
      .reverse()
      .map(({ key: _key, ...job }) => job);
  }

  /** Stops taking jobs and waits for running ones; delayed jobs stay in the store. */
  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.repeats.values()) clearInterval(timer);
    this.repeats.clear();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    if (this.waiting.length > 0) {
      logger().warn(
        { dropped: this.waiting.length },
        'jobs: in-process queue closed with jobs still waiting',
      );
    }
  }

  private push(job: StoredJob): void {
    this.waiting.push(job);
    this.pump();
  }

  private async delay(job: StoredJob, runAt: number): Promise<void> {
    await this.store.save(job, runAt);
    if (!this.closing) this.arm(job, runAt);
  }

  private arm(job: StoredJob, runAt: number): void {
    const timer = setTimeout(
      () => {
        this.timers.delete(dedupeKey(job.name, job.id));
        this.store.remove(job).then(
          () => this.push(job),
          (err) =>
            logger().error({ err, jobId: job.id }, 'jobs: could not take a delayed job from its store'),
        );
      },
      Math.max(0, runAt - Date.now()),
    );
    timer.unref();
    this.timers.set(dedupeKey(job.name, job.id), timer);
  }

  /** Starts waiting jobs that have a handler, up to the concurrency bound. */
  private pump(): void {
    while (!this.closing && this.running.size < this.concurrency) {
      const index = this.waiting.findIndex((job) => this.handlers[job.name]);
      if (index < 0) return;
      const [job] = this.waiting.splice(index, 1);
      if (!job) return;
      const run: Promise<void> = this.run(job)
        .catch((err) =>
          logger().error({ err, job: job.name, jobId: job.id }, 'jobs: could not record a job outcome'),
        )
        .finally(() => {
          this.running.delete(run);
          this.activeNames.splice(this.activeNames.indexOf(job.name), 1);
          this.pump();
        });
      this.activeNames.push(job.name);
      this.running.add(run);
    }
  }

  private async run(job: StoredJob): Promise<void> {
    // The handler map is keyed by name, so this handler's payload type matches job.payload.
    const handler = this.handlers[job.name] as JobHandler<JobName>;
    const attempt = job.attemptsMade + 1;
    const log = jobLogger(job.name, job.id, job.payload.tenantId, attempt);
    try {
      await handler(job.payload, { id: job.id, attempt, log });
      this.finish(this.completed, dedupeKey(job.name, job.id), KEEP_COMPLETED);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const retried: StoredJob = { ...job, attemptsMade: attempt };
      if (attempt < this.retry.attempts) {
        const waitMs = backoffDelay(this.retry, attempt);
        log.warn({ err: reason, retryInMs: waitMs }, 'job attempt failed; will retry');
        await this.delay(retried, Date.now() + waitMs);
        return;
      }
      log.error({ err: reason, attempts: attempt }, 'job failed permanently');
      const key = dedupeKey(job.name, job.id);
      this.failed.push({
        key,
        id: job.id,
        name: job.name,
        payload: job.payload,
        attempts: attempt,
        reason,
        failedAt: new Date(),
      });
      if (this.failed.length > KEEP_FAILED) this.knownIds.delete(this.failed.shift()!.key);
    }
  }

  private finish(list: string[], key: string, keep: number): void {
    list.push(key);
    if (list.length > keep) this.knownIds.delete(list.shift()!);
  }
}

function dedupeKey(name: JobName, id: string): string {
  return `${name}\0${id}`;
}
