import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { commerceEntities } from './entities.js';
import { Migration20261126000200_init } from './migrations/Migration20261126000200_init.js';
import { commercePermissions } from './permissions.js';
import { commerceResolvers } from './resolvers.js';
import { CatalogService } from './services/catalog-service.js';

export const commerceTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const commerceMigrations = [
  { name: 'Migration20261126000200_init', class: Migration20261126000200_init },
];

export function openCommerceDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, { schema: 'commerce', entities: commerceEntities, migrations: commerceMigrations });
}

/** Opens the database, migrates, and serves the commerce subgraph. */
export async function startCommerceSubgraph(config: Config, opts: { port?: number; migrate?: boolean } = {}) {
  const db = await openCommerceDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const catalog = new CatalogService(db);
  const service = await startSubgraph({
    name: 'commerce',
    config,
    typeDefs: commerceTypeDefs,
    resolvers: commerceResolvers(catalog),
    permissions: commercePermissions,
    port: opts.port ?? config.COMMERCE_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: () => db.close(),
  });
  return { ...service, catalog, db };
}
