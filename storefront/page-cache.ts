import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { HttpError } from '../core/http.js';
import { logger } from '../core/logger.js';
import { type RateLimits, refuse } from '../gateway/visitors.js';
import type { SupergraphResult } from './supergraph.js';

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

/** After a failed render, how long a tenant's stale copies go out without asking the supergraph again. */
export const STALE_RETRY_MS = 5_000;

export interface PageCacheOptions {
  /** Entries kept (least recently used evicted first). */
  maxEntries?: number;
  /** Backstop TTL: a missed purge event (delivery is at-most-once) is stale for at most this long. */
  ttlMs?: number;
  /**
   * How long past its storing an entry is kept as the last good copy, served (marked stale) only
   * when the supergraph cannot answer (`getStale`; STOREFRONT_STALE_SECONDS). 0 keeps none.
   */
  staleMs?: number;
  now?: () => number;
}

/**
 * The storefront's in-process LRU of rendered published pages, keyed by tenant, host, path, region
 * and the visitor's consent signals (the renderer's output depends on them). Purged per tenant by
 * the cms's `pages-changed` event on every publish, unpublish and save of a published page
 * (path/redirect or SEO change), on every storefront replica through Redis pub/sub; the short TTL
 * bounds staleness from changes that send no event (design tokens, analytics settings). Past the
 * TTL an entry stays, up to `staleMs`, as the last good copy for when the supergraph fails
 * (`getStale`); a purge drops it all the same, so a purged page is never served stale.
 */
export class PageCache {
  private readonly entries = new Map<string, { page: CachedPage; tenantId: string; storedAt: number }>();
  /** Tenants whose renders failed lately, until when (ms): see noteFailure. */
  private readonly failing = new Map<string, number>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly keepMs: number;
  private readonly staleMs: number;
  private readonly now: () => number;

