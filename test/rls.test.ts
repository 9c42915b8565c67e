import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDb, type SubgraphDb } from '../core/db.js';
import { openAnalyticsDb } from '../subgraphs/analytics/subgraph.js';
import { openAssetsDb } from '../subgraphs/assets/subgraph.js';
import { openAuthDb } from '../subgraphs/auth/subgraph.js';
import { openCmsDb } from '../subgraphs/cms/subgraph.js';
import { openCommerceDb } from '../subgraphs/commerce/subgraph.js';
import { createTestDatabase, type TestDatabase, testConfig } from './support/env.js';

/** Tables deliberately without row-level security, each with the reason. Keep this list short. */
const RLS_ALLOW_LIST: Record<string, string> = {
  'auth.stripe_event':
    'processed Stripe event ids (idempotency): platform-wide, the tenant is not known before processing',
  'auth.user_account': 'accounts are platform-wide: one person belongs to many tenants',
  'auth.signing_key': 'platform signing keys for access tokens, no tenant data',
  'auth.session': 'sign-in sessions belong to a person (account-level), not to a tenant',
  'auth.refresh_token': 'hashed refresh tokens of account-level sessions',
  'auth.account_token': 'hashed email-verification, password-reset and email-change tokens of an account',
  'auth.totp_factor': "a person's two-factor seed, account-level",
  'auth.recovery_code': "hashed two-factor recovery codes of a person's account",
  'auth.user_identity': 'social sign-in identities link to platform-wide accounts, no tenant data',
  'auth.sign_in_code': 'one-time social sign-in codes of platform-wide accounts, no tenant data',
  'auth.pending_sign_up':
    'sign-ups waiting for their emailed link: accounts are platform-wide, no tenant data',
};
const isMigrationsTable = (name: string) => name.endsWith('.mikro_orm_migrations');

let database: TestDatabase;
const dbs: SubgraphDb[] = [];

beforeAll(async () => {
  // Empty, not the run's migrated template: every migration runs here from the start.
  database = await createTestDatabase({ empty: true });
  const config = testConfig({ DATABASE_URL: database.url });
  for (const open of [openAuthDb, openCmsDb, openCommerceDb, openAnalyticsDb, openAssetsDb]) {
    const db = await open(config);
    await migrateDb(db);
    dbs.push(db);
  }
});

afterAll(async () => {
  for (const db of dbs) await db.close();
  await database?.drop();
});

describe('row-level security', () => {
  it('is enabled, forced and has a tenant policy on every table of every subgraph schema, or is allow-listed with a reason', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{
      name: string;
      enabled: boolean;
      forced: boolean;
      policies: number;
    }>(
      `select n.nspname || '.' || c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
              (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname = any($1)
        order by 1`,
      [dbs.map((db) => db.schema)],
    );
    await client.end();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const unprotected = rows
      .filter((t) => !isMigrationsTable(t.name) && !RLS_ALLOW_LIST[t.name])
      .filter((t) => !t.enabled || !t.forced || t.policies < 1)
      .map((t) => t.name);
    expect(unprotected).toEqual([]);
    for (const name of Object.keys(RLS_ALLOW_LIST)) expect(rows.map((r) => r.name)).toContain(name);
  });

  it('runs tenant work as a role that is neither superuser nor able to bypass RLS', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolsuper, rolbypassrls from pg_roles where rolname = $1',
      [dbs[0]!.appRole],
    );
    await client.end();
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });
});
