import { z } from 'zod';
import type { Config } from '../../core/config.js';
import { type Route, readBody, sendJson } from '../../core/http.js';
import type { SubgraphRoutes } from '../../core/module.js';
import { verifiedContext } from '../../core/subgraph.js';
import { oidcRoutes } from './oidc-routes.js';
import type { ApiKeyService } from './services/api-keys.js';
import type { AuthService } from './services/auth-service.js';
import type { BillingService } from './services/billing.js';
import type { OidcService } from './services/oidc.js';
import type { TokenIssuer } from './services/tokens.js';

/** What the auth routes are made from (a subset of the subgraph's `AuthParts`). */
export interface AuthRouteServices {
  tokens: Pick<TokenIssuer, 'jwks'>;
  auth: Pick<AuthService, 'directoryLookup' | 'storedMembership'>;
  keys: Pick<ApiKeyService, 'lookup'>;
  billing: Pick<BillingService, 'handleWebhook'>;
  oidc: OidcService;
}

/**
 * The HTTP routes of the auth subgraph besides `/graphql`: the JWKS, social sign-in and Stripe
 * billing webhooks (public, forwarded by the gateway), and the directory lookups the gateway calls.
 */
export const authRoutes: SubgraphRoutes<AuthRouteServices> = {
  paths: [
    { path: '/.well-known/jwks.json', match: 'exact', reach: 'public' },
    { path: '/auth/oidc', match: 'prefix', reach: 'public' },
    { path: '/webhooks/stripe/billing', match: 'exact', reach: 'public' },
    { path: '/internal/tenants', match: 'exact', reach: 'internal' },
    { path: '/internal/memberships', match: 'exact', reach: 'internal' },
    { path: '/internal/api-keys', match: 'exact', reach: 'internal' },
  ],
  build: (config, services) => [...lookupRoutes(config, services), ...oidcRoutes(config, services.oidc)],
};

const directoryQuery = z.union([
  z.object({ slug: z.string().min(1).max(64) }),
  z.object({ host: z.string().min(1).max(253) }),
  z.object({ id: z.string().uuid() }),
]);

/**
 * `GET <path>?…` for internal callers only (401 otherwise): the query parsed (400 when it does not
 * parse), then the entry `lookup` finds (404 when none).
 */
function internalLookup<Q>(
  config: Config,
  lookup: {
    path: string;
    query: z.ZodType<Q>;
    invalid: string;
    find(query: Q): Promise<object | null>;
    missing: string;
    headers?: Record<string, string>;
  },
): Route {
  return async (req, res, url) => {
    if (url.pathname !== lookup.path) return false;
    const ctx = verifiedContext(req.headers, config.contextSecret);
    if (ctx?.actor.kind !== 'internal') {
      sendJson(res, 401, { error: 'internal callers only' });
      return true;
    }
    const query = lookup.query.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) {
      sendJson(res, 400, { error: lookup.invalid });
      return true;
    }
    const entry = await lookup.find(query.data);
    if (entry) sendJson(res, 200, entry, lookup.headers);
    else sendJson(res, 404, { error: lookup.missing });
    return true;
  };
}

/** Public JWKS and the gateway's internal lookups: tenants, members' stored roles, API keys. */
function lookupRoutes(config: Config, parts: AuthRouteServices): Route[] {
  return [
    async (_req, res, url) => {
      if (url.pathname !== '/.well-known/jwks.json') return false;
      sendJson(res, 200, await parts.tokens.jwks(), { 'cache-control': 'public, max-age=60' });
      return true;
    },
    internalLookup(config, {
      path: '/internal/tenants',
      query: directoryQuery,
      invalid: 'give exactly one of slug, host or id',
      find: (query) => parts.auth.directoryLookup(query),
      missing: 'unknown tenant',
    }),
    internalLookup(config, {
      path: '/internal/memberships',
      query: z.object({ tenant: z.string().uuid(), user: z.string().uuid() }),
      invalid: 'give tenant and user ids',
      find: ({ tenant, user }) => parts.auth.storedMembership(tenant, user),
      missing: 'not a member',
      headers: { 'cache-control': 'no-store' },
    }),
    internalLookup(config, {
      path: '/internal/api-keys',
      query: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) }),
      invalid: 'hash must be a hex SHA-256',
      find: ({ hash }) => parts.keys.lookup(hash),
      missing: 'unknown, revoked or expired API key',
      headers: { 'cache-control': 'no-store' },
    }),
    async (req, res, url) => {
      if (url.pathname !== '/webhooks/stripe/billing') return false;
      if (req.method !== 'POST') {
        sendJson(res, 405, { error: 'POST only' }, { allow: 'POST' });
        return true;
      }
      const signature = req.headers['stripe-signature'];
      const outcome = await parts.billing.handleWebhook(
        await readBody(req),
        typeof signature === 'string' ? signature : undefined,
      );
      sendJson(res, outcome.status, outcome.body);
      return true;
    },
  ];
}
