import { defineJob, type SubgraphModule } from '../../core/module.js';
import {
  analyticsAggregateHandler,
  analyticsExportHandler,
  analyticsFlushHandler,
  analyticsPurchaseHandler,
  analyticsRetentionHandler,
} from './jobs/handlers.js';
import './jobs/payloads.js';
import { type AnalyticsPipeline, openAnalyticsServices, startAnalyticsSubgraph } from './service.js';

/** What the analytics jobs run on: the pipeline (its database, event buffer and storage). */
export interface AnalyticsJobParts {
  pipeline: AnalyticsPipeline;
}

type AnalyticsService = Awaited<ReturnType<typeof startAnalyticsSubgraph>>;

const deps = (parts: AnalyticsJobParts) => ({ pipeline: () => parts.pipeline });

/** First-party analytics: settings, the event pipeline (flush, aggregates, retention), dashboards, exports. */
export const analyticsModule: SubgraphModule<AnalyticsService, AnalyticsJobParts> = {
  name: 'analytics',
  start(config, moduleDeps) {
    return startAnalyticsSubgraph(config, {
      port: moduleDeps.port,
      jobs: moduleDeps.jobs,
      storage: moduleDeps.storage,
    });
  },
  jobs: [
    defineJob({
      name: 'analytics.flush',
      handler: (parts: AnalyticsJobParts) => analyticsFlushHandler(deps(parts)),
      repeat: { payload: { tenantId: null }, everyMs: (config) => config.ANALYTICS_FLUSH_INTERVAL_MS },
    }),
    defineJob({
      name: 'analytics.aggregate',
      handler: (parts: AnalyticsJobParts) => analyticsAggregateHandler(deps(parts)),
      repeat: { payload: { tenantId: null }, everyMs: (config) => config.ANALYTICS_AGGREGATE_INTERVAL_MS },
    }),
    defineJob({
      name: 'analytics.retention',
      handler: (parts: AnalyticsJobParts) => analyticsRetentionHandler(deps(parts)),
      repeat: { payload: { tenantId: null }, everyMs: (config) => config.ANALYTICS_RETENTION_INTERVAL_MS },
    }),
    defineJob({
      name: 'analytics.export',
      handler: (parts: AnalyticsJobParts) => analyticsExportHandler(deps(parts)),
    }),
    defineJob({
      name: 'analytics.purchase',
      handler: (parts: AnalyticsJobParts) => analyticsPurchaseHandler(deps(parts)),
    }),
  ],
  jobParts: (running) => ({ pipeline: running.pipeline }),
  async worker(config, workerDeps) {
    // The analytics subgraph owns the schema and runs its migrations; the worker only opens it.
    const services = await openAnalyticsServices(config, workerDeps);
    return { parts: { pipeline: services.pipeline }, close: services.close };
  },
};
