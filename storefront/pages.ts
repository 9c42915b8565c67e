import type { ServerResponse } from 'node:http';
import { HttpError, type Route } from '../core/http.js';
import { logger } from '../core/logger.js';
import type { ContextResolver, RateLimits } from '../gateway/visitors.js';
import { fillCartCount } from '../templates/components/layout/cart-count.js';
import { storefrontBase } from '../templates/links.js';
import { CART_COOKIE } from './cart.js';
import { cartCountOf, withCartCount } from './cart-count.js';
import { visitorSignalsOf } from './consent.js';
import { storefrontLocationOf } from './location.js';
import { CachedHitLimits, type CachedPage, PageCache, renderOrServeStale, sendPage } from './page-cache.js';
import type { StorefrontSupergraph } from './supergraph.js';

/**
 * The cms subgraph renders every storefront document (pages, product and collection pages, the 404
 * page); the storefront only asks for one through the supergraph.
 */
export const PAGE_QUERY =
  'query StorefrontPage($path: String!, $base: String!, $query: String) { storefrontDocument(path: $path, base: $base, query: $query) { status html contentSecurityPolicy redirect { to status } } siteIndexing { discourageIndexing } }';

/**
 * Paths of pages never cached and never indexed: the cart's personal pages (cart, checkout,
 * payment, order status) and search results (any query is a new page: caching them would let
 * anyone flush the cache).
 */
const PERSONAL_PATH = /^\/(cart|checkout|orders|search)(\/|$)/;

/** The query parameters a storefront document depends on (product variant, collection page and sort, search query), in a fixed order. */
const DOCUMENT_PARAMS = ['variant', 'after', 'before', 'sort', 'q'] as const;

/** The query string the document is rendered (and cached) for: only DOCUMENT_PARAMS, so `?utm_source=` shares the page. */
export function documentQuery(url: URL): string {
  const out = new URLSearchParams();
  for (const name of DOCUMENT_PARAMS) {
    const value = url.searchParams.get(name);
    if (value) out.set(name, value.slice(0, 200));
  }
  return out.toString();
}

/**
 * Storefront pages: `GET /s/<tenantSlug>/<path>` on a platform host, and any other GET on a
 * tenant's own host. Rendered as an anonymous visitor of that tenant, in the resolved region;
 * the page path is passed without the region's path prefix (the region travels in the context).
 */
