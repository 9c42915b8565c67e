import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db.js';
import { createStorage, type Storage } from '../../core/storage.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, callSubgraph, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import type { Asset } from './entities/assets.js';
import { AssetSchema } from './entities/assets.js';
import { startAssetsSubgraph } from './subgraph.js';

const tenantA = randomUUID();
const tenantB = randomUUID();
const contributorA = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');

let storage: Storage;
const subgraph = setUpTestSubgraph(async (config) => {
  storage = await createStorage(config);
  return startAssetsSubgraph(config, storage, { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) });
});
const gql = subgraph.gql.bind(subgraph);

const LIST = `query($first: Int, $after: String) { assets(first: $first, after: $after) {
  edges { cursor node { id filename contentType size alt url } } pageInfo { hasNextPage endCursor } } }`;
const ALT = 'mutation($id: ID!, $alt: String) { updateAssetAlt(id: $id, alt: $alt) { id alt } }';
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Asset { id filename url } } }`;

interface AssetOut {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  alt: string | null;
  url: string;
}
interface Connection {
  edges: { cursor: string; node: AssetOut }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function storedAlt(id: string): Promise<string | null | undefined> {
  const { rows } = await subgraph.sql.query('select alt from assets.asset where id = $1', [id]);
  return rows[0]?.alt;
}

const assetsA: Asset[] = [];
let assetB: Asset;

beforeAll(async () => {
  for (const name of ['one.png', 'two.PNG', 'three.png']) {
    assetsA.push(
      await subgraph.service.assets.store(contributorA, {
        filename: name,
        contentType: 'image/png',
        body: PNG,
      }),
    );
  }
  assetB = await subgraph.service.assets.store(mallory, {
    filename: 'b.png',
    contentType: 'image/png',
    body: PNG,
  });
});

describe('assets subgraph', () => {
  it('refuses requests without a valid context (none, wrong secret, expired), _entities included', async () => {
    expect((await callSubgraph(subgraph.service.url, LIST)).status).toBe(401);
    const entities = await callSubgraph(subgraph.service.url, ENTITIES, {
      reps: [{ __typename: 'Asset', id: assetsA[0]!.id }],
    });
    expect(entities.status).toBe(401);
    const forged = await callSubgraph(
      subgraph.service.url,
      ALT,
      { id: assetsA[0]!.id, alt: 'forged' },
      { ctx: contributorA, secret: 'f'.repeat(64) },
    );
    expect(forged.status).toBe(401);
    const expired = await callSubgraph(
      subgraph.service.url,
      LIST,
      {},
      { ctx: contributorA, secret: subgraph.config.contextSecret, ttl: -120 },
    );
    expect(expired.status).toBe(401);
    expect(await storedAlt(assetsA[0]!.id)).toBeNull();
  });

  it("stores files under the tenant's prefix and records them", async () => {
    const keys = await storage.list(`tenants/${tenantA}/`);
    expect(keys.sort()).toEqual(assetsA.map((a) => a.storageKey).sort());
    for (const asset of assetsA) {
      expect(asset.storageKey).toMatch(new RegExp(`^tenants/${tenantA}/assets/${asset.id}\\.png$`));
      expect(await storage.get(asset.storageKey)).toEqual(PNG);
    }
    expect(assetB.storageKey.startsWith(`tenants/${tenantB}/`)).toBe(true);
  });

  it('keeps a hostile file name out of the storage key', async () => {
    const asset = await subgraph.service.assets.store(contributorA, {
      filename: '../../../etc/passwd',
      contentType: 'text/plain',
      body: Buffer.from('x'),
    });
    expect(asset.storageKey).toBe(`tenants/${tenantA}/assets/${asset.id}`);
    assetsA.push(asset);
  });

  it('lists assets with cursor pagination across two pages', async () => {
    const first = ok<Connection>(await gql(LIST, { first: 2 }, contributorA), 'assets');
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok<Connection>(
      await gql(LIST, { first: 2, after: first.pageInfo.endCursor }, contributorA),
      'assets',
    );
    expect(second.edges).toHaveLength(2);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(ids.slice().sort()).toEqual(assetsA.map((a) => a.id).sort());
    const node = first.edges[0]!.node;
    expect(node).toMatchObject({ size: expect.any(Number), alt: null });
    expect(node.url).toContain(`tenants/${tenantA}/assets/`);
  });

  it('updates, trims and clears alt text; refuses more than 500 characters without changing it', async () => {
    const id = assetsA[0]!.id;
    expect(ok(await gql(ALT, { id, alt: '  A red mug  ' }, contributorA), 'updateAssetAlt')).toEqual({
      id,
      alt: 'A red mug',
    });
    expect(await storedAlt(id)).toBe('A red mug');
    const long = await gql(ALT, { id, alt: 'x'.repeat(501) }, contributorA);
    expect(errorOf(long).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alt' });
    expect(await storedAlt(id)).toBe('A red mug');
    const badId = await gql(ALT, { id: 'nope', alt: 'x' }, contributorA);
    expect(errorOf(badId).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(ok(await gql(ALT, { id: assetsA[1]!.id, alt: null }, contributorA), 'updateAssetAlt')).toEqual({
      id: assetsA[1]!.id,
      alt: null,
    });
  });

  it('refuses anonymous callers (UNAUTHENTICATED) and tenantless users (FORBIDDEN)', async () => {
    const id = assetsA[0]!.id;
    expect(errorOf(await gql(LIST, {}, anonymousContext(tenantA))).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(ALT, { id, alt: 'anon' }, anonymousContext(tenantA))).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorOf(await gql(ALT, { id, alt: 'x' }, userContext(randomUUID(), null, 'owner'))).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await storedAlt(id)).toBe('A red mug');
  });

  it("never shows A's assets to tenant B, in the list or through _entities", async () => {
    const list = ok<Connection>(await gql(LIST, {}, mallory), 'assets');
    expect(list.edges.map((e) => e.node.id)).toEqual([assetB.id]);
    const cursor = Buffer.from('00000000-0000-0000-0000-000000000000').toString('base64url');
    const viaCursor = ok<Connection>(await gql(LIST, { after: cursor }, mallory), 'assets');
    expect(viaCursor.edges.map((e) => e.node.id)).toEqual([assetB.id]);
    const refs = await gql(
      ENTITIES,
      {
        reps: [
          ...assetsA.map((a) => ({ __typename: 'Asset', id: a.id })),
          { __typename: 'Asset', id: assetB.id },
        ],
      },
      mallory,
    );
    const resolved = ok<(AssetOut | null)[]>(refs, '_entities');
    expect(resolved.slice(0, assetsA.length)).toEqual(assetsA.map(() => null));
    expect(resolved.at(-1)).toMatchObject({ id: assetB.id });
  });

  it("refuses B updating A's asset alt with NOT_FOUND and changes nothing", async () => {
    const id = assetsA[0]!.id;
    const res = await gql(ALT, { id, alt: 'defaced' }, mallory);
    expect(errorOf(res).extensions?.code).toBe('NOT_FOUND');
    expect(await storedAlt(id)).toBe('A red mug');
  });

  it('refuses store() without a tenant with FORBIDDEN and writes nothing to storage', async () => {
    const before = await storage.list('tenants/');
    const noTenant = userContext(randomUUID(), null, 'owner');
    await expect(
      subgraph.service.assets.store(noTenant, {
        filename: 'orphan.png',
        contentType: 'image/png',
        body: PNG,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await storage.list('tenants/')).toEqual(before);
  });

  it('leaves no orphan object in storage when recording the asset fails', async () => {
    const before = await storage.list(`tenants/${tenantA}/`);
    const { rows } = await subgraph.sql.query('select count(*)::int as n from assets.asset');
    // PostgreSQL text cannot hold NUL (the server refuses the message), so the insert fails after the
    // bytes were handed to storage.
    await expect(
      subgraph.service.assets.store(contributorA, {
        filename: 'bad\u0000name.png',
        contentType: 'image/png',
        body: PNG,
      }),
    ).rejects.toMatchObject({ code: '08P01', message: expect.stringMatching(/ - invalid message format$/) });
    expect((await subgraph.sql.query('select count(*)::int as n from assets.asset')).rows[0].n).toBe(
      rows[0].n,
    );
    expect(await storage.list(`tenants/${tenantA}/`)).toEqual(before);
  });

  it("keeps A's assets out of B's transaction even with the ORM filter off (RLS)", async () => {
    const seen = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.find(AssetSchema, {}, { filters: false }),
    );
    expect(seen.map((a) => a.id)).toEqual([assetB.id]);
    const raw = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.execute<{ n: number }[]>('select count(*)::int as n from assets.asset'),
    );
    expect(raw[0]!.n).toBe(1);
  });
});
