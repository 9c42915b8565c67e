import pg from 'pg';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3rver } from '../support/s3rver.js';
import { bearer, eventually, gql, ok, signUp, startTestStack, type TestStack } from './support.js';

/**
 * Per-site sitemap.xml and robots.txt through the gateway, in each deployment mode: publish,
 * unpublish and move pages, let the sitemap job run (BullMQ worker or in-process), and fetch the
 * files by the tenant's own host and by `/s/<slug>/`, as the tenant and as an attacker.
 */

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Fetched> {
  const res = await request(`${url}${path}`, { headers });
  return { status: res.statusCode, headers: res.headers, body: await res.body.text() };
}

const tree = (text: string) => ({ content: [{ type: 'Heading', props: { text } }] });
const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }';
const PUBLISH = 'mutation($id: ID!) { publishPage(id: $id) { version } }';
const UNPUBLISH = 'mutation($id: ID!) { unpublishPage(id: $id) { version } }';
const SET_INDEXING = `mutation($siteId: ID!, $input: SiteIndexingInput!) {
  setSiteIndexing(siteId: $siteId, input: $input) { siteId discourageIndexing disallowPaths sitemapUrl updatedAt } }`;

interface Tenant {
  slug: string;
  token: string;
  siteId: string;
}

async function tenantWithSite(url: string, slug: string): Promise<Tenant> {
  const token = await signUp(url, slug);
  const site = await ok<{ createSite: { id: string } }>(
    url,
    'mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }',
    { input: { name: `${slug} site` } },
    token,
  );
  return { slug, token, siteId: site.createSite.id };
}

async function publishedPage(url: string, t: Tenant, path: string): Promise<{ id: string; version: number }> {
  const saved = await ok<{ savePage: { id: string; version: number } }>(
    url,
    SAVE,
    { input: { siteId: t.siteId, path, title: path, tree: tree(path) } },
    t.token,
  );
  await ok(url, PUBLISH, { id: saved.savePage.id }, t.token);
  return saved.savePage;
}

/** Waits for the sitemap job: the file answers 200 and `check` holds for its body. */
function sitemapWhen(url: string, path: string, check: (xml: string) => boolean, headers = {}) {
  return eventually(async () => {
    const res = await get(url, path, headers);
    if (res.status !== 200) return undefined;
    // Whole, even while the job rewrites the file: storage writes are atomic (the S3 stand-in too).
    expect(res.body.trimEnd()).toMatch(/<\/(urlset|sitemapindex)>$/);
    return check(res.body) ? res : undefined;
  }, 30_000);
}

