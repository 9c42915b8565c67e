/**
 * vitest global setup (vitest.config.ts): one database per run with every module's migrations
 * applied, which createTestDatabase copies (`create database … template …`, a file copy inside
 * PostgreSQL) instead of handing each test file an empty one that every stack then migrates. The
 * migrations themselves stay tested: here (a failure fails the run before any file), and from an
 * empty database where that is the point (`createTestDatabase({ empty: true })`: test/rls.test.ts,
 * which migrates every module, and the migrations' own tests). The template is dropped when the
 * run ends.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { ADMIN_URL, MIGRATED_TEMPLATE_ENV, testConfig } from './env.js';

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  // A vitest run started by a test (test/no-skips.test.ts) uses the enclosing run's template.
  if (process.env[MIGRATED_TEMPLATE_ENV]) return async () => undefined;
  // Loaded only here: a nested run (above) need not load the subgraphs.
  const [{ migrateDb }, analytics, assets, auth, cms, commerce] = await Promise.all([
    import('../../core/db.js'),
    import('../../subgraphs/analytics/subgraph.js'),
    import('../../subgraphs/assets/subgraph.js'),
    import('../../subgraphs/auth/subgraph.js'),
    import('../../subgraphs/cms/subgraph.js'),
    import('../../subgraphs/commerce/subgraph.js'),
  ]);
  const name = `wh_template_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`create database ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const config = testConfig({ DATABASE_URL: url.toString() });
  const opens = [
    auth.openAuthDb,
    cms.openCmsDb,
    commerce.openCommerceDb,
    analytics.openAnalyticsDb,
    assets.openAssetsDb,
  ];
  for (const open of opens) {
    const db = await open(config);
    try {
      await migrateDb(db);
    } finally {
      await db.close();
    }
  }
  await rm(config.dataDir, { recursive: true, force: true });
  process.env[MIGRATED_TEMPLATE_ENV] = name;
  return async () => {
    delete process.env[MIGRATED_TEMPLATE_ENV];
    await admin((client) => client.query(`drop database if exists ${name} with (force)`));
  };
}
