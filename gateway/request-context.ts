import type { IncomingHttpHeaders } from 'node:http';
import type { Config } from '../core/config.js';
import {
  type Actor,
  anonymous,
  newRequestId,
  REQUEST_ID_HEADER,
  type RequestContext,
} from '../core/context.js';
import { HttpError } from '../core/http.js';
import { type ApiKeyIdentity, type ApiKeyVerifier, isApiKey } from './api-keys.js';
import { type ClientAddressOf, createClientAddressOf } from './client-address.js';
import { bearerToken, type TokenIdentity, type TokenVerifier } from './identity.js';
import type { MembershipDirectory, StoredMembership } from './memberships.js';
import { refuse } from './refuse.js';
import { resolveRegion, type TenantDirectory, type TenantKey, type TenantRecord } from './tenants.js';
import { upstreamHttpError } from './upstream.js';

export const TENANT_HEADER = 'x-tenant';
/** `extensions.reason` of every refusal because the tenant is suspended (the subgraphs say the same). */
export const TENANT_SUSPENDED = 'TENANT_SUSPENDED';

export interface ContextResolver {
  resolve(request: IncomingRequest): Promise<ResolvedRequest>;
  /** True when `host` (lowercase, no port) is the platform's own, not a tenant storefront. */
  isPlatformHost(host: string): boolean;
  /** The client's address (TRUSTED_PROXIES decides whether forwarding headers count). */
  clientAddressOf: ClientAddressOf;
}

export interface IncomingRequest {
  /** Forwarding headers (`X-Forwarded-For`, `Forwarded`) count only from a trusted proxy peer. */
  headers: IncomingHttpHeaders;
  /** The socket's remote address (the peer), not necessarily the client: see `clientAddressOf`. */
  remoteAddress: string | undefined;
  /**
   * Set for storefront requests (the storefront edge resolves its visitors here): the tenant slug
   * from `/s/<slug>/...`, if any, the page path, and the visitor's privacy signals as the storefront
   * read them (`Sec-GPC`, its consent cookies).
   */
  storefront?: { pathSlug: string | null; path: string; visitor: NonNullable<RequestContext['visitor']> };
}

export interface ResolvedRequest {
  ctx: RequestContext;
  tenant: TenantRecord | null;
  /** Whom the per-client rate limit counts: the user, else the network address. */
  clientKey: string;
}

