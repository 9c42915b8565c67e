import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalContext, type RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { DEFAULT_RETRY, InProcessJobQueue, type JobHandlers } from '../../core/jobs.js';
import { handlersOf } from '../../core/module.js';
import { createStorage, type Storage } from '../../core/storage.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { createFilesRoute } from '../../storefront/files.js';
import { eventually } from '../../test/e2e/support.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, type GraphQLResult, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { commerceModule } from './module.js';
import { parseImport } from './services/catalog-import-parse.js';
import { startCommerceSubgraph } from './subgraph.js';

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'editor');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);

const handlers: JobHandlers = {};
let storage: Storage;
let queue: InProcessJobQueue;
const subgraph = setUpTestSubgraph(async (config) => {
  storage = await createStorage(config);
  queue = new InProcessJobQueue(handlers, { ...DEFAULT_RETRY, attempts: 1 }, 2);
  await queue.start();
  const service = await startCommerceSubgraph(config, {
    port: 0,
    jobs: queue,
    storage,
    stripe: null,
    tenants: fixedTenantLookup({ plan: 'business' }),
  });
  const built = handlersOf(commerceModule.jobs, commerceModule.jobParts(service, { config, storage }));
  // The catalog jobs announce that they ran (whatever the outcome): tests wait for that, not a clock.
  for (const name of ['catalog.import', 'catalog.export'] as const) {
    const run = built[name]!;
    handlers[name] = async (payload, job) => {
      try {
        await run(payload, job);
      } finally {
        jobRan(payload.jobId).settle();
      }
    };
  }
  return {
    ...service,
    close: async () => {
      await queue.close();
      await service.close();
    },
  };
});
const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
  subgraph.gql(query, variables, ctx);

const PRODUCT_FIELDS = `id title slug description status version seo { title description }
  options { name values } imageAssetIds collections { id slug }
  price { amount currency } priceRange(currency: "EUR") { min { amount } max { amount } } currencies
  variants { id sku title optionValues weightGrams prices { currency amount compareAtAmount }
    price { amount currency } usd: price(currency: "USD") { amount currency } compareAtPrice { amount } inStock }`;
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateProductInput!) {
  updateProduct(id: $id, expectedVersion: $v, input: $input) { ${PRODUCT_FIELDS} } }`;
const PRODUCT = `query($id: ID, $slug: String) { product(id: $id, slug: $slug) { ${PRODUCT_FIELDS} } }`;
const SEARCH = `query($search: String, $status: ProductStatus, $collectionId: ID, $first: Int, $after: String) {
  products(search: $search, status: $status, collectionId: $collectionId, first: $first, after: $after) {
    edges { node { id title slug } } pageInfo { hasNextPage endCursor } } }`;
const SET_STOCK = `mutation($input: SetStockInput!) { setStock(input: $input) {
  onHand reserved available location { id name isDefault } } }`;
const STOCK = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Variant { id sku inStock stock { onHand reserved available location { name } } product { id title } } } }`;
const JOB = `query($id: ID!) { catalogJob(id: $id) { id kind status downloadUrl
  problems { row column message } summary { name count } } }`;

interface VariantOut {
  id: string;
  sku: string;
  title: string;
  optionValues: string[];
  weightGrams: number | null;
  prices: { currency: string; amount: number; compareAtAmount: number | null }[];
  price: { amount: number; currency: string } | null;
  usd: { amount: number; currency: string } | null;
  compareAtPrice: { amount: number } | null;
  inStock: boolean;
}
interface ProductOut {
  id: string;
  title: string;
  slug: string;
  status: string;
  version: number;
  seo: { title: string | null; description: string | null };
  options: { name: string; values: string[] }[];
  imageAssetIds: string[];
  collections: { id: string; slug: string }[];
  price: { amount: number; currency: string };
  priceRange: { min: { amount: number }; max: { amount: number } } | null;
  currencies: string[];
  variants: VariantOut[];
}
interface JobOut {
  id: string;
  kind: string;
  status: string;
  downloadUrl: string | null;
  problems: { row: number; column: string | null; message: string }[];
  summary: { name: string; count: number }[];
}

const tee = (overrides: Record<string, unknown> = {}) => ({
  title: 'Logo Tee',
  description: 'Organic cotton',
  seo: { title: 'Logo Tee | Shop', description: 'Soft tee' },
  options: [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Colour', values: ['Black'] },
  ],
  imageAssetIds: [randomUUID()],
  variants: [
    {
      sku: `TEE-S-${randomUUID().slice(0, 6)}`,
      optionValues: ['S', 'Black'],
      weightGrams: 180,
      prices: [
        { currency: 'EUR', amount: 2500, compareAtAmount: 3000 },
        { currency: 'USD', amount: 2700 },
      ],
    },
    {
      sku: `TEE-M-${randomUUID().slice(0, 6)}`,
      optionValues: ['M', 'Black'],
      weightGrams: 200,
      prices: [
        { currency: 'EUR', amount: 2600 },
        { currency: 'USD', amount: 2800 },
      ],
    },
  ],
  ...overrides,
});

async function create(ctx: RequestContext, input: Record<string, unknown>): Promise<ProductOut> {
  return ok<ProductOut>(await gql(CREATE, { input }, ctx), 'createProduct');
}

async function counts() {
  const { rows } = await subgraph.sql.query(`select
    (select count(*)::int from commerce.product) as products,
    (select count(*)::int from commerce.variant) as variants,
    (select count(*)::int from commerce.variant_price) as prices,
    (select count(*)::int from commerce.collection_product) as links`);
  return rows[0] as Record<string, number>;
}

async function snapshot(productId: string) {
  const { rows } = await subgraph.sql.query(
    `select p.title, p.slug, p.version, p.status,
       (select json_agg(json_build_object('sku', v.sku, 'prices',
          (select json_agg(json_build_object('c', vp.currency, 'a', vp.amount) order by vp.currency)
           from commerce.variant_price vp where vp.variant_id = v.id)) order by v.position)
        from commerce.variant v where v.product_id = p.id) as variants
     from commerce.product p where p.id = $1`,
    [productId],
  );
  return rows[0];
}

