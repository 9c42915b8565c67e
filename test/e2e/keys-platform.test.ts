import pg from 'pg';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';
import { stripeEvent } from '../support/stripe-standin.js';
import { bearer, eventually, GRAPHQL_RESPONSE_JSON, gql } from './support.js';

const WEBHOOK_SECRET = 'whsec_e2e_billing';

let database: TestDatabase;
let stack: RunningStack;
let url: string;
let sql: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    NODE_ENV: 'production',
    STRIPE_BILLING_WEBHOOK_SECRET: WEBHOOK_SECRET,
  });
  stack = await startStack(config, { freePorts: true, seed: true });
  url = stack.gatewayUrl;
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await stack?.close();
  await database?.drop();
});

async function login(tenantSlug?: string): Promise<string> {
  const res = await gql<{ login: { accessToken: string } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email: DEMO.email, password: DEMO.password, ...(tenantSlug ? { tenantSlug } : {}) } },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.login.accessToken;
}

const PRODUCTS = '{ products(first: 100) { edges { node { title } } } }';
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`;

describe('API keys, suspension and billing webhooks through the gateway (PostgreSQL + Redis)', () => {
  let ownerToken: string;
  let otherSlug: string;

  beforeAll(async () => {
    ownerToken = await login(DEMO.tenantSlug);
    otherSlug = 'second-shop';
    const created = await gql(
      url,
      `mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id } } }`,
      { input: { slug: otherSlug, name: 'Second shop', starterSite: false } },
      bearer(await login()),
    );
    expect(created.body.errors).toBeUndefined();
  });

  it('a catalog:read key reads its own tenant, cannot write, and cannot be pointed at another tenant', async () => {
    const created = await gql<{ createApiKey: { secret: string } }>(
      url,
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: 'Headless storefront', scopes: ['catalog:read'] } },
      bearer(ownerToken),
    );
    expect(created.body.errors).toBeUndefined();
    const key = created.body.data!.createApiKey.secret;

    const before = await gql<{ products: { edges: unknown[] } }>(url, PRODUCTS, {}, bearer(key));
    expect(before.status).toBe(200);
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data!.products.edges.length).toBeGreaterThan(0);

    const write = await gql(
      url,
      CREATE_PRODUCT,
      { input: { title: 'Sneaky', priceAmount: 100, currency: 'USD' } },
      bearer(key),
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await gql<{ products: { edges: unknown[] } }>(url, PRODUCTS, {}, bearer(ownerToken));
    expect(after.body.data!.products.edges).toHaveLength(before.body.data!.products.edges.length);

    const sameTenant = await gql(url, PRODUCTS, {}, { ...bearer(key), 'x-tenant': DEMO.tenantSlug });
    expect(sameTenant.status).toBe(200);
    const conflict = await gql(
      url,
      PRODUCTS,
      {},
      { ...bearer(key), 'x-tenant': otherSlug, ...GRAPHQL_RESPONSE_JSON },
    );
    expect(conflict.status).toBe(403);
    expect(conflict.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(conflict.body.errors?.[0]?.message).toMatch(/API key/);
    // An API key is not a user: account-level fields refuse it.
    const me = await gql<{ me: unknown }>(url, '{ me { user { id } } }', {}, bearer(key));
    expect(me.body.data?.me ?? null).toBeNull();
  });

  it('a revoked key stops working at once (the Redis event evicts the cached lookup), unknown keys are 401', async () => {
    const created = await gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      url,
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
      { input: { name: 'Partner', scopes: ['catalog:read', 'content:read'] } },
      bearer(ownerToken),
    );
    const { secret, apiKey } = created.body.data!.createApiKey;
    // Warm the gateway's cache: without the event it would keep answering for its TTL.
    for (let i = 0; i < 3; i++) expect((await gql(url, PRODUCTS, {}, bearer(secret))).status).toBe(200);

    const revoked = await gql(
      url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      bearer(ownerToken),
    );
    expect(revoked.body.errors).toBeUndefined();
    const refused = await gql(url, PRODUCTS, {}, { ...bearer(secret), ...GRAPHQL_RESPONSE_JSON });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const unknown = await gql(
      url,
      PRODUCTS,
      {},
      {
        ...bearer(`whk_aaaaaaaa_${'b'.repeat(32)}`),
        ...GRAPHQL_RESPONSE_JSON,
      },
    );
    expect(unknown.status).toBe(401);
    const malformed = await gql(url, PRODUCTS, {}, { ...bearer('whk_not-a-key'), ...GRAPHQL_RESPONSE_JSON });
    expect(malformed.status).toBe(401);
  });

  it('a platform admin suspends a tenant and its traffic is refused at once; billing webhooks still arrive', async () => {
    const tenantQuery = '{ tenant { slug } }';
    expect((await gql(url, tenantQuery, {}, { 'x-tenant': otherSlug })).status).toBe(200);
    const other = await gql<{ tenant: { id: string; slug: string } }>(
      url,
      '{ tenant { id slug } }',
      {},
      { 'x-tenant': otherSlug },
    );
    const otherId = other.body.data!.tenant.id;

    const notAdmin = await gql(
      url,
      'mutation($id: ID!) { suspendTenant(id: $id, reason: "abuse report") { status } }',
      { id: otherId },
      bearer(await login()),
    );
    expect(notAdmin.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await sql.query('update auth.user_account set platform_admin = true where email = $1', [DEMO.email]);
    const adminToken = await login();
    const suspended = await gql<{ suspendTenant: { status: string } }>(
      url,
      'mutation($id: ID!) { suspendTenant(id: $id, reason: "abuse report") { status } }',
      { id: otherId },
      bearer(adminToken),
    );
    expect(suspended.body.errors).toBeUndefined();
    expect(suspended.body.data!.suspendTenant.status).toBe('SUSPENDED');
    // The gateway drops the tenant from its cache when `tenant-changed` arrives over Redis pub/sub,
    // which races the mutation's own response by a few milliseconds.
    const refused = await eventually(async () => {
      const res = await gql(url, tenantQuery, {}, { 'x-tenant': otherSlug, ...GRAPHQL_RESPONSE_JSON });
      return res.status === 403 ? res : undefined;
    }, 5_000);
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.message).toMatch(/suspended/);

    // Stripe's billing webhook for the suspended tenant goes through the gateway untouched.
    const signer = new Stripe('sk_test_signer');
    const event = stripeEvent('customer.subscription.updated', {
      id: 'sub_e2e',
      object: 'subscription',
      customer: 'cus_e2e',
      status: 'active',
      cancel_at_period_end: false,
      metadata: { tenantId: otherId },
      items: {
        object: 'list',
        data: [
          {
            id: 'si_e2e',
            object: 'subscription_item',
            price: { id: 'price_pro_monthly_placeholder', object: 'price' },
            current_period_end: Math.floor(Date.now() / 1000) + 86_400,
          },
        ],
      },
    });
    const payload = JSON.stringify(event);
    const deliver = (body: string, signature: string) =>
      fetch(`${url}/webhooks/stripe/billing`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body,
      });
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    expect((await deliver(JSON.stringify(event, null, 1), header)).status).toBe(400);
    const accepted = await deliver(payload, header);
    expect(accepted.status).toBe(200);
    const plan = await sql.query('select plan from auth.tenant where id = $1', [otherId]);
    expect(plan.rows[0].plan).toBe('pro');

    const reactivated = await gql(
      url,
      'mutation($id: ID!) { reactivateTenant(id: $id) { status } }',
      { id: otherId },
      bearer(adminToken),
    );
    expect(reactivated.body.errors).toBeUndefined();
    expect((await gql(url, tenantQuery, {}, { 'x-tenant': otherSlug })).status).toBe(200);
  });
});