export function createPagesRoute(
  supergraph: StorefrontSupergraph,
  resolver: ContextResolver,
  rateLimits: RateLimits,
  cache: PageCache = new PageCache(),
  /** The trusted CDN country header (TRUSTED_COUNTRY_HEADER), when regions may be picked by it. */
  countryHeader?: string,
): Route {
  // Cache hits count against the same limits, in batches (a Redis round trip per hit cost more than the hit).
  const hitLimits = new CachedHitLimits(rateLimits);
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const location = storefrontLocationOf(req, url, resolver);
    if (!location) return false;
    const { host, onPlatform, pathSlug, path } = location;
    try {
      const { ctx, tenant, clientKey } = await resolver.resolve({
        headers: req.headers,
        remoteAddress: req.socket.remoteAddress,
        storefront: { pathSlug, path, visitor: visitorSignalsOf(req.headers) },
      });
      const prefix = tenant?.regions.find((r) => r.code === ctx.region)?.pathPrefix;
      const underPrefix = prefix && (path === prefix || path.startsWith(`${prefix}/`));
      const pagePath = underPrefix ? path.slice(prefix.length) || '/' : path;
      // The same site, under the same storefront and region prefixes the visitor came through.
      const base = storefrontBase(onPlatform ? (pathSlug ?? '') : null, underPrefix ? prefix : null);
      const query = documentQuery(url);
      // The cart's pages are personal (cart.ts serves their GETs): never cached, never indexed.
      const personal = PERSONAL_PATH.test(pagePath);
      const cacheKey =
        tenant && !personal
          ? PageCache.key({
              tenantId: tenant.id,
              host: host ?? '',
              path: `${pathSlug ?? ''}|${path}${query ? `?${query}` : ''}`,
              region: ctx.region,
              visitor: (ctx as { visitor?: unknown }).visitor,
            })
          : null;
      const cached = cacheKey ? cache.get(cacheKey) : undefined;
      if (cached) {
        hitLimits.hit(tenant?.id ?? null, clientKey);
        sendPage(req, res, withCartCount(cached, cartCountOf(req, CART_COOKIE)), ctx.requestId);
        return true;
      }
      await rateLimits.consume(tenant?.id ?? null, clientKey);
      const answer = await renderOrServeStale(cache, cacheKey, req, res, ctx.requestId, () =>
        supergraph.execute(ctx, PAGE_QUERY, { path: pagePath, base, query: query || null }),
      );
      if (!answer) return true; // the supergraph failed: the last good copy went out, marked stale
      const { data, errors } = answer;
      if (errors.length) {
        const notFound = errors.some((e) => e.extensions?.code === 'NOT_FOUND');
        if (!notFound) logger().warn({ reqId: ctx.requestId, errors }, 'storefront page failed');
        sendHtml(
          res,
          notFound ? 404 : 502,
          notFound ? 'Page not found' : 'This page is unavailable right now',
        );
        return true;
      }
      const page = (
        data as
          | {
              storefrontDocument?: {
                status?: unknown;
                html?: unknown;
                contentSecurityPolicy?: unknown;
                redirect?: { to?: unknown; status?: unknown } | null;
              } | null;
            }
          | undefined
      )?.storefrontDocument;
      const redirect = page?.redirect;
      if (
        redirect &&
        typeof redirect.to === 'string' &&
        redirect.to.startsWith('/') &&
        !redirect.to.startsWith('//')
      ) {
        const location = `${base}${redirect.to === '/' && base ? '/' : redirect.to}`;
        res.writeHead(redirect.status === 308 ? 308 : 301, {
          location,
          'content-length': 0,
          'cache-control': 'public, max-age=60',
          'x-request-id': ctx.requestId,
        });
        res.end();
        return true;
      }
      if (!page || typeof page.html !== 'string') {
        sendHtml(res, 404, 'Page not found');
        return true;
      }
      if (page.status === 404 || personal) {
        // The site's 404 template: not cached (any path may ask for it), never indexed; so are personal pages.
        const body = Buffer.from(fillCartCount(page.html, cartCountOf(req, CART_COOKIE)), 'utf8');
        res.writeHead(page.status === 404 ? 404 : 200, {
          'content-type': 'text/html; charset=utf-8',
          'content-length': body.length,
          'cache-control': 'no-store',
          'x-robots-tag': 'noindex',
          ...(typeof page.contentSecurityPolicy === 'string'
            ? { 'content-security-policy': page.contentSecurityPolicy }
            : {}),
          'x-request-id': ctx.requestId,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
        return true;
      }
      const csp = typeof page.contentSecurityPolicy === 'string' ? page.contentSecurityPolicy : null;
      const indexing = (data as { siteIndexing?: { discourageIndexing?: unknown } | null } | undefined)
        ?.siteIndexing;
      const byCountry = countryHeader && tenant?.regions.some((r) => r.countries.length > 0);
      const rendered: CachedPage = {
        html: page.html,
        contentSecurityPolicy: csp,
        etag: PageCache.etagOf(page.html, csp),
        noindex: indexing?.discourageIndexing === true,
        ...(byCountry ? { varyAlso: [countryHeader.toLowerCase()] } : {}),
      };
      if (cacheKey && tenant) cache.set(cacheKey, tenant.id, rendered);
      sendPage(req, res, withCartCount(rendered, cartCountOf(req, CART_COOKIE)), ctx.requestId);
      return true;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendHtml(res, err.status, err.message, err.headers);
      return true;
    }
  };
}

function sendHtml(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  // Valid, accessible HTML like rendered pages (test/browser/samples-quality.test.ts checks it).
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>${escapeHtml(message)}</title></head><body><main><h1>${escapeHtml(message)}</h1></main></body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    ...headers,
  });
  res.end(html);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
