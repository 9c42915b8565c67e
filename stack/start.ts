import { type Config, type ServiceName, withOverrides } from '../core/config.js';
import type { SubgraphDb } from '../core/db.js';
import { startEmbeddedPostgres } from '../core/embedded-db.js';
import type { HttpService } from '../core/http.js';
import { createJobQueue, DatabaseDelayedJobStore, InProcessJobQueue, type JobQueue } from '../core/jobs.js';
import { logger } from '../core/logger.js';
import { createStorage, type Storage } from '../core/storage.js';
import { factsOf, type TenantLookup } from '../core/tenant-lookup.js';
import { startGateway } from '../gateway/server.js';
import { storefrontOnGateway } from '../storefront/server.js';
import { type AnalyticsPipeline, startAnalyticsSubgraph } from '../subgraphs/analytics/service.js';
import { startAssetsSubgraph } from '../subgraphs/assets/service.js';
import { startAuthSubgraph } from '../subgraphs/auth/service.js';
import { startCmsSubgraph } from '../subgraphs/cms/service.js';
import type { PageService } from '../subgraphs/cms/services/page-service.js';
import { startCommerceSubgraph } from '../subgraphs/commerce/service.js';
import type { CatalogTransferService } from '../subgraphs/commerce/services/catalog-transfer.js';
import { buildHandlers } from '../workers/handlers.js';
import { type RunningWorker, startWorker } from '../workers/worker.js';
import { seedDemo } from './seed.js';

export interface StackOptions {
  /** Listen on free ports instead of the configured ones (tests). */
  freePorts?: boolean;
  /** Seed the demo tenant when it does not exist yet (default: config.SEED_DEMO). */
  seed?: boolean;
  /** The in-process job runner's clock (tests jump past a delay across a restart). */
  jobsNow?: () => number;
  /** For tests: the storefront's beacon clock (StorefrontDeps.now). */
  gatewayNow?: () => number;
}

