import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, callSubgraph, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { PageSchema } from './entities/cms.js';
import { startCmsSubgraph } from './subgraph.js';

interface Enqueued {
  name: string;
  payload: unknown;
  opts: unknown;
}

const enqueued: Enqueued[] = [];
const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    {
      enqueue: async (name, payload, opts) => {
        enqueued.push({ name, payload, opts });
      },
    },
    { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) },
  ),
);
const gql = subgraph.gql.bind(subgraph);

const PAGE_FIELDS = 'id path title status tree version publishedAt';
const CREATE_SITE = 'mutation($input: CreateSiteInput!) { createSite(input: $input) { id name } }';
const SAVE = `mutation($input: SavePageInput!) { savePage(input: $input) { ${PAGE_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int) { publishPage(id: $id, expectedVersion: $v) { ${PAGE_FIELDS} } }`;
const PAGE = `query($path: String!, $siteId: ID) { page(path: $path, siteId: $siteId) { ${PAGE_FIELDS} html } }`;
const DRAFT = `query($id: ID!) { draftPage(id: $id) { ${PAGE_FIELDS} } }`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  __typename ... on Page { id path title tree } ... on Site { id name } } }`;

interface PageOut {
  id: string;
  path: string;
  title: string;
  status: string;
  tree: { content: { type: string; props: Record<string, unknown> }[] };
  version: number;
  publishedAt: string | null;
  html: string;
}

const tree = (heading: string, extra: unknown[] = []) => ({
  content: [{ type: 'Heading', props: { text: heading, level: 1 } }, ...extra],
});

async function createSite(ctx: RequestContext, name: string): Promise<string> {
  return ok<{ id: string }>(await gql(CREATE_SITE, { input: { name } }, ctx), 'createSite').id;
}

async function savePage(ctx: RequestContext, input: Record<string, unknown>): Promise<PageOut> {
  return ok<PageOut>(await gql(SAVE, { input }, ctx), 'savePage');
}

async function publish(ctx: RequestContext, id: string): Promise<PageOut> {
  return ok<PageOut>(await gql(PUBLISH, { id }, ctx), 'publishPage');
}

/** The stored row, read as the database owner: what is really in the table. */
async function storedPage(id: string) {
  const { rows } = await subgraph.sql.query(
    'select tenant_id, path, title, status, draft_tree, published_tree, published_title, version from cms.page where id = $1',
    [id],
  );
  return rows[0] as Record<string, unknown> | undefined;
}

async function pageCount(): Promise<number> {
  const { rows } = await subgraph.sql.query('select count(*)::int as n from cms.page');
  return rows[0].n as number;
}

// Tenant A's site with a published /about page, and tenant B's own site with an /about page.
let siteA: string;
let siteB: string;
let pageA: PageOut;
let pageB: PageOut;

beforeAll(async () => {
  siteA = await createSite(alice, 'A main');
  siteB = await createSite(mallory, 'B main');
  pageA = await savePage(alice, { path: '/about', title: 'About A', tree: tree('Secret A heading') });
  pageA = await publish(alice, pageA.id);
  pageB = await savePage(mallory, { path: '/about', title: 'About B', tree: tree('B heading') });
  pageB = await publish(mallory, pageB.id);
});

describe('cms subgraph: gateway context', () => {
  it('refuses requests without a valid context (none, wrong secret, expired), _entities included', async () => {
    const none = await callSubgraph(subgraph.service.url, PAGE, { path: '/about' });
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const entities = await callSubgraph(subgraph.service.url, ENTITIES, {
      reps: [{ __typename: 'Page', id: pageA.id }],
    });
    expect(entities.status).toBe(401);
    expect(entities.body.data ?? null).toBeNull();
    const forged = await callSubgraph(
      subgraph.service.url,
      SAVE,
      { input: { id: pageA.id, path: '/x', title: 'x', tree: tree('x') } },
      {
        ctx: alice,
        secret: 'f'.repeat(64),
      },
    );
    expect(forged.status).toBe(401);
    const expired = await callSubgraph(
      subgraph.service.url,
      PAGE,
      { path: '/about' },
      {
        ctx: visitorA,
        secret: subgraph.config.contextSecret,
        ttl: -120,
      },
    );
    expect(expired.status).toBe(401);
    expect((await storedPage(pageA.id))?.path).toBe('/about');
  });
});

describe('cms subgraph: publishing', () => {
  it('creates, saves, publishes and serves the published page with its HTML to visitors', async () => {
    enqueued.length = 0;
    const siteId = await createSite(alice, 'Launch site');
    const draft = await savePage(alice, {
      siteId,
      path: '/launch',
      title: 'Launch <day>',
      tree: tree('We launch today'),
    });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, publishedAt: null });
    const before = await gql(PAGE, { path: '/launch', siteId }, visitorA);
    expect(ok(before, 'page')).toBeNull();
    expect(enqueued).toEqual([]);

    const published = await publish(alice, draft.id);
    expect(published.status).toBe('PUBLISHED');
    expect(enqueued).toHaveLength(1);
    expect(enqueued[0]).toMatchObject({ name: 'sitemap.regenerate', payload: { tenantId: tenantA, siteId } });
    expect(enqueued[0]!.payload).toEqual({ tenantId: tenantA, siteId });

    const page = ok<PageOut>(await gql(PAGE, { path: '/launch', siteId }, visitorA), 'page');
    expect(page).toMatchObject({ id: draft.id, path: '/launch', title: 'Launch <day>', status: 'PUBLISHED' });
    expect(page.tree.content).toEqual([{ type: 'Heading', props: { text: 'We launch today', level: 1 } }]);
    expect(page.html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(page.html).toContain('<h1 class="wh-heading">We launch today</h1>');
    expect(page.html).toContain('<title>Launch &lt;day&gt;</title>');
    expect(page.html).toMatch(/<\/html>$/);
  });

  it('keeps draft edits out of page(path) until they are republished', async () => {
    const draft = await savePage(alice, { path: '/pricing', title: 'Pricing', tree: tree('Old prices') });
    await publish(alice, draft.id);
    const edited = await savePage(alice, {
      id: draft.id,
      path: '/pricing',
      title: 'Pricing v2',
      tree: tree('New secret prices'),
      expectedVersion: 1,
    });
    expect(edited.version).toBe(2);

    const live = ok<PageOut>(await gql(PAGE, { path: '/pricing' }, visitorA), 'page');
    expect(live.title).toBe('Pricing');
    expect(live.tree.content[0]!.props.text).toBe('Old prices');
    expect(live.html).not.toContain('New secret prices');
    expect(live.html).toContain('<title>Pricing</title>');
    // Anonymous _entities must not leak the draft either.
    const ref = await gql(ENTITIES, { reps: [{ __typename: 'Page', id: draft.id }] }, visitorA);
    expect(ok<PageOut[]>(ref, '_entities')[0]).toMatchObject({ title: 'Pricing', tree: live.tree });
    // The editor sees the draft.
    const forEditor = ok<PageOut>(await gql(DRAFT, { id: draft.id }, alice), 'draftPage');
    expect(forEditor.tree.content[0]!.props.text).toBe('New secret prices');

    await publish(alice, draft.id);
    const republished = ok<PageOut>(await gql(PAGE, { path: '/pricing' }, visitorA), 'page');
    expect(republished.title).toBe('Pricing v2');
    expect(republished.html).toContain('New secret prices');
  });

  it('never serves a never-published draft to visitors, by path or through _entities', async () => {
    const draft = await savePage(alice, { path: '/unreleased', title: 'Soon', tree: tree('Embargoed') });
    expect(ok(await gql(PAGE, { path: '/unreleased' }, visitorA), 'page')).toBeNull();
    const ref = await gql(ENTITIES, { reps: [{ __typename: 'Page', id: draft.id }] }, visitorA);
    expect(ok(ref, '_entities')).toEqual([null]);
  });

  it('refuses a save with a stale expectedVersion with CONFLICT and keeps the stored page', async () => {
    const page = await savePage(alice, { path: '/team', title: 'Team', tree: tree('Team v1') });
    const second = await savePage(alice, {
      id: page.id,
      path: '/team',
      title: 'Team',
      tree: tree('Team v2'),
      expectedVersion: 1,
    });
    expect(second.version).toBe(2);
    const stored = await storedPage(page.id);
    const stale = await gql(
      SAVE,
      {
        input: {
          id: page.id,
          path: '/team',
          title: 'Overwrite',
          tree: tree('Lost update'),
          expectedVersion: 1,
        },
      },
      alice,
    );
    expect(errorOf(stale).extensions).toMatchObject({ code: 'CONFLICT', storedVersion: 2 });
    expect(await storedPage(page.id)).toEqual(stored);
    const stalePublish = await gql(PUBLISH, { id: page.id, v: 1 }, alice);
    expect(errorOf(stalePublish).extensions?.code).toBe('CONFLICT');
    expect((await storedPage(page.id))?.status).toBe('draft');
  });

  it('refuses a duplicate path (new page or rename) with CONFLICT naming path', async () => {
    const count = await pageCount();
    const dup = await gql(SAVE, { input: { path: '/about', title: 'Again', tree: tree('dup') } }, alice);
    expect(errorOf(dup).extensions).toMatchObject({ code: 'CONFLICT', field: 'path' });
    expect(await pageCount()).toBe(count);
    const other = await savePage(alice, { path: '/contact', title: 'Contact', tree: tree('Contact') });
    const before = await storedPage(other.id);
    const rename = await gql(
      SAVE,
      { input: { id: other.id, path: '/about', title: 'x', tree: tree('x') } },
      alice,
    );
    expect(errorOf(rename).extensions?.code).toBe('CONFLICT');
    expect(await storedPage(other.id)).toEqual(before);
    expect((await storedPage(pageA.id))?.title).toBe('About A');
  });
});

describe('cms subgraph: permissions', () => {
  it('refuses publishPage to a contributor with FORBIDDEN and publishes nothing', async () => {
    const draft = await savePage(carol, { path: '/by-carol', title: 'Carol', tree: tree('Draft by Carol') });
    enqueued.length = 0;
    const res = await gql(PUBLISH, { id: draft.id }, carol);
    expect(errorOf(res).extensions?.code).toBe('FORBIDDEN');
    expect(await storedPage(draft.id)).toMatchObject({ status: 'draft', published_tree: null });
    expect(enqueued).toEqual([]);
    expect(ok(await gql(PAGE, { path: '/by-carol' }, visitorA), 'page')).toBeNull();
  });

  it('refuses savePage and draftPage to anonymous callers with UNAUTHENTICATED', async () => {
    const count = await pageCount();
    const res = await gql(SAVE, { input: { path: '/anon', title: 'x', tree: tree('x') } }, visitorA);
    expect(errorOf(res).extensions?.code).toBe('UNAUTHENTICATED');
    const edit = await gql(
      SAVE,
      { input: { id: pageA.id, path: '/about', title: 'x', tree: tree('x') } },
      visitorA,
    );
    expect(errorOf(edit).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(DRAFT, { id: pageA.id }, visitorA)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await pageCount()).toBe(count);
  });

  it('refuses tenant-scoped work to a user whose context has no tenant with FORBIDDEN', async () => {
    const count = await pageCount();
    const noTenant = userContext(
      alice.actor.kind === 'user' ? alice.actor.userId : randomUUID(),
      null,
      'owner',
    );
    const res = await gql(SAVE, { input: { path: '/no-tenant', title: 'x', tree: tree('x') } }, noTenant);
    expect(errorOf(res).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(PUBLISH, { id: pageA.id }, noTenant)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(CREATE_SITE, { input: { name: 'x' } }, noTenant)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(await pageCount()).toBe(count);
  });
});

describe("cms subgraph: tenant B attacking tenant A's content", () => {
  it("never shows A's page to B by path, by id, with A's site id, or in B's site list", async () => {
    const byPath = ok<PageOut>(await gql(PAGE, { path: '/about' }, mallory), 'page');
    expect(byPath.id).toBe(pageB.id);
    expect(byPath.html).not.toContain('Secret A heading');
    const anonB = ok<PageOut>(await gql(PAGE, { path: '/about' }, visitorB), 'page');
    expect(anonB.id).toBe(pageB.id);
    expect(ok(await gql(PAGE, { path: '/about', siteId: siteA }, mallory), 'page')).toBeNull();
    expect(ok(await gql(PAGE, { path: '/pricing' }, visitorB), 'page')).toBeNull();
    expect(ok(await gql(DRAFT, { id: pageA.id }, mallory), 'draftPage')).toBeNull();
    const sites = ok<{ edges: { node: { id: string } }[] }>(
      await gql('{ sites { edges { node { id } } } }', {}, mallory),
      'sites',
    );
    expect(sites.edges.map((e) => e.node.id)).toEqual([siteB]);
  });

  it("resolves A's Page and Site representations to null for B, signed in or anonymous", async () => {
    const reps = [
      { __typename: 'Page', id: pageA.id },
      { __typename: 'Site', id: siteA },
      { __typename: 'Page', id: pageB.id },
    ];
    const asOwner = ok<unknown[]>(await gql(ENTITIES, { reps }, mallory), '_entities');
    expect(asOwner[0]).toBeNull();
    expect(asOwner[1]).toBeNull();
    expect(asOwner[2]).toMatchObject({ id: pageB.id });
    const asVisitor = ok<unknown[]>(await gql(ENTITIES, { reps }, visitorB), '_entities');
    expect(asVisitor.slice(0, 2)).toEqual([null, null]);
  });

  it("refuses B's savePage on A's page id with NOT_FOUND and leaves A's page unchanged", async () => {
    const before = await storedPage(pageA.id);
    const res = await gql(
      SAVE,
      { input: { id: pageA.id, path: '/about', title: 'Defaced', tree: tree('pwned') } },
      mallory,
    );
    expect(errorOf(res).extensions?.code).toBe('NOT_FOUND');
    expect(await storedPage(pageA.id)).toEqual(before);
    const seenByA = ok<PageOut>(await gql(DRAFT, { id: pageA.id }, alice), 'draftPage');
    expect(seenByA).toMatchObject({ title: 'About A', version: pageA.version });
    expect(seenByA.tree.content[0]!.props.text).toBe('Secret A heading');
  });

  it("refuses B creating a page in A's site with NOT_FOUND", async () => {
    const count = await pageCount();
    const res = await gql(
      SAVE,
      { input: { siteId: siteA, path: '/planted', title: 'x', tree: tree('x') } },
      mallory,
    );
    expect(errorOf(res).extensions?.code).toBe('NOT_FOUND');
    expect(await pageCount()).toBe(count);
  });

  it("refuses B publishing A's page with NOT_FOUND, enqueues nothing", async () => {
    const draft = await savePage(alice, { path: '/a-draft', title: 'A draft', tree: tree('not yet') });
    enqueued.length = 0;
    const res = await gql(PUBLISH, { id: draft.id }, mallory);
    expect(errorOf(res).extensions?.code).toBe('NOT_FOUND');
    expect(await storedPage(draft.id)).toMatchObject({ status: 'draft', published_tree: null });
    expect(enqueued).toEqual([]);
  });
});

describe('cms subgraph: bad input', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'unknown component',
      { tree: { content: [{ type: 'Script', props: { src: 'x' } }] } },
      /tree\.content\[0\]\.type/,
    ],
    [
      'javascript: href',
      {
        tree: {
          content: [{ type: 'Button', props: { label: 'Click', href: 'javascript:alert(document.cookie)' } }],
        },
      },
      /tree\.content\[0\]\.props\.href/,
    ],
    [
      'oversized tree',
      { tree: { content: Array.from({ length: 501 }, () => ({ type: 'Spacer', props: {} })) } },
      /^tree\.content: more than 500/,
    ],
    [
      'oversized bytes',
      { tree: { content: [{ type: 'Text', props: { text: 'x'.repeat(300_000) } }] } },
      /^tree: larger/,
    ],
    ['malformed path', { path: '/../Admin' }, /^path: /],
    ['path without slash', { path: 'about' }, /^path: /],
    ['empty title', { title: '   ' }, /^title: /],
  ];

  for (const [name, override, message] of cases) {
    it(`refuses ${name} with BAD_USER_INPUT naming the path and stores nothing`, async () => {
      const count = await pageCount();
      const before = await storedPage(pageA.id);
      const create = await gql(
        SAVE,
        { input: { path: '/new-page', title: 'New', tree: tree('x'), ...override } },
        alice,
      );
      expect(errorOf(create).extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(create).message).toMatch(message);
      const update = await gql(
        SAVE,
        {
          input: {
            id: pageA.id,
            path: '/about',
            title: 'About A',
            tree: tree('Secret A heading'),
            ...override,
          },
        },
        alice,
      );
      expect(errorOf(update).extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(update).message).toMatch(message);
      expect(await pageCount()).toBe(count);
      expect(await storedPage(pageA.id)).toEqual(before);
    });
  }

  it('returns null, not an internal error, for a malformed path or site id in page()', async () => {
    expect(ok(await gql(PAGE, { path: '/../etc' }, visitorA), 'page')).toBeNull();
    // No site has that id: no such page, never a database error.
    expect(ok(await gql(PAGE, { path: '/about', siteId: 'not-a-uuid' }, visitorA), 'page')).toBeNull();
  });

  it('resolves malformed Page and Site representation ids to null, not an internal error', async () => {
    const res = await gql(
      ENTITIES,
      {
        reps: [
          { __typename: 'Page', id: 'x' },
          { __typename: 'Site', id: "x' or '1'='1" },
        ],
      },
      alice,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    expect(res.body.data?._entities).toEqual([null, null]);
  });

  it('refuses a malformed id in draftPage/publishPage with BAD_USER_INPUT', async () => {
    expect(errorOf(await gql(DRAFT, { id: 'x' }, alice)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(errorOf(await gql(PUBLISH, { id: "1' or '1'='1" }, alice)).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('cms subgraph: row-level security as the second lock', () => {
  it("hides A's rows from B's transaction even with the ORM tenant filter turned off", async () => {
    const { rows } = await subgraph.sql.query(
      'select tenant_id, count(*)::int as n from cms.page group by tenant_id',
    );
    const counts = Object.fromEntries(rows.map((r: { tenant_id: string; n: number }) => [r.tenant_id, r.n]));
    expect(counts[tenantA]).toBeGreaterThan(1);
    expect(counts[tenantB]).toBeGreaterThanOrEqual(1);

    const seen = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.find(PageSchema, {}, { filters: false }),
    );
    expect(seen.length).toBe(counts[tenantB]);
    expect(seen.every((p) => p.tenantId === tenantB)).toBe(true);
    expect(seen.map((p) => p.id)).not.toContain(pageA.id);

    const raw = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.execute<{ n: number; mine: number }[]>(
        `select count(*)::int as n, count(*) filter (where tenant_id = '${tenantB}')::int as mine from cms.page`,
      ),
    );
    expect(raw[0]).toEqual({ n: counts[tenantB], mine: counts[tenantB] });
    const sites = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.execute<{ id: string }[]>('select id from cms.site'),
    );
    expect(sites.map((s) => s.id)).toEqual([siteB]);
  });

  it("refuses B's transaction writing or planting rows of A, even by raw SQL", async () => {
    const before = await storedPage(pageA.id);
    const updated = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.execute(`update cms.page set title = 'pwned' where id = '${pageA.id}'`, [], 'run'),
    );
    expect((updated as { affectedRows?: number }).affectedRows ?? 0).toBe(0);
    await expect(
      withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
        em.execute(
          `insert into cms.page (id, tenant_id, site_id, path, title, status, draft_tree)
           values ('${randomUUID()}', '${tenantA}', '${siteA}', '/planted', 'x', 'draft', '{}')`,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await storedPage(pageA.id)).toEqual(before);
  });
});
