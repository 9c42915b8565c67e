import { type EntityMetadata, type EntitySchema, type MigrationObject, MikroORM } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { type EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { forbidden } from './errors.js';
import { logger } from './logger.js';

export type { EntityManager };

/** One subgraph's database: its own PostgreSQL schema, entities and migrations. */
export interface SubgraphDb {
  orm: MikroORM<PostgreSqlDriver>;
  schema: string;
  appRole: string;
  close(): Promise<void>;
}

export interface SubgraphDbOptions {
  /** The PostgreSQL schema that holds this subgraph's tables, e.g. `cms`. */
  schema: string;
  // biome-ignore lint/suspicious/noExplicitAny: EntitySchema's generic parameters differ per entity.
  entities: EntitySchema<any, any>[];
  migrations: MigrationObject[];
  /** Overrides DATABASE_URL, e.g. to point one subgraph at its own database. */
  url?: string;
}

const SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export async function openDb(config: Config, opts: SubgraphDbOptions): Promise<SubgraphDb> {
  const url = opts.url ?? config.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (embedded mode sets it before opening databases)');
  if (!SAFE_IDENTIFIER.test(opts.schema)) throw new Error(`bad schema name ${opts.schema}`);
  const orm = await MikroORM.init<PostgreSqlDriver>({
    driver: PostgreSqlDriver,
    clientUrl: url,
    schema: opts.schema,
    entities: opts.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: opts.migrations,
      tableName: `${opts.schema}.mikro_orm_migrations`,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: config.DB_POOL_MAX },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    logger: (message) => logger().debug({ schema: opts.schema }, message),
  });
  return { orm, schema: opts.schema, appRole: config.APP_DB_ROLE, close: () => orm.close(true) };
}

/**
 * Creates the subgraph's schema and the app role (cluster-wide, idempotent, never dropped),
 * runs pending migrations and grants the app role what tenant work needs.
 */
export async function migrateDb(db: SubgraphDb): Promise<void> {
  const conn = db.orm.em.getConnection();
  // Replicas of one subgraph may start together: a transaction-scoped advisory lock per schema
  // lets one of them migrate while the others wait, then find nothing left to do.
  await db.orm.em.fork().transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`webhaze:migrate:${db.schema}`]);
    await tx.execute(`create schema if not exists ${db.schema}`);
    await ensureAppRole(db, tx);
  });
  await withMigrationLock(db, () => db.orm.getMigrator().up());
  await conn.execute(
    `grant usage on schema ${db.schema} to ${db.appRole};
     grant select, insert, update, delete on all tables in schema ${db.schema} to ${db.appRole};
     grant usage, select on all sequences in schema ${db.schema} to ${db.appRole};`,
  );
}

