import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Config } from '../core/config.js';
import { type Route, startHttpService } from '../core/http.js';
import {
  BullJobQueue,
  bullConnection,
  bullPrefix,
  DEFAULT_RETRY,
  type JobEventMap,
  type JobHandler,
  type JobHandlers,
  type JobName,
  type JobPayloads,
  jobLogger,
} from '../core/jobs.js';
import { logger } from '../core/logger.js';

export interface WorkerOptions {
  /** Jobs of one kind run at the same time in this process (default 4). */
  concurrency?: number;
  /** Overrides WORKER_METRICS_PORT (tests use 0). */
  metricsPort?: number;
  /** Per-queue concurrency overriding `concurrency` (image jobs are CPU-bound: IMAGE_JOB_CONCURRENCY). */
  concurrencyByQueue?: Partial<Record<JobName, number>>;
  /** BullMQ lock duration (ms): a job whose worker died is taken back after this (default 30 s). */
  lockDuration?: number;
  /** BullMQ stalled-job check interval (ms, default 30 s). */
  stalledInterval?: number;
}

export interface RunningWorker {
  metricsUrl: string;
  /** The outcome of every attempt this process ran. */
  events: EventEmitter<JobEventMap>;
  /** Stops taking jobs, waits for the active ones, then closes connections and the metrics server. */
  close(): Promise<void>;
}

/**
 * Runs the BullMQ workers for every handler in the map and serves /metrics (queue depths, for
 * KEDA or Prometheus), /healthz and /readyz on WORKER_METRICS_PORT.
 */
export async function startWorker(
  config: Config,
  handlers: JobHandlers,
  opts: WorkerOptions = {},
): Promise<RunningWorker> {
  const log = logger().child({ service: 'worker' });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const jobsTotal = new Counter({
    name: 'webhaze_jobs_total',
    help: 'Job runs finished by this process, by queue and outcome',
    labelNames: ['queue', 'outcome'],
    registers: [registry],
  });

  const events = new EventEmitter<JobEventMap>();
  const connections: Redis[] = [];
  const workers: Worker[] = [];
  for (const name of Object.keys(handlers) as JobName[]) {
    // The map is keyed by job name, so each handler receives its own payload type.
    const handler = handlers[name] as JobHandler<JobName>;
    const connection = bullConnection(config, `worker:${name}`, 'worker');
    connections.push(connection);
    const worker = new Worker<JobPayloads[JobName]>(
      name,
      (job) => {
        const attempt = job.attemptsMade + 1;
        const jobLog = jobLogger(name, String(job.id), job.data.tenantId, attempt);
        return handler(job.data, { id: String(job.id), attempt, log: jobLog });
      },
      {
        connection,
        prefix: bullPrefix(config),
        concurrency: opts.concurrencyByQueue?.[name] ?? opts.concurrency ?? 4,
        ...(opts.lockDuration ? { lockDuration: opts.lockDuration } : {}),
        ...(opts.stalledInterval ? { stalledInterval: opts.stalledInterval } : {}),
      },
    );
    worker.on('completed', (job) => {
      jobsTotal.inc({ queue: name, outcome: 'completed' });
      events.emit('completed', name, String(job.id));
    });
    worker.on('failed', (job, err) => onFailed(name, job, err, jobsTotal, events));
    worker.on('error', (err) => log.error({ err: err.message, queue: name }, 'worker error'));
    workers.push(worker);
  }
  if (workers.length === 0) log.warn('worker started with no job handlers: queued jobs will wait');
  else log.info({ queues: Object.keys(handlers), prefix: bullPrefix(config) }, 'worker started');

  // Reads the depths of the queues this process serves (it enqueues nothing).
  const kinds = (Object.keys(handlers) as JobName[]).map((name) => ({ name }));
  const queues = new BullJobQueue(config, DEFAULT_RETRY, undefined, kinds);
  new Gauge({
    name: 'webhaze_queue_depth',
    help: 'Jobs per queue and state, read from Redis at scrape time',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const [queue, depth] of Object.entries(await queues.depths())) {
        for (const [state, count] of Object.entries(depth)) this.set({ queue, state }, count);
      }
    },
  });

  const metricsRoute: Route = async (req, res, url) => {
    if (url.pathname !== '/metrics' || req.method !== 'GET') return false;
    await sendMetrics(res, registry);
    return true;
  };

  const http = await startHttpService({
    name: 'worker',
    host: config.HOST,
    port: opts.metricsPort ?? config.WORKER_METRICS_PORT,
    routes: [metricsRoute],
    readiness: {
      redis: async () => {
        await queues.connection.ping();
      },
    },
    onClose: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(connections.map((c) => c.quit().catch(() => c.disconnect())));
      await queues.close();
    },
  });

  return { metricsUrl: `${http.url}/metrics`, events, close: () => http.close() };
}

async function sendMetrics(res: ServerResponse, registry: Registry): Promise<void> {
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType });
  res.end(body);
}

function onFailed(
  name: JobName,
  job: Job<JobPayloads[JobName]> | undefined,
  err: Error,
  jobsTotal: Counter<'queue' | 'outcome'>,
  events: EventEmitter<JobEventMap>,
): void {
  if (!job) return;
  const id = String(job.id);
  const log = jobLogger(name, id, job.data.tenantId, job.attemptsMade);
  if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
    jobsTotal.inc({ queue: name, outcome: 'failed' });
    log.error({ err: err.message, attempts: job.attemptsMade }, 'job failed permanently');
    events.emit('failed', name, id, job.attemptsMade, err.message);
  } else {
    jobsTotal.inc({ queue: name, outcome: 'retried' });
    log.warn({ err: err.message }, 'job attempt failed; will retry');
    events.emit('retrying', name, id, job.attemptsMade, err.message);
  }
}
