/**
 * The editor's media library and store screens in a real browser (Debian chromium driven by
 * playwright-core) against the whole stack: PostgreSQL, Redis, the BullMQ worker making the image
 * variants, disk storage behind the gateway's signed /uploads and /files routes, and the Stripe
 * stand-in behind the real Stripe client.
 *
 * The browser talks to the stack at PUBLIC_URL (the origin upload and file URLs are built from):
 * the stack listens on free ports, so every request to that origin is answered by the gateway
 * through Playwright's routing. The editor's CSP (`connect-src 'self'`, `img-src 'self'`) thus
 * holds as in production, where PUBLIC_URL is the gateway's address. Anything else is blocked.
 *
 * Proves: an upload appears with its variants (progress, processing, READY, thumbnails that load),
 * focal point and alt text are saved; a product edit (with a CONFLICT resolved by keeping mine) and
 * a partial refund of a paid order work from the UI.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStack, startStack } from '../../stack/start.js';
import { bearer, createAccount, eventually, gql } from '../e2e/support.js';
import { launchChromium } from '../support/browser.js';
import { ensureClientBuild } from '../support/client-build.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';
import { noiseJpeg } from '../support/images.js';
import { type StripeStandin, startStripeStandin, stripeEvent } from '../support/stripe-standin.js';

const CONNECT_SECRET = 'whsec_editor_media';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (rule id: first target). */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the editor's CSP (no inline scripts) still holds for the app.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)}`);
  });
}
const signer = new Stripe('sk_test_signing_only');

