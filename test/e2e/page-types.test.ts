import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db.js';
import { DEMO } from '../../stack/seed.js';
import { PageTypeTemplateSchema } from '../../subgraphs/cms/entities/page-types.js';
import { photo } from '../support/images.js';
import { bearer, eventually, gql, loginDemo, ok, signUp, startTestStack, type TestStack } from './support.js';

/**
 * Storefront page types (ADR 0047): a site's template per page type (the theme's default, else its
 * override), saved with optimistic concurrency and reset; binding components only in their own
 * page type; tenant B never reads or writes tenant A's; and `storefrontDocument` through the
 * storefront edge: product and collection pages with their data, 404s, pagination and sort.
 */
let stack: TestStack;
let url: string;
let owner: string;
let other: string;
let siteId: string;

const TEMPLATES =
  'query($siteId: ID) { pageTypeTemplates(siteId: $siteId) { siteId pageType isDefault version tree } }';
const SAVE = `mutation($input: SavePageTypeTemplateInput!) {
  savePageTypeTemplate(input: $input) { pageType isDefault version tree updatedAt } }`;
const RESET = `mutation($siteId: ID!, $pageType: PageType!, $expectedVersion: Int) {
  resetPageTypeTemplate(siteId: $siteId, pageType: $pageType, expectedVersion: $expectedVersion) { isDefault version } }`;

const productTree = (heading: string) => ({
  root: { props: {} },
  content: [
    { type: 'Heading', props: { text: heading, level: 2 } },
    { type: 'ProductDetail', props: { breadcrumbs: false } },
  ],
});

type Templates = {
  pageTypeTemplates: { siteId: string; pageType: string; isDefault: boolean; version: number }[];
};

