import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, eventually, gql, ok, signUp, startTestStack, type TestStack } from './support.js';

/**
 * Two sites of one tenant on two custom domains, through the gateway: each host serves its own
 * site's pages, sitemap.xml and robots.txt (sitemap URLs under the site's primary host); the
 * platform path serves the default site; an attacker tenant cannot assign the victim's domain; a
 * domain removed in auth stops serving and loses its site mapping.
 */

interface Fetched {
  status: number;
  body: string;
}

async function get(url: string, path: string, host?: string): Promise<Fetched> {
  const res = await request(`${url}${path}`, { headers: host ? { host } : {} });
  return { status: res.statusCode, body: await res.body.text() };
}

const CREATE_SITE = 'mutation($input: CreateSiteInput!) { createSite(input: $input) { id isDefault } }';
const ASSIGN = `mutation($siteId: ID!, $host: String!) {
  assignSiteDomain(siteId: $siteId, host: $host) { id primaryHost domains { host isPrimary } } }`;
const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id } }';
const PUBLISH = 'mutation($id: ID!) { publishPage(id: $id) { id } }';
const SITES = '{ sites(first: 10) { edges { node { id isDefault primaryHost domains { host } } } } }';

async function publish(
  url: string,
  token: string,
  siteId: string,
  path: string,
  text: string,
): Promise<void> {
  const saved = await ok<{ savePage: { id: string } }>(
    url,
    SAVE,
    { input: { siteId, path, title: text, tree: { content: [{ type: 'Heading', props: { text } }] } } },
    token,
  );
  await ok(url, PUBLISH, { id: saved.savePage.id }, token);
}

/** Verified custom domains, as verifyDomain leaves them (DNS proof is the auth subgraph's own test). */
async function verify(databaseUrl: string, slug: string, hosts: string[]): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      'update auth.tenant set hosts = $2::jsonb where slug = $1 returning id',
      [slug, JSON.stringify(hosts)],
    );
    for (const host of hosts) {
      await db.query(
        `insert into auth.domain (id, tenant_id, host, verification_token, verified_at, created_at)
         values ($1, $2, $3, $4, now(), now())`,
        [randomUUID(), rows[0]!.id, host, randomBytes(24).toString('base64url')],
      );
    }
  } finally {
    await db.end();
  }
}

