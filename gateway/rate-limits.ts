import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Config } from '../core/config.js';
import type { Redis } from '../core/redis.js';
import { refuse } from './refuse.js';

export interface RateLimitSettings {
  tenantPerMinute: number;
  clientPerMinute: number;
}

export interface RateLimits {
  /**
   * Counts one request for the tenant (if any) and the client; throws 429 RATE_LIMITED past either
   * limit. `tenantPerMinute` is the tenant's plan rate (capped by the configured tenant limit).
   * `points` counts several requests at once (cached storefront hits are counted in batches).
   */
  consume(
    tenantId: string | null,
    clientKey: string,
    tenantPerMinute?: number,
    points?: number,
  ): Promise<void>;
  backend: 'redis' | 'memory';
}

/**
 * Per-tenant and per-client limits over a one-minute window.
 * With Redis: both limits are consumed in the same tick on a connection with
 * `enableAutoPipelining`, so they share one round trip; once a key is exhausted it is blocked in
 * memory (`inMemoryBlockOnConsumed`) and further refusals cost no round trip at all. If Redis
 * fails, an in-memory insurance limiter keeps counting rather than letting everything through.
 * Without Redis (embedded mode) the limits live in this process's memory.
 */
export function createRateLimits(settings: RateLimitSettings, redis: Redis | null): RateLimits {
  const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const base = { keyPrefix, points, duration: 60 };
    if (!redis) return new RateLimiterMemory(base);
    return new RateLimiterRedis({
      ...base,
      storeClient: redis,
      inMemoryBlockOnConsumed: points,
      insuranceLimiter: new RateLimiterMemory(base),
    });
  };
  const tenantLimiter = limiter('rl:tenant', settings.tenantPerMinute);
  // One limiter per plan rate (a handful): a plan change moves the tenant to a fresh window.
  const planLimiters = new Map<number, RateLimiterAbstract>();
  const tenantLimiterFor = (perMinute: number | undefined) => {
    // No plan rate, an unlimited one (-1) or one above the configured cap: the configured limit applies.
    if (perMinute === undefined || perMinute < 0 || perMinute >= settings.tenantPerMinute)
      return tenantLimiter;
    let planned = planLimiters.get(perMinute);
    if (!planned) {
      planned = limiter(`rl:tenant:${perMinute}`, perMinute);
      planLimiters.set(perMinute, planned);
    }
    return planned;
  };
  const clientLimiter = limiter('rl:client', settings.clientPerMinute);

  return {
    backend: redis ? 'redis' : 'memory',
    async consume(tenantId, clientKey, tenantPerMinute, points = 1) {
      const results = await Promise.allSettled([
        clientLimiter.consume(clientKey, points),
        tenantId ? tenantLimiterFor(tenantPerMinute).consume(tenantId, points) : null,
      ]);
      let retryAfterMs = 0;
      for (const result of results) {
        if (result.status === 'fulfilled') continue;
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        retryAfterMs = Math.max(retryAfterMs, result.reason.msBeforeNext);
      }
      if (retryAfterMs > 0 || results.some((r) => r.status === 'rejected')) {
        const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
        throw refuse('RATE_LIMITED', `Too many requests: try again in ${seconds} seconds`, {
          'retry-after': String(seconds),
        });
      }
    },
  };
}

/** The configured limits (RATE_LIMIT_TENANT_PER_MINUTE, RATE_LIMIT_CLIENT_PER_MINUTE), as both edges count them. */
export function rateLimitsOf(config: Config, redis: Redis | null): RateLimits {
  return createRateLimits(
    {
      tenantPerMinute: config.RATE_LIMIT_TENANT_PER_MINUTE,
      clientPerMinute: config.RATE_LIMIT_CLIENT_PER_MINUTE,
    },
    redis,
  );
}
