import { randomBytes } from 'node:crypto';
import type { Config } from '../../../core/config.js';
import { createRedis, type Redis } from '../../../core/redis.js';
import type { Device, EventType } from './beacon.js';

/**
 * One accepted first-party event, as buffered between the gateway and PostgreSQL. No IP address,
 * no cookie, no user agent: only what the aggregates need and the visitor hash (daily salt).
 */
export interface BufferedEvent {
  /** When the gateway accepted it (epoch ms, the gateway's clock; never the client's). */
  at: number;
  type: EventType;
  /** Tenant-relative path, query scrubbed of emails and tokens. */
  path: string;
  referrerHost: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  device: Device;
  /** 32 hex characters, or null when the visitor is not counted. */
  visitorHash: string | null;
  orderId?: string | null;
  amountMinor?: number | null;
  currency?: string | null;
}

/**
 * Where accepted events wait until the flush job writes them to PostgreSQL in batches: a Redis
 * list per tenant (`<REDIS_PREFIX>analytics:buf:<tenantId>`, with a set of tenants that have
 * pending events) when REDIS_URL is set, else this process's memory (embedded mode, where the
 * gateway and the flusher share a process; flushed on an interval and at shutdown).
 */
export interface EventBuffer {
  readonly backend: 'redis' | 'memory';
  /** Appends events; returns false (and drops them) when the tenant's buffer is full. */
  push(tenantId: string, events: BufferedEvent[]): Promise<boolean>;
  /** Takes up to `max` events of every tenant with pending events. */
  take(max: number): Promise<Map<string, BufferedEvent[]>>;
  /** Puts events back at the front (a failed write), so the next flush retries them. */
  putBack(tenantId: string, events: BufferedEvent[]): Promise<void>;
  /** Drops every pending event of a tenant (deletion on request). */
  discard(tenantId: string): Promise<void>;
  /** Pending events of one tenant. */
  pending(tenantId: string): Promise<number>;
  /**
   * The salt of one UTC day (`YYYY-MM-DD`): random, made once per day and shared by every gateway,
   * kept two days then gone (Redis TTL; memory in embedded mode), and never written to PostgreSQL.
   */
  dailySalt(day: string): Promise<string>;
  close(): Promise<void>;
}

/** A tenant's buffer holds at most this many events; a flood past it is dropped, not stored. */
export const MAX_PENDING_PER_TENANT = 200_000;
const SALT_TTL_SECONDS = 2 * 24 * 60 * 60;
const TENANTS_KEY = 'analytics:buf:tenants';
const listKey = (tenantId: string) => `analytics:buf:${tenantId}`;
const saltKey = (day: string) => `analytics:salt:${day}`;

/** Removes a tenant from the pending set only when its list is empty (atomically: no lost wake-up). */
const FORGET_IF_EMPTY = `if redis.call('llen', KEYS[1]) == 0 then return redis.call('srem', KEYS[2], ARGV[1]) end return 0`;

export function createEventBuffer(config: Config, purpose: string): EventBuffer {
  const redis = createRedis(config, `${purpose}-analytics-buffer`, { enableAutoPipelining: true });
  return redis ? redisBuffer(redis) : memoryBuffer(config.REDIS_PREFIX);
}

function redisBuffer(redis: Redis): EventBuffer {
  const salts = new Map<string, string>();
  return {
    backend: 'redis',
    async push(tenantId, events) {
      if (events.length === 0) return true;
      const key = listKey(tenantId);
      // Two plain commands, not MULTI: auto-pipelining sends every push of the same tick in one
      // write. The order on the connection (list first, then the set) is what `take` relies on.
      const [length] = await Promise.all([
        redis.rpush(key, ...events.map((e) => JSON.stringify(e))),
        redis.sadd(TENANTS_KEY, tenantId),
      ]);
      if (length > MAX_PENDING_PER_TENANT) {
        // Full: drop what was just appended (the newest), keep what was there.
        await redis.ltrim(key, 0, MAX_PENDING_PER_TENANT - 1);
        return false;
      }
      return true;
    },
    async take(max) {
      const taken = new Map<string, BufferedEvent[]>();
      for (const tenantId of await redis.smembers(TENANTS_KEY)) {
        const raw = await redis.lpop(listKey(tenantId), max);
        if (raw && raw.length > 0) {
          taken.set(
            tenantId,
            raw.map((r) => JSON.parse(r) as BufferedEvent),
          );
        }
        if (!raw || raw.length < max)
          await redis.eval(FORGET_IF_EMPTY, 2, listKey(tenantId), TENANTS_KEY, tenantId);
      }
      return taken;
    },
    async putBack(tenantId, events) {
      if (events.length === 0) return;
      await redis
        .multi()
        .lpush(listKey(tenantId), ...events.map((e) => JSON.stringify(e)).reverse())
        .sadd(TENANTS_KEY, tenantId)
        .exec();
    },
    async discard(tenantId) {
      await redis.multi().del(listKey(tenantId)).srem(TENANTS_KEY, tenantId).exec();
    },
    pending: (tenantId) => redis.llen(listKey(tenantId)),
    async dailySalt(day) {
      const known = salts.get(day);
      if (known) return known;
      await redis.set(saltKey(day), randomBytes(32).toString('hex'), 'EX', SALT_TTL_SECONDS, 'NX');
      const salt = await redis.get(saltKey(day));
      if (!salt) throw new Error('analytics: the daily salt vanished');
      salts.clear(); // only today's (and, at midnight, yesterday's) salt is ever needed
      salts.set(day, salt);
      return salt;
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

// One store per REDIS_PREFIX and process: in embedded mode the gateway pushes and the flusher takes.
const memoryStores = new Map<string, { lists: Map<string, BufferedEvent[]>; salts: Map<string, string> }>();

function memoryBuffer(prefix: string): EventBuffer {
  let store = memoryStores.get(prefix);
  if (!store) {
    store = { lists: new Map(), salts: new Map() };
    memoryStores.set(prefix, store);
  }
  const { lists, salts } = store;
  return {
    backend: 'memory',
    async push(tenantId, events) {
      const list = lists.get(tenantId) ?? [];
      if (list.length + events.length > MAX_PENDING_PER_TENANT) return false;
      list.push(...events);
      lists.set(tenantId, list);
      return true;
    },
    async take(max) {
      const taken = new Map<string, BufferedEvent[]>();
      for (const [tenantId, list] of lists) {
        taken.set(tenantId, list.splice(0, max));
        if (list.length === 0) lists.delete(tenantId);
      }
      return taken;
    },
    async putBack(tenantId, events) {
      lists.set(tenantId, [...events, ...(lists.get(tenantId) ?? [])]);
    },
    async discard(tenantId) {
      lists.delete(tenantId);
    },
    pending: async (tenantId) => lists.get(tenantId)?.length ?? 0,
    async dailySalt(day) {
      let salt = salts.get(day);
      if (!salt) {
        for (const old of [...salts.keys()]) if (old < day) salts.delete(old);
        salt = randomBytes(32).toString('hex');
        salts.set(day, salt);
      }
      return salt;
    },
    async close() {},
  };
}
