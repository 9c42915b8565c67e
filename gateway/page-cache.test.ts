import { describe, expect, it } from 'vitest';
import { matchesEtag, PageCache } from './page-cache.js';

const page = (html: string) => ({ html, contentSecurityPolicy: null, etag: PageCache.etagOf(html, null) });
const key = (tenantId: string, path: string, visitor: unknown = null) =>
  PageCache.key({ tenantId, host: 'h', path, region: null, visitor });

describe('PageCache', () => {
  it('evicts the least recently used entry, expires after the TTL and purges one tenant', () => {
    let now = 0;
    const cache = new PageCache({ maxEntries: 2, ttlMs: 1_000, now: () => now });
    cache.set(key('a', '/1'), 'a', page('1'));
    cache.set(key('a', '/2'), 'a', page('2'));
    expect(cache.get(key('a', '/1'))?.html).toBe('1');
    cache.set(key('b', '/3'), 'b', page('3'));
    expect(cache.get(key('a', '/2'))).toBeUndefined();
    expect(cache.get(key('a', '/1'))?.html).toBe('1');
    cache.purgeTenant('a');
    expect(cache.get(key('a', '/1'))).toBeUndefined();
    expect(cache.get(key('b', '/3'))?.html).toBe('3');
    now = 1_001;
    expect(cache.get(key('b', '/3'))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps consent variants apart and derives the ETag from the HTML and CSP', () => {
    expect(key('a', '/', { gpc: true })).not.toBe(key('a', '/', { gpc: false }));
    expect(PageCache.etagOf('x', null)).toBe(PageCache.etagOf('x', null));
    expect(PageCache.etagOf('x', null)).not.toBe(PageCache.etagOf('x', "default-src 'self'"));
    expect(PageCache.etagOf('x', null)).not.toBe(PageCache.etagOf('y', null));
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    const etag = '"abc"';
    expect(matchesEtag('"abc"', etag)).toBe(true);
    expect(matchesEtag('W/"abc"', etag)).toBe(true);
    expect(matchesEtag('"x", "abc"', etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
    expect(matchesEtag('"abd"', etag)).toBe(false);
    expect(matchesEtag(undefined, etag)).toBe(false);
  });
});
