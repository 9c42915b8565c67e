import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { Agent } from 'undici';
import { type Config, SERVICE_NAMES, type ServiceName } from '../core/config.js';
import { CONTEXT_HEADER, ContextError, type RequestContext, verifyContext } from '../core/context.js';
import { createErrorMask } from '../core/errors.js';
import { createEventBus } from '../core/events.js';
import {
  answeringGraphQLErrors,
  executeGraphQL,
  type GraphQLEndpointLimits,
  graphQLOverHttpStatusPlugin,
  type HttpService,
  type Route,
  startHttpService,
} from '../core/http.js';
import { logger } from '../core/logger.js';
import { planLimits } from '../core/plans.js';
import { createRedis } from '../core/redis.js';
import { type Storage, storageOrigins } from '../core/storage.js';
import { createApiKeyVerifier } from './api-keys.js';
import { createEditorRoute } from './editor.js';
import { createTokenVerifier } from './identity.js';
import { documentLimitsOf, queryLimitsPlugin } from './limits.js';
import { createMembershipDirectory } from './memberships.js';
import { createOidcProxyRoute } from './oidc-proxy.js';
import { type RateLimits, rateLimitsOf } from './rate-limits.js';
import { refuse } from './refuse.js';
import { type ContextResolver, createContextResolver } from './request-context.js';
import { createUndiciFetcher, type GatewayContext, SignedDataSource } from './subgraph-client.js';
import { createSubgraphHealth, type SubgraphHealth } from './subgraph-health.js';
import { subgraphRateLimitsPlugin } from './subgraph-rate-limits.js';
import { createTenantDirectory } from './tenants.js';
import { createUploadsRoute } from './uploads.js';
import { fetchUpstream } from './upstream.js';
import type { MountedEdge, SharedWithEdge } from './visitors.js';
import { createWebhookRoute } from './webhooks.js';

export interface GatewayOptions {
  /** The composed supergraph; defaults to schema/supergraph.graphql. */
  supergraphSdl?: string;
  /** Overrides config.GATEWAY_PORT (0 picks a free port). */
  port?: number;
  /** Overrides config.GATEWAY_METRICS_PORT (0 picks a free port); /metrics is not served when both are unset. */
  metricsPort?: number;
  /** For tests: how soon an unknown JWT `kid` may refetch the JWKS. */
  jwksCooldownMs?: number;
  /** For benchmarks: keep Apollo's stock make-fetch-happen fetcher, to compare against undici. */
  stockFetcher?: boolean;
  /** Disk-backed object storage (embedded mode): uploads are PUT to /uploads. */
  storage?: Storage;
  /**
   * Another edge served on this listener, its routes tried after the gateway's own: `npm start`
   * serves the storefront this way (storefront/server.ts storefrontOnGateway), on one URL.
   */
  edge?: (shared: SharedWithEdge) => Promise<MountedEdge>;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** The /metrics URL, when served. */
  metricsUrl?: string;
  close(): Promise<void>;
}

const DEFAULT_SUPERGRAPH = new URL('../schema/supergraph.graphql', import.meta.url);

