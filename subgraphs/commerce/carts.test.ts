import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import {
  admin,
  connectedTenant,
  gql,
  type OrdersHarness,
  startOrdersHarness,
  stockOf,
  variantWithStock,
} from '../../test/support/commerce-orders.js';
import { anonymousContext } from '../../test/support/env.js';
import { allocate } from './services/cart-pricing.js';
import { lineTax, roundHalfEven } from './services/tax-service.js';

/**
 * Carts, discounts, tax, shipping and checkout against the real commerce subgraph (PostgreSQL)
 * and the Stripe stand-in: every amount computed by the server, every bad input refused with the
 * cart unchanged, tenant boundaries from the attacker's side, and checkout's reservation,
 * discount use and PaymentIntent.
 */
let h: OrdersHarness;

beforeAll(async () => {
  h = await startOrdersHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** An anonymous storefront visitor of `tenantId` in a region, as the gateway signs it. */
const visitor = (tenantId: string, region = 'de', currency = 'EUR'): RequestContext => ({
  ...anonymousContext(tenantId),
  region,
  currency,
});

const CART = /* GraphQL */ `
  id region currency itemCount checkedOut discountCode discountProblem
  lines { variantId sku quantity purchasable available unitPrice { amount } total { amount } discount { amount } tax { amount } }
  subtotal { amount currency } discount { amount } tax { rateBps inclusive amount { amount } }
  shipping { amount } shippingOptions { id name price { amount } selected } total { amount currency }
`;

interface CartData {
  id: string;
  itemCount: number;
  checkedOut: boolean;
  discountCode: string | null;
  discountProblem: string | null;
  lines: {
    variantId: string;
    quantity: number;
    total: { amount: number };
    discount: { amount: number };
    tax: { amount: number };
  }[];
  subtotal: { amount: number; currency: string };
  discount: { amount: number };
  tax: { rateBps: number; inclusive: boolean; amount: { amount: number } };
  shipping: { amount: number };
  shippingOptions: { id: string; name: string; price: { amount: number }; selected: boolean }[];
  total: { amount: number; currency: string };
}

type ErrorShape = { message: string; extensions?: Record<string, unknown> };

async function call<T>(
  query: string,
  variables: Record<string, unknown>,
  ctx: RequestContext,
  field: string,
) {
  const res = await gql(h, query, variables, ctx);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return (res.body.data as Record<string, T>)[field]!;
}

async function failure(
  query: string,
  variables: Record<string, unknown>,
  ctx: RequestContext,
): Promise<ErrorShape> {
  const res = await gql(h, query, variables, ctx);
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  return res.body.errors![0] as ErrorShape;
}

async function pricedVariant(tenantId: string, onHand: number, prices: Record<string, number>) {
  const variantId = await variantWithStock(h, tenantId, onHand);
  for (const [currency, amount] of Object.entries(prices)) {
    await h.sql.query(
      'insert into commerce.variant_price (tenant_id, variant_id, currency, amount) values ($1, $2, $3, $4)',
      [tenantId, variantId, currency, amount],
    );
  }
  return variantId;
}

const createCart = (ctx: RequestContext, input: Record<string, unknown> = {}) =>
  call<{ token: string; cart: CartData }>(
    `mutation($input: CreateCartInput) { createCart(input: $input) { token cart { ${CART} } } }`,
    { input },
    ctx,
    'createCart',
  );
const ADD = `mutation($t: String!, $input: CartLineInput!) { addCartLine(cartToken: $t, input: $input) { ${CART} } }`;
const UPDATE = `mutation($t: String!, $input: CartLineInput!) { updateCartLine(cartToken: $t, input: $input) { ${CART} } }`;
const READ = `query($t: String!) { cart(token: $t) { ${CART} } }`;
const APPLY = `mutation($t: String!, $code: String!) { applyDiscountCode(cartToken: $t, code: $code) { ${CART} } }`;
const CHECKOUT = /* GraphQL */ `mutation($input: CheckoutInput!) { checkout(input: $input) {
  orderToken order { displayNumber status }
  payment { clientSecret paymentIntentId stripeAccount amount { amount currency } orderDisplayNumber }
} }`;
const ADDRESS = { name: 'Ada Buyer', line1: 'Main St 1', postalCode: '10115', city: 'Berlin', country: 'DE' };

/** Checks out every cart at once as `ctx`, each with its own email (`<prefix><i>@example.com`). */
const checkoutAll = (carts: { token: string }[], prefix: string, ctx: RequestContext) =>
  Promise.all(
    carts.map((c, i) =>
      gql(
        h,
        CHECKOUT,
        { input: { cartToken: c.token, email: `${prefix}${i}@example.com`, shippingAddress: ADDRESS } },
        ctx,
      ),
    ),
  );

async function configureStore(tenantId: string) {
  const owner = admin(tenantId);
  await call(
    'mutation($i: TaxSettingInput!) { setTaxSetting(input: $i) { region } }',
    {
      i: { regionCode: 'de', rateBps: 1900, inclusive: false },
    },
    owner,
    'setTaxSetting',
  );
  await call(
    'mutation($i: TaxSettingInput!) { setTaxSetting(input: $i) { region } }',
    {
      i: { regionCode: 'at', rateBps: 2000, inclusive: true },
    },
    owner,
    'setTaxSetting',
  );
  await call(
    'mutation($i: ShippingRateInput!) { createShippingRate(input: $i) { id } }',
    {
      i: { regionCode: 'de', name: 'Express', currency: 'EUR', amount: 1500 },
    },
    owner,
    'createShippingRate',
  );
  await call(
    'mutation($i: ShippingRateInput!) { createShippingRate(input: $i) { id } }',
    {
      i: { regionCode: 'de', name: 'Standard', currency: 'EUR', amount: 495, freeOver: 10_000 },
    },
    owner,
    'createShippingRate',
  );
}

const createCode = (tenantId: string, input: Record<string, unknown>) =>
  call<{ id: string; code: string }>(
    'mutation($i: CreateDiscountCodeInput!) { createDiscountCode(input: $i) { id code } }',
    { i: input },
    admin(tenantId),
    'createDiscountCode',
  );

describe('the rounding rule', () => {
  it('rounds half to even, allocates by largest remainder and taxes per line', () => {
    expect([
      roundHalfEven(845, 10),
      roundHalfEven(855, 10),
      roundHalfEven(851, 10),
      roundHalfEven(849, 10),
    ]).toEqual([84, 86, 85, 85]);
    expect(allocate(450, [3998, 500])).toEqual([400, 50]);
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
    // 19 % on 450 is 85.5 → 86 (85 is odd); 20 % inside 1999 is 1999 − 1665.83… → 333.
    expect(lineTax(450, { rateBps: 1900, inclusive: false })).toBe(86);
    expect(lineTax(1999, { rateBps: 2000, inclusive: true })).toBe(333);
  });
});

describe('carts (PostgreSQL, commerce subgraph)', () => {
  it('computes every amount on the server: per-line tax, discount split, cheapest shipping, region currency', async () => {
    const tenantId = randomUUID();
    await configureStore(tenantId);
    const a = await pricedVariant(tenantId, 10, { EUR: 1999, USD: 2199 });
    const b = await pricedVariant(tenantId, 10, { EUR: 500 });
    await createCode(tenantId, { code: 'ten', kind: 'PERCENTAGE', percentOff: 10 });
    const ctx = visitor(tenantId);
    const { token, cart } = await createCart(ctx, {
      visitorHash: 'ab'.repeat(16),
      lines: [{ variantId: a, quantity: 2 }],
    });
    expect(token.length).toBeGreaterThan(20);
    expect(cart.subtotal).toEqual({ amount: 3998, currency: 'EUR' });
    await call(ADD, { t: token, input: { variantId: b, quantity: 1 } }, ctx, 'addCartLine');
    const priced = await call<CartData>(APPLY, { t: token, code: ' Ten ' }, ctx, 'applyDiscountCode');
    expect(priced.discountCode).toBe('TEN');
    expect(priced.subtotal.amount).toBe(4498);
    expect(priced.discount.amount).toBe(450);
    expect(priced.lines.map((l) => [l.total.amount, l.discount.amount, l.tax.amount])).toEqual([
      [3998, 400, 684],
      [500, 50, 86],
    ]);
    expect(priced.tax).toEqual({ rateBps: 1900, inclusive: false, amount: { amount: 770 } });
    expect(priced.shippingOptions.map((o) => [o.name, o.price.amount, o.selected])).toEqual([
      ['Standard', 495, true],
      ['Express', 1500, false],
    ]);
    expect(priced.total).toEqual({ amount: 4498 - 450 + 495 + 770, currency: 'EUR' });
    const express = priced.shippingOptions.find((o) => o.name === 'Express')!.id;
    const withExpress = await call<CartData>(
      'mutation($t: String!, $r: ID!) { selectShippingRate(cartToken: $t, shippingRateId: $r) { shipping { amount } total { amount } } }',
      { t: token, r: express },
      ctx,
      'selectShippingRate',
    );
    expect(withExpress.shipping.amount).toBe(1500);
    const { rows } = await h.sql.query('select visitor_hash from commerce.cart where id = $1', [cart.id]);
    expect(rows[0].visitor_hash).toBe('ab'.repeat(16));

    // A tax-inclusive region: the tax is shown, not added; no shipping rates = free shipping.
    const atCtx = visitor(tenantId, 'at', 'EUR');
    const at = await createCart(atCtx, { lines: [{ variantId: a, quantity: 1 }] });
    expect(at.cart.tax).toEqual({ rateBps: 2000, inclusive: true, amount: { amount: 333 } });
    expect(at.cart.total.amount).toBe(1999);
    // The US region prices the same variant in USD.
    const us = await createCart(visitor(tenantId, 'us', 'USD'), { lines: [{ variantId: a, quantity: 1 }] });
    expect(us.cart.total).toEqual({ amount: 2199, currency: 'USD' });
  });

  it('refuses bad input with a clear error and leaves the cart unchanged', async () => {
    const tenantId = randomUUID();
    const a = await pricedVariant(tenantId, 3, { EUR: 1000 });
    const usdOnly = await pricedVariant(tenantId, 3, { USD: 1000 });
    const archived = await pricedVariant(tenantId, 3, { EUR: 1000 });
    await h.sql.query(
      `update commerce.product set status = 'archived' where id = (select product_id from commerce.variant where id = $1)`,
      [archived],
    );
    await createCode(tenantId, {
      code: 'OLD',
      kind: 'FIXED',
      amountOff: 100,
      currency: 'EUR',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    await createCode(tenantId, {
      code: 'BIG',
      kind: 'FIXED',
      amountOff: 100,
      currency: 'EUR',
      minSubtotal: 100_000,
    });
    const ctx = visitor(tenantId);
    const { token } = await createCart(ctx, { lines: [{ variantId: a, quantity: 1 }] });
    const before = await call<CartData>(READ, { t: token }, ctx, 'cart');

    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      [ADD, { t: token, input: { variantId: a, quantity: 0 } }, 'quantity', undefined],
      [ADD, { t: token, input: { variantId: a, quantity: -2 } }, 'quantity', undefined],
      [UPDATE, { t: token, input: { variantId: a, quantity: 0 } }, 'quantity', undefined],
      [ADD, { t: token, input: { variantId: a, quantity: 1.5 } }, '', undefined],
      [
        ADD,
        { t: token, input: { variantId: randomUUID(), quantity: 1 } },
        'variantId',
        'VARIANT_NOT_FOR_SALE',
      ],
      [ADD, { t: token, input: { variantId: 'not-a-uuid', quantity: 1 } }, 'variantId', undefined],
      [ADD, { t: token, input: { variantId: archived, quantity: 1 } }, 'variantId', 'VARIANT_NOT_FOR_SALE'],
      [ADD, { t: token, input: { variantId: usdOnly, quantity: 1 } }, 'variantId', 'NOT_PRICED_IN_CURRENCY'],
      [
        ADD,
        { t: token, input: { variantId: a, quantity: 1, currency: 'USD' } },
        'currency',
        'CURRENCY_NOT_REGION',
      ],
      [ADD, { t: token, input: { variantId: a, quantity: 3 } }, 'quantity', 'INSUFFICIENT_STOCK'],
      [UPDATE, { t: token, input: { variantId: a, quantity: 4 } }, 'quantity', 'INSUFFICIENT_STOCK'],
      [APPLY, { t: token, code: 'OLD' }, 'code', 'DISCOUNT_EXPIRED'],
      [APPLY, { t: token, code: 'BIG' }, 'code', 'DISCOUNT_MIN_SUBTOTAL'],
      [APPLY, { t: token, code: 'NOPE' }, 'code', 'DISCOUNT_UNKNOWN'],
    ];
    for (const [query, variables, field, reason] of cases) {
      const error = await failure(query, variables, ctx);
      const label = JSON.stringify(variables);
      expect(
        error.extensions?.code === 'BAD_USER_INPUT' || error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
        label,
      ).toBe(true);
      if (field) expect(error.extensions?.field, label).toBe(field);
      if (reason) expect(error.extensions?.reason, label).toBe(reason);
    }
    // Client-sent amounts are not even part of the API.
    const priceSent = await failure(
      ADD,
      { t: token, input: { variantId: a, quantity: 1, unitPrice: 1 } },
      ctx,
    );
    expect(priceSent.message).toMatch(/unitPrice/);
    const stock = await failure(ADD, { t: token, input: { variantId: a, quantity: 3 } }, ctx);
    expect(stock.extensions?.available).toBe(3);
    // A currency that is not the region's, at creation.
    const wrong = await failure('mutation { createCart(input: { currency: "USD" }) { token } }', {}, ctx);
    expect(wrong.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currency',
      reason: 'CURRENCY_NOT_REGION',
    });

    expect(await call<CartData>(READ, { t: token }, ctx, 'cart')).toEqual(before);
  });

  it("treats another store's cart token as not found and changes nothing", async () => {
    const victim = randomUUID();
    const attacker = randomUUID();
    const a = await pricedVariant(victim, 5, { EUR: 1000 });
    const mine = await pricedVariant(attacker, 5, { EUR: 1000 });
    const victimCtx = visitor(victim);
    const { token } = await createCart(victimCtx, { lines: [{ variantId: a, quantity: 1 }] });
    const before = await call<CartData>(READ, { t: token }, victimCtx, 'cart');
    const attackerCtx = visitor(attacker);
    const notFound = { code: 'NOT_FOUND' };
    for (const [query, variables, refusal] of [
      [READ, { t: token }, notFound],
      [ADD, { t: token, input: { variantId: mine, quantity: 1 } }, notFound],
      [APPLY, { t: token, code: 'X-CODE' }, notFound],
      [
        'mutation($t: String!, $v: ID!) { removeCartLine(cartToken: $t, variantId: $v) { id } }',
        { t: token, v: a },
        notFound,
      ],
      // Checkout first says the attacker's store is not connected (before it looks at the cart).
      [
        CHECKOUT,
        { input: { cartToken: token, email: 'a@example.com', shippingAddress: ADDRESS } },
        { code: 'CONFLICT', reason: 'STRIPE_NOT_CONNECTED' },
      ],
    ] as const) {
      expect((await failure(query, variables, attackerCtx)).extensions, query).toMatchObject(refusal);
    }
    // Another store's variant cannot be put into a cart either.
    const foreign = await failure(ADD, { t: token, input: { variantId: mine, quantity: 1 } }, victimCtx);
    expect(foreign.extensions?.reason).toBe('VARIANT_NOT_FOR_SALE');
    expect(await call<CartData>(READ, { t: token }, victimCtx, 'cart')).toEqual(before);
  });
});

describe('checkout (PostgreSQL, commerce subgraph, Stripe stand-in)', () => {
  it('refuses a store without a charges-enabled Stripe account, clearly', async () => {
    const tenantId = randomUUID();
    const a = await pricedVariant(tenantId, 5, { EUR: 1000 });
    const ctx = visitor(tenantId);
    const { token } = await createCart(ctx, { lines: [{ variantId: a, quantity: 1 }] });
    const error = await failure(
      CHECKOUT,
      { input: { cartToken: token, email: 'a@example.com', shippingAddress: ADDRESS } },
      ctx,
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STRIPE_NOT_CONNECTED' });
    expect(await stockOf(h, a)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('reserves stock, counts the discount once, creates the PaymentIntent on the connected account; expiry cancels it before releasing', async () => {
    const { tenantId, account } = await connectedTenant(h);
    await configureStore(tenantId);
    const a = await pricedVariant(tenantId, 5, { EUR: 1999 });
    const code = await createCode(tenantId, {
      code: 'ONCE',
      kind: 'FIXED',
      amountOff: 500,
      currency: 'EUR',
      usageLimit: 1,
    });
    const ctx = visitor(tenantId);
    const first = await createCart(ctx, { lines: [{ variantId: a, quantity: 2 }] });
    const second = await createCart(ctx, { lines: [{ variantId: a, quantity: 1 }] });
    const applied = await call<CartData>(APPLY, { t: first.token, code: 'once' }, ctx, 'applyDiscountCode');
    await call(APPLY, { t: second.token, code: 'ONCE' }, ctx, 'applyDiscountCode');
    // 3998 − 500 = 3498 net; tax 19 % per line = 665 (664.62); shipping 495.
    expect(applied.total.amount).toBe(3498 + 665 + 495);

    // Bad address: refused by the order service, nothing reserved, the cart still open.
    const bad = await failure(
      CHECKOUT,
      {
        input: {
          cartToken: first.token,
          email: 'a@example.com',
          shippingAddress: { ...ADDRESS, country: 'Germany' },
        },
      },
      ctx,
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shippingAddress.country' });
    expect(await stockOf(h, a)).toEqual({ onHand: 5, reserved: 0 });

    const result = await call<{
      orderToken: string;
      order: { displayNumber: string; status: string };
      payment: {
        clientSecret: string;
        paymentIntentId: string;
        stripeAccount: string;
        amount: { amount: number };
      };
    }>(
      CHECKOUT,
      { input: { cartToken: first.token, email: 'Buyer@Example.com', shippingAddress: ADDRESS } },
      ctx,
      'checkout',
    );
    expect(result.order).toEqual({ displayNumber: '#1001', status: 'PENDING' });
    expect(result.payment.stripeAccount).toBe(account);
    expect(result.payment.amount.amount).toBe(applied.total.amount);
    const intent = h.stripe.connect.paymentIntents.get(result.payment.paymentIntentId)!;
    expect(intent).toMatchObject({
      amount: applied.total.amount,
      currency: 'eur',
      account,
      automatic_payment_methods: { enabled: true },
      client_secret: result.payment.clientSecret,
    });
    expect(intent.application_fee_amount).toBe(Math.floor((applied.total.amount * 100) / 10_000));
    const created = h.stripe.requests.find((r) => r.path === '/v1/payment_intents' && r.method === 'POST')!;
    expect(created.idempotencyKey).toMatch(/^webhaze-order-/);
    expect(await stockOf(h, a)).toEqual({ onHand: 5, reserved: 2 });
    const order = (
      await h.sql.query('select * from commerce.orders where payment_intent_id = $1', [intent.id])
    ).rows[0];
    expect(order).toMatchObject({
      discount_amount: 500,
      tax_amount: 665,
      shipping_amount: 495,
      customer_email: 'buyer@example.com',
    });

    // The cart is an order now; the code's one use is taken: the other cart cannot check out with it.
    const again = await failure(
      CHECKOUT,
      { input: { cartToken: first.token, email: 'a@example.com', shippingAddress: ADDRESS } },
      ctx,
    );
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CART_CHECKED_OUT' });
    const usedUp = await failure(
      CHECKOUT,
      { input: { cartToken: second.token, email: 'b@example.com', shippingAddress: ADDRESS } },
      ctx,
    );
    expect(usedUp.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DISCOUNT_USED_UP' });
    expect(await stockOf(h, a)).toEqual({ onHand: 5, reserved: 2 });
    const codes = await call<{ edges: { node: { used: number } }[] }>(
      '{ discountCodes { edges { node { code used } } } }',
      {},
      admin(tenantId),
      'discountCodes',
    );
    expect(codes.edges.map((e) => e.node)).toEqual([{ code: 'ONCE', used: 1 }]);
    expect(code.code).toBe('ONCE');

    // The payment page gets the same PaymentIntent again by the order token.
    const payment = await call<{ paymentIntentId: string }>(
      'query($t: String!) { checkoutPayment(orderToken: $t) { paymentIntentId } }',
      { t: result.orderToken },
      ctx,
      'checkoutPayment',
    );
    expect(payment.paymentIntentId).toBe(intent.id);

    // The reservation runs out: the PaymentIntent is cancelled at Stripe, then the stock released.
    const cancelsBefore = h.stripe.requests.filter((r) => r.path.endsWith('/cancel')).length;
    const expired = await h.service.orders.expireDue({ tenantId }, new Date(Date.now() + 16 * 60_000));
    expect(expired).toEqual([order.id]);
    expect(h.stripe.requests.filter((r) => r.path === `/v1/payment_intents/${intent.id}/cancel`).length).toBe(
      cancelsBefore + 1,
    );
    expect(h.stripe.connect.paymentIntents.get(intent.id)!.status).toBe('canceled');
    expect(await stockOf(h, a)).toEqual({ onHand: 5, reserved: 0 });
    // The expired order gave the code's use back.
    const after = await call<{ edges: { node: { used: number } }[] }>(
      '{ discountCodes { edges { node { used } } } }',
      {},
      admin(tenantId),
      'discountCodes',
    );
    expect(after.edges[0]!.node.used).toBe(0);
  });

  it('lets exactly one of N parallel checkouts of the last unit reserve it, and a limited code be used once', async () => {
    const { tenantId } = await connectedTenant(h);
    const last = await pricedVariant(tenantId, 1, { EUR: 1000 });
    const plenty = await pricedVariant(tenantId, 100, { EUR: 1000 });
    await createCode(tenantId, { code: 'SOLO', kind: 'PERCENTAGE', percentOff: 50, usageLimit: 1 });
    const ctx = visitor(tenantId);
    const n = 8;
    const carts = await Promise.all(
      Array.from({ length: n }, () => createCart(ctx, { lines: [{ variantId: last, quantity: 1 }] })),
    );
    const results = await checkoutAll(carts, 'v', ctx);
    const won = results.filter((r) => !r.body.errors);
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.body.errors))
      expect(lost.body.errors![0]!.extensions?.code).toBe('CONFLICT');
    expect(await stockOf(h, last)).toEqual({ onHand: 1, reserved: 1 });
    const { rows } = await h.sql.query(
      'select count(*)::int as n from commerce.orders where tenant_id = $1',
      [tenantId],
    );
    expect(rows[0].n).toBe(1);
    // The losers' carts are unchanged (still open).
    const open = await h.sql.query(
      `select count(*)::int as n from commerce.cart where tenant_id = $1 and status = 'open'`,
      [tenantId],
    );
    expect(open.rows[0].n).toBe(n - 1);

    const codeCarts = await Promise.all(
      Array.from({ length: 6 }, () => createCart(ctx, { lines: [{ variantId: plenty, quantity: 1 }] })),
    );
    for (const c of codeCarts) await call(APPLY, { t: c.token, code: 'SOLO' }, ctx, 'applyDiscountCode');
    const codeResults = await checkoutAll(codeCarts, 'c', ctx);
    expect(codeResults.filter((r) => !r.body.errors)).toHaveLength(1);
    for (const lost of codeResults.filter((r) => r.body.errors)) {
      expect((lost.body.errors![0] as ErrorShape).extensions?.reason).toBe('DISCOUNT_USED_UP');
    }
    expect(await stockOf(h, plenty)).toEqual({ onHand: 100, reserved: 1 });
  });
});
