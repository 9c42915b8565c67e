import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { eventually } from '../../test/e2e/support.js';
import { AuthFixtures, txtZone } from '../../test/support/auth-fixtures.js';
import { anonymousContext, callSubgraph, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startAuthSubgraph } from '../auth/subgraph.js';
import { startCmsSubgraph } from './subgraph.js';

/**
 * Sites and domains: a verified custom domain of the tenant is assigned to one of its sites, and
 * `page(path)`, `redirect`, `menus` and `siteIndexing` serve the site the request's host maps to,
 * else the tenant's default site. The cms asks the REAL auth subgraph which hosts are verified (its
 * internal GraphQL endpoint stands where the gateway's is; the one operation needs only auth), and
 * domains are claimed and verified through auth's own mutations against a DNS stand-in.
 */

const enqueued: { name: string; payload: unknown }[] = [];
const { zone, resolver: dns } = txtZone();

let auth: Awaited<ReturnType<typeof startAuthSubgraph>> | undefined;
const subgraph = setUpTestSubgraph(
  async (config) => {
    auth = await startAuthSubgraph(config, {
      port: 0,
      jobs: { enqueue: async () => {} },
      domainResolver: dns,
    });
    const authUrl = auth.url;
    const cms = await startCmsSubgraph(
      config,
      {
        enqueue: async (name, payload) => {
          enqueued.push({ name, payload });
        },
      },
      {
        port: 0,
        gatewayInternalUrl: () => `${authUrl}/graphql`,
        tenants: fixedTenantLookup({ plan: 'business' }),
      },
    );
    return {
      ...cms,
      close: async () => {
        await cms.close();
        await auth?.close();
      },
    };
  },
  { PLATFORM_HOSTS: 'localhost,webhaze.test' },
);
const gql = subgraph.gql.bind(subgraph);

function authGql(query: string, variables: Record<string, unknown>, ctx: RequestContext) {
  return callSubgraph(auth!.url, query, variables, { ctx, secret: subgraph.config.contextSecret });
}

const SITE = 'id name isDefault primaryHost domains { host isPrimary assignedAt }';
const CREATE_SITE = `mutation($input: CreateSiteInput!) { createSite(input: $input) { ${SITE} } }`;
const ASSIGN = `mutation($siteId: ID!, $host: String!, $primary: Boolean) {
  assignSiteDomain(siteId: $siteId, host: $host, primary: $primary) { ${SITE} } }`;
const MAKE_PRIMARY = `mutation($siteId: ID!, $host: String!) { setSitePrimaryDomain(siteId: $siteId, host: $host) { ${SITE} } }`;
const UNASSIGN = `mutation($host: String!) { unassignSiteDomain(host: $host) { ${SITE} } }`;
const SET_DEFAULT = `mutation($siteId: ID!) { setDefaultSite(siteId: $siteId) { ${SITE} } }`;
const SITES = `{ sites(first: 10) { edges { node { ${SITE} } } } }`;
const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id siteId: site { id } } }';
const PUBLISH = 'mutation($id: ID!) { publishPage(id: $id) { id } }';
const PAGE = 'query($path: String!) { page(path: $path) { title site { id } } }';
const INDEXING = '{ siteIndexing { siteId sitemapUrl } }';
const MENUS = '{ menus(first: 5) { edges { node { handle } } } }';
const SAVE_MENU =
  'mutation($siteId: ID!, $handle: String!) { saveMenu(siteId: $siteId, handle: $handle, items: []) { handle } }';

interface SiteOut {
  id: string;
  name: string;
  isDefault: boolean;
  primaryHost: string | null;
  domains: { host: string; isPrimary: boolean; assignedAt: string }[];
}

interface Tenant {
  id: string;
  owner: RequestContext;
}

async function tenant(fixtures: AuthFixtures, slug: string): Promise<Tenant> {
  const userId = await fixtures.user(`${slug}@example.com`);
  const id = await fixtures.tenant(userId, slug);
  return { id, owner: { ...userContext(userId, id, 'owner'), tenantSlug: slug } };
}

