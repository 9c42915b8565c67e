import { z } from 'zod';
import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { createEventBus, type EventBus } from '../../core/events.js';
import { type Route, readBody, sendJson } from '../../core/http.js';
import type { JobQueue } from '../../core/jobs.js';
import { platformPlans } from '../../core/plans.js';
import { parseKeyring } from '../../core/secrets.js';
import { loadTypeDefs, startSubgraph, verifiedContext } from '../../core/subgraph.js';
import { authEntities } from './entities/index.js';
import { Migration20261126000000_init } from './migrations/Migration20261126000000_init.js';
import { Migration20261126005000_audit } from './migrations/Migration20261126005000_audit.js';
import { Migration20261126010000_accounts } from './migrations/Migration20261126010000_accounts.js';
import { Migration20261126020000_teams } from './migrations/Migration20261126020000_teams.js';
import { Migration20261126030000_keys_billing } from './migrations/Migration20261126030000_keys_billing.js';
import { Migration20261126040000_oidc } from './migrations/Migration20261126040000_oidc.js';
import { Migration20261127000000_sign_up } from './migrations/Migration20261127000000_sign_up.js';
import { oidcRoutes } from './oidc-routes.js';
import { authPermissions } from './permissions.js';
import {
  authResolvers,
  createAccountParts,
  keysBillingResolvers,
  regionResolvers,
  teamResolvers,
  withAccountResolvers,
  withOidcResolvers,
  withTeamResolvers,
} from './resolvers/index.js';
import { ApiKeyService } from './services/api-keys.js';
import { AuditLog } from './services/audit.js';
import { AuthService } from './services/auth-service.js';
import { BillingService, createStripeClient } from './services/billing.js';
import { type DomainResolver, DomainService, systemResolver } from './services/domains.js';
import { OidcService } from './services/oidc.js';
import { createPasswordHasher, type PasswordHasher } from './services/passwords.js';
import { PlatformAdminService } from './services/platform-admin.js';
import { RegionService } from './services/regions.js';
import { TeamService } from './services/teams.js';
import { TenantSecretsService } from './services/tenant-secrets.js';
import { gatewayTenantSites, type TenantSites } from './services/tenant-sites.js';
import { TokenIssuer } from './services/tokens.js';

export const authTypeDefs = loadTypeDefs(new URL('./schema.graphql', import.meta.url));
export const authMigrations = [
  { name: 'Migration20261126000000_init', class: Migration20261126000000_init },
  { name: 'Migration20261126005000_audit', class: Migration20261126005000_audit },
  { name: 'Migration20261126010000_accounts', class: Migration20261126010000_accounts },
  { name: 'Migration20261126020000_teams', class: Migration20261126020000_teams },
  { name: 'Migration20261126030000_keys_billing', class: Migration20261126030000_keys_billing },
  { name: 'Migration20261126040000_oidc', class: Migration20261126040000_oidc },
  { name: 'Migration20261127000000_sign_up', class: Migration20261127000000_sign_up },
];

export function openAuthDb(config: Config): Promise<SubgraphDb> {
  return openDb(config, { schema: 'auth', entities: authEntities, migrations: authMigrations });
}

export interface AuthParts {
  db: SubgraphDb;
  auth: AuthService;
  tokens: TokenIssuer;
  passwords: PasswordHasher;
  audit: AuditLog;
  teams: TeamService;
  domains: DomainService;
  oidc: OidcService;
  /** API keys, billing, tenant secrets, platform administration, and the bus they announce changes on. */
  keys: ApiKeyService;
  billing: BillingService;
  platform: PlatformAdminService;
  secrets: TenantSecretsService;
  events: EventBus;
  /** The tenant's regions (locale, currency, prefixes, hosts, countries). */
  regions: RegionService;
  /** Sessions and refresh tokens, sign-in limits, two-factor, email verification and recovery. */
  accounts: ReturnType<typeof createAccountParts>;
}

/** What the auth services need from outside; tests inject a clock, a DNS fake and a job spy. */
export interface AuthDeps {
  /** Where invitation emails are enqueued ('email.send'). */
  jobs?: Pick<JobQueue, 'enqueue'>;
  /** DNS TXT lookups for custom-domain verification (default: node:dns). */
  domainResolver?: DomainResolver;
  now?: () => Date;
  /** Where API-key revocations and tenant changes are announced (default: from REDIS_URL). */
  events?: EventBus;
  /** The tenant's sites, for invitations narrowed to sites (default: the cms through the gateway). */
  sites?: TenantSites;
  /** The gateway's internal GraphQL URL, read per call (embedded stacks learn it after start). */
  gatewayInternalUrl?: () => string;
}

/** Used when no queue was given: enqueueing fails loudly instead of dropping an email. */
const noJobQueue: Pick<JobQueue, 'enqueue'> = {
  enqueue: () => Promise.reject(new Error('the auth subgraph was started without a job queue')),
};