/** Holds a session advisory lock on one pooled connection while the migrator runs on others. */
async function withMigrationLock<T>(db: SubgraphDb, fn: () => Promise<T>): Promise<T> {
  const knex = db.orm.em.getConnection().getKnex();
  const key = `webhaze:migrate:${db.schema}`;
  const connection = await knex.client.acquireConnection();
  try {
    await knex.raw('select pg_advisory_lock(hashtext(?))', [key]).connection(connection);
    try {
      return await fn();
    } finally {
      await knex.raw('select pg_advisory_unlock(hashtext(?))', [key]).connection(connection);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

async function ensureAppRole(db: SubgraphDb, em: EntityManager): Promise<void> {
  // Concurrent migrations (several subgraphs or test files at once) may race on CREATE ROLE:
  // both duplicate_object and unique_violation mean "someone else just created it".
  await em.execute(`
    do $$ begin
      create role ${db.appRole} nologin nosuperuser nobypassrls;
    exception when duplicate_object or unique_violation then null;
    end $$;
    do $$ begin
      execute format('grant %I to %I', '${db.appRole}', current_user);
    exception when others then null;
    end $$;`);
}

/** The ORM half of the tenant lock: every tenant-owned entity declares this default filter. */
export const tenantFilter: EntityMetadata['filters'] = {
  tenant: {
    name: 'tenant',
    cond: (args: Record<string, unknown>) => ({ tenantId: args.tenantId }),
    default: true,
  },
};

/** The RLS predicate: the transaction's tenant, or the explicit platform path (`withPlatform`). */
export function tenantPredicate(column = 'tenant_id'): string {
  return `(${column} = nullif(current_setting('app.tenant_id', true), '')::uuid
    or current_setting('app.platform', true) = 'on')`;
}

/**
 * The SQL half of the tenant lock, for a migration: RLS enabled and forced on a tenant-owned
 * table; rows are visible and writable only under the transaction's `app.tenant_id`, or on the
 * audited platform path.
 */
export function tenantTableRls(schema: string, table: string, column = 'tenant_id'): string[] {
  const qualified = `${schema}.${table}`;
  const predicate = tenantPredicate(column);
  return [
    `alter table ${qualified} enable row level security`,
    `alter table ${qualified} force row level security`,
    `create policy tenant_isolation on ${qualified} using ${predicate} with check ${predicate}`,
  ];
}

export interface TenantScope {
  tenantId: string | null;
}

/**
 * Runs tenant work in one transaction under both locks: the ORM tenant filter and PostgreSQL RLS
 * (`SET LOCAL ROLE` to the non-owner app role plus `app.tenant_id`). Never call another service
 * from inside `fn`: embedded PGlite serialises transactions, so a nested call would deadlock.
 */
export async function withTenant<T>(
  db: SubgraphDb,
  scope: TenantScope,
  fn: (em: EntityManager) => Promise<T>,
  opts: {
    /**
     * Reads only (hot render paths): the transaction is READ ONLY in PostgreSQL, and the entities it
     * loaded are not compared for changes at commit (the ORM's flush costs more than the reads when
     * a render loads hundreds of image variants).
     */
    readOnly?: boolean;
  } = {},
): Promise<T> {
  const tenantId = scope.tenantId;
  if (!tenantId) throw forbidden('This operation needs a tenant: send x-tenant or use a tenant-bound token');
  const em = db.orm.em.fork({ clear: true });
  return em.transactional(async (tx) => {
    // One round trip: set_config('role', …, true) is SET LOCAL ROLE (and transaction_read_only SET TRANSACTION READ ONLY).
    await tx.execute(
      opts.readOnly
        ? `select set_config('role', ?, true), set_config('app.tenant_id', ?, true), set_config('transaction_read_only', 'on', true)`
        : `select set_config('role', ?, true), set_config('app.tenant_id', ?, true)`,
      [db.appRole, tenantId],
    );
    tx.setFilterParams('tenant', { tenantId });
    const result = await fn(tx);
    if (opts.readOnly) tx.clear();
    return result;
  });
}

/**
 * The one audited path for platform-wide work that must see every tenant (host → tenant lookup,
 * sign-in, billing). It runs as the same non-owner app role as tenant work, with the explicit
 * `app.platform` flag the RLS policies accept, so it never depends on the connecting role's
 * privileges. `reason` is logged with every use; keep callers few and named.
 */
export async function withPlatform<T>(
  db: SubgraphDb,
  reason: string,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  logger().info({ schema: db.schema, reason, audit: 'platform-access' }, 'platform-wide database access');
  const em = db.orm.em.fork({ clear: true });
  return em.transactional(async (tx) => {
    await tx.execute(`select set_config('role', ?, true), set_config('app.platform', 'on', true)`, [
      db.appRole,
    ]);
    return fn(tx);
  });
}

/** Options for queries made through `withPlatform`: the tenant filter is off by intent. */
export const platformQuery = { filters: { tenant: false } } as const;

export async function pingDb(db: SubgraphDb): Promise<void> {
  await db.orm.em.getConnection().execute('select 1');
}