/** Claims and verifies a host through auth, as a tenant does (TXT record in the DNS stand-in). */
async function verifiedDomain(t: Tenant, host: string): Promise<void> {
  const added = await authGql(
    'mutation($host: String!) { addDomain(host: $host) { txtRecordName txtRecordValue } }',
    { host },
    t.owner,
  );
  const claim = ok<{ txtRecordName: string; txtRecordValue: string }>(added, 'addDomain');
  zone.set(claim.txtRecordName, [[claim.txtRecordValue]]);
  const verified = await authGql(
    'mutation($host: String!) { verifyDomain(host: $host) { verified } }',
    { host },
    t.owner,
  );
  expect(ok<{ verified: boolean }>(verified, 'verifyDomain').verified).toBe(true);
}

const visitorOn = (t: Tenant, host: string | null): RequestContext => ({ ...anonymousContext(t.id), host });

async function publishedPage(t: Tenant, siteId: string, path: string, title: string): Promise<void> {
  const saved = ok<{ id: string }>(
    await gql(
      SAVE,
      { input: { siteId, path, title, tree: { content: [{ type: 'Heading', props: { text: title } }] } } },
      t.owner,
    ),
    'savePage',
  );
  ok(await gql(PUBLISH, { id: saved.id }, t.owner), 'publishPage');
}

async function storedDomains(tenantId: string) {
  const { rows } = await subgraph.sql.query<{ host: string; site_id: string; is_primary: boolean }>(
    'select host, site_id, is_primary from cms.site_domain where tenant_id = $1 order by host',
    [tenantId],
  );
  return rows;
}

