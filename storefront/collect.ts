import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../core/config.js';
import { internalContext, type RequestContext } from '../core/context.js';
import type { EventBus } from '../core/events.js';
import { HttpError, type Route, readBody } from '../core/http.js';
import { logger } from '../core/logger.js';
import type { Redis } from '../core/redis.js';
import { type ContextResolver, hostnameOf, refuse } from '../gateway/visitors.js';
import {
  BeaconError,
  type BufferedEvent,
  createEventBuffer,
  deviceOf,
  type EventBuffer,
  isBot,
  MAX_BEACON_BYTES,
  parseBeacon,
  referrerHostOf,
  scrubPageUrl,
  utcDay,
  visitorHash,
} from '../subgraphs/analytics/contract.js';
import { visitorSignalsOf } from './consent.js';
import type { StorefrontSupergraph } from './supergraph.js';

/**
 * `POST /collect` (a tenant's own host) and `POST /s/<tenant>/collect` (the platform host): the
 * first-party analytics beacon, `navigator.sendBeacon` compatible (a JSON string body, sent as
 * `text/plain` or `application/json`, at most 2 KiB).
 *
 * Answers, cheapest check first, nothing stored unless the last one is reached:
 * - 405 not POST; 413 larger than 2 KiB (by Content-Length, else while reading); 400 another
 *   content type, a body that is not the documented JSON, a `purchase` (recorded only from paid
 *   orders), a page URL that is not http(s), no tenant named, or a `tenant` field that names
 *   another tenant than the host or path (the cross-tenant attempt);
 * - 429 past the per-client or the per-tenant beacon limit (one-minute windows, see MinuteCounter);
 * - 204 and dropped: an unknown or suspended tenant (a beacon has nobody to tell; answering like
 *   an accepted beacon also tells a prober nothing), a bot user agent, or a visitor whose policy
 *   says no events (first-party analytics off, GPC, opt-out, consent not given where required);
 * - 204 accepted: the event is buffered (Redis list per tenant, or memory in embedded mode),
 *   handed over in batches every 20 ms.
 *
 * Never stored: the IP address, the user agent, cookies (none is read but the consent/opt-out
 * signals, none is set), the referrer beyond its host, emails and token-like query parameters.
 */
export interface CollectRouteOptions {
  supergraph: StorefrontSupergraph;
  resolver: ContextResolver;
  config: Config;
  events: EventBus;
  /** The limits connection (null in embedded mode: limits in memory). */
  redis: Redis | null;
  now?: () => number;
}

export interface CollectRoute {
  route: Route;
  buffer: EventBuffer;
  close(): Promise<void>;
}

const POLICY_QUERY =
  'query CollectPolicy($region: String, $signals: VisitorSignals) { analyticsPolicy(region: $region, signals: $signals) { collectEvents } }';
/** How long one tenant/region/visitor-signal policy answer is reused (settings changes evict it at once). */
const POLICY_TTL_MS = 30_000;
const COLLECT_PATH = /^\/s\/([^/]+)\/collect$/;
const CONTENT_TYPES = new Set(['text/plain', 'application/json']);

