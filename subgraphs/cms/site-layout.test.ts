import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { SiteLayoutSchema } from './entities/site-layout.js';
import { startCmsSubgraph } from './subgraph.js';

/**
 * A site's layout (header and footer section groups): the theme's defaults until a site saves its
 * own, saves with optimistic concurrency and reset, tenant isolation through the API and under RLS;
 * menus by reference resolved at render (a page link follows its page, a link to a missing page is
 * text); the broken-link report; every page rendered inside the layout under the storefront's base.
 */

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = { ...userContext(randomUUID(), tenantA, 'owner'), tenantSlug: 'acme' };
const mallory = { ...userContext(randomUUID(), tenantB, 'owner'), tenantSlug: 'evil' };
const visitorA: RequestContext = { ...anonymousContext(tenantA), tenantSlug: 'acme' };

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    { enqueue: async () => {} },
    { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) },
  ),
);
const gql = subgraph.gql.bind(subgraph);

const LAYOUT_FIELDS = 'siteId version updatedAt header { isDefault content } footer { isDefault content }';
const LAYOUT = `query($siteId: ID) { siteLayout(siteId: $siteId) { ${LAYOUT_FIELDS} } }`;
const SAVE_LAYOUT = `mutation($siteId: ID!, $input: SiteLayoutInput!, $v: Int) {
  saveSiteLayout(siteId: $siteId, input: $input, expectedVersion: $v) { ${LAYOUT_FIELDS} } }`;
const RESET_LAYOUT = `mutation($siteId: ID!, $v: Int) { resetSiteLayout(siteId: $siteId, expectedVersion: $v) { ${LAYOUT_FIELDS} } }`;
const SAVE_MENU = `mutation($siteId: ID!, $handle: String!, $items: [MenuItemInput!]!) {
  saveMenu(siteId: $siteId, handle: $handle, items: $items) { handle items { label href link { kind pageId slug } } } }`;
const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id version path } }';
const PUBLISH = 'mutation($id: ID!) { publishPage(id: $id) { id version } }';
const UNPUBLISH = 'mutation($id: ID!) { unpublishPage(id: $id) { id } }';
const HTML = 'query($path: String!, $base: String) { page(path: $path) { html(base: $base) } }';
const BROKEN = `query($siteId: ID, $first: Int, $after: String) { siteBrokenLinks(siteId: $siteId, first: $first, after: $after) {
  edges { cursor node { source sourceName pageId at label target } } pageInfo { hasNextPage endCursor } } }`;

interface LayoutOut {
  siteId: string;
  version: number;
  updatedAt: string | null;
  header: { isDefault: boolean; content: { type: string; props: Record<string, unknown> }[] };
  footer: { isDefault: boolean; content: { type: string; props: Record<string, unknown> }[] };
}

