import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestContext } from '../core/context.js';
import { HttpError, type Route, readBody } from '../core/http.js';
import { logger } from '../core/logger.js';
import { type ContextResolver, type RateLimits, refuse, type TenantRecord } from '../gateway/visitors.js';
import { visitorSignalsOf } from './consent.js';
import { STOREFRONT_PREFIX, safeDecode, storefrontLocationOf } from './location.js';
import type { StorefrontSupergraph } from './supergraph.js';

/**
 * The storefront's cart and checkout, server-rendered by the storefront (no client JavaScript except
 * Stripe's Payment Element on the payment page), under the storefront's base (`/s/<tenant>` on a
 * platform host, nothing on the tenant's own host) and the region's path prefix:
 *
 * - `POST <any storefront page>` with `wh_action=cart-add` and `productId` or `variantId` (the
 *   product grid's "Add to cart" form posts to its own page): adds one unit (or `quantity`),
 *   creating the cart if the visitor has none, and answers 303 → `<base>/cart`;
 * - `GET <base>/cart`: the cart; `POST <base>/cart` with `wh_action=cart-update` / `cart-remove`
 *   / `cart-discount`: changes it (303 back);
 * - `GET <base>/checkout`: email and address form; `POST` places the order (GraphQL `checkout`)
 *   and answers 303 → `<base>/checkout/pay/<orderToken>`;
 * - `GET <base>/checkout/pay/<orderToken>`: mounts Stripe's Payment Element with the order's
 *   client secret, under its own Content-Security-Policy allowing Stripe's origins;
 * - `GET <base>/orders/<orderToken>`: the order's status (Stripe's `return_url`).
 *
 * The cart token lives in the `wh_cart` cookie: httpOnly, SameSite=Lax, Secure when the platform
 * is served over https, scoped to the storefront base. Every amount is the cart API's (the server
 * computes all of them); the forms send only ids, quantities, a code and the address. A POST whose
 * `Origin` is another site (or `null`) is refused (403). Pages are personal: `cache-control: no-store`.
 */
export interface StorefrontCartOptions {
  supergraph: StorefrontSupergraph;
  resolver: ContextResolver;
  rateLimits: RateLimits;
  /** Mark the cookie Secure (the platform is served over https). */
  secureCookies: boolean;
  /** The platform's Stripe publishable key for the Payment Element (null: the page says payments are unavailable). */
  publishableKey: string | null;
  /**
   * The analytics visitor hash of the request (same daily-salted hash as `/collect`), or null when
   * the visitor's signals say no analytics. Kept on the cart to attribute the purchase.
   */
  visitorHashOf?: (tenantId: string, req: IncomingMessage, ctx: RequestContext) => Promise<string | null>;
}

export const CART_COOKIE = 'wh_cart';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const MAX_FORM_BYTES = 16 * 1024;

/** The one inline script of the payment page (static, so its CSP hash is a constant). */
export const PAYMENT_SCRIPT =
  "(function(){var c=JSON.parse(document.getElementById('wh-checkout').textContent);" +
  'var stripe=Stripe(c.publishableKey,{stripeAccount:c.stripeAccount});' +
  'var elements=stripe.elements({clientSecret:c.clientSecret});' +
  "elements.create('payment').mount('#payment-element');" +
  "var form=document.getElementById('payment-form');var msg=document.getElementById('payment-message');" +
  "form.addEventListener('submit',function(e){e.preventDefault();form.querySelector('button').disabled=true;" +
  'stripe.confirmPayment({elements:elements,confirmParams:{return_url:c.returnUrl}}).then(function(r){' +
  "if(r.error){msg.textContent=r.error.message||'The payment failed';form.querySelector('button').disabled=false;}});});})();";
const PAYMENT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(PAYMENT_SCRIPT).digest('base64')}'`;