async function scenario(url: string, databaseUrl: string, prefix: string): Promise<void> {
  const slug = `${prefix}-shop`;
  const token = await signUp(url, slug);
  const attackerSlug = `${prefix}-evil`;
  const attacker = await signUp(url, attackerSlug);
  const hostOne = `one.${prefix}.example`;
  const hostTwo = `two.${prefix}.example`;
  const hostEvil = `www.${prefix}-evil.example`;
  await verify(databaseUrl, slug, [hostOne, hostTwo]);
  await verify(databaseUrl, attackerSlug, [hostEvil]);

  const one = (
    await ok<{ createSite: { id: string; isDefault: boolean } }>(
      url,
      CREATE_SITE,
      { input: { name: 'One' } },
      token,
    )
  ).createSite;
  const two = (
    await ok<{ createSite: { id: string; isDefault: boolean } }>(
      url,
      CREATE_SITE,
      { input: { name: 'Two' } },
      token,
    )
  ).createSite;
  expect([one.isDefault, two.isDefault]).toEqual([true, false]);
  const evilSite = (
    await ok<{ createSite: { id: string } }>(url, CREATE_SITE, { input: { name: 'Evil' } }, attacker)
  ).createSite;

  // The attacker cannot take the victim's domain, to its own site or to the victim's.
  const stolen = await gql(url, ASSIGN, { siteId: evilSite.id, host: hostTwo }, bearer(attacker));
  expect(stolen.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
  const intoVictim = await gql(url, ASSIGN, { siteId: two.id, host: hostEvil }, bearer(attacker));
  expect(intoVictim.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

  const assignedOne = await ok<{ assignSiteDomain: { primaryHost: string } }>(
    url,
    ASSIGN,
    { siteId: one.id, host: hostOne },
    token,
  );
  expect(assignedOne.assignSiteDomain.primaryHost).toBe(hostOne);
  const assignedTwo = await ok<{ assignSiteDomain: { primaryHost: string } }>(
    url,
    ASSIGN,
    { siteId: two.id, host: hostTwo },
    token,
  );
  expect(assignedTwo.assignSiteDomain.primaryHost).toBe(hostTwo);

  await publish(url, token, one.id, '/', 'Welcome to one');
  await publish(url, token, two.id, '/', 'Welcome to two');
  await publish(url, token, two.id, '/only-two', 'Only on two');
  await publish(url, attacker, evilSite.id, '/', 'Evil home');

  // Pages: each host its own site; the platform path the default site.
  const homeOne = await get(url, '/', hostOne);
  expect(homeOne.status).toBe(200);
  expect(homeOne.body).toContain('Welcome to one');
  const homeTwo = await get(url, '/', hostTwo);
  expect(homeTwo.body).toContain('Welcome to two');
  expect(homeTwo.body).not.toContain('Welcome to one');
  expect((await get(url, '/only-two', hostTwo)).status).toBe(200);
  expect((await get(url, '/only-two', hostOne)).status).toBe(404);
  expect((await get(url, `/s/${slug}/`)).body).toContain('Welcome to one');
  expect((await get(url, '/', hostEvil)).body).toContain('Evil home');

  // Sitemaps: per host, with locs under that site's primary host.
  const sitemapOf = (host: string, check: (xml: string) => boolean) =>
    eventually(async () => {
      const res = await get(url, '/sitemap.xml', host);
      return res.status === 200 && check(res.body) ? res.body : undefined;
    }, 30_000);
  const mapTwo = await sitemapOf(hostTwo, (x) => x.includes(`https://${hostTwo}/only-two</loc>`));
  expect(mapTwo).not.toContain(hostOne);
  const mapOne = await sitemapOf(hostOne, (x) => x.includes(`<loc>https://${hostOne}/</loc>`));
  expect(mapOne).not.toContain('only-two');
  expect(mapOne).not.toContain(hostTwo);

  // robots.txt: per host, naming that site's sitemap.
  expect((await get(url, '/robots.txt', hostOne)).body).toBe(
    `User-agent: *\nDisallow: /preview/\n\nSitemap: https://${hostOne}/sitemap.xml\n`,
  );
  expect((await get(url, '/robots.txt', hostTwo)).body).toBe(
    `User-agent: *\nDisallow: /preview/\n\nSitemap: https://${hostTwo}/sitemap.xml\n`,
  );

  // Removing the domain in auth: the host stops serving, and the cms drops its mapping.
  await ok(url, 'mutation($host: String!) { removeDomain(host: $host) }', { host: hostTwo }, token);
  await eventually(async () => ((await get(url, '/', hostTwo)).status === 404 ? true : undefined), 10_000);
  const sites = await eventually(async () => {
    const data = await ok<{
      sites: { edges: { node: { id: string; primaryHost: string | null; domains: { host: string }[] } }[] };
    }>(url, SITES, {}, token);
    const node = data.sites.edges.find((e) => e.node.id === two.id)?.node;
    return node && node.domains.length === 0 ? data : undefined;
  }, 10_000);
  expect(sites.sites.edges.find((e) => e.node.id === two.id)?.node.primaryHost).toBeNull();
  expect(sites.sites.edges.find((e) => e.node.id === one.id)?.node.primaryHost).toBe(hostOne);
  // The other host is untouched.
  expect((await get(url, '/', hostOne)).body).toContain('Welcome to one');
}

describe('sites on their own domains (PostgreSQL + Redis + BullMQ worker)', () => {
  let started: TestStack;
  beforeAll(async () => {
    started = await startTestStack();
  }, 120_000);
  afterAll(() => started?.close());

  it('serves each site its pages, sitemap and robots.txt on its own host', async () => {
    await scenario(started.url, started.databaseUrl, 'sd-pg');
  }, 120_000);
});

describe('sites on their own domains in embedded mode (PGlite, in-process jobs)', () => {
  let started: TestStack;
  beforeAll(async () => {
    started = await startTestStack({}, { embedded: true });
  }, 120_000);
  afterAll(() => started?.close());

  it('serves each site its pages, sitemap and robots.txt on its own host', async () => {
    await scenario(started.url, started.databaseUrl, 'sd-embedded');
  }, 120_000);
});
