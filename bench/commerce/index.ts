/**
 * Commerce benchmark, in one run, through the gateway of a real stack (PostgreSQL + Redis + worker,
 * demo tenant connected to Stripe Connect, the Stripe stand-in in its own process behind the real
 * client):
 *   (a) catalog read: `products(first: 20)` with prices, as a headless storefront (autocannon);
 *   (b) add-to-cart: `createCart` with one line (catalog, stock and region checks, server-side
 *       pricing with tax and shipping, one insert per request) (autocannon);
 *   (c) checkout: distinct carts, each `checkout` locks and prices the cart, creates the pending
 *       order, reserves the stock and creates the PaymentIntent at the stand-in (bench/commerce/
 *       burst.ts: a cart cannot be checked out twice, so autocannon's one repeated body won't do);
 *   (d) webhooks: a signed `payment_intent.succeeded` per pending order from (c), every event
 *       delivered twice (deduplication by event id on), through `/webhooks/stripe/connect`, until
 *       every order is paid by the worker: deliveries/s and unique events processed/s.
 * Load generators run in their own processes; a warm-up first; the median of BENCH_RUNS runs.
 */
import '../../core/disable-telemetry.js';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Stripe from 'stripe';
import { DEMO } from '../../stack/seed.js';
import {
  benchEnv,
  demoOwner,
  graphql,
  measure,
  median,
  post,
  saveResults,
  scenarioOf,
  spawnReady,
  stop,
} from '../harness.js';
import type { BurstResult, BurstSpec } from './burst.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const CHECKOUTS_PER_RUN = Number(process.env.BENCH_CHECKOUTS ?? 100);
const CONNECT_SECRET = `whsec_${randomBytes(12).toString('hex')}`;
const signer = new Stripe('sk_test_signing_only');
const headless = { 'x-tenant': DEMO.tenantSlug };
const ADDRESS = {
  name: 'Bench Buyer',
  line1: '1 Load St',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
};

