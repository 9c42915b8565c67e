import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import { createEventBus } from '../../core/events.js';
import { createJobQueue, type JobName, type JobPayloads } from '../../core/jobs.js';
import { parseKeyring } from '../../core/secrets.js';
import { isPrivateAddress, UnsafeTargetError } from '../../core/ssrf.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { webhookDeliverHandler } from './jobs/webhook-deliver.js';
import { isSafeHref } from './services/navigation.js';
import { signPreviewToken, verifyPreviewToken } from './services/preview-tokens.js';
import { PageLifecycle, PublishingService } from './services/publishing.js';
import { diffVersions } from './services/versions.js';
import { WebhookService } from './services/webhooks.js';
import { startCmsSubgraph } from './subgraph.js';

interface Enqueued {
  name: JobName;
  payload: JobPayloads[JobName];
  opts: { delayMs?: number; jobId?: string } | undefined;
}

let database: TestDatabase;
let config: Config;
let service: Awaited<ReturnType<typeof startCmsSubgraph>>;
let sql: pg.Client;
const enqueued: Enqueued[] = [];

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);

let siteA: string;
const assetsOfA = new Set<string>();

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({ DATABASE_URL: database.url });
  service = await startCmsSubgraph(
    config,
    {
      enqueue: async (name, payload, opts) => {
        enqueued.push({ name, payload, opts });
      },
    },
    {
      port: 0,
      tenants: fixedTenantLookup({ plan: 'business' }),
      // The assets and commerce subgraphs, as far as this file needs them: which ids tenant A owns.
      references: {
        existing: async (ctx, ids) => ({
          productIds: new Set(),
          assetIds: new Set(ctx.tenantId === tenantA ? ids.assetIds.filter((id) => assetsOfA.has(id)) : []),
        }),
      },
    },
  );
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  siteA = ok<{ id: string }>(
    await gql('mutation { createSite(input: { name: "A" }) { id } }', {}, alice),
    'createSite',
  ).id;
  await gql('mutation { createSite(input: { name: "B" }) { id } }', {}, mallory);
});

afterAll(async () => {
  await sql?.end();
  await service?.close();
  await database?.drop();
});

type Result = Awaited<ReturnType<typeof callSubgraph>>;

function gql(query: string, variables: Record<string, unknown>, ctx: RequestContext): Promise<Result> {
  return callSubgraph(service.url, query, variables, { ctx, secret: config.contextSecret });
}

function ok<T>(res: Result, field: string): T {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field] as T;
}

function codeOf(res: Result): string | undefined {
  return res.body.errors?.[0]?.extensions?.code;
}

const FIELDS =
  'id path title status version scheduledAt scheduleNote seoTitle seoDescription canonicalUrl ogImageAssetId';
const SAVE = `mutation($input: SavePageInput!) { savePage(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int) { publishPage(id: $id, expectedVersion: $v) { ${FIELDS} } }`;
const PAGE =
  'query($path: String!) { page(path: $path) { id title path html } redirect(path: $path) { to status } }';

interface PageOut {
  id: string;
  path: string;
  title: string;
  status: string;
  version: number;
  scheduledAt: string | null;
  scheduleNote: string | null;
  seoTitle: string | null;
  canonicalUrl: string | null;
}

const tree = (heading: string, extra: unknown[] = []) => ({
  content: [{ type: 'Heading', props: { text: heading, level: 1 } }, ...extra],
});

async function save(ctx: RequestContext, input: Record<string, unknown>): Promise<PageOut> {
  return ok<PageOut>(await gql(SAVE, { input }, ctx), 'savePage');
}

async function publish(ctx: RequestContext, id: string, v?: number): Promise<PageOut> {
  return ok<PageOut>(await gql(PUBLISH, { id, v }, ctx), 'publishPage');
}

