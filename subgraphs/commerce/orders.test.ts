import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  CONNECT_SECRET,
  connectEvent,
  connectedTenant,
  deliver,
  gql,
  ORDER_FIELDS,
  type OrdersHarness,
  pendingInput,
  placeOrder,
  settled,
  signer,
  startOrdersHarness,
  stockOf,
  variantWithStock,
  waitFor,
} from '../../test/support/commerce-orders.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok } from '../../test/support/subgraph-harness.js';
import { RESERVATION_GRACE_MS } from './services/order-checkout.js';

let h: OrdersHarness;
let shop: { tenantId: string; account: string };
let rival: { tenantId: string; account: string };

beforeAll(async () => {
  h = await startOrdersHarness();
  shop = await connectedTenant(h);
  rival = await connectedTenant(h);
});
afterAll(async () => {
  await h?.close();
});

interface OrderView {
  id: string;
  number: number;
  displayNumber: string;
  status: string;
  disputed: boolean;
  paidAt: string | null;
  paymentIntentId: string | null;
  refunded: { amount: number };
  total: { amount: number };
  tracking: { carrier: string; number: string; url: string | null } | null;
  timeline: {
    kind: string;
    fromStatus: string | null;
    toStatus: string | null;
    cause: string;
    causeEventId: string | null;
    causeUserId: string | null;
    amount: { amount: number } | null;
  }[];
}

const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const viewOrder = async (tenantId: string, id: string) =>
  ok<OrderView>(await gql(h, ORDER, { id }, admin(tenantId)), 'order');
const paidTransitions = (o: OrderView) =>
  o.timeline.filter((t) => t.kind === 'STATUS' && t.toStatus === 'PAID');

/** The events Stripe would send for a paid intent. */
function succeeded(account: string, intentId: string, eventId?: string) {
  const { intent } = h.stripe.connect.succeedPaymentIntent(intentId);
  return connectEvent('payment_intent.succeeded', intent, account, eventId);
}

/** The event Stripe would send for an intent cancelled at Stripe. */
function canceled(account: string, intentId: string) {
  const intent = { ...h.stripe.connect.paymentIntents.get(intentId), status: 'canceled' };
  return connectEvent('payment_intent.canceled', intent, account);
}

describe('Stripe Connect onboarding', () => {
  it('creates one Express account per tenant, returns onboarding links, and account.updated enables charges', async () => {
    const tenantId = randomUUID();
    const mutation = `mutation { connectStripe(input: { returnUrl: "https://shop.example/done" }) { url expiresAt } }`;
    const first = ok<{ url: string }>(await gql(h, mutation, {}, admin(tenantId)), 'connectStripe');
    const second = ok<{ url: string }>(await gql(h, mutation, {}, admin(tenantId)), 'connectStripe');
    expect(first.url).toMatch(/^https:\/\/connect\.stripe\.test\/setup\//);
    expect(second.url).not.toBe(first.url);
    const created = h.stripe.requests.filter(
      (r) => r.path === '/v1/accounts' && r.params['metadata[tenantId]'] === tenantId,
    );
    expect(created).toHaveLength(1); // the second link reuses the stored account
    expect(new Set(created.map((r) => r.idempotencyKey))).toEqual(
      new Set([`webhaze-connect-account-${tenantId}`]),
    );
    const links = h.stripe.requests.filter((r) => r.path === '/v1/account_links').slice(-2);
    expect(links[0]!.params.return_url).toBe('https://shop.example/done');
    expect(links[0]!.params.type).toBe('account_onboarding');

    const query = `{ stripeConnection { accountId chargesEnabled payoutsEnabled detailsSubmitted } }`;
    const before = ok<{ accountId: string; chargesEnabled: boolean }>(
      await gql(h, query, {}, admin(tenantId)),
      'stripeConnection',
    );
    expect(before.accountId).toMatch(/^acct_/);
    expect(before.chargesEnabled).toBe(false);
    expect(h.stripe.connect.accounts.get(before.accountId)?.metadata).toEqual({ tenantId });

    const res = await deliver(
      h,
      connectEvent(
        'account.updated',
        h.stripe.connect.completeOnboarding(before.accountId),
        before.accountId,
      ),
    );
    expect(res.status).toBe(200);
    await settled(h);
    const after = ok<{ chargesEnabled: boolean; payoutsEnabled: boolean }>(
      await gql(h, query, {}, admin(tenantId)),
      'stripeConnection',
    );
    expect(after).toMatchObject({ chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true });
  });

  it('keeps one account when two members start onboarding at once', async () => {
    const tenantId = randomUUID();
    const both = await Promise.all([
      h.service.connect.onboardingLink(admin(tenantId), {}),
      h.service.connect.onboardingLink(admin(tenantId), {}),
    ]);
    const accounts = new Set(
      h.stripe.requests
        .filter((r) => r.path === '/v1/account_links')
        .slice(-2)
        .map((r) => r.params.account),
    );
    expect(both).toHaveLength(2);
    expect(accounts.size).toBe(1);
    expect((await h.service.connect.connection(admin(tenantId))).accountId).toBe([...accounts][0]);
  });

  it('needs settings:write to connect and refuses a checkout before onboarding', async () => {
    const tenantId = randomUUID();
    const editor = userContext(randomUUID(), tenantId, 'editor');
    const res = await gql(h, `mutation { connectStripe { url } }`, {}, editor);
    expect(errorOf(res).extensions?.code).toBe('FORBIDDEN');
    const variantId = await variantWithStock(h, tenantId, 5);
    await expect(
      placeOrder(h, tenantId, [{ variantId, quantity: 1, unitPrice: 1000 }]),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'STRIPE_NOT_CONNECTED' },
    });
  });
});

