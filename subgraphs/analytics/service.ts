import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { createEventBus } from '../../core/events.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { analyticsEntities } from './entities.js';
import { Migration20261126000300_init } from './migrations/Migration20261126000300_init.js';
import { Migration20261126080000_consent } from './migrations/Migration20261126080000_consent.js';
import { analyticsPermissions } from './permissions.js';
import { analyticsResolvers } from './resolvers.js';
import { AnalyticsSettingsService } from './services/settings-service.js';

export const analyticsTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const analyticsMigrations = [
  { name: 'Migration20261126000300_init', class: Migration20261126000300_init },
  { name: 'Migration20261126080000_consent', class: Migration20261126080000_consent },
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
  // Pages render with the analytics policy: a settings change purges the tenant's cached pages.
  const events = createEventBus(config, 'analytics');
  const settings = new AnalyticsSettingsService(
    db,
    () => new Date(),
    (tenantId) => events.publish('pages-changed', tenantId),
  );
  const service = await startSubgraph({
    name: 'analytics',
    config,
    typeDefs: analyticsTypeDefs,
    resolvers: analyticsResolvers(settings),
    permissions: analyticsPermissions,
    port: opts.port ?? config.ANALYTICS_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: async () => {
      await events.close();
      await db.close();
    },
  });
  return { ...service, settings, db };
}