/** One burst in its own process; any failed request fails the benchmark. */
async function burst(spec: BurstSpec): Promise<BurstResult> {
  const file = join(tmpdir(), `wh-bench-burst-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(spec));
  try {
    const { info, child } = await spawnReady<BurstResult>([join(here, 'burst.ts'), file]);
    await stop(child);
    if (info.non2xx || info.errors || info.graphqlErrors) {
      throw new Error(
        `burst: ${info.non2xx} non-2xx, ${info.graphqlErrors} GraphQL errors, ${info.errors} errors`,
      );
    }
    return info;
  } finally {
    rmSync(file, { force: true });
  }
}

/** A Stripe Connect event of the connected `account`, as the JSON Stripe would send. */
const connectEvent = (account: string, type: string, object: Record<string, unknown>) =>
  JSON.stringify({
    id: `evt_${randomBytes(10).toString('hex')}`,
    object: 'event',
    type,
    api_version: '2025-01-27.acacia',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    account,
    data: { object },
  });

/** Polls `done` every `intervalMs` until it is true; throws `failure` after `tries` more tries. */
async function pollUntil(
  done: () => Promise<boolean>,
  { tries, intervalMs, failure }: { tries: number; intervalMs: number; failure: string },
): Promise<void> {
  for (let i = 0; !(await done()); i++) {
    if (i > tries) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

const deliveriesOf = (events: string[]) =>
  events.map((payload) => ({
    path: '/webhooks/stripe/connect',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: CONNECT_SECRET }),
    },
    body: payload,
  }));

export async function runCommerceBench() {
  const standin = await spawnReady<{ host: string; port: number }>([join(here, 'standin.ts')]);
  const stack = await spawnReady<{ url: string }>([join(here, '..', 'stack.ts')], {
    ...process.env,
    BENCH_SEED: '1',
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_API_HOST: standin.info.host,
    STRIPE_API_PORT: String(standin.info.port),
    STRIPE_API_PROTOCOL: 'http',
    STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
    STRIPE_PUBLISHABLE_KEY: 'pk_test_bench',
  });
  try {
    const url = stack.info.url;
    const owner = await demoOwner(url);
    // Connect the demo store: onboarding at the stand-in, then Stripe's account.updated.
    await graphql(url, 'mutation { connectStripe { url } }', {}, owner);
    const { stripeConnection } = await graphql<{ stripeConnection: { accountId: string } }>(
      url,
      '{ stripeConnection { accountId } }',
      {},
      owner,
    );
    const account = stripeConnection.accountId;
    const accountEvent = connectEvent(account, 'account.updated', {
      id: account,
      object: 'account',
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
    });
    await burst({ origin: url, concurrency: 1, requests: deliveriesOf([accountEvent]) });
    await pollUntil(
      async () => {
        const { stripeConnection: c } = await graphql<{ stripeConnection: { chargesEnabled: boolean } }>(
          url,
          '{ stripeConnection { chargesEnabled } }',
          {},
          owner,
        );
        return c.chargesEnabled;
      },
      { tries: 400, intervalMs: 50, failure: 'the demo store never became charges-enabled' },
    );
    // A catalog of 20 products (the default region sells in USD), 10 % tax and flat shipping.
    let variantId = '';
    for (let i = 0; i < 20; i++) {
      const { createProduct } = await graphql<{ createProduct: { variants: { id: string }[] } }>(
        url,
        'mutation($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }',
        {
          input: {
            title: `Bench product ${i}`,
            status: 'ACTIVE',
            variants: [{ sku: `BENCH-${i}`, prices: [{ currency: 'USD', amount: 1000 + i }] }],
          },
        },
        owner,
      );
      variantId = createProduct.variants[0]!.id;
      await graphql(
        url,
        'mutation($input: SetStockInput!) { setStock(input: $input) { onHand } }',
        { input: { variantId, onHand: 1_000_000 } },
        owner,
      );
    }
    await graphql(
      url,
      'mutation { setTaxSetting(input: { regionCode: "default", rateBps: 1000, inclusive: false }) { region } }',
      {},
      owner,
    );
    await graphql(
      url,
      'mutation { createShippingRate(input: { regionCode: "default", name: "Standard", currency: "USD", amount: 500 }) { id } }',
      {},
      owner,
    );

    const { connections, durationSeconds, runs } = benchEnv;
    console.info(
      `commerce bench: ${connections} connections, ${runs} x ${durationSeconds}s; ${CHECKOUTS_PER_RUN} checkouts per run`,
    );
    const catalog = await measure(
      '(a) catalog read: products(first: 20) with prices',
      post(
        `${url}/graphql`,
        'query { products(first: 20) { edges { node { id title slug variants { id price(currency: "USD") { amount currency } } } } } }',
        {},
        headless,
      ),
    );
    const addToCart = await measure(
      '(b) add-to-cart: createCart with one line',
      post(
        `${url}/graphql`,
        'mutation($input: CreateCartInput) { createCart(input: $input) { token cart { total { amount } } } }',
        { input: { lines: [{ variantId, quantity: 1 }] } },
        headless,
      ),
    );

    // (c) Checkouts of distinct carts (prepared outside the measurement).
    const concurrency = Math.min(connections, 16);
    const prepareCheckouts = async (n: number) => {
      const requests: BurstSpec['requests'] = [];
      for (let i = 0; i < n; i++) {
        const { createCart } = await graphql<{ createCart: { token: string } }>(
          url,
          'mutation($input: CreateCartInput) { createCart(input: $input) { token } }',
          { input: { lines: [{ variantId, quantity: 1 }] } },
          headless,
        );
        requests.push({
          path: '/graphql',
          headers: { 'content-type': 'application/json', ...headless },
          body: JSON.stringify({
            query:
              'mutation($input: CheckoutInput!) { checkout(input: $input) { orderToken payment { clientSecret } } }',
            variables: {
              input: {
                cartToken: createCart.token,
                email: `bench${i}@example.com`,
                shippingAddress: ADDRESS,
              },
            },
          }),
        });
      }
      return requests;
    };
    await burst({
      origin: url,
      concurrency,
      requests: await prepareCheckouts(Math.ceil(CHECKOUTS_PER_RUN / 2)),
    });
    const checkoutRuns: BurstResult[] = [];
    for (let i = 0; i < runs; i++) {
      checkoutRuns.push(
        await burst({ origin: url, concurrency, requests: await prepareCheckouts(CHECKOUTS_PER_RUN) }),
      );
    }
    const checkout = scenarioOf('(c) checkout: order + reservation + PaymentIntent', checkoutRuns);

    // (d) Webhooks: the newest pending orders' payments succeed; every event arrives twice.
    const webhookRun = async (n: number) => {
      const { orders } = await graphql<{
        orders: { edges: { node: { id: string; paymentIntentId: string; total: { amount: number } } }[] };
      }>(
        url,
        'query($n: Int) { orders(first: $n, filter: { status: [PENDING] }) { edges { node { id paymentIntentId total { amount } } } } }',
        { n },
        owner,
      );
      const batch = orders.edges.map((e) => e.node);
      const events = batch.map((o) =>
        connectEvent(account, 'payment_intent.succeeded', {
          id: o.paymentIntentId,
          object: 'payment_intent',
          amount: o.total.amount,
          amount_received: o.total.amount,
          currency: 'usd',
          status: 'succeeded',
          metadata: { orderId: o.id },
        }),
      );
      // Each event twice, the duplicate a little later (as Stripe retries do).
      const deliveries = deliveriesOf([...events, ...events]);
      const started = performance.now();
      const accepted = await burst({ origin: url, concurrency, requests: deliveries });
      const ids = new Set(batch.map((o) => o.id));
      await pollUntil(
        async () => {
          const { orders: still } = await graphql<{ orders: { edges: { node: { id: string } }[] } }>(
            url,
            'query { orders(first: 100, filter: { status: [PENDING] }) { edges { node { id } } } }',
            {},
            owner,
          );
          return !still.edges.some((e) => ids.has(e.node.id));
        },
        { tries: 2400, intervalMs: 25, failure: 'webhook events were not processed in time' },
      );
      const seconds = (performance.now() - started) / 1000;
      return {
        deliveriesPerSecond: deliveries.length / seconds,
        uniqueEventsPerSecond: events.length / seconds,
        acceptedPerSecond: accepted.requestsPerSecond,
        seconds,
      };
    };
    await webhookRun(Math.ceil(CHECKOUTS_PER_RUN / 2));
    const webhookRuns = [];
    for (let i = 0; i < runs; i++) webhookRuns.push(await webhookRun(CHECKOUTS_PER_RUN));
    const webhooks = {
      name: '(d) webhooks: payment_intent.succeeded, each twice',
      deliveriesPerSecond: median(webhookRuns.map((r) => r.deliveriesPerSecond)),
      uniqueEventsPerSecond: median(webhookRuns.map((r) => r.uniqueEventsPerSecond)),
      acceptedPerSecond: median(webhookRuns.map((r) => r.acceptedPerSecond)),
      runs: webhookRuns,
    };
    console.info(
      `${webhooks.name.padEnd(48)} ${webhooks.deliveriesPerSecond.toFixed(0).padStart(7)} deliveries/s processed (${webhooks.uniqueEventsPerSecond.toFixed(0)} unique events/s; accepted at ${webhooks.acceptedPerSecond.toFixed(0)}/s)`,
    );
    const results = { catalog, addToCart, checkout, webhooks };
    saveResults('commerce', results);
    return results;
  } finally {
    await stop(stack.child);
    await stop(standin.child);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.env.PLANS_FILE ??= fileURLToPath(new URL('../plans.json', import.meta.url));
  await runCommerceBench();
}
