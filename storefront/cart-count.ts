import type { IncomingMessage } from 'node:http';
import { fillCartCount } from '../templates/components/layout/cart-count.js';
import type { CachedPage } from './page-cache.js';

/**
 * The header's cart count per visitor on cached pages (ADR 0052). The cart routes (cart.ts) keep
 * the count of the visitor's cart in a cookie beside the cart token, written whenever they change
 * the cart; a page is filled in from it at the edge, so a cached page never shows anyone's count
 * and a cache hit costs no cart lookup.
 */
export const CART_COUNT_COOKIE = 'wh_cart_count';

/** Highest count kept (the badge shows `99+` past 99 anyway). */
const MAX_COUNT = 9999;

/** The visitor's cart item count: 0 without a cart cookie or a readable count. */
export function cartCountOf(req: IncomingMessage, cartCookie: string): number {
  const header = req.headers.cookie;
  if (!header) return 0;
  let hasCart = false;
  let count = 0;
  for (const part of header.split(';')) {
    const [name, value = ''] = part.trim().split('=');
    if (name === cartCookie) hasCart = value.length > 0;
    else if (name === CART_COUNT_COOKIE && /^\d{1,4}$/.test(value))
      count = Math.min(Number(value), MAX_COUNT);
  }
  return hasCart ? count : 0;
}

/** The `Set-Cookie` value of the count, on the cart cookie's path and with its lifetime and flags. */
export function cartCountCookie(count: number, attributes: string): string {
  const kept = Number.isInteger(count) && count > 0 ? Math.min(count, MAX_COUNT) : 0;
  return `${CART_COUNT_COOKIE}=${kept}; ${attributes}`;
}

const filled = new WeakMap<CachedPage, Map<number, CachedPage>>();
/** Counts kept per cached page (each with its own compressed bodies, made once). */
const MAX_COUNTS_PER_PAGE = 16;

/**
 * The cached page as a visitor with `count` items sees it: the page itself for 0 (or a page
 * without a badge), else a copy with the badge filled in and its own ETag, memoised on the page
 * (so its compressed bodies are made once, and go when the page leaves the cache).
 */
export function withCartCount(page: CachedPage, count: number): CachedPage {
  if (count <= 0) return page;
  let byCount = filled.get(page);
  const known = byCount?.get(count);
  if (known) return known;
  const html = fillCartCount(page.html, count);
  if (html === page.html) return page;
  const copy: CachedPage = { ...page, html, etag: `${page.etag.slice(0, -1)}-c${count}"` };
  if (!byCount) {
    byCount = new Map();
    filled.set(page, byCount);
  }
  if (byCount.size >= MAX_COUNTS_PER_PAGE) byCount.clear();
  byCount.set(count, copy);
  return copy;
}