export async function startGateway(config: Config, opts: GatewayOptions = {}): Promise<RunningGateway> {
  const production = config.production;
  const supergraphSdl = opts.supergraphSdl ?? readSupergraph();
  const authBaseUrl = baseUrlOf(config.serviceUrl('auth'));
  const timeoutMs = config.SUBGRAPH_TIMEOUT_MS;
  // Every call to a service behind the gateway shares these pools and deadlines: a service that
  // accepts connections and never answers costs a request timeoutMs, not undici's 300 s default.
  const agent = new Agent({
    keepAliveTimeout: 30_000,
    connections: 256,
    connect: { timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const fetcher = createUndiciFetcher(agent, timeoutMs);

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new SignedDataSource({
        name,
        url: config.serviceUrl(serviceNameOf(name)),
        fetcher: opts.stockFetcher ? undefined : fetcher,
        contextSecret: config.contextSecret,
        contextTtlSeconds: config.CONTEXT_TTL_SECONDS,
      }),
  });
  const limits = documentLimitsOf(config);
  const mask = createErrorMask<GatewayContext>({ production, requestIdOf: (ctx) => ctx.request?.requestId });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    nodeEnv: production ? 'production' : 'development',
    introspection: !production,
    // Entry points own signal handling (several servers may share one process).
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    // The parser gives up past this many tokens (an alias or nesting bomb costs bounded work);
    // documents over MAX_QUERY_BYTES never reach it (publicGraphQLRoute).
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: mask.formatError,
    plugins: [
      mask.plugin,
      queryLimitsPlugin(limits),
      subgraphRateLimitsPlugin(),
      // Last: it settles the HTTP status after the plugins above set theirs.
      graphQLOverHttpStatusPlugin(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();
  let supergraphLoaded = true;

  const redis = createRedis(config, 'gateway-limits', { enableAutoPipelining: true });
  const rateLimits = rateLimitsOf(config, redis);
  // What every lookup in auth's internal routes needs: tenants, API keys, members' stored roles.
  const authLookups = {
    authBaseUrl,
    contextSecret: config.contextSecret,
    contextTtlSeconds: config.CONTEXT_TTL_SECONDS,
    dispatcher: agent,
    timeoutMs,
  };
  const tenants = createTenantDirectory(authLookups);
  const verifyToken = createTokenVerifier({
    jwksUrl: new URL(`${authBaseUrl}/.well-known/jwks.json`),
    issuer: config.JWT_ISSUER,
    jwksCooldownMs: opts.jwksCooldownMs,
    timeoutMs,
  });
  // Revoked API keys and suspended tenants are evicted from the caches at once, on every gateway.
  const events = createEventBus(config, 'gateway');
  await events.subscribe('tenant-changed', (tenantId) => tenants.evict(tenantId));
  const verifyApiKey = await createApiKeyVerifier({ ...authLookups, events });
  // Tenant-bound tokens act with the member's stored role; auth announces every change of it.
  const memberships = await createMembershipDirectory({ ...authLookups, events });
  const resolver = createContextResolver(config, tenants, verifyToken, verifyApiKey, memberships);
  let internalUrl: string | undefined;
  const edge = await opts.edge?.({
    resolver,
    rateLimits,
    events,
    redis,
    internalUrl: () => {
      if (!internalUrl) throw new Error('the gateway is not listening yet');
      return internalUrl;
    },
  });
  logger().info({ rateLimits: rateLimits.backend }, 'gateway rate limits backend');
  const health = createSubgraphHealth({
    services: {
      auth: authBaseUrl,
      ...Object.fromEntries(
        subgraphNamesOf(supergraphSdl).map((name) => [
          name,
          baseUrlOf(config.serviceUrl(serviceNameOf(name))),
        ]),
      ),
    },
    dispatcher: agent,
    timeoutMs: Math.min(1_000, timeoutMs),
  });
  // The first round starts now, so that the first /readyz need not wait for it.
  void health.states();
  let metrics: HttpService | undefined;

  const releaseResources = async () => {
    supergraphLoaded = false;
    await metrics?.close();
    await edge?.close();
    await server.stop();
    await agent.close();
    await redis?.quit();
    await events.close();
  };
  const service = await startHttpService({
    name: 'gateway',
    host: config.HOST,
    port: opts.port ?? config.GATEWAY_PORT,
    timeouts: { headersMs: config.HTTP_HEADERS_TIMEOUT_MS, requestMs: config.HTTP_REQUEST_TIMEOUT_MS },
    routes: [
      publicGraphQLRoute(server, resolver, rateLimits, { maxQueryBytes: limits.maxBytes }),
      createWebhookRoute(
        agent,
        {
          '/webhooks/stripe/billing': { service: 'auth', url: authBaseUrl },
          '/webhooks/stripe/connect': { service: 'commerce', url: baseUrlOf(config.serviceUrl('commerce')) },
        },
        timeoutMs,
      ),
      internalGraphQLRoute(server, config.contextSecret),
      jwksProxyRoute(agent, `${authBaseUrl}/.well-known/jwks.json`, timeoutMs),
      createOidcProxyRoute({
        agent,
        authBaseUrl,
        contextSecret: config.contextSecret,
        contextTtlSeconds: config.CONTEXT_TTL_SECONDS,
        clientAddressOf: resolver.clientAddressOf,
        timeoutMs,
      }),
      ...(opts.storage ? [createUploadsRoute(opts.storage, config.contextSecret)] : []),
      // The editor SPA at /editor (gateway/editor.ts), before an edge's catch-all pages.
      createEditorRoute({
        isPlatformHost: (host) => resolver.isPlatformHost(host),
        storageOrigins: storageOrigins(config),
      }),
      ...(edge?.routes ?? []),
    ],
    readiness: {
      supergraph: async () => {
        if (!supergraphLoaded) throw new Error('supergraph not loaded');
      },
      ...(redis ? { redis: async () => void (await redis.ping()) } : {}),
    },
    readinessDetails: async () => ({ subgraphs: await health.states() }),
    onClose: releaseResources,
  }).catch(async (err: unknown) => {
    await releaseResources();
    throw err;
  });
  internalUrl = `${service.url}/internal/graphql`;
  const metricsPort = opts.metricsPort ?? config.GATEWAY_METRICS_PORT;
  if (metricsPort !== undefined) {
    metrics = await startMetricsService(config.HOST, metricsPort, health).catch(async (err: unknown) => {
      await service.close();
      throw err;
    });
  }
  return {
    url: service.url,
    port: service.port,
    ...(metrics ? { metricsUrl: `${metrics.url}/metrics` } : {}),
    close: () => service.close(),
  };
}

/** The names of the subgraphs a supergraph joins (`@join__graph(name: "...")`). */
function subgraphNamesOf(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(\s*name:\s*"([^"]+)"/g)].map((m) => m[1]!);
}

function baseUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '');
}

