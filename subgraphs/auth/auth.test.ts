import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import { internalContext } from '../../core/context.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { startAuthSubgraph } from './subgraph.js';

let database: TestDatabase;
let config: Config;
let service: Awaited<ReturnType<typeof startAuthSubgraph>>;

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({ DATABASE_URL: database.url });
  service = await startAuthSubgraph(config, { port: 0 });
});

afterAll(async () => {
  await service?.close();
  await database?.drop();
});

const SIGN_UP = 'mutation($input: RegisterInput!) { signUp(input: $input) }';
const CREATE_TENANT = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken tenant { id slug } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken tenant { slug } } }`;

/** An account created by the service (sign-up through the emailed link is tested in accounts.test.ts). */
async function register(email: string) {
  const created = await service.parts.auth.register(anonymousContext(null), {
    email,
    password: 'correct horse battery',
    name: 'Ada',
  });
  return created.user.id;
}

async function createTenant(userId: string, slug: string) {
  const res = await callSubgraph(
    service.url,
    CREATE_TENANT,
    { input: { slug, name: slug } },
    { ctx: userContext(userId, null, null), secret: config.contextSecret },
  );
  expect(res.body.errors).toBeUndefined();
  return (res.body.data!.createTenant as { tenant: { id: string } }).tenant.id;
}

describe('auth subgraph', () => {
  it('refuses requests without a valid gateway context, _entities included', async () => {
    const plain = await callSubgraph(service.url, '{ me { user { id } } }');
    expect(plain.status).toBe(401);
    expect(plain.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const entities = await callSubgraph(
      service.url,
      '{ _entities(representations: [{__typename: "Tenant", id: "x"}]) { __typename } }',
    );
    expect(entities.status).toBe(401);
    const forged = await callSubgraph(
      service.url,
      '{ me { user { id } } }',
      {},
      {
        ctx: anonymousContext(null),
        secret: 'f'.repeat(64),
      },
    );
    expect(forged.status).toBe(401);
    const expired = await callSubgraph(
      service.url,
      '{ me { user { id } } }',
      {},
      {
        ctx: anonymousContext(null),
        secret: config.contextSecret,
        ttl: -120,
      },
    );
    expect(expired.status).toBe(401);
  });

  it('registers, creates a tenant as owner and signs in bound to it', async () => {
    const userId = await register('ada@example.com');
    const tenantId = await createTenant(userId, 'ada-shop');
    const login = await callSubgraph(
      service.url,
      LOGIN,
      { input: { email: 'ADA@example.com', password: 'correct horse battery', tenantSlug: 'ada-shop' } },
      { ctx: anonymousContext(null), secret: config.contextSecret },
    );
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data!.login).toMatchObject({ tenant: { slug: 'ada-shop' } });
    const me = await callSubgraph(
      service.url,
      '{ me { role permissions tenant { slug } memberships { edges { node { role tenant { slug } } } } } }',
      {},
      { ctx: userContext(userId, tenantId, 'owner'), secret: config.contextSecret },
    );
    expect(me.body.errors).toBeUndefined();
    const viewer = me.body.data!.me as {
      role: string;
      permissions: string[];
      memberships: { edges: unknown[] };
    };
    expect(viewer.role).toBe('OWNER');
    expect(viewer.permissions).toContain('billing:manage');
    expect(viewer.memberships.edges).toEqual([{ node: { role: 'OWNER', tenant: { slug: 'ada-shop' } } }]);
  });

  it('gives wrong password and unknown email the same error, and verifies a dummy hash for unknown emails', async () => {
    await register('grace@example.com');
    const before = service.parts.passwords.dummyVerifications;
    const wrong = await callSubgraph(
      service.url,
      LOGIN,
      { input: { email: 'grace@example.com', password: 'not the password' } },
      { ctx: anonymousContext(null), secret: config.contextSecret },
    );
    const unknown = await callSubgraph(
      service.url,
      LOGIN,
      { input: { email: 'nobody@example.com', password: 'not the password' } },
      { ctx: anonymousContext(null), secret: config.contextSecret },
    );
    const shape = (e?: { message: string; extensions?: { code?: string } }) => [
      e?.message,
      e?.extensions?.code,
    ];
    expect(shape(wrong.body.errors?.[0])).toEqual(shape(unknown.body.errors?.[0]));
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(service.parts.passwords.dummyVerifications).toBe(before + 1);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field and a taken slug with CONFLICT', async () => {
    const bad = await callSubgraph(
      service.url,
      SIGN_UP,
      { input: { email: 'not-an-email', password: 'correct horse battery', name: 'X' } },
      { ctx: anonymousContext(null), secret: config.contextSecret },
    );
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const userId = await register('linus@example.com');
    const slug = await callSubgraph(
      service.url,
      CREATE_TENANT,
      { input: { slug: '-Bad-', name: 'x' } },
      { ctx: userContext(userId, null, null), secret: config.contextSecret },
    );
    expect(slug.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    await createTenant(userId, 'linus-co');
    const taken = await callSubgraph(
      service.url,
      CREATE_TENANT,
      { input: { slug: 'linus-co', name: 'x' } },
      { ctx: userContext(userId, null, null), secret: config.contextSecret },
    );
    expect(taken.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("never shows tenant A's tenant or members to tenant B, through _entities either", async () => {
    const alice = await register('alice@example.com');
    const mallory = await register('mallory@example.com');
    const tenantA = await createTenant(alice, 'tenant-a');
    const tenantB = await createTenant(mallory, 'tenant-b');
    const attacker = { ctx: userContext(mallory, tenantB, 'owner'), secret: config.contextSecret };
    const res = await callSubgraph(
      service.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Tenant { id slug } ... on User { id email } } }`,
      {
        reps: [
          { __typename: 'Tenant', id: tenantA },
          { __typename: 'User', id: alice },
        ],
      },
      attacker,
    );
    expect(res.body.data?._entities).toEqual([null, null]);
    const own = await callSubgraph(service.url, '{ tenant { slug } }', {}, attacker);
    expect(own.body.data?.tenant).toEqual({ slug: 'tenant-b' });
    void tenantA;
  });

  it('serves a JWKS and the internal tenant directory only to internal callers', async () => {
    const jwks = (await (await fetch(`${service.url}/.well-known/jwks.json`)).json()) as {
      keys: { kty: string; crv: string }[];
    };
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    const userId = await register('dir@example.com');
    await createTenant(userId, 'dir-shop');
    const refused = await fetch(`${service.url}/internal/tenants?slug=dir-shop`);
    expect(refused.status).toBe(401);
    const { signContext } = await import('../../core/context.js');
    const header = signContext(internalContext('gateway', null), config.contextSecret, 60);
    const found = await fetch(`${service.url}/internal/tenants?slug=dir-shop`, {
      headers: { 'x-webhaze-context': header },
    });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({
      slug: 'dir-shop',
      status: 'active',
      defaultRegion: 'default',
    });
    const missing = await fetch(`${service.url}/internal/tenants?slug=nope-shop`, {
      headers: { 'x-webhaze-context': header },
    });
    expect(missing.status).toBe(404);
  });

  it("serves members' stored roles (what the gateway signs) only to internal callers", async () => {
    const owner = await register('stored-role@example.com');
    const tenantId = await createTenant(owner, 'stored-role-shop');
    const path = `${service.url}/internal/memberships?tenant=${tenantId}&user=${owner}`;
    expect((await fetch(path)).status).toBe(401);
    const { signContext } = await import('../../core/context.js');
    const user = signContext(userContext(owner, tenantId, 'owner'), config.contextSecret, 60);
    expect((await fetch(path, { headers: { 'x-webhaze-context': user } })).status).toBe(401);
    const header = signContext(internalContext('gateway', null), config.contextSecret, 60);
    const found = await fetch(path, { headers: { 'x-webhaze-context': header } });
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ role: 'owner', siteIds: null });
    const stranger = await register('stranger@example.com');
    const none = await fetch(`${service.url}/internal/memberships?tenant=${tenantId}&user=${stranger}`, {
      headers: { 'x-webhaze-context': header },
    });
    expect(none.status).toBe(404);
    const bad = await fetch(`${service.url}/internal/memberships?tenant=x&user=y`, {
      headers: { 'x-webhaze-context': header },
    });
    expect(bad.status).toBe(400);
  });
});
