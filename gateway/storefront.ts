import type { ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { HttpError, type Route } from '../core/http.js';
import { logger } from '../core/logger.js';
import { type CachedPage, matchesEtag, PageCache } from './page-cache.js';
import type { RateLimits } from './rate-limits.js';
import { type ContextResolver, hostnameOf } from './request-context.js';
import type { GatewayContext } from './subgraph-client.js';

/** The cms subgraph renders pages; the gateway only asks for one through its own schema. */
export const STOREFRONT_PAGE_QUERY =
  'query StorefrontPage($path: String!) { page(path: $path) { html contentSecurityPolicy } redirect(path: $path) { to status } }';

const STOREFRONT_PREFIX = '/s/';

/**
 * Storefront pages: `GET /s/<tenantSlug>/<path>` on a platform host, and any other GET on a
 * tenant's own host. Rendered as an anonymous visitor of that tenant, in the resolved region;
 * the page path is passed without the region's path prefix (the region travels in the context).
 */
export function createStorefrontRoute(
  server: ApolloServer<GatewayContext>,
  resolver: ContextResolver,
  rateLimits: RateLimits,
  cache: PageCache = new PageCache(),
): Route {
  return async (req, res, url) => {
    if (req.method !== 'GET') return false;
    const host = hostnameOf(req.headers.host);
    const onPlatform = !host || resolver.isPlatformHost(host);
    let pathSlug: string | null = null;
    let path = url.pathname;
    if (onPlatform) {
      if (!path.startsWith(STOREFRONT_PREFIX)) return false;
      const rest = path.slice(STOREFRONT_PREFIX.length);
      const slash = rest.indexOf('/');
      pathSlug = safeDecode(slash >= 0 ? rest.slice(0, slash) : rest);
      path = slash >= 0 ? rest.slice(slash) : '/';
      if (!pathSlug) return false;
    }
    try {
      const { ctx, tenant, clientKey } = await resolver.resolve({
        headers: req.headers,
        remoteAddress: req.socket.remoteAddress,
        storefront: { pathSlug, path },
      });
      await rateLimits.consume(tenant?.id ?? null, clientKey);
      const prefix = tenant?.regions.find((r) => r.code === ctx.region)?.pathPrefix;
      const underPrefix = prefix && (path === prefix || path.startsWith(`${prefix}/`));
      const pagePath = underPrefix ? path.slice(prefix.length) || '/' : path;
      const cacheKey = tenant
        ? PageCache.key({
            tenantId: tenant.id,
            host: host ?? '',
            path: `${pathSlug ?? ''}|${path}`,
            region: ctx.region,
            visitor: (ctx as { visitor?: unknown }).visitor,
          })
        : null;
      const cached = cacheKey ? cache.get(cacheKey) : undefined;
      if (cached) {
        sendPage(req.headers['if-none-match'], res, cached, ctx.requestId);
        return true;
      }
      const result = await server.executeOperation(
        { query: STOREFRONT_PAGE_QUERY, variables: { path: pagePath } },
        { contextValue: { request: ctx } },
      );
      if (result.body.kind !== 'single') throw new Error('unexpected incremental storefront response');
      const { data, errors } = result.body.singleResult;
      if (errors?.length) {
        const notFound = errors.some((e) => e.extensions?.code === 'NOT_FOUND');
        if (!notFound) logger().warn({ reqId: ctx.requestId, errors }, 'storefront page failed');
        sendHtml(
          res,
          notFound ? 404 : 502,
          notFound ? 'Page not found' : 'This page is unavailable right now',
        );
        return true;
      }
      const page = (data as { page?: { html?: unknown; contentSecurityPolicy?: unknown } | null } | undefined)
        ?.page;
      if (!page || typeof page.html !== 'string') {
        const redirect = (data as { redirect?: { to?: unknown; status?: unknown } | null } | undefined)
          ?.redirect;
        if (
          redirect &&
          typeof redirect.to === 'string' &&
          redirect.to.startsWith('/') &&
          !redirect.to.startsWith('//')
        ) {
          // The same site, under the same storefront and region prefixes the visitor came through.
          const base = `${onPlatform ? `${STOREFRONT_PREFIX}${encodeURIComponent(pathSlug ?? '')}` : ''}${underPrefix ? prefix : ''}`;
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
        sendHtml(res, 404, 'Page not found');
        return true;
      }
      const csp = typeof page.contentSecurityPolicy === 'string' ? page.contentSecurityPolicy : null;
      const rendered: CachedPage = {
        html: page.html,
        contentSecurityPolicy: csp,
        etag: PageCache.etagOf(page.html, csp),
      };
      if (cacheKey && tenant) cache.set(cacheKey, tenant.id, rendered);
      sendPage(req.headers['if-none-match'], res, rendered, ctx.requestId);
      return true;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendHtml(res, err.status, err.message, err.headers);
      return true;
    }
  };
}

/** A published page, or 304 when the client's copy is current; shared caches may keep it a minute. */
function sendPage(ifNoneMatch: string | undefined, res: ServerResponse, page: CachedPage, requestId: string) {
  const headers: Record<string, string | number> = {
    etag: page.etag,
    'cache-control': 'public, max-age=60, stale-while-revalidate=300',
    // The rendering depends on the visitor's consent signals (Clarity): caches must keep them apart.
    vary: 'cookie, sec-gpc',
    'x-request-id': requestId,
    // From the renderer: hashes of the page's inline scripts, Clarity origins only when it loads Clarity.
    ...(page.contentSecurityPolicy ? { 'content-security-policy': page.contentSecurityPolicy } : {}),
  };
  if (matchesEtag(ifNoneMatch, page.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(page.html),
  });
  res.end(page.html);
}

function sendHtml(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
) {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(message)}</title></head><body><h1>${escapeHtml(message)}</h1></body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    ...headers,
  });
  res.end(html);
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
