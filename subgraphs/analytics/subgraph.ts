import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { createEventBus } from '../../core/events.js';
import { createJobQueue, type JobQueue } from '../../core/jobs.js';
import { logger } from '../../core/logger.js';
import { createStorage, type Storage } from '../../core/storage.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { analyticsEntities } from './entities/index.js';
import { Migration20261126000300_init } from './migrations/Migration20261126000300_init.js';
import { Migration20261126080000_consent } from './migrations/Migration20261126080000_consent.js';
import { Migration20261126120000_events } from './migrations/Migration20261126120000_events.js';
import { Migration20261208020000_privacy_drafts } from './migrations/Migration20261208020000_privacy_drafts.js';
import { analyticsPermissions } from './permissions.js';
import { analyticsResolvers } from './resolvers/index.js';
import { AnalyticsAggregationService } from './services/aggregation-service.js';
import { AnalyticsDashboardService } from './services/dashboard-service.js';
import { createEventBuffer, type EventBuffer } from './services/event-buffer.js';
import { AnalyticsIngestService, flushQuietly } from './services/ingest-service.js';
import { PrivacyDraftService } from './services/privacy-drafts.js';
import { AnalyticsSettingsService } from './services/settings-service.js';

export const analyticsTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const analyticsMigrations = [
  { name: 'Migration20261126000300_init', class: Migration20261126000300_init },
  { name: 'Migration20261126080000_consent', class: Migration20261126080000_consent },
  { name: 'Migration20261126120000_events', class: Migration20261126120000_events },
  { name: 'Migration20261208020000_privacy_drafts', class: Migration20261208020000_privacy_drafts },
];

export function openAnalyticsDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, {
    schema: 'analytics',
    entities: analyticsEntities,
    migrations: analyticsMigrations,
  });
}

/** The analytics pipeline the jobs run: flush, aggregation, retention, purchases, exports. */
export interface AnalyticsPipeline {
  ingest: AnalyticsIngestService;
  aggregation: AnalyticsAggregationService;
  dashboard: AnalyticsDashboardService;
}

export function createAnalyticsPipeline(
  db: SubgraphDb,
  deps: { buffer: EventBuffer; jobs: JobQueue; storage: Storage; now?: () => Date },
): AnalyticsPipeline {
  const now = deps.now ?? (() => new Date());
  return {
    ingest: new AnalyticsIngestService(db, deps.buffer, now),
    aggregation: new AnalyticsAggregationService(db, now),
    dashboard: new AnalyticsDashboardService(db, deps.jobs, deps.storage, deps.buffer, now),
  };
}

/**
 * The services the analytics jobs run on, for the worker process: the database (migrated by the
 * subgraph), the event buffer the gateways write to, and the pipeline over them.
 */
export async function openAnalyticsServices(config: Config, deps: { jobs: JobQueue; storage: Storage }) {
  const db = await openAnalyticsDb(config);
  const buffer = createEventBuffer(config, 'analytics-worker');
  const pipeline = createAnalyticsPipeline(db, { buffer, jobs: deps.jobs, storage: deps.storage });
  return {
    pipeline,
    async close() {
      await buffer.close();
      await db.close();
    },
  };
}

export interface AnalyticsSubgraphOptions {
  port?: number;
  migrate?: boolean;
  /** The job queue (exports); a BullMQ producer or a handler-less runner by default. */
  jobs?: JobQueue;
  /** Where CSV exports are written; the configured storage by default. */
  storage?: Storage;
  now?: () => Date;
}

/** Opens the database, migrates, and serves the analytics subgraph. */
export async function startAnalyticsSubgraph(config: Config, opts: AnalyticsSubgraphOptions = {}) {
  const db = await openAnalyticsDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  // Pages render with the analytics policy: a settings change purges the tenant's cached pages.
  const events = createEventBus(config, 'analytics');
  const jobs = opts.jobs ?? (await createJobQueue(config));
  const storage = opts.storage ?? (await createStorage(config));
  const buffer = createEventBuffer(config, 'analytics');
  const now = opts.now ?? (() => new Date());
  const settings = new AnalyticsSettingsService(db, now, (tenantId) =>
    events.publish('pages-changed', tenantId),
  );
  const privacy = new PrivacyDraftService(db, settings, now, (tenantId) =>
    events.publish('pages-changed', tenantId),
  );
  const pipeline = createAnalyticsPipeline(db, { buffer, jobs, storage, now });
  const service = await startSubgraph({
    name: 'analytics',
    config,
    typeDefs: analyticsTypeDefs,
    resolvers: analyticsResolvers(settings, pipeline.dashboard, privacy),
    permissions: analyticsPermissions,
    port: opts.port ?? config.ANALYTICS_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: async () => {
      // Embedded mode: events still in this process's memory are written before the database closes.
      if (buffer.backend === 'memory') await flushQuietly(pipeline.ingest);
      await buffer.close();
      if (!opts.jobs) await jobs.close();
      await events.close();
      await db.close();
    },
  });
  logger().info({ buffer: buffer.backend }, 'analytics event buffer backend');
  return { ...service, settings, privacy, db, pipeline, buffer, storage, jobs };
}