beforeAll(async () => {
  stack = await startTestStack({}, { seed: true });
  url = stack.url;
  owner = await loginDemo(url);
  other = await signUp(url, 'page-types-b');
  const sites = await ok<{ sites: { edges: { node: { id: string } }[] } }>(
    url,
    '{ sites(first: 1) { edges { node { id } } } }',
    {},
    owner,
  );
  siteId = sites.sites.edges[0]!.node.id;
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

describe('page-type templates', () => {
  it('resolve to the theme default, save with a version, refuse stale saves, reset', async () => {
    const before = await ok<Templates>(url, TEMPLATES, { siteId }, owner);
    expect(before.pageTypeTemplates.map((t) => [t.pageType, t.isDefault, t.version])).toEqual([
      ['PRODUCT', true, 0],
      ['COLLECTION', true, 0],
      ['NOT_FOUND', true, 0],
      ['CART', true, 0],
      ['CHECKOUT', true, 0],
      ['ORDER', true, 0],
      ['SEARCH', true, 0],
      ['PAYMENT', true, 0],
    ]);
    const saved = await ok<{ savePageTypeTemplate: { isDefault: boolean; version: number } }>(
      url,
      SAVE,
      { input: { siteId, pageType: 'PRODUCT', tree: productTree('Our pick'), expectedVersion: 0 } },
      owner,
    );
    expect(saved.savePageTypeTemplate).toMatchObject({ isDefault: false, version: 1 });
    // The override is what the storefront renders now.
    const page = await fetch(`${url}/s/${DEMO.tenantSlug}/products/speckled-stoneware-mug`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h2 class="wh-heading">Our pick</h2>');

    const stale = await gql(
      url,
      SAVE,
      { input: { siteId, pageType: 'PRODUCT', tree: productTree('x'), expectedVersion: 0 } },
      bearer(owner),
    );
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const staleReset = await gql(
      url,
      RESET,
      { siteId, pageType: 'PRODUCT', expectedVersion: 5 },
      bearer(owner),
    );
    expect(staleReset.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reset = await ok<{ resetPageTypeTemplate: { isDefault: boolean; version: number } }>(
      url,
      RESET,
      { siteId, pageType: 'PRODUCT', expectedVersion: 1 },
      owner,
    );
    expect(reset.resetPageTypeTemplate).toEqual({ isDefault: true, version: 0 });
    const after = await ok<Templates>(url, TEMPLATES, { siteId }, owner);
    expect(after.pageTypeTemplates.every((t) => t.isDefault)).toBe(true);
  });

  it('allow a binding component only in its own page type', async () => {
    const inCollection = await gql(
      url,
      SAVE,
      { input: { siteId, pageType: 'COLLECTION', tree: productTree('x') } },
      bearer(owner),
    );
    expect(inCollection.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inCollection.body.errors?.[0]?.message).toMatch(/tree\.content\[1\]\.type: "ProductDetail"/);
    const onPage = await gql(
      url,
      'mutation($input: SavePageInput!) { savePage(input: $input) { id } }',
      { input: { path: '/bound', title: 'Bound', tree: productTree('x') } },
      bearer(owner),
    );
    expect(onPage.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(onPage.body.errors?.[0]?.message).toMatch(/ProductDetail/);
  });

  it("keep tenant B away from tenant A's templates (ORM filter and RLS)", async () => {
    await ok(
      url,
      SAVE,
      {
        input: {
          siteId,
          pageType: 'NOT_FOUND',
          tree: { root: { props: {} }, content: [{ type: 'NotFound', props: { heading: 'Lost?' } }] },
        },
      },
      owner,
    );
    const read = await gql(url, TEMPLATES, { siteId }, bearer(other));
    expect(read.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const write = await gql(
      url,
      SAVE,
      { input: { siteId, pageType: 'NOT_FOUND', tree: { root: { props: {} }, content: [] } } },
      bearer(other),
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const wipe = await gql(url, RESET, { siteId, pageType: 'NOT_FOUND' }, bearer(other));
    expect(wipe.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Below the ORM filter: RLS alone hides A's row from a transaction of tenant B.
    const tenantB = (await ok<{ me: { tenant: { id: string } } }>(url, '{ me { tenant { id } } }', {}, other))
      .me.tenant.id;
    const db = stack.stack.cms.db;
    const seenByB = await withTenant(db, { tenantId: tenantB }, (em) =>
      em.find(PageTypeTemplateSchema, {}, { filters: false }),
    );
    expect(seenByB).toEqual([]);
    // A's 404 template is still A's.
    const missing = await fetch(`${url}/s/${DEMO.tenantSlug}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Lost?');
    await ok(url, RESET, { siteId, pageType: 'NOT_FOUND' }, owner);
  });
});

describe('storefrontDocument through the storefront', () => {
  const store = () => `${url}/s/${DEMO.tenantSlug}`;

  it('renders a product with its variants, price, stock, form and JSON-LD; 404 for an unknown one', async () => {
    const res = await fetch(`${store()}/products/speckled-stoneware-mug`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1 class="wh-heading wh-pdp__title">Speckled Stoneware Mug</h1>');
    expect(html).toContain('<input type="hidden" name="wh_action" value="cart-add"/>');
    // Variant choice without JavaScript: links under the storefront base.
    expect(html).toMatch(/href="\/s\/demo\/products\/speckled-stoneware-mug\?variant=[0-9a-f-]{36}"/);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('"@type":"Product"');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    // The sold-out Ink variant picked: the page says so and the button is disabled.
    const l =
      /aria-label="Ink \(Sold out\)" rel="nofollow" href="(\/s\/demo\/products\/speckled-stoneware-mug\?variant=[0-9a-f-]{36})"/.exec(
        html,
      );
    expect(l).not.toBeNull();
    const soldOut = await (await fetch(`${url}${l![1]!.replace(/&amp;/g, '&')}`)).text();
    expect(soldOut).toContain('wh-stock--out');
    expect(soldOut).toMatch(
      /<button type="submit" class="wh-button wh-button--primary wh-button--block" disabled="">Sold out<\/button>/,
    );

    const unknown = await fetch(`${store()}/products/no-such-product`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Page not found');
    const other404 = await fetch(`${store()}/nothing/here`);
    expect(other404.status).toBe(404);
    expect(other404.headers.get('cache-control')).toBe('no-store');
  });

  it("never answers tenant B's render with tenant A's page, template or product (the cms's render cache)", async () => {
    // A's about page and product page, rendered (and kept by the cms) first.
    const aboutOfA = await (await fetch(`${store()}/about`)).text();
    const titleOfA = /<title>([^<]*)<\/title>/.exec(aboutOfA)![1]!;
    expect((await fetch(`${store()}/products/speckled-stoneware-mug`)).status).toBe(200);
    // B publishes its own page at the same path, on the same platform host.
    await ok(url, 'mutation { createSite(input: { name: "B shop" }) { id } }', {}, other);
    const saved = await ok<{ savePage: { id: string; version: number } }>(
      url,
      'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }',
      {
        input: {
          path: '/about',
          title: 'About B',
          tree: { root: { props: {} }, content: [{ type: 'Text', props: { text: 'Only B says this.' } }] },
        },
      },
      other,
    );
    await ok(
      url,
      'mutation($id: ID!, $v: Int) { publishPage(id: $id, expectedVersion: $v) { id } }',
      { id: saved.savePage.id, v: saved.savePage.version },
      other,
    );
    const storeOfB = `${url}/s/page-types-b`;
    const aboutOfB = await (await fetch(`${storeOfB}/about`)).text();
    expect(aboutOfB).toContain('Only B says this.');
    expect(aboutOfB).not.toContain(titleOfA);
    const productOfB = await fetch(`${storeOfB}/products/speckled-stoneware-mug`);
    expect(productOfB.status).toBe(404);
    expect(await productOfB.text()).not.toContain('Speckled Stoneware Mug');
    // And A still gets its own.
    expect(await (await fetch(`${store()}/about?variant=again`)).text()).not.toContain('Only B says this.');
  });

  it('renders collections and all products, sorted, and pages through them with cursors', async () => {
    const ceramics = await fetch(`${store()}/collections/ceramics?sort=price-desc`);
    expect(ceramics.status).toBe(200);
    const html = await ceramics.text();
    const titles = [...html.matchAll(/<h2 class="wh-card__title">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      'Footed Serving Bowl',
      'Dinner Plates, Set of Two',
      'Bud Vase Trio',
      'Speckled Stoneware Mug',
    ]);
    expect(html).toContain('href="/s/demo/products/speckled-stoneware-mug"');
    const all = await fetch(`${store()}/collections/all`);
    expect(all.status).toBe(200);
    expect(await all.text()).toContain('<h1 class="wh-heading wh-collection__title">All products</h1>');
    expect((await fetch(`${store()}/collections/nope`)).status).toBe(404);

    // The cursors the pagination links carry: forward with after, back with before, in one order.
    const PAGE = `query($after: String, $before: String) { collection(slug: "ceramics") { products(first: 1, sort: PRICE_ASC, after: $after, before: $before) {
      edges { cursor node { title } } pageInfo { hasNextPage endCursor } } } }`;
    type Page = {
      collection: {
        products: {
          edges: { cursor: string; node: { title: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const pages = [await ok<Page>(url, PAGE, {}, owner)];
    for (let i = 0; i < 3; i++) {
      const after = pages.at(-1)!.collection.products.pageInfo.endCursor;
      pages.push(await ok<Page>(url, PAGE, { after }, owner));
    }
    expect(pages.map((p) => p.collection.products.edges[0]!.node.title)).toEqual([
      'Speckled Stoneware Mug',
      'Bud Vase Trio',
      'Dinner Plates, Set of Two',
      'Footed Serving Bowl',
    ]);
    const p1 = pages[0]!;
    const p4 = pages[3]!;
    expect(p4.collection.products.pageInfo.hasNextPage).toBe(false);
    const back = await ok<Page>(url, PAGE, { before: p4.collection.products.edges[0]!.cursor }, owner);
    expect(back.collection.products.edges.map((e) => e.node.title)).toEqual(['Dinner Plates, Set of Two']);
    expect(back.collection.products.pageInfo.hasNextPage).toBe(true);

    // The collection page after the first card: the rest, a Previous link back (before), no Next.
    const cardTitles = (text: string) =>
      [...text.matchAll(/<h2 class="wh-card__title">([^<]+)<\/h2>/g)].map((m) => m[1]);
    const second = await (
      await fetch(
        `${store()}/collections/ceramics?sort=price-asc&after=${p1.collection.products.pageInfo.endCursor}`,
      )
    ).text();
    expect(cardTitles(second)).toEqual(['Bud Vase Trio', 'Dinner Plates, Set of Two', 'Footed Serving Bowl']);
    expect(second).not.toContain('rel="next"');
    const prev = /rel="prev" href="\?([^"]+)"/.exec(second);
    expect(prev).not.toBeNull();
    const first = await (
      await fetch(`${store()}/collections/ceramics?${prev![1]!.replace(/&amp;/g, '&')}`)
    ).text();
    expect(cardTitles(first)).toEqual(['Speckled Stoneware Mug']);
    expect(first).not.toContain('rel="prev"');
    expect(first).toMatch(/rel="next" href="\?after=[^"]+&amp;sort=price-asc"/);
  });

  it('serves documents html-validate passes (the repository config), sold-out and sorted states included', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const repoFile = fileURLToPath(new URL('../../rendered-page.html', import.meta.url));
    const product = await (await fetch(`${store()}/products/speckled-stoneware-mug`)).text();
    const variant = /href="\/s\/demo(\/products\/speckled-stoneware-mug\?variant=[^"]+)"/g;
    const soldOutPath = [...product.matchAll(variant)].map((m) => m[1]!).at(-1)!;
    for (const path of [
      '/products/speckled-stoneware-mug',
      soldOutPath,
      '/collections/ceramics?sort=price-asc',
      '/collections/all',
      '/nowhere',
    ]) {
      const html = await (await fetch(`${store()}${path}`)).text();
      const report = await validator.validateString(html, repoFile);
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        path,
      ).toEqual([]);
    }
  });

  it('shows product images as <picture> (AVIF, WebP, JPEG) and features a collection in a ProductGrid', async () => {
    const body = await photo(1200, 1500, 7);
    const created = await ok<{ createUpload: { uploadUrl: string; method: string; asset: { id: string } } }>(
      url,
      'mutation($input: CreateUploadInput!) { createUpload(input: $input) { uploadUrl method asset { id } } }',
      { input: { filename: 'shirt.jpg', contentType: 'image/jpeg', size: body.length } },
      owner,
    );
    const ticket = created.createUpload;
    const target = new URL(ticket.uploadUrl);
    const put = await fetch(`${url}${target.pathname}${target.search}`, {
      method: ticket.method,
      body: new Uint8Array(body),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(put.status).toBe(200);
    await ok(
      url,
      'mutation($id: ID!) { completeUpload(id: $id) { status } }',
      { id: ticket.asset.id },
      owner,
    );
    await eventually(async () => {
      const res = await ok<{ asset: { status: string } }>(
        url,
        'query($id: ID!) { asset(id: $id) { status } }',
        { id: ticket.asset.id },
        owner,
      );
      return res.asset.status === 'READY' ? true : undefined;
    }, 60_000);
    const shirt = await ok<{ product: { id: string; version: number } }>(
      url,
      '{ product(slug: "speckled-stoneware-mug") { id version } }',
      {},
      owner,
    );
    await ok(
      url,
      'mutation($id: ID!, $v: Int!, $input: UpdateProductInput!) { updateProduct(id: $id, expectedVersion: $v, input: $input) { id } }',
      { id: shirt.product.id, v: shirt.product.version, input: { imageAssetIds: [ticket.asset.id] } },
      owner,
    );
    // Visitors do not reach asset fields through products (assets:read); the renderer does.
    const visitor = await gql<{ product: { images: unknown[] } }>(
      url,
      '{ product(slug: "speckled-stoneware-mug") { images { id } } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    expect(visitor.body.data?.product.images).toEqual([]);
    await eventually(async () => {
      const html = await (await fetch(`${store()}/products/speckled-stoneware-mug`)).text();
      return html.includes('<source type="image/avif"') ? html : undefined;
    }, 20_000).then((html) => {
      expect(html).toContain('<source type="image/webp"');
      expect(html).toMatch(
        /<img src="[^"]+" srcSet="[^"]+" sizes="[^"]+" width="1200" height="1500" alt="[^"]*" loading="eager" decoding="sync" fetchPriority="high"\/>/,
      );
    });

    await ok(
      url,
      'mutation($input: SavePageInput!) { savePage(input: $input) { id } }',
      {
        input: {
          path: '/featured-grid',
          title: 'Featured',
          tree: {
            root: { props: {} },
            content: [
              { type: 'ProductGrid', props: { heading: 'Featured', collection: 'ceramics', limit: 2 } },
            ],
          },
        },
      },
      owner,
    ).then((saved) =>
      ok(
        url,
        'mutation($id: ID!) { publishPage(id: $id) { id } }',
        { id: (saved as { savePage: { id: string } }).savePage.id },
        owner,
      ),
    );
    const grid = await (await fetch(`${store()}/featured-grid`)).text();
    expect(grid.match(/<a class="wh-card" href="\/s\/demo\/products\/[a-z-]+">/g)).toHaveLength(2);
    expect(grid).toContain('<h2 class="wh-heading">Featured</h2>');
  }, 90_000);
});

describe('the search page and the header cart count', () => {
  const store = () => `${url}/s/${DEMO.tenantSlug}`;

  it('finds products and pages from the header form, under the base; prompts, says when nothing matches; noindex, never cached', async () => {
    const home = await (await fetch(`${store()}/`)).text();
    expect(home).toContain('<form class="wh-search__form" action="/s/demo/search" method="get">');
    const res = await fetch(`${store()}/search?q=mug&utm_source=x`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('<h1 class="wh-heading">Results for “mug”</h1>');
    expect(html).toContain('href="/s/demo/products/speckled-stoneware-mug"');
    expect(html).toMatch(/<ul class="wh-cards"><li><a class="wh-card"/);
    expect(html).toContain('value="mug"');
    // Pages match their published text; the query is a bound value, never markup.
    const pages = await (await fetch(`${store()}/search?q=${encodeURIComponent('kiln <b>')}`)).text();
    expect(pages).toContain('<a href="/s/demo/about">Our story</a>');
    expect(pages).toContain('Results for “kiln &lt;b&gt;”');
    const prompt = await (await fetch(`${store()}/search`)).text();
    expect(prompt).toContain('Type what you are looking for, then press Search.');
    const none = await (await fetch(`${store()}/search?q=zzqqxx`)).text();
    expect(none).toContain('Nothing matches “zzqqxx”');
    // A cursor the search never gave out starts from the first results.
    const tampered = await fetch(`${store()}/search?q=mug&after=bm90LWEtY3Vyc29y`);
    expect(tampered.status).toBe(200);
    expect(await tampered.text()).toContain('href="/s/demo/products/speckled-stoneware-mug"');
  });

  it("never finds tenant A's products or pages for tenant B", async () => {
    const site = await gql(
      url,
      'mutation { createSite(input: { name: "B shop" }) { id } }',
      {},
      bearer(other),
    );
    expect(site.body.errors).toBeUndefined();
    const asB = await (await fetch(`${url}/s/page-types-b/search?q=mug`)).text();
    expect(asB).toContain('Nothing matches “mug”');
    expect(asB).not.toContain('speckled-stoneware-mug');
    const pagesAsB = await (await fetch(`${url}/s/page-types-b/search?q=kiln`)).text();
    expect(pagesAsB).not.toContain('Our story');
  });

  it('fills the cached page with each visitor’s own cart count at the edge', async () => {
    const page = `${store()}/collections/all`;
    const anonymous = await fetch(page);
    const etag = anonymous.headers.get('etag')!;
    const anonymousHtml = await anonymous.text();
    expect(anonymousHtml).toContain('<span class="wh-cart-count" data-wh-cart-count="">');
    const product = await gql<{ product: { variants: { id: string; inStock: boolean }[] } }>(
      url,
      '{ product(slug: "speckled-stoneware-mug") { variants { id inStock } } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    const variantId = product.body.data!.product.variants.find((v) => v.inStock)!.id;
    const cartOf = async (quantity: number) => {
      const added = await fetch(`${store()}/`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          wh_action: 'cart-add',
          variantId,
          quantity: String(quantity),
        }).toString(),
      });
      expect(added.status).toBe(303);
      return added.headers
        .getSetCookie()
        .map((c) => c.split(';')[0]!)
        .join('; ');
    };
    const [one, three] = await Promise.all([cartOf(1), cartOf(3)]);
    expect(one).toMatch(/^wh_cart=[\w-]+; wh_cart_count=1$/);
    const badge = (n: number) =>
      `<span class="wh-cart-count" data-wh-cart-count="${n}"><span class="wh-visually-hidden">, items in cart: </span>${n}</span>`;
    const [forOne, forThree, again] = await Promise.all([
      fetch(page, { headers: { cookie: one } }),
      fetch(page, { headers: { cookie: three } }),
      fetch(page),
    ]);
    // The same cached page for all three (its ETag), each with its own count.
    expect(again.headers.get('etag')).toBe(etag);
    expect(forOne.headers.get('etag')).toBe(etag.replace(/(-br|-gz)?"$/, '-c1$1"'));
    expect(await forOne.text()).toContain(badge(1));
    expect(await forThree.text()).toContain(badge(3));
    expect(await again.text()).toBe(anonymousHtml);
    // A count without a cart shows nothing; the cart page and a 404 are filled in too.
    expect(await (await fetch(page, { headers: { cookie: 'wh_cart_count=7' } })).text()).toBe(anonymousHtml);
    expect(await (await fetch(`${store()}/cart`, { headers: { cookie: three } })).text()).toContain(badge(3));
    expect(await (await fetch(`${store()}/nowhere`, { headers: { cookie: three } })).text()).toContain(
      badge(3),
    );
  });
});

describe('cart, checkout and order page types (personal documents)', () => {
  const store = () => `${url}/s/${DEMO.tenantSlug}`;
  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    fetch(`${store()}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(cookie ? { cookie } : {}),
      },
      body: new URLSearchParams(fields).toString(),
    });
  const personal = (res: Response) => {
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
  };
  let cookie = '';
  let cartToken = '';

  it('renders the empty cart, explains a reason key, and sends checkout without a cart back to the cart', async () => {
    const empty = await fetch(`${store()}/cart`);
    expect(empty.status).toBe(200);
    personal(empty);
    const html = await empty.text();
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('Your cart is empty.');
    expect(html).toContain('class="wh-site-header');
    const checkout = await fetch(`${store()}/checkout`, { redirect: 'manual' });
    expect(checkout.status).toBe(303);
    expect(checkout.headers.get('location')).toBe(`/s/${DEMO.tenantSlug}/cart?error=CART_EMPTY`);
    const explained = await (await fetch(`${store()}/cart?error=DISCOUNT_UNKNOWN`)).text();
    expect(explained).toContain('<p class="wh-alert" role="alert">That discount code does not exist.</p>');
    // An unknown key is never reflected: a general failure is explained instead.
    const unknown = await (await fetch(`${store()}/cart?error=%3Cscript%3E`)).text();
    expect(unknown).toContain('Something went wrong. Please try again.');
    expect(unknown).not.toContain('&lt;script&gt;');
    // Personal documents carry no analytics (no Clarity, no beacon: an order's address holds its token).
    expect(unknown).not.toContain('<script');
  });

  it('renders the cart with its lines and the checkout form with autocomplete and countries', async () => {
    const product = await gql<{ product: { variants: { id: string; inStock: boolean }[] } }>(
      url,
      '{ product(slug: "speckled-stoneware-mug") { variants { id inStock } } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    const variant = product.body.data!.product.variants.find((v) => v.inStock)!;
    const added = await post('/', { wh_action: 'cart-add', variantId: variant.id });
    expect(added.status).toBe(303);
    cookie = added.headers.get('set-cookie')!.split(';')[0]!;
    cartToken = cookie.split('=')[1]!;
    const cart = await fetch(`${store()}/cart`, { headers: { cookie } });
    expect(cart.status).toBe(200);
    personal(cart);
    const html = await cart.text();
    expect(html).toContain('<span class="wh-cart__title">Speckled Stoneware Mug</span>');
    expect(html).toMatch(/data-total="\d+"/);
    expect(html).toContain('action="/s/demo/cart"');
    expect(html).toContain('href="/s/demo/checkout"');
    expect(html).not.toContain(cartToken);

    const checkout = await fetch(`${store()}/checkout`, { headers: { cookie } });
    expect(checkout.status).toBe(200);
    personal(checkout);
    const form = await checkout.text();
    expect(form).toContain('autoComplete="email"');
    expect(form).toMatch(
      /<select class="wh-input" id="checkout-country" name="country" autoComplete="country" required="">/,
    );
    expect(form).toContain('<option value="DE">Germany</option>');
    expect(form).toContain('Speckled Stoneware Mug × 1');

    // A failed order: the form again with the explained reason and the status the storefront uses.
    const failed = await post('/checkout', { email: 'not-an-email', name: 'V<b>' }, cookie);
    expect(failed.status).toBe(400);
    personal(failed);
    const again = await failed.text();
    // Every problem at once: beside its field and in a summary linking to the fields.
    expect(again).toContain(
      '<h2 class="wh-error-summary__title" id="checkout-errors">Please correct the following:</h2>',
    );
    expect(again).toContain('<li><a href="#checkout-email">Email: please check this.</a></li>');
    expect(again).toContain('<li><a href="#checkout-line1">Address is required.</a></li>');
    expect(again).toMatch(
      /id="checkout-line1"[^>]*aria-invalid="true"[^>]*aria-describedby="checkout-line1-error"/,
    );
    expect(again).toContain('<p class="wh-field__error" id="checkout-city-error">City is required.</p>');
    // What the visitor typed comes back (escaped), so nothing has to be typed twice.
    expect(again).toMatch(/id="checkout-email" type="email"[^>]* value="not-an-email"/);
    expect(again).toMatch(/id="checkout-name" type="text"[^>]* value="V&lt;b&gt;"/);
  });

  it('answers an unknown order token with the 404 document', async () => {
    const res = await fetch(`${store()}/orders/${'x'.repeat(32)}`);
    expect(res.status).toBe(404);
    personal(res);
    expect(await res.text()).toContain('Page not found');
  });

  it("never shows tenant A's cart to tenant B, whatever token B sends", async () => {
    const asB = await gql<{ storefrontDocument: { status: number; html: string | null } }>(
      url,
      'query($t: String) { storefrontDocument(path: "/cart", base: "", cartToken: $t) { status html } }',
      { t: cartToken },
      { 'x-tenant': 'page-types-b' },
    );
    expect(asB.body.errors).toBeUndefined();
    expect(asB.body.data?.storefrontDocument.html ?? '').not.toContain('Speckled Stoneware Mug');
    const checkoutAsB = await gql<{ storefrontDocument: { html: string | null; redirect: unknown } }>(
      url,
      'query($t: String) { storefrontDocument(path: "/checkout", base: "", cartToken: $t) { html redirect { to } } }',
      { t: cartToken },
      { 'x-tenant': 'page-types-b' },
    );
    expect(checkoutAsB.body.data?.storefrontDocument.html ?? '').not.toContain('Speckled Stoneware Mug');
    const viaStore = await fetch(`${url}/s/page-types-b/cart`, { headers: { cookie } });
    expect(await viaStore.text()).not.toContain('Speckled Stoneware Mug');
  });

  it('serves cart and checkout documents html-validate passes', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const repoFile = fileURLToPath(new URL('../../rendered-page.html', import.meta.url));
    const pages: [string, Promise<Response>][] = [
      ['empty cart', fetch(`${store()}/cart?error=CART_EMPTY`)],
      ['cart', fetch(`${store()}/cart`, { headers: { cookie } })],
      ['checkout', fetch(`${store()}/checkout`, { headers: { cookie } })],
      ['checkout error', post('/checkout', { email: 'x' }, cookie)],
      ['unknown order', fetch(`${store()}/orders/${'y'.repeat(32)}`)],
    ];
    for (const [name, res] of pages) {
      const html = await (await res).text();
      const report = await validator.validateString(html, repoFile);
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
        name,
      ).toEqual([]);
    }
  });
});
