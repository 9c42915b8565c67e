import { randomBytes, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import Stripe from 'stripe';
import type { Config } from '../../core/config.js';
import { createJobQueue, type JobQueue } from '../../core/jobs.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import type { CreatePendingOrderInput } from '../../subgraphs/commerce/services/order-service.js';
import { startCommerceSubgraph } from '../../subgraphs/commerce/subgraph.js';
import { emailHandler } from '../../workers/email.js';
import { callSubgraph, createTestDatabase, type TestDatabase, testConfig, userContext } from './env.js';
import { eventually } from './eventually.js';
import { type StripeStandin, startStripeStandin, stripeEvent } from './stripe-standin.js';

export type CommerceService = Awaited<ReturnType<typeof startCommerceSubgraph>>;

export const CONNECT_SECRET = `whsec_${randomBytes(16).toString('hex')}`;
/** Signs webhook payloads offline, as Stripe does. */
export const signer = new Stripe('sk_test_signing_only');

export interface OrdersHarness {
  config: Config;
  service: CommerceService;
  stripe: StripeStandin;
  jobs: JobQueue;
  sql: pg.Client;
  close(): Promise<void>;
}

/**
 * The commerce subgraph on a fresh database, pointed at the Stripe stand-in, with an in-process
 * job queue running the real `commerce.stripe-event` and `email.send` handlers (emails land in
 * the dev outbox under the data folder). The tenant's plan is `pro` (1 % application fee).
 */
export async function startOrdersHarness(opts: { concurrency?: number } = {}): Promise<OrdersHarness> {
  const database: TestDatabase = await createTestDatabase();
  const stripe = await startStripeStandin();
  const config = testConfig({
    DATABASE_URL: database.url,
    STRIPE_SECRET_KEY: 'sk_test_commerce',
    STRIPE_API_HOST: stripe.host,
    STRIPE_API_PORT: String(stripe.port),
    STRIPE_API_PROTOCOL: 'http',
    STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
    DB_POOL_MAX: '12',
  });
  let service: CommerceService | undefined;
  const jobs = await createJobQueue(
    config,
    {
      'commerce.stripe-event': async ({ tenantId, eventId }) => {
        if (!service) throw new Error('commerce is not started yet');
        await service.webhooks.process(tenantId, eventId);
      },
      'email.send': emailHandler(config),
      'commerce.expire-orders': async () => {
        if (!service) throw new Error('commerce is not started yet');
        await service.orders.expireAllDue();
      },
    },
    { concurrency: opts.concurrency ?? 4, retry: { attempts: 6, backoffMs: 20 } },
  );
  service = await startCommerceSubgraph(config, {
    port: 0,
    jobs,
    // The application fee and limits of `pro`; tax and shipping are set for the regions `de` and `at`.
    tenants: fixedTenantLookup({ plan: 'pro', regionCodes: ['de', 'at'] }),
  });
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  return {
    config,
    service,
    stripe,
    jobs,
    sql,
    async close() {
      await jobs.close();
      await sql.end();
      await service?.close();
      await stripe.close();
      await database.drop();
      await rm(config.dataDir, { recursive: true, force: true });
    },
  };
}

export const admin = (tenantId: string) => userContext(randomUUID(), tenantId, 'admin');

/** POSTs a Stripe Connect event to the subgraph's webhook route, signed unless told otherwise. */
export async function deliver(
  h: OrdersHarness,
  event: ReturnType<typeof stripeEvent> & { account?: string },
  opts: { secret?: string; timestamp?: number; signature?: string | null } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(event);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.signature !== null) {
    headers['stripe-signature'] =
      opts.signature ??
      signer.webhooks.generateTestHeaderString({
        payload,
        secret: opts.secret ?? CONNECT_SECRET,
        ...(opts.timestamp !== undefined ? { timestamp: opts.timestamp } : {}),
      });
  }
  const res = await fetch(`${h.service.url}/webhooks/stripe/connect`, {
    method: 'POST',
    headers,
    body: payload,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A Connect event (it carries the connected account, as Stripe's Connect webhooks do). */
export function connectEvent(type: string, object: unknown, account: string, eventId?: string) {
  return { ...stripeEvent(type, object, eventId), account };
}

/** Connects a fresh tenant to Stripe through onboarding and `account.updated`; returns its ids. */
export async function connectedTenant(h: OrdersHarness): Promise<{ tenantId: string; account: string }> {
  const tenantId = randomUUID();
  await h.service.connect.onboardingLink(admin(tenantId), {});
  const [row] = (
    await h.sql.query<{ stripe_account_id: string }>(
      'select stripe_account_id from commerce.commerce_settings where tenant_id = $1',
      [tenantId],
    )
  ).rows;
  const account = row!.stripe_account_id;
  const res = await deliver(
    h,
    connectEvent('account.updated', h.stripe.connect.completeOnboarding(account), account),
  );
  if (res.status !== 200) throw new Error(`account.updated answered ${res.status}`);
  await waitFor(async () => (await h.service.connect.connection(admin(tenantId))).chargesEnabled);
  return { tenantId, account };
}

/** A product with one variant and `onHand` units at the tenant's default location (fixture rows, then the inventory API). */
export async function variantWithStock(h: OrdersHarness, tenantId: string, onHand: number, sku?: string) {
  const productId = randomUUID();
  const variantId = randomUUID();
  await h.sql.query(
    `insert into commerce.product (id, tenant_id, title, status, slug) values ($1, $2, $3, 'active', $4)`,
    [productId, tenantId, `Product ${productId.slice(0, 6)}`, `p-${productId}`],
  );
  await h.sql.query(
    `insert into commerce.variant (id, tenant_id, product_id, sku, title) values ($1, $2, $3, $4, 'Default')`,
    [variantId, tenantId, productId, sku ?? `SKU-${variantId.slice(0, 8)}`],
  );
  const scope = { tenantId };
  const location = await h.service.inventory.defaultLocation(scope);
  await h.service.inventory.setOnHand(scope, { variantId, locationId: location.id, onHand });
  return variantId;
}

export async function stockOf(
  h: OrdersHarness,
  variantId: string,
): Promise<{ onHand: number; reserved: number }> {
  const { rows } = await h.sql.query<{ on_hand: number; reserved: number }>(
    'select coalesce(sum(on_hand), 0)::int as on_hand, coalesce(sum(reserved), 0)::int as reserved from commerce.stock_level where variant_id = $1',
    [variantId],
  );
  return { onHand: rows[0]!.on_hand, reserved: rows[0]!.reserved };
}

/** What a checkout would pass: server-computed amounts, tax-exclusive, flat shipping. */
export function pendingInput(
  lines: { variantId: string; quantity: number; unitPrice: number }[],
  opts: { email?: string; expiresAt?: Date; shipping?: number; tax?: number } = {},
): CreatePendingOrderInput {
  const subtotal = lines.reduce((s, l) => s + l.unitPrice * l.quantity, 0);
  const shipping = opts.shipping ?? 500;
  const tax = opts.tax ?? 0;
  return {
    lines: lines.map((l, i) => ({ ...l, sku: `SKU-${l.variantId.slice(0, 8)}`, title: `Item ${i + 1}` })),
    currency: 'EUR',
    subtotalAmount: subtotal,
    discountAmount: 0,
    taxAmount: tax,
    taxInclusive: false,
    shippingAmount: shipping,
    totalAmount: subtotal + shipping + tax,
    customerEmail: opts.email ?? 'buyer@example.com',
    shippingAddress: {
      name: 'Ada Buyer',
      line1: 'Main St 1',
      postalCode: '10115',
      city: 'Berlin',
      country: 'DE',
    },
    visitorHash: 'v-hash-1',
    reservationExpiresAt: opts.expiresAt ?? new Date(Date.now() + 30 * 60_000),
  };
}

/** A pending order with its PaymentIntent on the tenant's connected account. */
export async function placeOrder(
  h: OrdersHarness,
  tenantId: string,
  lines: { variantId: string; quantity: number; unitPrice: number }[],
  opts: Parameters<typeof pendingInput>[1] = {},
) {
  const scope = { tenantId };
  const { order, accessToken } = await h.service.orders.createPending(scope, pendingInput(lines, opts));
  const payment = await h.service.orders.createPaymentIntent(scope, order.id);
  return { order, accessToken, ...payment };
}

/** Polls until `check` holds (a generous bound on a hang; no fixed sleep before an assertion). */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => ((await check()) ? true : undefined), timeoutMs);
}

/** Waits until every stored Connect event is processed and the event queue is idle. */
export async function settled(h: OrdersHarness, timeoutMs = 60_000): Promise<void> {
  await waitFor(async () => {
    const { rows } = await h.sql.query<{ n: number }>(
      'select count(*)::int as n from commerce.stripe_connect_event where processed_at is null',
    );
    const depth = (await h.jobs.depths())['commerce.stripe-event'];
    return rows[0]!.n === 0 && depth.waiting + depth.active + depth.delayed === 0;
  }, timeoutMs);
}

export const ORDER_FIELDS = /* GraphQL */ `
  id number displayNumber status disputed customerEmail paymentIntentId paidAt fulfilledAt
  total { amount currency } refunded { amount currency }
  lines { variantId sku quantity unitPrice { amount } total { amount } }
  tracking { carrier number url }
  timeline { kind fromStatus toStatus cause causeEventId causeUserId amount { amount currency } }
`;

export function gql(
  h: OrdersHarness,
  query: string,
  variables: Record<string, unknown>,
  ctx: ReturnType<typeof admin>,
) {
  return callSubgraph(h.service.url, query, variables, { ctx, secret: h.config.contextSecret });
}
