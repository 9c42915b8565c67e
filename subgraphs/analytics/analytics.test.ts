import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { AnalyticsSettingsSchema } from './entities.js';
import { startAnalyticsSubgraph } from './service.js';

let database: TestDatabase;
let config: Config;
let service: Awaited<ReturnType<typeof startAnalyticsSubgraph>>;
let sql: pg.Client;

const tenantA = randomUUID();
const tenantB = randomUUID();
const adminA = userContext(randomUUID(), tenantA, 'admin');
const editorA = userContext(randomUUID(), tenantA, 'editor');
const ownerB = userContext(randomUUID(), tenantB, 'owner');

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({ DATABASE_URL: database.url });
  service = await startAnalyticsSubgraph(config, { port: 0 });
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await service?.close();
  await database?.drop();
});

type Result = Awaited<ReturnType<typeof callSubgraph>>;
const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
  callSubgraph(service.url, query, variables, { ctx, secret: config.contextSecret });

function ok<T>(res: Result, field: string): T {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field] as T;
}

function errorOf(res: Result) {
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  return res.body.errors![0]! as { message: string; extensions?: { code?: string; field?: string } };
}

const READ = '{ analyticsSettings { clarityProjectId clarityEnabled updatedAt } }';
const UPDATE = `mutation($input: UpdateAnalyticsSettingsInput!) {
  updateAnalyticsSettings(input: $input) { clarityProjectId clarityEnabled updatedAt } }`;

async function storedRows() {
  const { rows } = await sql.query(
    'select tenant_id, clarity_project_id, clarity_enabled from analytics.settings order by tenant_id',
  );
  return rows as { tenant_id: string; clarity_project_id: string | null; clarity_enabled: boolean }[];
}

describe('analytics subgraph', () => {
  it('refuses requests without a valid context (none, wrong secret, expired)', async () => {
    expect((await callSubgraph(service.url, READ)).status).toBe(401);
    const forged = await callSubgraph(
      service.url,
      UPDATE,
      { input: { clarityProjectId: 'abcdef12', clarityEnabled: true } },
      { ctx: adminA, secret: 'f'.repeat(64) },
    );
    expect(forged.status).toBe(401);
    const expired = await callSubgraph(
      service.url,
      READ,
      {},
      { ctx: adminA, secret: config.contextSecret, ttl: -120 },
    );
    expect(expired.status).toBe(401);
    expect(await storedRows()).toEqual([]);
  });

  it('returns defaults before anything is saved', async () => {
    expect(ok(await gql(READ, {}, adminA), 'analyticsSettings')).toEqual({
      clarityProjectId: null,
      clarityEnabled: false,
      updatedAt: new Date(0).toISOString(),
    });
  });

  it('refuses enabling Clarity without a project id and stores nothing', async () => {
    const res = await gql(UPDATE, { input: { clarityEnabled: true } }, adminA);
    expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clarityEnabled' });
    expect(await storedRows()).toEqual([]);
  });

  it('saves a project id and enables Clarity', async () => {
    const saved = ok<{ clarityProjectId: string; clarityEnabled: boolean }>(
      await gql(UPDATE, { input: { clarityProjectId: 'abc123xyz', clarityEnabled: true } }, adminA),
      'updateAnalyticsSettings',
    );
    expect(saved).toMatchObject({ clarityProjectId: 'abc123xyz', clarityEnabled: true });
    expect(ok(await gql(READ, {}, editorA), 'analyticsSettings')).toMatchObject(saved);
    expect(await storedRows()).toEqual([
      { tenant_id: tenantA, clarity_project_id: 'abc123xyz', clarity_enabled: true },
    ]);
  });

  for (const bad of [
    'ABC<script>',
    '"><script>alert(1)</script>',
    'ABCDEF12',
    'abc',
    'a'.repeat(17),
    "abc123');x//",
  ]) {
    it(`refuses the Clarity id ${JSON.stringify(bad)} with BAD_USER_INPUT and keeps the stored settings`, async () => {
      const before = await storedRows();
      const res = await gql(UPDATE, { input: { clarityProjectId: bad, clarityEnabled: true } }, adminA);
      const error = errorOf(res);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clarityProjectId' });
      expect(error.message).toMatch(/^clarityProjectId: /);
      expect(await storedRows()).toEqual(before);
    });
  }

  it('refuses removing the id while Clarity stays enabled, and allows disabling it with the removal', async () => {
    const before = await storedRows();
    const res = await gql(UPDATE, { input: { clarityProjectId: null } }, adminA);
    expect(errorOf(res).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await storedRows()).toEqual(before);
    const off = ok(
      await gql(UPDATE, { input: { clarityProjectId: null, clarityEnabled: false } }, adminA),
      'updateAnalyticsSettings',
    );
    expect(off).toMatchObject({ clarityProjectId: null, clarityEnabled: false });
    await gql(UPDATE, { input: { clarityProjectId: 'abc123xyz', clarityEnabled: true } }, adminA);
  });

  it('refuses updates to anonymous (UNAUTHENTICATED), editors and tenantless users (FORBIDDEN)', async () => {
    const before = await storedRows();
    const input = { clarityProjectId: 'evil1234', clarityEnabled: true };
    expect(errorOf(await gql(UPDATE, { input }, anonymousContext(tenantA))).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorOf(await gql(UPDATE, { input }, editorA)).extensions?.code).toBe('FORBIDDEN');
    expect(
      errorOf(await gql(UPDATE, { input }, userContext(randomUUID(), null, 'owner'))).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await gql(READ, {}, anonymousContext(tenantA))).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await storedRows()).toEqual(before);
  });

  it("never shows or changes A's settings from tenant B", async () => {
    const before = await storedRows();
    expect(ok(await gql(READ, {}, ownerB), 'analyticsSettings')).toMatchObject({
      clarityProjectId: null,
      clarityEnabled: false,
    });
    const mine = ok(
      await gql(UPDATE, { input: { clarityProjectId: 'bbbbbb22' } }, ownerB),
      'updateAnalyticsSettings',
    );
    expect(mine).toMatchObject({ clarityProjectId: 'bbbbbb22', clarityEnabled: false });
    const after = await storedRows();
    expect(after.find((r) => r.tenant_id === tenantA)).toEqual(before.find((r) => r.tenant_id === tenantA));
    expect(after).toHaveLength(2);
  });

  it("keeps A's row out of B's transaction even with the ORM filter off (RLS)", async () => {
    const seen = await withTenant(service.db, { tenantId: tenantB }, (em) =>
      em.find(AnalyticsSettingsSchema, {}, { filters: false }),
    );
    expect(seen.map((s) => s.tenantId)).toEqual([tenantB]);
    await expect(
      withTenant(service.db, { tenantId: tenantB }, (em) =>
        em.execute(
          `update analytics.settings set clarity_project_id = 'pwned123' where tenant_id = '${tenantA}' returning 1`,
        ),
      ),
    ).resolves.toEqual([]);
    expect((await storedRows()).find((r) => r.tenant_id === tenantA)?.clarity_project_id).toBe('abc123xyz');
  });
});