/** One settle-once barrier per catalog job id: settled by the job's handler when it has run. */
const jobRuns = new Map<string, { ran: Promise<void>; settle: () => void }>();
function jobRan(id: string) {
  let entry = jobRuns.get(id);
  if (!entry) {
    let settle!: () => void;
    const ran = new Promise<void>((resolve) => {
      settle = resolve;
    });
    entry = { ran, settle };
    jobRuns.set(id, entry);
  }
  return entry;
}

/** The job once the queue has run it (it must have finished then). */
async function waitForJob(ctx: RequestContext, id: string): Promise<JobOut> {
  await jobRan(id).ran;
  const job = ok<JobOut>(await gql(JOB, { id }, ctx), 'catalogJob');
  expect(['SUCCEEDED', 'FAILED'], `job ${id} ran but is ${job.status}`).toContain(job.status);
  return job;
}

/**
 * Until some session of this test database waits for a lock. PostgreSQL announces no such event,
 * so this polls pg_stat_activity (`eventually`: a condition, never a fixed sleep).
 */
async function someoneWaitsForALock(): Promise<void> {
  await eventually(async () => {
    const { rows } = await subgraph.sql.query(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    return rows[0].n > 0 ? true : undefined;
  });
}

/**
 * Runs `hold` in a tenant transaction of its own and keeps that transaction open until `release()`
 * is called, so a concurrent call can be made to meet its row locks.
 */
async function holdTransaction(tenantId: string, hold: Parameters<typeof withTenant>[2]) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let holding!: () => void;
  const held = new Promise<void>((resolve) => {
    holding = resolve;
  });
  const done = withTenant(subgraph.service.db, { tenantId }, async (em) => {
    await hold(em);
    holding();
    await gate;
  });
  // A failing `hold` rejects `done` before `held` settles: either way this returns or throws.
  await Promise.race([held, done]);
  return { release, done };
}

function expectBadInput(res: GraphQLResult, field: string, code = 'BAD_USER_INPUT') {
  const error = errorOf(res);
  expect(error.extensions, error.message).toMatchObject({ code, field });
  return error;
}

let tshirt: ProductOut;
let collectionId: string;
let filesServer: Server;
let filesOrigin: string;

