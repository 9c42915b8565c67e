import { defineJob, type SubgraphModule } from '../../core/module.js';
import {
  type AnalyticsJobDeps,
  analyticsAggregateHandler,
  analyticsExportHandler,
  analyticsFlushHandler,
  analyticsPurchaseHandler,
  analyticsRetentionHandler,
} from './jobs/handlers.js';
import './jobs/payloads.js';
import * as analyticsContract from './contract.js';
import { analyticsEntities } from './entities/index.js';
import { analyticsPermissions } from './permissions.js';
import {
  analyticsMigrations,
  analyticsTypeDefs,
  openAnalyticsServices,
  startAnalyticsSubgraph,
} from './subgraph.js';

type AnalyticsService = Awaited<ReturnType<typeof startAnalyticsSubgraph>>;

/** First-party analytics: settings, the event pipeline (flush, aggregates, retention), dashboards, exports. */
export const analyticsModule: SubgraphModule<AnalyticsService, AnalyticsJobDeps> = {
  name: 'analytics',
  typeDefs: analyticsTypeDefs,
  permissions: analyticsPermissions,
  entities: analyticsEntities,
  migrations: analyticsMigrations,
  contract: analyticsContract,
  start(config, deps) {
    return startAnalyticsSubgraph(config, {
      port: deps.port,
      jobs: deps.jobs,
      storage: deps.storage,
    });
  },
  jobs: [
    defineJob({
      name: 'analytics.flush',
      tenantless: true,
      handler: analyticsFlushHandler,
      repeat: { payload: { tenantId: null }, everyMs: (config) => config.ANALYTICS_FLUSH_INTERVAL_MS },
    }),
    defineJob({
      name: 'analytics.aggregate',
      tenantless: true,
      handler: analyticsAggregateHandler,
      repeat: { payload: { tenantId: null }, everyMs: (config) => config.ANALYTICS_AGGREGATE_INTERVAL_MS },
    }),
    defineJob({
      name: 'analytics.retention',
      tenantless: true,
      handler: analyticsRetentionHandler,
      repeat: { payload: { tenantId: null }, everyMs: (config) => config.ANALYTICS_RETENTION_INTERVAL_MS },
    }),
    defineJob({
      name: 'analytics.export',
      handler: analyticsExportHandler,
    }),
    defineJob({
      name: 'analytics.purchase',
      handler: analyticsPurchaseHandler,
    }),
  ],
  jobParts: (running) => ({ pipeline: running.pipeline }),
  async worker(config, workerDeps) {
    // The analytics subgraph owns the schema and runs its migrations; the worker only opens it.
    const services = await openAnalyticsServices(config, workerDeps);
    return { parts: { pipeline: services.pipeline }, close: services.close };
  },
};