/**
 * /metrics on its own port (like the worker's), never on the public one: process metrics and
 * `webhaze_subgraph_up`, each subgraph's /healthz as the gateway last saw it (1 = answering).
 */
async function startMetricsService(host: string, port: number, health: SubgraphHealth): Promise<HttpService> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'webhaze_subgraph_up',
    help: 'Whether each service behind the gateway answers its /healthz (1) or not (0), probed at most every few seconds',
    labelNames: ['subgraph'],
    registers: [registry],
    async collect() {
      for (const [subgraph, state] of Object.entries(await health.states())) {
        this.set({ subgraph }, state === 'ok' ? 1 : 0);
      }
    },
  });
  const route: Route = async (req, res, url) => {
    if (url.pathname !== '/metrics' || req.method !== 'GET') return false;
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(body);
    return true;
  };
  return startHttpService({ name: 'gateway-metrics', host, port, routes: [route] });
}

function readSupergraph(): string {
  try {
    return readFileSync(DEFAULT_SUPERGRAPH, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${DEFAULT_SUPERGRAPH.pathname}: run \`npm run compose\` first`, {
      cause: err,
    });
  }
}

function serviceNameOf(name: string): ServiceName {
  const known = SERVICE_NAMES.find((service) => service === name);
  if (!known) throw new Error(`The supergraph names an unknown subgraph '${name}'`);
  return known;
}

/**
 * The public endpoint. Refusals before execution (identity, tenant, rate limits, the query's size)
 * are GraphQL responses with the status GraphQL over HTTP gives them for the client's Accept header.
 */
function publicGraphQLRoute(
  server: ApolloServer<GatewayContext>,
  resolver: ContextResolver,
  rateLimits: RateLimits,
  limits: GraphQLEndpointLimits,
): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/graphql') return false;
    await answeringGraphQLErrors(req, res, async () => {
      const { ctx, tenant, clientKey } = await resolver.resolve({
        headers: req.headers,
        remoteAddress: req.socket.remoteAddress,
      });
      await rateLimits.consume(
        tenant?.id ?? null,
        clientKey,
        tenant ? planLimits(tenant.plan).apiRequestsPerMinute : undefined,
      );
      await executeGraphQL(server, req, res, url, async () => ({ request: ctx }), limits);
    });
    return true;
  };
}

/**
 * Supergraph operations from WebHaze's own services, which sign their context themselves and are
 * exempt from client limits: as an `internal` actor (the renderer, workers), or as the anonymous
 * visitor the storefront resolved and limited. Never as a user or an API key: only the gateway
 * resolves those, from a credential.
 */
function internalGraphQLRoute(server: ApolloServer<GatewayContext>, contextSecret: string): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/internal/graphql') return false;
    const header = req.headers[CONTEXT_HEADER];
    let ctx: RequestContext;
    try {
      ctx = verifyContext(typeof header === 'string' ? header : undefined, contextSecret);
    } catch (err) {
      if (err instanceof ContextError) throw refuse('UNAUTHENTICATED', `Internal endpoint: ${err.message}`);
      throw err;
    }
    if (ctx.actor.kind !== 'internal' && ctx.actor.kind !== 'anonymous') {
      throw refuse('UNAUTHENTICATED', 'Internal endpoint: only internal services may call it');
    }
    await executeGraphQL(server, req, res, url, async () => ({ request: ctx }));
    return true;
  };
}

function jwksProxyRoute(agent: Agent, jwksUrl: string, timeoutMs: number): Route {
  const target = new URL(jwksUrl);
  return async (req, res, url) => {
    if (url.pathname !== '/.well-known/jwks.json' || req.method !== 'GET') return false;
    const { headers, body } = await fetchUpstream(
      'auth',
      agent,
      { origin: target.origin, path: target.pathname, method: 'GET' },
      timeoutMs,
      (status) => status === 200,
    );
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': body.length,
      'cache-control': String(headers['cache-control'] ?? 'public, max-age=300'),
    });
    res.end(body);
    return true;
  };
}
