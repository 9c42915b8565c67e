import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { internalLookup } from './internal-lookup.js';

const regionSchema = z.object({
  code: z.string(),
  locale: z.string(),
  currency: z.string(),
  pathPrefix: z.string().nullable(),
  hosts: z.array(z.string()),
  countries: z.array(z.string()),
  consentRequired: z.boolean(),
});
const tenantSchema = z.object({
  id: z.string().uuid(),
  slug: z.string(),
  name: z.string(),
  status: z.enum(['active', 'suspended']),
  /** The billing plan: sets the tenant's API rate (config/plans.json). */
  plan: z.string().default('free'),
  regions: z.array(regionSchema),
  defaultRegion: z.string(),
});

export type TenantRecord = z.infer<typeof tenantSchema>;
export type TenantRegion = z.infer<typeof regionSchema>;
export type TenantKey = { by: 'slug' | 'host' | 'id'; value: string };

export interface TenantDirectoryOptions {
  /** The auth subgraph's base URL (its GraphQL URL without `/graphql`). */
  authBaseUrl: string;
  contextSecret: string;
  contextTtlSeconds: number;
  dispatcher: Dispatcher;
  /** How long one lookup may take (default 10 s). */
  timeoutMs?: number;
  ttlMs?: number;
  negativeTtlMs?: number;
  now?: () => number;
}

export interface TenantDirectory {
  /** The tenant for a slug, host or id, or null when there is none. */
  find(key: TenantKey): Promise<TenantRecord | null>;
  /** Forgets every cached way of naming the tenant (it was suspended, its plan changed, ...). */
  evict(tenantId: string): void;
}

interface CacheEntry {
  tenant: TenantRecord | null;
  expiresAt: number;
}

/**
 * Looks tenants up in the auth subgraph's directory and keeps them in memory for a short while
 * (misses for less), so the request path makes no extra round trip for a known tenant.
 * Concurrent lookups of the same key share one request.
 */
export function createTenantDirectory(opts: TenantDirectoryOptions): TenantDirectory {
  const ttlMs = opts.ttlMs ?? 30_000;
  const negativeTtlMs = opts.negativeTtlMs ?? 5_000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<TenantRecord | null>>();

  const remember = (cacheKey: string, tenant: TenantRecord | null) => {
    if (cache.size > 10_000) cache.clear(); // crude bound: the directory is cheap to refill
    const expiresAt = now() + (tenant ? ttlMs : negativeTtlMs);
    cache.set(cacheKey, { tenant, expiresAt });
    if (!tenant) return;
    // One fetch answers the other ways of naming the same tenant too.
    cache.set(`slug:${tenant.slug}`, { tenant, expiresAt });
    cache.set(`id:${tenant.id}`, { tenant, expiresAt });
  };

  const fetchTenant = async (key: TenantKey): Promise<TenantRecord | null> => {
    const found = await internalLookup(opts, `/internal/tenants?${key.by}=${encodeURIComponent(key.value)}`);
    return found === null ? null : tenantSchema.parse(found);
  };

  // Bumped on every eviction: a lookup that started before it must not re-cache a stale answer.
  let generation = 0;

  return {
    evict(tenantId) {
      generation++;
      for (const [cacheKey, entry] of cache) {
        if (entry.tenant?.id === tenantId) cache.delete(cacheKey);
      }
      inFlight.clear();
    },
    async find(key) {
      const value = key.by === 'id' ? key.value : key.value.toLowerCase();
      const cacheKey = `${key.by}:${value}`;
      const cached = cache.get(cacheKey);
      if (cached && cached.expiresAt > now()) return cached.tenant;
      let pending = inFlight.get(cacheKey);
      if (!pending) {
        const startedAt = generation;
        pending = fetchTenant({ by: key.by, value })
          .then((tenant) => {
            if (startedAt === generation) remember(cacheKey, tenant);
            return tenant;
          })
          .finally(() => {
            if (inFlight.get(cacheKey) === pending) inFlight.delete(cacheKey);
          });
        inFlight.set(cacheKey, pending);
      }
      return pending;
    },
  };
}

/**
 * The request's region among the tenant's: a storefront path prefix first, then the host, then
 * the visitor's country (only from a trusted CDN header), else the tenant's default.
 */
export function resolveRegion(
  tenant: TenantRecord,
  where: { path: string | null; host: string | null; country: string | null },
): TenantRegion | null {
  const { regions } = tenant;
  const { path, host, country } = where;
  const byPrefix =
    path !== null
      ? regions.find((r) => r.pathPrefix && (path === r.pathPrefix || path.startsWith(`${r.pathPrefix}/`)))
      : undefined;
  const byHost = host ? regions.find((r) => r.hosts.some((h) => h.toLowerCase() === host)) : undefined;
  const upperCountry = country?.toUpperCase();
  const byCountry = upperCountry
    ? regions.find((r) => r.countries.some((c) => c.toUpperCase() === upperCountry))
    : undefined;
  return byPrefix ?? byHost ?? byCountry ?? regions.find((r) => r.code === tenant.defaultRegion) ?? null;
}
