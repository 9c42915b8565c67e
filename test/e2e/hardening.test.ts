import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformPlans } from '../../core/plans.js';
import { DEMO } from '../../stack/seed.js';
import { bearer, type DemoStack, gql, ok, signUp, startDemoStack } from './support.js';

/**
 * Issue #12 hardening through the gateway, from the attacker's side: a page referring to another
 * tenant's product or image, the plan's page limit read from auth's directory, tax and shipping for
 * a region the store does not have, a storefront form posted from an opaque origin (`Origin: null`),
 * and the preview page's Content-Security-Policy.
 */
let demo: DemoStack;
let url: string;
let other: string;
let sql: pg.Client;

const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }';
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
const CREATE_UPLOAD = `mutation($input: CreateUploadInput!) { createUpload(input: $input) { asset { id } } }`;

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

async function productOf(token: string, title: string, status = 'ACTIVE'): Promise<string> {
  const data = await ok<{ createProduct: { id: string } }>(
    url,
    CREATE_PRODUCT,
    {
      input: {
        title,
        status,
        variants: [
          {
            sku: `${title.toUpperCase().replace(/\W+/g, '-')}-1`,
            prices: [{ currency: 'USD', amount: 900 }],
          },
        ],
      },
    },
    token,
  );
  return data.createProduct.id;
}

async function assetOf(token: string, filename: string): Promise<string> {
  const data = await ok<{ createUpload: { asset: { id: string } } }>(
    url,
    CREATE_UPLOAD,
    { input: { filename, contentType: 'image/png', size: 100 } },
    token,
  );
  return data.createUpload.asset.id;
}

beforeAll(async () => {
  demo = await startDemoStack();
  url = demo.url;
  other = await signUp(url, 'victim-shop');
  sql = new pg.Client({ connectionString: demo.databaseUrl });
  await sql.connect();
}, 120_000);

afterAll(async () => {
  await sql?.end();
  await demo?.close();
});

describe("a page refers only to its own tenant's products and images", () => {
  it("refuses another tenant's product and asset ids, naming where they sit; own ones (drafts too) are saved", async () => {
    const theirProduct = await productOf(other, 'Victim Mug');
    const theirAsset = await assetOf(other, 'victim.png');
    const ownDraft = await productOf(demo.token, 'Coming Soon', 'DRAFT');
    const ownAsset = await assetOf(demo.token, 'own.png');
    const columns = (productIds: string[]) => ({
      type: 'Columns',
      props: { columns: [{ items: [{ type: 'ProductGrid', props: { heading: 'Picks', productIds } }] }] },
    });
    const image = (assetId: string) => ({
      type: 'Image',
      props: { assetId, alt: 'Picture', width: 800, height: 600 },
    });
    const attempts: [Record<string, unknown>, string, string][] = [
      [{ featuredProductIds: [ownDraft, theirProduct] }, 'featuredProductIds', 'featuredProductIds[1]'],
      [{ ogImageAssetId: theirAsset }, 'ogImageAssetId', 'ogImageAssetId'],
      [{ tree: { content: [image(ownAsset), image(theirAsset)] } }, 'tree', 'tree.content[1].props.assetId'],
      [
        { tree: { content: [image(ownAsset), columns([ownDraft, theirProduct])] } },
        'tree',
        'tree.content[1].props.columns[0].items[0].props.productIds[1]',
      ],
    ];
    for (const [extra, field, path] of attempts) {
      const res = await gql(
        url,
        SAVE,
        { input: { path: '/borrowed', title: 'Borrowed', tree: { content: [] }, ...extra } },
        bearer(demo.token),
      );
      const errors = res.body.errors as Errors;
      expect(errors, JSON.stringify(res.body)).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, path });
      expect(errors![0]!.message).toMatch(new RegExp(`^${path.replace(/[[\].]/g, '\\$&')}: `));
    }
    const { rows } = await sql.query(`select count(*)::int as n from cms.page where path = '/borrowed'`);
    expect(rows[0].n).toBe(0);

    // The same page with only its own (draft) product and image is saved; a later edit adding a
    // foreign id to it is refused too, and the stored page keeps what it had.
    const saved = await ok<{ savePage: { id: string; version: number } }>(
      url,
      SAVE,
      {
        input: {
          path: '/own-picks',
          title: 'Own picks',
          featuredProductIds: [ownDraft],
          ogImageAssetId: ownAsset,
          tree: { content: [image(ownAsset), columns([ownDraft])] },
        },
      },
      demo.token,
    );
    const edit = await gql(
      url,
      SAVE,
      {
        input: {
          id: saved.savePage.id,
          path: '/own-picks',
          title: 'Own picks',
          tree: { content: [image(ownAsset), columns([ownDraft, theirProduct])] },
        },
      },
      bearer(demo.token),
    );
    expect((edit.body.errors as Errors)?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'tree',
    });
    const { rows: stored } = await sql.query('select version from cms.page where id = $1', [
      saved.savePage.id,
    ]);
    expect(stored[0].version).toBe(saved.savePage.version);

    // A translation's tree is checked the same way.
    const translation = await gql(
      url,
      'mutation($input: SavePageTranslationInput!) { savePageTranslation(input: $input) { locale } }',
      {
        input: {
          pageId: saved.savePage.id,
          locale: 'de',
          title: 'Eigene Auswahl',
          tree: { content: [image(theirAsset)] },
        },
      },
      bearer(demo.token),
    );
    expect((translation.body.errors as Errors)?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: 'tree.content[0].props.assetId',
    });
  });
});

