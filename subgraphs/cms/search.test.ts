import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { rankedSearchRows, SEARCH_LANGUAGES, searchTermsOf } from '../../core/search.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { PageSchema } from './entities/cms.js';
import { startCmsSubgraph } from './subgraph.js';

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);
const inLocale = (ctx: RequestContext, locale: string | null): RequestContext => ({ ...ctx, locale });

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    { enqueue: async () => {} },
    { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) },
  ),
);

const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }';
const PUBLISH = 'mutation($id: ID!) { publishPage(id: $id) { id } }';
const CREATE_SITE = 'mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }';
const SEARCH = `query($query: String!, $siteId: ID, $first: Int, $after: String) {
  searchPages(query: $query, siteId: $siteId, first: $first, after: $after) {
    edges { cursor node { id path title status } } pageInfo { hasNextPage endCursor } } }`;

interface SearchOut {
  edges: { cursor: string; node: { id: string; path: string; title: string; status: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const tree = (...texts: string[]) => ({
  root: { props: {} },
  content: texts.map((text, i) => ({
    type: 'RichText',
    props: { id: `RichText-${i}`, html: `<p>${text}</p>` },
  })),
});

async function page(ctx: RequestContext, input: Record<string, unknown>, published = true): Promise<string> {
  const { id } = ok<{ id: string }>(await subgraph.gql(SAVE, { input }, ctx), 'savePage');
  if (published) ok(await subgraph.gql(PUBLISH, { id }, ctx), 'publishPage');
  return id;
}

async function search(
  ctx: RequestContext,
  query: string,
  more: Record<string, unknown> = {},
): Promise<SearchOut> {
  return ok<SearchOut>(await subgraph.gql(SEARCH, { query, ...more }, ctx), 'searchPages');
}
const paths = (out: SearchOut) => out.edges.map((e) => e.node.path);

let siteA: string;
let otherSiteA: string;
beforeAll(async () => {
  siteA = ok<{ id: string }>(
    await subgraph.gql(CREATE_SITE, { input: { name: 'Shop' } }, alice),
    'createSite',
  ).id;
  otherSiteA = ok<{ id: string }>(
    await subgraph.gql(CREATE_SITE, { input: { name: 'Blog' } }, alice),
    'createSite',
  ).id;
  await ok(await subgraph.gql(CREATE_SITE, { input: { name: 'B shop' } }, mallory), 'createSite');
  await page(alice, {
    siteId: siteA,
    path: '/shipping',
    title: 'Shipping',
    tree: tree('We ship parcels worldwide.'),
  });
  await page(alice, {
    siteId: siteA,
    path: '/about',
    title: 'About us',
    seoDescription: 'A family business shipping since 1990.',
    tree: tree('Founded by two sisters.'),
  });
  await page(alice, { siteId: siteA, path: '/draft', title: 'Shipping secrets', tree: tree('x') }, false);
  await page(alice, { siteId: otherSiteA, path: '/post', title: 'Shipping news', tree: tree('Blog post.') });
  await page(mallory, { path: '/shipping', title: 'Shipping of B', tree: tree('B ships too.') });
});

describe('searchPages', () => {
  it('finds published pages of the default site by title, SEO text and component text, title first', async () => {
    expect(paths(await search(visitorA, 'shipping'))).toEqual(['/shipping', '/about']);
    expect(paths(await search(visitorA, 'sisters'))).toEqual(['/about']);
    expect(paths(await search(visitorA, 'parc'))).toEqual(['/shipping']);
    // Component type names, prop keys and HTML tags are not text.
    expect(paths(await search(visitorA, 'richtext'))).toEqual([]);
    expect(paths(await search(visitorA, 'html'))).toEqual([]);
    expect(paths(await search(visitorA, 'p '))).toEqual([]); // a finished word: no prefix
  });

  it('searches the site asked for, never a draft, whoever asks', async () => {
    expect(paths(await search(visitorA, 'shipping', { siteId: otherSiteA }))).toEqual(['/post']);
    expect(paths(await search(alice, 'secrets'))).toEqual([]);
    // A draft saved over a published page: the published text is what is found.
    const id = await page(alice, {
      siteId: siteA,
      path: '/faq',
      title: 'Questions',
      tree: tree('Returns policy.'),
    });
    const { version } = ok<{ version: number }>(
      await subgraph.gql(
        SAVE,
        { input: { id, path: '/faq', title: 'Unpublished rename', tree: tree('Hidden.') } },
        alice,
      ),
      'savePage',
    );
    expect(version).toBe(2);
    expect(paths(await search(visitorA, 'returns'))).toEqual(['/faq']);
    expect(paths(await search(visitorA, 'hidden'))).toEqual([]);
    expect((await search(visitorA, 'returns')).edges[0]!.node.title).toBe('Questions');
  });

  it("stems in the language of the region's locale", async () => {
    expect(paths(await search(inLocale(visitorA, 'en-US'), 'parcel shipped'))).toEqual(['/shipping']);
    expect(paths(await search(inLocale(visitorA, null), 'parcel shipped'))).toEqual([]);
  });

  it("searches a page's published translation for the request locale, as it is served", async () => {
    const about = (await search(visitorA, 'sisters')).edges[0]!.node.id;
    const input = {
      pageId: about,
      locale: 'fr',
      title: 'À propos',
      tree: tree('Fondée par deux sœurs boulangères.'),
    };
    ok(
      await subgraph.gql(
        'mutation($input: SavePageTranslationInput!) { savePageTranslation(input: $input) { locale } }',
        { input },
        alice,
      ),
      'savePageTranslation',
    );
    // Unpublished: not searched yet.
    expect(paths(await search(inLocale(visitorA, 'fr-FR'), 'boulangères'))).toEqual([]);
    ok(
      await subgraph.gql(
        'mutation($pageId: ID!, $locale: String!) { publishPageTranslation(pageId: $pageId, locale: $locale) { locale } }',
        { pageId: about, locale: 'fr' },
        alice,
      ),
      'publishPageTranslation',
    );
    const fr = await search(inLocale(visitorA, 'fr-CA'), 'boulangère');
    expect(fr.edges.map((e) => [e.node.path, e.node.title])).toEqual([['/about', 'À propos']]);
    // French visitors see the French page: its base words are not what they search.
    expect(paths(await search(inLocale(visitorA, 'fr-FR'), 'sisters'))).toEqual([]);
    // Other locales still search the base content.
    expect(paths(await search(inLocale(visitorA, 'en-US'), 'boulangères'))).toEqual([]);
    expect(paths(await search(inLocale(visitorA, 'en-US'), 'sisters'))).toEqual(['/about']);
    expect(paths(await search(visitorA, 'sisters'))).toEqual(['/about']);
  });

  it('pages with cursors and refuses over-long queries', async () => {
    const first = await search(visitorA, 'shipping', { first: 1 });
    expect(paths(first)).toEqual(['/shipping']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await search(visitorA, 'shipping', { first: 1, after: first.pageInfo.endCursor });
    expect(paths(next)).toEqual(['/about']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const long = await subgraph.gql(SEARCH, { query: 'y'.repeat(101) }, visitorA);
    expect(errorOf(long).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });
});

describe('tenant boundary (attacker: tenant B)', () => {
  it("never finds A's pages, not even naming A's site", async () => {
    for (const ctx of [mallory, visitorB, inLocale(visitorB, 'en')]) {
      expect(paths(await search(ctx, 'shipping'))).toEqual(['/shipping']);
      expect((await search(ctx, 'shipping')).edges[0]!.node.title).toBe('Shipping of B');
      expect((await search(ctx, 'shipping', { siteId: siteA })).edges).toEqual([]);
      expect((await search(ctx, 'sisters')).edges).toEqual([]);
    }
  });

  it("keeps A's rows out of B's transaction even when the SQL names tenant A (RLS)", async () => {
    const run = (tenantId: string) =>
      withTenant(subgraph.service.db, { tenantId }, (em) =>
        rankedSearchRows(em, {
          from: 'cms.page g',
          id: 'g.id',
          vector: 'g.search_vector',
          where: 'g.tenant_id = ?',
          whereParams: [tenantA],
          config: 'english',
          terms: searchTermsOf('shipping')!,
          after: null,
          limit: 10,
        }),
      );
    expect((await run(tenantA)).length).toBeGreaterThan(0);
    expect(await run(tenantB)).toEqual([]);
  });

  it('stores the words as written and the stems of every language core/search.ts maps locales to, under one GIN index', async () => {
    const configs = ['simple', ...Object.values(SEARCH_LANGUAGES)];
    const expected = configs
      .map(
        (_, i) =>
          `cms.page_search_document($${i + 1}::regconfig, published_title, seo_title, seo_description, published_tree)`,
      )
      .join(' || ');
    const { rows } = await subgraph.sql.query(
      `select count(*)::int as n, count(*) filter (where search_vector = ${expected})::int as same from cms.page`,
      configs,
    );
    expect(rows[0].same).toBe(rows[0].n);
    const indexes = await subgraph.sql.query<{ indexname: string }>(
      `select indexname from pg_indexes where schemaname = 'cms' and indexdef like '%search_vector%'`,
    );
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['page_search_idx']);
    // The ORM never loads it (it is large): page reads (renders) stay as they were.
    const loaded = await withTenant(subgraph.service.db, { tenantId: tenantA }, (em) =>
      em.find(PageSchema, {}),
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.flatMap((p) => Object.keys(p))).not.toContain('searchVector');
  });
});
