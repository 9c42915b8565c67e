import type { Config } from '../../core/config.js';
import { migrateDb, openDb, pingDb, type SubgraphDb } from '../../core/db.js';
import { createEventBus, type EventBus } from '../../core/events.js';
import type { JobQueue } from '../../core/jobs.js';
import { platformPlans } from '../../core/plans.js';
import { parseKeyring } from '../../core/secrets.js';
import { loadTypeDefs, startSubgraph } from '../../core/subgraph.js';
import { authEntities } from './entities/index.js';
import { Migration20261126000000_init } from './migrations/Migration20261126000000_init.js';
import { Migration20261126005000_audit } from './migrations/Migration20261126005000_audit.js';
import { Migration20261126010000_accounts } from './migrations/Migration20261126010000_accounts.js';
import { Migration20261126020000_teams } from './migrations/Migration20261126020000_teams.js';
import { Migration20261126030000_keys_billing } from './migrations/Migration20261126030000_keys_billing.js';
import { Migration20261126040000_oidc } from './migrations/Migration20261126040000_oidc.js';
import { Migration20261127000000_sign_up } from './migrations/Migration20261127000000_sign_up.js';
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
import { authRoutes } from './routes.js';
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
    routes: authRoutes.build(config, parts),
    readiness: { database: () => pingDb(db) },
    onClose: async () => {
      await parts.events.close();
      await parts.accounts.close();
      await db.close();
    },
  });
  return { ...service, parts };
}