describe('orders and payments', () => {
  it('creates a pending order with a gap-free number and a PaymentIntent on the connected account', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 10);
    const placed = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 2, unitPrice: 2500 }]);
    expect(placed.order.status).toBe('pending');
    expect(placed.order.number).toBeGreaterThanOrEqual(1001);
    expect(placed.clientSecret).toMatch(/^pi_.*_secret_/);
    expect(await stockOf(h, variantId)).toEqual({ onHand: 10, reserved: 2 });

    const create = h.stripe.requests.find(
      (r) => r.path === '/v1/payment_intents' && r.params['metadata[orderId]'] === placed.order.id,
    )!;
    expect(create.stripeAccount).toBe(shop.account);
    expect(create.params).toMatchObject({
      amount: '5500',
      currency: 'eur',
      'automatic_payment_methods[enabled]': 'true',
      application_fee_amount: '55', // pro plan: 100 bps
    });
    expect(create.idempotencyKey).toBe(`webhaze-order-${placed.order.id}-pi-5500-EUR`);
    // Asking again gives the same intent (idempotent), never a second charge.
    const again = await h.service.orders.createPaymentIntent({ tenantId: shop.tenantId }, placed.order.id);
    expect(again.paymentIntentId).toBe(placed.paymentIntentId);
  });

  it('numbers orders gap-free under concurrency', async () => {
    const tenantId = randomUUID();
    const variantId = await variantWithStock(h, tenantId, 100);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        h.service.orders.createPending(
          { tenantId },
          // every third asks for more than the stock: it fails and must give its number back
          pendingInput([{ variantId, quantity: i % 3 === 2 ? 1000 : 1, unitPrice: 100 }]),
        ),
      ),
    );
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.order.number] : [])).sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => 1001 + i));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
  });

  it('pays on payment_intent.succeeded once: stock committed, timeline, confirmation email; duplicates change nothing', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 5);
    const placed = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 3, unitPrice: 1000 }], {
      email: 'paid@example.com',
    });
    const event = succeeded(shop.account, placed.paymentIntentId);
    const [a, b] = await Promise.all([deliver(h, event), deliver(h, event)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await settled(h);
    expect((await deliver(h, event)).body).toMatchObject({ received: true, duplicate: true });
    await settled(h);

    const order = await viewOrder(shop.tenantId, placed.order.id);
    expect(order.status).toBe('PAID');
    expect(paidTransitions(order)).toEqual([
      expect.objectContaining({ fromStatus: 'PENDING', cause: 'stripe', causeEventId: event.id }),
    ]);
    expect(await stockOf(h, variantId)).toEqual({ onHand: 2, reserved: 0 });
    await waitFor(async () => {
      const outbox = join(h.config.dataDir, 'outbox');
      const files = await readdir(outbox).catch(() => [] as string[]);
      for (const file of files) {
        const mail = await readFile(join(outbox, file), 'utf8');
        if (mail.includes('paid@example.com') && mail.includes(`Order #${order.number} confirmed`))
          return true;
      }
      return false;
    });
  });

  it('refuses a bad signature, a wrong secret and a stale timestamp with 400, storing nothing', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 5);
    const placed = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 1000 }]);
    const event = succeeded(shop.account, placed.paymentIntentId);
    const stale = Math.floor(Date.now() / 1000) - 600;
    const answers = [
      await deliver(h, event, { secret: 'whsec_not_the_right_one' }),
      await deliver(h, event, { timestamp: stale }),
      await deliver(h, event, { signature: 't=1,v1=deadbeef' }),
      await deliver(h, event, { signature: null }),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400]);
    const stored = await h.sql.query('select 1 from commerce.stripe_connect_event where id = $1', [event.id]);
    expect(stored.rowCount).toBe(0);
    expect((await viewOrder(shop.tenantId, placed.order.id)).status).toBe('PENDING');
    // A tampered body with a header signed for the original fails too.
    const header = signer.webhooks.generateTestHeaderString({
      payload: JSON.stringify(event),
      secret: CONNECT_SECRET,
    });
    const tampered = { ...event, data: { object: { ...(event.data.object as object), amount: 1 } } };
    expect((await deliver(h, tampered, { signature: header })).status).toBe(400);
  });

  it('is safe in any arrival order: refund before success, canceled after success, duplicate dispute', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 5);
    const placed = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 4500 }]);
    const success = succeeded(shop.account, placed.paymentIntentId);
    const charge = h.stripe.connect.refundOutside(placed.paymentIntentId, 2000);
    const refund = connectEvent('charge.refunded', charge, shop.account);
    const canceled = connectEvent(
      'payment_intent.canceled',
      { ...(success.data.object as object), status: 'canceled', cancellation_reason: 'abandoned' },
      shop.account,
    );
    const dispute = connectEvent(
      'charge.dispute.created',
      {
        id: 'dp_1',
        object: 'dispute',
        amount: 5000,
        charge: charge.id,
        payment_intent: placed.paymentIntentId,
        reason: 'fraudulent',
        metadata: {},
      },
      shop.account,
    );
    for (const event of [refund, success, canceled, dispute, dispute]) {
      expect((await deliver(h, event)).status).toBe(200);
      await settled(h);
    }
    const order = await viewOrder(shop.tenantId, placed.order.id);
    expect(order.status).toBe('PARTIALLY_REFUNDED');
    expect(order.refunded.amount).toBe(2000);
    expect(order.disputed).toBe(true);
    expect(paidTransitions(order)).toHaveLength(1);
    expect(order.timeline.filter((t) => t.kind === 'DISPUTE')).toHaveLength(1);
    expect(order.timeline.map((t) => [t.kind, t.toStatus])).toEqual([
      ['CREATED', 'PENDING'],
      ['REFUND', null],
      ['STATUS', 'PAID'],
      ['STATUS', 'PARTIALLY_REFUNDED'],
      ['DISPUTE', 'PARTIALLY_REFUNDED'],
    ]);
    expect(await stockOf(h, variantId)).toEqual({ onHand: 4, reserved: 0 });
  });

  it('re-reserves a payment that succeeds after a cancel, and refunds it when the stock is gone', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 1);
    const late = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 3000 }]);
    // The intent is cancelled (releasing the unit), then another buyer takes and pays the last unit.
    await deliver(h, canceled(shop.account, late.paymentIntentId));
    await settled(h);
    expect((await viewOrder(shop.tenantId, late.order.id)).status).toBe('CANCELLED');
    expect(await stockOf(h, variantId)).toEqual({ onHand: 1, reserved: 0 });
    const other = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 3000 }]);
    await deliver(h, succeeded(shop.account, other.paymentIntentId));
    await settled(h);
    // Now the late payment goes through anyway: paid, no stock → full refund, recorded.
    await deliver(h, succeeded(shop.account, late.paymentIntentId));
    await settled(h);
    const order = await viewOrder(shop.tenantId, late.order.id);
    expect(order.status).toBe('REFUNDED');
    expect(order.refunded.amount).toBe(order.total.amount);
    expect(paidTransitions(order)).toHaveLength(1);
    expect(order.timeline.find((t) => t.kind === 'INVENTORY')).toMatchObject({ cause: 'stripe' });
    const refund = h.stripe.requests.find(
      (r) => r.path === '/v1/refunds' && r.params['metadata[orderId]'] === late.order.id,
    )!;
    expect(refund.idempotencyKey).toBe(`webhaze-order-${late.order.id}-refund-stock-shortage`);
    expect(refund.stripeAccount).toBe(shop.account);
    expect(await stockOf(h, variantId)).toEqual({ onHand: 0, reserved: 0 });

    // With stock available, a late payment is re-reserved instead.
    const restocked = await variantWithStock(h, shop.tenantId, 2);
    const again = await placeOrder(h, shop.tenantId, [
      { variantId: restocked, quantity: 1, unitPrice: 3000 },
    ]);
    await deliver(h, canceled(shop.account, again.paymentIntentId));
    await settled(h);
    await deliver(h, succeeded(shop.account, again.paymentIntentId));
    await settled(h);
    const reserved = await viewOrder(shop.tenantId, again.order.id);
    expect(reserved.status).toBe('PAID');
    expect(reserved.timeline.map((t) => [t.kind, t.toStatus])).toEqual([
      ['CREATED', 'PENDING'],
      ['STATUS', 'CANCELLED'],
      ['STATUS', 'PAID'],
      ['INVENTORY', null],
    ]);
    expect(await stockOf(h, restocked)).toEqual({ onHand: 1, reserved: 0 });
  });

  it('expires a pending order whose reservation ran out: the intent is cancelled first, then the stock released', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 3);
    const placed = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 2, unitPrice: 1000 }], {
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await h.service.orders.expireDue({ tenantId: shop.tenantId }, new Date())).not.toContain(
      placed.order.id,
    );
    // The platform sweep (the commerce.expire-orders job) finds it.
    expect(await h.service.orders.expireAllDue(new Date(Date.now() + 120_000))).toBeGreaterThanOrEqual(1);
    // The reservation outlives the order by a grace period, so the order sweep cancels the payment first.
    const reservation = await h.service.inventory.reservation({ tenantId: shop.tenantId }, placed.order.id);
    expect(reservation?.status).toBe('released');
    expect(reservation!.expiresAt.getTime() - placed.order.reservationExpiresAt!.getTime()).toBe(
      RESERVATION_GRACE_MS,
    );
    expect(h.stripe.connect.paymentIntents.get(placed.paymentIntentId)?.status).toBe('canceled');
    expect((await viewOrder(shop.tenantId, placed.order.id)).status).toBe('EXPIRED');
    expect(await stockOf(h, variantId)).toEqual({ onHand: 3, reserved: 0 });
  });
});

