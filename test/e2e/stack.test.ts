import { request } from 'node:http';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COLLECTIONS, DEMO_PRODUCTS, DEMO_STORE } from '../../stack/demo-store.js';
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
    { input: { slug, name: slug, starterSite: false } },
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
    expect(res.body.data!.page.title).toBe(DEMO_STORE.homeTitle);
    expect(res.body.data!.page.featuredProducts.map((p) => p.title)).toEqual(
      DEMO_PRODUCTS.filter((p) => p.collection === DEMO_STORE.featuredCollection).map((p) => p.title),
    );
  });

  it('serves the demo storefront page as HTML and a tenant 404 for unknown paths', async () => {
    const page = await fetch(`${url}/s/${DEMO.tenantSlug}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<h1 class="wh-banner__heading">Made slowly, for every day</h1>');
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
    expect(file.headers.get('content-type')).toBe(asset.contentType);
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
          path: '/journal',
          title: 'Journal',
          tree: { content: [{ type: 'Heading', props: { text: 'Journal' } }] },
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
      return body.includes('/journal') ? body : undefined;
    });
    expect(xml).toContain(`/s/${DEMO.tenantSlug}/journal</loc>`);
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
          tree: {
            content: [{ type: 'ProductGrid', props: { heading: 'Our goods', productIds, limit: 48 } }],
          },
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
    for (const { title } of DEMO_PRODUCTS) expect(html).toContain(title);
    expect(html).toContain('$28.00');
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
    expect(after.body.data!.page.title).toBe(DEMO_STORE.homeTitle);

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

describe('the demo store seed', () => {
  let token: string;

  beforeAll(async () => {
    const login = await gql<{ login: { accessToken: string } }>(
      url,
      `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    token = login.body.data!.login.accessToken;
  });

  it('creates the catalogue: products in three collections, buyable in USD, with options, compare-at prices and one sold out', async () => {
    type Node = {
      slug: string;
      description: string;
      imageAssetIds: string[];
      options: { name: string; values: string[] }[];
      collections: { slug: string }[];
      variants: {
        price: { amount: number; currency: string } | null;
        compareAtPrice: { amount: number } | null;
        inStock: boolean;
      }[];
    };
    const res = await gql<{
      products: { edges: { node: Node }[] };
      collections: { edges: { node: { slug: string; title: string } }[] };
    }>(
      url,
      `{ products(first: 50) { edges { node { slug description imageAssetIds options { name values } collections { slug }
           variants { price(currency: "USD") { amount currency } compareAtPrice(currency: "USD") { amount } inStock } } } }
         collections { edges { node { slug title } } } }`,
      {},
      bearer(token),
    );
    expect(res.body.errors).toBeUndefined();
    const products = res.body.data!.products.edges.map((e) => e.node);
    expect(products.map((p) => p.slug).sort()).toEqual(DEMO_PRODUCTS.map((p) => p.slug).sort());
    expect(products.length).toBeGreaterThanOrEqual(10);
    expect(res.body.data!.collections.edges.map((e) => e.node.slug).sort()).toEqual(
      DEMO_COLLECTIONS.map((c) => c.slug).sort(),
    );
    for (const product of products) {
      expect(product.collections, product.slug).toHaveLength(1);
      expect(product.imageAssetIds, product.slug).toHaveLength(1);
      expect(product.description, product.slug).toMatch(/^<p>/);
      // The demo region's currency (USD): every variant is buyable in it.
      for (const v of product.variants) expect(v.price?.currency, product.slug).toBe('USD');
    }
    const withOptions = products.filter((p) => p.options.length > 0);
    expect(withOptions.length).toBeGreaterThanOrEqual(4);
    expect(products.filter((p) => p.variants.some((v) => v.compareAtPrice)).length).toBeGreaterThanOrEqual(2);
    const soldOut = products.filter((p) => p.variants.every((v) => !v.inStock));
    expect(soldOut.map((p) => p.slug)).toEqual(['bud-vase-trio']);
  });

  it('stores the photographs through the upload path: the image job makes AVIF, WebP and JPEG variants', async () => {
    const products = await gql<{ products: { edges: { node: { imageAssetIds: string[] } }[] } }>(
      url,
      '{ products(first: 50) { edges { node { imageAssetIds } } } }',
      {},
      bearer(token),
    );
    const ids = products.body.data!.products.edges.flatMap((e) => e.node.imageAssetIds);
    type Asset = {
      id: string;
      status: string;
      alt: string | null;
      width: number;
      variants: { format: string }[];
    };
    const assets = await eventually(async () => {
      const res = await gql<{ assetsByIds: (Asset | null)[] }>(
        url,
        'query($ids: [ID!]!) { assetsByIds(ids: $ids) { id status alt width variants { format } } }',
        { ids },
        bearer(token),
      );
      const found = res.body.data?.assetsByIds ?? [];
      return found.every((a) => a?.status === 'READY') ? found : undefined;
    }, 60_000);
    for (const asset of assets) {
      expect(asset!.width).toBeLessThanOrEqual(1200);
      expect(asset!.alt).toBeTruthy();
      expect(new Set(asset!.variants.map((v) => v.format))).toEqual(new Set(['AVIF', 'WEBP', 'JPEG']));
    }
  }, 90_000);

  it('publishes the home, about, contact and privacy pages, with the sections, Inter and a favicon', async () => {
    const base = `${url}/s/${DEMO.tenantSlug}`;
    for (const path of ['/about', '/contact', '/privacy']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain('<meta name="description" content="');
      expect(html, path).toContain('<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,');
    }
    const home = await fetch(`${base}/`);
    const html = await home.text();
    expect(html).toContain('class="wh-banner');
    expect(html).toContain('class="wh-iwt');
    expect(html).toContain('class="wh-multicolumn');
    // Built by the page's link builder once the renderer passes it (RenderEnv.links); the site root until then.
    expect(html).toMatch(/href="(\/s\/demo)?\/collections\/ceramics"/);
    const font =
      /<link rel="preload" as="font" type="font\/woff2" crossorigin="anonymous" href="(\/_fonts\/inter-latin-wght-normal\.[0-9a-f]{10}\.woff2)"\/>/.exec(
        html,
      );
    expect(font).not.toBeNull();
    expect(html).toContain(`src:url("${font![1]}") format("woff2")`);
    expect(home.headers.get('content-security-policy')).toContain("font-src 'self';");
    // The same root path serves it on the platform host (and on a tenant's own host: it is host-independent).
    const file = await fetch(`${url}${font![1]}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${url}/_fonts/inter-latin-wght-normal.woff2`)).status).toBe(404);
  });

  it("sets a site's favicon from its own image only; another tenant can neither set it nor borrow the image", async () => {
    const siteId = await siteIdOf(token);
    const assets = await gql<{ assets: { edges: { node: { id: string; kind: string } }[] } }>(
      url,
      '{ assets(first: 1, type: IMAGE) { edges { node { id kind } } } }',
      {},
      bearer(token),
    );
    const assetId = assets.body.data!.assets.edges[0]!.node.id;
    const SET = 'mutation($s: ID!, $a: ID) { setSiteFavicon(siteId: $s, assetId: $a) { id faviconAssetId } }';

    const attacker = await signUp('favicon-thief@example.com', 'favicon-thief');
    const theirSite = await gql<{ createSite: { id: string } }>(
      url,
      'mutation { createSite(input: { name: "Thief" }) { id } }',
      {},
      bearer(attacker.token),
    );
    const attackerSite = theirSite.body.data!.createSite.id;
    const onVictim = await gql(url, SET, { s: siteId, a: null }, bearer(attacker.token));
    expect(onVictim.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const borrowed = await gql(url, SET, { s: attackerSite, a: assetId }, bearer(attacker.token));
    expect(borrowed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const set = await gql<{ setSiteFavicon: { faviconAssetId: string } }>(
      url,
      SET,
      { s: siteId, a: assetId },
      bearer(token),
    );
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data!.setSiteFavicon.faviconAssetId).toBe(assetId);
    // The publish-style purge: the next page answer has the image as its icon.
    const html = await eventually(async () => {
      const page = await (await fetch(`${url}/s/${DEMO.tenantSlug}/privacy`)).text();
      return page.includes(`<link rel="icon" href="`) ? page : undefined;
    });
    expect(html).toMatch(new RegExp(`<link rel="icon" href="[^"]*${assetId}[^"]*\\.webp"/>`));
    const back = await gql(url, SET, { s: siteId, a: null }, bearer(token));
    expect(back.body.errors).toBeUndefined();
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
