import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, callSubgraph, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { ProductSchema } from './entities/commerce.js';
import { startCommerceSubgraph } from './subgraph.js';

const tenantA = randomUUID();
const tenantB = randomUUID();
const aliceEditor = userContext(randomUUID(), tenantA, 'editor');
const carolContributor = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);

const subgraph = setUpTestSubgraph((config) =>
  startCommerceSubgraph(config, { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) }),
);
const gql = subgraph.gql.bind(subgraph);

const CREATE = `mutation($input: CreateProductInput!) {
  createProduct(input: $input) { id title status price { amount currency } createdAt } }`;
const PRODUCTS = `query($first: Int, $after: String) { products(first: $first, after: $after) {
  edges { cursor node { id title status price { amount currency } } } pageInfo { hasNextPage endCursor } } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Product { id title status } } }`;

interface ProductOut {
  id: string;
  title: string;
  status: string;
  price: { amount: number; currency: string };
}
interface Connection {
  edges: { cursor: string; node: ProductOut }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function create(ctx: RequestContext, input: Record<string, unknown>): Promise<ProductOut> {
  return ok<ProductOut>(await gql(CREATE, { input }, ctx), 'createProduct');
}

async function productCount(): Promise<number> {
  const { rows } = await subgraph.sql.query('select count(*)::int as n from commerce.product');
  return rows[0].n as number;
}

let mug: ProductOut;
let secretDraft: ProductOut;
let bProduct: ProductOut;

beforeAll(async () => {
  mug = await create(aliceEditor, { title: 'Mug', priceAmount: 1299, currency: 'EUR' });
  secretDraft = await create(aliceEditor, {
    title: 'Unannounced',
    priceAmount: 4999,
    currency: 'EUR',
    status: 'DRAFT',
  });
  await create(aliceEditor, { title: 'Old shirt', priceAmount: 999, currency: 'EUR', status: 'ARCHIVED' });
  bProduct = await create(mallory, { title: 'B tea', priceAmount: 500, currency: 'USD' });
});

describe('commerce subgraph', () => {
  it('refuses requests without a valid context (none, wrong secret, expired), _entities included', async () => {
    expect((await callSubgraph(subgraph.service.url, PRODUCTS)).status).toBe(401);
    const entities = await callSubgraph(subgraph.service.url, ENTITIES, {
      reps: [{ __typename: 'Product', id: mug.id }],
    });
    expect(entities.status).toBe(401);
    const forged = await callSubgraph(
      subgraph.service.url,
      CREATE,
      { input: { title: 'x', priceAmount: 1, currency: 'EUR' } },
      { ctx: aliceEditor, secret: 'f'.repeat(64) },
    );
    expect(forged.status).toBe(401);
    const expired = await callSubgraph(
      subgraph.service.url,
      PRODUCTS,
      {},
      { ctx: visitorA, secret: subgraph.config.contextSecret, ttl: -120 },
    );
    expect(expired.status).toBe(401);
  });

  it('creates a product with integer money and defaults to ACTIVE', () => {
    expect(mug).toMatchObject({ title: 'Mug', status: 'ACTIVE', price: { amount: 1299, currency: 'EUR' } });
    expect(secretDraft.status).toBe('DRAFT');
  });

  it('hides drafts and archived products from visitors, shows them to a catalog editor', async () => {
    const forVisitor = ok<Connection>(await gql(PRODUCTS, {}, visitorA), 'products');
    expect(forVisitor.edges.map((e) => e.node.title)).toEqual(['Mug']);
    const forContributor = ok<Connection>(await gql(PRODUCTS, {}, carolContributor), 'products');
    expect(forContributor.edges.map((e) => e.node.title)).toEqual(['Mug']);
    const forEditor = ok<Connection>(await gql(PRODUCTS, {}, aliceEditor), 'products');
    expect(forEditor.edges.map((e) => e.node.title).sort()).toEqual(['Mug', 'Old shirt', 'Unannounced']);
    const ref = await gql(ENTITIES, { reps: [{ __typename: 'Product', id: secretDraft.id }] }, visitorA);
    expect(ok(ref, '_entities')).toEqual([null]);
    const refEditor = await gql(
      ENTITIES,
      { reps: [{ __typename: 'Product', id: secretDraft.id }] },
      aliceEditor,
    );
    expect(ok(refEditor, '_entities')).toEqual([
      { id: secretDraft.id, title: 'Unannounced', status: 'DRAFT' },
    ]);
  });

  it('paginates with cursors', async () => {
    const first = ok<Connection>(await gql(PRODUCTS, { first: 2 }, aliceEditor), 'products');
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok<Connection>(
      await gql(PRODUCTS, { first: 2, after: first.pageInfo.endCursor }, aliceEditor),
      'products',
    );
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(3);
    const bad = await gql(PRODUCTS, { first: 2, after: 'bm90LWEtdXVpZA' }, aliceEditor);
    expect(errorOf(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await gql(PRODUCTS, { first: 1000 }, visitorA)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  const badMoney: [string, Record<string, unknown>, string][] = [
    ['a negative price', { priceAmount: -1 }, 'priceAmount'],
    ['a lowercase currency', { currency: 'eur' }, 'currency'],
    ['a non-ISO currency', { currency: 'EURO' }, 'currency'],
    ['a symbol currency', { currency: '€' }, 'currency'],
    ['an empty title', { title: '  ' }, 'title'],
  ];
  for (const [name, override, field] of badMoney) {
    it(`refuses ${name} with BAD_USER_INPUT naming ${field} and stores nothing`, async () => {
      const count = await productCount();
      const res = await gql(
        CREATE,
        { input: { title: 'Bad', priceAmount: 100, currency: 'EUR', ...override } },
        aliceEditor,
      );
      const error = errorOf(res);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message.startsWith(`${field}: `)).toBe(true);
      expect(await productCount()).toBe(count);
    });
  }

  it('refuses a fractional price at the schema boundary (money is never a float)', async () => {
    const count = await productCount();
    const res = await gql(
      CREATE,
      { input: { title: 'Float', priceAmount: 12.99, currency: 'EUR' } },
      aliceEditor,
    );
    expect(errorOf(res).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await productCount()).toBe(count);
  });

  it('refuses createProduct to anonymous (UNAUTHENTICATED), contributors and tenantless users (FORBIDDEN)', async () => {
    const count = await productCount();
    const input = { title: 'x', priceAmount: 1, currency: 'EUR' };
    expect(errorOf(await gql(CREATE, { input }, visitorA)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(CREATE, { input }, carolContributor)).extensions?.code).toBe('FORBIDDEN');
    expect(
      errorOf(await gql(CREATE, { input }, userContext(randomUUID(), null, 'owner'))).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await gql(PRODUCTS, {}, anonymousContext(null))).extensions?.code).toBe('FORBIDDEN');
    expect(await productCount()).toBe(count);
  });

  it("never shows A's products to tenant B, in the list or through _entities", async () => {
    const asOwner = ok<Connection>(await gql(PRODUCTS, {}, mallory), 'products');
    expect(asOwner.edges.map((e) => e.node.id)).toEqual([bProduct.id]);
    const asVisitor = ok<Connection>(await gql(PRODUCTS, {}, visitorB), 'products');
    expect(asVisitor.edges.map((e) => e.node.id)).toEqual([bProduct.id]);
    // A's cursor does not open A's catalog either.
    const cursor = Buffer.from(mug.id).toString('base64url');
    const viaCursor = ok<Connection>(await gql(PRODUCTS, { after: cursor }, mallory), 'products');
    expect(viaCursor.edges.every((e) => e.node.id === bProduct.id)).toBe(true);
    const refs = await gql(
      ENTITIES,
      {
        reps: [
          { __typename: 'Product', id: mug.id },
          { __typename: 'Product', id: secretDraft.id },
          { __typename: 'Product', id: bProduct.id },
        ],
      },
      mallory,
    );
    expect(ok<unknown[]>(refs, '_entities')).toEqual([
      null,
      null,
      { id: bProduct.id, title: 'B tea', status: 'ACTIVE' },
    ]);
  });

  it("keeps A's products out of B's transaction even with the ORM filter off (RLS)", async () => {
    const seen = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.find(ProductSchema, {}, { filters: false }),
    );
    expect(seen.map((p) => p.id)).toEqual([bProduct.id]);
    const raw = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.execute<{ n: number }[]>('select count(*)::int as n from commerce.product'),
    );
    expect(raw[0]!.n).toBe(1);
  });
});
