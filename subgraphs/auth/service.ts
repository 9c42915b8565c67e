import { z } from 'zod';
import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { type Route, sendJson } from '../../core/http.js';
import { loadTypeDefs, startSubgraph, verifiedContext } from '../../core/subgraph.js';
import { authEntities } from './entities.js';
import { Migration20261126000000_init } from './migrations/Migration20261126000000_init.js';
import { Migration20261126005000_audit } from './migrations/Migration20261126005000_audit.js';
import { authPermissions } from './permissions.js';
import { authResolvers } from './resolvers.js';
import { AuthService } from './services/auth-service.js';
import { createPasswordHasher, type PasswordHasher } from './services/passwords.js';
import { TokenIssuer } from './services/tokens.js';

export const authTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const authMigrations = [
  { name: 'Migration20261126000000_init', class: Migration20261126000000_init },
  { name: 'Migration20261126005000_audit', class: Migration20261126005000_audit },
];

export function openAuthDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, { schema: 'auth', entities: authEntities, migrations: authMigrations });
}

export interface AuthParts {
  db: SubgraphDb;
  auth: AuthService;
  tokens: TokenIssuer;
  passwords: PasswordHasher;
}

export async function createAuthParts(config: Config, db: SubgraphDb): Promise<AuthParts> {
  const tokens = new TokenIssuer(db, config);
  await tokens.init();
  const passwords = await createPasswordHasher(config);
  const auth = new AuthService(db, passwords, tokens);
  return { db, auth, tokens, passwords };
}

const directoryQuery = z.union([
  z.object({ slug: z.string().min(1).max(64) }),
  z.object({ host: z.string().min(1).max(253) }),
  z.object({ id: z.string().uuid() }),
]);

/** Public JWKS and the gateway's internal tenant directory. */
function authRoutes(config: Config, parts: AuthParts): Route[] {
  return [
    async (_req, res, url) => {
      if (url.pathname !== '/.well-known/jwks.json') return false;
      sendJson(res, 200, await parts.tokens.jwks(), { 'cache-control': 'public, max-age=60' });
      return true;
    },
    async (req, res, url) => {
      if (url.pathname !== '/internal/tenants') return false;
      const ctx = verifiedContext(req.headers, config.contextSecret);
      if (ctx?.actor.kind !== 'internal') {
        sendJson(res, 401, { error: 'internal callers only' });
        return true;
      }
      const query = directoryQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) {
        sendJson(res, 400, { error: 'give exactly one of slug, host or id' });
        return true;
      }
      const entry = await parts.auth.directoryLookup(query.data);
      if (entry) sendJson(res, 200, entry);
      else sendJson(res, 404, { error: 'unknown tenant' });
      return true;
    },
  ];
}

/** Opens the database, migrates, and serves the auth subgraph. */
export async function startAuthSubgraph(config: Config, opts: { port?: number; migrate?: boolean } = {}) {
  const db = await openAuthDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const parts = await createAuthParts(config, db);
  const service = await startSubgraph({
    name: 'auth',
    config,
    typeDefs: authTypeDefs,
    resolvers: authResolvers(parts.auth),
    permissions: authPermissions,
    port: opts.port ?? config.AUTH_PORT,
    routes: authRoutes(config, parts),
    readiness: { database: () => pingDb(db) },
    onClose: () => db.close(),
  });
  return { ...service, parts };
}
