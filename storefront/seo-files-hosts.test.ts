import { describe, expect, it } from 'vitest';
import { SiteIndexingCache } from './seo-files.js';

const answer = (siteId: string) => ({
  siteId,
  discourageIndexing: false,
  disallowPaths: [],
  sitemapUrl: `https://${siteId}.example/sitemap.xml`,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('SiteIndexingCache per host', () => {
  it("keeps each host's answer apart (hosts of one tenant may serve different sites)", () => {
    const cache = new SiteIndexingCache(60_000, 10, () => 0);
    cache.set('t1', answer('one'), 'one.example');
    cache.set('t1', answer('two'), 'two.example');
    cache.set('t1', answer('default'));
    expect(cache.get('t1', 'one.example')?.siteId).toBe('one');
    expect(cache.get('t1', 'two.example')?.siteId).toBe('two');
    expect(cache.get('t1')?.siteId).toBe('default');
    expect(cache.get('t1', 'three.example')).toBeUndefined();
    expect(cache.get('t2', 'one.example')).toBeUndefined();
  });

  it("a tenant purge drops every host's answer of that tenant only", () => {
    const cache = new SiteIndexingCache(60_000, 10, () => 0);
    cache.set('t1', answer('one'), 'one.example');
    cache.set('t1', answer('default'));
    cache.set('t2', answer('other'), 'other.example');
    cache.purgeTenant('t1');
    expect(cache.get('t1', 'one.example')).toBeUndefined();
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.get('t2', 'other.example')?.siteId).toBe('other');
  });
});
