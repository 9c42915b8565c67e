/**
 * What the gateway shares with the storefront edge, and the only file of gateway/ the storefront
 * imports: visitor resolution (the tenant by host or `/s/<slug>`, its region, the client's address)
 * and the request limits, so that a visitor is one client in the same windows on both edges.
 */
import type { Dispatcher } from 'undici';
import type { Config } from '../core/config.js';
import type { EventBus } from '../core/events.js';
import type { Route } from '../core/http.js';
import type { Redis } from '../core/redis.js';
import { type RateLimits, rateLimitsOf } from './rate-limits.js';
import { refuse } from './refuse.js';
import { type ContextResolver, createContextResolver } from './request-context.js';
import { createTenantDirectory } from './tenants.js';

export { createRateLimits, type RateLimits } from './rate-limits.js';
export { refuse } from './refuse.js';
export type { ContextResolver, IncomingRequest, ResolvedRequest } from './request-context.js';
export { hostnameOf } from './request-context.js';
export type { TenantRecord } from './tenants.js';
export { upstreamHttpError } from './upstream.js';

export interface VisitorResolution {
  resolver: ContextResolver;
  rateLimits: RateLimits;
}

/** What an edge served on the gateway's own listener gets from it (see GatewayOptions.edge). */
export interface SharedWithEdge extends VisitorResolution {
  events: EventBus;
  /** The gateway's limits connection (null without Redis). */
  redis: Redis | null;
  /** The gateway's internal GraphQL endpoint (known once it listens). */
  internalUrl: () => string;
}

/** An edge's routes on a listener, and what to release when that listener closes. */
export interface MountedEdge {
  routes: Route[];
  close(): Promise<void>;
}

/**
 * Visitor resolution for an edge in its own process: tenants from auth's directory (evicted on
 * `tenant-changed` like the gateway's), the configured limits on the same Redis keys as the
 * gateway's. Visitor requests carry no credentials: a token is never verified here.
 */
export async function createVisitorResolution(opts: {
  config: Config;
  events: EventBus;
  redis: Redis | null;
  dispatcher: Dispatcher;
}): Promise<VisitorResolution> {
  const { config } = opts;
  const tenants = createTenantDirectory({
    authBaseUrl: config.serviceUrl('auth').replace(/\/graphql\/?$/, ''),
    contextSecret: config.contextSecret,
    contextTtlSeconds: config.CONTEXT_TTL_SECONDS,
    dispatcher: opts.dispatcher,
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  });
  await opts.events.subscribe('tenant-changed', (tenantId) => tenants.evict(tenantId));
  const noCredentials = async () => {
    throw refuse('UNAUTHENTICATED', 'Visitor requests carry no credentials');
  };
  return {
    resolver: createContextResolver(config, tenants, noCredentials),
    rateLimits: rateLimitsOf(config, opts.redis),
  };
}