export async function createAuthParts(
  config: Config,
  db: SubgraphDb,
  deps: AuthDeps = {},
): Promise<AuthParts> {
  const tokens = new TokenIssuer(db, config);
  await tokens.init();
  const passwords = await createPasswordHasher(config);
  const auth = new AuthService(db, passwords, tokens);
  const now = deps.now ?? (() => new Date());
  const audit = new AuditLog(db, now);
  const platformHosts = [
    ...config.PLATFORM_HOSTS.split(',').map((h) => h.trim().toLowerCase()),
    new URL(config.publicUrl).hostname.toLowerCase(),
  ].filter(Boolean);
  const events = deps.events ?? createEventBus(config, 'auth');
  const domains = new DomainService(
    db,
    audit,
    deps.domainResolver ?? systemResolver,
    platformHosts,
    now,
    events,
  );
  const keys = new ApiKeyService(db, audit, events, now);
  const billing = new BillingService(
    db,
    audit,
    events,
    config,
    platformPlans(),
    createStripeClient(config),
    now,
  );
  const platform = new PlatformAdminService(db, audit, events);
  const secrets = new TenantSecretsService(db, parseKeyring(config.secretsKeys), now);
  const jobs = deps.jobs ?? noJobQueue;
  const accounts = createAccountParts(config, db, { auth, tokens, passwords, audit, jobs, now });
  const teams = new TeamService(db, {
    sessions: accounts.sessions,
    keys,
    audit,
    jobs,
    events,
    sites:
      deps.sites ?? gatewayTenantSites(config, deps.gatewayInternalUrl ?? (() => config.gatewayInternalUrl)),
    publicUrl: config.publicUrl,
    now,
  });
  const oidc = new OidcService(db, config, passwords, audit, accounts.accounts, now);
  const regions = new RegionService(db, audit, events, platformHosts);
  return {
    db,
    auth,
    tokens,
    passwords,
    audit,
    teams,
    domains,
    oidc,
    keys,
    billing,
    platform,
    secrets,
    events,
    regions,
    accounts,
  };
}

const membershipQuery = z.object({ tenant: z.string().uuid(), user: z.string().uuid() });

const directoryQuery = z.union([
  z.object({ slug: z.string().min(1).max(64) }),
  z.object({ host: z.string().min(1).max(253) }),
  z.object({ id: z.string().uuid() }),
]);

/** Public JWKS and the gateway's internal lookups: tenants, members' stored roles, API keys. */
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
    async (req, res, url) => {
      if (url.pathname !== '/internal/memberships') return false;
      const ctx = verifiedContext(req.headers, config.contextSecret);
      if (ctx?.actor.kind !== 'internal') {
        sendJson(res, 401, { error: 'internal callers only' });
        return true;
      }
      const query = membershipQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) {
        sendJson(res, 400, { error: 'give tenant and user ids' });
        return true;
      }
      const membership = await parts.auth.storedMembership(query.data.tenant, query.data.user);
      if (membership) sendJson(res, 200, membership, { 'cache-control': 'no-store' });
      else sendJson(res, 404, { error: 'not a member' });
      return true;
    },
    async (req, res, url) => {
      if (url.pathname !== '/internal/api-keys') return false;
      const ctx = verifiedContext(req.headers, config.contextSecret);
      if (ctx?.actor.kind !== 'internal') {
        sendJson(res, 401, { error: 'internal callers only' });
        return true;
      }
      const hash = url.searchParams.get('hash') ?? '';
      if (!/^[0-9a-f]{64}$/.test(hash)) {
        sendJson(res, 400, { error: 'hash must be a hex SHA-256' });
        return true;
      }
      const key = await parts.keys.lookup(hash);
      if (key) sendJson(res, 200, key, { 'cache-control': 'no-store' });
      else sendJson(res, 404, { error: 'unknown, revoked or expired API key' });
      return true;
    },
    async (req, res, url) => {
      if (url.pathname !== '/webhooks/stripe/billing') return false;
      if (req.method !== 'POST') {
        sendJson(res, 405, { error: 'POST only' }, { allow: 'POST' });
        return true;
      }
      const signature = req.headers['stripe-signature'];
      const outcome = await parts.billing.handleWebhook(
        await readBody(req),
        typeof signature === 'string' ? signature : undefined,
      );
      sendJson(res, outcome.status, outcome.body);
      return true;
    },
  ];
}

/** Opens the database, migrates, and serves the auth subgraph. */
export async function startAuthSubgraph(
  config: Config,
  opts: { port?: number; migrate?: boolean } & AuthDeps = {},
) {
  const db = await openAuthDb(config);
  if (opts.migrate !== false) await migrateDb(db);
  const parts = await createAuthParts(config, db, opts);
  const service = await startSubgraph({
    name: 'auth',
    config,
    typeDefs: authTypeDefs,
    resolvers: withAccountResolvers(
      withTeamResolvers(
        withTeamResolvers(withOidcResolvers(authResolvers(parts.auth), parts.oidc), teamResolvers(parts)),
        withTeamResolvers(keysBillingResolvers(parts), regionResolvers(parts.regions)),
      ),
      parts.accounts,
    ),
    permissions: authPermissions,
    port: opts.port ?? config.AUTH_PORT,
    routes: [...authRoutes(config, parts), ...oidcRoutes(config, parts.oidc)],
    readiness: { database: () => pingDb(db) },
    onClose: async () => {
      await parts.events.close();
      await parts.accounts.close();
      await db.close();
    },
  });
  return { ...service, parts };
}
