import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { SEARCH_LANGUAGES, searchTermsOf } from '../../core/search.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { ProductSchema } from './entities/commerce.js';
import { searchProductRows } from './services/catalog-service.js';
import { startCommerceSubgraph } from './subgraph.js';

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'editor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);
const inLocale = (ctx: RequestContext, locale: string | null): RequestContext => ({ ...ctx, locale });

const subgraph = setUpTestSubgraph((config) =>
  startCommerceSubgraph(config, { port: 0, stripe: null, tenants: fixedTenantLookup({ plan: 'business' }) }),
);

const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';
const SEARCH = `query($query: String!, $first: Int, $after: String) {
  searchProducts(query: $query, first: $first, after: $after) {
    edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;

interface SearchOut {
  edges: { cursor: string; node: { id: string; title: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function create(ctx: RequestContext, input: Record<string, unknown>): Promise<string> {
  const variants = [{ prices: [{ currency: 'EUR', amount: 1000 }] }];
  return ok<{ id: string }>(
    await subgraph.gql(CREATE, { input: { variants, ...input } }, ctx),
    'createProduct',
  ).id;
}

async function search(ctx: RequestContext, query: string, first = 20, after?: string): Promise<SearchOut> {
  return ok<SearchOut>(await subgraph.gql(SEARCH, { query, first, after }, ctx), 'searchProducts');
}
const titles = (out: SearchOut) => out.edges.map((e) => e.node.title);

const ids: Record<string, string> = {};
beforeAll(async () => {
  ids.shoes = await create(alice, { title: 'Trail Running Shoes', description: 'Grip on wet rock.' });
  ids.socks = await create(alice, { title: 'Wool socks', description: 'Warm for running shoes in winter.' });
  ids.tee = await create(alice, {
    title: 'Logo tee',
    description: 'Organic cotton.',
    options: [{ name: 'Colour', values: ['Ochre', 'Teal'] }],
    variants: [
      { optionValues: ['Ochre'], prices: [{ currency: 'EUR', amount: 1000 }] },
      { optionValues: ['Teal'], prices: [{ currency: 'EUR', amount: 1000 }] },
    ],
  });
  ids.chaussures = await create(alice, { title: 'Chaussures rouges', description: 'En cuir.' });
  ids.draft = await create(alice, { title: 'Secret running prototype', status: 'DRAFT' });
  ids.archived = await create(alice, { title: 'Old running shoes', status: 'ARCHIVED' });
  ids.mallorys = await create(mallory, { title: 'Running shoes of tenant B' });
});

describe('searchProducts', () => {
  it('ranks title matches above description matches, and finds option values', async () => {
    expect(titles(await search(visitorA, 'running shoes'))).toEqual(['Trail Running Shoes', 'Wool socks']);
    expect(titles(await search(visitorA, 'teal'))).toEqual(['Logo tee']);
    expect(titles(await search(visitorA, 'cotton -logo'))).toEqual([]);
    expect(titles(await search(visitorA, '"wet rock"'))).toEqual(['Trail Running Shoes']);
  });

  it('matches the last word as a prefix, and only the last one', async () => {
    expect(titles(await search(visitorA, 'trail runn'))).toEqual(['Trail Running Shoes']);
    expect(titles(await search(visitorA, 'tra running'))).toEqual([]);
    expect(titles(await search(visitorA, 'chaus'))).toEqual(['Chaussures rouges']);
    expect(searchTermsOf('t-shi')).toEqual({ words: 't', prefix: 'shi' });
    expect(searchTermsOf('red "wet ro')).toEqual({ words: 'red "wet ro', prefix: null });
    expect(searchTermsOf('shoes -sock')).toEqual({ words: 'shoes -sock', prefix: null });
    expect(searchTermsOf('shoes ')).toEqual({ words: 'shoes ', prefix: null });
  });

  it("stems in the language of the region's locale; other locales match words as written", async () => {
    expect(titles(await search(inLocale(visitorA, 'en-GB'), 'runs shoe'))).toEqual([
      'Trail Running Shoes',
      'Wool socks',
    ]);
    expect(titles(await search(inLocale(visitorA, 'ja-JP'), 'runs shoe'))).toEqual([]);
    expect(titles(await search(inLocale(visitorA, null), 'runs shoe'))).toEqual([]);
    expect(titles(await search(inLocale(visitorA, 'fr-FR'), 'chaussure rouge'))).toEqual([
      'Chaussures rouges',
    ]);
    expect(titles(await search(inLocale(visitorA, 'ja-JP'), 'chaussure rouge'))).toEqual([]);
  });

  it('shows only active products, to editors as well', async () => {
    for (const ctx of [visitorA, alice, inLocale(alice, 'en')]) {
      const found = (await search(ctx, 'running')).edges.map((e) => e.node.id);
      expect(found).not.toContain(ids.draft);
      expect(found).not.toContain(ids.archived);
      expect(found).toEqual(expect.arrayContaining([ids.shoes, ids.socks]));
    }
  });

  it('pages through equal ranks in a stable order, each result once', async () => {
    const twins = [];
    for (let i = 0; i < 5; i++) twins.push(await create(alice, { title: 'Zephyr cap', slug: `zephyr-${i}` }));
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const out = await search(visitorA, 'zephyr', 2, after);
      seen.push(...out.edges.map((e) => e.node.id));
      if (!out.pageInfo.hasNextPage) break;
      after = out.pageInfo.endCursor!;
      expect(out.edges.at(-1)!.cursor).toBe(after);
    }
    expect(seen).toEqual([...twins].sort());
  });

  it('refuses over-long queries and bad cursors (BAD_USER_INPUT); a query with nothing to look for finds nothing', async () => {
    expect(
      errorOf(await subgraph.gql(SEARCH, { query: 'x'.repeat(101) }, visitorA)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      errorOf(await subgraph.gql(SEARCH, { query: 'x', after: 'bm90IGEgY3Vyc29y' }, visitorA)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(
      errorOf(await subgraph.gql(SEARCH, { query: 'x', first: 101 }, visitorA)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await search(visitorA, '   ')).edges).toEqual([]);
    // Only exclusions, or only stop words: nothing to look for, nothing found (not everything else).
    expect((await search(visitorA, '-wool')).edges).toEqual([]);
    expect((await search(inLocale(visitorA, 'en'), 'the')).edges).toEqual([]);
  });

  it('treats tsquery and SQL syntax in the query as text', async () => {
    for (const query of [
      "'); drop table commerce.product; --",
      'a:* | b',
      '\\',
      "o'neil",
      '!!',
      '(',
      ':*',
      '" or "',
    ]) {
      const res = await subgraph.gql(SEARCH, { query }, visitorA);
      expect([query, res.body.errors]).toEqual([query, undefined]);
    }
    expect(titles(await search(visitorA, 'running shoes:*'))).toEqual(['Trail Running Shoes', 'Wool socks']);
    const { rows } = await subgraph.sql.query('select count(*)::int as n from commerce.product');
    expect(rows[0].n).toBeGreaterThan(0);
  });
});

describe('tenant boundary (attacker: tenant B)', () => {
  it("never finds A's products, in any locale, with any query", async () => {
    for (const ctx of [mallory, visitorB, inLocale(visitorB, 'en'), inLocale(visitorB, 'fr')]) {
      for (const query of ['running', 'shoes', 'run', 'teal', 'chaussure']) {
        const found = (await search(ctx, query)).edges.map((e) => e.node.id);
        expect(found.every((id) => id === ids.mallorys)).toBe(true);
      }
    }
    expect((await search(visitorB, 'running shoes')).edges.map((e) => e.node.id)).toEqual([ids.mallorys]);
    expect((await search(visitorA, 'tenant')).edges).toEqual([]);
  });

  it("keeps A's rows out of B's transaction even when the SQL names tenant A (RLS)", async () => {
    const terms = searchTermsOf('running')!;
    for (const config of ['simple', 'english'] as const) {
      const asA = await withTenant(subgraph.service.db, { tenantId: tenantA }, (em) =>
        searchProductRows(em, { tenantId: tenantA, config, terms, after: null, limit: 10 }),
      );
      expect(asA.length).toBeGreaterThan(0);
      const asB = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
        searchProductRows(em, { tenantId: tenantA, config, terms, after: null, limit: 10 }),
      );
      expect(asB).toEqual([]);
    }
  });
});

describe('the stored search vector', () => {
  it('holds the words as written and the stems of every language core/search.ts maps locales to, under one GIN index', async () => {
    const configs = ['simple', ...Object.values(SEARCH_LANGUAGES)];
    const expected = configs
      .map(
        (_, i) =>
          `commerce.product_search_document($${i + 2}::regconfig, title, description, options, seo_title, seo_description)`,
      )
      .join(' || ');
    const { rows } = await subgraph.sql.query(
      `select count(*)::int as n from commerce.product where id = $1 and search_vector = ${expected}`,
      [ids.tee, ...configs],
    );
    expect(rows[0].n).toBe(1);
    const indexes = await subgraph.sql.query<{ indexname: string; indexdef: string }>(
      `select indexname, indexdef from pg_indexes where schemaname = 'commerce' and indexdef like '%search_vector%'`,
    );
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['product_search_idx']);
    // The ORM never loads it (it is large): product reads stay as they were.
    const loaded = await withTenant(subgraph.service.db, { tenantId: tenantA }, (em) =>
      em.findOneOrFail(ProductSchema, { id: ids.tee }),
    );
    expect(Object.keys(loaded)).not.toContain('searchVector');
    expect(indexes.rows[0]!.indexdef).toMatch(/ USING gin \(search_vector\)/);
  });
});