export interface RunningStack {
  config: Config;
  gatewayUrl: string;
  serviceUrls: Record<ServiceName, string>;
  backends: { database: string; jobs: string; storage: string; limits: string };
  auth: Awaited<ReturnType<typeof startAuthSubgraph>>;
  cms: Awaited<ReturnType<typeof startCmsSubgraph>>;
  commerce: Awaited<ReturnType<typeof startCommerceSubgraph>>;
  analytics: Awaited<ReturnType<typeof startAnalyticsSubgraph>>;
  assets: Awaited<ReturnType<typeof startAssetsSubgraph>>;
  jobs: JobQueue;
  storage: Storage;
  close(): Promise<void>;
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
    // Handlers are bound late: the sitemap job needs the cms service, which needs the queue.
    let pages: PageService | undefined;
    let cmsLifecycle:
      | Pick<Awaited<ReturnType<typeof startCmsSubgraph>>, 'publishing' | 'webhooks'>
      | undefined;
    const lifecycleOf = () => {
      if (!cmsLifecycle) throw new Error('cms service is not started yet');
      return cmsLifecycle;
    };
    let assetsDb: SubgraphDb | undefined;
    let analyticsPipeline: AnalyticsPipeline | undefined;
    let catalogTransfer: CatalogTransferService | undefined;
    let commerceService: Awaited<ReturnType<typeof startCommerceSubgraph>> | undefined;
    const commerceOf = () => {
      if (!commerceService) throw new Error('commerce service is not started yet');
      return commerceService;
    };
    const handlers = buildHandlers({
      storage,
      catalog: {
        transfer: () => {
          if (!catalogTransfer) throw new Error('commerce service is not started yet');
          return catalogTransfer;
        },
      },
      commerce: {
        processStripeEvent: (tenantId, eventId) => commerceOf().webhooks.process(tenantId, eventId),
        expireDueOrders: () => commerceOf().orders.expireAllDue(),
      },
      analytics: {
        pipeline: () => {
          if (!analyticsPipeline) throw new Error('analytics service is not started yet');
          return analyticsPipeline;
        },
      },
      mail: config,
      sites: {
        listPublishedPages: (tenantId, siteId) => cmsPages().listPublishedPages(tenantId, siteId),
        siteBaseUrl: async (tenantId, siteId) => {
          const site = await cmsPages().siteForJob(tenantId, siteId);
          if (!site) throw new Error(`site ${siteId} no longer exists`);
          return site.primaryHost
            ? `https://${site.primaryHost}`
            : `${config.publicUrl}/s/${site.tenantSlug}`;
        },
      },
      images: {
        db: () => {
          if (!assetsDb) throw new Error('assets service is not started yet');
          return assetsDb;
        },
        settings: config,
      },
      publishing: { runScheduledPublish: (payload) => lifecycleOf().publishing.runScheduledPublish(payload) },
      webhooks: {
        target: (tenantId, deliveryId) => lifecycleOf().webhooks.target(tenantId, deliveryId),
        recordAttempt: (tenantId, deliveryId, outcome) =>
          lifecycleOf().webhooks.recordAttempt(tenantId, deliveryId, outcome),
        allowPrivate: config.NODE_ENV === 'test' || config.WEBHOOKS_ALLOW_PRIVATE,
        allowedPorts: config.WEBHOOKS_ALLOWED_PORTS,
      },
    });
    const cmsPages = () => {
      if (!pages) throw new Error('cms service is not started yet');
      return pages;
    };
    // Without Redis, delayed jobs and retries wait in the database; they are re-armed once the
    // services their handlers need are up (below). Repeat schedules come back as each service starts.
    const jobs = await createJobQueue(
      config,
      handlers,
      config.REDIS_URL
        ? {}
        : {
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
        concurrencyByQueue: { 'image.optimize': config.IMAGE_JOB_CONCURRENCY },
      });
      closers.push(() => worker!.close());
    }

    const port = (configured: number) => (opts.freePorts ? 0 : configured);
    const services: HttpService[] = [];
    // The renderer (and auth, for a tenant's sites) calls the gateway's internal endpoint; with free
    // ports its URL is known only later.
    let gatewayInternalUrl = config.gatewayInternalUrl;
    const auth = await startAuthSubgraph(config, {
      port: port(config.AUTH_PORT),
      jobs,
      gatewayInternalUrl: () => gatewayInternalUrl,
    });
    services.push(auth);
    // In one process the tenant's plan and regions (plan limits, fees, tax and shipping regions)
    // are read straight from auth's directory, not over HTTP.
    const tenants: TenantLookup = async (tenantId) =>
      factsOf(await auth.parts.auth.directoryLookup({ id: tenantId }));
    const cms = await startCmsSubgraph(config, jobs, {
      port: port(config.CMS_PORT),
      gatewayInternalUrl: () => gatewayInternalUrl,
      tenants,
    });
    pages = cms.pages;
    cmsLifecycle = cms;
    services.push(cms);
    const commerce = await startCommerceSubgraph(config, {
      port: port(config.COMMERCE_PORT),
      storage,
      jobs,
      tenants,
    });
    catalogTransfer = commerce.transfer;
    commerceService = commerce;
    services.push(commerce);
    const analytics = await startAnalyticsSubgraph(config, {
      port: port(config.ANALYTICS_PORT),
      jobs,
      storage,
    });
    analyticsPipeline = analytics.pipeline;
    services.push(analytics);
    const assets = await startAssetsSubgraph(config, storage, {
      port: port(config.ASSETS_PORT),
      jobs,
      tenants,
    });
    assetsDb = assets.db;
    services.push(assets);
    for (const service of services) closers.push(() => service.close());

    const serviceUrls: Record<ServiceName, string> = {
      auth: `${auth.url}/graphql`,
      cms: `${cms.url}/graphql`,
      commerce: `${commerce.url}/graphql`,
      analytics: `${analytics.url}/graphql`,
      assets: `${assets.url}/graphql`,
    };
    const gatewayConfig: Config = { ...config, serviceUrl: (name) => serviceUrls[name] };
    // One URL for a newcomer: the storefront (the visitor edge) is served on the gateway's listener.
    const gateway = await startGateway(gatewayConfig, {
      port: port(config.GATEWAY_PORT),
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
      auth,
      cms,
      commerce,
      analytics,
      assets,
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
