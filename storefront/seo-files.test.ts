import { describe, expect, it } from 'vitest';
import { buildRobotsTxt, platformRobotsTxt, SiteIndexingCache } from './seo-files.js';

const site = {
  discourageIndexing: false,
  disallowPaths: ['/cart', '/search*', '/tmp$'],
  sitemapUrl: 'https://shop.example.com/sitemap.xml',
};

describe('buildRobotsTxt', () => {
  it('disallows previews and the listed paths and names the absolute sitemap URL', () => {
    expect(buildRobotsTxt(site, '')).toBe(
      [
        'User-agent: *',
        'Disallow: /preview/',
        'Disallow: /cart',
        'Disallow: /search*',
        'Disallow: /tmp$',
        '',
        'Sitemap: https://shop.example.com/sitemap.xml',
        '',
      ].join('\n'),
    );
  });

  it('prefixes paths with the storefront base and with each region prefix, deterministically', () => {
    const a = buildRobotsTxt({ ...site, disallowPaths: ['/cart'] }, '/s/shop', ['/fr', '/de', '/fr']);
    expect(a).toBe(
      [
        'User-agent: *',
        'Disallow: /preview/',
        'Disallow: /s/shop/cart',
        'Disallow: /s/shop/de/cart',
        'Disallow: /s/shop/fr/cart',
        '',
        'Sitemap: https://shop.example.com/sitemap.xml',
        '',
      ].join('\n'),
    );
    expect(buildRobotsTxt({ ...site, disallowPaths: ['/cart'] }, '/s/shop', ['/de', '/fr'])).toBe(a);
  });

  it('disallows the whole site and advertises no sitemap when indexing is discouraged', () => {
    expect(buildRobotsTxt({ ...site, discourageIndexing: true }, '')).toBe(
      'User-agent: *\nDisallow: /preview/\nDisallow: /\n',
    );
    expect(buildRobotsTxt({ ...site, discourageIndexing: true }, '/s/staging')).toBe(
      'User-agent: *\nDisallow: /preview/\nDisallow: /s/staging/\n',
    );
  });

  it('keeps the platform endpoints and preview links out of crawlers', () => {
    const text = platformRobotsTxt();
    expect(text.startsWith('User-agent: *\n')).toBe(true);
    expect(text).toContain('Disallow: /preview/\n');
    expect(text).toContain('Disallow: /graphql\n');
    expect(text).not.toMatch(/Disallow: \/\n/);
  });
});

describe('SiteIndexingCache', () => {
  const answer = (siteId: string) => ({ ...site, siteId, updatedAt: '2026-01-01T00:00:00.000Z' });

  it('keeps an answer per tenant until its TTL or a purge of that tenant', () => {
    let now = 0;
    const cache = new SiteIndexingCache(1_000, 10, () => now);
    cache.set('t1', answer('s1'));
    cache.set('t2', answer('s2'));
    expect(cache.get('t1')?.siteId).toBe('s1');
    cache.purgeTenant('t1');
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.get('t2')?.siteId).toBe('s2');
    now = 1_000;
    expect(cache.get('t2')).toBeUndefined();
  });

  it('drops the oldest entry past its size bound', () => {
    const cache = new SiteIndexingCache(60_000, 2, () => 0);
    cache.set('t1', answer('s1'));
    cache.set('t2', answer('s2'));
    cache.set('t3', answer('s3'));
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.get('t2')?.siteId).toBe('s2');
    expect(cache.get('t3')?.siteId).toBe('s3');
  });
});
