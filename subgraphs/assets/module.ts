import type { SubgraphDb } from '../../core/db.js';
import { defineJob, type SubgraphModule } from '../../core/module.js';
import type { Storage } from '../../core/storage.js';
import {
  assetDeleteHandler,
  type ImageSettings,
  imageOptimizeHandler,
  imageRecropHandler,
} from './jobs/images.js';
import './jobs/payloads.js';
import { assetEntities } from './entities/index.js';
import { assetsPermissions } from './permissions.js';
import { assetsMigrations, assetsTypeDefs, openAssetsDb, startAssetsSubgraph } from './subgraph.js';

/** What the image jobs run on: the assets database, object storage and the image settings. */
export interface AssetsJobParts {
  storage: Storage;
  db: SubgraphDb;
  settings: ImageSettings;
}

type AssetsService = Awaited<ReturnType<typeof startAssetsSubgraph>>;

/** Uploads, the media library, image variants and crops, fonts. */
export const assetsModule: SubgraphModule<AssetsService, AssetsJobParts> = {
  name: 'assets',
  typeDefs: assetsTypeDefs,
  permissions: assetsPermissions,
  entities: assetEntities,
  migrations: assetsMigrations,
  start(config, deps) {
    if (!deps.storage) throw new Error('the assets subgraph needs object storage');
    return startAssetsSubgraph(config, deps.storage, {
      port: deps.port,
      jobs: deps.jobs,
      tenants: deps.tenants,
    });
  },
  jobs: [
    defineJob({
      name: 'image.optimize',
      handler: imageOptimizeHandler,
      // Image jobs are CPU-bound.
      concurrency: (config) => config.IMAGE_JOB_CONCURRENCY,
    }),
    defineJob({
      name: 'image.recrop',
      handler: imageRecropHandler,
    }),
    defineJob({
      name: 'asset.delete',
      handler: (parts: AssetsJobParts) => assetDeleteHandler(parts.storage),
    }),
  ],
  jobParts: (running, { config, storage }) => ({ storage, db: running.db, settings: config }),
  async worker(config, { storage }) {
    // The assets subgraph owns the schema and runs its migrations; the worker only opens it.
    const db = await openAssetsDb(config);
    return { parts: { storage, db, settings: config }, close: () => db.close() };
  },
};
