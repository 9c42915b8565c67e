import { createHash } from 'node:crypto';
import { HttpError } from '../core/http.js';
import { logger } from '../core/logger.js';
import { type RateLimits, refuse } from '../gateway/visitors.js';

/** One rendered published page as the storefront route serves it. */
export interface CachedPage {
  html: string;
  contentSecurityPolicy: string | null;
  etag: string;
  /** The site discourages indexing (staging): the page says so to crawlers, too. */
  noindex?: boolean;
  /**
   * Request headers besides the consent signals the rendering depended on: the trusted CDN
   * country header when the tenant picks regions by country (language, currency, consent banner).
   */
  varyAlso?: string[];
}

export interface PageCacheOptions {
  /** Entries kept (least recently used evicted first). */
  maxEntries?: number;
  /** Backstop TTL: a missed purge event (delivery is at-most-once) is stale for at most this long. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * The storefront's in-process LRU of rendered published pages, keyed by tenant, host, path, region
 * and the visitor's consent signals (the renderer's output depends on them). Purged per tenant by
 * the cms's `pages-changed` event on every publish, unpublish and save of a published page
 * (path/redirect or SEO change), on every storefront replica through Redis pub/sub; the short TTL
 * bounds staleness from changes that send no event (design tokens, analytics settings).
 */
export class PageCache {
  private readonly entries = new Map<string, { page: CachedPage; tenantId: string; storedAt: number }>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(opts: PageCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 2_000;
    this.ttlMs = opts.ttlMs ?? 60_000;
    this.now = opts.now ?? Date.now;
  }

  static key(parts: {
    tenantId: string;
    host: string;
    path: string;
    region: string | null;
    visitor: unknown;
  }): string {
    return JSON.stringify([parts.tenantId, parts.host, parts.path, parts.region, parts.visitor ?? null]);
  }

  static etagOf(html: string, contentSecurityPolicy: string | null): string {
    const hash = createHash('sha256')
      .update(html)
      .update('\0')
      .update(contentSecurityPolicy ?? '')
      .digest('base64url');
    return `"${hash.slice(0, 32)}"`;
  }

  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.storedAt > this.ttlMs) return undefined;
    this.entries.set(key, entry);
    return entry.page;
  }

  set(key: string, tenantId: string, page: CachedPage): void {
    this.entries.delete(key);
    this.entries.set(key, { page, tenantId, storedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops every page of a tenant (a publish may move paths, change menus and redirects). */
  purgeTenant(tenantId: string): void {
    for (const [key, entry] of this.entries) if (entry.tenantId === tenantId) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** What a page's responses share, computed once per page rather than per request. */
export interface PreparedPage {
  /** The HTML, UTF-8 encoded once: a cache hit writes bytes, never re-encodes the string. */
  body: Buffer;
  /** The 304 headers (also part of the 200 ones), without the per-request `x-request-id`. */
  notModifiedHeaders: Readonly<Record<string, string | number>>;
  /** The 200 headers, without the per-request `x-request-id`. */
  okHeaders: Readonly<Record<string, string | number>>;
}

const prepared = new WeakMap<CachedPage, PreparedPage>();

/** The encoded body and response headers of a page, memoised on the page object. */
export function preparedPage(page: CachedPage): PreparedPage {
  let ready = prepared.get(page);
  if (!ready) {
    const body = Buffer.from(page.html, 'utf8');
    const notModifiedHeaders: Record<string, string | number> = {
      etag: page.etag,
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
      // The rendering depends on the visitor's consent signals (Clarity): caches must keep them apart.
      vary: ['cookie', 'sec-gpc', ...(page.varyAlso ?? [])].join(', '),
      ...(page.noindex ? { 'x-robots-tag': 'noindex' } : {}),
      // From the renderer: hashes of the page's inline scripts, Clarity origins only when it loads Clarity.
      ...(page.contentSecurityPolicy ? { 'content-security-policy': page.contentSecurityPolicy } : {}),
    };
    ready = {
      body,
      notModifiedHeaders,
      okHeaders: {
        ...notModifiedHeaders,
        'content-type': 'text/html; charset=utf-8',
        'content-length': body.length,
      },
    };
    prepared.set(page, ready);
  }
  return ready;
}

interface PendingHits {
  tenantId: string | null;
  clientKey: string;
  hits: number;
}

const MAX_BLOCKED_PAIRS = 100_000;

export interface CachedHitLimitsOptions {
  /** How long hits are counted in memory before they are sent to the rate limiter in one go. */
  flushMs?: number;
  now?: () => number;
}

/**
 * Rate limits for cache hits, counted in batches. A cache hit costs the storefront a few
 * microseconds; asking Redis about it cost a round trip and several times the CPU of the hit
 * itself. So hits are counted in memory per (tenant, client) and sent to the same limiter as
 * everything else (`RateLimits.consume` with `points`) every `flushMs`. A refusal blocks that
 * (tenant, client) pair in memory for its Retry-After: its further hits are refused at once (429).
 * Every hit still counts against the same per-tenant and per-client windows, shared by all
 * storefronts; a pair over a limit is stopped at most `flushMs` late. Cache misses (renders) still
 * consume before they run.
 */
export class CachedHitLimits {
  private pending = new Map<string, PendingHits>();
  /** Refused (tenant, client) pairs, until when (ms). */
  private readonly blocked = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private readonly flushMs: number;
  private readonly now: () => number;

  constructor(
    private readonly limits: Pick<RateLimits, 'consume'>,
    opts: CachedHitLimitsOptions = {},
  ) {
    this.flushMs = opts.flushMs ?? 100;
    this.now = opts.now ?? Date.now;
  }

  /** Counts one hit; throws the limiter's 429 while the pair is refused. */
  hit(tenantId: string | null, clientKey: string): void {
    const key = `${tenantId ?? ''}\n${clientKey}`;
    if (this.blocked.size) {
      const until = this.blocked.get(key) ?? 0;
      const now = this.now();
      if (until > now) {
        const seconds = Math.max(1, Math.ceil((until - now) / 1000));
        throw refuse('RATE_LIMITED', `Too many requests: try again in ${seconds} seconds`, {
          'retry-after': String(seconds),
        });
      }
    }
    const entry = this.pending.get(key);
    if (entry) entry.hits += 1;
    else this.pending.set(key, { tenantId, clientKey, hits: 1 });
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, this.flushMs);
      this.timer.unref();
    }
  }

  /** Sends the counted hits to the limiter now (tests call it instead of waiting for the timer). */
  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(() => this.send(batch));
    return this.flushing;
  }

  private async send(batch: Map<string, PendingHits>) {
    const now = this.now();
    for (const [key, until] of this.blocked) if (until <= now) this.blocked.delete(key);
    await Promise.all(
      [...batch].map(async ([key, { tenantId, clientKey, hits }]) => {
        try {
          await this.limits.consume(tenantId, clientKey, undefined, hits);
        } catch (err) {
          if (err instanceof HttpError && err.status === 429) {
            if (this.blocked.size >= MAX_BLOCKED_PAIRS) this.blocked.clear(); // crude bound
            this.blocked.set(key, this.now() + Number(err.headers['retry-after'] ?? 1) * 1000);
            return;
          }
          logger().warn({ err }, 'counting cached page hits against the rate limits failed');
        }
      }),
    );
  }

  /** Stops the timer and sends what is still counted. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }
}

/** True when `If-None-Match` lists the ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}
