/**
 * Quality of rendered pages: every sample template (templates/samples) becomes a page through the
 * API (`createPageFromTemplate`), gets realistic data (the demo store's products, uploaded images,
 * SEO fields), is published and served by the gateway; the served HTML must pass html-validate
 * (.htmlvalidate.mjs: the recommended preset) with no message at all, and axe-core, run in
 * chromium on the page as served (its CSP included), must report no violation of any impact,
 * with and without the consent banner. The gateway's own error page is held to the same bar.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalContext, type RequestContext } from '../../core/context.js';
import { withPlatform } from '../../core/db.js';
import { DEMO_PRODUCTS } from '../../stack/demo-store.js';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { TenantSchema } from '../../subgraphs/auth/entities/auth.js';
import { bearer, eventually, gql } from '../e2e/support.js';
import { guardedPage, launchChromium } from '../support/browser.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TEMPLATES = ['landing', 'product', 'blog'] as const;
/** A (virtual) file at the repository root: html-validate finds .htmlvalidate.mjs from there. */
const REPO_FILE = fileURLToPath(new URL('../../rendered-page.html', import.meta.url));

interface TreeNode {
  type: string;
  props: Record<string, unknown>;
}

/** Each node of a tree, slots (Columns) included. */
function* nodesOf(nodes: TreeNode[]): Generator<TreeNode> {
  for (const node of nodes) {
    yield node;
    const columns = node.props.columns as { items?: TreeNode[] }[] | undefined;
    for (const column of columns ?? []) yield* nodesOf(column.items ?? []);
  }
}

/** A photo-like JPEG (a gradient), so the assets service serves real variants. */
const photo = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: { r: 15, g: 118, b: 110 } },
  })
    .composite([
      {
        input: Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#f8fafc"/></svg>`,
        ),
      },
    ])
    .jpeg()
    .toBuffer();