  constructor(opts: PageCacheOptions = {}) {
    this.maxEntries = opts.maxEntries ?? 2_000;
    this.ttlMs = opts.ttlMs ?? 60_000;
    this.staleMs = Math.max(opts.staleMs ?? 0, 0);
    this.keepMs = Math.max(this.ttlMs, this.staleMs);
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

  /** A fresh page (younger than the TTL), or undefined. */
  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.storedAt;
    if (age > this.ttlMs) {
      // Kept as the last good copy while it may still be served stale; the next render replaces it.
      if (age > this.keepMs) this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  /** The last good copy of a page, fresh or not, when younger than `staleMs` (serve-stale on failure). */
  getStale(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.storedAt > this.staleMs) return undefined;
    return entry.page;
  }

  /**
   * Notes that the supergraph failed a render of the page under `key`: for STALE_RETRY_MS, pages of
   * its tenant with a last good copy go out stale at once instead of waiting for the supergraph
   * again (a hanging gateway would hold every visitor for its whole deadline).
   */
  noteFailure(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (this.failing.size >= 10_000) this.failing.clear(); // crude bound
    this.failing.set(entry.tenantId, this.now() + STALE_RETRY_MS);
  }

  /** Whether the supergraph failed a render of this page's tenant in the last STALE_RETRY_MS. */
  recentlyFailed(key: string): boolean {
    const entry = this.entries.get(key);
    const until = entry ? this.failing.get(entry.tenantId) : undefined;
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.failing.delete(entry!.tenantId);
    return false;
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

/** One representation of a page: its body bytes and headers, made once per page. */
export interface Representation {
  /** The HTML, UTF-8 encoded (identity) or compressed once: a cache hit writes bytes, never re-encodes. */
  body: Buffer;
  /** This representation's ETag (the page's, with `-br` / `-gz` inside the quotes when compressed). */
  etag: string;
  /** The 304 headers (also part of the 200 ones), without the per-request `x-request-id`. */
  notModifiedHeaders: Readonly<Record<string, string | number>>;
  /** The 200 headers, without the per-request `x-request-id`. */
  okHeaders: Readonly<Record<string, string | number>>;
}

/** What a page's responses share, computed once per page rather than per request. */
export interface PreparedPage extends Representation {
  /** Brotli and gzip encodings (node:zlib), when the page is large enough and they are smaller. */
  br?: Representation;
  gzip?: Representation;
}

/** Smaller bodies are sent as they are: the encodings would save less than their cost. */
export const MIN_COMPRESSED_BYTES = 512;
/** Brotli quality at fill time: 5 is close to 11 in size at a fraction of the CPU (ADR 0049). */
export const BROTLI_QUALITY = 5;

const prepared = new WeakMap<CachedPage, PreparedPage>();

/** The encoded bodies and response headers of a page, memoised on the page object. */
export function preparedPage(page: CachedPage): PreparedPage {
  let ready = prepared.get(page);
  if (!ready) {
    const body = Buffer.from(page.html, 'utf8');
    const notModifiedHeaders: Record<string, string | number> = {
      etag: page.etag,
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
      // The body depends on Accept-Encoding, and the rendering on the visitor's consent signals
      // (Clarity): caches must keep them apart.
      vary: ['accept-encoding', 'cookie', 'sec-gpc', ...(page.varyAlso ?? [])].join(', '),
      ...(page.noindex ? { 'x-robots-tag': 'noindex' } : {}),
      // From the renderer: hashes of the page's inline scripts, Clarity origins only when it loads Clarity.
      ...(page.contentSecurityPolicy ? { 'content-security-policy': page.contentSecurityPolicy } : {}),
    };
    const representation = (coding: 'br' | 'gzip' | null, bytes: Buffer): Representation => {
      const etag = coding ? `${page.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"` : page.etag;
      const notModified = { ...notModifiedHeaders, etag };
      return {
        body: bytes,
        etag,
        notModifiedHeaders: notModified,
        okHeaders: {
          ...notModified,
          'content-type': 'text/html; charset=utf-8',
          ...(coding ? { 'content-encoding': coding } : {}),
          'content-length': bytes.length,
        },
      };
    };
    ready = representation(null, body);
    if (body.length >= MIN_COMPRESSED_BYTES) {
      const br = brotliCompressSync(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
      const gzip = gzipSync(body, { level: 6 });
      if (br.length < body.length) ready.br = representation('br', br);
      if (gzip.length < body.length) ready.gzip = representation('gzip', gzip);
    }
    prepared.set(page, ready);
  }
  return ready;
}

type Coding = 'br' | 'gzip' | 'identity';
const SERVER_PREFERENCE: readonly Coding[] = ['br', 'gzip', 'identity'];
const acceptedCache = new Map<string, readonly Coding[]>();

/**
 * The codings an `Accept-Encoding` value allows, best first: by q-value, ties in the server's
 * order (br, gzip, identity). `*` stands for every coding not named; `q=0` refuses one; identity
 * is acceptable unless refused, last when not named. A malformed q-value refuses its coding. Memoised per header value (browsers send a handful).
 */
export function acceptedCodings(header: string | undefined): readonly Coding[] {
  if (!header) return ['identity'];
  const known = acceptedCache.get(header);
  if (known) return known;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const m = /^q=([01](?:\.\d{0,3})?)$/.exec(param.replace(/\s+/g, ''));
      if (param.startsWith('q')) weight = m ? Math.min(Number(m[1]), 1) : 0;
    }
    q.set(name === 'x-gzip' ? 'gzip' : name, weight);
  }
  const star = q.get('*');
  // Identity not named is acceptable (unless `*;q=0`), after every coding the client asked for.
  const weightOf = (coding: Coding) =>
    q.get(coding) ?? (coding === 'identity' ? (star === 0 ? 0 : (star ?? 0.0001)) : (star ?? 0));
  const accepted = SERVER_PREFERENCE.filter((c) => weightOf(c) > 0).sort((a, b) => weightOf(b) - weightOf(a));
  if (acceptedCache.size >= 256) acceptedCache.clear();
  acceptedCache.set(header, accepted);
  return accepted;
}

/** The representation to send: the best accepted one the page has, identity when none is accepted. */
export function representationFor(ready: PreparedPage, acceptEncoding: string | undefined): Representation {
  for (const coding of acceptedCodings(acceptEncoding)) {
    const rep = coding === 'identity' ? ready : ready[coding];
    if (rep) return rep;
  }
  return ready;
}

/**
 * Sends a published page: the representation the request's Accept-Encoding prefers, or 304 when
 * If-None-Match names one of the page's representations (with that one's ETag). `stale`: the last
 * good copy served because the supergraph failed (marked, and kept out of shared caches).
 */
export function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  page: CachedPage,
  requestId: string,
  opts: { stale?: boolean } = {},
): void {
  const ready = preparedPage(page);
  const chosen = representationFor(ready, req.headers['accept-encoding']);
  const ifNoneMatch = req.headers['if-none-match'];
  const headers = (prepared: Readonly<Record<string, string | number>>) =>
    opts.stale
      ? { ...prepared, 'cache-control': 'no-store', 'x-webhaze-stale': '1', 'x-request-id': requestId }
      : { ...prepared, 'x-request-id': requestId };
  if (ifNoneMatch) {
    const current = [chosen, ready, ready.br, ready.gzip].find(
      (rep) => rep && matchesEtag(ifNoneMatch, rep.etag),
    );
    if (current) {
      res.writeHead(304, headers(current.notModifiedHeaders));
      res.end();
      return;
    }
  }
  res.writeHead(200, headers(chosen.okHeaders));
  res.end(chosen.body);
}

/**
 * Asks the supergraph for a page (`render`); when it cannot answer (unreachable, 5xx or past its
 * deadline: an HttpError of 500 or more; or GraphQL errors none of which is NOT_FOUND), sends the
 * last good copy of the page under `key` instead, when the cache still holds one younger than
 * STOREFRONT_STALE_SECONDS (purged pages are gone), and answers null. For STALE_RETRY_MS after
 * such a failure, the tenant's pages with a copy are sent stale without asking. Otherwise the
 * answer, or the error, goes back to the caller as before.
 */
export async function renderOrServeStale(
  cache: PageCache,
  key: string | null,
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  render: () => Promise<SupergraphResult>,
): Promise<SupergraphResult | null> {
  const serveStale = (reason: unknown, failedNow: boolean) => {
    if (!key) return false;
    if (failedNow) cache.noteFailure(key);
    const stale = cache.getStale(key);
    if (!stale) return false;
    logger().warn({ reqId: requestId, reason }, 'storefront page served stale: the supergraph failed');
    sendPage(req, res, stale, requestId, { stale: true });
    return true;
  };
  if (key && cache.recentlyFailed(key) && serveStale('it failed moments ago', false)) return null;
  let answer: SupergraphResult;
  try {
    answer = await render();
  } catch (err) {
    if (err instanceof HttpError && err.status >= 500 && serveStale(err.message, true)) return null;
    throw err;
  }
  const failed = answer.errors.length > 0 && !answer.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
  if (failed && serveStale(answer.errors, true)) return null;
  return answer;
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
