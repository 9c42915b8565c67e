import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Browser, chromium, type Page } from 'playwright-core';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { bearer, eventually, gql, loginDemo, startTestStack, type TestStack } from '../e2e/support.js';
import { CHROMIUM } from '../support/browser.js';
import { CHROMIUM_RESOLVER_RULES } from '../support/network-guard.js';
import { type StripeStandin, startStripeStandin, stripeEvent } from '../support/stripe-standin.js';

/**
 * A visitor's journey through the demo store in Chromium, as a shopper clicks it: home → collection
 * → product → pick a variant → add to cart → cart → checkout → pay → order status. Once without
 * JavaScript (everything works with plain links and forms up to the payment step, which says it
 * needs JavaScript; the payment is then completed at the Stripe stand-in, as Stripe would after a
 * card payment elsewhere) and twice with it (the Payment Element mounted by the page's script,
 * confirming through a Stripe.js stand-in that sends the buyer to Stripe's return URL). One leg per
 * base: `/s/<slug>/` on the platform host, the tenant's custom domain (mapped to this machine in
 * Chromium) and a region prefix. One stack, one browser.
 */
const CONNECT_SECRET = 'whsec_storefront_journey';
const CUSTOM_HOST = 'shop.journey.example';
const signer = new Stripe('sk_test_signing_only');

/**
 * Stripe.js as the journey needs it: the Payment Element mounts a card field, and confirming sends
 * the buyer to the return URL as Stripe does after a successful payment. The server-side truth
 * (the PaymentIntent succeeding, Stripe's signed event) comes from the Stripe API stand-in.
 */
const STRIPE_JS_STANDIN = `window.Stripe = function (key, opts) {
  return {
    elements: function (o) {
      return { create: function () { return { mount: function (selector) {
        var field = document.createElement('p');
        field.className = 'stripe-standin-card';
        field.textContent = 'Card •••• 4242 (' + opts.stripeAccount + ')';
        document.querySelector(selector).appendChild(field);
      } }; } };
    },
    confirmPayment: function (p) {
      location.href = p.confirmParams.return_url + '?redirect_status=succeeded';
      return new Promise(function () {});
    },
  };
};`;

let stripe: StripeStandin;
let stack: TestStack;
let browser: Browser;
let account: string;
let stripeJsUrl: string;

async function deliver(type: string, object: unknown): Promise<void> {
  const payload = JSON.stringify({ ...stripeEvent(type, object), account });
  const res = await fetch(`${stack.url}/webhooks/stripe/connect`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: CONNECT_SECRET }),
    },
    body: payload,
  });
  expect(res.status).toBe(200);
}

async function call(query: string, variables: Record<string, unknown>, token: string) {
  const res = await gql<Record<string, unknown>>(stack.url, query, variables, bearer(token));
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!;
}

/** A verified custom domain of the demo tenant, as verifyDomain leaves it (DNS proof is auth's own test). */
async function verifyHost(host: string): Promise<void> {
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      'update auth.tenant set hosts = hosts || $2::jsonb where slug = $1 returning id',
      [DEMO.tenantSlug, JSON.stringify([host])],
    );
    await db.query(
      `insert into auth.domain (id, tenant_id, host, verification_token, verified_at, created_at)
       values ($1, $2, $3, $4, now(), now())`,
      [randomUUID(), rows[0]!.id, host, randomBytes(24).toString('base64url')],
    );
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  stripe = await startStripeStandin();
  // Stripe.js from the stand-in's origin (served below by the browser context), allowed by the page's CSP.
  stripeJsUrl = `http://127.0.0.1:${stripe.port}/v3/`;
  [stack, browser] = await Promise.all([
    startTestStack(
      {
        STRIPE_SECRET_KEY: 'sk_test_journey',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_storefront_journey',
        STRIPE_API_HOST: stripe.host,
        STRIPE_API_PORT: String(stripe.port),
        STRIPE_API_PROTOCOL: 'http',
        STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
        STRIPE_JS_URL: stripeJsUrl,
      },
      { seed: true },
    ),
    chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        // The tenant's own domain resolves to this machine; nothing else but localhost resolves.
        `--host-resolver-rules=MAP ${CUSTOM_HOST} 127.0.0.1, ${CHROMIUM_RESOLVER_RULES}`,
      ],
    }),
  ]);
  const token = await loginDemo(stack.url);
  await call('mutation { connectStripe { url } }', {}, token);
  const connection = await call('{ stripeConnection { accountId } }', {}, token);
  account = (connection.stripeConnection as { accountId: string }).accountId;
  await deliver('account.updated', stripe.connect.completeOnboarding(account));
  await eventually(async () =>
    (
      (await call('{ stripeConnection { chargesEnabled } }', {}, token)).stripeConnection as {
        chargesEnabled: boolean;
      }
    ).chargesEnabled
      ? true
      : undefined,
  );
  await call(
    'mutation($input: RegionInput!) { upsertRegion(input: $input) { code } }',
    { input: { code: 'fr', locale: 'fr-FR', currency: 'EUR', pathPrefix: '/fr' } },
    token,
  );
  await verifyHost(CUSTOM_HOST);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  await stripe?.close();
});

/** A new visitor (no cookies) with or without JavaScript; Stripe.js comes from the stand-in. */
async function visitor(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  await context.route(stripeJsUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: STRIPE_JS_STANDIN }),
  );
  // Product photos and fonts are not part of the journey (the quality gates load them): not fetched.
  await context.route(/\/(files|_fonts)\//, (route) => route.fulfill({ status: 204 }));
  return context.newPage();
}

/**
 * Clicks through the store at `origin` + `base` up to the payment page; answers the order's
 * token. Every link followed is the page's own, so each must be under the base.
 */