/** The whole scenario; `databaseUrl` is where the fixture gives tenant A its own host. */
async function scenario(url: string, databaseUrl: string, prefix: string): Promise<void> {
  const a = await tenantWithSite(url, `${prefix}-a`);
  const b = await tenantWithSite(url, `${prefix}-b`);
  const noSite = await signUp(url, `${prefix}-c`);
  expect(noSite).toBeTruthy();
  const hostA = `www.${prefix}-a.example`;
  // A verified custom domain, as verifyDomain leaves it (DNS proof is the auth subgraph's own test).
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('update auth.tenant set hosts = $2::jsonb where slug = $1', [
      a.slug,
      JSON.stringify([hostA]),
    ]);
  } finally {
    await db.end();
  }
  const onHostA = { host: hostA };

  // Nothing published yet: no sitemap, but robots.txt is there.
  expect((await get(url, `/s/${a.slug}/sitemap.xml`)).status).toBe(404);

  const hello = await publishedPage(url, a, '/hello');
  const about = await publishedPage(url, a, '/about');
  await publishedPage(url, b, '/secret-b');

  // By path on the platform host.
  const byPath = await sitemapWhen(url, `/s/${a.slug}/sitemap.xml`, (x) => x.includes('/about</loc>'));
  expect(byPath.headers['content-type']).toBe('application/xml; charset=utf-8');
  expect(byPath.headers['cache-control']).toBe('public, max-age=300');
  expect(byPath.headers['x-content-type-options']).toBe('nosniff');
  const etag = String(byPath.headers.etag);
  const lastModified = String(byPath.headers['last-modified']);
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  expect(Number.isNaN(Date.parse(lastModified))).toBe(false);
  expect(byPath.body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
  expect(byPath.body).toContain(`/s/${a.slug}/hello</loc>`);
  expect(byPath.body).not.toContain('secret-b');
  expect((await get(url, `/s/${a.slug}/sitemap.xml`, { 'if-none-match': etag })).status).toBe(304);
  // Two regenerations of the same site that overlap both see the old manifest, and the second one
  // dates identical bytes later: so the check is made against the Last-Modified served last.
  await eventually(async () => {
    const latest = String((await get(url, `/s/${a.slug}/sitemap.xml`)).headers['last-modified']);
    const conditional = await get(url, `/s/${a.slug}/sitemap.xml`, { 'if-modified-since': latest });
    return conditional.status === 304 ? true : undefined;
  }, 30_000);
  const head = await request(`${url}/s/${a.slug}/sitemap.xml`, { method: 'HEAD' });
  expect(head.statusCode).toBe(200);
  expect(await head.body.text()).toBe('');

  // By the tenant's own host: the same file.
  const byHost = await get(url, '/sitemap.xml', onHostA);
  expect(byHost.status).toBe(200);
  expect(byHost.body).toBe(byPath.body);
  expect(byHost.headers.etag).toBe(etag);

  // robots.txt, by host and by path, naming the site's absolute sitemap URL.
  const indexing = await ok<{ siteIndexing: { sitemapUrl: string } }>(
    url,
    '{ siteIndexing { sitemapUrl } }',
    {},
    a.token,
  );
  const sitemapUrl = indexing.siteIndexing.sitemapUrl;
  expect(sitemapUrl).toMatch(new RegExp(`^https?://[^/]+/s/${a.slug}/sitemap\\.xml$`));
  const robotsHost = await get(url, '/robots.txt', onHostA);
  expect(robotsHost.status).toBe(200);
  expect(robotsHost.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(robotsHost.body).toBe(`User-agent: *\nDisallow: /preview/\n\nSitemap: ${sitemapUrl}\n`);
  expect(
    (await get(url, '/robots.txt', { ...onHostA, 'if-none-match': String(robotsHost.headers.etag) })).status,
  ).toBe(304);
  const robotsPath = await get(url, `/s/${a.slug}/robots.txt`);
  expect(robotsPath.body).toBe(`User-agent: *\nDisallow: /preview/\n\nSitemap: ${sitemapUrl}\n`);
  // The platform's own robots.txt keeps preview links and endpoints out of crawlers.
  const platform = await get(url, '/robots.txt');
  expect(platform.status).toBe(200);
  expect(platform.body).toContain('Disallow: /preview/\n');

  // Site settings: validated, tenant-bound, and robots.txt follows them.
  const bad = await gql(
    url,
    SET_INDEXING,
    { siteId: a.siteId, input: { discourageIndexing: false, disallowPaths: ['/ok', 'cart'] } },
    bearer(a.token),
  );
  expect(bad.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'disallowPaths.1',
  });
  const injected = await gql(
    url,
    SET_INDEXING,
    {
      siteId: a.siteId,
      input: { discourageIndexing: false, disallowPaths: ['/a\nSitemap: https://evil.example/s.xml'] },
    },
    bearer(a.token),
  );
  expect(injected.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const foreign = await gql(
    url,
    SET_INDEXING,
    { siteId: a.siteId, input: { discourageIndexing: true, disallowPaths: [] } },
    bearer(b.token),
  );
  expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const anonymous = await gql(
    url,
    SET_INDEXING,
    { siteId: a.siteId, input: { discourageIndexing: true, disallowPaths: [] } },
    { 'x-tenant': a.slug },
  );
  expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect((await get(url, '/robots.txt', onHostA)).body).toBe(robotsHost.body);

  const set = await ok<{ setSiteIndexing: { disallowPaths: string[] } }>(
    url,
    SET_INDEXING,
    { siteId: a.siteId, input: { discourageIndexing: false, disallowPaths: ['/cart', '/search*', '/cart'] } },
    a.token,
  );
  expect(set.setSiteIndexing.disallowPaths).toEqual(['/cart', '/search*']);
  const withPaths = await get(url, '/robots.txt', onHostA);
  expect(withPaths.body).toBe(
    `User-agent: *\nDisallow: /preview/\nDisallow: /cart\nDisallow: /search*\n\nSitemap: ${sitemapUrl}\n`,
  );
  expect(withPaths.headers.etag).not.toBe(robotsHost.headers.etag);
  expect((await get(url, `/s/${a.slug}/robots.txt`)).body).toContain(`Disallow: /s/${a.slug}/cart\n`);
  await ok(
    url,
    SET_INDEXING,
    { siteId: a.siteId, input: { discourageIndexing: true, disallowPaths: [] } },
    a.token,
  );
  expect((await get(url, '/robots.txt', onHostA)).body).toBe(
    'User-agent: *\nDisallow: /preview/\nDisallow: /\n',
  );
  expect((await get(url, `/s/${a.slug}/robots.txt`)).body).toBe(
    `User-agent: *\nDisallow: /preview/\nDisallow: /s/${a.slug}/\n`,
  );
  // B's robots.txt is untouched by A's settings.
  expect((await get(url, `/s/${b.slug}/robots.txt`)).body).not.toContain('Disallow: /s/');

  // Cross-tenant: A's host never serves B's files, whatever the request names.
  const bSitemap = await sitemapWhen(url, `/s/${b.slug}/sitemap.xml`, (x) => x.includes('/secret-b</loc>'));
  expect(bSitemap.body).not.toContain('/hello</loc>');
  expect((await get(url, '/sitemap.xml', { ...onHostA, 'x-tenant': b.slug })).status).toBe(403);
  const nested = await get(url, `/s/${b.slug}/sitemap.xml`, onHostA);
  expect(nested.body).not.toContain('secret-b');
  expect(nested.status).toBe(404);
  expect((await get(url, `/s/${a.slug}/sitemap.xml`, { 'x-tenant': b.slug })).status).toBe(403);
  // Unknown host, unknown slug, a tenant without a site, a part that does not exist: 404.
  expect((await get(url, '/sitemap.xml', { host: `nobody-${prefix}.example` })).status).toBe(404);
  expect((await get(url, '/robots.txt', { host: `nobody-${prefix}.example` })).status).toBe(404);
  expect((await get(url, `/s/${prefix}-nobody/sitemap.xml`)).status).toBe(404);
  expect((await get(url, `/s/${prefix}-c/robots.txt`)).status).toBe(404);
  expect((await get(url, `/s/${prefix}-c/sitemap.xml`)).status).toBe(404);
  expect((await get(url, `/s/${a.slug}/sitemap-1.xml`)).status).toBe(404);

  // Unpublish regenerates: the page leaves the sitemap.
  await ok(url, UNPUBLISH, { id: hello.id }, a.token);
  const afterUnpublish = await sitemapWhen(url, '/sitemap.xml', (x) => !x.includes('/hello</loc>'), onHostA);
  expect(afterUnpublish.body).toContain('/about</loc>');
  expect(afterUnpublish.headers.etag).not.toBe(etag);
  expect((await get(url, '/sitemap.xml', { ...onHostA, 'if-none-match': etag })).status).toBe(200);

  // A published page moving to a new path regenerates too.
  await ok(
    url,
    SAVE,
    { input: { id: about.id, path: '/about-us', title: 'About', tree: tree('about') } },
    a.token,
  );
  const moved = await sitemapWhen(url, `/s/${a.slug}/sitemap.xml`, (x) => x.includes('/about-us</loc>'));
  expect(moved.body).not.toContain('/about</loc>');
}

describe('sitemap.xml and robots.txt per site (PostgreSQL + Redis + BullMQ worker, disk storage)', () => {
  let started: TestStack;
  beforeAll(async () => {
    started = await startTestStack();
    expect(started.stack.storage.backend).toBe('disk');
  }, 120_000);
  afterAll(() => started?.close());

  it('serves each site its own files by host and by /s/<slug>/, regenerated on publish, unpublish and move', async () => {
    await scenario(started.url, started.databaseUrl, 'seo-disk');
  }, 120_000);
});

describe('sitemap.xml and robots.txt against S3 (s3rver on loopback, PostgreSQL + Redis + BullMQ)', () => {
  let started: TestStack;
  let s3: Awaited<ReturnType<typeof startS3rver>>;
  beforeAll(async () => {
    s3 = await startS3rver('webhaze-seo-e2e');
    started = await startTestStack(s3.settings);
    expect(started.stack.storage.backend).toBe('s3');
  }, 120_000);
  afterAll(async () => {
    await started?.close();
    await s3?.close();
  });

  it('serves the same files with the sitemap read from S3', async () => {
    await scenario(started.url, started.databaseUrl, 'seo-s3');
  }, 120_000);
});

describe('sitemap.xml and robots.txt in embedded mode (PGlite, in-process jobs, disk storage)', () => {
  let started: TestStack;
  beforeAll(async () => {
    started = await startTestStack({}, { embedded: true });
    expect(started.stack.jobs.backend).toBe('in-process');
  }, 120_000);
  afterAll(() => started?.close());

  it('serves the same files with the job run in-process', async () => {
    await scenario(started.url, started.databaseUrl, 'seo-embedded');
  }, 120_000);
});