describe("the plan's page limit, read from auth's tenant directory", () => {
  it('refuses the page past the free limit with PLAN_LIMIT, and lifts it when the plan changes', async () => {
    const token = await signUp(url, 'limit-shop');
    await ok(url, 'mutation { createSite(input: { name: "Shop" }) { id } }', {}, token);
    const max = platformPlans().get('free').limits.pages;
    const page = (i: number) =>
      gql(url, SAVE, { input: { path: `/p-${i}`, title: `P${i}`, tree: { content: [] } } }, bearer(token));
    for (let i = 0; i < max; i++) expect((await page(i)).body.errors).toBeUndefined();
    const refused = (await page(max)).body.errors as Errors;
    expect(refused?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PLAN_LIMIT',
      limit: 'pages',
      max,
      plan: 'free',
    });
    // Billing changes auth's row: the next write reads the new plan (no cache in between).
    await sql.query(`update auth.tenant set plan = 'pro' where slug = 'limit-shop'`);
    expect((await page(max)).body.errors).toBeUndefined();
  });
});

describe("tax and shipping only for the store's regions", () => {
  it('refuses a region code the tenant does not have; its own region is accepted', async () => {
    for (const [query, input] of [
      [
        'mutation($i: TaxSettingInput!) { setTaxSetting(input: $i) { region } }',
        { regionCode: 'atlantis', rateBps: 1000, inclusive: false },
      ],
      [
        'mutation($i: ShippingRateInput!) { createShippingRate(input: $i) { id } }',
        { regionCode: 'atlantis', name: 'Boat', currency: 'USD', amount: 500 },
      ],
    ] as const) {
      const res = await gql(url, query, { i: input }, bearer(demo.token));
      expect((res.body.errors as Errors)?.[0]?.extensions, JSON.stringify(res.body)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'regionCode',
      });
      const own = await gql(url, query, { i: { ...input, regionCode: 'default' } }, bearer(demo.token));
      expect(own.body.errors).toBeUndefined();
    }
  });
});

describe('storefront forms', () => {
  it('refuse a post from an opaque origin (Origin: null) like a cross-site one', async () => {
    const post = (origin?: string) =>
      fetch(`${url}/s/${DEMO.tenantSlug}/cart`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(origin === undefined ? {} : { origin }),
        },
        body: 'wh_action=cart-discount&code=NOPE',
      });
    expect((await post('null')).status).toBe(403);
    expect((await post('https://evil.example')).status).toBe(403);
    // Same origin (and no Origin at all, as older clients send) is not refused as cross-site.
    expect((await post(new URL(url).origin)).status).not.toBe(403);
    expect((await post()).status).not.toBe(403);
  });
});

describe('preview links', () => {
  it("serve the draft under the page's CSP, frameable by the platform only", async () => {
    const saved = await ok<{ savePage: { id: string } }>(
      url,
      SAVE,
      {
        input: {
          path: '/preview-csp',
          title: 'Draft',
          tree: { content: [{ type: 'Heading', props: { text: 'Draft', level: 1 } }] },
        },
      },
      demo.token,
    );
    const link = await ok<{ createPreviewLink: { url: string } }>(
      url,
      'mutation($id: ID!) { createPreviewLink(pageId: $id, ttlSeconds: 600) { url } }',
      { id: saved.savePage.id },
      demo.token,
    );
    const res = await fetch(`${url}${new URL(link.createPreviewLink.url).pathname}`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain("frame-ancestors 'self'");
    expect(directives.filter((d) => d.startsWith('frame-ancestors'))).toHaveLength(1);
    expect(directives).toContain("default-src 'self'");
    expect(directives.find((d) => d.startsWith('script-src'))).toMatch(/^script-src 'self'/);
    expect(directives).toContain("base-uri 'none'");
    expect(await res.text()).toContain('Draft');
  });
});