/** A port nothing listens on right now: PUBLIC_URL's, answered by routing, never bound. */
async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('editor media library and store in a real browser (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let stripe: StripeStandin;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin = '';
  let token = '';
  const slug = `media-${Date.now().toString(36)}`;
  const email = `mia+${slug}@example.com`;
  const password = 'a long enough password';
  const blocked: string[] = [];
  const problems: string[] = [];

  const api = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = bearer(token),
  ) => {
    const res = await gql<T>(stack.gatewayUrl, query, variables, headers);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data!;
  };

  beforeAll(async () => {
    // The gateway serves client/dist: built from the current sources, once for all browser tests.
    await ensureClientBuild();
    stripe = await startStripeStandin();
    database = await createTestDatabase();
    origin = `http://127.0.0.1:${await unusedPort()}`;
    stack = await startStack(
      testConfig({
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        PUBLIC_URL: origin,
        // Small images, few widths and the cheapest AVIF effort: the worker is done in seconds.
        IMAGE_WIDTHS: '64,128,256',
        IMAGE_AVIF_EFFORT: '1',
        STRIPE_SECRET_KEY: 'sk_test_editor_media',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_editor_media',
        STRIPE_API_HOST: stripe.host,
        STRIPE_API_PORT: String(stripe.port),
        STRIPE_API_PROTOCOL: 'http',
        STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
      }),
      { freePorts: true },
    );
    token = (await createAccount(stack, { email, password, name: 'Mia Media' })).accessToken;
    token = (
      await api<{ createTenant: { accessToken: string } }>(
        'mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken } }',
        { input: { slug, name: 'Mia Makes', starterSite: false } },
      )
    ).createTenant.accessToken;

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin) {
        const response = await route.fetch({ url: `${stack.gatewayUrl}${url.pathname}${url.search}` });
        return route.fulfill({ response });
      }
      blocked.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy|Uncaught/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(String(err)));
    await page.goto(`${origin}/editor/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Workspace (optional)').fill(slug);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sites' }).waitFor();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
    await database?.drop();
    await stripe?.close();
    // The disk storage (uploads, variants) and outbox of this run.
    if (stack) await rm(stack.config.dataDir, { recursive: true, force: true });
  });

  it('an upload appears with its variants; focal point and alt text are saved; it can be deleted', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Media' }).click();
    await page.getByRole('heading', { name: 'Media' }).waitFor();
    await page.getByText('No media yet.').waitFor();
    // Every value the upload's progress bar shows, recorded as the page renders it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('progress[aria-label="Uploading team.jpg"]');
        const value = bar?.getAttribute('value');
        if (value && seen.at(-1) !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'team.jpg',
      mimeType: 'image/jpeg',
      buffer: await noiseJpeg(300, 200),
    });
    const uploads = page.getByRole('list', { name: 'Uploads' });
    // 3 widths × (AVIF, WebP, JPEG), made by the worker.
    await uploads.getByText('Ready · 9 variants').waitFor({ timeout: 90_000 });
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    // From 0 to 1, never backwards (a file this small may arrive in one progress event).
    expect(progress[0]).toBe('0');
    expect(progress.at(-1)).toBe('1');
    expect(progress.map(Number)).toEqual([...progress.map(Number)].sort((a, b) => a - b));
    const tile = page.getByRole('listitem', { name: 'team.jpg' });
    await tile.getByText('Ready · 3 sizes').waitFor();
    const thumbnail = tile.locator('img');
    expect(await thumbnail.getAttribute('src')).toMatch(new RegExp(`^${origin}/files/.+/256\\.webp`));
    // The browser loaded and decoded the variant (served by the gateway, allowed by the CSP).
    await page.waitForFunction(
      (img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth === 256,
      await thumbnail.elementHandle(),
    );

    await tile.getByRole('button').click();
    const panel = page.getByRole('complementary', { name: 'Asset details' });
    await panel.getByRole('heading', { name: 'team.jpg' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const formats = await panel
      .locator('table[aria-label="Variants"] tbody tr td:nth-child(2)')
      .allTextContents();
    expect(formats.sort()).toEqual(['AVIF', 'AVIF', 'AVIF', 'JPEG', 'JPEG', 'JPEG', 'WEBP', 'WEBP', 'WEBP']);

    const image = panel.locator('.focal-picker img');
    const box = (await image.boundingBox())!;
    await image.click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
    await panel.getByText('Focal point saved').waitFor();
    await panel.getByLabel('Alt text', { exact: true }).fill('The team in front of the bakery');
    await panel.getByRole('button', { name: 'Save alt text' }).click();
    await panel.getByText('Alt text saved').waitFor();

    const { assets } = await api<{
      assets: { edges: { node: { id: string; alt: string; focalPoint: { x: number; y: number } } }[] };
    }>('{ assets { edges { node { id alt focalPoint { x y } } } } }');
    const stored = assets.edges[0]!.node;
    expect(stored.alt).toBe('The team in front of the bakery');
    expect(stored.focalPoint.x).toBeCloseTo(0.25, 1);
    expect(stored.focalPoint.y).toBeCloseTo(0.75, 1);

    // Search by alt text finds it; a kind filter that does not match shows the empty state.
    await page.getByLabel('Search', { exact: true }).fill('bakery');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('listitem', { name: 'team.jpg' }).waitFor();
    await page.getByLabel('Kind').selectOption('FONT');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No media matches.').waitFor();

    // Nothing uses it: deleting it removes it from the library (and the storage, in the worker).
    await page.getByLabel('Kind').selectOption('');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('listitem', { name: 'team.jpg' }).getByRole('button').click();
    await panel.getByRole('button', { name: 'Delete asset' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await page.getByRole('listitem', { name: 'team.jpg' }).count()).toBe(0);
    expect(
      (await api<{ assets: { edges: unknown[] } }>('{ assets { edges { cursor } } }')).assets.edges,
    ).toEqual([]);

    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('edits a product (keeping mine over a concurrent edit) and refunds part of a paid order', async () => {
    // A store that takes payments: Stripe Connect onboarding, a shipping rate, a product with stock.
    await api('mutation { connectStripe { url } }');
    const { stripeConnection } = await api<{ stripeConnection: { accountId: string } }>(
      '{ stripeConnection { accountId } }',
    );
    const account = stripeConnection.accountId;
    const deliver = (type: string, object: unknown) => {
      const payload = JSON.stringify({ ...stripeEvent(type, object), account });
      return fetch(`${stack.gatewayUrl}/webhooks/stripe/connect`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: CONNECT_SECRET }),
        },
        body: payload,
      });
    };
    expect((await deliver('account.updated', stripe.connect.completeOnboarding(account))).status).toBe(200);
    await eventually(
      async () =>
        (
          await api<{ stripeConnection: { chargesEnabled: boolean } }>(
            '{ stripeConnection { chargesEnabled } }',
          )
        ).stripeConnection.chargesEnabled || undefined,
    );
    await api('mutation($i: ShippingRateInput!) { createShippingRate(input: $i) { id } }', {
      i: { regionCode: 'default', name: 'Standard', currency: 'USD', amount: 500 },
    });
    const { createProduct } = await api<{ createProduct: { id: string; variants: { id: string }[] } }>(
      'mutation($input: CreateProductInput!) { createProduct(input: $input) { id variants { id } } }',
      {
        input: {
          title: 'Sourdough loaf',
          status: 'ACTIVE',
          variants: [{ sku: 'LOAF-1', prices: [{ currency: 'USD', amount: 1250 }] }],
        },
      },
    );
    const variantId = createProduct.variants[0]!.id;
    await api('mutation($input: SetStockInput!) { setStock(input: $input) { onHand } }', {
      input: { variantId, onHand: 10 },
    });

    // The product editor: a new price, saved as version 2.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Products' }).click();
    await page.getByRole('link', { name: 'Sourdough loaf' }).click();
    await page.getByLabel('Price (USD)', { exact: true }).waitFor();
    expect(await page.getByLabel('Price (USD)', { exact: true }).inputValue()).toBe('12.50');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Price (USD)', { exact: true }).fill('14.50');
    await page.getByLabel('Compare-at price (USD)').fill('16.00');
    await page.getByRole('button', { name: 'Save product' }).click();
    await page.getByText('Saved (version 2)').waitFor();
    // Someone else renames it meanwhile; my next save is a CONFLICT showing both, and I keep mine.
    await api(
      'mutation($id: ID!) { updateProduct(id: $id, expectedVersion: 2, input: { title: "Rye loaf" }) { version } }',
      {
        id: createProduct.id,
      },
    );
    await page.getByLabel('Title', { exact: true }).fill('Sourdough loaf, large');
    await page.getByRole('button', { name: 'Save product' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('region', { name: 'Your version' }).textContent()).toContain(
      'Title: Sourdough loaf, large',
    );
    expect(await dialog.getByRole('region', { name: 'Saved version 3' }).textContent()).toContain(
      'Title: Rye loaf',
    );
    await dialog.getByRole('button', { name: 'Keep my version' }).click();
    await page.getByText('Saved (version 4)').waitFor();
    // Stock per location.
    await page.getByLabel('On hand of LOAF-1 at Default location').fill('8');
    await page.getByRole('button', { name: 'Set stock of LOAF-1 at Default location' }).click();
    await page.getByText('Stock set to 8 at Default location').waitFor();
    const { product } = await api<{
      product: {
        title: string;
        variants: { prices: { amount: number; compareAtAmount: number }[]; stock: { onHand: number }[] }[];
      };
    }>(
      'query($id: ID) { product(id: $id) { title variants { prices { amount compareAtAmount } stock { onHand } } } }',
      {
        id: createProduct.id,
      },
    );
    expect(product.title).toBe('Sourdough loaf, large');
    expect(product.variants[0]!.prices[0]).toMatchObject({ amount: 1450, compareAtAmount: 1600 });
    expect(product.variants[0]!.stock[0]!.onHand).toBe(8);

    // A visitor buys two loaves (cart and checkout on the public API), and Stripe reports the payment.
    const visitor = { 'x-tenant': slug };
    const { createCart } = await api<{ createCart: { token: string } }>(
      'mutation($input: CreateCartInput) { createCart(input: $input) { token } }',
      { input: { lines: [{ variantId, quantity: 2 }] } },
      visitor,
    );
    const { checkout } = await api<{ checkout: { payment: { paymentIntentId: string } } }>(
      'mutation($input: CheckoutInput!) { checkout(input: $input) { payment { paymentIntentId } } }',
      {
        input: {
          cartToken: createCart.token,
          email: 'vera@example.com',
          shippingAddress: {
            name: 'Vera',
            line1: '1 Market St',
            postalCode: '94105',
            city: 'San Francisco',
            country: 'US',
          },
        },
      },
      visitor,
    );
    const { intent } = stripe.connect.succeedPaymentIntent(checkout.payment.paymentIntentId);
    expect((await deliver('payment_intent.succeeded', intent)).status).toBe(200);
    await eventually(async () =>
      (
        await api<{ orders: { edges: { node: { status: string } }[] } }>(
          '{ orders { edges { node { status } } } }',
        )
      ).orders.edges[0]?.node.status === 'PAID'
        ? true
        : undefined,
    );

    // The orders screen: filter to paid orders, open it, refund 5.00 of 34.00.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
    await page.getByLabel('Status').selectOption('PAID');
    await page.getByRole('button', { name: 'Filter' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '#1001' }).click();
    await page.getByRole('heading', { name: 'Order #1001' }).waitFor();
    await page.getByText('vera@example.com').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Amount (USD; empty refunds everything left)').fill('5.00');
    await page.getByLabel('Reason').fill('One loaf was squashed');
    await page.getByRole('button', { name: 'Refund', exact: true }).click();
    await page.getByText('Refunded $5.00').first().waitFor();
    await page.getByText('Partially refunded').first().waitFor();
    const timeline = await page.getByRole('region', { name: 'Timeline' }).textContent();
    expect(timeline).toContain('Refunded $5.00');
    expect([...stripe.connect.refunds.values()].at(-1)).toMatchObject({ amount: 500 });
    const { orders } = await api<{
      orders: { edges: { node: { status: string; refunded: { amount: number } } }[] };
    }>('{ orders { edges { node { status refunded { amount } } } } }');
    expect(orders.edges[0]!.node).toEqual({ status: 'PARTIALLY_REFUNDED', refunded: { amount: 500 } });

    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