/** The cart, checkout and status pages: nothing but same-origin forms. */
export const CART_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/** The payment page: Stripe.js from js.stripe.com, its frames, and its API (Stripe's documented CSP). */
export const PAYMENT_PAGE_CSP = [
  "default-src 'none'",
  `script-src https://js.stripe.com ${PAYMENT_SCRIPT_HASH}`,
  'frame-src https://js.stripe.com https://hooks.stripe.com',
  'connect-src https://api.stripe.com',
  "img-src 'self' https://*.stripe.com",
  "style-src 'unsafe-inline'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Error reasons the pages explain (never the upstream message: nothing is reflected). */
const REASONS: Record<string, string> = {
  INSUFFICIENT_STOCK: 'Sorry, there is not enough stock for that quantity.',
  VARIANT_NOT_FOR_SALE: 'Sorry, that product is not for sale.',
  NOT_PRICED_IN_CURRENCY: 'Sorry, that product is not sold in your region.',
  CURRENCY_NOT_REGION: 'That currency is not the currency of your region.',
  QUANTITY_TOO_LARGE: 'That quantity is too large.',
  DISCOUNT_UNKNOWN: 'That discount code does not exist.',
  DISCOUNT_EXPIRED: 'That discount code has expired.',
  DISCOUNT_NOT_STARTED: 'That discount code is not valid yet.',
  DISCOUNT_USED_UP: 'That discount code has been used up.',
  DISCOUNT_MIN_SUBTOTAL: 'Your cart does not reach the minimum for that discount code.',
  DISCOUNT_CURRENCY: 'That discount code is for another currency.',
  CART_EMPTY: 'Your cart is empty.',
  CART_CHECKED_OUT: 'That cart has been checked out already.',
  STRIPE_NOT_CONNECTED: 'This store cannot take payments yet.',
  NOT_PAYABLE: 'This order can no longer be paid.',
  INVALID_INPUT: 'Please check the highlighted information and try again.',
  STOCK_CONFLICT: 'Sorry, an item in your cart just sold out.',
  UNAVAILABLE: 'Something went wrong. Please try again.',
};

const CART_FIELDS = /* GraphQL */ `id currency itemCount checkedOut discountCode discountProblem
  lines { variantId title quantity purchasable unitPrice { amount currency } total { amount currency } }
  subtotal { amount currency } discount { amount currency } tax { inclusive rateBps amount { amount currency } }
  shipping { amount currency } total { amount currency }`;

interface Money {
  amount: number;
  currency: string;
}
interface CartData {
  id: string;
  itemCount: number;
  checkedOut: boolean;
  discountCode: string | null;
  discountProblem: string | null;
  lines: {
    variantId: string;
    title: string;
    quantity: number;
    purchasable: boolean;
    unitPrice: Money | null;
    total: Money;
  }[];
  subtotal: Money;
  discount: Money;
  tax: { inclusive: boolean; rateBps: number; amount: Money };
  shipping: Money;
  total: Money;
}

interface Where {
  /** `/s/<slug>` on a platform host, '' on the tenant's host, plus the region prefix. */
  base: string;
  /** The cookie path: the storefront base without the region prefix (one cart per store). */
  cookiePath: string;
  /** The path under the base. */
  rest: string;
  ctx: RequestContext;
  tenant: TenantRecord;
  locale: string;
}

type GraphQLResult = {
  data: Record<string, unknown> | null;
  error: { code: string; reason: string | null } | null;
};

export function createStorefrontCartRoute(opts: StorefrontCartOptions): Route {
  const { supergraph, resolver, rateLimits } = opts;

  const run = async (
    ctx: RequestContext,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResult> => {
    const { data, errors } = await supergraph.execute(ctx, query, variables);
    if (errors.length) {
      const first = errors[0]!;
      const code = String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      if (code === 'INTERNAL_SERVER_ERROR')
        logger().warn({ reqId: ctx.requestId, errors }, 'storefront cart operation failed');
      const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : null;
      return { data: null, error: { code, reason } };
    }
    return { data, error: null };
  };

  /** Where a request is in the storefront, or null when it is not a storefront request. */
  const locate = async (req: IncomingMessage, url: URL): Promise<Where | null> => {
    const location = storefrontLocationOf(req, url, resolver);
    if (!location) return null;
    const { onPlatform, pathSlug, path } = location;
    const { ctx, tenant, clientKey } = await resolver.resolve({
      headers: req.headers,
      remoteAddress: req.socket.remoteAddress,
      storefront: { pathSlug, path, visitor: visitorSignalsOf(req.headers) },
    });
    if (!tenant) throw refuse('NOT_FOUND', 'No store here');
    await rateLimits.consume(tenant.id, clientKey);
    const region = tenant.regions.find((r) => r.code === ctx.region);
    const prefix = region?.pathPrefix;
    const underPrefix = prefix && (path === prefix || path.startsWith(`${prefix}/`));
    const storeBase = onPlatform ? `${STOREFRONT_PREFIX}${encodeURIComponent(pathSlug!)}` : '';
    return {
      base: `${storeBase}${underPrefix ? prefix : ''}`,
      cookiePath: storeBase || '/',
      rest: underPrefix ? path.slice(prefix.length) || '/' : path,
      ctx,
      tenant,
      locale: region?.locale ?? 'en',
    };
  };

  const setCookie = (res: ServerResponse, where: Where, token: string) => {
    res.setHeader(
      'set-cookie',
      `${CART_COOKIE}=${token}; Path=${where.cookiePath}; Max-Age=${30 * 24 * 3600}; HttpOnly; SameSite=Lax${opts.secureCookies ? '; Secure' : ''}`,
    );
  };

  /** Adds a line to the visitor's cart, opening a new one when there is none (or it was checked out). */
  const addToCart = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    form: URLSearchParams,
  ) => {
    const quantity = Number(form.get('quantity') ?? '1');
    let variantId = form.get('variantId');
    const productId = form.get('productId');
    if (!variantId && productId) {
      const product = await run(where.ctx, 'query($id: ID) { product(id: $id) { variants { id } } }', {
        id: productId,
      });
      const variants = (product.data?.product as { variants?: { id: string }[] } | null)?.variants;
      variantId = variants?.[0]?.id ?? null;
      if (!variantId) return redirect(res, `${where.base}/cart?error=VARIANT_NOT_FOR_SALE`);
    }
    if (!variantId) return redirect(res, `${where.base}/cart?error=VARIANT_NOT_FOR_SALE`);
    const line = { variantId, quantity: Number.isInteger(quantity) ? quantity : 0 };
    const token = cartTokenOf(req);
    if (token) {
      const added = await run(
        where.ctx,
        'mutation($t: String!, $line: CartLineInput!) { addCartLine(cartToken: $t, input: $line) { id } }',
        { t: token, line },
      );
      if (!added.error) return redirect(res, `${where.base}/cart`);
      const stale = added.error.code === 'NOT_FOUND' || added.error.reason === 'CART_CHECKED_OUT';
      if (!stale) return redirect(res, `${where.base}/cart?error=${errorKey(added.error)}`);
    }
    const visitorHash = opts.visitorHashOf ? await opts.visitorHashOf(where.tenant.id, req, where.ctx) : null;
    const created = await run(
      where.ctx,
      'mutation($input: CreateCartInput) { createCart(input: $input) { token } }',
      { input: { visitorHash, lines: [line] } },
    );
    if (created.error) return redirect(res, `${where.base}/cart?error=${errorKey(created.error)}`);
    setCookie(res, where, (created.data!.createCart as { token: string }).token);
    return redirect(res, `${where.base}/cart`);
  };

  const loadCart = async (req: IncomingMessage, where: Where): Promise<CartData | null> => {
    const token = cartTokenOf(req);
    if (!token) return null;
    const result = await run(where.ctx, `query($t: String!) { cart(token: $t) { ${CART_FIELDS} } }`, {
      t: token,
    });
    const cart = (result.data?.cart as CartData | undefined) ?? null;
    return cart && !cart.checkedOut ? cart : null;
  };

  const cartPage = async (req: IncomingMessage, res: ServerResponse, where: Where, url: URL) => {
    const cart = await loadCart(req, where);
    const error = REASONS[url.searchParams.get('error') ?? ''] ?? null;
    const fmt = (m: Money) => formatMoney(m, where.locale);
    const body =
      !cart || cart.lines.length === 0
        ? '<p class="wh-cart__empty">Your cart is empty.</p>'
        : `<table class="wh-cart__lines"><thead><tr><th>Item</th><th>Price</th><th>Quantity</th><th>Total</th><th></th></tr></thead><tbody>${cart.lines
            .map(
              (
                l,
              ) => `<tr data-variant="${esc(l.variantId)}"><td>${esc(l.title)}${l.purchasable ? '' : ' <em>(unavailable)</em>'}</td>
<td>${l.unitPrice ? fmt(l.unitPrice) : '—'}</td>
<td><form method="post" action="${esc(where.base)}/cart"><input type="hidden" name="wh_action" value="cart-update"><input type="hidden" name="variantId" value="${esc(l.variantId)}"><input type="number" name="quantity" min="1" max="1000" value="${l.quantity}" aria-label="Quantity"><button type="submit">Update</button></form></td>
<td>${fmt(l.total)}</td>
<td><form method="post" action="${esc(where.base)}/cart"><input type="hidden" name="wh_action" value="cart-remove"><input type="hidden" name="variantId" value="${esc(l.variantId)}"><button type="submit">Remove</button></form></td></tr>`,
            )
            .join('')}</tbody></table>
${totals(cart, fmt)}
<form method="post" action="${esc(where.base)}/cart" class="wh-cart__discount"><input type="hidden" name="wh_action" value="cart-discount"><label>Discount code <input name="code" maxlength="32" autocomplete="off"></label><button type="submit">Apply</button></form>
<p><a class="wh-button" href="${esc(where.base)}/checkout">Checkout</a></p>`;
    sendPage(
      res,
      200,
      'Your cart',
      `${error ? `<p role="alert">${esc(error)}</p>` : ''}${body}<p><a href="${esc(where.base)}/">Continue shopping</a></p>`,
      CART_PAGE_CSP,
      where.locale,
    );
  };

  const changeCart = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    form: URLSearchParams,
  ) => {
    const token = cartTokenOf(req);
    if (!token) return redirect(res, `${where.base}/cart`);
    const action = form.get('wh_action');
    const variantId = form.get('variantId') ?? '';
    let result: GraphQLResult;
    if (action === 'cart-update') {
      result = await run(
        where.ctx,
        'mutation($t: String!, $line: CartLineInput!) { updateCartLine(cartToken: $t, input: $line) { id } }',
        { t: token, line: { variantId, quantity: Number(form.get('quantity')) || 0 } },
      );
    } else if (action === 'cart-remove') {
      result = await run(
        where.ctx,
        'mutation($t: String!, $v: ID!) { removeCartLine(cartToken: $t, variantId: $v) { id } }',
        {
          t: token,
          v: variantId,
        },
      );
    } else if (action === 'cart-discount') {
      result = await run(
        where.ctx,
        'mutation($t: String!, $c: String!) { applyDiscountCode(cartToken: $t, code: $c) { id } }',
        {
          t: token,
          c: (form.get('code') ?? '').slice(0, 64),
        },
      );
    } else {
      throw refuse('BAD_USER_INPUT', 'Unknown cart action');
    }
    return redirect(res, `${where.base}/cart${result.error ? `?error=${errorKey(result.error)}` : ''}`);
  };

  const checkoutForm = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    error: string | null,
    status = 200,
  ) => {
    const cart = await loadCart(req, where);
    if (!cart || cart.lines.length === 0) return redirect(res, `${where.base}/cart?error=CART_EMPTY`);
    const field = (
      name: string,
      label: string,
      opts: { required?: boolean; type?: string; max?: number } = {},
    ) =>
      `<p><label>${esc(label)} <input name="${name}" type="${opts.type ?? 'text'}" maxlength="${opts.max ?? 200}"${opts.required === false ? '' : ' required'}></label></p>`;
    const body = `${error ? `<p role="alert">${esc(error)}</p>` : ''}${totals(cart, (m) => formatMoney(m, where.locale))}
<form method="post" action="${esc(where.base)}/checkout" class="wh-checkout">
${field('email', 'Email', { type: 'email', max: 254 })}${field('name', 'Full name')}${field('line1', 'Address')}${field('line2', 'Address line 2', { required: false })}
${field('postalCode', 'Postal code', { max: 20 })}${field('city', 'City', { max: 100 })}${field('region', 'State / region', { required: false, max: 100 })}
${field('country', 'Country code (e.g. DE)', { max: 2 })}${field('phone', 'Phone', { required: false, type: 'tel', max: 40 })}
<p><button type="submit">Continue to payment</button></p></form>`;
    sendPage(res, status, 'Checkout', body, CART_PAGE_CSP, where.locale);
  };

  const placeOrder = async (
    req: IncomingMessage,
    res: ServerResponse,
    where: Where,
    form: URLSearchParams,
  ) => {
    const token = cartTokenOf(req);
    if (!token) return redirect(res, `${where.base}/cart?error=CART_EMPTY`);
    const opt = (name: string) => {
      const value = form.get(name)?.trim();
      return value ? value : null;
    };
    const result = await run(
      where.ctx,
      'mutation($input: CheckoutInput!) { checkout(input: $input) { orderToken } }',
      {
        input: {
          cartToken: token,
          email: form.get('email') ?? '',
          shippingAddress: {
            name: form.get('name') ?? '',
            line1: form.get('line1') ?? '',
            line2: opt('line2'),
            postalCode: form.get('postalCode') ?? '',
            city: form.get('city') ?? '',
            region: opt('region'),
            country: (form.get('country') ?? '').trim().toUpperCase(),
            phone: opt('phone'),
          },
        },
      },
    );
    if (result.error) {
      const status =
        result.error.code === 'BAD_USER_INPUT' ? 400 : result.error.code === 'CONFLICT' ? 409 : 502;
      return checkoutForm(req, res, where, REASONS[errorKey(result.error)] ?? REASONS.UNAVAILABLE!, status);
    }
    const orderToken = (result.data!.checkout as { orderToken: string }).orderToken;
    return redirect(res, `${where.base}/checkout/pay/${encodeURIComponent(orderToken)}`);
  };

  const paymentPage = async (req: IncomingMessage, res: ServerResponse, where: Where, orderToken: string) => {
    const result = await run(
      where.ctx,
      'query($t: String!) { checkoutPayment(orderToken: $t) { clientSecret stripeAccount publishableKey amount { amount currency } orderDisplayNumber } }',
      { t: orderToken },
    );
    const statusUrl = `${where.base}/orders/${encodeURIComponent(orderToken)}`;
    if (result.error) {
      if (result.error.code === 'NOT_FOUND')
        return sendPage(res, 404, 'Order not found', '<p>Order not found.</p>', CART_PAGE_CSP, where.locale);
      return redirect(res, statusUrl);
    }
    const payment = result.data!.checkoutPayment as {
      clientSecret: string;
      stripeAccount: string;
      publishableKey: string | null;
      amount: Money;
      orderDisplayNumber: string;
    };
    const publishableKey = payment.publishableKey ?? opts.publishableKey;
    const config = {
      publishableKey,
      stripeAccount: payment.stripeAccount,
      clientSecret: payment.clientSecret,
      returnUrl: `${originOf(req, opts.secureCookies)}${statusUrl}`,
    };
    const body = `<p>Order ${esc(payment.orderDisplayNumber)}: ${formatMoney(payment.amount, where.locale)}</p>
${publishableKey ? '' : '<p role="alert">Card payments are not configured on this server.</p>'}
<form id="payment-form"><div id="payment-element"></div><p><button type="submit">Pay ${formatMoney(payment.amount, where.locale)}</button></p><p id="payment-message" role="alert"></p></form>
<p><a href="${esc(statusUrl)}">Order status</a></p>
<script type="application/json" id="wh-checkout">${jsonForScript(config)}</script>
<script src="https://js.stripe.com/v3/"></script>
<script>${PAYMENT_SCRIPT}</script>`;
    sendPage(res, 200, `Pay order ${payment.orderDisplayNumber}`, body, PAYMENT_PAGE_CSP, where.locale);
  };

  const statusPage = async (res: ServerResponse, where: Where, orderToken: string) => {
    const result = await run(
      where.ctx,
      'query($t: String!) { orderByToken(token: $t) { displayNumber status createdAt tracking { carrier number url } } }',
      { t: orderToken },
    );
    const order = result.data?.orderByToken as
      | { displayNumber: string; status: string; tracking: { carrier: string; number: string } | null }
      | null
      | undefined;
    if (!order)
      return sendPage(res, 404, 'Order not found', '<p>Order not found.</p>', CART_PAGE_CSP, where.locale);
    const label = STATUS_LABELS[order.status] ?? order.status.toLowerCase();
    const body = `<p class="wh-order__status" data-status="${esc(order.status)}">Order ${esc(order.displayNumber)}: ${esc(label)}</p>${
      order.tracking
        ? `<p>Shipped with ${esc(order.tracking.carrier)}, tracking number ${esc(order.tracking.number)}.</p>`
        : ''
    }<p><a href="${esc(where.base)}/">Back to the store</a></p>`;
    sendPage(res, 200, `Order ${order.displayNumber}`, body, CART_PAGE_CSP, where.locale);
  };

  return async (req, res, url) => {
    const isPost = req.method === 'POST';
    if (req.method !== 'GET' && !isPost) return false;
    if (isPost && contentTypeOf(req) !== FORM_TYPE) return false;
    // Cheap pre-check before any tenant lookup: GETs only for the cart's own pages.
    if (!isPost && !/\/(cart|checkout|checkout\/pay\/[^/]+|orders\/[^/]+)\/?$/.test(url.pathname))
      return false;
    try {
      const where = await locate(req, url);
      if (!where) return false;
      const rest = where.rest.replace(/\/+$/, '') || '/';
      const pay = /^\/checkout\/pay\/([^/]+)$/.exec(rest);
      const status = /^\/orders\/([^/]+)$/.exec(rest);
      if (!isPost) {
        if (rest === '/cart') await cartPage(req, res, where, url);
        else if (rest === '/checkout') await checkoutForm(req, res, where, null);
        else if (pay) await paymentPage(req, res, where, safeDecode(pay[1]!) ?? '');
        else if (status) await statusPage(res, where, safeDecode(status[1]!) ?? '');
        else return false;
        return true;
      }
      checkOrigin(req);
      const form = new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString('utf8'));
      const action = form.get('wh_action');
      if (action === 'cart-add') await addToCart(req, res, where, form);
      else if (rest === '/cart') await changeCart(req, res, where, form);
      else if (rest === '/checkout') await placeOrder(req, res, where, form);
      else throw refuse('BAD_USER_INPUT', 'Unknown storefront form');
      return true;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendPage(res, err.status, 'Sorry', `<p>${esc(err.message)}</p>`, CART_PAGE_CSP, 'en', err.headers);
      return true;
    }
  };
}