describe('sample templates: html-validate and axe-core clean (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let browser: Browser;
  let token: string;
  let demo: RequestContext;
  let productIds: string[];
  const assetIds: Record<string, string> = {};
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  beforeAll(async () => {
    database = await createTestDatabase();
    stack = await startStack(testConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL }), {
      freePorts: true,
      seed: true,
    });
    const tenant = await withPlatform(stack.auth.parts.db, 'quality test: the demo tenant', (em) =>
      em.findOne(TenantSchema, { slug: DEMO.tenantSlug }, { filters: false }),
    );
    demo = { ...internalContext('test', tenant!.id), tenantSlug: DEMO.tenantSlug };
    const login = await gql<{ login: { accessToken: string } }>(
      stack.gatewayUrl,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    expect(login.body.errors).toBeUndefined();
    token = login.body.data!.login.accessToken;
    const products = await gql<{ products: { edges: { node: { id: string } }[] } }>(
      stack.gatewayUrl,
      '{ products(first: 3) { edges { node { id } } } }',
      {},
      bearer(token),
    );
    expect(products.body.errors).toBeUndefined();
    productIds = products.body.data!.products.edges.map((e) => e.node.id);
    expect(productIds).toHaveLength(3);
    for (const [name, width, height] of [
      ['product-hero', 1200, 900],
      ['blog-cover', 1600, 900],
      ['og-image', 1200, 630],
    ] as const) {
      assetIds[name] = await upload(`${name}.jpg`, await photo(width, height));
    }
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await database?.drop();
  });

  /** The client's upload round trip (ticket, PUT, complete), until the variants are READY. */
  async function upload(filename: string, body: Buffer): Promise<string> {
    const created = await gql<{ createUpload: { uploadUrl: string; method: string; asset: { id: string } } }>(
      stack.gatewayUrl,
      'mutation($input: CreateUploadInput!) { createUpload(input: $input) { uploadUrl method asset { id } } }',
      { input: { filename, contentType: 'image/jpeg', size: body.length } },
      bearer(token),
    );
    expect(created.body.errors).toBeUndefined();
    const ticket = created.body.data!.createUpload;
    const target = new URL(ticket.uploadUrl);
    const put = await fetch(`${stack.gatewayUrl}${target.pathname}${target.search}`, {
      method: ticket.method,
      body: new Uint8Array(body),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(put.status).toBe(200);
    const completed = await gql(
      stack.gatewayUrl,
      'mutation($id: ID!) { completeUpload(id: $id) { status } }',
      { id: ticket.asset.id },
      bearer(token),
    );
    expect(completed.body.errors).toBeUndefined();
    await eventually(async () => {
      const res = await gql<{ asset: { status: string } }>(
        stack.gatewayUrl,
        'query($id: ID!) { asset(id: $id) { status } }',
        { id: ticket.asset.id },
        bearer(token),
      );
      return res.body.data?.asset.status === 'READY' ? true : undefined;
    }, 60_000);
    return ticket.asset.id;
  }

  const published = new Map<string, Promise<string>>();
  /** The sample's storefront URL, publishing it on first use. */
  const sampleUrl = (templateId: string) => {
    if (!published.has(templateId)) published.set(templateId, publishSample(templateId));
    return published.get(templateId)!;
  };

  /** Creates, fills and publishes a page from the template; returns its storefront URL. */
  async function publishSample(templateId: string): Promise<string> {
    const path = `/sample-${templateId}`;
    const title = { landing: 'Spring Collection', product: 'Linen Shirt', blog: 'How we dye linen' }[
      templateId
    ]!;
    const created = await gql<{
      createPageFromTemplate: { id: string; version: number; tree: { content: TreeNode[] } };
    }>(
      stack.gatewayUrl,
      'mutation($t: ID!, $p: String!, $title: String!) { createPageFromTemplate(templateId: $t, path: $p, title: $title) { id version tree } }',
      { t: templateId, p: path, title },
      bearer(token),
    );
    expect(created.body.errors).toBeUndefined();
    const page = created.body.data!.createPageFromTemplate;
    const tree = page.tree;
    for (const node of nodesOf(tree.content)) {
      if (node.type === 'ProductGrid') node.props.productIds = productIds;
      // The samples leave their images to choose (they render the designed fallback until then).
      if (node.type === 'Image')
        node.props.assetId = assetIds[templateId === 'blog' ? 'blog-cover' : 'product-hero'];
    }
    const saved = await gql<{ savePage: { id: string; version: number } }>(
      stack.gatewayUrl,
      'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }',
      {
        input: {
          id: page.id,
          expectedVersion: page.version,
          path,
          title,
          tree,
          seoTitle: `${title} | Demo Store`,
          seoDescription: `${title}: what it is, what it costs and how it ships, at the Demo Store.`,
          canonicalUrl: `https://demo.example${path}`,
          ogImageAssetId: assetIds['og-image'],
        },
      },
      bearer(token),
    );
    expect(saved.body.errors).toBeUndefined();
    const { id, version } = saved.body.data!.savePage;
    const published = await gql(
      stack.gatewayUrl,
      'mutation($id: ID!, $v: Int) { publishPage(id: $id, expectedVersion: $v) { status } }',
      { id, v: version },
      bearer(token),
    );
    expect(published.body.errors).toBeUndefined();
    return `${stack.gatewayUrl}/s/${DEMO.tenantSlug}${path}`;
  }

  async function htmlValidate(html: string, label: string) {
    // The file name places the document in the repository, so .htmlvalidate.mjs applies.
    const report = await validator.validateString(html, REPO_FILE);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
    );
    expect(messages, label).toEqual([]);
    expect(report.valid, label).toBe(true);
  }

  /** Loads the URL as served (CSP included), injects axe-core and returns every violation. */
  async function axe(url: string, expectStatus = 200) {
    const watch = await guardedPage(browser);
    const response = await watch.page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(expectStatus);
    // `evaluate` runs in the page without going through its CSP; the page itself allows no such script.
    await watch.page.evaluate(AXE_SOURCE);
    const results = (await watch.page.evaluate(() =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(
        document,
        {
          resultTypes: ['violations'],
        },
      ),
    )) as AxeResults;
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`,
    );
    const ran = results.passes.length + results.violations.length + results.incomplete.length;
    await watch.close();
    return { violations, ran, errors: watch.errors, cspViolations: watch.cspViolations };
  }

  for (const templateId of TEMPLATES) {
    it(`${templateId}: the served page passes html-validate and axe-core (no banner)`, async () => {
      const url = await sampleUrl(templateId);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      const html = await res.text();
      // The realistic data made it in: products, image variants, SEO head, Clarity.
      // The product grids list the seeded store's products.
      if (templateId !== 'blog') expect(DEMO_PRODUCTS.filter((p) => html.includes(p.title))).not.toEqual([]);
      if (templateId !== 'landing') expect(html).toMatch(/<img [^>]*srcSet="[^"]+ \d+w/);
      expect(html).toContain('<meta property="og:image"');
      expect(html).toContain('window.clarity("consentv2"');
      await htmlValidate(html, templateId);
      const result = await axe(url);
      expect(result.violations, templateId).toEqual([]);
      expect(result.ran, 'axe ran its rules').toBeGreaterThan(20);
      expect(result.errors).toEqual([]);
      expect(result.cspViolations).toEqual([]);
    });
  }

  it('with the consent banner shown, every sample still passes both', async () => {
    await stack.analytics.settings.update(demo, { consentMode: 'ALWAYS' });
    try {
      for (const templateId of TEMPLATES) {
        const url = await sampleUrl(templateId);
        // The settings change purges the page cache by event: wait for the banner.
        const html = await eventually(async () => {
          const text = await (await fetch(url)).text();
          return text.includes('/consent?value=granted') ? text : undefined;
        }, 15_000);
        expect(html).toContain('class="wh-consent"');
        await htmlValidate(html, `${templateId} + banner`);
        const result = await axe(url);
        expect(result.violations, `${templateId} + banner`).toEqual([]);
        expect(result.errors).toEqual([]);
      }
    } finally {
      await stack.analytics.settings.update(demo, { consentMode: 'NONE' });
    }
  });

  it("the storefront's not-found page passes both too", async () => {
    const url = `${stack.gatewayUrl}/s/${DEMO.tenantSlug}/no-such-page`;
    const res = await fetch(url);
    expect(res.status).toBe(404);
    await htmlValidate(await res.text(), 'not found');
    const result = await axe(url, 404);
    expect(result.violations, 'not found').toEqual([]);
  });
});