export async function createCollectRoute(opts: CollectRouteOptions): Promise<CollectRoute> {
  const { supergraph, resolver, config } = opts;
  const now = opts.now ?? Date.now;
  const buffer = createEventBuffer(config, 'storefront');
  const writer = batchedWriter(buffer);
  const clientLimiter = new MinuteCounter(
    'rl:collect:client',
    config.COLLECT_CLIENT_PER_MINUTE,
    opts.redis,
    now,
  );
  const tenantLimiter = new MinuteCounter(
    'rl:collect:tenant',
    config.COLLECT_TENANT_PER_MINUTE,
    opts.redis,
    now,
  );

  // The policy decides (one rule, in the analytics subgraph); the storefront caches its answers.
  const policies = new Map<string, { collect: Promise<boolean>; until: number }>();
  const unsubscribe = await opts.events.subscribe('pages-changed', (tenantId) => {
    for (const key of policies.keys()) if (key.startsWith(`${tenantId}|`)) policies.delete(key);
  });
  const collectEventsFor = (ctx: RequestContext): Promise<boolean> => {
    const visitor = ctx.visitor ?? { gpc: false, optOut: false, consent: 'unknown' as const };
    const key = `${ctx.tenantId}|${ctx.region ?? ''}|${visitor.gpc}|${visitor.optOut}|${visitor.consent}`;
    const cached = policies.get(key);
    if (cached && cached.until > now()) return cached.collect;
    const collect = askPolicy(supergraph, ctx, visitor);
    if (policies.size > 10_000) policies.clear();
    policies.set(key, { collect, until: now() + POLICY_TTL_MS });
    // A failed lookup is not cached (and fails closed: no event).
    collect.then(
      (ok) => ok,
      () => policies.delete(key),
    );
    return collect.catch(() => false);
  };

  const route: Route = async (req, res, url) => {
    const pathSlug = url.pathname === '/collect' ? null : COLLECT_PATH.exec(url.pathname)?.[1];
    if (pathSlug === undefined) return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (!CONTENT_TYPES.has(type)) {
      throw new HttpError(400, 'A beacon is sent as text/plain or application/json', 'BAD_USER_INPUT');
    }
    const body = await readBody(req, MAX_BEACON_BYTES);
    let beacon: ReturnType<typeof parseBeacon>;
    try {
      beacon = parseBeacon(body);
    } catch (err) {
      if (err instanceof BeaconError) throw new HttpError(400, err.message, 'BAD_USER_INPUT');
      throw err;
    }
    const userAgent = headerOf(req, 'user-agent');
    if (isBot(userAgent)) return noContent(res);

    const host = hostnameOf(req.headers.host);
    const onPlatform = !host || resolver.isPlatformHost(host);
    const slug = pathSlug !== null ? safeDecode(pathSlug) : null;
    if (slug === '' || (onPlatform && !slug && !beacon.tenant)) {
      throw new HttpError(400, 'Name the tenant: POST /s/<tenant>/collect on this host', 'BAD_USER_INPUT');
    }
    const pageUrl = safeUrl(beacon.url);
    let resolved: Awaited<ReturnType<ContextResolver['resolve']>>;
    try {
      resolved = await resolver.resolve({
        // Only what names the tenant and the visitor's privacy signals; no credentials.
        headers: {
          host: req.headers.host,
          cookie: req.headers.cookie,
          'sec-gpc': req.headers['sec-gpc'],
          'user-agent': userAgent ?? undefined,
          // Believed only from a trusted proxy (TRUSTED_PROXIES): they name the client.
          forwarded: req.headers.forwarded,
          'x-forwarded-for': req.headers['x-forwarded-for'],
          ...(beacon.tenant ? { 'x-tenant': beacon.tenant } : {}),
        },
        remoteAddress: req.socket.remoteAddress,
        storefront: {
          pathSlug: slug,
          path: stripSlug(pageUrl?.pathname ?? '/', slug),
          visitor: visitorSignalsOf(req.headers),
        },
      });
    } catch (err) {
      if (err instanceof HttpError && err.code === 'NOT_FOUND') return noContent(res);
      if (err instanceof HttpError && err.code === 'FORBIDDEN') {
        if (/suspended/.test(err.message)) return noContent(res);
        throw new HttpError(400, `Beacon refused: ${err.message}`, 'BAD_USER_INPUT');
      }
      throw err;
    }
    const { ctx, tenant } = resolved;
    const remote = ctx.clientIp ?? 'unknown';
    if (!tenant) return noContent(res);
    // Both limits are counted in memory and shared through Redis every 100 ms: no round trip here.
    const waitMs = Math.max(clientLimiter.consume(remote), tenantLimiter.consume(tenant.id));
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw refuse('RATE_LIMITED', `Too many beacons: try again in ${seconds} seconds`, {
        'retry-after': String(seconds),
      });
    }
    if (!(await collectEventsFor(ctx))) return noContent(res);

    const page = scrubPageUrl(beacon.url, tenant.slug);
    if (!page) throw new HttpError(400, 'Invalid beacon: url: not a page of the site', 'BAD_USER_INPUT');
    const at = now();
    const salt = await buffer.dailySalt(utcDay(at));
    writer.add(tenant.id, {
      at,
      type: beacon.type,
      path: page.path,
      referrerHost: referrerHostOf(beacon.referrer, host),
      utmSource: page.utmSource,
      utmMedium: page.utmMedium,
      utmCampaign: page.utmCampaign,
      device: deviceOf(userAgent),
      // From the context (as commerce sees it), so a cart can keep the same hash for purchases.
      visitorHash: visitorHash(salt, tenant.id, ctx.clientIp ?? remote, ctx.userAgent ?? ''),
    });
    return noContent(res);
  };

  return {
    route,
    buffer,
    async close() {
      unsubscribe();
      clientLimiter.close();
      tenantLimiter.close();
      await writer.close();
      await buffer.close();
    },
  };
}

