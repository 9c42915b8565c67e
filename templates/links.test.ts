import { describe, expect, it } from 'vitest';
import { type LinkTarget, storefrontBase, storefrontLinks } from './links.js';

const bases = {
  customDomain: storefrontBase(null),
  customDomainRegion: storefrontBase(null, '/fr'),
  platform: storefrontBase('demo'),
  platformRegion: storefrontBase('demo', 'fr'),
};

describe('storefront links', () => {
  it('builds the base from the platform slug and the region prefix', () => {
    expect(bases).toEqual({
      customDomain: '',
      customDomainRegion: '/fr',
      platform: '/s/demo',
      platformRegion: '/s/demo/fr',
    });
    expect(storefrontBase('a b/c')).toBe('/s/a%20b%2Fc');
    expect(storefrontBase(null, '/')).toBe('');
  });

  const targets: [LinkTarget | string, string][] = [
    ['/', '/'],
    ['/about', '/about'],
    ['about', '/about'],
    [{ kind: 'page', path: '/contact' }, '/contact'],
    [{ kind: 'product', slug: 'blue mug' }, '/products/blue%20mug'],
    [{ kind: 'product', slug: 'mug', variantId: 'v1' }, '/products/mug?variant=v1'],
    [{ kind: 'collection', slug: 'mugs' }, '/collections/mugs'],
    [{ kind: 'allProducts' }, '/collections/all'],
    [{ kind: 'search', query: 'tea & cake' }, '/search?q=tea%20%26%20cake'],
    [{ kind: 'search' }, '/search'],
    [{ kind: 'cart' }, '/cart'],
    [{ kind: 'checkout' }, '/checkout'],
    [{ kind: 'order', token: 'o/1' }, '/orders/o%2F1'],
  ];

  for (const [name, base] of Object.entries(bases)) {
    it(`puts every site path under the base (${name})`, () => {
      const links = storefrontLinks(base);
      for (const [target, path] of targets) {
        const expected = base && path === '/' ? `${base}/` : `${base}${path}`;
        expect(links.href(target), JSON.stringify(target)).toBe(expected);
      }
    });

    it(`keeps external links, fragments and queries as written (${name})`, () => {
      const links = storefrontLinks(base);
      for (const href of [
        'https://example.com/x',
        'http://example.com',
        '//cdn.example.com/a.css',
        'mailto:hello@example.com',
        'tel:+331234',
        '#main',
        '?page=2',
        '',
      ]) {
        expect(links.href(href)).toBe(href);
      }
    });
  }
});
