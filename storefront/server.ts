import { Agent } from 'undici';
import type { Config } from '../core/config.js';
import { createEventBus, type EventBus } from '../core/events.js';
import { type HttpService, startHttpService } from '../core/http.js';
import { createRedis, type Redis } from '../core/redis.js';
import { createStorage, type Storage } from '../core/storage.js';
import {
  createVisitorResolution,
  type MountedEdge,
  type SharedWithEdge,
  type VisitorResolution,
} from '../gateway/visitors.js';
import { utcDay, visitorHash } from '../subgraphs/analytics/contract.js';
import { createCartRoute } from './cart.js';
import { createCollectRoute } from './collect.js';
import { createConsentRoute } from './consent.js';
import { createFilesRoute } from './files.js';
import { createFontsRoute } from './fonts.js';
import { PageCache } from './page-cache.js';
import { createPagesRoute } from './pages.js';
import { createPreviewRoute } from './preview.js';
import { createSeoFilesRoute, SiteIndexingCache } from './seo-files.js';
import { createSupergraphClient, type StorefrontSupergraph } from './supergraph.js';

export interface StorefrontDeps extends VisitorResolution {
  config: Config;
  supergraph: StorefrontSupergraph;
  events: EventBus;
  /** The limits connection (null without Redis: limits in memory). */
  redis: Redis | null;
  /** Object storage: public files at /files (disk backend only) and every backend's sitemaps. */
  storage: Storage;
  /** For tests: the clock of the beacon route (`/collect`: its one-minute limit windows, event times) and the page cache. */
  now?: () => number;
}

/**
 * The visitor edge's routes, in the order they are tried: public files, the platform fonts, the
 * analytics beacon, consent, previews, robots.txt and sitemaps, cart and checkout (before the cms
 * pages: those paths are reserved), then the cms pages under `/s/<slug>/` and on tenants' own hosts.
 */
export async function createStorefront(deps: StorefrontDeps): Promise<MountedEdge> {
  const { config, supergraph, resolver, rateLimits } = deps;
  const secureCookies = new URL(config.publicUrl).protocol === 'https:';
  // Published pages are cached here; the cms announces every publish/unpublish/move of a tenant's pages.
  const pageCache = new PageCache({ staleMs: config.STOREFRONT_STALE_SECONDS * 1000, now: deps.now });
  const siteIndexingCache = new SiteIndexingCache();
  const unsubscribe = await deps.events.subscribe('pages-changed', (tenantId) => {
    pageCache.purgeTenant(tenantId);
    siteIndexingCache.purgeTenant(tenantId);
  });
  const collect = await createCollectRoute({
    supergraph,
    resolver,
    config,
    events: deps.events,
    redis: deps.redis,
    now: deps.now,
  });
  return {
    routes: [
      createFilesRoute(deps.storage, config.contextSecret),
      createFontsRoute(),
      collect.route,
      createConsentRoute({ secureCookies }),
      createPreviewRoute(supergraph, config.contextSecret, rateLimits, resolver.clientAddressOf),
      createSeoFilesRoute(supergraph, resolver, rateLimits, deps.storage, siteIndexingCache),
      createCartRoute({
        supergraph,
        resolver,
        rateLimits,
        secureCookies,
        publishableKey: config.STRIPE_PUBLISHABLE_KEY ?? null,
        visitorHashOf: async (tenantId, req, ctx) => {
          const v = ctx.visitor;
          if (v && (v.gpc || v.optOut || v.consent === 'denied')) return null;
          const salt = await collect.buffer.dailySalt(utcDay(Date.now()));
          return visitorHash(salt, tenantId, ctx.clientIp ?? '', String(req.headers['user-agent'] ?? ''));
        },
      }),
      createPagesRoute(supergraph, resolver, rateLimits, pageCache, config.TRUSTED_COUNTRY_HEADER),
    ],
    async close() {
      unsubscribe();
      await collect.close();
    },
  };
}

/**
 * `npm start`: the storefront on the gateway's own listener (GatewayOptions.edge), one URL for
 * everything. It shares the gateway's visitor resolution, limits and event bus, and still reaches
 * the supergraph over HTTP, through the gateway's internal endpoint, as it does in its own process.
 */
export function storefrontOnGateway(
  config: Config,
  opts: { storage: Storage; now?: () => number },
): (shared: SharedWithEdge) => Promise<MountedEdge> {
  return (shared) =>
    createStorefront({
      ...shared,
      config,
      storage: opts.storage,
      now: opts.now,
      supergraph: createSupergraphClient(config, shared.internalUrl),
    });
}

export interface StorefrontOptions {
  /** Overrides config.STOREFRONT_PORT (0 picks a free port). */
  port?: number;
  /** Opened from the configuration when omitted. */
  storage?: Storage;
  now?: () => number;
}

/**
 * The storefront in its own process (docker-compose, Kubernetes): its own listener, visitor
 * resolution and limits (the same Redis windows as the gateway's), and the supergraph through the
 * gateway's internal endpoint (GATEWAY_INTERNAL_URL).
 */
export async function startStorefront(config: Config, opts: StorefrontOptions = {}): Promise<HttpService> {
  const timeoutMs = config.SUBGRAPH_TIMEOUT_MS;
  const agent = new Agent({
    keepAliveTimeout: 30_000,
    connections: 256,
    connect: { timeout: timeoutMs },
  });
  const redis = createRedis(config, 'storefront-limits', { enableAutoPipelining: true });
  const events = createEventBus(config, 'storefront');
  let edge: MountedEdge | undefined;
  const release = async () => {
    await edge?.close();
    await events.close();
    await redis?.quit();
    await agent.close();
  };
  try {
    const visitors = await createVisitorResolution({ config, events, redis, dispatcher: agent });
    edge = await createStorefront({
      ...visitors,
      config,
      events,
      redis,
      storage: opts.storage ?? (await createStorage(config)),
      now: opts.now,
      supergraph: createSupergraphClient(config, () => config.gatewayInternalUrl, agent),
    });
    return await startHttpService({
      name: 'storefront',
      host: config.HOST,
      port: opts.port ?? config.STOREFRONT_PORT,
      timeouts: { headersMs: config.HTTP_HEADERS_TIMEOUT_MS, requestMs: config.HTTP_REQUEST_TIMEOUT_MS },
      routes: edge.routes,
      readiness: redis ? { redis: async () => void (await redis.ping()) } : {},
      onClose: release,
    });
  } catch (err) {
    await release();
    throw err;
  }
}