/** Events are handed to the buffer in batches, at most this long after they were accepted. */
const WRITE_EVERY_MS = 20;
const WRITE_AT_COUNT = 500;

/**
 * Accepted events go to the buffer in batches: one RPUSH per tenant every 20 ms (or every 500
 * events) instead of a Redis write per beacon, so a beacon costs no Redis round trip of its own.
 * The price: a storefront that crashes loses at most the last 20 ms of events; a clean shutdown
 * writes them. A tenant whose buffer is full loses the batch (logged): the flood limits come first.
 */
function batchedWriter(buffer: EventBuffer) {
  let pending = new Map<string, BufferedEvent[]>();
  let count = 0;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = new Map();
    count = 0;
    writing = writing.then(async () => {
      for (const [tenantId, events] of batch) {
        try {
          if (!(await buffer.push(tenantId, events))) {
            logger().warn(
              { tenantId, dropped: events.length },
              'collect: the tenant buffer is full; events dropped',
            );
          }
        } catch (err) {
          logger().error({ err, tenantId, dropped: events.length }, 'collect: could not buffer events');
        }
      }
    });
  };
  return {
    add(tenantId: string, event: BufferedEvent) {
      const list = pending.get(tenantId);
      if (list) list.push(event);
      else pending.set(tenantId, [event]);
      if (++count >= WRITE_AT_COUNT) write();
      else if (!timer) timer = setTimeout(write, WRITE_EVERY_MS);
    },
    async close() {
      write();
      await writing;
    },
  };
}

async function askPolicy(
  supergraph: StorefrontSupergraph,
  ctx: RequestContext,
  visitor: NonNullable<RequestContext['visitor']>,
): Promise<boolean> {
  const internal: RequestContext = {
    ...internalContext('storefront', ctx.tenantId, ctx.requestId),
    region: ctx.region,
  };
  const { data, errors } = await supergraph.execute(internal, POLICY_QUERY, {
    region: ctx.region,
    signals: { gpc: visitor.gpc, optOut: visitor.optOut, consent: visitor.consent.toUpperCase() },
  });
  if (errors.length) {
    logger().warn({ reqId: ctx.requestId, errors }, 'collect: analytics policy unavailable; dropping events');
    throw new Error('analytics policy unavailable');
  }
  return (
    (data as { analyticsPolicy?: { collectEvents?: boolean } } | null)?.analyticsPolicy?.collectEvents ===
    true
  );
}

const WINDOW_MS = 60_000;
const SYNC_EVERY_MS = 100;

interface WindowCount {
  window: number;
  /** The cluster-wide count Redis last answered (includes this storefront's synced beacons). */
  synced: number;
  /** Sent to Redis, answer pending. */
  sending: number;
  /** Counted here since the last sync. */
  local: number;
}