const STATUS_LABELS: Record<string, string> = {
  PENDING: 'waiting for payment',
  PAID: 'paid, thank you!',
  FULFILLED: 'shipped',
  PARTIALLY_REFUNDED: 'partially refunded',
  REFUNDED: 'refunded',
  CANCELLED: 'cancelled',
  EXPIRED: 'expired (not paid in time)',
};

function errorKey(error: { code: string; reason: string | null }): string {
  if (error.reason && REASONS[error.reason]) return error.reason;
  if (error.code === 'BAD_USER_INPUT' || error.code === 'GRAPHQL_VALIDATION_FAILED') return 'INVALID_INPUT';
  if (error.code === 'CONFLICT') return 'STOCK_CONFLICT';
  return 'UNAVAILABLE';
}

function totals(cart: CartData, fmt: (m: Money) => string): string {
  const row = (label: string, value: string) =>
    `<tr><th scope="row">${esc(label)}</th><td>${value}</td></tr>`;
  return `<table class="wh-cart__totals"><tbody>
${row('Subtotal', fmt(cart.subtotal))}
${cart.discount.amount > 0 ? row(`Discount${cart.discountCode ? ` (${cart.discountCode})` : ''}`, `−${fmt(cart.discount)}`) : ''}
${row('Shipping', fmt(cart.shipping))}
${row(cart.tax.inclusive ? 'Included tax' : 'Tax', fmt(cart.tax.amount))}
${row('Total', `<strong data-total="${cart.total.amount}">${fmt(cart.total)}</strong>`)}
</tbody></table>`;
}

