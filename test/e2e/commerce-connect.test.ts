import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeStandin, startStripeStandin, stripeEvent } from '../support/stripe-standin.js';
import { bearer, eventually, gql, startDemoStack } from './support.js';

const CONNECT_SECRET = 'whsec_e2e_connect';
const signer = new Stripe('sk_test_signing_only');

let stripe: StripeStandin;
let url: string;
let token: string;
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  stripe = await startStripeStandin();
  ({ url, token, close } = await startDemoStack({
    REDIS_URL: undefined,
    STRIPE_SECRET_KEY: 'sk_test_e2e',
    STRIPE_API_HOST: stripe.host,
    STRIPE_API_PORT: String(stripe.port),
    STRIPE_API_PROTOCOL: 'http',
    STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
  }));
});

afterAll(async () => {
  await close?.();
  await stripe?.close();
});

describe('Stripe Connect through the gateway', () => {
  it('onboards the demo store and applies a signed account.updated forwarded untouched; bad or stale signatures get 400', async () => {
    const auth = bearer(token);
    const link = await gql<{ connectStripe: { url: string } }>(
      url,
      'mutation { connectStripe { url } }',
      {},
      auth,
    );
    expect(link.body.errors).toBeUndefined();
    expect(link.body.data!.connectStripe.url).toMatch(/^https:\/\/connect\.stripe\.test\//);
    const connection = `{ stripeConnection { accountId chargesEnabled } }`;
    const before = await gql<{ stripeConnection: { accountId: string; chargesEnabled: boolean } }>(
      url,
      connection,
      {},
      auth,
    );
    const account = before.body.data!.stripeConnection.accountId;
    expect(before.body.data!.stripeConnection.chargesEnabled).toBe(false);

    const event = { ...stripeEvent('account.updated', stripe.connect.completeOnboarding(account)), account };
    const payload = JSON.stringify(event);
    const post = (body: string, signature: string) =>
      fetch(`${url}/webhooks/stripe/connect`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body,
      });
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: CONNECT_SECRET });
    // The same JSON re-serialised is not the signed bytes: refused.
    expect((await post(JSON.stringify(event, null, 2), header)).status).toBe(400);
    const stale = signer.webhooks.generateTestHeaderString({
      payload,
      secret: CONNECT_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect((await post(payload, stale)).status).toBe(400);
    const unchanged = await gql<{ stripeConnection: { chargesEnabled: boolean } }>(url, connection, {}, auth);
    expect(unchanged.body.data!.stripeConnection.chargesEnabled).toBe(false);

    expect((await post(payload, header)).status).toBe(200);
    await eventually(async () => {
      const after = await gql<{ stripeConnection: { chargesEnabled: boolean } }>(url, connection, {}, auth);
      return after.body.data!.stripeConnection.chargesEnabled ? true : undefined;
    });
    const replay = await post(
      payload,
      signer.webhooks.generateTestHeaderString({ payload, secret: CONNECT_SECRET }),
    );
    expect(await replay.json()).toMatchObject({ received: true, duplicate: true });
  });
});
