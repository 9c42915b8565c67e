import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import type { JobQueue } from '../../core/jobs.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { cmsEntities } from './entities.js';
import { cmsLifecycleEntities } from './entities-lifecycle.js';
import { lifecycleResolvers, mergeResolvers } from './lifecycle-resolvers.js';
import { Migration20261126000100_init } from './migrations/Migration20261126000100_init.js';
import { Migration20261126050000_tokens } from './migrations/Migration20261126050000_tokens.js';
import { Migration20261126060000_templates } from './migrations/Migration20261126060000_templates.js';
import { Migration20261126070000_lifecycle } from './migrations/Migration20261126070000_lifecycle.js';
import { cmsPermissions } from './permissions.js';
import { cmsResolvers } from './resolvers.js';
import { createLifecycleServices } from './services/lifecycle.js';
import { PageService } from './services/page-service.js';
import { createSupergraphClient } from './services/supergraph-client.js';
import { TemplateService } from './services/template-service.js';
import { TokenService } from './services/token-service.js';
import { templateResolvers } from './templates/resolvers.js';

export const cmsTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const cmsMigrations = [
  { name: 'Migration20261126000100_init', class: Migration20261126000100_init },
  { name: 'Migration20261126050000_tokens', class: Migration20261126050000_tokens },
  { name: 'Migration20261126060000_templates', class: Migration20261126060000_templates },
  { name: 'Migration20261126070000_lifecycle', class: Migration20261126070000_lifecycle },
];

export function openCmsDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, {
    schema: 'cms',
    entities: [...cmsEntities, ...cmsLifecycleEntities],
    migrations: cmsMigrations,
  });
}

/** Opens the database, migrates, and serves the cms subgraph. */
export async function startCmsSubgraph(
  config: Config,
  jobs: Pick<JobQueue, 'enqueue'>,
  opts: {
    port?: number;
    migrate?: boolean;
    /** The gateway's internal GraphQL URL, read per render (embedded stacks learn it after start). */
    gatewayInternalUrl?: () => string;
  } = {},
) {
  const db = await openCmsDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const pages = new PageService(db, jobs);
  const tokens = new TokenService(db);
  const templates = new TemplateService(db, pages, tokens);
  const { events, webhooks, publishing, versions, navigation } = createLifecycleServices(
    config,
    db,
    pages,
    jobs,
  );
  const service = await startSubgraph({
    name: 'cms',
    config,
    typeDefs: cmsTypeDefs,
    resolvers: mergeResolvers(
      cmsResolvers(
        pages,
        tokens,
        createSupergraphClient(config, opts.gatewayInternalUrl ?? (() => config.gatewayInternalUrl)),
      ),
      lifecycleResolvers({ versions, publishing, navigation, webhooks }),
      templateResolvers(templates),
    ),
    permissions: cmsPermissions,
    port: opts.port ?? config.CMS_PORT,
    readiness: { database: () => pingDb(db) },
    onClose: async () => {
      await events.close();
      await db.close();
    },
  });
  return { ...service, pages, tokens, db, publishing, versions, navigation, webhooks, templates };
}