beforeAll(async () => {
  const collection = ok<{ id: string }>(
    await gql(`mutation { createCollection(input: { title: "Summer", slug: "summer" }) { id } }`, {}, alice),
    'createCollection',
  );
  collectionId = collection.id;
  tshirt = await create(alice, tee({ slug: 'logo-tee', collectionIds: [collectionId] }));
  filesServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    void Promise.resolve(createFilesRoute(storage, subgraph.config.contextSecret)(req, res, url)).then(
      (handled) => {
        if (!handled) res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => filesServer.listen(0, '127.0.0.1', resolve));
  filesOrigin = `http://127.0.0.1:${(filesServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => filesServer?.close(resolve));
});

describe('products with options, variants and prices', () => {
  it('creates a product with everything and reads it back', () => {
    expect(tshirt).toMatchObject({
      title: 'Logo Tee',
      slug: 'logo-tee',
      status: 'ACTIVE',
      version: 1,
      seo: { title: 'Logo Tee | Shop', description: 'Soft tee' },
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['Black'] },
      ],
      price: { amount: 2500, currency: 'EUR' },
      priceRange: { min: { amount: 2500 }, max: { amount: 2600 } },
      currencies: ['EUR', 'USD'],
      collections: [{ id: collectionId, slug: 'summer' }],
    });
    expect(tshirt.imageAssetIds).toHaveLength(1);
    expect(tshirt.variants).toHaveLength(2);
    expect(tshirt.variants[0]).toMatchObject({
      title: 'S / Black',
      optionValues: ['S', 'Black'],
      weightGrams: 180,
      price: { amount: 2500, currency: 'EUR' },
      usd: { amount: 2700, currency: 'USD' },
      compareAtPrice: { amount: 3000 },
      inStock: false,
    });
  });

  it('keeps the deprecated single-price input and price field working', async () => {
    const mug = await create(alice, { title: 'Blue Mug', priceAmount: 1299, currency: 'EUR' });
    expect(mug).toMatchObject({
      slug: 'blue-mug',
      price: { amount: 1299, currency: 'EUR' },
      currencies: ['EUR'],
    });
    expect(mug.variants).toHaveLength(1);
    expect(mug.variants[0]!.sku).toBe('BLUE-MUG');
    const again = await create(alice, { title: 'Blue Mug', priceAmount: 1399, currency: 'EUR' });
    expect(again.slug).toBe('blue-mug-2');
    expect(again.variants[0]!.sku).toBe('BLUE-MUG-2');
    // price(currency:) falls back to the main currency when the product is not priced in it.
    const res = ok<{ price: { amount: number; currency: string } }>(
      await gql(
        `query($id: ID) { product(id: $id) { price(currency: "JPY") { amount currency } } }`,
        { id: mug.id },
        visitorA,
      ),
      'product',
    );
    expect(res.price).toEqual({ amount: 1299, currency: 'EUR' });
  });

  const bad: [string, () => Record<string, unknown>, string][] = [
    [
      'a negative price',
      () => tee({ variants: [{ prices: [{ currency: 'EUR', amount: -1 }] }], options: [] }),
      'variants.0.prices.0.amount',
    ],
    [
      'an unknown currency',
      () => tee({ variants: [{ prices: [{ currency: 'XYZ', amount: 1 }] }], options: [] }),
      'variants.0.prices.0.currency',
    ],
    [
      'a negative weight',
      () => tee({ variants: [{ weightGrams: -5, prices: [{ currency: 'EUR', amount: 1 }] }], options: [] }),
      'variants.0.weightGrams',
    ],
    [
      'a compare-at price below the price',
      () =>
        tee({
          variants: [{ prices: [{ currency: 'EUR', amount: 500, compareAtAmount: 400 }] }],
          options: [],
        }),
      'variants.0.prices.0.compareAtAmount',
    ],
    [
      'two prices in one currency',
      () =>
        tee({
          variants: [
            {
              prices: [
                { currency: 'EUR', amount: 5 },
                { currency: 'EUR', amount: 6 },
              ],
            },
          ],
          options: [],
        }),
      'variants.0.prices.1.currency',
    ],
    [
      'variants priced in different currencies',
      () =>
        tee({
          variants: [
            { optionValues: ['S'], prices: [{ currency: 'EUR', amount: 5 }] },
            { optionValues: ['M'], prices: [{ currency: 'USD', amount: 5 }] },
          ],
          options: [{ name: 'Size', values: ['S', 'M'] }],
        }),
      'variants.1.prices',
    ],
    [
      'an option value the product does not have',
      () =>
        tee({
          variants: [{ optionValues: ['XL'], prices: [{ currency: 'EUR', amount: 5 }] }],
          options: [{ name: 'Size', values: ['S'] }],
        }),
      'variants.0.optionValues.0',
    ],
    [
      'two variants with the same options',
      () =>
        tee({
          variants: [
            { optionValues: ['S'], prices: [{ currency: 'EUR', amount: 5 }] },
            { optionValues: ['S'], prices: [{ currency: 'EUR', amount: 6 }] },
          ],
          options: [{ name: 'Size', values: ['S', 'M'] }],
        }),
      'variants.1.optionValues',
    ],
    ['a malformed slug', () => tee({ slug: 'Not A Slug' }), 'slug'],
    ['a duplicate slug', () => tee({ slug: 'logo-tee' }), 'slug'],
    [
      'a SKU another product uses (any case)',
      () =>
        tee({
          variants: [
            { sku: tshirt.variants[0]!.sku.toLowerCase(), prices: [{ currency: 'EUR', amount: 1 }] },
          ],
          options: [],
        }),
      'variants.0.sku',
    ],
    [
      'the same SKU twice',
      () =>
        tee({
          variants: [
            { sku: 'DUP-1', optionValues: ['S'], prices: [{ currency: 'EUR', amount: 5 }] },
            { sku: 'dup-1', optionValues: ['M'], prices: [{ currency: 'EUR', amount: 6 }] },
          ],
          options: [{ name: 'Size', values: ['S', 'M'] }],
        }),
      'variants.1.sku',
    ],
    ['no variants and no price', () => ({ title: 'Nothing' }), 'variants'],
  ];
  for (const [name, input, field] of bad) {
    it(`refuses ${name} (BAD_USER_INPUT ${field}) and stores nothing`, async () => {
      const before = await counts();
      const error = expectBadInput(await gql(CREATE, { input: input() }, alice), field);
      expect(error.message.startsWith(`${field}: `)).toBe(true);
      expect(await counts()).toEqual(before);
    });
  }

  it('refuses catalog writes to contributors and visitors', async () => {
    const before = await counts();
    expect(errorOf(await gql(CREATE, { input: tee() }, carol)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(CREATE, { input: tee() }, visitorA)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual(before);
  });
});

describe('editing with optimistic concurrency', () => {
  it('applies an edit at the expected version and bumps it; a stale version is a CONFLICT that changes nothing', async () => {
    const product = await create(alice, tee());
    const edited = ok<ProductOut>(
      await gql(UPDATE, { id: product.id, v: 1, input: { title: 'Logo Tee II', status: 'DRAFT' } }, alice),
      'updateProduct',
    );
    expect(edited).toMatchObject({ title: 'Logo Tee II', status: 'DRAFT', version: 2 });
    expect(edited.variants.map((v) => v.sku)).toEqual(product.variants.map((v) => v.sku));
    const before = await snapshot(product.id);
    const stale = errorOf(
      await gql(UPDATE, { id: product.id, v: 1, input: { title: 'Lost update' } }, alice),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 });
    expect(await snapshot(product.id)).toEqual(before);
  });

  it('two editors saving the same version at once: exactly one wins', async () => {
    const product = await create(alice, tee());
    const results = await Promise.all(
      ['First', 'Second', 'Third'].map((title) =>
        gql(UPDATE, { id: product.id, v: 1, input: { title } }, alice),
      ),
    );
    const won = results.filter((r) => !r.body.errors);
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.body.errors))
      expect(errorOf(r).extensions?.code).toBe('CONFLICT');
    const after = await snapshot(product.id);
    expect(after.version).toBe(2);
    expect(after.title).toBe((won[0]!.body.data!.updateProduct as ProductOut).title);
  });

  it('replaces the variant list: update by id, add new, remove left-out; prices rewritten', async () => {
    const product = await create(alice, tee());
    const [s] = product.variants;
    const edited = ok<ProductOut>(
      await gql(
        UPDATE,
        {
          id: product.id,
          v: 1,
          input: {
            options: [
              { name: 'Size', values: ['S', 'L'] },
              { name: 'Colour', values: ['Black'] },
            ],
            variants: [
              {
                id: s!.id,
                sku: `${s!.sku}-X`,
                optionValues: ['S', 'Black'],
                prices: [{ currency: 'EUR', amount: 2200 }],
              },
              { optionValues: ['L', 'Black'], prices: [{ currency: 'EUR', amount: 2900 }] },
            ],
          },
        },
        alice,
      ),
      'updateProduct',
    );
    expect(edited.variants.map((v) => [v.id === s!.id, v.optionValues[0], v.prices])).toEqual([
      [true, 'S', [{ currency: 'EUR', amount: 2200, compareAtAmount: null }]],
      [false, 'L', [{ currency: 'EUR', amount: 2900, compareAtAmount: null }]],
    ]);
    expect(edited.variants[0]!.sku).toBe(`${s!.sku}-X`);
    expect(edited.currencies).toEqual(['EUR']);
    const { rows } = await subgraph.sql.query(
      'select count(*)::int as n from commerce.variant where id = $1',
      [product.variants[1]!.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses to remove a variant with reservations (CONFLICT), nothing changed', async () => {
    const product = await create(alice, tee());
    const [s, m] = product.variants;
    ok(await gql(SET_STOCK, { input: { variantId: s!.id, onHand: 3 } }, alice), 'setStock');
    await subgraph.service.inventory.reserve(
      { tenantId: tenantA },
      {
        reservationId: randomUUID(),
        lines: [{ variantId: s!.id, quantity: 1 }],
        expiresAt: new Date(Date.now() + 60_000),
      },
    );
    const before = await snapshot(product.id);
    const res = await gql(
      UPDATE,
      {
        id: product.id,
        v: 1,
        input: {
          variants: [
            {
              id: m!.id,
              optionValues: ['M', 'Black'],
              prices: [
                { currency: 'EUR', amount: 1 },
                { currency: 'USD', amount: 1 },
              ],
            },
          ],
        },
      },
      alice,
    );
    expect(errorOf(res).extensions?.code).toBe('CONFLICT');
    expect(await snapshot(product.id)).toEqual(before);
  });

  it('refuses bad edits with field paths and changes nothing', async () => {
    const product = await create(alice, tee());
    const before = await snapshot(product.id);
    expectBadInput(await gql(UPDATE, { id: product.id, v: 1, input: { slug: 'logo-tee' } }, alice), 'slug');
    expectBadInput(await gql(UPDATE, { id: product.id, v: 1, input: { title: ' ' } }, alice), 'title');
    expectBadInput(
      await gql(
        UPDATE,
        {
          id: product.id,
          v: 1,
          input: {
            options: [
              { name: 'Size', values: ['XS'] },
              { name: 'Colour', values: ['Black'] },
            ],
          },
        },
        alice,
      ),
      'variants.0.optionValues.0',
    );
    expectBadInput(await gql(UPDATE, { id: product.id, v: 0, input: {} }, alice), 'expectedVersion');
    expect(await snapshot(product.id)).toEqual(before);
  });
});

describe('search, filters and visibility', () => {
  it('searches titles and SKUs case-insensitively, with cursor pagination', async () => {
    const sku = `ZEBRA-${randomUUID().slice(0, 8)}`;
    const zebra = await create(alice, {
      title: 'Striped Scarf',
      variants: [{ sku, prices: [{ currency: 'EUR', amount: 900 }] }],
    });
    const bySku = ok<{ edges: { node: { id: string } }[] }>(
      await gql(SEARCH, { search: sku.toLowerCase() }, visitorA),
      'products',
    );
    expect(bySku.edges.map((e) => e.node.id)).toEqual([zebra.id]);
    const byTitle = ok<{ edges: { node: { id: string } }[] }>(
      await gql(SEARCH, { search: 'striped' }, visitorA),
      'products',
    );
    expect(byTitle.edges.map((e) => e.node.id)).toEqual([zebra.id]);
    // LIKE wildcards are literal.
    const wild = ok<{ edges: unknown[] }>(await gql(SEARCH, { search: '%' }, visitorA), 'products');
    expect(wild.edges).toEqual([]);
    const first = ok<{
      edges: { node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    }>(await gql(SEARCH, { search: 'tee', first: 1 }, alice), 'products');
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = ok<{ edges: { node: { id: string } }[] }>(
      await gql(SEARCH, { search: 'tee', first: 1, after: first.pageInfo.endCursor }, alice),
      'products',
    );
    expect(next.edges[0]!.node.id).not.toBe(first.edges[0]!.node.id);
  });

  it('filters by collection and status; visitors never see drafts, even by slug or as a Variant entity', async () => {
    const inCollection = ok<{ edges: { node: { id: string } }[] }>(
      await gql(SEARCH, { collectionId }, visitorA),
      'products',
    );
    expect(inCollection.edges.map((e) => e.node.id)).toEqual([tshirt.id]);
    const draft = await create(alice, tee({ status: 'DRAFT', slug: 'secret-tee' }));
    expect(ok(await gql(PRODUCT, { slug: 'secret-tee' }, visitorA), 'product')).toBeNull();
    expect(
      ok<{ edges: unknown[] }>(await gql(SEARCH, { status: 'DRAFT' }, visitorA), 'products').edges,
    ).toEqual([]);
    expect(ok<ProductOut>(await gql(PRODUCT, { slug: 'secret-tee' }, alice), 'product').id).toBe(draft.id);
    // The page renderer (an internal caller) gets what visitors get: no draft on a public page.
    const renderer = internalContext('cms', tenantA);
    const grid = ok<({ id: string } | null)[]>(
      await gql(
        'query($ids: [ID!]!) { productsByIds(ids: $ids) { id } }',
        { ids: [draft.id, tshirt.id] },
        renderer,
      ),
      'productsByIds',
    );
    expect(grid).toEqual([null, { id: tshirt.id }]);
    // The renderer's link check by slug: the same visibility; another tenant's slugs are nobody's.
    const BY_SLUGS =
      'query($p: [String!]!, $c: [String!]!) { productsBySlugs(slugs: $p) { id } collectionsBySlugs(slugs: $c) { id } }';
    const bySlugs = await gql(
      BY_SLUGS,
      { p: ['secret-tee', 'logo-tee', 'Not A Slug', 'nope'], c: ['summer', 'nope'] },
      renderer,
    );
    expect(bySlugs.body.errors).toBeUndefined();
    expect(bySlugs.body.data).toEqual({
      productsBySlugs: [null, { id: tshirt.id }, null, null],
      collectionsBySlugs: [{ id: collectionId }, null],
    });
    const foreign = await gql(BY_SLUGS, { p: ['logo-tee'], c: ['summer'] }, internalContext('cms', tenantB));
    expect(foreign.body.data).toEqual({ productsBySlugs: [null], collectionsBySlugs: [null] });
    const reps = [{ __typename: 'Variant', id: draft.variants[0]!.id }];
    expect(
      ok(
        await gql(
          STOCK.replace(' stock { onHand reserved available location { name } }', ''),
          { reps },
          visitorA,
        ),
        '_entities',
      ),
    ).toEqual([null]);
  });

  it('shows stock levels only to catalog readers; inStock to everyone', async () => {
    const variantId = tshirt.variants[1]!.id;
    const level = ok<{ onHand: number; location: { isDefault: boolean } }>(
      await gql(SET_STOCK, { input: { variantId, onHand: 4 } }, alice),
      'setStock',
    );
    expect(level).toMatchObject({ onHand: 4, reserved: 0, available: 4, location: { isDefault: true } });
    const reps = [{ __typename: 'Variant', id: variantId }];
    const forEditor = ok<{ inStock: boolean; stock: { onHand: number; location: { name: string } }[] }[]>(
      await gql(STOCK, { reps }, carol),
      '_entities',
    );
    expect(forEditor[0]).toMatchObject({
      inStock: true,
      stock: [{ onHand: 4, location: { name: 'Default location' } }],
    });
    const forVisitor = await gql(STOCK, { reps }, visitorA);
    expect(forVisitor.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const inStock = ok<{ inStock: boolean; product: { id: string } }[]>(
      await gql(
        STOCK.replace(' stock { onHand reserved available location { name } }', ''),
        { reps },
        visitorA,
      ),
      '_entities',
    );
    expect(inStock[0]).toMatchObject({ inStock: true, product: { id: tshirt.id } });
    expectBadInput(await gql(SET_STOCK, { input: { variantId, onHand: -1 } }, alice), 'onHand');
  });
});

describe('locations', () => {
  it('creates, renames, switches the default, and refuses to delete one holding stock', async () => {
    const LOCATIONS = '{ locations { id name isDefault } }';
    const created = ok<{ id: string }>(
      await gql(
        `mutation { createLocation(input: { name: "Shop floor" }) { id name isDefault } }`,
        {},
        alice,
      ),
      'createLocation',
    );
    const variantId = tshirt.variants[0]!.id;
    ok(await gql(SET_STOCK, { input: { variantId, locationId: created.id, onHand: 2 } }, alice), 'setStock');
    const refused = await gql(`mutation($id: ID!) { deleteLocation(id: $id) }`, { id: created.id }, alice);
    expect(errorOf(refused).extensions?.code).toBe('CONFLICT');
    ok(
      await gql(
        `mutation($id: ID!) { updateLocation(id: $id, input: { name: "Shop", isDefault: true }) { id } }`,
        { id: created.id },
        alice,
      ),
      'updateLocation',
    );
    const list = ok<{ id: string; name: string; isDefault: boolean }[]>(
      await gql(LOCATIONS, {}, carol),
      'locations',
    );
    expect(list[0]).toEqual({ id: created.id, name: 'Shop', isDefault: true });
    expect(list.filter((l) => l.isDefault)).toHaveLength(1);
    const old = list.find((l) => l.name === 'Default location')!;
    ok(
      await gql(
        `mutation($id: ID!) { updateLocation(id: $id, input: { name: "Back room", isDefault: true }) { id } }`,
        { id: old.id },
        alice,
      ),
      'updateLocation',
    );
  });
});

describe('locations under concurrency (review findings)', () => {
  const CREATE_LOCATION = `mutation($name: String!, $d: Boolean) {
    createLocation(input: { name: $name, isDefault: $d }) { id isDefault } }`;
  const DELETE_LOCATION = 'mutation($id: ID!) { deleteLocation(id: $id) }';
  const stockAt = async (locationId: string) =>
    (
      await subgraph.sql.query(
        'select variant_id, on_hand from commerce.stock_level where location_id = $1',
        [locationId],
      )
    ).rows;

  it('a delete meeting a stock write in progress waits, then refuses (CONFLICT); the units stay', async () => {
    const loc = ok<{ id: string }>(await gql(CREATE_LOCATION, { name: 'Pop-up' }, alice), 'createLocation');
    const variantId = tshirt.variants[0]!.id;
    const writing = await holdTransaction(tenantA, async (em) => {
      await subgraph.service.inventory.setOnHand(
        { tenantId: tenantA },
        { variantId, locationId: loc.id, onHand: 3 },
        em,
      );
    });
    const deleting = gql(DELETE_LOCATION, { id: loc.id }, alice);
    await someoneWaitsForALock();
    writing.release();
    await writing.done;
    expect(errorOf(await deleting).extensions?.code).toBe('CONFLICT');
    expect(await stockAt(loc.id)).toEqual([{ variant_id: variantId, on_hand: 3 }]);
  });

  it('a stock write meeting a delete in progress waits, then answers NOT_FOUND (no raw FK error)', async () => {
    const loc = ok<{ id: string }>(await gql(CREATE_LOCATION, { name: 'Kiosk' }, alice), 'createLocation');
    const deleting = await holdTransaction(tenantA, async (em) => {
      await em.execute('select id from commerce.location where id = ? for update', [loc.id]);
      await em.execute('delete from commerce.location where id = ?', [loc.id]);
    });
    const writing = gql(
      SET_STOCK,
      { input: { variantId: tshirt.variants[0]!.id, locationId: loc.id, onHand: 4 } },
      alice,
    );
    await someoneWaitsForALock();
    deleting.release();
    await deleting.done;
    expect(errorOf(await writing).extensions?.code).toBe('NOT_FOUND');
    expect(await stockAt(loc.id)).toEqual([]);
  });

  it('concurrent "make this the default" calls leave exactly one default and never a raw error', async () => {
    for (let round = 0; round < 4; round++) {
      const results = await Promise.all([
        gql(CREATE_LOCATION, { name: `Hub ${round}a`, d: true }, alice),
        gql(CREATE_LOCATION, { name: `Hub ${round}b`, d: true }, alice),
      ]);
      for (const res of results) {
        if (res.body.errors) expect(errorOf(res).extensions?.code).toBe('CONFLICT');
      }
      expect(results.some((r) => !r.body.errors)).toBe(true);
      const others = ok<{ id: string; isDefault: boolean }[]>(
        await gql('{ locations { id isDefault } }', {}, alice),
        'locations',
      )
        .filter((l) => !l.isDefault)
        .slice(0, 2);
      const updates = await Promise.all(
        others.map((l) =>
          gql(
            'mutation($id: ID!) { updateLocation(id: $id, input: { name: "Switched", isDefault: true }) { id } }',
            { id: l.id },
            alice,
          ),
        ),
      );
      for (const res of updates) {
        if (res.body.errors) expect(errorOf(res).extensions?.code).toBe('CONFLICT');
      }
      const { rows } = await subgraph.sql.query(
        'select count(*)::int as n from commerce.location where tenant_id = $1 and is_default',
        [tenantA],
      );
      expect(rows[0].n).toBe(1);
    }
  });
});

describe('tenant boundary (attacker: tenant B)', () => {
  it("cannot read, edit, link or stock A's catalog; A's ids are NOT_FOUND and nothing changes", async () => {
    const before = await snapshot(tshirt.id);
    expect(ok(await gql(PRODUCT, { id: tshirt.id }, mallory), 'product')).toBeNull();
    expect(ok(await gql(PRODUCT, { slug: 'logo-tee' }, mallory), 'product')).toBeNull();
    const edit = await gql(UPDATE, { id: tshirt.id, v: 1, input: { title: 'pwned' } }, mallory);
    expect(errorOf(edit).extensions?.code).toBe('NOT_FOUND');
    const viaCollection = await gql(CREATE, { input: tee({ collectionIds: [collectionId] }) }, mallory);
    expect(errorOf(viaCollection).extensions?.code).toBe('NOT_FOUND');
    const stock = await gql(SET_STOCK, { input: { variantId: tshirt.variants[0]!.id, onHand: 99 } }, mallory);
    expect(errorOf(stock).extensions?.code).toBe('NOT_FOUND');
    const reps = [
      { __typename: 'Variant', id: tshirt.variants[0]!.id },
      { __typename: 'Product', id: tshirt.id },
    ];
    expect(
      ok(
        await gql(
          `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Variant { id } ... on Product { id } } }`,
          { reps },
          mallory,
        ),
        '_entities',
      ),
    ).toEqual([null, null]);
    expect(ok<{ edges: unknown[] }>(await gql(SEARCH, { collectionId }, mallory), 'products').edges).toEqual(
      [],
    );
    // B's own product may take A's variant id into its variant list: refused, nothing moves.
    const own = await create(mallory, tee({ slug: 'logo-tee' }));
    const steal = await gql(
      UPDATE,
      {
        id: own.id,
        v: 1,
        input: {
          variants: [
            {
              id: tshirt.variants[0]!.id,
              optionValues: ['S', 'Black'],
              prices: [{ currency: 'EUR', amount: 1 }],
            },
          ],
        },
      },
      mallory,
    );
    expect(errorOf(steal).extensions?.code).toBe('NOT_FOUND');
    // Slugs and SKUs are per store: B may use the same ones.
    expect(own.slug).toBe('logo-tee');
    const sameSku = await create(mallory, {
      title: 'Copy',
      variants: [{ sku: tshirt.variants[1]!.sku, prices: [{ currency: 'EUR', amount: 1 }] }],
    });
    expect(sameSku.variants[0]!.sku).toBe(tshirt.variants[1]!.sku);
    expect(await snapshot(tshirt.id)).toEqual(before);
    const location = ok<{ id: string }[]>(await gql('{ locations { id } }', {}, carol), 'locations')[0]!;
    const delLocation = await gql(
      `mutation($id: ID!) { deleteLocation(id: $id) }`,
      { id: location.id },
      mallory,
    );
    expect(errorOf(delLocation).extensions?.code).toBe('NOT_FOUND');
  });
});

describe('CSV export and import (worker jobs)', () => {
  const EXPORT = 'mutation { exportCatalog { id status kind } }';
  const IMPORT = 'mutation($csv: String!) { importCatalog(csv: $csv) { id status kind } }';

  it('exports the catalog to storage with a signed download link; the link is bound to its signature', async () => {
    const started = ok<JobOut>(await gql(EXPORT, {}, alice), 'exportCatalog');
    expect(started).toMatchObject({ kind: 'EXPORT', status: 'QUEUED' });
    const job = await waitForJob(alice, started.id);
    expect(job.status).toBe('SUCCEEDED');
    const url = new URL(job.downloadUrl!);
    expect(url.searchParams.get('sig')).toBeTruthy();
    const res = await fetch(`${filesOrigin}${url.pathname}${url.search}`);
    expect(res.status).toBe(200);
    const csv = await res.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('slug,title,status');
    expect(lines[0]).toContain('price_EUR,compare_at_EUR');
    expect(csv).toContain(tshirt.variants[0]!.sku);
    expect(csv).toContain('summer');
    const rows = job.summary.find((s) => s.name === 'rows')!.count;
    expect(lines).toHaveLength(rows + 1);
    const tampered = await fetch(`${filesOrigin}${url.pathname}?exp=${url.searchParams.get('exp')}&sig=AAAA`);
    expect(tampered.status).toBe(403);
    const unsigned = await fetch(`${filesOrigin}${url.pathname}`);
    expect(unsigned.status).toBe(404);
    // B cannot see A's job, and B's export holds only B's catalog.
    expect(errorOf(await gql(JOB, { id: started.id }, mallory)).extensions?.code).toBe('NOT_FOUND');
    const bJob = await waitForJob(mallory, ok<JobOut>(await gql(EXPORT, {}, mallory), 'exportCatalog').id);
    const bCsv = await (
      await fetch(`${filesOrigin}${new URL(bJob.downloadUrl!).pathname}${new URL(bJob.downloadUrl!).search}`)
    ).text();
    expect(bCsv).not.toContain(tshirt.variants[0]!.sku);
    expect(bCsv).toContain('Copy');
  });

  it('imports new and existing products by slug and SKU, with stock, in one go', async () => {
    const csv = [
      'slug,title,status,option1_name,option1_value,sku,weight_grams,stock,price_EUR,compare_at_EUR',
      `csv-cap,CSV Cap,active,Size,S,CAP-S,50,7,1500,2000`,
      `csv-cap,,,Size,M,CAP-M,55,0,1600,`,
      `logo-tee,Logo Tee (imported),,Size,S,${tshirt.variants[0]!.sku},,,2400,`,
    ].join('\n');
    const before = await counts();
    // The tee has two options and two currencies: a row giving one of each is refused, naming the row.
    const mixed = await waitForJob(alice, ok<JobOut>(await gql(IMPORT, { csv }, alice), 'importCatalog').id);
    expect(mixed.status).toBe('FAILED');
    expect(mixed.problems).toEqual([expect.objectContaining({ row: 4 })]);
    expect(mixed.problems[0]!.message).toContain('existing variants');
    expect(await counts()).toEqual(before);

    const good = csv.replace(`,2400,`, ',2400,').split('\n').slice(0, 3).join('\n');
    const job = await waitForJob(
      alice,
      ok<JobOut>(await gql(IMPORT, { csv: good }, alice), 'importCatalog').id,
    );
    expect(job.status, JSON.stringify(job.problems)).toBe('SUCCEEDED');
    expect(Object.fromEntries(job.summary.map((s) => [s.name, s.count]))).toMatchObject({
      productsCreated: 1,
      variantsCreated: 2,
      rows: 2,
    });
    const cap = ok<ProductOut>(await gql(PRODUCT, { slug: 'csv-cap' }, visitorA), 'product');
    expect(cap.options).toEqual([{ name: 'Size', values: ['S', 'M'] }]);
    expect(
      cap.variants.map((v) => [v.sku, v.price?.amount, v.compareAtPrice?.amount ?? null, v.inStock]),
    ).toEqual([
      ['CAP-S', 1500, 2000, true],
      ['CAP-M', 1600, null, false],
    ]);
    // Re-importing updates by SKU (idempotent content), and adds nothing.
    const again = await waitForJob(
      alice,
      ok<JobOut>(await gql(IMPORT, { csv: good.replace('1500', '1450') }, alice), 'importCatalog').id,
    );
    expect(Object.fromEntries(again.summary.map((s) => [s.name, s.count]))).toMatchObject({
      productsUpdated: 1,
      variantsUpdated: 2,
      variantsCreated: 0,
    });
    const capAgain = ok<ProductOut>(await gql(PRODUCT, { slug: 'csv-cap' }, visitorA), 'product');
    expect(capAgain.variants[0]!.price?.amount).toBe(1450);
  });

  it('reports every bad row and column and changes nothing (all or nothing)', async () => {
    const csv = [
      'slug,title,option1_name,option1_value,sku,price_EUR,price_XYZ',
      'ok-one,Fine,,,OK-1,100,',
      'Bad Slug,x,,,OK-2,100,',
      'ok-three,Neg,,,OK-3,-5,',
      'ok-four,Frac,,,OK-4,1.5,',
      `ok-five,Taken,,,${tshirt.variants[1]!.sku},100,`,
      'ok-six,Dup,,,OK-1,100,',
    ].join('\n');
    const before = await counts();
    const job = await waitForJob(alice, ok<JobOut>(await gql(IMPORT, { csv }, alice), 'importCatalog').id);
    expect(job.status).toBe('FAILED');
    expect(job.problems).toEqual([{ row: 1, column: 'price_XYZ', message: 'Unknown currency XYZ' }]);
    const fixedHeader = csv.replace(',price_XYZ', '').replace(/,$/gm, '');
    const job2 = await waitForJob(
      alice,
      ok<JobOut>(await gql(IMPORT, { csv: fixedHeader }, alice), 'importCatalog').id,
    );
    expect(job2.status).toBe('FAILED');
    expect(job2.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'slug'],
      [4, 'price_EUR'],
      [5, 'price_EUR'],
      [7, 'sku'],
    ]);
    expect(await counts()).toEqual(before);
    // Against the database: a SKU of another product.
    const job3 = await waitForJob(
      alice,
      ok<JobOut>(
        await gql(
          IMPORT,
          {
            csv: `slug,title,sku,price_EUR\nok-five,Taken,${tshirt.variants[1]!.sku},100\nok-one,Fine,OK-1,100`,
          },
          alice,
        ),
        'importCatalog',
      ).id,
    );
    expect(job3.status).toBe('FAILED');
    expect(job3.problems).toEqual([expect.objectContaining({ row: 2, column: 'sku' })]);
    expect(await counts()).toEqual(before);
    const { rows } = await subgraph.sql.query(
      `select count(*)::int as n from commerce.product where slug = 'ok-one'`,
    );
    expect(rows[0].n).toBe(0);
    // Malformed CSV and an oversized file.
    const broken = await waitForJob(
      alice,
      ok<JobOut>(await gql(IMPORT, { csv: 'slug,sku,price_EUR\n"a,b,1' }, alice), 'importCatalog').id,
    );
    expect(broken.problems[0]).toMatchObject({ row: 2, column: null });
    // Past the 1 MB request limit the subgraph refuses the body before the mutation runs.
    const huge = await gql(IMPORT, { csv: 'x'.repeat(1024 * 1024 + 1) }, alice);
    expect(errorOf(huge).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('guards exported cells against spreadsheet formulas and reads them back unchanged', async () => {
    const product = await create(alice, {
      title: '=HYPERLINK("http://evil")',
      variants: [{ sku: 'FORMULA-1', prices: [{ currency: 'EUR', amount: 100 }] }],
    });
    const job = await waitForJob(alice, ok<JobOut>(await gql(EXPORT, {}, alice), 'exportCatalog').id);
    const url = new URL(job.downloadUrl!);
    const csv = await (await fetch(`${filesOrigin}${url.pathname}${url.search}`)).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const line = csv.split('\r\n').find((l) => l.includes('FORMULA-1'))!;
    const header = csv.split('\r\n')[0]!;
    const back = await waitForJob(
      alice,
      ok<JobOut>(await gql(IMPORT, { csv: `${header}\r\n${line}\r\n` }, alice), 'importCatalog').id,
    );
    expect(back.status, JSON.stringify(back.problems)).toBe('SUCCEEDED');
    const reread = ok<ProductOut>(await gql(PRODUCT, { id: product.id }, alice), 'product');
    expect(reread.title).toBe('=HYPERLINK("http://evil")');
  });

  it('holds imported rows to the createProduct limits, naming row and column (review finding)', async () => {
    const header = 'slug,title,sku,option1_name,option1_value,seo_title,price_EUR';
    const rows = Array.from({ length: 300 }, (_, i) => `big,Big,BIG-${i},Size,S${i},${'x'.repeat(500)},100`);
    const parsed = parseImport([header, ...rows].join('\n'));
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { row: 2, column: 'seo_title', message: 'SEO title is too long (70 characters at most)' },
        { row: 2 + 100, column: 'option1_value', message: 'At most 100 values per option' },
        { row: 2 + 100, column: 'sku', message: 'A product has at most 100 variants' },
      ]),
    );
    const one = (fields: Record<string, string>) => {
      const columns = ['slug', 'title', 'sku', 'price_EUR', ...Object.keys(fields)];
      const values = ['one', 'One', 'ONE-1', '100', ...Object.values(fields)];
      return parseImport(`${columns.join(',')}\n${values.join(',')}`).problems.map((p) => [
        p.column,
        p.message,
      ]);
    };
    expect(one({ seo_description: 'd'.repeat(321) })).toEqual([
      ['seo_description', 'SEO description is too long (320 characters at most)'],
    ]);
    expect(one({ description: 'd'.repeat(20_001) })).toEqual([['description', 'Description is too long']]);
    expect(one({ variant_title: 'v'.repeat(201) })).toEqual([['variant_title', 'Title is too long']]);
    expect(one({ option1_name: 'n'.repeat(51), option1_value: 'S' })).toEqual([
      ['option1_name', 'Option name is too long'],
    ]);
    expect(one({ option1_name: 'Size', option1_value: 'v'.repeat(101) })[0]).toEqual([
      'option1_value',
      'Option value is too long',
    ]);
    const ids = Array.from({ length: 21 }, () => randomUUID()).join('|');
    expect(one({ image_asset_ids: ids })).toEqual([['image_asset_ids', 'At most 20 images']]);
    const slugs = Array.from({ length: 51 }, (_, i) => `c${i}`).join('|');
    expect(one({ collections: slugs })).toEqual([['collections', 'At most 50 collections']]);
    expect(one({ collections: 'Not A Slug' })[0]?.[0]).toBe('collections');
    expect(one({})).toEqual([]);

    // End to end: the job fails and nothing is written.
    const before = await counts();
    const job = await waitForJob(
      alice,
      ok<JobOut>(await gql(IMPORT, { csv: [header, ...rows].join('\n') }, alice), 'importCatalog').id,
    );
    expect(job.status).toBe('FAILED');
    expect(job.problems.map((p) => p.column)).toContain('seo_title');
    expect(await counts()).toEqual(before);
  });

  it('counts the existing variants: an import cannot take a product past 100 variants', async () => {
    const sizes = Array.from({ length: 95 }, (_, i) => `S${i}`);
    const big = await create(alice, {
      title: 'Many sizes',
      slug: 'many-sizes',
      options: [{ name: 'Size', values: sizes }],
      variants: sizes.map((size) => ({
        sku: `MANY-${size}`,
        optionValues: [size],
        prices: [{ currency: 'EUR', amount: 100 }],
      })),
    });
    expect(big.variants).toHaveLength(95);
    const extra = Array.from({ length: 6 }, (_, i) => `many-sizes,,MANY-X${i},Size,X${i},100`);
    const before = await counts();
    const job = await waitForJob(
      alice,
      ok<JobOut>(
        await gql(
          IMPORT,
          { csv: ['slug,title,sku,option1_name,option1_value,price_EUR', ...extra].join('\n') },
          alice,
        ),
        'importCatalog',
      ).id,
    );
    expect(job.status).toBe('FAILED');
    expect(job.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'sku',
        message: expect.stringMatching(/at most 100 variants/),
      }),
    ]);
    expect(await counts()).toEqual(before);
    // Five more is exactly the limit and fine.
    const fits = await waitForJob(
      alice,
      ok<JobOut>(
        await gql(
          IMPORT,
          { csv: ['slug,title,sku,option1_name,option1_value,price_EUR', ...extra.slice(0, 5)].join('\n') },
          alice,
        ),
        'importCatalog',
      ).id,
    );
    expect(fits.status, JSON.stringify(fits.problems)).toBe('SUCCEEDED');
    const { rows } = await subgraph.sql.query(
      'select count(*)::int as n from commerce.variant where product_id = $1',
      [big.id],
    );
    expect(rows[0].n).toBe(100);
  });

  it('waits for a product edit in progress and applies on top of it (no lost update)', async () => {
    const product = await create(alice, {
      title: 'Locked mug',
      slug: 'locked-mug',
      variants: [{ sku: 'LOCK-1', prices: [{ currency: 'EUR', amount: 100 }] }],
    });
    expect(product.version).toBe(1);
    const editing = await holdTransaction(tenantA, async (em) => {
      await em.execute('select id from commerce.product where id = ? for update', [product.id]);
      await em.execute(
        `update commerce.product set title = 'Edited meanwhile', version = version + 1 where id = ?`,
        [product.id],
      );
    });
    const started = ok<JobOut>(
      await gql(IMPORT, { csv: 'slug,title,sku,stock,price_EUR\nlocked-mug,,LOCK-1,5,150' }, alice),
      'importCatalog',
    );
    await someoneWaitsForALock();
    editing.release();
    await editing.done;
    const job = await waitForJob(alice, started.id);
    expect(job.status, JSON.stringify(job.problems)).toBe('SUCCEEDED');
    const after = ok<ProductOut>(await gql(PRODUCT, { id: product.id }, alice), 'product');
    // The import read the edited row: version 1 → 2 (edit) → 3 (import), the edit's title kept.
    expect(after).toMatchObject({ title: 'Edited meanwhile', version: 3 });
    expect(after.variants[0]!.prices[0]!.amount).toBe(150);
  });
});
