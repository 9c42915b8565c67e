import { request } from 'node:http';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { sitemapKey } from '../../subgraphs/cms/contract.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';
import { bearer, createAccount, eventually, GRAPHQL_RESPONSE_JSON, gql } from './support.js';

let database: TestDatabase;
let stack: RunningStack;
let url: string;

/** A GET whose path is sent as written (fetch resolves `..` and `%2e%2e` segments before sending). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(`${url}/`, { path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    NODE_ENV: 'production',
  });
  stack = await startStack(config, { freePorts: true, seed: true });
  url = stack.gatewayUrl;
});

afterAll(async () => {
  await stack?.close();
  await database?.drop();
});

const HOME_WITH_PRODUCTS = `{ page(path: "/") { id title featuredProducts { title price { amount currency } } } }`;

async function signUp(email: string, slug: string): Promise<{ token: string; tenantId: string }> {
  const registered = await createAccount(stack, { email, name: slug });
  const created = await gql<{ createTenant: { accessToken: string; tenant: { id: string } } }>(
    url,
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken tenant { id } } }`,
    { input: { slug, name: slug } },
    bearer(registered.accessToken),
  );
  expect(created.body.errors).toBeUndefined();
  return {
    token: created.body.data!.createTenant.accessToken,
    tenantId: created.body.data!.createTenant.tenant.id,
  };
}

describe('the whole stack through the gateway (PostgreSQL + Redis)', () => {
  it('answers a cross-subgraph query: a cms page with its featured products from commerce', async () => {
    const res = await gql<{
      page: { title: string; featuredProducts: { title: string; price: { amount: number } }[] };
    }>(url, HOME_WITH_PRODUCTS, {}, { 'x-tenant': DEMO.tenantSlug });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.page.title).toBe('Welcome to the Demo Store');
    expect(res.body.data!.page.featuredProducts.map((p) => p.title)).toEqual([
      'Linen Shirt',
      'Canvas Tote',
      'Wool Scarf',
    ]);
  });

  it('serves the demo storefront page as HTML and a tenant 404 for unknown paths', async () => {
    const page = await fetch(`${url}/s/${DEMO.tenantSlug}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<h1 class="wh-heading">Welcome to the Demo Store</h1>');
    expect((await fetch(`${url}/s/${DEMO.tenantSlug}/no-such-page`)).status).toBe(404);
    expect((await fetch(`${url}/s/no-such-tenant/`)).status).toBe(404);
  });

  it('serves a disk-stored asset at its public URL, and refuses unsigned private keys', async () => {
    const login = await gql<{ login: { accessToken: string } }>(
      url,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    const assets = await gql<{ assets: { edges: { node: { url: string; contentType: string } }[] } }>(
      url,
      '{ assets { edges { node { url contentType } } } }',
      {},
      bearer(login.body.data!.login.accessToken),
    );
    const asset = assets.body.data!.assets.edges[0]!.node;
    const path = new URL(asset.url).pathname;
    const file = await fetch(`${url}${path}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    const privateKey = path.replace(/\/assets\/.*/, '/exports/secret.csv');
    expect((await fetch(`${url}${privateKey}`)).status).toBe(404);
    expect((await fetch(`${url}${privateKey}?exp=9999999999&sig=forged`)).status).toBe(403);
    // Traversal, sent byte for byte (fetch would fold `..` away before sending): a literal `..` is
    // folded by the gateway's URL parser (no such route), an encoded one reaches the key check.
    for (const [attempt, status] of [
      ['/files/tenants/../../etc/passwd', 404],
      ['/files/tenants/%2e%2e/%2e%2e/etc/passwd', 404],
      ['/files/tenants%2F..%2F..%2Fetc%2Fpasswd', 400],
      [`${path.slice(0, path.lastIndexOf('/') + 1)}..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd`, 400],
    ] as const) {
      const answer = await rawGet(attempt);
      expect(answer.status, attempt).toBe(status);
      expect(answer.body, attempt).not.toContain('root:');
    }
  });

  it('signs in, and a publish regenerates the sitemap through the BullMQ worker', async () => {
    const login = await gql<{ login: { accessToken: string } }>(
      url,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    expect(login.body.errors).toBeUndefined();
    const token = login.body.data!.login.accessToken;
    const me = await gql<{ me: { role: string; tenant: { slug: string } } }>(
      url,
      '{ me { role tenant { slug } } }',
      {},
      bearer(token),
    );
    expect(me.body.data!.me).toEqual({ role: 'OWNER', tenant: { slug: DEMO.tenantSlug } });

    const saved = await gql<{ savePage: { id: string; version: number } }>(
      url,
      `mutation($input: SavePageInput!) { savePage(input: $input) { id version } }`,
      {
        input: {
          path: '/about',
          title: 'About',
          tree: { content: [{ type: 'Heading', props: { text: 'About us' } }] },
        },
      },
      bearer(token),
    );
    expect(saved.body.errors).toBeUndefined();
    const { id, version } = saved.body.data!.savePage;
    const published = await gql(
      url,
      `mutation { publishPage(id: "${id}", expectedVersion: ${version}) { status } }`,
      {},
      bearer(token),
    );
    expect(published.body.data).toEqual({ publishPage: { status: 'PUBLISHED' } });

    const key = sitemapKey(await tenantIdOf(token), await siteIdOf(token));
    const xml = await eventually(async () => {
      if (!(await stack.storage.exists(key))) return undefined;
      const body = (await stack.storage.get(key)).toString('utf8');
      return body.includes('/about') ? body : undefined;
    });
    expect(xml).toContain(`/s/${DEMO.tenantSlug}/about</loc>`);
  });

  it('renders a product grid with product data fetched from commerce in the same render call', async () => {
    const login = await gql<{ login: { accessToken: string } }>(
      url,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    const token = login.body.data!.login.accessToken;
    const products = await gql<{ products: { edges: { node: { id: string } }[] } }>(
      url,
      '{ products { edges { node { id } } } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    const productIds = products.body.data!.products.edges.map((e) => e.node.id);
    const saved = await gql<{ savePage: { id: string; version: number } }>(
      url,
      `mutation($input: SavePageInput!) { savePage(input: $input) { id version } }`,
      {
        input: {
          path: '/shop',
          title: 'Shop',
          tree: { content: [{ type: 'ProductGrid', props: { heading: 'Our goods', productIds } }] },
        },
      },
      bearer(token),
    );
    expect(saved.body.errors).toBeUndefined();
    const { id, version } = saved.body.data!.savePage;
    await gql(
      url,
      `mutation { publishPage(id: "${id}", expectedVersion: ${version}) { id } }`,
      {},
      bearer(token),
    );
    const html = await (await fetch(`${url}/s/${DEMO.tenantSlug}/shop`)).text();
    expect(html).toContain('Our goods');
    for (const title of ['Linen Shirt', 'Canvas Tote', 'Wool Scarf']) expect(html).toContain(title);
    expect(html).toContain('$59.00');
  });

  it('renders the SEO head from the page fields, escaped', async () => {
    const login = await gql<{ login: { accessToken: string } }>(
      url,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    const token = login.body.data!.login.accessToken;
    const saved = await gql<{ savePage: { id: string; version: number } }>(
      url,
      `mutation($input: SavePageInput!) { savePage(input: $input) { id version } }`,
      {
        input: {
          path: '/about-us',
          title: 'About',
          seoTitle: 'About the Demo Store',
          seoDescription: 'Linen, canvas & wool "made well" <since 2020>',
          canonicalUrl: 'https://demo.example.com/about-us',
          tree: { content: [{ type: 'Heading', props: { text: 'About us', level: 1 } }] },
        },
      },
      bearer(token),
    );
    expect(saved.body.errors).toBeUndefined();
    const { id, version } = saved.body.data!.savePage;
    await gql(
      url,
      `mutation { publishPage(id: "${id}", expectedVersion: ${version}) { id } }`,
      {},
      bearer(token),
    );
    const html = await (await fetch(`${url}/s/${DEMO.tenantSlug}/about-us`)).text();
    expect(html).toContain('<title>About the Demo Store</title>');
    expect(html).toContain(
      '<meta name="description" content="Linen, canvas &amp; wool &quot;made well&quot; &lt;since 2020&gt;"/>',
    );
    expect(html).toContain('<link rel="canonical" href="https://demo.example.com/about-us"/>');
    expect(html).toContain('<meta property="og:title" content="About the Demo Store"/>');
  });

  it("keeps tenant B out of tenant A's data by path, by id and by write, and refuses conflicting tenant sources", async () => {
    const attacker = await signUp('mallory@example.com', 'mallory-shop');
    const demoPage = await gql<{ page: { id: string } }>(
      url,
      '{ page(path: "/") { id } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    const victimPageId = demoPage.body.data!.page.id;

    const byPath = await gql(url, HOME_WITH_PRODUCTS, {}, bearer(attacker.token));
    expect(byPath.body.data).toEqual({ page: null });
    const byId = await gql(url, `{ draftPage(id: "${victimPageId}") { title } }`, {}, bearer(attacker.token));
    expect(byId.body.data).toEqual({ draftPage: null });
    const write = await gql(
      url,
      `mutation($input: SavePageInput!) { savePage(input: $input) { id } }`,
      { input: { id: victimPageId, path: '/', title: 'Pwned', tree: { content: [] } } },
      bearer(attacker.token),
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const publish = await gql(
      url,
      `mutation { publishPage(id: "${victimPageId}") { id } }`,
      {},
      bearer(attacker.token),
    );
    expect(publish.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const after = await gql<{ page: { title: string } }>(
      url,
      '{ page(path: "/") { title } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    expect(after.body.data!.page.title).toBe('Welcome to the Demo Store');

    const conflict = await gql(
      url,
      '{ tenant { slug } }',
      {},
      { ...bearer(attacker.token), 'x-tenant': DEMO.tenantSlug, ...GRAPHQL_RESPONSE_JSON },
    );
    expect(conflict.status).toBe(403);
    expect(conflict.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses unknown tenants, forged or expired tokens and over-aliased queries with the right status and code', async () => {
    const unknown = await gql(
      url,
      '{ tenant { slug } }',
      {},
      { 'x-tenant': 'no-such-tenant', ...GRAPHQL_RESPONSE_JSON },
    );
    expect([unknown.status, unknown.body.errors?.[0]?.extensions?.code]).toEqual([404, 'NOT_FOUND']);

    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: 'forged-kid' })
      .setIssuer(stack.config.JWT_ISSUER)
      .setSubject('00000000-0000-4000-8000-000000000000')
      .setExpirationTime('5m')
      .sign(privateKey);
    const forgedRes = await gql(
      url,
      '{ me { user { id } } }',
      {},
      { ...bearer(forged), ...GRAPHQL_RESPONSE_JSON },
    );
    expect([forgedRes.status, forgedRes.body.errors?.[0]?.extensions?.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);

    const garbage = await gql(
      url,
      '{ me { user { id } } }',
      {},
      { ...bearer('not.a.jwt'), ...GRAPHQL_RESPONSE_JSON },
    );
    expect(garbage.status).toBe(401);

    const aliased = `{ ${Array.from({ length: 40 }, (_, i) => `t${i}: tenant { slug }`).join(' ')} }`;
    const tooMany = await gql(url, aliased, {}, { 'x-tenant': DEMO.tenantSlug, ...GRAPHQL_RESPONSE_JSON });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides introspection and field suggestions in production', async () => {
    const introspection = await gql(url, '{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const typo = await gql(url, '{ tenat { slug } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

async function tenantIdOf(token: string): Promise<string> {
  const res = await gql<{ tenant: { id: string } }>(url, '{ tenant { id } }', {}, bearer(token));
  return res.body.data!.tenant.id;
}

async function siteIdOf(token: string): Promise<string> {
  const res = await gql<{ sites: { edges: { node: { id: string } }[] } }>(
    url,
    '{ sites { edges { node { id } } } }',
    {},
    bearer(token),
  );
  return res.body.data!.sites.edges[0]!.node.id;
}
