import { describe, expect, it } from 'vitest';
import { TenantRenderCache } from './render-cache.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('TenantRenderCache', () => {
  it("never answers tenant B's render with tenant A's entry under the same key", async () => {
    const cache = new TenantRenderCache();
    expect(await cache.get(A, 'page|/about||', async () => 'page of A')).toBe('page of A');
    expect(await cache.get(B, 'page|/about||', async () => 'page of B')).toBe('page of B');
    expect(await cache.get(A, 'page|/about||', async () => 'read again')).toBe('page of A');
  });

  it('drops only the purged tenant, and only until the next load', async () => {
    const cache = new TenantRenderCache();
    await cache.get(A, 'k', async () => 'a1');
    await cache.get(B, 'k', async () => 'b1');
    cache.forget(A);
    expect(await cache.get(A, 'k', async () => 'a2')).toBe('a2');
    expect(await cache.get(B, 'k', async () => 'b2')).toBe('b1');
  });

  it('keeps neither failures nor nulls, and reads again after the TTL', async () => {
    let now = 0;
    const cache = new TenantRenderCache(1000, 10, () => now);
    await expect(cache.get(A, 'k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get(A, 'k', async () => null)).toBeNull();
    expect(await cache.get(A, 'k', async () => 'found')).toBe('found');
    expect(await cache.get(A, 'k', async () => 'again')).toBe('found');
    now = 1000;
    expect(await cache.get(A, 'k', async () => 'after the TTL')).toBe('after the TTL');
  });

  it('hears pages-changed from other replicas', async () => {
    const cache = new TenantRenderCache();
    let handler: ((tenantId: string) => void) | undefined;
    await cache.listen({
      subscribe: async (event, fn) => {
        expect(event).toBe('pages-changed');
        handler = fn;
        return () => {};
      },
    });
    await cache.get(A, 'k', async () => 'old');
    handler!(A);
    expect(await cache.get(A, 'k', async () => 'new')).toBe('new');
  });
});
