import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import type { JobQueue } from '../../core/jobs.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { cmsEntities } from './entities.js';
import { Migration20261126000100_init } from './migrations/Migration20261126000100_init.js';
import { Migration20261126050000_tokens } from './migrations/Migration20261126050000_tokens.js';
import { cmsPermissions } from './permissions.js';
import { cmsResolvers } from './resolvers.js';
import { PageService } from './services/page-service.js';
import { TokenService } from './services/token-service.js';

export const cmsTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const cmsMigrations = [
  { name: 'Migration20261126000100_init', class: Migration20261126000100_init },
  { name: 'Migration20261126050000_tokens', class: Migration20261126050000_tokens },
];

export function openCmsDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, { schema: 'cms', entities: cmsEntities, migrations: cmsMigrations });
}

/** Opens the database, migrates, and serves the cms subgraph. */
export async function startCmsSubgraph(
  config: Config,
  jobs: Pick<JobQueue, 'enqueue'>,
  opts: { port?: number; migrate?: boolean } = {},
) {
  const db = await openCmsDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const pages = new PageService(db, jobs);
  const tokens = new TokenService(db);
  const service = await startSubgraph({
    name: 'cms',
    config,
    typeDefs: cmsTypeDefs,
    resolvers: cmsResolvers(pages, tokens),
    permissions: cmsPermissions,
    port: opts.port ?? config.CMS_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: () => db.close(),
  });
  return { ...service, pages, tokens, db };
}
