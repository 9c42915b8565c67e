import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { storefrontBase, storefrontLinks } from '../../links.js';
import { renderContent, renderNeeds } from '../render.js';
import { type ProductDataInput, type ProductImage, productData } from './data.js';
import { messagesFor } from './messages.js';
import { productJsonLd } from './product-detail.js';

const html = (content: unknown[], env = {}) =>
  renderToStaticMarkup(<main>{renderContent(content as never, env)}</main>);

const image = (id: string): ProductImage => ({
  assetId: id,
  alt: `Photo ${id}`,
  width: 1200,
  height: 1500,
  avif: [400, 800, 1200].map((w) => ({ url: `https://cdn.test/${id}/${w}.avif`, width: w })),
  webp: [400, 800, 1200].map((w) => ({ url: `https://cdn.test/${id}/${w}.webp`, width: w })),
  jpeg: [400, 800, 1200].map((w) => ({ url: `https://cdn.test/${id}/${w}.jpg`, width: w })),
});

const product: ProductDataInput = {
  id: 'p1',
  slug: 'linen-shirt',
  title: 'Linen </script><script>alert(1)</script> Shirt',
  description: 'Washed linen.\n\nRelaxed fit & "easy".',
  options: [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Colour', values: ['Sand', 'Navy'] },
  ],
  variants: [
    {
      id: 'v-s-sand',
      title: 'S / Sand',
      optionValues: ['S', 'Sand'],
      price: { amount: 5900, currency: 'EUR' },
      compareAt: { amount: 6900, currency: 'EUR' },
      inStock: true,
    },
    {
      id: 'v-m-sand',
      title: 'M / Sand',
      optionValues: ['M', 'Sand'],
      price: { amount: 5900, currency: 'EUR' },
      inStock: true,
    },
    {
      id: 'v-s-navy',
      title: 'S / Navy',
      optionValues: ['S', 'Navy'],
      price: { amount: 5900, currency: 'EUR' },
      inStock: false,
    },
    {
      id: 'v-m-navy',
      title: 'M / Navy',
      optionValues: ['M', 'Navy'],
      price: { amount: 5900, currency: 'EUR' },
      inStock: true,
    },
  ],
  images: [image('a1'), image('a2')],
};

const PDP = [{ type: 'ProductDetail', props: {} }];

