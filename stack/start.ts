import { type Config, type ServiceName, withOverrides } from '../core/config.js';
import { startEmbeddedPostgres } from '../core/embedded-db.js';
import type { HttpService } from '../core/http.js';
import {
  createJobQueue,
  DatabaseDelayedJobStore,
  InProcessJobQueue,
  type JobHandler,
  type JobHandlers,
  type JobName,
  type JobQueue,
} from '../core/jobs.js';
import { logger } from '../core/logger.js';
import {
  type AnyJobDefinition,
  type AnyModule,
  concurrencyByKind,
  handlersOf,
  registerRepeats,
} from '../core/module.js';
import { createStorage, type Storage } from '../core/storage.js';
import type { TenantLookup } from '../core/tenant-lookup.js';
import { startGateway } from '../gateway/server.js';
import { storefrontOnGateway } from '../storefront/server.js';
import { type Modules, modules, type RunningModules } from '../subgraphs/modules.js';
import { mailJobs } from '../workers/email.js';
import { type RunningWorker, startWorker } from '../workers/worker.js';
import { seedDemo } from './seed.js';

export interface StackOptions {
  /** Listen on free ports instead of the configured ones (tests). */
  freePorts?: boolean;
  /**
   * With `freePorts`, the gateway's port all the same: for a stack whose PUBLIC_URL must name the
   * gateway (absolute asset URLs that a browser loads).
   */
  gatewayPort?: number;
  /** Seed the demo tenant when it does not exist yet (default: config.SEED_DEMO). */
  seed?: boolean;
  /** The in-process job runner's clock (tests jump past a delay across a restart). */
  jobsNow?: () => number;
  /** For tests: the storefront's beacon clock (StorefrontDeps.now). */
  gatewayNow?: () => number;
}

export interface RunningStack extends RunningModules {
  config: Config;
  gatewayUrl: string;
  serviceUrls: Record<ServiceName, string>;
  backends: { database: string; jobs: string; storage: string; limits: string };
  jobs: JobQueue;
  storage: Storage;
  close(): Promise<void>;
}

/**
 * The handler map the job runner starts with, before the services its handlers run on exist: each
 * kind's handler is looked up in `built` at run time (a job that comes too early fails and is retried).
 */
function lateHandlers(
  definitions: readonly AnyJobDefinition<unknown>[],
  owners: ReadonlyMap<JobName, string>,
  built: JobHandlers,
): JobHandlers {
  const handlers: Record<string, JobHandler<JobName>> = {};
  for (const { name } of definitions) {
    handlers[name] = (payload, job) => {
      // Keyed by kind, as `handlers` is.
      const handler = built[name] as JobHandler<JobName> | undefined;
      if (!handler) throw new Error(`${owners.get(name)} service is not started yet`);
      return handler(payload, job);
    };
  }
  return handlers;
}

/**
 * Runs the gateway, the five subgraphs and the job handlers in one process: `npm start`'s
 * embedded mode, and the whole-stack end-to-end tests. Each configured service (DATABASE_URL,
 * REDIS_URL, S3_ENDPOINT) wins over its embedded stand-in, and the log says which is used.
 */
