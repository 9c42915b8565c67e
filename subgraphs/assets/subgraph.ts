import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import type { JobQueue } from '../../core/jobs.js';
import type { Storage } from '../../core/storage.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { authTenantLookup, type TenantLookup } from '../../core/tenant-lookup.js';
import { assetEntities } from './entities/index.js';
import { Migration20261126000400_init } from './migrations/Migration20261126000400_init.js';
import { Migration20261126050000_upload_flow } from './migrations/Migration20261126050000_upload_flow.js';
import { Migration20261126055000_focal_crops } from './migrations/Migration20261126055000_focal_crops.js';
import { assetsPermissions } from './permissions.js';
import { assetsResolvers } from './resolvers/index.js';
import { AssetService } from './services/asset-service.js';

export const assetsTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const assetsMigrations = [
  { name: 'Migration20261126000400_init', class: Migration20261126000400_init },
  { name: 'Migration20261126050000_upload_flow', class: Migration20261126050000_upload_flow },
  { name: 'Migration20261126055000_focal_crops', class: Migration20261126055000_focal_crops },
];

export function openAssetsDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, { schema: 'assets', entities: assetEntities, migrations: assetsMigrations });
}

/** Opens the database, migrates, and serves the assets subgraph. */
export async function startAssetsSubgraph(
  config: Config,
  storage: Storage,
  /**
   * `jobs` enqueues image.optimize and asset.delete; without it deletes happen inline and images wait.
   * `tenants`: the tenant's plan (storage quota); defaults to auth's internal tenant directory.
   */
  opts: { port?: number; migrate?: boolean; jobs?: Pick<JobQueue, 'enqueue'>; tenants?: TenantLookup } = {},
) {
  const db = await openAssetsDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const assets = new AssetService(
    db,
    storage,
    opts.jobs ?? null,
    config,
    opts.tenants ?? authTenantLookup(config, 'assets'),
  );
  const service = await startSubgraph({
    name: 'assets',
    config,
    typeDefs: assetsTypeDefs,
    resolvers: assetsResolvers(assets),
    permissions: assetsPermissions,
    port: opts.port ?? config.ASSETS_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: () => db.close(),
  });
  return { ...service, assets, db };
}
