import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { createEventBus } from '../../core/events.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startCmsSubgraph } from './subgraph.js';

/**
 * The theme as a draft (services/theme-drafts.ts, ADR 0059): token drafts that visitors never see,
 * theme preview links that render real pages with the draft, publishing as versions, rollback,
 * the deprecated direct writes joining the history, and the tenant boundary from the attacker's side.
 */

const tenantA = randomUUID();
const tenantB = randomUUID();
const aliceId = randomUUID();
const alice = userContext(aliceId, tenantA, 'owner');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    { enqueue: async () => {} },
    { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) },
  ),
);
const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
  subgraph.gql(query, variables, ctx);
const codeOf = (res: Awaited<ReturnType<typeof gql>>) => errorOf(res).extensions?.code;

const DRAFT_FIELDS = 'scope region document version updatedBy updatedAt';
const VERSION_FIELDS = 'version publishedAt publishedBy restoredFrom overrides { scope region document }';
const SAVE_DRAFT = `mutation($r: String, $d: JSON!, $v: Int) {
  saveTokenDraft(region: $r, document: $d, expectedVersion: $v) { ${DRAFT_FIELDS} } }`;
const DISCARD = 'mutation($r: String, $v: Int) { discardTokenDraft(region: $r, expectedVersion: $v) }';
const DRAFTS = `query { tokenDrafts { ${DRAFT_FIELDS} } }`;
const PUBLISH = `mutation($v: Int) { publishThemeDraft(expectedVersion: $v) { ${VERSION_FIELDS} } }`;
const ROLL_BACK = `mutation($n: Int!, $v: Int) { rollBackTheme(version: $n, expectedVersion: $v) { ${VERSION_FIELDS} } }`;
const VERSIONS = `query($first: Int, $after: String) { themeVersions(first: $first, after: $after) {
  edges { cursor node { ${VERSION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const THEME_LINK = 'mutation($id: ID!) { createThemePreviewLink(pageId: $id) { url expiresAt } }';
const PREVIEW = 'query($t: String!) { previewPage(token: $t) { title html } }';
const TOKENS = 'query($r: String) { designTokens(region: $r) { css } }';
const SET_TENANT = 'mutation($d: JSON!) { setTenantTokens(document: $d) { version } }';

interface DraftOut {
  scope: string;
  region: string | null;
  document: Record<string, unknown>;
  version: number;
  updatedBy: string;
}
interface VersionOut {
  version: number;
  publishedBy: string;
  restoredFrom: number | null;
  overrides: { scope: string; region: string | null; document: Record<string, unknown> }[];
}
interface VersionsOut {
  edges: { cursor: string; node: VersionOut }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const srgb = (r: number, g: number, b: number) => ({ colorSpace: 'srgb', components: [r, g, b] });
const primary = (value: unknown) => ({ color: { brand: { primary: { $value: value } } } });
const RED = primary(srgb(1, 0, 0));
const GREEN = primary(srgb(0, 0.5, 0));

const primaryOf = (css: string) => /--wh-color-brand-primary: ([^;]+);/.exec(css)?.[1];
const liveCss = async (ctx: RequestContext, r?: string) =>
  ok<{ css: string }>(await gql(TOKENS, { r }, ctx), 'designTokens').css;
const versionsOf = async (ctx: RequestContext, first = 20, after?: string) =>
  ok<VersionsOut>(await gql(VERSIONS, { first, after }, ctx), 'themeVersions');
const saveDraft = (ctx: RequestContext, d: unknown, v?: number, r?: string) =>
  gql(SAVE_DRAFT, { d, v, r }, ctx);

/** A published page of tenant A, and its visitors' HTML. */
async function livePage(
  ctx: RequestContext,
  path: string,
): Promise<{ id: string; html: () => Promise<string> }> {
  const site = ok<{ id: string }>(
    await gql('mutation { createSite(input: { name: "Theme" }) { id } }', {}, ctx),
    'createSite',
  );
  const page = ok<{ id: string }>(
    await gql(
      'mutation($input: SavePageInput!) { savePage(input: $input) { id } }',
      {
        input: {
          siteId: site.id,
          path,
          title: 'Themed',
          tree: { content: [{ type: 'Button', props: { label: 'Go', href: '/' } }] },
        },
      },
      ctx,
    ),
    'savePage',
  );
  ok(await gql('mutation($id: ID!) { publishPage(id: $id) { id } }', { id: page.id }, ctx), 'publishPage');
  return {
    id: page.id,
    html: async () =>
      ok<{ html: string }>(
        await gql(
          'query($p: String!, $s: ID) { page(path: $p, siteId: $s) { html } }',
          { p: path, s: site.id },
          visitorA,
        ),
        'page',
      ).html,
  };
}

const tokenOf = (url: string) => url.slice(url.indexOf('/preview/') + '/preview/'.length);

describe('the theme as a draft', () => {
  let page: Awaited<ReturnType<typeof livePage>>;

  it('keeps a saved draft away from visitors and the rendered pages; a theme preview link shows it on a real page', async () => {
    page = await livePage(alice, '/theme');
    const before = await page.html();
    expect(primaryOf(before)).toBe('#1d4ed8');

    const draft = ok<DraftOut>(await saveDraft(alice, RED, 0), 'saveTokenDraft');
    expect(draft).toMatchObject({ scope: 'tenant', region: null, version: 1, updatedBy: `user:${aliceId}` });
    expect(ok<DraftOut[]>(await gql(DRAFTS, {}, alice), 'tokenDrafts').map((d) => d.scope)).toEqual([
      'tenant',
    ]);

    // Visitors: the published tokens, in the resolved tokens and in the page.
    expect(primaryOf(await liveCss(visitorA))).toBe('#1d4ed8');
    expect(await page.html()).toBe(before);
    expect(
      (await subgraph.sql.query('select 1 from cms.token_override where tenant_id = $1', [tenantA])).rowCount,
    ).toBe(0);

    // The theme preview link renders the same live page with the draft.
    const link = ok<{ url: string }>(await gql(THEME_LINK, { id: page.id }, alice), 'createThemePreviewLink');
    const shown = ok<{ html: string }>(await gql(PREVIEW, { t: tokenOf(link.url) }, visitorA), 'previewPage');
    expect(primaryOf(shown.html)).toBe('#ff0000');
    expect(shown.html).toContain('Go');
    // A later draft save shows through the same link; visitors still see the published tokens.
    ok(await saveDraft(alice, GREEN, 1), 'saveTokenDraft');
    const again = ok<{ html: string }>(await gql(PREVIEW, { t: tokenOf(link.url) }, visitorA), 'previewPage');
    expect(primaryOf(again.html)).toBe('#008000');
    expect(primaryOf(await page.html())).toBe('#1d4ed8');
  });

  it('refuses stale drafts, bad documents and a theme preview of a page that is not live', async () => {
    const stale = errorOf(await saveDraft(alice, RED, 1));
    expect(stale.extensions?.code).toBe('CONFLICT');
    const cyclic = errorOf(
      await saveDraft(alice, { color: { brand: { primary: { $value: '{color.brand.primary}' } } } }, 2),
    );
    expect(cyclic.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    const draft = ok<DraftOut[]>(await gql(DRAFTS, {}, alice), 'tokenDrafts')[0]!;
    expect(draft).toMatchObject({ version: 2, document: GREEN });

    const unpublished = ok<{ id: string }>(
      await gql(
        'mutation($input: SavePageInput!) { savePage(input: $input) { id } }',
        { input: { path: '/not-live', title: 'Not live', tree: { content: [] } } },
        alice,
      ),
      'savePage',
    );
    expect(codeOf(await gql(THEME_LINK, { id: unpublished.id }, alice))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(PUBLISH, { v: 5 }, alice))).toBe('CONFLICT');
  });

  it('publishes every draft as the next version, live at once, and purges the cached pages', async () => {
    const bus = createEventBus(subgraph.config, 'themes-test');
    const heard: string[] = [];
    await bus.subscribe('pages-changed', (tenantId) => heard.push(tenantId));
    try {
      ok(
        await saveDraft(alice, { color: { text: { muted: { $value: srgb(0, 0, 0) } } } }, 0, 'eu'),
        'saveTokenDraft',
      );
      const published = ok<VersionOut>(await gql(PUBLISH, { v: 0 }, alice), 'publishThemeDraft');
      expect(published).toMatchObject({ version: 1, restoredFrom: null });
      expect(published.overrides.map((o) => [o.scope, o.region])).toEqual([
        ['tenant', null],
        ['region:eu', 'eu'],
      ]);
      expect(heard).toEqual([tenantA]);
      expect(primaryOf(await liveCss(visitorA))).toBe('#008000');
      expect(primaryOf(await page.html())).toBe('#008000');
      expect(/--wh-color-text-muted: ([^;]+);/.exec(await liveCss(visitorA, 'eu'))?.[1]).toBe('#000000');
      // The drafts are gone; a second publish has nothing to publish, a stale one is a conflict.
      expect(ok<DraftOut[]>(await gql(DRAFTS, {}, alice), 'tokenDrafts')).toEqual([]);
      expect(codeOf(await gql(PUBLISH, { v: 1 }, alice))).toBe('BAD_USER_INPUT');
      ok(await saveDraft(alice, RED, 0), 'saveTokenDraft');
      expect(codeOf(await gql(PUBLISH, { v: 0 }, alice))).toBe('CONFLICT');
      expect(ok<VersionOut>(await gql(PUBLISH, { v: 1 }, alice), 'publishThemeDraft').version).toBe(2);
      expect(heard).toEqual([tenantA, tenantA]);
    } finally {
      await bus.close();
    }
  });

  it('discards a draft without touching what is published', async () => {
    ok(await saveDraft(alice, GREEN, 0), 'saveTokenDraft');
    expect(codeOf(await gql(DISCARD, { v: 3 }, alice))).toBe('CONFLICT');
    expect(ok<boolean>(await gql(DISCARD, { v: 1 }, alice), 'discardTokenDraft')).toBe(true);
    expect(ok<boolean>(await gql(DISCARD, {}, alice), 'discardTokenDraft')).toBe(false);
    expect(primaryOf(await liveCss(visitorA))).toBe('#ff0000');
  });

  it('records the deprecated direct writes as versions too, so the newest version is always live', async () => {
    ok(await gql(SET_TENANT, { d: primary(srgb(0, 0, 1)) }, alice), 'setTenantTokens');
    const { edges } = await versionsOf(alice);
    expect(edges.map((e) => e.node.version)).toEqual([3, 2, 1]);
    expect(edges[0]!.node.overrides.find((o) => o.scope === 'tenant')?.document).toEqual(
      primary(srgb(0, 0, 1)),
    );
  });

  it('lists versions newest first in pages, and rolls back by publishing a copy', async () => {
    const first = await versionsOf(alice, 2);
    expect(first.edges.map((e) => e.node.version)).toEqual([3, 2]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await versionsOf(alice, 2, first.pageInfo.endCursor!);
    expect(rest.edges.map((e) => e.node.version)).toEqual([1]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await gql(VERSIONS, { first: 2, after: 'bogus' }, alice))).toBe('BAD_USER_INPUT');

    ok(await saveDraft(alice, RED, 0), 'saveTokenDraft');
    expect(codeOf(await gql(ROLL_BACK, { n: 1, v: 2 }, alice))).toBe('CONFLICT');
    expect(codeOf(await gql(ROLL_BACK, { n: 99, v: 3 }, alice))).toBe('NOT_FOUND');
    const restored = ok<VersionOut>(await gql(ROLL_BACK, { n: 1, v: 3 }, alice), 'rollBackTheme');
    expect(restored).toMatchObject({ version: 4, restoredFrom: 1 });
    expect(primaryOf(await liveCss(visitorA))).toBe('#008000');
    expect(primaryOf(await page.html())).toBe('#008000');
    // History is append-only and the draft is kept.
    expect((await versionsOf(alice)).edges.map((e) => e.node.version)).toEqual([4, 3, 2, 1]);
    expect(ok<DraftOut[]>(await gql(DRAFTS, {}, alice), 'tokenDrafts')).toHaveLength(1);
    expect(/--wh-color-text-muted: ([^;]+);/.exec(await liveCss(visitorA, 'eu'))?.[1]).toBe('#000000');
  });

  it('is refused to a role without settings:write and to visitors', async () => {
    expect(codeOf(await saveDraft(carol, RED))).toBe('FORBIDDEN');
    expect(codeOf(await gql(DISCARD, {}, carol))).toBe('FORBIDDEN');
    expect(codeOf(await gql(PUBLISH, {}, carol))).toBe('FORBIDDEN');
    expect(codeOf(await gql(ROLL_BACK, { n: 1 }, carol))).toBe('FORBIDDEN');
    expect(codeOf(await gql(THEME_LINK, { id: page.id }, carol))).toBe('FORBIDDEN');
    expect(codeOf(await gql(DRAFTS, {}, visitorA))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(VERSIONS, {}, visitorA))).toBe('UNAUTHENTICATED');
  });

  it("never shows, publishes, rolls back or previews another tenant's theme", async () => {
    const versionsBefore = (await versionsOf(alice)).edges.length;
    // Mallory sees nothing of A's drafts or versions.
    expect(ok<DraftOut[]>(await gql(DRAFTS, {}, mallory), 'tokenDrafts')).toEqual([]);
    expect((await versionsOf(mallory)).edges).toEqual([]);
    // Publishing in B publishes nothing of A's (B has no draft), rolling back to A's version numbers finds nothing.
    expect(codeOf(await gql(PUBLISH, {}, mallory))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(ROLL_BACK, { n: 1 }, mallory))).toBe('NOT_FOUND');
    expect(ok<boolean>(await gql(DISCARD, {}, mallory), 'discardTokenDraft')).toBe(false);
    // A's page cannot be previewed from B, and A's theme preview link shows nothing to B.
    expect(codeOf(await gql(THEME_LINK, { id: page.id }, mallory))).toBe('NOT_FOUND');
    const link = ok<{ url: string }>(await gql(THEME_LINK, { id: page.id }, alice), 'createThemePreviewLink');
    expect(ok(await gql(PREVIEW, { t: tokenOf(link.url) }, visitorB), 'previewPage')).toBeNull();
    // B's own draft and publish leave A alone.
    ok(await saveDraft(mallory, RED, 0), 'saveTokenDraft');
    expect(ok<VersionOut>(await gql(PUBLISH, { v: 0 }, mallory), 'publishThemeDraft').version).toBe(1);
    expect((await versionsOf(alice)).edges).toHaveLength(versionsBefore);
    expect(primaryOf(await liveCss(visitorA))).toBe('#008000');
    expect(ok<DraftOut[]>(await gql(DRAFTS, {}, alice), 'tokenDrafts').map((d) => d.document)).toEqual([RED]);
  });
});