interface BrokenOut {
  edges: {
    cursor: string;
    node: {
      source: string;
      sourceName: string;
      pageId: string | null;
      at: string;
      label: string | null;
      target: string;
    };
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function createSite(ctx: RequestContext, name: string): Promise<string> {
  const res = await gql(
    'mutation($name: String!) { createSite(input: { name: $name }) { id } }',
    { name },
    ctx,
  );
  return ok<{ id: string }>(res, 'createSite').id;
}

const hrefs = (doc: string) => [...doc.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]);

const announcement = {
  content: [
    {
      type: 'AnnouncementBar',
      props: { text: 'Spring sale', link: { label: 'Shop', href: '/collections/all' } },
    },
    { type: 'SiteHeader', props: { menu: 'main', cartLabel: 'Basket' } },
  ],
};

describe('site layout: section groups', () => {
  it("serves the theme's defaults, then the site's own groups; saves check the version; reset restores the defaults", async () => {
    const siteId = await createSite(alice, 'Acme');
    const initial = ok<LayoutOut>(await gql(LAYOUT, { siteId }, visitorA), 'siteLayout');
    expect(initial).toMatchObject({ siteId, version: 0, updatedAt: null });
    expect(initial.header.isDefault).toBe(true);
    expect(initial.header.content.map((n) => n.type)).toEqual(['SiteHeader']);
    expect(initial.footer.content.map((n) => n.type)).toEqual(['SiteFooter']);
    // Without siteId: the tenant's default site.
    expect(ok<LayoutOut>(await gql(LAYOUT, {}, visitorA), 'siteLayout').siteId).toBe(siteId);

    const saved = ok<LayoutOut>(
      await gql(SAVE_LAYOUT, { siteId, input: { header: announcement }, v: 0 }, alice),
      'saveSiteLayout',
    );
    expect(saved.version).toBe(1);
    expect(saved.header.isDefault).toBe(false);
    expect(saved.header.content.map((n) => n.type)).toEqual(['AnnouncementBar', 'SiteHeader']);
    expect(saved.footer.isDefault).toBe(true);

    // A stale version is a conflict and writes nothing.
    const stale = errorOf(
      await gql(SAVE_LAYOUT, { siteId, input: { footer: { content: [] } }, v: 0 }, alice),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', storedVersion: 1 });
    // Groups are validated like page trees, the error naming the path.
    const invalid = errorOf(
      await gql(
        SAVE_LAYOUT,
        { siteId, input: { footer: { content: [{ type: 'SiteHeader', props: { menu: 'Not A Handle' } }] } } },
        alice,
      ),
    );
    expect(invalid.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'footer' });
    expect(invalid.message).toMatch(/^footer\.content\[0\]\.props\.menu: /);
    const unknown = errorOf(
      await gql(
        SAVE_LAYOUT,
        { siteId, input: { header: { content: [{ type: 'Script', props: {} }] } } },
        alice,
      ),
    );
    expect(unknown.message).toContain('header.content[0].type: unknown component "Script"');

    // An empty footer is a choice of its own (not the default).
    const emptied = ok<LayoutOut>(
      await gql(SAVE_LAYOUT, { siteId, input: { footer: { content: [] } }, v: 1 }, alice),
      'saveSiteLayout',
    );
    expect(emptied).toMatchObject({ version: 2, footer: { isDefault: false, content: [] } });
    expect(emptied.header.isDefault).toBe(false);

    const reset = ok<LayoutOut>(await gql(RESET_LAYOUT, { siteId, v: 2 }, alice), 'resetSiteLayout');
    expect(reset).toMatchObject({ version: 3, header: { isDefault: true }, footer: { isDefault: true } });
    expect(errorOf(await gql(RESET_LAYOUT, { siteId, v: 2 }, alice)).extensions?.code).toBe('CONFLICT');

    // Visitors may read a layout (every page shows it), never write one.
    const anonymous = errorOf(await gql(SAVE_LAYOUT, { siteId, input: { header: null } }, visitorA));
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(anonymous.extensions?.code);
  });

  it("keeps tenant A's layout away from tenant B, through the API and under RLS", async () => {
    const siteA = await createSite(alice, 'Acme two');
    ok(await gql(SAVE_LAYOUT, { siteId: siteA, input: { header: announcement } }, alice), 'saveSiteLayout');
    const siteB = await createSite(mallory, 'Evil');
    // B cannot read A's layout by id, nor save or reset it.
    expect(ok(await gql(LAYOUT, { siteId: siteA }, mallory), 'siteLayout')).toBeNull();
    const write = errorOf(
      await gql(SAVE_LAYOUT, { siteId: siteA, input: { header: { content: [] } } }, mallory),
    );
    expect(write.extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await gql(RESET_LAYOUT, { siteId: siteA }, mallory)).extensions?.code).toBe('NOT_FOUND');
    expect(ok<BrokenOut>(await gql(BROKEN, { siteId: siteA }, mallory), 'siteBrokenLinks').edges).toEqual([]);
    // B's own save creates B's row and leaves A's as it was.
    ok(
      await gql(SAVE_LAYOUT, { siteId: siteB, input: { footer: { content: [] } } }, mallory),
      'saveSiteLayout',
    );
    const ofA = ok<LayoutOut>(await gql(LAYOUT, { siteId: siteA }, alice), 'siteLayout');
    expect(ofA.header.content.map((n) => n.type)).toEqual(['AnnouncementBar', 'SiteHeader']);
    expect(ofA.footer.isDefault).toBe(true);
    // Even without the ORM filter, RLS hides A's rows from a transaction of tenant B.
    const seen = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.find(SiteLayoutSchema, {}, { filters: { tenant: false } }),
    );
    expect(seen.map((r) => r.tenantId)).toEqual([tenantB]);
  });
});