describe('ProductDetail', () => {
  it('renders the gallery as <picture> with AVIF, WebP and JPEG, the first image eager and high priority', () => {
    const markup = html(PDP, { product });
    const pictures = [...markup.matchAll(/<picture[\s\S]*?<\/picture>/g)].map((m) => m[0]);
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) {
      expect(picture).toMatch(
        /<source type="image\/avif" srcSet="https:\/\/cdn\.test\/a\d\/400\.avif 400w, [^"]+ 1200w" sizes="[^"]+"\/>/,
      );
      expect(picture).toMatch(/<source type="image\/webp" srcSet="[^"]+\.webp 400w[^"]*" sizes="[^"]+"\/>/);
      expect(picture).toMatch(
        /<img src="https:\/\/cdn\.test\/a\d\/\d+\.jpg" srcSet="[^"]+\.jpg 400w[^"]*" sizes="[^"]+" width="1200" height="1500" alt="Photo a\d"/,
      );
    }
    expect(pictures[0]).toContain(
      'sizes="(min-width: 62rem) 29rem, (min-width: 48rem) 47vw, calc(100vw - 2rem)"',
    );
    expect(pictures[0]).toMatch(/loading="eager"[^>]*fetchPriority="high"/i);
    expect(pictures[1]).toContain('loading="lazy"');
    expect(pictures[1]).not.toMatch(/fetchpriority/i);
  });

  it('picks variants without JavaScript: option links to ?variant=, the pick drives price, stock and the form', () => {
    const markup = html(PDP, { product, selectedVariantId: 'v-s-sand', links: storefrontLinks('/s/demo') });
    // Changing one option keeps the others: from S/Sand, "M" leads to M/Sand and "Navy" to S/Navy (sold out).
    expect(markup).toContain(
      'aria-label="M" rel="nofollow" href="/s/demo/products/linen-shirt?variant=v-m-sand"',
    );
    expect(markup).toContain(
      'aria-label="Navy (Sold out)" rel="nofollow" href="/s/demo/products/linen-shirt?variant=v-s-navy"',
    );
    expect(markup).toMatch(/class="wh-chip" aria-current="true" aria-label="S"/);
    expect(markup).toContain('<input type="hidden" name="variantId" value="v-s-sand"/>');
    expect(markup).toContain('<input type="hidden" name="wh_action" value="cart-add"/>');
    expect(markup).toContain('<s class="wh-price__was">€69.00</s>');
    expect(markup).toContain('In stock');
    const soldOut = html(PDP, { product, selectedVariantId: 'v-s-navy' });
    expect(soldOut).toContain('wh-stock--out');
    expect(soldOut).toMatch(/<button type="submit" class="[^"]*" disabled="">Sold out<\/button>/);
    // A stored tree cannot bring its own product: the renderer's replaces it (or none: the placeholder).
    const smuggled = html([{ type: 'ProductDetail', props: { product: { ...product, title: 'Forged' } } }]);
    expect(smuggled).not.toContain('Forged');
    expect(smuggled).toContain('Product title');
  });

  it('escapes the JSON-LD (no </script> breaks out) and sanitises the description', () => {
    const markup = html(PDP, { product });
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(markup);
    expect(ld).not.toBeNull();
    expect(ld![1]).not.toContain('<');
    expect(JSON.parse(ld![1]!)).toMatchObject({
      '@type': 'Product',
      name: product.title,
      offers: [
        { price: '59.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
        {},
        { availability: 'https://schema.org/OutOfStock' },
        {},
      ],
    });
    expect(markup.match(/<script/g)).toHaveLength(1);
    expect(markup).toContain('<p>Washed linen.</p><p>Relaxed fit &#38; &#34;easy&#34;.</p>');
    expect(
      productJsonLd(productData.parse({ ...product, description: '<p>a</p><script>x</script>' }), null),
    ).toContain('"description":"a"');
  });

  it('links breadcrumbs under /s/demo and under a region prefix, strings in the region locale', () => {
    expect(html(PDP, { product, links: storefrontLinks(storefrontBase('demo')) })).toContain(
      '<li><a href="/s/demo/">Home</a></li><li><a href="/s/demo/collections/all">All products</a></li>',
    );
    const fr = html(PDP, { product, locale: 'fr-FR', links: storefrontLinks(storefrontBase(null, 'fr')) });
    expect(fr).toContain('<a href="/fr/">Accueil</a>');
    expect(fr).toContain('Ajouter au panier');
    expect(fr).toContain('59,00');
    expect(messagesFor('de-AT').soldOut).toBe('Ausverkauft');
    expect(messagesFor('xx').addToCart).toBe('Add to cart');
  });
});