describe('the tenant order API', () => {
  let paidId: string;
  let pendingId: string;
  let pendingIntent: string;
  let token: string;

  beforeAll(async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 10);
    const paid = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 2, unitPrice: 2000 }], {
      email: 'Grace@Example.com',
    });
    await deliver(h, succeeded(shop.account, paid.paymentIntentId));
    await settled(h);
    paidId = paid.order.id;
    token = paid.accessToken;
    const pending = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 2000 }], {
      email: 'alan@example.com',
    });
    pendingId = pending.order.id;
    pendingIntent = pending.paymentIntentId;
  });

  it('lists newest first with cursor pagination, filters by status and date, searches number and email', async () => {
    const list = `query ($first: Int, $after: String, $filter: OrderFilter) {
      orders(first: $first, after: $after, filter: $filter) { edges { cursor node { id number status customerEmail } } pageInfo { hasNextPage endCursor } } }`;
    type Conn = {
      edges: { node: { id: string; number: number; status: string; customerEmail: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Conn = ok<Conn>(await gql(h, list, { first: 3, after }, admin(shop.tenantId)), 'orders');
      all.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const { rows } = await h.sql.query<{ id: string }>(
      'select id from commerce.orders where tenant_id = $1 order by created_at desc, id desc',
      [shop.tenantId],
    );
    expect(all).toEqual(rows.map((r) => r.id));
    expect(all.indexOf(pendingId)).toBeLessThan(all.indexOf(paidId));

    const pendingOnly = ok<Conn>(
      await gql(h, list, { first: 100, filter: { status: ['PENDING'] } }, admin(shop.tenantId)),
      'orders',
    );
    expect(pendingOnly.edges.every((e) => e.node.status === 'PENDING')).toBe(true);
    expect(pendingOnly.edges.map((e) => e.node.id)).toContain(pendingId);

    const paid = await viewOrder(shop.tenantId, paidId);
    const byNumber = ok<Conn>(
      await gql(h, list, { first: 10, filter: { search: `#${paid.number}` } }, admin(shop.tenantId)),
      'orders',
    );
    expect(byNumber.edges.map((e) => e.node.id)).toEqual([paidId]);
    const byEmail = ok<Conn>(
      await gql(h, list, { first: 10, filter: { search: 'grace@' } }, admin(shop.tenantId)),
      'orders',
    );
    expect(byEmail.edges.map((e) => e.node.id)).toEqual([paidId]);
    const future = ok<Conn>(
      await gql(
        h,
        list,
        { first: 10, filter: { createdFrom: new Date(Date.now() + 3_600_000).toISOString() } },
        admin(shop.tenantId),
      ),
      'orders',
    );
    expect(future.edges).toEqual([]);
    const bad = await gql(h, list, { first: 10, filter: { createdFrom: 'yesterday' } }, admin(shop.tenantId));
    expect(errorOf(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'createdFrom' });
  });

  it('fulfils with tracking, refunds partially then fully with idempotency keys, never more than remains', async () => {
    const fulfil = `mutation ($id: ID!, $input: FulfilOrderInput!) { fulfilOrder(id: $id, input: $input) { ${ORDER_FIELDS} } }`;
    const refund = `mutation ($id: ID!, $input: RefundOrderInput) { refundOrder(id: $id, input: $input) { ${ORDER_FIELDS} } }`;
    const member = admin(shop.tenantId);
    const fulfilled = ok<OrderView>(
      await gql(
        h,
        fulfil,
        {
          id: paidId,
          input: { carrier: 'DHL', trackingNumber: 'JD0001', trackingUrl: 'https://dhl.example/JD0001' },
        },
        member,
      ),
      'fulfilOrder',
    );
    expect(fulfilled.status).toBe('FULFILLED');
    expect(fulfilled.tracking).toEqual({
      carrier: 'DHL',
      number: 'JD0001',
      url: 'https://dhl.example/JD0001',
    });
    expect(fulfilled.timeline.at(-1)).toMatchObject({
      fromStatus: 'PAID',
      toStatus: 'FULFILLED',
      cause: 'user',
      causeUserId: (member.actor as { userId: string }).userId,
    });

    const tooMuch = await gql(
      h,
      refund,
      { id: paidId, input: { amount: fulfilled.total.amount + 1 } },
      member,
    );
    expect(errorOf(tooMuch).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const partial = ok<OrderView>(
      await gql(h, refund, { id: paidId, input: { amount: 1000, reason: 'damaged box' } }, member),
      'refundOrder',
    );
    expect(partial.status).toBe('PARTIALLY_REFUNDED');
    expect(partial.refunded.amount).toBe(1000);
    const rest = ok<OrderView>(await gql(h, refund, { id: paidId }, member), 'refundOrder');
    expect(rest.status).toBe('REFUNDED');
    expect(rest.refunded.amount).toBe(rest.total.amount);
    const calls = h.stripe.requests.filter(
      (r) => r.path === '/v1/refunds' && r.params['metadata[orderId]'] === paidId,
    );
    expect(calls.map((r) => [r.params.amount, r.idempotencyKey, r.stripeAccount])).toEqual([
      ['1000', `webhaze-order-${paidId}-refund-1`, shop.account],
      [String(rest.total.amount - 1000), `webhaze-order-${paidId}-refund-2`, shop.account],
    ]);
    const nothingLeft = await gql(h, refund, { id: paidId, input: { amount: 1 } }, member);
    expect(errorOf(nothingLeft).extensions?.code).toBe('CONFLICT');
    // Stripe's charge.refunded for the same refunds adds nothing.
    const current = await viewOrder(shop.tenantId, paidId);
    const intent = h.stripe.connect.paymentIntents.get(current.paymentIntentId!)!;
    const charge = h.stripe.connect.charges.get(intent.latest_charge!)!;
    await deliver(h, connectEvent('charge.refunded', { ...charge }, shop.account));
    await settled(h);
    expect((await viewOrder(shop.tenantId, paidId)).timeline).toHaveLength(current.timeline.length);
  });

  it('cancels a pending order (intent cancelled at Stripe, stock released) and refuses to cancel a paid one', async () => {
    const cancel = `mutation ($id: ID!) { cancelOrder(id: $id) { status } }`;
    const member = admin(shop.tenantId);
    expect(
      ok<{ status: string }>(await gql(h, cancel, { id: pendingId }, member), 'cancelOrder').status,
    ).toBe('CANCELLED');
    expect(h.stripe.connect.paymentIntents.get(pendingIntent)?.status).toBe('canceled');
    const reservation = await h.service.inventory.reservation({ tenantId: shop.tenantId }, pendingId);
    expect(reservation?.status).toBe('released');
    expect(errorOf(await gql(h, cancel, { id: paidId }, member)).extensions?.code).toBe('CONFLICT');
  });

  it('lets the visitor see the status by token, and nothing else', async () => {
    const query = `query ($token: String!) { orderByToken(token: $token) { displayNumber status tracking { carrier number } createdAt } }`;
    const view = ok<{ status: string; tracking: { carrier: string } }>(
      await gql(h, query, { token }, anonymousContext(shop.tenantId)),
      'orderByToken',
    );
    expect(view.status).toBe('REFUNDED');
    expect(view.tracking.carrier).toBe('DHL');
    expect(ok(await gql(h, query, { token }, anonymousContext(rival.tenantId)), 'orderByToken')).toBeNull();
    expect(
      ok(await gql(h, query, { token: `${token}x` }, anonymousContext(shop.tenantId)), 'orderByToken'),
    ).toBeNull();
    const personal = await gql(
      h,
      `query ($token: String!) { orderByToken(token: $token) { customerEmail } }`,
      { token },
      anonymousContext(shop.tenantId),
    );
    expect(personal.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymousList = await gql(
      h,
      `{ orders { edges { node { id } } } }`,
      {},
      anonymousContext(shop.tenantId),
    );
    expect(errorOf(anonymousList).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for another tenant’s order and changes nothing', async () => {
    const attacker = admin(rival.tenantId);
    const before = await h.sql.query(
      'select status, refunded_amount, tracking_number from commerce.orders where id = any($1) order by id',
      [[paidId, pendingId]],
    );
    const attempts = [
      gql(h, ORDER, { id: paidId }, attacker),
      gql(
        h,
        `mutation ($id: ID!) { fulfilOrder(id: $id, input: { carrier: "X", trackingNumber: "1" }) { id } }`,
        { id: paidId },
        attacker,
      ),
      gql(h, `mutation ($id: ID!) { cancelOrder(id: $id) { id } }`, { id: pendingId }, attacker),
      gql(
        h,
        `mutation ($id: ID!) { refundOrder(id: $id, input: { amount: 1 }) { id } }`,
        { id: paidId },
        attacker,
      ),
      gql(h, ORDER, { id: 'not-a-uuid' }, attacker),
    ];
    for (const res of await Promise.all(attempts)) expect(errorOf(res).extensions?.code).toBe('NOT_FOUND');
    const list = ok<{ edges: { node: { id: string } }[] }>(
      await gql(h, `{ orders(first: 100) { edges { node { id } } } }`, {}, attacker),
      'orders',
    );
    expect(list.edges.map((e) => e.node.id)).not.toContain(paidId);
    const after = await h.sql.query(
      'select status, refunded_amount, tracking_number from commerce.orders where id = any($1) order by id',
      [[paidId, pendingId]],
    );
    expect(after.rows).toEqual(before.rows);
  });

  it('ignores a webhook that names another tenant’s order from the attacker’s connected account', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 2);
    const victim = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 1000 }]);
    // The rival's account sends a "succeeded" for an intent whose metadata points at the shop's order.
    const forged = await placeOrder(h, rival.tenantId, [
      { variantId: await variantWithStock(h, rival.tenantId, 1), quantity: 1, unitPrice: 1000 },
    ]);
    const { intent } = h.stripe.connect.succeedPaymentIntent(forged.paymentIntentId);
    const res = await deliver(
      h,
      connectEvent(
        'payment_intent.succeeded',
        {
          ...intent,
          id: victim.paymentIntentId,
          metadata: { orderId: victim.order.id, tenantId: shop.tenantId },
        },
        rival.account,
      ),
    );
    expect(res.status).toBe(200);
    await settled(h);
    expect((await viewOrder(shop.tenantId, victim.order.id)).status).toBe('PENDING');
    expect(await stockOf(h, variantId)).toEqual({ onHand: 2, reserved: 1 });
  });

  it('only orders:write may fulfil, cancel or refund; editors may read', async () => {
    const editor = userContext(randomUUID(), shop.tenantId, 'editor');
    expect(
      ok<{ id: string }>(
        await gql(h, `query ($id: ID!) { order(id: $id) { id } }`, { id: paidId }, editor),
        'order',
      ).id,
    ).toBe(paidId);
    const res = await gql(h, `mutation ($id: ID!) { refundOrder(id: $id) { id } }`, { id: paidId }, editor);
    expect(errorOf(res).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('edges', () => {
  it('does not cancel or expire an order whose payment already succeeded at Stripe; its webhook pays it', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 2);
    const placed = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 1500 }], {
      expiresAt: new Date(Date.now() + 1000),
    });
    const { intent } = h.stripe.connect.succeedPaymentIntent(placed.paymentIntentId); // webhook not yet here
    const res = await gql(
      h,
      `mutation ($id: ID!) { cancelOrder(id: $id) { status } }`,
      { id: placed.order.id },
      admin(shop.tenantId),
    );
    expect(errorOf(res).extensions?.code).toBe('CONFLICT');
    expect(
      await h.service.orders.expireDue({ tenantId: shop.tenantId }, new Date(Date.now() + 60_000)),
    ).not.toContain(placed.order.id);
    expect((await viewOrder(shop.tenantId, placed.order.id)).status).toBe('PENDING');
    await deliver(h, connectEvent('payment_intent.succeeded', intent, shop.account));
    await settled(h);
    expect((await viewOrder(shop.tenantId, placed.order.id)).status).toBe('PAID');
    expect(await stockOf(h, variantId)).toEqual({ onHand: 1, reserved: 0 });
  });

  it('records a refund Stripe refuses as failed (timeline note) and does not count it against what is left', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 2);
    const placed = await placeOrder(h, shop.tenantId, [{ variantId, quantity: 1, unitPrice: 1500 }]);
    await deliver(h, succeeded(shop.account, placed.paymentIntentId));
    await settled(h);
    h.stripe.failNext('/v1/refunds', 400, {
      type: 'invalid_request_error',
      code: 'charge_disputed',
      message: 'This charge is disputed.',
    });
    const refund = `mutation ($id: ID!, $input: RefundOrderInput) { refundOrder(id: $id, input: $input) { status refunded { amount } } }`;
    const refused = await gql(
      h,
      refund,
      { id: placed.order.id, input: { amount: 500 } },
      admin(shop.tenantId),
    );
    expect(errorOf(refused).extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'charge_disputed',
    });
    const order = await viewOrder(shop.tenantId, placed.order.id);
    expect(order.status).toBe('PAID');
    expect(order.timeline.at(-1)).toMatchObject({ kind: 'NOTE', amount: { amount: 500, currency: 'EUR' } });
    const full = ok<{ status: string; refunded: { amount: number } }>(
      await gql(h, refund, { id: placed.order.id }, admin(shop.tenantId)),
      'refundOrder',
    );
    expect(full).toEqual({ status: 'REFUNDED', refunded: { amount: 2000 } });
  });

  it('refuses inconsistent order amounts and bad lines with the field, creating nothing', async () => {
    const variantId = await variantWithStock(h, shop.tenantId, 2);
    const scope = { tenantId: shop.tenantId };
    const count = async () =>
      (await h.sql.query('select 1 from commerce.orders where tenant_id = $1', [shop.tenantId])).rowCount;
    const before = await count();
    const good = pendingInput([{ variantId, quantity: 1, unitPrice: 1000 }]);
    await expect(h.service.orders.createPending(scope, { ...good, totalAmount: 1 })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'totalAmount' },
    });
    await expect(
      h.service.orders.createPending(scope, { ...good, lines: [{ ...good.lines[0]!, quantity: 0 }] }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'lines.0.quantity' } });
    await expect(
      h.service.orders.createPending(scope, pendingInput([{ variantId, quantity: 3, unitPrice: 1000 }])),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await count()).toBe(before);
    expect(await stockOf(h, variantId)).toEqual({ onHand: 2, reserved: 0 });
  });
});
