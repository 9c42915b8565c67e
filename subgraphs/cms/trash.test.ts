import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { createEventBus } from '../../core/events.js';
import type { JobName } from '../../core/jobs.js';
import { platformPlans } from '../../core/plans.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, expectPlanLimit, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startCmsSubgraph } from './subgraph.js';

/**
 * The trash (services/trash.ts, ADR 0053): deletePage, restorePage and trashedPages, what visitors
 * and the plan's page count see of a trashed page, and the tenant boundary from the attacker's side.
 */
const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const pageLimit = platformPlans().get('free').limits.pages;
const jobs: JobName[] = [];

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    { enqueue: async (name) => void jobs.push(name) },
    { port: 0, tenants: fixedTenantLookup({ plan: 'free' }) },
  ),
);

const FIELDS = 'id path title status version deletedAt';
const SAVE = `mutation($input: SavePageInput!) { savePage(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishPage(id: $id) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int) { deletePage(id: $id, expectedVersion: $v) { ${FIELDS} } }`;
const RESTORE = `mutation($id: ID!, $path: String) { restorePage(id: $id, path: $path) { ${FIELDS} } }`;
const TRASH = `query($siteId: ID, $after: String) { trashedPages(siteId: $siteId, first: 2, after: $after) {
  edges { node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const VISIT = 'query($path: String!) { page(path: $path) { id title } }';
const DRAFT = 'query($id: ID!) { draftPage(id: $id) { id } }';

interface PageOut {
  id: string;
  path: string;
  title: string;
  status: string;
  version: number;
  deletedAt: string | null;
}
interface TrashOut {
  edges: { node: PageOut }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const tree = { content: [{ type: 'Heading', props: { text: 'Hi', level: 1 } }] };
const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
  subgraph.gql(query, variables, ctx);
const save = async (ctx: RequestContext, input: Record<string, unknown>) =>
  ok<PageOut>(await gql(SAVE, { input: { title: 'A page', tree, ...input } }, ctx), 'savePage');
const trashOf = async (ctx: RequestContext, siteId?: string) =>
  ok<TrashOut>(await gql(TRASH, { siteId }, ctx), 'trashedPages');
const codeOf = (res: Awaited<ReturnType<typeof gql>>) => errorOf(res).extensions?.code;

let siteA: string;
let siteB: string;

describe('the page trash', () => {
  it('takes a deleted live page off the storefront, purges the caches, lists it, and restores it live', async () => {
    siteA = ok<{ id: string }>(
      await gql('mutation { createSite(input: { name: "A" }) { id } }', {}, alice),
      'createSite',
    ).id;
    siteB = ok<{ id: string }>(
      await gql('mutation { createSite(input: { name: "B" }) { id } }', {}, mallory),
      'createSite',
    ).id;
    const page = await save(alice, { path: '/about', title: 'About' });
    ok(await gql(PUBLISH, { id: page.id }, alice), 'publishPage');
    const bus = createEventBus(subgraph.config, 'trash-test');
    const heard: string[] = [];
    await bus.subscribe('pages-changed', (tenantId) => heard.push(tenantId));
    try {
      jobs.length = 0;
      expect(codeOf(await gql(DELETE, { id: page.id, v: page.version + 5 }, alice))).toBe('CONFLICT');
      const deleted = ok<PageOut>(await gql(DELETE, { id: page.id, v: page.version }, alice), 'deletePage');
      expect(deleted.deletedAt).not.toBeNull();
      expect(heard).toEqual([tenantA]);
      expect(jobs).toEqual(['sitemap.regenerate']);
      expect((await gql(VISIT, { path: '/about' }, visitorA)).body.data?.page).toBeNull();
      expect(ok(await gql(DRAFT, { id: page.id }, alice), 'draftPage')).toBeNull();
      // Nothing but the trash and restorePage knows it: a second delete finds nothing.
      expect(codeOf(await gql(DELETE, { id: page.id }, alice))).toBe('NOT_FOUND');
      expect((await trashOf(alice, siteA)).edges.map((e) => e.node)).toEqual([
        { ...deleted, status: 'PUBLISHED' },
      ]);

      const restored = ok<PageOut>(await gql(RESTORE, { id: page.id }, alice), 'restorePage');
      expect(restored).toMatchObject({ path: '/about', status: 'PUBLISHED', deletedAt: null });
      expect(heard).toEqual([tenantA, tenantA]);
      expect(ok(await gql(VISIT, { path: '/about' }, visitorA), 'page')).toEqual({
        id: page.id,
        title: 'About',
      });
      expect((await trashOf(alice, siteA)).edges).toEqual([]);
      expect(codeOf(await gql(RESTORE, { id: page.id }, alice))).toBe('NOT_FOUND');
    } finally {
      await bus.close();
    }
  });

  it("frees a trashed page's path for another page; restoring then needs a new path", async () => {
    const old = await save(alice, { path: '/contact', title: 'Old contact' });
    ok(await gql(DELETE, { id: old.id }, alice), 'deletePage');
    const replacement = await save(alice, { path: '/contact', title: 'New contact' });
    const refused = errorOf(await gql(RESTORE, { id: old.id }, alice));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', field: 'path' });
    expect(refused.message).toBe('Another page now uses the path /contact: restore it under another path');
    expect(errorOf(await gql(RESTORE, { id: old.id, path: 'Not a path' }, alice)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'path',
    });
    const restored = ok<PageOut>(
      await gql(RESTORE, { id: old.id, path: '/old-contact' }, alice),
      'restorePage',
    );
    expect(restored).toMatchObject({ path: '/old-contact', version: old.version + 1, deletedAt: null });
    expect(ok<{ id: string }>(await gql(DRAFT, { id: replacement.id }, alice), 'draftPage').id).toBe(
      replacement.id,
    );
  });

  it('lets a Contributor trash and restore drafts, never live pages', async () => {
    const draft = await save(carol, { path: '/carols-draft' });
    ok(await gql(DELETE, { id: draft.id }, carol), 'deletePage');
    ok(await gql(RESTORE, { id: draft.id }, carol), 'restorePage');
    const live = await save(alice, { path: '/live' });
    ok(await gql(PUBLISH, { id: live.id }, alice), 'publishPage');
    expect(codeOf(await gql(DELETE, { id: live.id }, carol))).toBe('FORBIDDEN');
    ok(await gql(DELETE, { id: live.id }, alice), 'deletePage');
    expect(codeOf(await gql(RESTORE, { id: live.id }, carol))).toBe('FORBIDDEN');
    expect((await trashOf(carol, siteA)).edges.map((e) => e.node.id)).toEqual([live.id]);
    // Visitors see no trash at all.
    expect(codeOf(await gql(TRASH, {}, visitorA))).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it("refuses another tenant's pages and site, and lists only the tenant's own trash", async () => {
    const [target] = (await trashOf(alice, siteA)).edges.map((e) => e.node);
    const livePage = await save(alice, { path: '/not-yours' });
    expect(codeOf(await gql(DELETE, { id: livePage.id }, mallory))).toBe('NOT_FOUND');
    expect(codeOf(await gql(RESTORE, { id: target!.id }, mallory))).toBe('NOT_FOUND');
    expect(codeOf(await gql(TRASH, { siteId: siteA }, mallory))).toBe('NOT_FOUND');
    expect((await trashOf(mallory)).edges).toEqual([]);
    expect((await trashOf(mallory, siteB)).edges).toEqual([]);
    // Alice's pages are untouched.
    expect(ok<{ id: string }>(await gql(DRAFT, { id: livePage.id }, alice), 'draftPage').id).toBe(
      livePage.id,
    );
    expect((await trashOf(alice)).edges.map((e) => e.node.id)).toEqual([target!.id]);
    expect(codeOf(await gql(DELETE, { id: 'not-an-id' }, alice))).toBe('BAD_USER_INPUT');
  });

  it('pages in the trash leave the plan count; restoring one counts it again', async () => {
    const { rows } = await subgraph.sql.query(
      'select count(*)::int as n from cms.page where tenant_id = $1 and deleted_at is null',
      [tenantA],
    );
    const room = pageLimit - (rows[0].n as number);
    const made: PageOut[] = [];
    for (let i = 0; i < room; i++) made.push(await save(alice, { path: `/fill-${i}` }));
    expectPlanLimit(
      await gql(SAVE, { input: { path: '/one-more', title: 'x', tree } }, alice),
      'pages',
      pageLimit,
    );
    ok(await gql(DELETE, { id: made[0]!.id }, alice), 'deletePage');
    await save(alice, { path: '/one-more' });
    expectPlanLimit(await gql(RESTORE, { id: made[0]!.id }, alice), 'pages', pageLimit);
    // Paging through the trash (three pages now), two at a time: every page once.
    ok(await gql(DELETE, { id: made[1]!.id }, alice), 'deletePage');
    const first = await trashOf(alice);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok<TrashOut>(await gql(TRASH, { after: first.pageInfo.endCursor }, alice), 'trashedPages');
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...rest.edges].map((e) => e.node.id);
    expect(ids).toHaveLength(3);
    expect(ids).toEqual(expect.arrayContaining([made[0]!.id, made[1]!.id]));
  });
});