describe('page versions', () => {
  it('stores an immutable version per save, lists them newest first, diffs and restores', async () => {
    const v1 = await save(alice, { path: '/history', title: 'History', tree: tree('One') });
    await save(alice, {
      id: v1.id,
      path: '/history',
      title: 'History 2',
      tree: tree('Two', [{ type: 'Heading', props: { text: 'Extra', level: 2 } }]),
      expectedVersion: 1,
    });
    const VERSIONS = `query($id: ID!, $after: String) { draftPage(id: $id) { versions(first: 1, after: $after) {
      edges { cursor node { version title tree createdBy createdAt } } pageInfo { hasNextPage endCursor } } } }`;
    const first = ok<{
      versions: {
        edges: { node: { version: number; createdBy: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(await gql(VERSIONS, { id: v1.id }, alice), 'draftPage').versions;
    expect(first.edges.map((e) => e.node.version)).toEqual([2]);
    expect(first.edges[0]!.node.createdBy).toBe(`user:${(alice.actor as { userId: string }).userId}`);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok<{ versions: { edges: { node: { version: number } }[] } }>(
      await gql(VERSIONS, { id: v1.id, after: first.pageInfo.endCursor }, alice),
      'draftPage',
    ).versions;
    expect(second.edges.map((e) => e.node.version)).toEqual([1]);

    const diff = ok<Record<string, unknown>>(
      await gql('query($id: ID!) { pageVersionDiff(pageId: $id, from: 1, to: 2) }', { id: v1.id }, alice),
      'pageVersionDiff',
    );
    expect(diff).toEqual({
      from: 1,
      to: 2,
      title: { from: 'History', to: 'History 2' },
      components: [
        {
          change: 'changed',
          path: 'content.0',
          type: 'Heading',
          props: { text: { from: 'One', to: 'Two' } },
        },
        {
          change: 'added',
          path: 'content.1',
          type: 'Heading',
          props: { level: { from: null, to: 2 }, text: { from: null, to: 'Extra' } },
        },
      ],
    });

    const stale = await gql(
      `mutation($id: ID!) { restorePageVersion(pageId: $id, version: 1, expectedVersion: 1) { version } }`,
      { id: v1.id },
      alice,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((stale.body.errors![0]!.extensions as { storedVersion?: number }).storedVersion).toBe(2);

    const restored = ok<{ version: number; title: string }>(
      await gql(
        `mutation($id: ID!) { restorePageVersion(pageId: $id, version: 1, expectedVersion: 2) { version title } }`,
        { id: v1.id },
        alice,
      ),
      'restorePageVersion',
    );
    expect(restored).toEqual({ version: 3, title: 'History' });
    const { rows } = await sql.query(
      'select version, title from cms.page_version where page_id = $1 order by version',
      [v1.id],
    );
    expect(rows).toEqual([
      { version: 1, title: 'History' },
      { version: 2, title: 'History 2' },
      { version: 3, title: 'History' },
    ]);
  });

  it('hides versions and diffs from visitors and from another tenant', async () => {
    const page = await save(alice, { path: '/private-history', title: 'P', tree: tree('p') });
    await publish(alice, page.id);
    const visitor = await gql(
      'query { page(path: "/private-history") { versions { edges { node { version } } } } }',
      {},
      visitorA,
    );
    expect(codeOf(visitor)).toBe('UNAUTHENTICATED');
    const foreign = await gql(
      'query($id: ID!) { pageVersionDiff(pageId: $id, from: 1, to: 1) }',
      { id: page.id },
      mallory,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });

  it('diffs path, type changes and removals by index path', () => {
    const base = {
      root: { props: {} },
      content: [
        { type: 'Heading', props: { text: 'a' } },
        { type: 'Spacer', props: {} },
      ],
    };
    const diff = diffVersions(
      { version: 1, title: 't', path: '/a', tree: base, seo: {} },
      {
        version: 2,
        title: 't',
        path: '/b',
        tree: { root: { props: {} }, content: [{ type: 'Text', props: { text: 'a' } }] },
        seo: { seoTitle: 'S' },
      },
    );
    expect(diff.path).toEqual({ from: '/a', to: '/b' });
    expect(diff.seo).toEqual({ seoTitle: { from: null, to: 'S' } });
    expect(diff.components).toEqual([
      { change: 'changed', path: 'content.0', type: 'Text', fromType: 'Heading', props: {} },
      { change: 'removed', path: 'content.1', type: 'Spacer' },
    ]);
  });
});

describe('SEO fields', () => {
  it('saves and validates seoTitle, seoDescription, canonicalUrl and ogImageAssetId', async () => {
    const assetId = randomUUID();
    assetsOfA.add(assetId);
    const page = await save(alice, {
      path: '/seo',
      title: 'SEO',
      tree: tree('seo'),
      seoTitle: 'Best shop',
      seoDescription: 'We sell things',
      canonicalUrl: 'https://shop.example.com/seo',
      ogImageAssetId: assetId,
    });
    expect(page).toMatchObject({ seoTitle: 'Best shop', canonicalUrl: 'https://shop.example.com/seo' });
    for (const [field, value] of [
      ['canonicalUrl', 'javascript:alert(1)'],
      ['canonicalUrl', 'https://user:pw@shop.example.com/'],
      ['canonicalUrl', '/relative'],
      ['seoTitle', 'x'.repeat(71)],
      ['ogImageAssetId', 'not-a-uuid'],
    ] as const) {
      const res = await gql(
        SAVE,
        { input: { id: page.id, path: '/seo', title: 'SEO', tree: tree('seo'), [field]: value } },
        alice,
      );
      expect(codeOf(res), `${field}=${value}`).toBe('BAD_USER_INPUT');
    }
    const kept = await save(alice, {
      id: page.id,
      path: '/seo',
      title: 'SEO',
      tree: tree('seo'),
      canonicalUrl: null,
    });
    expect(kept).toMatchObject({ seoTitle: 'Best shop', canonicalUrl: null });
  });
});

describe('redirects', () => {
  it('keeps old paths of a moved published page as 301 redirects, without chains or loops', async () => {
    const page = await save(alice, { path: '/old', title: 'Moving', tree: tree('moving') });
    await publish(alice, page.id);
    const moved = await save(alice, { id: page.id, path: '/new', title: 'Moving', tree: tree('moving') });
    const old = await gql(PAGE, { path: '/old' }, visitorA);
    expect(old.body.data).toEqual({ page: null, redirect: { to: '/new', status: 301 } });
    expect(ok<{ title: string }>(await gql(PAGE, { path: '/new' }, visitorA), 'page').title).toBe('Moving');
    await save(alice, {
      id: page.id,
      path: '/newest',
      title: 'Moving',
      tree: tree('moving'),
      expectedVersion: moved.version,
    });
    expect((await gql(PAGE, { path: '/old' }, visitorA)).body.data?.redirect).toEqual({
      to: '/newest',
      status: 301,
    });
    expect((await gql(PAGE, { path: '/new' }, visitorA)).body.data?.redirect).toEqual({
      to: '/newest',
      status: 301,
    });
    // Moving back to /old drops the redirect away from it.
    await save(alice, { id: page.id, path: '/old', title: 'Moving', tree: tree('moving') });
    expect((await gql(PAGE, { path: '/old' }, visitorA)).body.data).toMatchObject({
      page: { title: 'Moving' },
      redirect: null,
    });
    expect((await gql(PAGE, { path: '/newest' }, visitorA)).body.data?.redirect).toEqual({
      to: '/old',
      status: 301,
    });
    // Another tenant sees nothing.
    expect((await gql(PAGE, { path: '/new' }, visitorB)).body.data).toEqual({ page: null, redirect: null });
  });

  it('keeps no redirect for a draft that never went live', async () => {
    const page = await save(alice, { path: '/draft-a', title: 'D', tree: tree('d') });
    await save(alice, { id: page.id, path: '/draft-b', title: 'D', tree: tree('d') });
    expect((await gql(PAGE, { path: '/draft-a' }, visitorA)).body.data).toEqual({
      page: null,
      redirect: null,
    });
  });
});

describe('scheduled publishing', () => {
  it('enqueues an idempotent delayed job and publishes when the page is still at that version', async () => {
    const page = await save(alice, { path: '/launch-later', title: 'Later', tree: tree('later') });
    enqueued.length = 0;
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const SCHEDULE = `mutation($id: ID!, $at: String!, $v: Int) { schedulePublish(pageId: $id, at: $at, expectedVersion: $v) { ${FIELDS} } }`;
    const scheduled = ok<PageOut>(await gql(SCHEDULE, { id: page.id, at, v: 1 }, alice), 'schedulePublish');
    expect(scheduled.scheduledAt).toBe(at);
    expect(enqueued).toHaveLength(1);
    const job = enqueued[0]!;
    expect(job.name).toBe('page.publish');
    expect(job.payload).toEqual({ tenantId: tenantA, pageId: page.id, version: 1, at });
    expect(job.opts?.jobId).toBe(`publish-${page.id}-v1-${Date.parse(at)}`);
    expect(job.opts?.delayMs).toBeGreaterThan(3_500_000);
    expect(job.opts?.delayMs).toBeLessThanOrEqual(3_600_000);

    expect(codeOf(await gql(SCHEDULE, { id: page.id, at, v: 7 }, alice))).toBe('CONFLICT');
    expect(codeOf(await gql(SCHEDULE, { id: page.id, at: '2001-01-01T00:00:00Z' }, alice))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await gql(SCHEDULE, { id: page.id, at: 'tomorrow' }, alice))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(SCHEDULE, { id: page.id, at }, carol))).toBe('FORBIDDEN');

    const outcome = await service.publishing.runScheduledPublish(job.payload as JobPayloads['page.publish']);
    expect(outcome).toEqual({ published: true });
    const live = ok<{ title: string }>(await gql(PAGE, { path: '/launch-later' }, visitorA), 'page');
    expect(live.title).toBe('Later');
    const after = ok<PageOut>(
      await gql(`query($id: ID!) { draftPage(id: $id) { ${FIELDS} } }`, { id: page.id }, alice),
      'draftPage',
    );
    expect(after).toMatchObject({ status: 'PUBLISHED', scheduledAt: null });
    expect(after.scheduleNote).toMatch(/Published as scheduled/);
  });

  it('skips (and records why) when the page changed since, or the schedule was cancelled', async () => {
    const page = await save(alice, { path: '/stale-schedule', title: 'Stale', tree: tree('v1') });
    enqueued.length = 0;
    const at = new Date(Date.now() + 60_000).toISOString();
    await gql(
      'mutation($id: ID!, $at: String!) { schedulePublish(pageId: $id, at: $at) { id } }',
      { id: page.id, at },
      alice,
    );
    const payload = enqueued[0]!.payload as JobPayloads['page.publish'];
    await save(alice, { id: page.id, path: '/stale-schedule', title: 'Stale', tree: tree('v2 unreviewed') });
    const outcome = await service.publishing.runScheduledPublish(payload);
    expect(outcome.published).toBe(false);
    expect(outcome.reason).toMatch(/changed since the schedule \(scheduled version 1, now 2\)/);
    expect((await gql(PAGE, { path: '/stale-schedule' }, visitorA)).body.data?.page).toBeNull();
    const note = ok<PageOut>(
      await gql(`query($id: ID!) { draftPage(id: $id) { ${FIELDS} } }`, { id: page.id }, alice),
      'draftPage',
    );
    expect(note.scheduleNote).toMatch(/Skipped/);

    enqueued.length = 0;
    await gql(
      'mutation($id: ID!, $at: String!) { schedulePublish(pageId: $id, at: $at) { id } }',
      { id: page.id, at },
      alice,
    );
    const second = enqueued[0]!.payload as JobPayloads['page.publish'];
    const cancelled = ok<PageOut>(
      await gql(
        `mutation($id: ID!) { cancelScheduledPublish(pageId: $id) { ${FIELDS} } }`,
        { id: page.id },
        alice,
      ),
      'cancelScheduledPublish',
    );
    expect(cancelled.scheduledAt).toBeNull();
    expect(await service.publishing.runScheduledPublish(second)).toEqual({
      published: false,
      reason: 'the schedule was cancelled or replaced',
    });
    expect((await gql(PAGE, { path: '/stale-schedule' }, visitorA)).body.data?.page).toBeNull();
  });
});

describe('draft preview links', () => {
  const PREVIEW = 'query($t: String!) { previewPage(token: $t) { title html } }';

  it('signs a tenant-bound expiring link that shows the draft; tampered, foreign and expired tokens show nothing', async () => {
    const page = await save(alice, { path: '/preview-me', title: 'Preview', tree: tree('Draft only') });
    const link = ok<{ url: string; expiresAt: string }>(
      await gql(
        'mutation($id: ID!) { createPreviewLink(pageId: $id, ttlSeconds: 3600) { url expiresAt } }',
        { id: page.id },
        alice,
      ),
      'createPreviewLink',
    );
    expect(link.url.startsWith(`${config.publicUrl}/preview/`)).toBe(true);
    const token = link.url.slice(`${config.publicUrl}/preview/`.length);
    const shown = ok<{ title: string; html: string }>(
      await gql(PREVIEW, { t: token }, visitorA),
      'previewPage',
    );
    expect(shown.html).toContain('Draft only');

    const [payload, sig] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = `${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 10_000_000 })).toString('base64url')}.${sig}`;
    expect(ok(await gql(PREVIEW, { t: forged }, visitorA), 'previewPage')).toBeNull();
    expect(ok(await gql(PREVIEW, { t: `${token}x` }, visitorA), 'previewPage')).toBeNull();
    expect(ok(await gql(PREVIEW, { t: token }, visitorB), 'previewPage')).toBeNull();

    // An injected clock past the expiry.
    const later = () => new Date(Date.parse(link.expiresAt) + 1_000);
    expect(verifyPreviewToken(config.contextSecret, token, later().getTime())).toEqual({
      ok: false,
      reason: 'expired',
    });
    const future = new PublishingService(
      service.db,
      service.pages,
      { enqueue: async () => {} },
      new PageLifecycle(null, null),
      config,
      later,
    );
    expect(await future.previewPage(visitorA, token)).toBeNull();
    expect(verifyPreviewToken('another-secret-another-secret-xx', token, Date.now())).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('refuses a TTL over 7 days and previews by pinned version', async () => {
    const page = await save(alice, { path: '/pinned', title: 'Pinned v1', tree: tree('first') });
    await save(alice, { id: page.id, path: '/pinned', title: 'Pinned v2', tree: tree('second') });
    const tooLong = await gql(
      'mutation($id: ID!) { createPreviewLink(pageId: $id, ttlSeconds: 604801) { url } }',
      { id: page.id },
      alice,
    );
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    const link = ok<{ url: string }>(
      await gql(
        'mutation($id: ID!) { createPreviewLink(pageId: $id, version: 1) { url } }',
        { id: page.id },
        alice,
      ),
      'createPreviewLink',
    );
    const token = link.url.split('/preview/')[1]!;
    const shown = ok<{ title: string; html: string }>(
      await gql(PREVIEW, { t: token }, visitorA),
      'previewPage',
    );
    expect(shown.title).toBe('Pinned v1');
    expect(shown.html).toContain('first');
    const other = signPreviewToken(config.contextSecret, {
      t: tenantA,
      p: randomUUID(),
      exp: Math.floor(Date.now() / 1000) + 60,
    });
    expect(ok(await gql(PREVIEW, { t: other }, visitorA), 'previewPage')).toBeNull();
  });
});

describe('navigation menus', () => {
  const SAVE_MENU = `mutation($siteId: ID!, $handle: String!, $items: [MenuItemInput!]!, $v: Int) {
    saveMenu(siteId: $siteId, handle: $handle, items: $items, expectedVersion: $v) { id handle version items { label href children { label href children { label href children { label } } } } } }`;
  const MENUS =
    'query { menus { edges { node { handle version items { label href children { label } } } } } }';

  it('saves menus up to three levels deep, serves them publicly, and keeps optimistic concurrency', async () => {
    const items = [
      { label: 'Home', href: '/' },
      {
        label: 'Shop',
        href: '/shop',
        children: [
          {
            label: 'Shirts',
            href: '/shop/shirts',
            children: [{ label: 'Linen', href: '/shop/shirts/linen' }],
          },
        ],
      },
      { label: 'Mail', href: 'mailto:hi@example.com' },
      { label: 'Top', href: '#top' },
      { label: 'Blog', href: 'https://blog.example.com/' },
    ];
    const saved = ok<{ version: number }>(
      await gql(SAVE_MENU, { siteId: siteA, handle: 'main', items, v: 0 }, alice),
      'saveMenu',
    );
    expect(saved.version).toBe(1);
    const listed = ok<{
      edges: { node: { handle: string; items: { label: string; children: unknown[] }[] } }[];
    }>(await gql(MENUS, {}, visitorA), 'menus');
    expect(listed.edges.map((e) => e.node.handle)).toEqual(['main']);
    expect(listed.edges[0]!.node.items[1]!.children).toEqual([{ label: 'Shirts' }]);
    expect(ok<{ edges: unknown[] }>(await gql(MENUS, {}, visitorB), 'menus').edges).toEqual([]);
    expect(codeOf(await gql(SAVE_MENU, { siteId: siteA, handle: 'main', items, v: 0 }, alice))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await gql(SAVE_MENU, { siteId: siteA, handle: 'main', items }, visitorA))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await gql(SAVE_MENU, { siteId: siteA, handle: 'main', items }, mallory))).toBe('NOT_FOUND');
  });

  it('reads one menu by handle and deletes it with its version; another tenant can neither see nor delete it', async () => {
    const DELETE_MENU = `mutation($siteId: ID!, $handle: String!, $v: Int) {
      deleteMenu(siteId: $siteId, handle: $handle, expectedVersion: $v) }`;
    const items = [{ label: 'Terms', href: '/terms' }];
    const saved = ok<{ version: number }>(
      await gql(SAVE_MENU, { siteId: siteA, handle: 'legal-old', items, v: 0 }, alice),
      'saveMenu',
    );
    const handles = async () =>
      ok<{ edges: { node: { handle: string } }[] }>(await gql(MENUS, {}, visitorA), 'menus').edges.map(
        (e) => e.node.handle,
      );
    expect(await handles()).toContain('legal-old');
    const MENU =
      'query($siteId: ID, $handle: String!) { menu(siteId: $siteId, handle: $handle) { handle version items { label href } } }';
    expect(ok(await gql(MENU, { siteId: siteA, handle: 'legal-old' }, visitorA), 'menu')).toEqual({
      handle: 'legal-old',
      version: saved.version,
      items: [{ label: 'Terms', href: '/terms' }],
    });
    expect(ok(await gql(MENU, { siteId: siteA, handle: 'nope' }, alice), 'menu')).toBeNull();
    // Another tenant sees none of it, by the site's id or on its own default site.
    expect(ok(await gql(MENU, { siteId: siteA, handle: 'legal-old' }, visitorB), 'menu')).toBeNull();
    expect(ok(await gql(MENU, { handle: 'legal-old' }, mallory), 'menu')).toBeNull();
    // The attacker's side: another tenant's owner gets NOT_FOUND for the site; signed out, nothing.
    expect(codeOf(await gql(DELETE_MENU, { siteId: siteA, handle: 'legal-old' }, mallory))).toBe('NOT_FOUND');
    expect(codeOf(await gql(DELETE_MENU, { siteId: siteA, handle: 'legal-old' }, visitorA))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(await gql(DELETE_MENU, { siteId: siteA, handle: 'legal-old', v: saved.version + 1 }, alice)),
    ).toBe('CONFLICT');
    expect(await handles()).toContain('legal-old');
    expect(
      ok<boolean>(
        await gql(DELETE_MENU, { siteId: siteA, handle: 'legal-old', v: saved.version }, alice),
        'deleteMenu',
      ),
    ).toBe(true);
    expect(await handles()).not.toContain('legal-old');
    expect(
      ok<boolean>(await gql(DELETE_MENU, { siteId: siteA, handle: 'legal-old' }, alice), 'deleteMenu'),
    ).toBe(false);
  });

  it('refuses a fourth level and unsafe hrefs', async () => {
    const deep = [
      {
        label: 'a',
        href: '/a',
        children: [
          {
            label: 'b',
            href: '/b',
            children: [{ label: 'c', href: '/c', children: [{ label: 'd', href: '/d' }] }],
          },
        ],
      },
    ];
    const tooDeep = await gql(SAVE_MENU, { siteId: siteA, handle: 'deep', items: deep }, alice);
    expect(codeOf(tooDeep)).toBe('BAD_USER_INPUT');
    expect(tooDeep.body.errors![0]!.message).toMatch(/at most 3 levels/);
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/\\evil.example',
      'java\tscript:x',
      'vbscript:x',
    ]) {
      const res = await gql(
        SAVE_MENU,
        { siteId: siteA, handle: 'bad', items: [{ label: 'x', href }] },
        alice,
      );
      expect(codeOf(res), href).toBe('BAD_USER_INPUT');
    }
    expect(isSafeHref('https://ok.example/x')).toBe(true);
    expect(isSafeHref('tel:+44 20 7946 0000')).toBe(true);
  });
});

describe('unpublish and cache purge events', () => {
  it('announces pages-changed after publish, unpublish and saves of a published page, and takes the page offline', async () => {
    const bus = createEventBus(config, 'lifecycle-test');
    const heard: string[] = [];
    await bus.subscribe('pages-changed', (tenantId) => heard.push(tenantId));
    try {
      const page = await save(alice, { path: '/purge-me', title: 'Purge', tree: tree('p') });
      expect(heard).toEqual([]);
      const published = await publish(alice, page.id);
      expect(heard).toEqual([tenantA]);
      await save(alice, {
        id: page.id,
        path: '/purge-me',
        title: 'Purge',
        tree: tree('p2'),
        expectedVersion: published.version,
      });
      expect(heard).toEqual([tenantA, tenantA]);
      const UNPUBLISH = 'mutation($id: ID!) { unpublishPage(id: $id) { status } }';
      expect(codeOf(await gql(UNPUBLISH, { id: page.id }, carol))).toBe('FORBIDDEN');
      expect(ok(await gql(UNPUBLISH, { id: page.id }, alice), 'unpublishPage')).toEqual({ status: 'DRAFT' });
      expect(heard).toEqual([tenantA, tenantA, tenantA]);
      expect((await gql(PAGE, { path: '/purge-me' }, visitorA)).body.data?.page).toBeNull();
    } finally {
      await bus.close();
    }
  });
});

describe('outbound webhooks', () => {
  let receiver: Server;
  let receiverUrl: string;
  const received: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        if (failNext > 0) {
          failNext--;
          res.writeHead(500).end('boom');
        } else res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });

  afterAll(async () => {
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const ADD = `mutation($url: String!, $events: [WebhookEventType!]!) {
    addWebhookEndpoint(url: $url, events: $events) { signingSecret endpoint { id url events } } }`;

  it('delivers a signed page.published event, retried by the queue after a failing answer', async () => {
    const added = ok<{ signingSecret: string; endpoint: { id: string; events: string[] } }>(
      await gql(ADD, { url: receiverUrl, events: ['PAGE_PUBLISHED', 'PAGE_UNPUBLISHED'] }, alice),
      'addWebhookEndpoint',
    );
    expect(added.signingSecret).toMatch(/^whsec_/);
    const { rows } = await sql.query('select secret_enc from cms.webhook_endpoint where id = $1', [
      added.endpoint.id,
    ]);
    expect(rows[0].secret_enc).not.toContain(added.signingSecret);
    const listed = await gql('query { webhookEndpoints { edges { node { id url } } } }', {}, alice);
    expect(JSON.stringify(listed.body)).not.toContain('whsec_');
    expect(codeOf(await gql(ADD, { url: receiverUrl, events: ['PAGE_PUBLISHED'] }, carol))).toBe('FORBIDDEN');
    const foreignList = await gql('query { webhookEndpoints { edges { node { id } } } }', {}, mallory);
    expect(ok<{ edges: unknown[] }>(foreignList, 'webhookEndpoints').edges).toEqual([]);
    const foreignRemove = await gql(
      'mutation($id: ID!) { removeWebhookEndpoint(id: $id) }',
      { id: added.endpoint.id },
      mallory,
    );
    expect(ok(foreignRemove, 'removeWebhookEndpoint')).toBe(false);

    const page = await save(alice, { path: '/hooked', title: 'Hooked', tree: tree('h') });
    enqueued.length = 0;
    await publish(alice, page.id);
    const delivery = enqueued.find((j) => j.name === 'webhook.deliver');
    expect(delivery).toBeDefined();

    // A real in-process queue with fast retries runs the worker handler; the test waits for the
    // successful attempt to be recorded (an event, not a clock).
    let clock = new Date('2026-11-26T10:00:00Z');
    let recordedSuccess!: () => void;
    const delivered = new Promise<void>((resolve) => {
      recordedSuccess = resolve;
    });
    const queue = await createJobQueue(
      config,
      {
        'webhook.deliver': webhookDeliverHandler({
          target: (t, d) => service.webhooks.target(t, d),
          recordAttempt: async (t, d, o) => {
            await service.webhooks.recordAttempt(t, d, o);
            if (o.ok) recordedSuccess();
          },
          allowPrivate: true,
          now: () => clock,
        }),
      },
      { retry: { attempts: 3, backoffMs: 20 } },
    );
    received.length = 0;
    failNext = 1;
    await queue.enqueue('webhook.deliver', delivery!.payload as JobPayloads['webhook.deliver']);
    const deliveryId = (delivery!.payload as JobPayloads['webhook.deliver']).deliveryId;
    await delivered;
    await queue.close();
    const { rows: deliveryRows } = await sql.query(
      'select status, attempts, last_error from cms.webhook_delivery where id = $1',
      [deliveryId],
    );
    expect(deliveryRows[0]).toEqual({ status: 'delivered', attempts: 2, last_error: null });
    expect(received).toHaveLength(2);
    expect(received[0]!.body).toBe(received[1]!.body);

    const last = received[1]!;
    const event = JSON.parse(last.body);
    expect(event).toMatchObject({
      type: 'page.published',
      data: { pageId: page.id, path: '/hooked', siteId: siteA },
    });
    expect(last.headers['webhaze-event-id']).toBe(event.id);
    const signature = String(last.headers['webhaze-signature']);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature)!;
    expect(Number(t)).toBe(Math.floor(clock.getTime() / 1000));
    expect(v1).toBe(createHmac('sha256', added.signingSecret).update(`${t}.${last.body}`).digest('hex'));
    clock = new Date();

    enqueued.length = 0;
    await gql('mutation($id: ID!) { unpublishPage(id: $id) { id } }', { id: page.id }, alice);
    const unpublished = enqueued.filter((j) => j.name === 'webhook.deliver');
    expect(unpublished).toHaveLength(1);
    const { rows: types } = await sql.query('select event_type from cms.webhook_delivery where id = $1', [
      (unpublished[0]!.payload as JobPayloads['webhook.deliver']).deliveryId,
    ]);
    expect(types).toEqual([{ event_type: 'page.unpublished' }]);
    const deliveries = await gql(
      'query { webhookEndpoints { edges { node { events deliveries { edges { node { eventType status attempts } } } } } } }',
      {},
      alice,
    );
    expect(JSON.stringify(deliveries.body.data)).toContain('"status":"DELIVERED","attempts":2');
  });

  /** One delivery attempt with private targets refused (as in production): what it threw and recorded. */
  async function strictDelivery(url: string) {
    const recorded: { ok: boolean; error: string | null }[] = [];
    const handler = webhookDeliverHandler({
      target: async () => ({ url, secret: 's', body: '{}', eventId: randomUUID() }),
      recordAttempt: async (_t, _d, o) => void recorded.push(o),
      allowPrivate: false,
    });
    const log = { info() {}, warn() {}, error() {} } as never;
    const thrown = await handler(
      { tenantId: tenantA, deliveryId: randomUUID() },
      { id: 'x', attempt: 1, log },
    ).then(
      () => undefined,
      (err: unknown) => err,
    );
    return { thrown, recorded };
  }

  it('refuses private, loopback and link-local targets outside tests, at registration and at delivery', async () => {
    expect(isPrivateAddress('127.0.0.1')).toBe(true);
    expect(isPrivateAddress('169.254.169.254')).toBe(true);
    expect(isPrivateAddress('10.1.2.3')).toBe(true);
    expect(isPrivateAddress('::1')).toBe(true);
    expect(isPrivateAddress('::ffff:192.168.0.1')).toBe(true);
    expect(isPrivateAddress('fd00::1')).toBe(true);
    expect(isPrivateAddress('93.184.216.34')).toBe(false);
    const strict = new WebhookService(
      service.db,
      { enqueue: async () => {} },
      parseKeyring(config.secretsKeys),
      false,
    );
    for (const url of [
      'https://127.0.0.1/x',
      'https://169.254.169.254/latest',
      'https://[::1]/x',
      'https://localhost/x',
      'http://example.com/x',
      'https://u:p@example.com/',
    ]) {
      await expect(strict.addEndpoint(alice, { url, events: ['page.published'] }), url).rejects.toMatchObject(
        {
          extensions: { code: 'BAD_USER_INPUT' },
        },
      );
    }
    // Delivery re-checks: a stored endpoint that now points at loopback is refused and recorded.
    const literal = await strictDelivery('https://127.0.0.1/hook');
    expect(String(literal.thrown)).toMatch(/private address/);
    const named = await strictDelivery('https://localhost/x');
    expect(named.thrown).toBeDefined();
    expect([...literal.recorded, ...named.recorded].map((r) => r.ok)).toEqual([false, false]);
    expect(named.recorded[0]!.error).toMatch(/private address/);
    expect(new UnsafeTargetError('x')).toBeInstanceOf(Error);
  });

  it('refuses ports other than 80 and 443 outside tests, unless WEBHOOKS_ALLOWED_PORTS lists them', async () => {
    const keyring = parseKeyring(config.secretsKeys);
    const strict = new WebhookService(service.db, { enqueue: async () => {} }, keyring, false);
    // Literal public addresses: checked without DNS, and nothing connects at registration.
    for (const url of [
      'https://93.184.216.34:8443/hook',
      'https://93.184.216.34:22/',
      'https://93.184.216.34:6379/',
    ]) {
      await expect(strict.addEndpoint(alice, { url, events: ['page.published'] }), url).rejects.toMatchObject(
        {
          message: expect.stringMatching(/url: port \d+ is not allowed/),
          extensions: { code: 'BAD_USER_INPUT', field: 'url' },
        },
      );
    }
    const standard = await strict.addEndpoint(alice, {
      url: 'https://93.184.216.34:443/hook',
      events: ['page.published'],
    });
    expect(standard.endpoint.url).toBe('https://93.184.216.34/hook');
    const listed = new WebhookService(service.db, { enqueue: async () => {} }, keyring, false, [8443]);
    const extra = await listed.addEndpoint(alice, {
      url: 'https://93.184.216.34:8443/hook',
      events: ['page.published'],
    });
    expect(extra.endpoint.url).toBe('https://93.184.216.34:8443/hook');
    await strict.removeEndpoint(alice, standard.endpoint.id);
    await strict.removeEndpoint(alice, extra.endpoint.id);

    // Delivery checks the port again, before any connection (a stored endpoint from before the rule).
    const delivery = await strictDelivery('https://localhost:8443/x');
    expect(String(delivery.thrown)).toMatch(/port 8443 is not allowed/);
    expect(delivery.recorded).toEqual([
      expect.objectContaining({ ok: false, error: expect.stringMatching(/port 8443/) }),
    ]);
  });
});