describe("the editor's canvas (Page.canvas)", () => {
  const CANVAS = 'query($id: ID!) { draftPage(id: $id) { canvas { css header footer } } }';

  it("gives editors of the page its document's stylesheet and the site's groups rendered, and nobody else", async () => {
    const siteId = await createSite(alice, 'Acme canvas');
    ok(await gql(SAVE_LAYOUT, { siteId, input: { header: announcement } }, alice), 'saveSiteLayout');
    const { id } = ok<{ id: string }>(
      await gql(
        SAVE,
        {
          input: {
            siteId,
            path: '/canvas',
            title: 'Canvas',
            tree: { content: [{ type: 'Heading', props: { text: 'Only in the content', level: 1 } }] },
          },
        },
        alice,
      ),
      'savePage',
    );
    const { canvas } = ok<{ canvas: { css: string; header: string; footer: string } }>(
      await gql(CANVAS, { id }, alice),
      'draftPage',
    );
    // The same sheet the live document carries: tokens (with the platform's font faces), then component styles.
    expect(canvas.css).toMatch(/^:root \{/);
    expect(canvas.css).toContain('--wh-color-brand-primary');
    expect(canvas.css).toContain('@font-face');
    expect(canvas.css).toContain('.wh-button--primary{');
    expect(canvas.css).toContain('.wh-site-header{');
    // The groups as visitors get them, without the page's own content or a document around them.
    expect(canvas.header).toContain('Spring sale');
    expect(canvas.header).toContain('<header class="wh-site-header">');
    expect(canvas.footer).toContain('<footer class="wh-site-footer">');
    expect(`${canvas.header}${canvas.footer}`).not.toMatch(/Only in the content|<main|<html|<style|<script/);
    // Another tenant's owner does not find the page; a visitor may not read drafts.
    expect(ok(await gql(CANVAS, { id }, mallory), 'draftPage')).toBeNull();
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(
      errorOf(await gql(CANVAS, { id }, visitorA)).extensions?.code,
    );
  });
});

describe('site layout: rendering, menus by reference and broken links', () => {
  it('renders every page inside the layout, menu links resolved under the base, missing targets as text, and reports them', async () => {
    const tenant = randomUUID();
    const owner = { ...userContext(randomUUID(), tenant, 'owner'), tenantSlug: 'shop' };
    const visitor: RequestContext = { ...anonymousContext(tenant), tenantSlug: 'shop' };
    const siteId = await createSite(owner, 'Shop & Co');
    const save = async (path: string, content: unknown[]) => {
      const saved = ok<{ id: string }>(
        await gql(SAVE, { input: { siteId, path, title: path, tree: { content } } }, owner),
        'savePage',
      );
      ok(await gql(PUBLISH, { id: saved.id }, owner), 'publishPage');
      return saved.id;
    };
    const home = await save('/', [
      { type: 'Heading', props: { text: 'Home', level: 1 } },
      { type: 'Button', props: { label: 'Broken', href: '/missing' } },
      { type: 'Button', props: { label: 'About', href: '/about' } },
    ]);
    const about = await save('/about', [{ type: 'Heading', props: { text: 'About', level: 1 } }]);
    const menu = ok<{ items: unknown[] }>(
      await gql(
        SAVE_MENU,
        {
          siteId,
          handle: 'main',
          items: [
            { label: 'Home', link: { kind: 'PAGE', pageId: home } },
            { label: 'About us', link: { kind: 'PAGE', pageId: about } },
            { label: 'Tote', link: { kind: 'PRODUCT', slug: 'canvas-tote' } },
            { label: 'All', link: { kind: 'ALL_PRODUCTS' } },
            { label: 'Gone', href: '/gone' },
            { label: 'Docs', href: 'https://docs.example.com/' },
          ],
        },
        owner,
      ),
      'saveMenu',
    );
    expect(menu.items[1]).toEqual({
      label: 'About us',
      href: '/about',
      link: { kind: 'PAGE', pageId: about, slug: null },
    });
    expect(menu.items[2]).toMatchObject({
      href: '/products/canvas-tote',
      link: { kind: 'PRODUCT', slug: 'canvas-tote' },
    });
    // A page link names a page of the menu's site.
    const foreign = errorOf(
      await gql(
        SAVE_MENU,
        { siteId, handle: 'x', items: [{ label: 'X', link: { kind: 'PAGE', pageId: randomUUID() } }] },
        owner,
      ),
    );
    expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(foreign.message).toContain('items[0].link.pageId');
    ok(
      await gql(SAVE_MENU, { siteId, handle: 'legal', items: [{ label: 'Terms', href: '/terms' }] }, owner),
      'saveMenu',
    );

    const page = async (path: string, base?: string) =>
      ok<{ html: string }>(await gql(HTML, { path, base }, visitor), 'page').html;
    const doc = await page('/', '/s/shop/fr');
    expect(doc).toMatch(
      /<body><a class="wh-skip-link" href="#main">Skip to content<\/a><header class="wh-site-header">/,
    );
    expect(doc).toMatch(/<\/main><footer class="wh-site-footer">.*<\/footer><\/body>/);
    expect(doc).toContain('<a class="wh-site-header__brand" href="/s/shop/fr/">Shop &amp; Co</a>');
    expect(hrefs(doc)).toEqual([
      '#main',
      '/s/shop/fr/',
      '/s/shop/fr/cart',
      '/s/shop/fr/',
      '/s/shop/fr/about',
      '/s/shop/fr/products/canvas-tote',
      '/s/shop/fr/collections/all',
      'https://docs.example.com/',
      '/s/shop/fr/about',
    ]);
    expect(doc).toContain('action="/s/shop/fr/search"');
    expect(doc).toContain('<span class="wh-link--missing">Gone</span>');
    expect(doc).toContain('<span class="wh-link--missing">Broken</span>');
    expect(doc).toContain('<span class="wh-link--missing">Terms</span>');
    // Without a base: `/s/<slug>` for a platform request; a custom domain's root is ''.
    expect(hrefs(await page('/'))).toContain('/s/shop/about');
    expect(hrefs(await page('/', ''))).toContain('/about');
    expect(
      errorOf(await gql(HTML, { path: '/', base: 'javascript:alert(1)' }, visitor)).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'base',
    });

    // The page moves: its menu link follows (the old path redirects, so the button is no dead link either).
    ok(
      await gql(
        SAVE,
        { input: { id: about, siteId, path: '/about-us', title: 'About', tree: { content: [] } } },
        owner,
      ),
      'savePage',
    );
    const moved = await page('/', '/s/shop');
    expect(hrefs(moved)).toContain('/s/shop/about-us');
    expect(hrefs(moved)).toContain('/s/shop/about');

    // Unpublished: the menu's page link is text, and the report names it.
    ok(await gql(UNPUBLISH, { id: about }, owner), 'unpublishPage');
    expect(await page('/', '/s/shop')).toContain('<span class="wh-link--missing">About us</span>');

    const report = ok<BrokenOut>(await gql(BROKEN, { siteId, first: 50 }, owner), 'siteBrokenLinks');
    const found = report.edges.map((e) => e.node);
    expect(found).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        {
          source: 'PAGE',
          sourceName: '/',
          pageId: home,
          at: 'content[1].props.href',
          label: 'Broken',
          target: '/missing',
        },
        {
          source: 'MENU',
          sourceName: 'main',
          pageId: null,
          at: 'items[1]',
          label: 'About us',
          target: `page:${about}`,
        },
        { source: 'MENU', sourceName: 'main', pageId: null, at: 'items[4]', label: 'Gone', target: '/gone' },
        {
          source: 'MENU',
          sourceName: 'legal',
          pageId: null,
          at: 'items[0]',
          label: 'Terms',
          target: '/terms',
        },
      ]),
    );
    // Cursor pages walk the same list in the same order.
    const firstTwo = ok<BrokenOut>(await gql(BROKEN, { siteId, first: 2 }, owner), 'siteBrokenLinks');
    expect(firstTwo.pageInfo.hasNextPage).toBe(true);
    const rest = ok<BrokenOut>(
      await gql(BROKEN, { siteId, first: 2, after: firstTwo.pageInfo.endCursor }, owner),
      'siteBrokenLinks',
    );
    expect([...firstTwo.edges, ...rest.edges].map((e) => e.node)).toEqual(found);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // The report is for editors.
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(
      errorOf(await gql(BROKEN, { siteId }, visitor)).extensions?.code,
    );
  });
});
