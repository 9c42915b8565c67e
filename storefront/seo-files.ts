import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, type Route } from '../core/http.js';
import { logger } from '../core/logger.js';
import { ObjectNotFoundError, type Storage } from '../core/storage.js';
import { type ContextResolver, hostnameOf, type RateLimits } from '../gateway/visitors.js';
import {
  parseSitemapManifest,
  SITEMAP_FILE_NAME,
  SITEMAP_MANIFEST_FILE,
  sitemapKey,
} from '../subgraphs/cms/contract.js';
import { visitorSignalsOf } from './consent.js';
import { matchesEtag } from './page-cache.js';
import type { StorefrontSupergraph } from './supergraph.js';

/** The cms says which site the storefront serves and how it may be crawled. */
export const SITE_INDEXING_QUERY =
  'query SiteIndexing { siteIndexing { siteId discourageIndexing disallowPaths sitemapUrl updatedAt } }';

export interface SiteIndexing {
  siteId: string;
  discourageIndexing: boolean;
  disallowPaths: string[];
  sitemapUrl: string;
  updatedAt: string;
}

/** Platform paths no crawler should fetch; `/preview/` links show drafts (they also answer `noindex`). */
export const PLATFORM_DISALLOW = ['/preview/', '/graphql', '/internal/', '/auth/', '/uploads/'];

const CACHE_CONTROL = 'public, max-age=300';
const STOREFRONT_PREFIX = '/s/';

/**
 * A site's robots.txt, the same bytes for the same settings and base: `basePath` is where the site
 * is served on this host (`''` on its own host, `/s/<slug>` on the platform host), and
 * `regionPrefixes` the region path prefixes its pages also live under (`/fr`). Preview links are
 * always disallowed; a site that discourages indexing disallows everything under its base and
 * advertises no sitemap.
 */
export function buildRobotsTxt(
  site: Pick<SiteIndexing, 'discourageIndexing' | 'disallowPaths' | 'sitemapUrl'>,
  basePath: string,
  regionPrefixes: readonly string[] = [],
): string {
  const lines = ['User-agent: *', 'Disallow: /preview/'];
  if (site.discourageIndexing) {
    lines.push(`Disallow: ${basePath}/`);
  } else {
    const prefixes = ['', ...[...new Set(regionPrefixes)].sort()];
    for (const prefix of prefixes) {
      for (const path of site.disallowPaths) lines.push(`Disallow: ${basePath}${prefix}${path}`);
    }
  }
  const body = [...new Set(lines)];
  if (!site.discourageIndexing) body.push('', `Sitemap: ${site.sitemapUrl}`);
  return `${body.join('\n')}\n`;
}

/** The platform host's own robots.txt: platform endpoints and preview links are never crawled. */
export function platformRobotsTxt(): string {
  return `${['User-agent: *', ...PLATFORM_DISALLOW.map((p) => `Disallow: ${p}`)].join('\n')}\n`;
}

/**
 * The cms's answer per tenant and host (each host of a tenant may serve another site; `null` = the
 * platform's `/s/<slug>/`), kept a minute (or until the cms announces `pages-changed` for the
 * tenant, which `setSiteIndexing` and domain assignments do): the query is most of a robots.txt or
 * sitemap request's cost. Sitemap bytes are always read from storage, so a finished sitemap job
 * shows at once.
 */
export class SiteIndexingCache {
  private readonly entries = new Map<string, { value: SiteIndexing; tenantId: string; expiresAt: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  private static key(tenantId: string, host: string | null): string {
    return `${tenantId}\n${host ?? ''}`;
  }

  get(tenantId: string, host: string | null = null): SiteIndexing | undefined {
    const key = SiteIndexingCache.key(tenantId, host);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(tenantId: string, value: SiteIndexing, host: string | null = null): void {
    const key = SiteIndexingCache.key(tenantId, host);
    this.entries.delete(key);
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, tenantId, expiresAt: this.now() + this.ttlMs });
  }

  /** Drops every host's answer of the tenant. */
  purgeTenant(tenantId: string): void {
    for (const [key, entry] of this.entries) if (entry.tenantId === tenantId) this.entries.delete(key);
  }
}

type SeoFile = { kind: 'robots' } | { kind: 'sitemap'; name: string };

function seoFileOf(path: string): SeoFile | null {
  if (path === '/robots.txt') return { kind: 'robots' };
  const name = path.slice(1);
  return path.lastIndexOf('/') === 0 && SITEMAP_FILE_NAME.test(name) ? { kind: 'sitemap', name } : null;
}

/**
 * `GET`/`HEAD` `/robots.txt`, `/sitemap.xml` and `/sitemap-<n>.xml` of a site: on a tenant's own host,
 * or under `/s/<tenantSlug>/` on a platform host (where `/robots.txt` itself is the platform's).
 * The tenant comes from the host or path only (as for storefront pages, any token is ignored and a
 * conflicting `x-tenant` is refused); the site and its settings from the cms; the sitemap from
 * object storage under that tenant's key, so one tenant's host can never name another's files.
 */
