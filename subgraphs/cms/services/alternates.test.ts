import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { canonicalLocale, localeCandidates, matchLocale } from '../../../core/locale.js';
import { seoHead } from './head.js';
import { siteBaseUrl as siteBaseUrlOf } from './site-indexing.js';
import type { RenderRegion } from './supergraph-client.js';
import { buildAlternates } from './translations.js';

const region = (code: string, locale: string, extra: Partial<RenderRegion> = {}): RenderRegion => ({
  code,
  locale,
  pathPrefix: null,
  hosts: [],
  isDefault: false,
  ...extra,
});

const regions: RenderRegion[] = [
  region('de', 'de-DE', { pathPrefix: '/de' }),
  region('us', 'en-US', { isDefault: true }),
  region('at', 'de-AT', { pathPrefix: '/at' }),
  region('ch', 'de-CH', { hosts: ['shop.example.ch'], pathPrefix: '/ch' }),
  region('fr', 'fr-FR', { pathPrefix: '/fr' }),
  region('gb', 'en-GB', { pathPrefix: '/uk' }),
];

describe('locales', () => {
  it('canonicalises BCP 47 tags and refuses what hreflang cannot use', () => {
    expect(canonicalLocale('de-de')).toBe('de-DE');
    expect(canonicalLocale('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLocale('es-419')).toBe('es-419');
    for (const bad of [
      '',
      'german',
      'en_US',
      'en-u-ca-gregory',
      'x-default',
      'de-DE-1996',
      '*',
      'und',
      'und-DE',
      'qaa',
      'qtz-DE',
      'zxx',
      'mul',
    ]) {
      expect(canonicalLocale(bad), bad).toBeNull();
    }
  });
  it('falls back from the most specific tag to the language', () => {
    expect(localeCandidates('zh-Hant-TW')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh']);
    expect(matchLocale('de-AT', ['de', 'de-DE'])).toBe('de');
    expect(matchLocale('de-DE', ['de', 'de-DE'])).toBe('de-DE');
    expect(matchLocale('fr-FR', ['de'])).toBeNull();
    expect(matchLocale(null, ['de'])).toBeNull();
  });
});

describe('hreflang alternates', () => {
  const base = 'https://www.example.com';
  it('lists the default region, each region its published translations serve, then x-default', () => {
    const alternates = buildAlternates({
      regions,
      publishedLocales: ['de', 'fr-FR'],
      siteBaseUrl: base,
      siteHosts: ['www.example.com', 'shop.example.ch'],
      path: '/about',
    });
    expect(alternates).toEqual([
      { hreflang: 'en-US', url: 'https://www.example.com/about' },
      { hreflang: 'de-DE', url: 'https://www.example.com/de/about' },
      { hreflang: 'de-AT', url: 'https://www.example.com/at/about' },
      // A region with its own host is addressed there, without a prefix.
      { hreflang: 'de-CH', url: 'https://shop.example.ch/about' },
      { hreflang: 'fr-FR', url: 'https://www.example.com/fr/about' },
      { hreflang: 'x-default', url: 'https://www.example.com/about' },
    ]);
    // en-GB has no translation: it would show the base content again, so it is no alternate.
    expect(alternates.some((a) => a.hreflang === 'en-GB')).toBe(false);
  });

  it('is empty for a page in one language, or without regions', () => {
    expect(
      buildAlternates({ regions, publishedLocales: [], siteBaseUrl: base, siteHosts: [], path: '/' }),
    ).toEqual([]);
    expect(
      buildAlternates({ regions, publishedLocales: ['ja'], siteBaseUrl: base, siteHosts: [], path: '/' }),
    ).toEqual([]);
    expect(
      buildAlternates({ regions: [], publishedLocales: ['de'], siteBaseUrl: base, siteHosts: [], path: '/' }),
    ).toEqual([]);
  });

  it("never links a region host that is not a domain of the page's site (review findings 4, 5)", () => {
    // The ch region's host belongs to another site of the tenant, or was removed from the tenant
    // (and may now be another tenant's): the page links its own site's URL with the region prefix.
    const alternates = buildAlternates({
      regions,
      publishedLocales: ['de-CH'],
      siteBaseUrl: base,
      siteHosts: ['www.example.com'],
      path: '/about',
    });
    expect(alternates).toEqual([
      { hreflang: 'en-US', url: 'https://www.example.com/about' },
      { hreflang: 'de-CH', url: 'https://www.example.com/ch/about' },
      { hreflang: 'x-default', url: 'https://www.example.com/about' },
    ]);
    // A region listing a foreign host first and the site's own second uses the site's own.
    const mixed = buildAlternates({
      regions: [
        region('us', 'en', { isDefault: true }),
        region('ch', 'de-CH', { hosts: ['evil.example', 'SHOP.example.ch'] }),
      ],
      publishedLocales: ['de-CH'],
      siteBaseUrl: base,
      siteHosts: ['shop.example.ch'],
      path: '/',
    });
    expect(mixed.map((a) => a.url)).toEqual([
      'https://www.example.com/',
      'https://SHOP.example.ch/',
      'https://www.example.com/',
    ]);
  });

  it('builds storefront URLs on the platform host when the site has no domain', () => {
    expect(siteBaseUrlOf({ primaryHost: null, tenantSlug: 'demo' }, 'http://localhost:4000/')).toBe(
      'http://localhost:4000/s/demo',
    );
    expect(siteBaseUrlOf({ primaryHost: 'shop.example.com', tenantSlug: 'demo' }, 'http://x')).toBe(
      'https://shop.example.com',
    );
    const alternates = buildAlternates({
      regions: [region('default', 'en', { isDefault: true }), region('de', 'de', { pathPrefix: '/de' })],
      publishedLocales: ['de'],
      siteBaseUrl: 'http://localhost:4000/s/demo',
      siteHosts: [],
      path: '/',
    });
    expect(alternates.map((a) => a.url)).toEqual([
      'http://localhost:4000/s/demo/',
      'http://localhost:4000/s/demo/de/',
      'http://localhost:4000/s/demo/',
    ]);
  });
});

describe('SEO head', () => {
  // React spells the attribute `hrefLang`; HTML attribute names are case-insensitive, so it is hreflang.
  it('emits one <link rel="alternate" hreflang> per alternate, attribute-escaped', () => {
    const html = renderToStaticMarkup(
      seoHead({ tree: { root: { props: {} }, content: [] }, title: 'About', path: '/about' }, null, [
        { hreflang: 'en-US', url: 'https://www.example.com/about' },
        { hreflang: 'de-DE', url: 'https://www.example.com/de/about?a=1&b="2"' },
        { hreflang: 'x-default', url: 'https://www.example.com/about' },
      ]),
    );
    expect(html).toContain('<link rel="alternate" hrefLang="en-US" href="https://www.example.com/about"/>');
    expect(html).toContain(
      '<link rel="alternate" hrefLang="de-DE" href="https://www.example.com/de/about?a=1&amp;b=&quot;2&quot;"/>',
    );
    expect(html).toContain(
      '<link rel="alternate" hrefLang="x-default" href="https://www.example.com/about"/>',
    );
    expect(html.match(/rel="alternate"/g)).toHaveLength(3);
  });

  it('emits no alternates when there are none', () => {
    const html = renderToStaticMarkup(
      seoHead({ tree: { root: { props: {} }, content: [] }, title: 'About', path: '/about' }, null),
    );
    expect(html.toLowerCase()).not.toContain('hreflang');
  });
});
