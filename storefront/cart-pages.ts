import type { ServerResponse } from 'node:http';
import { isReasonKey, type ReasonKey } from '../templates/components/store/messages.js';

/**
 * The markup of the storefront's refusals (a request refused before any page could be rendered:
 * cart.ts). The cart, checkout, payment and order status pages are the cms's page-type
 * documents. Every text from elsewhere is escaped; error reasons are explained by messages.ts
 * (REASONS), never upstream text.
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

/** Refusals and the order-not-found page: nothing but same-origin forms. */
export const CART_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

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

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
