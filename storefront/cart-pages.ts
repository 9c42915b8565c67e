import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * The markup of the storefront's cart, checkout, payment and order status pages (the requests and
 * forms behind them: cart.ts). Every text from elsewhere is escaped; error messages are this
 * file's own (REASONS), never an upstream's.
 */

/** Where the page is: its storefront base (`/s/<slug>` and the region prefix, or '') and locale. */
export interface PagePlace {
  base: string;
  locale: string;
}

/** A page to send: its status comes from the request. */
export interface CartPage {
  title: string;
  body: string;
  csp: string;
  lang: string;
}

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

export interface Money {
  amount: number;
  currency: string;
}
export interface CartData {
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

export interface Payment {
  clientSecret: string;
  stripeAccount: string;
  publishableKey: string | null;
  amount: Money;
  orderDisplayNumber: string;
}

export interface OrderStatus {
  displayNumber: string;
  status: string;
  tracking: { carrier: string; number: string } | null;
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

/** The reason key (REASONS) an operation's error is explained with. */
export function errorKey(error: { code: string; reason: string | null }): string {
  if (error.reason && REASONS[error.reason]) return error.reason;
  if (error.code === 'BAD_USER_INPUT' || error.code === 'GRAPHQL_VALIDATION_FAILED') return 'INVALID_INPUT';
  if (error.code === 'CONFLICT') return 'STOCK_CONFLICT';
  return 'UNAVAILABLE';
}

/** The cart with its lines, totals and discount form; `reason` is an error reason key (REASONS) or null. */
export function cartView(cart: CartData | null, where: PagePlace, reason: string | null): CartPage {
  const error = REASONS[reason ?? ''] ?? null;
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
  return {
    title: 'Your cart',
    body: `${error ? `<p role="alert">${esc(error)}</p>` : ''}${body}<p><a href="${esc(where.base)}/">Continue shopping</a></p>`,
    csp: CART_PAGE_CSP,
    lang: where.locale,
  };
}

/** The email and address form; `error` is a reason key (REASONS) or null. */
export function checkoutView(cart: CartData, where: PagePlace, error: string | null): CartPage {
  const field = (
    name: string,
    label: string,
    opts: { required?: boolean; type?: string; max?: number } = {},
  ) =>
    `<p><label>${esc(label)} <input name="${name}" type="${opts.type ?? 'text'}" maxlength="${opts.max ?? 200}"${opts.required === false ? '' : ' required'}></label></p>`;
  const message = error ? (REASONS[error] ?? REASONS.UNAVAILABLE!) : null;
  const body = `${message ? `<p role="alert">${esc(message)}</p>` : ''}${totals(cart, (m) => formatMoney(m, where.locale))}
<form method="post" action="${esc(where.base)}/checkout" class="wh-checkout">
${field('email', 'Email', { type: 'email', max: 254 })}${field('name', 'Full name')}${field('line1', 'Address')}${field('line2', 'Address line 2', { required: false })}
${field('postalCode', 'Postal code', { max: 20 })}${field('city', 'City', { max: 100 })}${field('region', 'State / region', { required: false, max: 100 })}
${field('country', 'Country code (e.g. DE)', { max: 2 })}${field('phone', 'Phone', { required: false, type: 'tel', max: 40 })}
<p><button type="submit">Continue to payment</button></p></form>`;
  return { title: 'Checkout', body, csp: CART_PAGE_CSP, lang: where.locale };
}

/** Stripe's Payment Element for the order, configured by `config` (read by PAYMENT_SCRIPT). */
export function paymentView(
  payment: Payment,
  config: { publishableKey: string | null; stripeAccount: string; clientSecret: string; returnUrl: string },
  statusUrl: string,
  where: PagePlace,
): CartPage {
  const body = `<p>Order ${esc(payment.orderDisplayNumber)}: ${formatMoney(payment.amount, where.locale)}</p>
${config.publishableKey ? '' : '<p role="alert">Card payments are not configured on this server.</p>'}
<form id="payment-form"><div id="payment-element"></div><p><button type="submit">Pay ${formatMoney(payment.amount, where.locale)}</button></p><p id="payment-message" role="alert"></p></form>
<p><a href="${esc(statusUrl)}">Order status</a></p>
<script type="application/json" id="wh-checkout">${jsonForScript(config)}</script>
<script src="https://js.stripe.com/v3/"></script>
<script>${PAYMENT_SCRIPT}</script>`;
  return {
    title: `Pay order ${payment.orderDisplayNumber}`,
    body,
    csp: PAYMENT_PAGE_CSP,
    lang: where.locale,
  };
}

export function orderStatusView(order: OrderStatus, where: PagePlace): CartPage {
  const label = STATUS_LABELS[order.status] ?? order.status.toLowerCase();
  const body = `<p class="wh-order__status" data-status="${esc(order.status)}">Order ${esc(order.displayNumber)}: ${esc(label)}</p>${
    order.tracking
      ? `<p>Shipped with ${esc(order.tracking.carrier)}, tracking number ${esc(order.tracking.number)}.</p>`
      : ''
  }<p><a href="${esc(where.base)}/">Back to the store</a></p>`;
  return { title: `Order ${order.displayNumber}`, body, csp: CART_PAGE_CSP, lang: where.locale };
}

export function orderNotFoundView(where: PagePlace): CartPage {
  return {
    title: 'Order not found',
    body: '<p>Order not found.</p>',
    csp: CART_PAGE_CSP,
    lang: where.locale,
  };
}

/** A refused request (its message is the storefront's own HttpError message). */
export function refusalView(message: string): CartPage {
  return { title: 'Sorry', body: `<p>${esc(message)}</p>`, csp: CART_PAGE_CSP, lang: 'en' };
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

/** Sends a cart page: personal (never cached), noindex, under its own Content-Security-Policy. */
export function sendCartPage(
  res: ServerResponse,
  status: number,
  page: CartPage,
  headers: Record<string, string> = {},
) {
  const { title, body, csp, lang } = page;
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
