import { EventEmitter } from 'node:events';
import type { Config } from './config.js';
import { logger } from './logger.js';
import { createRedis, type Redis } from './redis.js';

/**
 * Platform events that other processes must hear about at once (an API key revoked, a tenant
 * suspended): they evict caches that would otherwise keep serving stale answers until their TTL.
 * Delivery is at-most-once; every cache still keeps a short TTL as the backstop.
 */
export type PlatformEvent =
  | 'apikey-revoked'
  | 'tenant-changed'
  | 'pages-changed'
  | 'tokens-changed'
  /** A member was removed, changed role or sites, or joined: `<tenant id>:<user id>`. */
  | 'membership-changed';

/** The message of `membership-changed`: which member of which tenant. */
export const membershipChangedMessage = (tenantId: string, userId: string) => `${tenantId}:${userId}`;

export interface EventBus {
  readonly backend: 'redis' | 'memory';
  /** Publishes to every subscriber of the event, in this process and (with Redis) every other. */
  publish(event: PlatformEvent, message: string): Promise<void>;
  /** Resolves once the subscription is active; the returned function unsubscribes. */
  subscribe(event: PlatformEvent, handler: (message: string) => void): Promise<() => void>;
  close(): Promise<void>;
}

/** The channel an event travels on; REDIS_PREFIX keeps deployments and test runs apart. */
export const channelOf = (config: Pick<Config, 'REDIS_PREFIX'>, event: PlatformEvent) =>
  `${config.REDIS_PREFIX}${event}`;

// One emitter per process: embedded mode runs the gateway and the subgraphs side by side.
const local = new EventEmitter();
local.setMaxListeners(0);

/** Redis pub/sub when REDIS_URL is set, else an in-process emitter (embedded mode). */
export function createEventBus(config: Config, purpose: string): EventBus {
  const publisher = createRedis(config, `${purpose}-events`);
  if (!publisher) return memoryBus(config);
  return redisBus(config, purpose, publisher);
}

function memoryBus(config: Pick<Config, 'REDIS_PREFIX'>): EventBus {
  const mine: [string, (message: string) => void][] = [];
  return {
    backend: 'memory',
    async publish(event, message) {
      local.emit(channelOf(config, event), message);
    },
    async subscribe(event, handler) {
      const channel = channelOf(config, event);
      const listener = (message: string) => handler(message);
      local.on(channel, listener);
      mine.push([channel, listener]);
      return () => void local.off(channel, listener);
    },
    async close() {
      for (const [channel, listener] of mine.splice(0)) local.off(channel, listener);
    },
  };
}

function redisBus(config: Config, purpose: string, publisher: Redis): EventBus {
  let subscriber: Redis | null = null;
  const handlers = new Map<string, Set<(message: string) => void>>();
  const subscriberConnection = () => {
    if (subscriber) return subscriber;
    // A connection in subscriber mode can do nothing else: a second one, no key prefix needed
    // (channels are not keys; the prefix is already in the channel name).
    const conn = createRedis(config, `${purpose}-subscriber`, { keyPrefix: '' })!;
    conn.on('message', (channel: string, message: string) => {
      for (const handler of handlers.get(channel) ?? []) {
        try {
          handler(message);
        } catch (err) {
          logger().error({ err, channel }, 'event handler failed');
        }
      }
    });
    subscriber = conn;
    return conn;
  };
  return {
    backend: 'redis',
    async publish(event, message) {
      await publisher.publish(channelOf(config, event), message);
    },
    async subscribe(event, handler) {
      const channel = channelOf(config, event);
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await subscriberConnection().subscribe(channel);
      }
      set.add(handler);
      return () => void set.delete(handler);
    },
    async close() {
      handlers.clear();
      await Promise.allSettled([publisher.quit(), subscriber?.quit()]);
    },
  };
}
