import type { ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { decodeQuotedPrintable } from '../support/mail.js';
import { type StripeStandin, startStripeStandin, stripeEvent } from '../support/stripe-standin.js';
import {
  bearer,
  embeddedEnv,
  eventually,
  gql,
  loginDemo,
  signUp,
  startMain,
  startTestStack,
  stopMain,
  type TestStack,
} from './support.js';

/**
 * The visitor journey end to end through the gateway, with the Stripe stand-in behind the real
 * client: a product on a rendered storefront page → "Add to cart" (form post, `wh_cart` cookie)
 * → cart page → checkout form → payment page (Stripe Payment Element, its own CSP) → the payment
 * confirmed server-side at the stand-in and a signed `payment_intent.succeeded` delivered to
 * `/webhooks/stripe/connect` → paid order, stock decremented, confirmation email → the tenant
 * lists and refunds it (`charge.refunded` → refunded). Plus: N parallel checkouts of the last
 * unit through the gateway, exactly one wins.
 */
const CONNECT_SECRET = 'whsec_e2e_journey';
const signer = new Stripe('sk_test_signing_only');

let stripe: StripeStandin;
let stack: TestStack;
let url: string;
let auth: Record<string, string>;
let account: string;
/** Where the running WebHaze writes its dev outbox. */
let dataDir: string;
/** Product ids by variant id (stock is read through the product). */
const productIds = new Map<string, string>();

async function call<T>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const res = await gql<Record<string, T>>(url, query, variables, auth);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field]!;
}

async function deliver(type: string, object: unknown): Promise<Response> {
  const payload = JSON.stringify({ ...stripeEvent(type, object), account });
  return fetch(`${url}/webhooks/stripe/connect`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: CONNECT_SECRET }),
    },
    body: payload,
  });
}

/** A product with one USD-priced variant and `onHand` units; returns its ids. */
async function product(title: string, amount: number, onHand: number) {
  const created = await call<{ id: string; variants: { id: string }[] }>(
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { id variants { id } } }',
    {
      input: {
        title,
        status: 'ACTIVE',
        variants: [{ sku: title.toUpperCase().replace(/\W+/g, '-'), prices: [{ currency: 'USD', amount }] }],
      },
    },
    'createProduct',
  );
  const variantId = created.variants[0]!.id;
  productIds.set(variantId, created.id);
  await call(
    'mutation($input: SetStockInput!) { setStock(input: $input) { onHand } }',
    {
      input: { variantId, onHand },
    },
    'setStock',
  );
  return { productId: created.id, variantId };
}

