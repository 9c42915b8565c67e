import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { logger } from '../core/logger.js';
import { DiskStorage, type Storage } from '../core/storage.js';
import {
  buildSitemap,
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
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
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

  it('lists a URL once with its latest date, and stops at the protocol limit', () => {
    const dup = buildSitemap('https://s.example', [
      { path: '/a', updatedAt: day(1) },
      { path: '/a', updatedAt: day(5) },
    ]);
    expect(dup.match(/<url>/g)).toHaveLength(1);
    expect(dup).toContain('2026-01-05');

    const many: PublishedPage[] = Array.from({ length: MAX_SITEMAP_URLS + 10 }, (_, i) => ({
      path: `/p${i}`,
      updatedAt: day(1),
    }));
    expect(buildSitemap('https://s.example', many).match(/<url>/g)).toHaveLength(MAX_SITEMAP_URLS);
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

  it('writes the tenant site sitemap to storage, the same bytes on every run', async () => {
    const asked: string[] = [];
    const handler = sitemapHandler({
      storage,
      listPublishedPages: async (tenantId, siteId) => {
        asked.push(`${tenantId}/${siteId}`);
        return [
          { path: '/b', updatedAt: day(2) },
          { path: '/a', updatedAt: day(1) },
        ];
      },
      siteBaseUrl: async () => 'https://t1.example.com',
    });
    const job = { id: 'j1', attempt: 1, log: logger() };
    await handler({ tenantId: 't1', siteId: 's1' }, job);
    const key = sitemapKey('t1', 's1');
    expect(key).toBe('tenants/t1/sites/s1/sitemap.xml');
    const first = (await storage.get(key)).toString();
    expect(first.indexOf('/a</loc>')).toBeLessThan(first.indexOf('/b</loc>'));

    await handler({ tenantId: 't1', siteId: 's1' }, job);
    expect((await storage.get(key)).toString()).toBe(first);
    expect(asked).toEqual(['t1/s1', 't1/s1']);
  });
});
