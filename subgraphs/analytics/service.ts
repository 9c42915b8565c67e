import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { analyticsEntities } from './entities.js';
import { Migration20261126000300_init } from './migrations/Migration20261126000300_init.js';
import { analyticsPermissions } from './permissions.js';
import { analyticsResolvers } from './resolvers.js';
import { AnalyticsSettingsService } from './services/settings-service.js';

export const analyticsTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const analyticsMigrations = [
  { name: 'Migration20261126000300_init', class: Migration20261126000300_init },
];

export function openAnalyticsDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, {
    schema: 'analytics',
    entities: analyticsEntities,
    migrations: analyticsMigrations,
  });
}

/** Opens the database, migrates, and serves the analytics subgraph. */
export async function startAnalyticsSubgraph(
  config: Config,
  opts: { port?: number; migrate?: boolean } = {},
) {
  const db = await openAnalyticsDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const settings = new AnalyticsSettingsService(db);
  const service = await startSubgraph({
    name: 'analytics',
    config,
    typeDefs: analyticsTypeDefs,
    resolvers: analyticsResolvers(settings),
    permissions: analyticsPermissions,
    port: opts.port ?? config.ANALYTICS_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: () => db.close(),
  });
  return { ...service, settings, db };
}