export function createSeoFilesRoute(
  supergraph: StorefrontSupergraph,
  resolver: ContextResolver,
  rateLimits: RateLimits,
  storage: Storage,
  cache: SiteIndexingCache = new SiteIndexingCache(),
): Route {
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const host = hostnameOf(req.headers.host);
    const onPlatform = !host || resolver.isPlatformHost(host);
    let pathSlug: string | null = null;
    let file: SeoFile | null;
    if (onPlatform) {
      if (url.pathname === '/robots.txt') {
        send(req, res, 200, 'text/plain; charset=utf-8', platformRobotsTxt(), {
          'cache-control': CACHE_CONTROL,
        });
        return true;
      }
      if (!url.pathname.startsWith(STOREFRONT_PREFIX)) return false;
      const rest = url.pathname.slice(STOREFRONT_PREFIX.length);
      const slash = rest.indexOf('/');
      if (slash <= 0) return false;
      file = seoFileOf(rest.slice(slash));
      if (!file) return false;
      try {
        pathSlug = decodeURIComponent(rest.slice(0, slash));
      } catch {
        return false;
      }
    } else {
      file = seoFileOf(url.pathname);
      if (!file) return false;
    }
    try {
      const { ctx, tenant, clientKey } = await resolver.resolve({
        headers: req.headers,
        remoteAddress: req.socket.remoteAddress,
        storefront: { pathSlug, path: url.pathname, visitor: visitorSignalsOf(req.headers) },
      });
      await rateLimits.consume(tenant?.id ?? null, clientKey);
      if (!tenant) throw new HttpError(404, 'Not found', 'NOT_FOUND');
      // The site depends on the host (services/site-domains.ts servedSite in the cms): cached per host.
      const servedHost = onPlatform ? null : host;
      let site = cache.get(tenant.id, servedHost);
      if (!site) {
        const { data, errors } = await supergraph.execute(ctx, SITE_INDEXING_QUERY);
        if (errors.length) {
          logger().warn({ reqId: ctx.requestId, errors }, 'site indexing settings failed');
          throw new HttpError(502, 'Unavailable right now', 'INTERNAL_SERVER_ERROR');
        }
        const answer = (data as { siteIndexing?: SiteIndexing | null } | undefined)?.siteIndexing;
        // A tenant without a site is not remembered: its first site shows at once.
        if (!answer) throw new HttpError(404, 'Not found', 'NOT_FOUND');
        cache.set(tenant.id, answer, servedHost);
        site = answer;
      }
      const common = { 'x-request-id': ctx.requestId };
      if (file.kind === 'robots') {
        const basePath = onPlatform ? `${STOREFRONT_PREFIX}${encodeURIComponent(pathSlug!)}` : '';
        const prefixes = tenant.regions
          .map((r) => r.pathPrefix)
          .filter((p): p is string => typeof p === 'string' && p.length > 1);
        const body = buildRobotsTxt(site, basePath, prefixes);
        sendCacheable(req, res, 'text/plain; charset=utf-8', body, new Date(site.updatedAt), common);
        return true;
      }
      // The tenant id comes from the resolved host/path, the site id from the cms under that tenant.
      const manifest = await readObject(storage, sitemapKey(tenant.id, site.siteId, SITEMAP_MANIFEST_FILE));
      const parsed = manifest ? parseSitemapManifest(manifest.toString('utf8')) : null;
      const body =
        parsed?.files.includes(file.name) === true
          ? await readObject(storage, sitemapKey(tenant.id, site.siteId, file.name))
          : null;
      if (!parsed || !body) throw new HttpError(404, 'Not found', 'NOT_FOUND');
      sendCacheable(req, res, 'application/xml; charset=utf-8', body, new Date(parsed.updatedAt), common);
      return true;
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      send(req, res, err.status, 'text/plain; charset=utf-8', `${err.message}\n`, {
        'cache-control': 'no-store',
        ...err.headers,
      });
      return true;
    }
  };
}

async function readObject(storage: Storage, key: string): Promise<Buffer | null> {
  try {
    return await storage.get(key);
  } catch (err) {
    if (err instanceof ObjectNotFoundError) return null;
    throw err;
  }
}

/** A strong ETag of the bytes, `Last-Modified`, and 304 for a current copy (If-None-Match wins over If-Modified-Since). */
function sendCacheable(
  req: IncomingMessage,
  res: ServerResponse,
  contentType: string,
  body: string | Buffer,
  lastModified: Date,
  headers: Record<string, string>,
): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  // HTTP dates have whole seconds; a copy from the same second is current.
  const modified = Math.floor(lastModified.getTime() / 1000) * 1000;
  const cacheHeaders = {
    ...headers,
    etag,
    'last-modified': new Date(modified).toUTCString(),
    'cache-control': CACHE_CONTROL,
  };
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = Date.parse(req.headers['if-modified-since'] ?? '');
  const current = ifNoneMatch
    ? matchesEtag(ifNoneMatch, etag)
    : !Number.isNaN(ifModifiedSince) && modified <= ifModifiedSince;
  if (current) {
    res.writeHead(304, cacheHeaders);
    res.end();
    return;
  }
  send(req, res, 200, contentType, body, cacheHeaders);
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string>,
): void {
  res.writeHead(status, {
    ...headers,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
