import { Redis, type RedisOptions } from 'ioredis';
import type { Config } from './config.js';
import { logger } from './logger.js';

export type { Redis };

/**
 * Opens a Redis connection for one purpose (limits, cache, pub/sub, queue), or null when no
 * REDIS_URL is configured (embedded mode: callers fall back to their in-memory variants).
 * Keys carry REDIS_PREFIX so that test runs and deployments sharing a server never collide.
 */
export function createRedis(config: Config, purpose: string, extra: RedisOptions = {}): Redis | null {
  if (!config.REDIS_URL) return null;
  const redis = new Redis(config.REDIS_URL, {
    keyPrefix: config.REDIS_PREFIX,
    connectionName: `webhaze:${purpose}`,
    lazyConnect: false,
    ...extra,
  });
  redis.on('error', (err) => logger().warn({ err: err.message, purpose }, 'redis error'));
  return redis;
}
