import { describe, expect, it } from 'vitest';
import { catalogueRefOf, type PageLayout, withCatalogue } from './site-layout.js';

/** Product and collection links: which stored hrefs name one, and how the catalogue's answer marks the missing. */
describe('catalogue links', () => {
  it('reads the product or collection a stored site path names', () => {
    expect(catalogueRefOf('/products/canvas-tote')).toEqual({ kind: 'product', slug: 'canvas-tote' });
    expect(catalogueRefOf('/products/canvas-tote?variant=1#top')).toEqual({
      kind: 'product',
      slug: 'canvas-tote',
    });
    expect(catalogueRefOf('/collections/featured/')).toEqual({ kind: 'collection', slug: 'featured' });
    for (const other of [
      '/collections/all',
      '/products/',
      '/products/a/b',
      '/about',
      '//x/products/a',
      'https://x/products/a',
    ])
      expect(catalogueRefOf(other), other).toBeNull();
  });

  it('renders links to products and collections that do not exist as text; unknown answers keep them', () => {
    const layout: PageLayout = {
      header: [],
      footer: [],
      site: {
        name: 'S',
        year: 2026,
        menus: {
          main: [
            { label: 'Tote', to: { kind: 'product', slug: 'tote' }, children: [] },
            { label: 'Gone', to: { kind: 'product', slug: 'gone' }, children: [] },
            {
              label: 'More',
              to: null,
              children: [{ label: 'Old', to: { kind: 'collection', slug: 'old' }, children: [] }],
            },
          ],
        },
      },
      missingLinks: new Set(['/nope']),
      catalogue: { productSlugs: ['tote', 'gone', 'tee'], collectionSlugs: ['old'] },
      catalogueHrefs: [
        ['/products/tee', { kind: 'product', slug: 'tee' }],
        ['/products/tote', { kind: 'product', slug: 'tote' }],
      ],
    };
    const found = { products: new Set(['tote']), collections: new Set<string>() };
    const checked = withCatalogue(layout, found);
    const main = checked.site.menus.main!;
    expect(main.map((i) => i.to)).toEqual([{ kind: 'product', slug: 'tote' }, null, null]);
    expect(main[2]!.children[0]!.to).toBeNull();
    expect([...checked.missingLinks].sort()).toEqual(['/nope', '/products/tee']);
    expect(withCatalogue(layout, null)).toBe(layout);
  });
});