describe('CollectionProducts and ProductGrid', () => {
  const collection = {
    slug: 'summer',
    title: 'Summer',
    description: 'Light things.',
    products: [
      {
        id: 'p1',
        slug: 'linen-shirt',
        title: 'Linen Shirt',
        price: { amount: 5900, currency: 'EUR' },
        image: image('a1'),
      },
      {
        id: 'p2',
        slug: 'straw-hat',
        title: 'Straw Hat',
        price: { amount: 2900, currency: 'EUR' },
        soldOut: true,
      },
    ],
    next: 'Y3Vyc29y',
    previous: 'cHJldg',
    sort: 'price-asc' as const,
  };

  it('renders cards, a sold-out badge, a GET sort form and cursor pagination under the base', () => {
    const markup = html([{ type: 'CollectionProducts', props: {} }], {
      collection,
      links: storefrontLinks('/s/demo/de'),
    });
    expect(markup).toContain('<h1 class="wh-heading wh-collection__title">Summer</h1>');
    expect(markup).toContain('href="/s/demo/de/products/linen-shirt"');
    expect(markup).toContain('<span class="wh-badge">Sold out</span>');
    expect(markup).toMatch(
      /<form class="wh-sort" method="get"><label for="wh-sort">Sort by<\/label><select id="wh-sort" name="sort">/,
    );
    expect(markup).toContain('<option value="price-asc" selected="">');
    expect(markup).toContain('rel="prev" href="?before=cHJldg&amp;sort=price-asc">Previous</a>');
    expect(markup).toContain('rel="next" href="?after=Y3Vyc29y&amp;sort=price-asc">Next</a>');
    // Card images are sized for the grid; the first card (the page's LCP) loads at once, first.
    expect(markup).toMatch(
      /<img [^>]*sizes="\(min-width: 62rem\) 15rem, \(min-width: 40rem\) 31vw, 47vw" width="1200" height="1500"[^>]*loading="eager"[^>]*fetchPriority="high"/,
    );
  });

  it('ProductGrid features a collection by slug and links cards by slug', () => {
    const tree = [{ type: 'ProductGrid', props: { heading: 'Featured', collection: 'summer', limit: 1 } }];
    expect(renderNeeds(tree as never).collections).toEqual([{ slug: 'summer', limit: 1 }]);
    const markup = html(tree, {
      collections: { summer: collection.products },
      links: storefrontLinks('/s/demo'),
    });
    expect(markup).toContain('<a class="wh-card" href="/s/demo/products/linen-shirt">');
    expect(markup).not.toContain('straw-hat');
    expect(markup).toContain('<source type="image/avif"');
    // A grid sits anywhere on a page: its images load lazily.
    expect(markup).toMatch(/<img [^>]*loading="lazy"/);
    expect(markup).not.toMatch(/fetchpriority/i);
  });

  it('renders placeholders in the editor (no data)', () => {
    expect(html([{ type: 'CollectionProducts', props: {} }])).toContain('Collection title');
    expect(html([{ type: 'NotFound', props: {} }], { locale: 'de' })).toContain('Seite nicht gefunden');
  });
});

describe('SearchResults', () => {
  const links = storefrontLinks(storefrontBase('demo', '/fr'));
  const search = {
    query: 'mug <b>',
    products: [{ slug: 'blue-mug', title: 'Blue mug', price: { amount: 2400, currency: 'EUR' } }],
    pages: [{ title: 'About us', description: 'Who we are.', path: '/about' }],
    next: 'cursor-2',
    paged: true,
  };

  it('shows products as cards and pages as links under the base, the query kept, cursor links, in the region language', () => {
    const out = html([{ type: 'SearchResults', props: {} }], { links, search, locale: 'fr' });
    expect(out).toContain('<h1 class="wh-heading">Résultats pour « mug &lt;b&gt; »</h1>');
    expect(out).toContain('action="/s/demo/fr/search"');
    expect(out).toContain('value="mug &lt;b&gt;"');
    expect(out).toContain('href="/s/demo/fr/products/blue-mug"');
    expect(out).toContain('<a href="/s/demo/fr/about">About us</a><p>Who we are.</p>');
    expect(out).toContain('href="?q=mug+%3Cb%3E&amp;after=cursor-2"');
    expect(out).toContain('href="/s/demo/fr/search?q=mug%20%3Cb%3E">Premiers résultats</a>');
  });

  it('prompts without a query, says so when nothing matches, and keeps bound data the renderer’s', () => {
    const empty = { query: '', products: [], pages: [], next: null };
    expect(html([{ type: 'SearchResults', props: {} }], { links, search: empty })).toContain(
      'Type what you are looking for',
    );
    const none = html([{ type: 'SearchResults', props: { search } }], {
      links,
      search: { ...empty, query: 'zzz' },
    });
    expect(none).toContain('Nothing matches “zzz”');
    expect(none).toContain('href="/s/demo/fr/collections/all"');
    expect(none).not.toContain('Blue mug');
  });
});
