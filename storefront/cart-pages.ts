import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { isReasonKey, type ReasonKey } from '../templates/components/store/messages.js';

/**
 * The markup of the storefront's payment page and of refusals (the requests and forms behind them:
 * cart.ts). The cart, checkout and order status pages are the cms's page-type documents; the
 * payment page stays here for its Stripe script and Content-Security-Policy. Every text from
 * elsewhere is escaped; error reasons are explained by messages.ts (REASONS), never upstream text.
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

/** Refusals and the order-not-found page: nothing but same-origin forms. */
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

export interface Money {
  amount: number;
  currency: string;
}
export interface Payment {
  clientSecret: string;
  stripeAccount: string;
  publishableKey: string | null;
  amount: Money;
  orderDisplayNumber: string;
}

/** The reason key (messages.ts REASONS) an operation's error is explained with. */
export function errorKey(error: { code: string; reason: string | null }): ReasonKey {
  if (error.reason && isReasonKey(error.reason)) return error.reason;
  if (error.code === 'BAD_USER_INPUT' || error.code === 'GRAPHQL_VALIDATION_FAILED') return 'INVALID_INPUT';
  if (error.code === 'CONFLICT') return 'STOCK_CONFLICT';
  return 'UNAVAILABLE';
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
