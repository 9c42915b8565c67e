import { createHash } from 'node:crypto';

/** One rendered published page as the storefront route serves it. */
export interface CachedPage {
  html: string;
  contentSecurityPolicy: string | null;
  etag: string;
}

export interface PageCacheOptions {
  /** Entries kept (least recently used evicted first). */
  maxEntries?: number;
  /** Backstop TTL: a missed purge event (delivery is at-most-once) is stale for at most this long. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * The gateway's in-process LRU of rendered published pages, keyed by tenant, host, path, region
 * and the visitor's consent signals (the renderer's output depends on them). Purged per tenant by
 * the cms's `pages-changed` event on every publish, unpublish and save of a published page
 * (path/redirect or SEO change), on every gateway replica through Redis pub/sub; the short TTL
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

/** True when `If-None-Match` lists the ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}
