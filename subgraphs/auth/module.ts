import type { SubgraphModule } from '../../core/module.js';
import { factsOf } from '../../core/tenant-lookup.js';
import { authEntities } from './entities/index.js';
import { authPermissions } from './permissions.js';
import { type AuthRouteServices, authRoutes } from './routes.js';
import { authMigrations, authTypeDefs, startAuthSubgraph } from './subgraph.js';

type AuthService = Awaited<ReturnType<typeof startAuthSubgraph>>;

/** Accounts, sessions, teams, API keys, billing, regions, domains and the tenant directory. Owns no job. */
export const authModule: SubgraphModule<AuthService, undefined, AuthRouteServices> = {
  name: 'auth',
  typeDefs: authTypeDefs,
  permissions: authPermissions,
  entities: authEntities,
  migrations: authMigrations,
  routes: authRoutes,
  start(config, deps) {
    return startAuthSubgraph(config, {
      port: deps.port,
      jobs: deps.jobs,
      gatewayInternalUrl: deps.gatewayInternalUrl,
    });
  },
  jobs: [],
  jobParts: () => undefined,
  worker: async () => ({ parts: undefined, close: async () => {} }),
  // In one process a tenant's plan and regions are read straight from the directory, not over HTTP.
  tenantDirectory: (running) => async (tenantId) =>
    factsOf(await running.parts.auth.directoryLookup({ id: tenantId })),
};