/** One way a request names its tenant. Every present claim must name the same tenant. */
interface TenantClaim {
  source: string;
  key: TenantKey;
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function createContextResolver(
  config: Config,
  tenants: TenantDirectory,
  verifyToken: TokenVerifier,
  /** Verifies `Bearer whk_...` API keys; without it such keys are refused as invalid tokens. */
  verifyApiKey?: ApiKeyVerifier,
  /**
   * The stored role of each (tenant, user): a tenant-bound token acts with THAT role (and site
   * scope), never the one it was issued with. Without it, tenant-bound tokens are refused.
   */
  memberships?: MembershipDirectory,
): ContextResolver {
  const platformHosts = new Set(
    config.PLATFORM_HOSTS.split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  platformHosts.add(new URL(config.publicUrl).hostname.toLowerCase());
  const countryHeader = config.TRUSTED_COUNTRY_HEADER?.toLowerCase();
  const isPlatformHost = (host: string) => platformHosts.has(host);
  const clientAddressOf = createClientAddressOf(config.TRUSTED_PROXIES);

  const storedMembershipOf = async (identity: TokenIdentity & { tenantId: string }) => {
    if (!memberships) throw refuse('INTERNAL_SERVER_ERROR', 'Memberships cannot be checked here');
    let stored: StoredMembership | null;
    try {
      stored = await memberships.find(identity.tenantId, identity.userId);
    } catch (err) {
      // Never a fall-back to the token's role: the request fails (502/504, as other auth lookups).
      throw err instanceof HttpError ? err : upstreamHttpError('auth', err);
    }
    if (!stored) {
      throw refuse(
        'UNAUTHENTICATED',
        'You are no longer a member of this workspace: sign in again',
        {},
        'MEMBERSHIP_ENDED',
      );
    }
    return stored;
  };

  return {
    isPlatformHost,
    clientAddressOf,
    async resolve(request) {
      const { headers, storefront } = request;
      const incomingId = headers[REQUEST_ID_HEADER];
      const requestId =
        typeof incomingId === 'string' && SANE_REQUEST_ID.test(incomingId) ? incomingId : newRequestId();
      const host = hostnameOf(headers.host);
      const storefrontHost = host && !isPlatformHost(host) ? host : null;

      // Storefront pages are public renders: they are served as an anonymous visitor, token or not.
      const token = storefront ? null : bearerToken(headers.authorization);
      const keyed = token !== null && isApiKey(token) && verifyApiKey !== undefined;
      const apiKey: ApiKeyIdentity | null = keyed ? await verifyApiKey(token) : null;
      const identity: TokenIdentity | null = token && !keyed ? await verifyToken(token) : null;

      const claims: TenantClaim[] = [];
      if (storefrontHost)
        claims.push({ source: `host '${storefrontHost}'`, key: { by: 'host', value: storefrontHost } });
      if (storefront?.pathSlug) {
        claims.push({
          source: `path '/s/${storefront.pathSlug}'`,
          key: { by: 'slug', value: storefront.pathSlug },
        });
      }
      const headerSlug = headers[TENANT_HEADER];
      if (typeof headerSlug === 'string' && headerSlug) {
        claims.push({
          source: `${TENANT_HEADER} header '${headerSlug}'`,
          key: { by: 'slug', value: headerSlug },
        });
      }
      if (identity?.tenantId)
        claims.push({ source: 'access token', key: { by: 'id', value: identity.tenantId } });
      if (apiKey) claims.push({ source: 'API key', key: { by: 'id', value: apiKey.tenantId } });

      // Looked up beside the tenant; the tenant's refusal (unknown, suspended) still comes first.
      const boundTenantId = identity?.tenantId ?? null;
      const membership =
        identity && boundTenantId ? storedMembershipOf({ ...identity, tenantId: boundTenantId }) : null;
      membership?.catch(() => {});
      const tenant = await tenantOf(tenants, claims);
      const stored = await membership;
      const country = countryHeader ? headers[countryHeader] : undefined;
      const region = tenant
        ? resolveRegion(tenant, {
            path: storefront?.path ?? null,
            host: storefrontHost,
            country: typeof country === 'string' ? country : null,
          })
        : null;
      const siteIds = stored ? stored.siteIds : null;
      const actor: Actor = identity
        ? {
            kind: 'user',
            userId: identity.userId,
            role: stored?.role ?? null,
            platformAdmin: identity.platformAdmin,
            ...(siteIds ? { siteIds } : {}),
            ...(identity.sessionId ? { sessionId: identity.sessionId } : {}),
          }
        : apiKey
          ? { kind: 'apiKey', keyId: apiKey.keyId, scopes: apiKey.scopes }
          : anonymous;
      const clientIp = clientAddressOf(headers, request.remoteAddress);
      return {
        ctx: {
          requestId,
          tenantId: tenant?.id ?? null,
          tenantSlug: tenant?.slug ?? null,
          actor,
          region: region?.code ?? null,
          locale: region?.locale ?? null,
          currency: region?.currency ?? null,
          host: storefrontHost,
          clientIp,
          userAgent: userAgentOf(request.headers['user-agent']),
          // Storefront requests only: the visitor's signals decide the analytics policy.
          ...(storefront ? { visitor: storefront.visitor } : {}),
        },
        tenant,
        clientKey: identity
          ? `user:${identity.userId}`
          : apiKey
            ? `key:${apiKey.keyId}`
            : `ip:${clientIp ?? 'unknown'}`,
      };
    },
  };
}

async function tenantOf(tenants: TenantDirectory, claims: TenantClaim[]): Promise<TenantRecord | null> {
  if (claims.length === 0) return null;
  const found = await Promise.all(claims.map((claim) => tenants.find(claim.key)));
  const missing = claims.findIndex((_, i) => !found[i]);
  if (missing >= 0) throw refuse('NOT_FOUND', `No tenant matches the ${claims[missing]!.source}`);
  const records = found as TenantRecord[];
  const first = records[0]!;
  if (records.some((t) => t.id !== first.id)) {
    const named = claims.map((c, i) => `${c.source} names tenant '${records[i]!.slug}'`).join(', ');
    throw refuse('FORBIDDEN', `The request's tenant sources conflict: ${named}`);
  }
  if (first.status !== 'active') {
    throw refuse('FORBIDDEN', `Tenant '${first.slug}' is suspended`, {}, TENANT_SUSPENDED);
  }
  return first;
}

/** The Host header's name, lowercase and without the port (IPv6 literals keep their brackets). */
export function hostnameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1) || null;
  const colon = host.indexOf(':');
  return (colon >= 0 ? host.slice(0, colon) : host) || null;
}

function userAgentOf(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value ? value.slice(0, 256) : null;
}