export async function startStack(baseConfig: Config, opts: StackOptions = {}): Promise<RunningStack> {
  const log = logger(baseConfig.LOG_LEVEL);
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) {
      await close().catch((err) => log.error({ err }, 'error while closing'));
    }
  };
  try {
    let config = baseConfig;
    let database = 'postgresql (DATABASE_URL)';
    if (!config.DATABASE_URL) {
      const embedded = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: opts.freePorts ? 0 : config.EMBEDDED_DB_PORT,
        host: '127.0.0.1',
      });
      closers.push(() => embedded.close());
      // Five pools share one serialised PGlite session: a few connections each is plenty.
      config = withOverrides(config, { DATABASE_URL: embedded.url, DB_POOL_MAX: '4' });
      database = `embedded PGlite at ${embedded.url.replace(/\/\/[^@]*@/, '//')} (data in ${config.dataDir}/pglite)`;
    }

    const storage = await createStorage(config);
    const moduleEntries = Object.entries(modules) as [keyof Modules, AnyModule][];
    const definitions = [...mailJobs, ...moduleEntries.flatMap(([, module]) => module.jobs)];
    const owners = new Map(moduleEntries.flatMap(([name, module]) => module.jobs.map((d) => [d.name, name])));
    // Every module's handlers are made once its service runs (below); the mail job's right away.
    const built: JobHandlers = handlersOf(mailJobs, config);
    const handlers = lateHandlers(definitions, owners, built);
    // Without Redis, delayed jobs and retries wait in the database; they are re-armed once the
    // services their handlers need are up (below), and the repeat schedules are registered then.
    const jobs = await createJobQueue(
      config,
      handlers,
      config.REDIS_URL
        ? { kinds: definitions }
        : {
            kinds: definitions,
            delayedStore: new DatabaseDelayedJobStore(config.DATABASE_URL!),
            deferStart: true,
            ...(opts.jobsNow ? { now: opts.jobsNow } : {}),
          },
    );
    closers.push(() => jobs.close());
    let worker: RunningWorker | undefined;
    if (config.REDIS_URL) {
      worker = await startWorker(config, handlers, {
        ...(opts.freePorts ? { metricsPort: 0 } : {}),
        concurrencyByQueue: concurrencyByKind(config, definitions),
      });
      closers.push(() => worker!.close());
    }

    // The renderer (and auth, for a tenant's sites) calls the gateway's internal endpoint; with free
    // ports its URL is known only later.
    let gatewayInternalUrl = config.gatewayInternalUrl;
    const running: Partial<Record<keyof Modules, HttpService>> = {};
    // In one process the tenant's plan and regions (plan limits, fees, tax and shipping regions)
    // are read straight from auth's directory, not over HTTP.
    let tenants: TenantLookup | undefined;
    for (const [name, module] of moduleEntries) {
      const service = await module.start(config, {
        ...(opts.freePorts ? { port: 0 } : {}),
        jobs,
        storage,
        gatewayInternalUrl: () => gatewayInternalUrl,
        ...(tenants ? { tenants } : {}),
      });
      closers.push(() => service.close());
      running[name] = service;
      tenants ??= module.tenantDirectory?.(service);
      Object.assign(built, handlersOf(module.jobs, module.jobParts(service, { config, storage })));
    }
    // Each module started the service its module type says (modules.ts keys them by name).
    const services = running as RunningModules;
    await registerRepeats(jobs, config, definitions);

    const serviceUrls = Object.fromEntries(
      moduleEntries.map(([name]) => [name, `${services[name].url}/graphql`]),
    ) as Record<ServiceName, string>;
    const gatewayConfig: Config = { ...config, serviceUrl: (name) => serviceUrls[name] };
    // One URL for a newcomer: the storefront (the visitor edge) is served on the gateway's listener.
    const gateway = await startGateway(gatewayConfig, {
      port: opts.freePorts ? (opts.gatewayPort ?? 0) : config.GATEWAY_PORT,
      storage,
      edge: storefrontOnGateway(gatewayConfig, { storage, now: opts.gatewayNow }),
    });
    closers.push(() => gateway.close());
    gatewayInternalUrl = `${gateway.url}/internal/graphql`;
    if (!opts.freePorts) config = { ...config, serviceUrl: gatewayConfig.serviceUrl };

    const stack: RunningStack = {
      config,
      gatewayUrl: gateway.url,
      serviceUrls,
      backends: {
        database,
        jobs: jobs.backend === 'bullmq' ? 'BullMQ on Redis (REDIS_URL)' : 'in-process runner (no REDIS_URL)',
        storage:
          storage.backend === 's3'
            ? `S3 at ${config.S3_ENDPOINT}`
            : `local disk under ${config.dataDir}/objects`,
        limits: config.REDIS_URL ? 'Redis (REDIS_URL)' : 'in memory (no REDIS_URL)',
      },
      ...services,
      jobs,
      storage,
      close: closeAll,
    };
    log.info(stack.backends, 'backends in use');
    if (opts.seed ?? config.SEED_DEMO) await seedDemo(stack);
    if (jobs instanceof InProcessJobQueue) await jobs.start();
    return stack;
  } catch (err) {
    await closeAll();
    throw err;
  }
}
