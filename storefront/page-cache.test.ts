import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Redis } from 'ioredis';
import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../core/http.js';
import { createRateLimits } from '../gateway/visitors.js';
import { TEST_REDIS_URL } from '../test/support/env.js';
import {
  acceptedCodings,
  CachedHitLimits,
  MIN_COMPRESSED_BYTES,
  matchesEtag,
  PageCache,
  preparedPage,
  representationFor,
} from './page-cache.js';

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

  it('keeps the last good copy past the TTL for getStale only, up to staleMs; a purge drops it', () => {
    let now = 0;
    const cache = new PageCache({ ttlMs: 1_000, staleMs: 10_000, now: () => now });
    cache.set(key('a', '/1'), 'a', page('1'));
    cache.set(key('a', '/2'), 'a', page('2'));
    now = 5_000;
    expect(cache.get(key('a', '/1'))).toBeUndefined();
    expect(cache.getStale(key('a', '/1'))?.html).toBe('1');
    cache.purgeTenant('a');
    expect(cache.getStale(key('a', '/2'))).toBeUndefined();
    cache.set(key('a', '/3'), 'a', page('3'));
    now = 15_001;
    expect(cache.getStale(key('a', '/3'))).toBeUndefined();
    expect(cache.get(key('a', '/3'))).toBeUndefined();
    expect(cache.size).toBe(0);
    // Without staleMs nothing is served stale, even inside the TTL window's end.
    const plain = new PageCache({ ttlMs: 1_000, now: () => now });
    plain.set(key('a', '/4'), 'a', page('4'));
    now += 1_001;
    expect(plain.getStale(key('a', '/4'))).toBeUndefined();
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

describe('preparedPage', () => {
  it('encodes the body once and builds the headers once per page', () => {
    const html = '<!doctype html><p>Grüße</p>';
    const csp = "default-src 'self'";
    const page = { html, contentSecurityPolicy: csp, etag: PageCache.etagOf(html, csp) };
    const ready = preparedPage(page);
    expect(ready.body.toString('utf8')).toBe(html);
    expect(ready.okHeaders).toMatchObject({
      etag: page.etag,
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'content-security-policy': csp,
      vary: 'accept-encoding, cookie, sec-gpc',
    });
    expect(ready.notModifiedHeaders).not.toHaveProperty('content-length');
    expect(preparedPage(page)).toBe(ready);
    const plain = preparedPage({ html, contentSecurityPolicy: null, etag: PageCache.etagOf(html, null) });
    expect(plain.okHeaders).not.toHaveProperty('content-security-policy');
    expect(plain.okHeaders).not.toHaveProperty('x-robots-tag');
  });

  it('marks pages of sites that discourage indexing, and varies on the country header regions use', () => {
    const html = '<!doctype html><p>staging</p>';
    const staging = preparedPage({
      html,
      contentSecurityPolicy: null,
      etag: PageCache.etagOf(html, null),
      noindex: true,
      varyAlso: ['cf-ipcountry'],
    });
    expect(staging.okHeaders).toMatchObject({
      'x-robots-tag': 'noindex',
      vary: 'accept-encoding, cookie, sec-gpc, cf-ipcountry',
    });
    expect(staging.notModifiedHeaders).toMatchObject({ 'x-robots-tag': 'noindex' });
  });
});

describe('compressed representations', () => {
  const html = `<!doctype html><main>${'<p>Grüße, fresh bread and cheese.</p>'.repeat(40)}</main>`;
  const big = { html, contentSecurityPolicy: null, etag: PageCache.etagOf(html, null) };

  it('makes Brotli and gzip once, each decoding to the page, with its own length and ETag', () => {
    const ready = preparedPage(big);
    expect(brotliDecompressSync(ready.br!.body).toString('utf8')).toBe(html);
    expect(gunzipSync(ready.gzip!.body).toString('utf8')).toBe(html);
    expect(ready.br!.okHeaders).toMatchObject({
      'content-encoding': 'br',
      'content-length': ready.br!.body.length,
      etag: big.etag.replace(/"$/, '-br"'),
      vary: 'accept-encoding, cookie, sec-gpc',
    });
    expect(ready.gzip!.notModifiedHeaders).toMatchObject({ etag: big.etag.replace(/"$/, '-gz"') });
    expect(ready.okHeaders).not.toHaveProperty('content-encoding');
    expect(preparedPage(big).br).toBe(ready.br);
    // Small pages go as they are.
    const small = preparedPage(page('x'.repeat(MIN_COMPRESSED_BYTES - 1)));
    expect([small.br, small.gzip]).toEqual([undefined, undefined]);
    expect(representationFor(small, 'br')).toBe(small);
  });

  it('follows Accept-Encoding q-values: q=0 refuses, * stands for the rest, identity when none', () => {
    expect(acceptedCodings(undefined)).toEqual(['identity']);
    expect(acceptedCodings('')).toEqual(['identity']);
    expect(acceptedCodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedCodings('gzip;q=1.0, br;q=0.5')).toEqual(['gzip', 'br', 'identity']);
    expect(acceptedCodings('br;q=0, gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedCodings('BR ; Q=0.2, identity;q=0.1')).toEqual(['br', 'identity']);
    expect(acceptedCodings('*;q=0')).toEqual([]);
    expect(acceptedCodings('*;q=0.3, identity;q=0.5')).toEqual(['identity', 'br', 'gzip']);
    expect(acceptedCodings('x-gzip, identity;q=0')).toEqual(['gzip']);
    expect(acceptedCodings('br;q=2, gzip;q=abc')).toEqual(['identity']);
    const ready = preparedPage(big);
    expect(representationFor(ready, 'gzip;q=0.9, br;q=0.8')).toBe(ready.gzip);
    expect(representationFor(ready, 'br;q=0, gzip;q=0')).toBe(ready);
    expect(representationFor(ready, '*;q=0')).toBe(ready); // nothing acceptable: identity all the same
  });
});

describe('CachedHitLimits', () => {
  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      return err instanceof HttpError ? { status: err.status, code: err.code, headers: err.headers } : err;
    }
    return null;
  };

  it('counts every hit against the same client window, in batches, and refuses the pair once over', async () => {
    const limits = createRateLimits({ tenantPerMinute: 1_000, clientPerMinute: 3 }, null);
    const hits = new CachedHitLimits(limits, { flushMs: 60_000 });
    for (let i = 0; i < 5; i++) hits.hit('t1', 'ip:1'); // counted, not yet sent
    await hits.flush();
    expect(refusal(() => hits.hit('t1', 'ip:1'))).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      headers: { 'retry-after': expect.stringMatching(/^\d+$/) },
    });
    // The limiter itself saw the five hits: the client is over its window for every request.
    await expect(limits.consume('t1', 'ip:1')).rejects.toMatchObject({ status: 429 });
    // Another client is not affected.
    expect(refusal(() => hits.hit('t1', 'ip:2'))).toBeNull();
    await hits.close();
  });

  it("counts hits against the tenant's window too, and sends them on its own timer", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const limits = createRateLimits({ tenantPerMinute: 4, clientPerMinute: 1_000 }, null);
      const sent: { clientKey: string; points: number | undefined }[] = [];
      const hits = new CachedHitLimits(
        {
          consume: (tenantId, clientKey, cost, points) => {
            sent.push({ clientKey, points });
            return limits.consume(tenantId, clientKey, cost, points);
          },
        },
        { flushMs: 10 },
      );
      for (let i = 0; i < 3; i++) hits.hit('t2', 'ip:a');
      for (let i = 0; i < 3; i++) hits.hit('t2', 'ip:b');
      await vi.advanceTimersByTimeAsync(9);
      expect(sent).toEqual([]); // counted, not yet sent
      await vi.advanceTimersByTimeAsync(1);
      // The timer sent the batch by itself: one call per pair, with its hits as points.
      expect(sent).toEqual([
        { clientKey: 'ip:a', points: 3 },
        { clientKey: 'ip:b', points: 3 },
      ]);
      // Chained after the timer's send: resolves once the limiter has answered it (nothing new to send).
      await hits.flush();
      expect(sent).toHaveLength(2);
      // Six hits of the tenant went to its window of four: the pair that went over is refused.
      expect(refusal(() => hits.hit('t2', 'ip:b'))).toMatchObject({ status: 429 });
      await expect(limits.consume('t2', 'ip:c')).rejects.toMatchObject({ status: 429 });
      await hits.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends the batch to the Redis limiter as points: one round trip for many hits, same window', async () => {
    const prefix = `wh-test-${randomUUID()}:`;
    const redis = new Redis(TEST_REDIS_URL, { keyPrefix: prefix, enableAutoPipelining: true });
    try {
      const limits = createRateLimits({ tenantPerMinute: 1_000, clientPerMinute: 10 }, redis);
      const hits = new CachedHitLimits(limits, { flushMs: 60_000 });
      for (let i = 0; i < 8; i++) hits.hit('t3', 'ip:r');
      await hits.flush();
      expect(refusal(() => hits.hit('t3', 'ip:r'))).toBeNull(); // 8 of 10 in Redis; this hit waits for the next batch
      await limits.consume('t3', 'ip:r'); // a render of the same client: 9 in the same window
      for (let i = 0; i < 2; i++) hits.hit('t3', 'ip:r');
      await hits.flush();
      expect(refusal(() => hits.hit('t3', 'ip:r'))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      await hits.close();
    } finally {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys.map((k) => k.slice(prefix.length)));
      await redis.quit();
    }
  });
});