function cartTokenOf(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CART_COOKIE) {
      const token = value.join('=');
      return /^[A-Za-z0-9_-]{16,128}$/.test(token) ? token : null;
    }
  }
  return null;
}

/**
 * A form post from another site is refused (the cookie is SameSite=Lax as well), and so is one from
 * an opaque origin (`Origin: null`: a sandboxed frame, a `data:` page, a redirect across sites),
 * which can be any site. No Origin at all (older clients) is let through.
 */
function checkOrigin(req: IncomingMessage) {
  const origin = req.headers.origin;
  if (!origin) return;
  if (origin === 'null') throw refuse('FORBIDDEN', 'Form posts from an opaque origin are refused');
  let host: string | null = null;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    host = null;
  }
  if (host !== String(req.headers.host ?? '').toLowerCase())
    throw refuse('FORBIDDEN', 'Cross-site form posts are refused');
}

function contentTypeOf(req: IncomingMessage): string {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

function originOf(req: IncomingMessage, https: boolean): string {
  return `${https ? 'https' : 'http'}://${String(req.headers.host ?? 'localhost')}`;
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(303, { location, 'content-length': 0, 'cache-control': 'no-store' });
  res.end();
}

function sendPage(
  res: ServerResponse,
  status: number,
  title: string,
  body: string,
  csp: string,
  lang: string,
  headers: Record<string, string> = {},
) {
  const html = `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${esc(title)}</title></head><body><main class="wh-cart"><h1>${esc(title)}</h1>${body}</main></body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'content-security-policy': csp,
    'cache-control': 'no-store',
    'referrer-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(html);
}

function formatMoney(money: Money, locale: string): string {
  try {
    return esc(
      new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
        money.amount / 100,
      ),
    );
  } catch {
    return esc(`${(money.amount / 100).toFixed(2)} ${money.currency}`);
  }
}

/** JSON inside a `<script type="application/json">`: `<`, `>` and `&` escaped so it cannot end the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
