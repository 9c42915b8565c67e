import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../core/config.js';
import { logger } from '../../../core/logger.js';
import { DiskStorage, type Storage } from '../../../core/storage.js';
import { parseSitemapManifest } from '../services/sitemap-files.js';
import {
  buildSitemap,
  buildSitemapFiles,
  escapeXml,
  MAX_SITEMAP_URLS,
  type PublishedPage,
  sitemapHandler,
  sitemapKey,
} from './sitemap.js';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('buildSitemap', () => {
  it('escapes locs, sorts by URL and writes ISO lastmod dates', () => {
    const xml = buildSitemap('https://shop.example.com/', [
      { path: '/zebra', updatedAt: day(3) },
      { path: "/a&b?x=<1>&y='2'", updatedAt: day(2) },
      { path: '/', updatedAt: day(1) },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '  <url><loc>https://shop.example.com/</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod></url>',
        '  <url><loc>https://shop.example.com/a&amp;b?x=%3C1%3E&amp;y=%272%27</loc><lastmod>2026-01-02T00:00:00.000Z</lastmod></url>',
        '  <url><loc>https://shop.example.com/zebra</loc><lastmod>2026-01-03T00:00:00.000Z</lastmod></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('keeps paths on the site origin and under its base path', () => {
    const xml = buildSitemap('https://shop.example.com/en', [
      { path: '//evil.example.net/x', updatedAt: day(1) },
      { path: 'about', updatedAt: day(1) },
    ]);
    expect(xml).not.toContain('<loc>https://evil.example.net');
    expect(xml).toContain('<loc>https://shop.example.com/en/about</loc>');
    expect(xml).toContain('<loc>https://shop.example.com/en/evil.example.net/x</loc>');
  });

  it('lists a URL once with its latest date and the union of its alternates', () => {
    const dup = buildSitemap('https://s.example', [
      { path: '/a', updatedAt: day(1), alternates: [{ hreflang: 'fr', href: '/fr/a' }] },
      {
        path: '/a',
        updatedAt: day(5),
        alternates: [
          { hreflang: 'fr', href: '/fr/a' },
          { hreflang: 'de', href: '/de/a' },
        ],
      },
    ]);
    expect(dup.match(/<url>/g)).toHaveLength(1);
    expect(dup).toContain('2026-01-05');
    expect(dup.match(/<xhtml:link /g)).toHaveLength(2);
  });
});

describe('hreflang alternates', () => {
  it('writes xhtml:link alternates sorted by hreflang, absolute and escaped, under the xhtml namespace', () => {
    const xml = buildSitemap('https://shop.example.com', [
      {
        path: '/about',
        updatedAt: day(1),
        alternates: [
          { hreflang: 'x-default', href: '/about' },
          { hreflang: 'fr-CA', href: 'https://shop.example.ca/fr/a-propos?x=1&y="2"' },
          { hreflang: 'en', href: '/about' },
        ],
      },
    ]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      '  <url><loc>https://shop.example.com/about</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://shop.example.com/about"/>' +
        '<xhtml:link rel="alternate" hreflang="fr-CA" href="https://shop.example.ca/fr/a-propos?x=1&amp;y=%222%22"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://shop.example.com/about"/></url>',
    );
  });

  it('drops alternates with an invalid hreflang or a non-http(s), credentialed or protocol-relative href', () => {
    const xml = buildSitemap('https://shop.example.com', [
      {
        path: '/',
        updatedAt: day(1),
        alternates: [
          { hreflang: 'en"><script>', href: '/x' },
          { hreflang: 'de', href: 'javascript:alert(1)' },
          { hreflang: 'es', href: 'https://user:pw@shop.example.com/es' },
          { hreflang: 'it', href: '//evil.example.net/it' },
          { hreflang: 'pt-BR', href: '/pt' },
        ],
      },
    ]);
    expect(xml.match(/<xhtml:link /g)).toHaveLength(1);
    expect(xml).toContain('hreflang="pt-BR" href="https://shop.example.com/pt"');
    expect(xml).not.toContain('script');
    expect(xml).not.toContain('evil.example.net');
  });
});

describe('sitemap index', () => {
  const pages = (n: number): PublishedPage[] =>
    Array.from({ length: n }, (_, i) => ({
      path: `/p${String(i).padStart(6, '0')}`,
      updatedAt: day(1 + (i % 20)),
    }));

  it('keeps one urlset while the URLs fit', () => {
    const files = buildSitemapFiles('https://s.example', pages(3), { maxUrls: 3, maxBytes: 1_000_000 });
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(files[0]!.xml).toContain('<urlset');
  });

  it('splits by URL count into parts named by an index, losing nothing', () => {
    const files = buildSitemapFiles('https://s.example/s/shop', pages(7), {
      maxUrls: 3,
      maxBytes: 1_000_000,
    });
    expect(files.map((f) => f.name)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
    ]);
    const [index, ...parts] = files;
    expect(index!.xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <sitemap><loc>https://s.example/s/shop/sitemap-1.xml</loc><lastmod>2026-01-03T00:00:00.000Z</lastmod></sitemap>',
        '  <sitemap><loc>https://s.example/s/shop/sitemap-2.xml</loc><lastmod>2026-01-06T00:00:00.000Z</lastmod></sitemap>',
        '  <sitemap><loc>https://s.example/s/shop/sitemap-3.xml</loc><lastmod>2026-01-07T00:00:00.000Z</lastmod></sitemap>',
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
    expect(parts.map((p) => p.xml.match(/<url>/g)!.length)).toEqual([3, 3, 1]);
    const locs = parts.flatMap((p) => [...p.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    expect(locs).toEqual(pages(7).map((p) => `https://s.example/s/shop${p.path}`));
  });

  it('splits by size too, each part within the byte limit', () => {
    const maxBytes = 1_000;
    const files = buildSitemapFiles('https://s.example', pages(40), { maxUrls: 50_000, maxBytes });
    expect(files.length).toBeGreaterThan(2);
    for (const file of files.slice(1)) expect(Buffer.byteLength(file.xml)).toBeLessThanOrEqual(maxBytes);
    expect(files.slice(1).reduce((n, f) => n + f.xml.match(/<url>/g)!.length, 0)).toBe(40);
  });

  it(`writes an index beyond the protocol's ${MAX_SITEMAP_URLS} URLs instead of truncating`, () => {
    const files = buildSitemapFiles('https://s.example', pages(MAX_SITEMAP_URLS + 10));
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(files[1]!.xml.match(/<url>/g)).toHaveLength(MAX_SITEMAP_URLS);
    expect(files[2]!.xml.match(/<url>/g)).toHaveLength(10);
  });
});

describe('sitemapHandler', () => {
  let dir: string;
  let storage: Storage;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wh-sitemap-'));
    storage = new DiskStorage(loadConfig({ NODE_ENV: 'test', DATA_DIR: dir }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const job = { id: 'j1', attempt: 1, log: logger() };

  it('writes the tenant site sitemap and manifest to storage, the same bytes and date on every run', async () => {
    const asked: string[] = [];
    let clock = day(10);
    const handler = sitemapHandler({
      storage,
      listPublishedPages: async (tenantId, siteId) => {
        asked.push(`${tenantId}/${siteId}`);
        return [
          { path: '/b', updatedAt: day(2) },
          { path: '/a', updatedAt: day(1), alternates: [{ hreflang: 'fr', href: '/fr/a' }] },
        ];
      },
      siteBaseUrl: async () => 'https://t1.example.com',
      now: () => clock,
    });
    await handler({ tenantId: 't1', siteId: 's1' }, job);
    const key = sitemapKey('t1', 's1');
    expect(key).toBe('tenants/t1/sites/s1/sitemap.xml');
    const first = (await storage.get(key)).toString();
    expect(first.indexOf('/a</loc>')).toBeLessThan(first.indexOf('/b</loc>'));
    expect(first).toContain('hreflang="fr" href="https://t1.example.com/fr/a"');
    const manifest = parseSitemapManifest((await storage.get('tenants/t1/sites/s1/sitemap.json')).toString());
    expect(manifest).toMatchObject({ files: ['sitemap.xml'], updatedAt: day(10).toISOString() });

    clock = day(11);
    await handler({ tenantId: 't1', siteId: 's1' }, job);
    expect((await storage.get(key)).toString()).toBe(first);
    const again = parseSitemapManifest((await storage.get('tenants/t1/sites/s1/sitemap.json')).toString());
    expect(again).toEqual(manifest);
    expect(asked).toEqual(['t1/s1', 't1/s1']);
  });

  it('dates a changed sitemap anew and deletes the parts a smaller sitemap no longer has', async () => {
    let count = MAX_SITEMAP_URLS + 1;
    let clock = day(1);
    const handler = sitemapHandler({
      storage,
      listPublishedPages: async () =>
        Array.from({ length: count }, (_, i) => ({ path: `/p${i}`, updatedAt: day(1) })),
      siteBaseUrl: async () => 'https://t2.example.com',
      now: () => clock,
    });
    await handler({ tenantId: 't2', siteId: 's2' }, job);
    expect(await storage.list('tenants/t2/sites/s2/')).toEqual([
      'tenants/t2/sites/s2/sitemap-1.xml',
      'tenants/t2/sites/s2/sitemap-2.xml',
      'tenants/t2/sites/s2/sitemap.json',
      'tenants/t2/sites/s2/sitemap.xml',
    ]);
    expect((await storage.get(sitemapKey('t2', 's2'))).toString()).toContain('<sitemapindex');

    count = 2;
    clock = day(2);
    await handler({ tenantId: 't2', siteId: 's2' }, job);
    expect(await storage.list('tenants/t2/sites/s2/')).toEqual([
      'tenants/t2/sites/s2/sitemap.json',
      'tenants/t2/sites/s2/sitemap.xml',
    ]);
    const xml = (await storage.get(sitemapKey('t2', 's2'))).toString();
    expect(xml.match(/<url>/g)).toHaveLength(2);
    const manifest = parseSitemapManifest((await storage.get('tenants/t2/sites/s2/sitemap.json')).toString());
    expect(manifest).toMatchObject({ files: ['sitemap.xml'], updatedAt: day(2).toISOString() });
  });
});
