import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import { migrateDb, openDb } from '../../core/db.js';
import { createTestDatabase, type TestDatabase, testConfig } from '../../test/support/env.js';
import { cmsEntities } from './entities/cms.js';
import { cmsMigrations, openCmsDb } from './subgraph.js';

/**
 * Migration20261126160000_site_domains on a database that already has tenants with sites: the
 * first site of each tenant becomes its default (so it keeps serving what it served), a stored
 * primary host becomes the site's primary mapping, and the constraints hold afterwards.
 */
describe('site domains migration', () => {
  let database: TestDatabase;
  let config: Config;
  let sql: pg.Client;
  beforeAll(async () => {
    // Empty: the migration under test runs on rows written before it.
    database = await createTestDatabase({ empty: true });
    config = testConfig({ DATABASE_URL: database.url });
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await database?.drop();
    if (config) await rm(config.dataDir, { recursive: true, force: true });
  });

  it('makes each tenant first site its default and keeps stored primary hosts', async () => {
    const before = cmsMigrations.filter((m) => m.name !== 'Migration20261126160000_site_domains');
    expect(before).toHaveLength(cmsMigrations.length - 1);
    const old = await openDb(config, { schema: 'cms', entities: cmsEntities, migrations: before });
    await migrateDb(old);
    await old.close();

    const [t1, t2] = [randomUUID(), randomUUID()];
    const sites = {
      t1First: randomUUID(),
      t1Second: randomUUID(),
      t2Only: randomUUID(),
    };
    const insert = (id: string, tenantId: string, createdAt: string, primaryHost: string | null) =>
      sql.query(
        `insert into cms.site (id, tenant_id, name, tenant_slug, primary_host, created_at)
         values ($1, $2, 'site', 'slug', $3, $4)`,
        [id, tenantId, primaryHost, createdAt],
      );
    await insert(sites.t1Second, t1, '2026-02-01T00:00:00Z', null);
    await insert(sites.t1First, t1, '2026-01-01T00:00:00Z', null);
    await insert(sites.t2Only, t2, '2026-03-01T00:00:00Z', 'Shop.T2.example');

    const db = await openCmsDb(config);
    await migrateDb(db);
    await db.close();

    const { rows } = await sql.query<{ id: string; is_default: boolean; primary_host: string | null }>(
      'select id, is_default, primary_host from cms.site order by created_at',
    );
    expect(rows).toEqual([
      { id: sites.t1First, is_default: true, primary_host: null },
      { id: sites.t1Second, is_default: false, primary_host: null },
      { id: sites.t2Only, is_default: true, primary_host: 'shop.t2.example' },
    ]);
    const mapped = await sql.query('select tenant_id, site_id, host, is_primary from cms.site_domain');
    expect(mapped.rows).toEqual([
      { tenant_id: t2, site_id: sites.t2Only, host: 'shop.t2.example', is_primary: true },
    ]);
    // One default per tenant, enforced by the database.
    await expect(
      sql.query('update cms.site set is_default = true where id = $1', [sites.t1Second]),
    ).rejects.toThrow(/site_one_default_per_tenant/);
  });
});