/**
 * A fixed one-minute window counter per key, counted in this process and shared through Redis:
 * every 100 ms the storefront adds its new counts to `<prefix>:<minute>:<key>` (INCRBY, auto-pipelined)
 * and learns the cluster-wide total. A beacon therefore never waits for Redis; the price is that
 * several storefronts together may overshoot a limit by what they accept within one sync interval.
 * Without Redis (embedded mode) the counts are this process's alone.
 */
export class MinuteCounter {
  private readonly counts = new Map<string, WindowCount>();
  private timer: NodeJS.Timeout | null = null;
  /** Settled when the next sync (scheduled by a count) has Redis's answers. */
  private scheduled: { done: Promise<void>; settle: () => void } | null = null;
  /** Settled when the last sync started has Redis's answers. */
  private lastSync: Promise<void> = Promise.resolve();

  constructor(
    private readonly prefix: string,
    private readonly limit: number,
    private readonly redis: Redis | null,
    private readonly now: () => number,
  ) {}

  /** Counts one event for `key`; returns 0, or how long (ms) until the key's window ends when over the limit. */
  consume(key: string): number {
    const at = this.now();
    const window = Math.floor(at / WINDOW_MS);
    let entry = this.counts.get(key);
    if (!entry || entry.window !== window) {
      entry = { window, synced: 0, sending: 0, local: 0 };
      this.counts.set(key, entry);
    }
    if (entry.synced + entry.sending + entry.local >= this.limit) return (window + 1) * WINDOW_MS - at;
    entry.local++;
    if (this.redis && !this.timer) {
      let settle = () => {};
      const done = new Promise<void>((resolve) => {
        settle = resolve;
      });
      this.scheduled = { done, settle };
      this.timer = setTimeout(() => this.sync(), SYNC_EVERY_MS);
      this.timer.unref();
    }
    return 0;
  }

  /**
   * Resolves once every count taken so far has been added in Redis and the cluster-wide totals
   * are known here (at the next sync, within SYNC_EVERY_MS): a barrier for tests.
   */
  whenSynced(): Promise<void> {
    return this.scheduled?.done ?? this.lastSync;
  }

  private sync(): void {
    this.timer = null;
    const scheduled = this.scheduled;
    this.scheduled = null;
    const redis = this.redis;
    if (!redis) {
      scheduled?.settle();
      return;
    }
    const current = Math.floor(this.now() / WINDOW_MS);
    const answers: Promise<void>[] = [];
    for (const [key, entry] of this.counts) {
      if (entry.window < current) {
        this.counts.delete(key);
        continue;
      }
      if (entry.local === 0) continue;
      const delta = entry.local;
      entry.local = 0;
      entry.sending += delta;
      const redisKey = `${this.prefix}:${entry.window}:${key}`;
      answers.push(
        Promise.all([redis.incrby(redisKey, delta), redis.pexpire(redisKey, 2 * WINDOW_MS)]).then(
          ([total]) => {
            entry.sending -= delta;
            entry.synced = Math.max(entry.synced, total);
          },
          (err: unknown) => {
            // Redis unavailable: keep counting here (the limit still holds for this storefront).
            entry.sending -= delta;
            entry.synced += delta;
            logger().warn({ err, key: this.prefix }, 'collect: rate-limit sync failed; counting locally');
          },
        ),
      );
    }
    this.lastSync = Promise.all(answers).then(() => undefined);
    void this.lastSync.then(() => scheduled?.settle());
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.scheduled?.settle();
    this.scheduled = null;
  }
}

function noContent(res: ServerResponse): true {
  res.writeHead(204, { 'cache-control': 'no-store' }).end();
  return true;
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

function safeUrl(raw: string): URL | null {
  try {
    return new URL(raw, 'http://page.invalid');
  } catch {
    return null;
  }
}

/** The page path without the platform host's `/s/<tenant>` prefix (region prefixes are matched on it). */
function stripSlug(path: string, slug: string | null): string {
  if (!slug) return path;
  const prefix = `/s/${slug}`;
  return path === prefix ? '/' : path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}