/** On hand and reserved units of a variant, as the tenant sees them (catalog:read). */
async function stockOf(variantId: string) {
  const res = await gql<{
    product: { variants: { id: string; stock: { onHand: number; reserved: number }[] }[] };
  }>(
    url,
    'query($id: ID) { product(id: $id) { variants { id stock { onHand reserved } } } }',
    { id: productIds.get(variantId) ?? '' },
    auth,
  );
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  const stock = res.body.data!.product.variants.find((v) => v.id === variantId)!.stock;
  return {
    onHand: stock.reduce((n, s) => n + s.onHand, 0),
    reserved: stock.reduce((n, s) => n + s.reserved, 0),
  };
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

beforeAll(async () => {
  stripe = await startStripeStandin();
  stack = await startTestStack(
    {
      STRIPE_SECRET_KEY: 'sk_test_e2e',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e_journey',
      STRIPE_API_HOST: stripe.host,
      STRIPE_API_PORT: String(stripe.port),
      STRIPE_API_PROTOCOL: 'http',
      STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
    },
    { seed: true },
  );
  url = stack.url;
  dataDir = stack.stack.config.dataDir;
  await setUpStore();
}, 120_000);

/** Signs in as the demo owner, connects Stripe, sets the default (USD) region's tax and shipping. */
async function setUpStore() {
  auth = bearer(await loginDemo(url));
  // The store connects Stripe (onboarding link, then Stripe's account.updated).
  await call('mutation { connectStripe { url } }', {}, 'connectStripe');
  account = (await call<{ accountId: string }>('{ stripeConnection { accountId } }', {}, 'stripeConnection'))
    .accountId;
  expect((await deliver('account.updated', stripe.connect.completeOnboarding(account))).status).toBe(200);
  await eventually(async () =>
    (
      await call<{ chargesEnabled: boolean }>(
        '{ stripeConnection { chargesEnabled } }',
        {},
        'stripeConnection',
      )
    ).chargesEnabled
      ? true
      : undefined,
  );
  // Tax and shipping of the default (USD) region.
  await call(
    'mutation($i: TaxSettingInput!) { setTaxSetting(input: $i) { region } }',
    {
      i: { regionCode: 'default', rateBps: 1000, inclusive: false },
    },
    'setTaxSetting',
  );
  await call(
    'mutation($i: ShippingRateInput!) { createShippingRate(input: $i) { id } }',
    {
      i: { regionCode: 'default', name: 'Standard', currency: 'USD', amount: 500 },
    },
    'createShippingRate',
  );
}

afterAll(async () => {
  await stack?.close();
  await stripe?.close();
});

/** The visitor journey (see the file comment) against whatever WebHaze `url` points at. */
/** Walks the journey; answers the order's token. */
async function visitorJourney(): Promise<string> {
  const mug = await product('Journey Mug', 1250, 3);
  const page = await call<{ id: string }>(
    'mutation($input: SavePageInput!) { savePage(input: $input) { id } }',
    {
      input: {
        path: '/shop',
        title: 'Shop',
        tree: {
          content: [{ type: 'ProductGrid', props: { heading: 'Mugs', productIds: [mug.productId] } }],
        },
      },
    },
    'savePage',
  );
  await call('mutation($id: ID!) { publishPage(id: $id) { id } }', { id: page.id }, 'publishPage');
  const base = `${url}/s/${DEMO.tenantSlug}`;

  // The rendered page has an "Add to cart" form for the product, posting to the page itself.
  const shop = await fetch(`${base}/shop`);
  expect(shop.status).toBe(200);
  const html = await shop.text();
  const formHtml = /<form class="wh-product__add" method="post">([\s\S]*?)<\/form>/.exec(html)?.[1];
  expect(formHtml).toBeDefined();
  const fields = Object.fromEntries(
    [...formHtml!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]+)"\/>/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  expect(fields).toEqual({ wh_action: 'cart-add', productId: mug.productId });

  // Add to cart: a new cart, its token in the httpOnly, SameSite=Lax cookie; 303 to the cart.
  const added = await fetch(`${base}/shop`, form(fields));
  expect(added.status).toBe(303);
  expect(added.headers.get('location')).toBe(`/s/${DEMO.tenantSlug}/cart`);
  const [setCookie, setCount] = added.headers.getSetCookie();
  expect(setCookie).toMatch(
    /^wh_cart=[A-Za-z0-9_-]{20,}; Path=\/s\/demo; Max-Age=\d+; HttpOnly; SameSite=Lax$/,
  );
  // Beside it, the item count the header shows (filled in at the edge on cached pages).
  expect(setCount).toMatch(/^wh_cart_count=1; Path=\/s\/demo; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
  const cookie = setCookie!.split(';')[0]!;
  const again = await fetch(`${base}/shop`, {
    ...form(fields),
    headers: { ...form(fields).headers, cookie },
  });
  expect(again.status).toBe(303);
  expect(again.headers.getSetCookie()).toEqual([expect.stringMatching(/^wh_cart_count=2;/)]); // the same cart
  // A cross-site post is refused.
  const forged = await fetch(`${base}/shop`, {
    ...form(fields),
    headers: { ...form(fields).headers, cookie, origin: 'https://evil.example' },
  });
  expect(forged.status).toBe(403);

  // The cart page: 2 × 12.50 = 25.00, 10 % tax 2.50, shipping 5.00 → 32.50, all from the server.
  const cartPage = await fetch(`${base}/cart`, { headers: { cookie } });
  expect(cartPage.status).toBe(200);
  expect(cartPage.headers.get('cache-control')).toBe('no-store');
  const cartHtml = await cartPage.text();
  expect(cartHtml).toContain('Journey Mug');
  expect(cartHtml).toContain('data-total="3250"');
  expect(cartHtml).toContain('$32.50');

  // More than the stock: refused, the cart unchanged.
  const tooMany = await fetch(`${base}/cart`, {
    ...form({ wh_action: 'cart-update', variantId: mug.variantId, quantity: '4' }),
    headers: { ...form({}).headers, cookie },
  });
  expect(tooMany.headers.get('location')).toBe(`/s/${DEMO.tenantSlug}/cart?error=INSUFFICIENT_STOCK`);
  expect(await (await fetch(`${base}/cart`, { headers: { cookie } })).text()).toContain('data-total="3250"');

  // Checkout: the order is placed and the visitor sent to the payment page.
  const checkoutForm = await fetch(`${base}/checkout`, { headers: { cookie } });
  expect(await checkoutForm.text()).toContain('name="email"');
  const placed = await fetch(`${base}/checkout`, {
    ...form({
      email: 'visitor@example.com',
      name: 'Vera Visitor',
      line1: '1 Market St',
      postalCode: '94105',
      city: 'San Francisco',
      country: 'us',
    }),
    headers: { ...form({}).headers, cookie },
  });
  expect(placed.status).toBe(303);
  const payPath = placed.headers.get('location')!;
  expect(payPath).toMatch(/^\/s\/demo\/checkout\/pay\/[A-Za-z0-9_-]{20,}$/);
  const orderToken = payPath.split('/').at(-1)!;
  expect(await stockOf(mug.variantId)).toEqual({ onHand: 3, reserved: 2 });

  // The payment page (the cms's payment page type): Stripe.js, the Payment Element and the client
  // secret, under a CSP that adds Stripe's origins to the page's own.
  const pay = await fetch(`${url}${payPath}`);
  expect(pay.status).toBe(200);
  expect(pay.headers.get('cache-control')).toBe('no-store');
  const csp = pay.headers.get('content-security-policy')!;
  expect(csp).toMatch(/script-src 'self' [^;]*https:\/\/js\.stripe\.com/);
  expect(csp).toContain('frame-src https://js.stripe.com https://hooks.stripe.com');
  expect(csp).toMatch(/connect-src 'self'[^;]* https:\/\/api\.stripe\.com/);
  const payHtml = await pay.text();
  expect(payHtml).toContain('<script src="https://js.stripe.com/v3/"></script>');
  expect(payHtml).toContain('<div id="payment-element" class="wh-payment__element"></div>');
  expect(payHtml).toContain('class="wh-site-header');
  // The one inline script (mounting the Payment Element) is allowed by its hash, nothing else inline.
  const inline = [...payHtml.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain("elements.create('payment').mount('#payment-element')");
  expect(csp).toContain(`'sha256-${createHash('sha256').update(inline[0]!).digest('base64')}'`);
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const config = JSON.parse(
    /<script type="application\/json" id="wh-checkout">([^<]*)<\/script>/.exec(payHtml)![1]!,
  );
  expect(config).toMatchObject({ publishableKey: 'pk_test_e2e_journey', stripeAccount: account });
  // Stripe's return URL is the order status link's (absolute once the browser reads it).
  expect(payHtml).toContain(`<a id="wh-order-status" href="/s/demo/orders/${orderToken}">`);
  const intent = [...stripe.connect.paymentIntents.values()].find(
    (pi) => pi.client_secret === config.clientSecret,
  )!;
  expect(intent).toMatchObject({
    amount: 3250,
    currency: 'usd',
    account,
    automatic_payment_methods: { enabled: true },
    // The demo tenant is on the free plan: the platform takes 200 bps of 3250.
    application_fee_amount: 65,
  });

  // The order status page before payment.
  const pendingPage = await fetch(`${base}/orders/${orderToken}`);
  expect(pendingPage.headers.get('cache-control')).toBe('no-store');
  const pending = await pendingPage.text();
  expect(pending).toContain('data-status="PENDING"');
  expect(pending).toContain('<meta name="robots" content="noindex"/>');
  expect(pending).not.toContain(orderToken); // the token stays in the address bar, never in the document
  // Stripe.js cannot run here: the payment is confirmed at the stand-in, and Stripe's signed
  // event arrives at the gateway's webhook endpoint.
  const { intent: succeeded } = stripe.connect.succeedPaymentIntent(intent.id);
  expect((await deliver('payment_intent.succeeded', succeeded)).status).toBe(200);
  await eventually(async () =>
    (await (await fetch(`${base}/orders/${orderToken}`)).text()).includes('data-status="PAID"')
      ? true
      : undefined,
  );
  expect(await stockOf(mug.variantId)).toEqual({ onHand: 1, reserved: 0 });
  // The confirmation email (dev outbox: no SMTP here).
  const outbox = join(dataDir, 'outbox');
  const mail = await eventually(async () => {
    for (const file of await readdir(outbox).catch(() => [] as string[])) {
      const eml = decodeQuotedPrintable(await readFile(join(outbox, file), 'utf8'));
      if (eml.includes('visitor@example.com') && eml.includes('#1001')) return eml;
    }
    return undefined;
  });
  expect(mail).toMatch(/Journey Mug/);

  // The tenant sees it and refunds it.
  const orders = await call<{
    edges: { node: { id: string; status: string; total: { amount: number } } }[];
  }>('{ orders(first: 5) { edges { node { id status total { amount } } } } }', {}, 'orders');
  const order = orders.edges.map((e) => e.node).find((o) => o.total.amount === 3250)!;
  expect(order.status).toBe('PAID');
  const refunded = await call<{ status: string }>(
    'mutation($id: ID!) { refundOrder(id: $id) { status } }',
    { id: order.id },
    'refundOrder',
  );
  expect(refunded.status).toBe('REFUNDED');
  const refund = [...stripe.connect.refunds.values()].at(-1)!;
  expect(refund).toMatchObject({ amount: 3250 });
  // Stripe's charge.refunded arrives too: applied idempotently, the order stays refunded.
  const charge = stripe.connect.charges.get(String(succeeded.latest_charge))!;
  expect((await deliver('charge.refunded', charge)).status).toBe(200);
  const final = await call<{
    status: string;
    refunded: { amount: number };
    timeline: { kind: string; toStatus: string | null }[];
  }>(
    'query($id: ID!) { order(id: $id) { status refunded { amount } timeline { kind toStatus } } }',
    { id: order.id },
    'order',
  );
  expect(final.status).toBe('REFUNDED');
  expect(final.refunded.amount).toBe(3250);
  expect(final.timeline.filter((t) => t.toStatus === 'PAID')).toHaveLength(1);
  expect(await (await fetch(`${base}/orders/${orderToken}`)).text()).toContain('data-status="REFUNDED"');
  return orderToken;
}

describe('the commerce visitor journey through the gateway (PostgreSQL, Redis, worker)', () => {
  it('goes from a product on a rendered page to a paid, then refunded order', async () => {
    const orderToken = await visitorJourney();
    // Attacker side: another store's storefront and its storefrontDocument never show A's order.
    await signUp(url, 'journey-b');
    const foreign = await fetch(`${url}/s/journey-b/orders/${orderToken}`);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('data-status');
    const asB = await gql<{ storefrontDocument: { status: number; html: string | null } }>(
      url,
      'query($t: String) { storefrontDocument(path: "/orders", base: "", orderToken: $t) { status html } }',
      { t: orderToken },
      { 'x-tenant': 'journey-b' },
    );
    expect(asB.body.data?.storefrontDocument.status).toBe(404);
    expect(asB.body.data?.storefrontDocument.html ?? '').not.toContain('data-status');
  });
  it('answers the storefront cart routes sensibly without a cart, with a stale cookie or bad tokens', async () => {
    const base = `${url}/s/${DEMO.tenantSlug}`;
    const empty = await fetch(`${base}/cart`);
    expect(empty.status).toBe(200);
    // The cms's cart document: personal (never cached, never indexed), under the document CSP.
    expect(empty.headers.get('cache-control')).toBe('no-store');
    expect(empty.headers.get('content-security-policy')).toMatch(/form-action 'self'/);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('Your cart is empty.');
    expect(emptyHtml).toContain('<meta name="robots" content="noindex"/>');
    const noCart = await fetch(`${base}/checkout`, form({ email: 'x@example.com' }));
    expect(noCart.status).toBe(303);
    expect(noCart.headers.get('location')).toBe(`/s/${DEMO.tenantSlug}/cart?error=CART_EMPTY`);
    expect((await fetch(`${base}/orders/${'x'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`${base}/checkout/pay/${'x'.repeat(32)}`)).status).toBe(404);
    // An unknown product: nothing added, no cart opened.
    const unknown = await fetch(`${base}/`, form({ wh_action: 'cart-add', productId: randomUUID() }));
    expect(unknown.headers.get('location')).toBe(`/s/${DEMO.tenantSlug}/cart?error=VARIANT_NOT_FOR_SALE`);
    expect(unknown.headers.get('set-cookie')).toBeNull();
    // A stale or forged cart cookie gets a new cart, never someone else's.
    const lamp = await product('Cookie Lamp', 4000, 5);
    const stale = await fetch(`${base}/`, {
      ...form({ wh_action: 'cart-add', variantId: lamp.variantId }),
      headers: { ...form({}).headers, cookie: `wh_cart=${'A'.repeat(32)}` },
    });
    expect(stale.status).toBe(303);
    expect(stale.headers.get('set-cookie')).toMatch(/^wh_cart=/);
    expect(stale.headers.get('set-cookie')).not.toContain('A'.repeat(32));
    // The storefront keeps the visitor's daily-salted analytics hash on the cart (never the address).
    const sql = new pg.Client({ connectionString: stack.databaseUrl });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ visitor_hash: string | null }>(
        'select visitor_hash from commerce.cart order by created_at desc limit 1',
      );
      expect(rows[0]!.visitor_hash).toMatch(/^[0-9a-f]{32}$/);
      const all = await sql.query<{ n: number }>(
        `select count(*)::int as n from commerce.cart where visitor_hash like '%127.0.0.1%' or visitor_hash like '%::1%'`,
      );
      expect(all.rows[0]!.n).toBe(0);
    } finally {
      await sql.end();
    }
  });

  it('lets exactly one of N parallel headless checkouts of the last unit win', async () => {
    const last = await product('Last Lamp', 9900, 1);
    const headless = { 'x-tenant': DEMO.tenantSlug };
    const n = 6;
    const tokens = await Promise.all(
      Array.from({ length: n }, async () => {
        const res = await gql<{ createCart: { token: string } }>(
          url,
          'mutation($input: CreateCartInput) { createCart(input: $input) { token } }',
          { input: { currency: 'USD', lines: [{ variantId: last.variantId, quantity: 1 }] } },
          headless,
        );
        expect(res.body.errors).toBeUndefined();
        return res.body.data!.createCart.token;
      }),
    );
    const results = await Promise.all(
      tokens.map((cartToken, i) =>
        gql(
          url,
          'mutation($input: CheckoutInput!) { checkout(input: $input) { orderToken payment { paymentIntentId } } }',
          {
            input: {
              cartToken,
              email: `buyer${i}@example.com`,
              shippingAddress: { name: 'B', line1: 'L', postalCode: '1', city: 'C', country: 'US' },
            },
          },
          headless,
        ),
      ),
    );
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    for (const lost of results.filter((r) => r.body.errors))
      expect(lost.body.errors![0]!.extensions?.code).toBe('CONFLICT');
    expect(await stockOf(last.variantId)).toEqual({ onHand: 1, reserved: 1 });
  });
});

describe('the same journey in embedded mode (PGlite, in-process jobs, one process)', () => {
  const embeddedDir = join(tmpdir(), `wh-embedded-commerce-${process.pid}-${Date.now()}`);
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    // `main.ts` exactly as `npm start` runs it (minus the build), with no DATABASE_URL or REDIS_URL.
    const embedded = await embeddedEnv(embeddedDir);
    child = (
      await startMain(
        {
          ...embedded.env,
          STRIPE_SECRET_KEY: 'sk_test_e2e_embedded',
          STRIPE_PUBLISHABLE_KEY: 'pk_test_e2e_journey',
          STRIPE_API_HOST: stripe.host,
          STRIPE_API_PORT: String(stripe.port),
          STRIPE_API_PROTOCOL: 'http',
          STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
        },
        120_000,
      )
    ).process;
    url = embedded.url;
    dataDir = embeddedDir;
    await setUpStore();
  }, 180_000);

  afterAll(async () => {
    if (child) await stopMain(child);
    await rm(embeddedDir, { recursive: true, force: true });
  });

  it('goes from a product on a rendered page to a paid, then refunded order', async () => {
    await visitorJourney();
  }, 120_000);
});