describe('sites and domains', () => {
  let fixtures: AuthFixtures;
  let a: Tenant;
  let b: Tenant;
  let carol: RequestContext;
  let one: SiteOut;
  let two: SiteOut;
  let bSite: SiteOut;
  afterAll(() => fixtures?.close());

  it('sets up two tenants with verified domains and sites; the first site is the default', async () => {
    fixtures = await AuthFixtures.connect(subgraph.config.DATABASE_URL!);
    a = await tenant(fixtures, `sd-a-${randomUUID().slice(0, 6)}`);
    b = await tenant(fixtures, `sd-b-${randomUUID().slice(0, 6)}`);
    carol = userContext(randomUUID(), a.id, 'contributor');
    await verifiedDomain(a, 'www.a-shop.example');
    await verifiedDomain(a, 'de.a-shop.example');
    await verifiedDomain(b, 'www.b-shop.example');
    // Claimed but never verified.
    ok(
      await authGql('mutation { addDomain(host: "pending.a-shop.example") { id } }', {}, a.owner),
      'addDomain',
    );

    one = ok<SiteOut>(await gql(CREATE_SITE, { input: { name: 'One' } }, a.owner), 'createSite');
    two = ok<SiteOut>(await gql(CREATE_SITE, { input: { name: 'Two' } }, a.owner), 'createSite');
    expect(one).toMatchObject({ isDefault: true, primaryHost: null, domains: [] });
    expect(two).toMatchObject({ isDefault: false, primaryHost: null, domains: [] });
    bSite = ok<SiteOut>(await gql(CREATE_SITE, { input: { name: 'B' } }, b.owner), 'createSite');
    expect(bSite.isDefault).toBe(true);
  });

  it('refuses hosts that are not verified domains of the tenant, and strangers, and contributors', async () => {
    const unverified = errorOf(
      await gql(ASSIGN, { siteId: two.id, host: 'pending.a-shop.example' }, a.owner),
    );
    expect(unverified.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
    expect(unverified.message).toContain('not a verified domain of this tenant');
    // The victim's verified domain: to the attacker it is just not one of theirs.
    const victims = errorOf(await gql(ASSIGN, { siteId: two.id, host: 'www.b-shop.example' }, a.owner));
    expect(victims.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
    const junk = errorOf(await gql(ASSIGN, { siteId: two.id, host: 'http://x/' }, a.owner));
    expect(junk.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
    // Another tenant's site: NOT_FOUND, whichever host.
    const foreign = errorOf(await gql(ASSIGN, { siteId: two.id, host: 'www.b-shop.example' }, b.owner));
    expect(foreign.extensions?.code).toBe('NOT_FOUND');
    expect(
      errorOf(await gql(ASSIGN, { siteId: two.id, host: 'www.a-shop.example' }, carol)).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await gql(SET_DEFAULT, { siteId: two.id }, b.owner)).extensions?.code).toBe('NOT_FOUND');
    expect(await storedDomains(a.id)).toEqual([]);
    expect(await storedDomains(b.id)).toEqual([]);
  });

  it('assigns a verified domain: the first becomes primary, one primary per site, a host on one site', async () => {
    enqueued.length = 0;
    const first = ok<SiteOut>(
      await gql(ASSIGN, { siteId: two.id, host: 'WWW.a-shop.example.' }, a.owner),
      'assignSiteDomain',
    );
    expect(first.primaryHost).toBe('www.a-shop.example');
    expect(first.domains).toMatchObject([{ host: 'www.a-shop.example', isPrimary: true }]);
    expect(enqueued).toContainEqual({
      name: 'sitemap.regenerate',
      payload: { tenantId: a.id, siteId: two.id },
    });

    const second = ok<SiteOut>(
      await gql(ASSIGN, { siteId: two.id, host: 'de.a-shop.example', primary: true }, a.owner),
      'assignSiteDomain',
    );
    expect(second.primaryHost).toBe('de.a-shop.example');
    expect(second.domains.map((d) => [d.host, d.isPrimary])).toEqual([
      ['de.a-shop.example', true],
      ['www.a-shop.example', false],
    ]);
    const back = ok<SiteOut>(
      await gql(MAKE_PRIMARY, { siteId: two.id, host: 'www.a-shop.example' }, a.owner),
      'setSitePrimaryDomain',
    );
    expect(back.primaryHost).toBe('www.a-shop.example');
    expect((await storedDomains(a.id)).filter((d) => d.is_primary)).toHaveLength(1);
    // The database itself refuses a second primary of a site.
    await expect(
      subgraph.sql.query(
        `insert into cms.site_domain (id, tenant_id, site_id, host, is_primary) values ($1, $2, $3, 'x.a-shop.example', true)`,
        [randomUUID(), a.id, two.id],
      ),
    ).rejects.toThrow(/site_domain_one_primary_per_site/);

    // A host maps to one site: assigning it to the other site is a CONFLICT, nothing moves.
    const taken = errorOf(await gql(ASSIGN, { siteId: one.id, host: 'de.a-shop.example' }, a.owner));
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', field: 'host' });
    const notHere = errorOf(await gql(MAKE_PRIMARY, { siteId: one.id, host: 'de.a-shop.example' }, a.owner));
    expect(notHere.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
    // The other tenant can neither see nor unassign it.
    expect(errorOf(await gql(UNASSIGN, { host: 'de.a-shop.example' }, b.owner)).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await storedDomains(a.id)).map((d) => [d.host, d.site_id])).toEqual([
      ['de.a-shop.example', two.id],
      ['www.a-shop.example', two.id],
    ]);
    const sites = ok<{ edges: { node: SiteOut }[] }>(await gql(SITES, {}, a.owner), 'sites');
    expect(sites.edges.find((e) => e.node.id === one.id)?.node.domains).toEqual([]);
  });

  it('serves the site the host maps to, else the default site', async () => {
    await publishedPage(a, one.id, '/', 'Home of one');
    await publishedPage(a, two.id, '/', 'Home of two');
    ok(await gql(SAVE_MENU, { siteId: two.id, handle: 'main-two' }, a.owner), 'saveMenu');

    const onWww = visitorOn(a, 'www.a-shop.example');
    expect(ok<{ title: string }>(await gql(PAGE, { path: '/' }, onWww), 'page').title).toBe('Home of two');
    expect(
      ok<{ title: string }>(await gql(PAGE, { path: '/' }, visitorOn(a, 'de.a-shop.example')), 'page').title,
    ).toBe('Home of two');
    // No host (the platform's /s/<slug>/) and a host mapped to no site: the default site.
    expect(ok<{ title: string }>(await gql(PAGE, { path: '/' }, visitorOn(a, null)), 'page').title).toBe(
      'Home of one',
    );
    expect(
      ok<{ title: string }>(await gql(PAGE, { path: '/' }, visitorOn(a, 'other.a-shop.example')), 'page')
        .title,
    ).toBe('Home of one');
    const indexing = ok<{ siteId: string; sitemapUrl: string }>(
      await gql(INDEXING, {}, onWww),
      'siteIndexing',
    );
    expect(indexing).toEqual({ siteId: two.id, sitemapUrl: 'https://www.a-shop.example/sitemap.xml' });
    expect(ok<{ siteId: string }>(await gql(INDEXING, {}, visitorOn(a, null)), 'siteIndexing').siteId).toBe(
      one.id,
    );
    const menus = ok<{ edges: { node: { handle: string } }[] }>(await gql(MENUS, {}, onWww), 'menus');
    expect(menus.edges.map((e) => e.node.handle)).toEqual(['main-two']);
    expect(ok<{ edges: unknown[] }>(await gql(MENUS, {}, visitorOn(a, null)), 'menus').edges).toEqual([]);
    // A's mapping means nothing to tenant B: B's requests serve B's default site, whatever the host.
    await publishedPage(b, bSite.id, '/', 'Home of B');
    expect(
      ok<{ title: string }>(await gql(PAGE, { path: '/' }, visitorOn(b, 'www.a-shop.example')), 'page').title,
    ).toBe('Home of B');

    // A new page without a site goes to the site the request's host maps to (else the default).
    const made = ok<{ siteId: { id: string } }>(
      await gql(
        SAVE,
        { input: { path: '/new', title: 'New', tree: { content: [] } } },
        { ...a.owner, host: 'www.a-shop.example' },
      ),
      'savePage',
    );
    expect(made.siteId.id).toBe(two.id);
  });

  it('moves the default site; hosts mapped to no site follow it', async () => {
    const made = ok<SiteOut>(await gql(SET_DEFAULT, { siteId: two.id }, a.owner), 'setDefaultSite');
    expect(made.isDefault).toBe(true);
    const sites = ok<{ edges: { node: SiteOut }[] }>(await gql(SITES, {}, a.owner), 'sites');
    expect(sites.edges.filter((e) => e.node.isDefault).map((e) => e.node.id)).toEqual([two.id]);
    expect(ok<{ title: string }>(await gql(PAGE, { path: '/' }, visitorOn(a, null)), 'page').title).toBe(
      'Home of two',
    );
    ok(await gql(SET_DEFAULT, { siteId: one.id }, a.owner), 'setDefaultSite');
    expect(ok<{ title: string }>(await gql(PAGE, { path: '/' }, visitorOn(a, null)), 'page').title).toBe(
      'Home of one',
    );
  });

  it('unassigning the primary hands it to the remaining domain; the host then serves the default site', async () => {
    const left = ok<SiteOut>(
      await gql(UNASSIGN, { host: 'www.a-shop.example' }, a.owner),
      'unassignSiteDomain',
    );
    expect(left.id).toBe(two.id);
    expect(left.primaryHost).toBe('de.a-shop.example');
    expect(left.domains).toMatchObject([{ host: 'de.a-shop.example', isPrimary: true }]);
    expect(
      ok<{ title: string }>(await gql(PAGE, { path: '/' }, visitorOn(a, 'www.a-shop.example')), 'page').title,
    ).toBe('Home of one');
    expect(errorOf(await gql(UNASSIGN, { host: 'www.a-shop.example' }, a.owner)).extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('drops the mapping when auth removes the domain (tenant-changed)', async () => {
    ok(await authGql('mutation { removeDomain(host: "de.a-shop.example") }', {}, a.owner), 'removeDomain');
    await eventually(async () => ((await storedDomains(a.id)).length === 0 ? true : undefined), 10_000);
    const sites = ok<{ edges: { node: SiteOut }[] }>(await gql(SITES, {}, a.owner), 'sites');
    expect(sites.edges.find((e) => e.node.id === two.id)?.node).toMatchObject({
      primaryHost: null,
      domains: [],
    });
    // And it can no longer be assigned.
    const gone = errorOf(await gql(ASSIGN, { siteId: two.id, host: 'de.a-shop.example' }, a.owner));
    expect(gone.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'host' });
  });
});