async function shopToPayment(page: Page, origin: string, base: string): Promise<string> {
  const under = (path: string) => `${origin}${base}${path}`;
  await page.goto(under('/'));
  await page.locator(`a[href="${base}/collections/ceramics"]`).first().click();
  expect(page.url()).toBe(under('/collections/ceramics'));
  await page.locator(`a.wh-card[href="${base}/products/speckled-stoneware-mug"]`).click();
  expect(page.url()).toBe(under('/products/speckled-stoneware-mug'));
  // Pick a variant without JavaScript: the option is a link to the product with `?variant=`.
  await page.locator('a.wh-chip', { hasText: 'Sage' }).click();
  expect(page.url()).toMatch(new RegExp(`^${under('/products/speckled-stoneware-mug')}\\?variant=`));
  await expect.poll(() => page.locator('a.wh-chip[aria-current]').textContent()).toContain('Sage');
  await page.locator('form.wh-pdp__buy button[type=submit]').click();
  expect(page.url()).toBe(under('/cart'));
  await expect.poll(() => page.locator('.wh-cart__title').textContent()).toContain('Speckled Stoneware Mug');
  // The header counts the visitor's items (filled in at the edge).
  expect(await page.locator('.wh-site-header__cart .wh-cart-count').getAttribute('data-wh-cart-count')).toBe(
    '1',
  );
  await page.locator(`a[href="${base}/checkout"]`).first().click();
  expect(page.url()).toBe(under('/checkout'));
  // A failed post first (a blank name passes the browser's `required`): the error is stated
  // beside the field and in the summary, whose link leads to it; everything typed is kept.
  await page.fill('#checkout-email', 'buyer@example.com');
  await page.fill('#checkout-name', ' ');
  await page.fill('#checkout-line1', '1 Kiln Lane');
  await page.fill('#checkout-postalCode', '10115');
  await page.fill('#checkout-city', 'Berlin');
  await page.selectOption('#checkout-country', 'DE');
  await page.locator('form.wh-checkout__form button[type=submit]').click();
  expect(await page.locator('.wh-error-summary a').getAttribute('href')).toBe('#checkout-name');
  expect(await page.getAttribute('#checkout-name', 'aria-invalid')).toBe('true');
  expect(await page.inputValue('#checkout-city')).toBe('Berlin');
  expect(await page.inputValue('#checkout-country')).toBe('DE');
  await page.fill('#checkout-name', 'Bea Buyer');
  await page.locator('form.wh-checkout__form button[type=submit]').click();
  expect(page.url()).toMatch(new RegExp(`^${under('/checkout/pay/')}[A-Za-z0-9_-]{20,}$`));
  return page.url().split('/').at(-1)!;
}

/** The PaymentIntent of an order's payment page (the stand-in holds its client secret). */
function intentOf(clientSecret: string) {
  return [...stripe.connect.paymentIntents.values()].find((pi) => pi.client_secret === clientSecret)!;
}

/** Stripe confirms the payment and tells the store (its signed event); the status page then says paid. */
async function paid(page: Page, clientSecret: string) {
  const { intent } = stripe.connect.succeedPaymentIntent(intentOf(clientSecret).id);
  await deliver('payment_intent.succeeded', intent);
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator('.wh-order__status').getAttribute('data-status');
      },
      { timeout: 15_000 },
    )
    .toBe('PAID');
}

const clientSecretOf = async (page: Page) =>
  JSON.parse((await page.locator('#wh-checkout').textContent())!).clientSecret as string;

describe('a visitor buys from the demo store in Chromium', () => {
  it('without JavaScript under /s/<slug>/: browses, picks, adds, checks out; the payment step says it needs JavaScript', async () => {
    const page = await visitor(false);
    const origin = stack.url;
    const base = `/s/${DEMO.tenantSlug}`;
    const orderToken = await shopToPayment(page, origin, base);
    await expect.poll(() => page.locator('noscript').count()).toBe(1);
    expect(await page.locator('#payment-form button').isDisabled()).toBe(true);
    const clientSecret = await clientSecretOf(page);
    // The buyer cannot pay here; the status link (Stripe's return URL) shows the order pending, then paid.
    await page.locator('#wh-order-status').click();
    expect(page.url()).toBe(`${origin}${base}/orders/${orderToken}`);
    expect(await page.locator('.wh-order__status').getAttribute('data-status')).toBe('PENDING');
    await paid(page, clientSecret);
    await page.context().close();
  });

  it('with JavaScript on the custom domain: the Payment Element pays and Stripe returns to the order status', async () => {
    const page = await visitor(true);
    const origin = new URL(stack.url);
    const orderToken = await shopToPayment(page, `http://${CUSTOM_HOST}:${origin.port}`, '');
    await expect.poll(() => page.locator('.stripe-standin-card').textContent()).toContain(account);
    const clientSecret = await clientSecretOf(page);
    await page.locator('#payment-form button').click();
    await page.waitForURL(
      `http://${CUSTOM_HOST}:${origin.port}/orders/${orderToken}?redirect_status=succeeded`,
    );
    await paid(page, clientSecret);
    await page.context().close();
  });

  it('with JavaScript under a region prefix: the same journey in the region’s language and currency', async () => {
    const page = await visitor(true);
    const base = `/s/${DEMO.tenantSlug}/fr`;
    const orderToken = await shopToPayment(page, stack.url, base);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-FR');
    expect(await page.locator('.wh-payment__amount').textContent()).toContain('€');
    const clientSecret = await clientSecretOf(page);
    expect(intentOf(clientSecret).currency).toBe('eur');
    await page.locator('#payment-form button').click();
    await page.waitForURL(`${stack.url}${base}/orders/${orderToken}?redirect_status=succeeded`);
    await paid(page, clientSecret);
    await page.context().close();
  });
});
