import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { storefrontLinks } from '../links.js';
import {
  type AnyDefinition,
  components,
  definitionOf,
  formatPrice,
  rootDefinition,
  sanitizeRichText,
  tokenVar,
} from './index.js';
import { puckConfig } from './puck.js';
import { renderContent, renderNeeds } from './render.js';

const HOSTILE = '</p><script>alert(1)</script><img src=x onerror=alert(1)>"\'&';

const html = (content: unknown[], env = {}) =>
  renderToStaticMarkup(<main>{renderContent(content as never, env)}</main>);

/** No element or attribute that runs script survived. */
function expectInert(markup: string) {
  // Attribute values are quoted and escaped: look at the markup outside them.
  const outsideValues = markup.replace(/"[^"]*"/g, '""');
  expect(outsideValues).not.toMatch(/<script/i);
  const tagsMarkup = [...outsideValues.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]).join('');
  expect(tagsMarkup).not.toMatch(/\son[a-z]+=/i);
  expect(markup).not.toMatch(/javascript:/i);
  expect(outsideValues).not.toMatch(/<iframe|<style|<object|<embed|<svg/i);
  const tags = [...outsideValues.matchAll(/<([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase());
  expect(tags.filter((t) => t === 'img').length).toBeLessThanOrEqual(1);
}

describe('component library', () => {
  it('builds hrefs with the page link builder (site base and region prefix)', () => {
    const button = [{ type: 'Button', props: { label: 'About us', href: '/about' } }];
    expect(html(button)).toContain('href="/about"');
    expect(html(button, { links: storefrontLinks('/s/demo/fr') })).toContain('href="/s/demo/fr/about"');
    const external = [{ type: 'Button', props: { label: 'Docs', href: 'https://example.com/' } }];
    expect(html(external, { links: storefrontLinks('/s/demo') })).toContain('href="https://example.com/"');
  });

  it('renders every component with hostile text escaped by React', () => {
    const markup = html([
      { type: 'Header', props: { siteName: HOSTILE, links: [{ label: HOSTILE, href: '/a' }] } },
      { type: 'Hero', props: { title: HOSTILE, subtitle: HOSTILE, cta: { label: HOSTILE, href: '/go' } } },
      { type: 'Heading', props: { text: HOSTILE, level: 3 } },
      { type: 'Text', props: { text: HOSTILE } },
      { type: 'RichText', props: { html: HOSTILE } },
      { type: 'Image', props: { assetId: 'a1', alt: HOSTILE, width: 10, height: 20 } },
      { type: 'Button', props: { label: HOSTILE, href: '/b' } },
      { type: 'Columns', props: { columns: [{ items: [{ type: 'Text', props: { text: HOSTILE } }] }] } },
      {
        type: 'ProductGrid',
        props: {
          heading: HOSTILE,
          products: [{ title: HOSTILE, price: { amount: 1999, currency: 'EUR' }, href: '/p' }],
        },
      },
      { type: 'Spacer', props: {} },
      { type: 'Footer', props: { text: HOSTILE, links: [{ label: HOSTILE, href: '/c' }] } },
    ]);
    expectInert(markup);
    expect(markup.match(/&lt;script&gt;/g)?.length).toBeGreaterThanOrEqual(10);
    expect(markup).toContain('<header class="wh-header">');
    expect(markup).toContain('<nav aria-label="Main">');
    expect(markup).toContain('<footer class="wh-footer">');
    expect(markup).toContain('<h1 class="wh-hero__title">');
    expect(markup).toContain('<h3 class="wh-heading">');
    expect(markup).toContain(
      '<div class="wh-columns wh-columns--1 wh-columns--gap-medium"><div class="wh-column"><p class="wh-text">',
    );
    expect(markup).toContain('class="wh-spacer wh-spacer--medium" aria-hidden="true"');
    // Every component is wrapped in one top-level section.
    expect(markup.match(/<section>/g)).toHaveLength(11);
  });

  it('refuses hostile props: script URLs, raw CSS in token props, bad sizes, unknown locales', () => {
    const bad: [string, Record<string, unknown>][] = [
      ['Button', { label: 'x', href: 'javascript:alert(1)' }],
      ['Button', { label: 'x', href: '//evil.example' }],
      ['Header', { siteName: 'x', links: [{ label: 'x', href: 'data:text/html,x' }] }],
      ['Hero', { title: 'x', background: 'red;background:url(javascript:x)' }],
      ['Hero', { title: 'x', background: '#fff' }],
      ['Hero', { title: 'x', cta: { label: 'x', href: 'vbscript:x' } }],
      ['Image', { assetId: '../../etc/passwd', alt: '', width: 1, height: 1 }],
      ['Image', { assetId: 'a', alt: '', width: 1, height: 1, sizes: '100vw" onerror="x' }],
      ['Image', { assetId: 'a', alt: '', width: 1, height: 1, sources: [{ url: 'javascript:x', width: 1 }] }],
      ['Image', { assetId: 'a', width: 1, height: 1 }],
      ['ProductGrid', { locale: 'not a locale!' }],
      ['ProductGrid', { products: [{ title: 'x', price: { amount: 1, currency: 'eur' }, href: '/p' }] }],
      ['Columns', { columns: [] }],
      ['Columns', { columns: Array.from({ length: 5 }, () => ({ items: [] })) }],
    ];
    for (const [type, props] of bad) {
      expect(definitionOf(type)!.props.safeParse(props).success, `${type} ${JSON.stringify(props)}`).toBe(
        false,
      );
    }
    // A stored tree is re-parsed at render time: a bad prop that slipped into storage throws.
    expect(() => html([{ type: 'Button', props: { label: 'x', href: 'javascript:alert(1)' } }])).toThrow(
      /Links must be http\(s\) or start with \//,
    );
  });

  it('maps token references to custom properties, never raw CSS', () => {
    expect(tokenVar('{color.brand.primary}')).toBe('var(--wh-color-brand-primary)');
    const markup = html([{ type: 'Hero', props: { title: 'Hi', background: '{color.surface.default}' } }]);
    expect(markup).toContain(
      'style="background:var(--wh-color-surface-default);color:var(--wh-color-text-inverse)"',
    );
  });

  it('sanitises rich text with the strict allow-list', () => {
    const dirty = [
      '<h1>Big</h1><h2 onclick="x()">Title</h2><p style="color:red">Hello <strong>bold</strong> <em>it</em></p>',
      '<script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe><img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">js</a><a href="https://ok.example/" target="_blank">ok</a>',
      '<a href="/rel">rel</a><a href="//evil.example">proto</a><a href="data:text/html,x">data</a>',
      '<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote>x<br>y<h4>s</h4><table><tr><td>t</td></tr></table>',
    ].join('');
    const clean = sanitizeRichText(dirty);
    expectInert(clean);
    expect(clean).not.toMatch(/<h1|style=|onclick|<table|<td|target=/);
    expect(clean).toContain('Big<h2>Title</h2><p>Hello <strong>bold</strong> <em>it</em></p>');
    expect(clean).toContain('<a>js</a>');
    expect(clean).toContain('<a href="https://ok.example/" rel="noopener noreferrer">ok</a>');
    expect(clean).toContain('<a href="/rel" rel="noopener noreferrer">rel</a>');
    expect(clean).toContain('<a>proto</a><a>data</a>');
    expect(clean).toContain(
      '<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>q</blockquote>x<br />y<h4>s</h4>t',
    );
    const rendered = html([{ type: 'RichText', props: { html: dirty } }]);
    expect(rendered).toContain(`<div class="wh-richtext">${clean}</div>`);
  });

  it('renders responsive images from provided variants, with width, height and alt', () => {
    const props = {
      assetId: 'hero',
      alt: 'A hill',
      width: 800,
      height: 600,
      sizes: '(min-width: 40rem) 50vw, 100vw',
    };
    const withVariants = html([{ type: 'Image', props }], {
      images: {
        hero: [
          { url: '/assets/hero/1600.webp', width: 1600 },
          { url: '/assets/hero/400.webp', width: 400 },
          { url: '/assets/hero/800.webp', width: 800 },
        ],
      },
    });
    expect(withVariants).toContain(
      '<img class="wh-image" src="/assets/hero/800.webp" srcSet="/assets/hero/400.webp 400w, /assets/hero/800.webp 800w, /assets/hero/1600.webp 1600w" sizes="(min-width: 40rem) 50vw, 100vw" width="800" height="600" alt="A hill" loading="lazy" decoding="async"/>',
    );
    // No variants (a deleted asset, one still processing, a template placeholder): never a broken <img>.
    const missing = html([{ type: 'Image', props }]);
    expect(missing).not.toContain('<img');
    expect(missing).toContain(
      '<span class="wh-image wh-image--missing" style="aspect-ratio:800 / 600" role="img" aria-label="A hill"></span>',
    );
    const decorative = html([{ type: 'Image', props: { ...props, assetId: '', alt: '' } }]);
    expect(decorative).toContain(
      '<span class="wh-image wh-image--missing" style="aspect-ratio:800 / 600" aria-hidden="true">',
    );
  });

  it('renders the image banner, image-with-text and multi-column sections with their images and links', () => {
    const images = {
      banner: [
        { url: '/f/banner/640.webp', width: 640 },
        { url: '/f/banner/1200.webp', width: 1200 },
      ],
      side: [{ url: '/f/side/960.webp', width: 960 }],
      col: [{ url: '/f/col/600.webp', width: 600 }],
    };
    const markup = html(
      [
        {
          type: 'ImageBanner',
          props: {
            assetId: 'banner',
            alt: 'Mugs on a table',
            heading: 'Made slowly',
            text: 'Stoneware and linen.',
            primary: { label: 'Shop ceramics', href: '/collections/ceramics' },
            secondary: { label: '', href: '' },
          },
        },
        {
          type: 'ImageWithText',
          props: {
            assetId: 'side',
            alt: 'The studio',
            heading: 'Small batches',
            text: 'First paragraph.\n\nSecond paragraph.',
            link: { label: 'Read our story', href: '/about' },
            imagePosition: 'end',
          },
        },
        {
          type: 'MultiColumn',
          props: {
            heading: 'Shop by collection',
            columns: [
              {
                assetId: 'col',
                alt: 'A bowl',
                heading: 'Ceramics',
                link: { label: 'Browse', href: '/collections/ceramics' },
              },
              { heading: 'Textiles', text: 'Linen.' },
            ],
            background: '{color.surface.default}',
          },
        },
      ],
      { images, links: storefrontLinks('/s/demo') },
    );
    // The banner's image is the LCP: eager, high priority; the others lazy.
    expect(markup).toMatch(
      /<img class="wh-banner__image" src="\/f\/banner\/1200.webp" srcSet="\/f\/banner\/640.webp 640w, \/f\/banner\/1200.webp 1200w" sizes="100vw" width="1200" height="800" alt="Mugs on a table" loading="eager" decoding="sync" fetchPriority="high"\/>/,
    );
    expect(markup).toContain('<h1 class="wh-banner__heading">Made slowly</h1>');
    expect(markup).toContain(
      '<a class="wh-button wh-button--primary" href="/s/demo/collections/ceramics">Shop ceramics</a>',
    );
    // An empty second button is no button.
    expect(markup).not.toContain('wh-button--ghost');
    expect(markup).toContain(
      '<div class="wh-iwt wh-iwt--image-end" style="background:var(--wh-color-surface-default)">',
    );
    expect(markup).toContain('alt="The studio" loading="lazy" decoding="async"/>');
    expect(markup).toContain(
      '<p class="wh-iwt__text">First paragraph.</p><p class="wh-iwt__text">Second paragraph.</p>',
    );
    expect(markup).toContain(
      '<a class="wh-button wh-button--secondary" href="/s/demo/about">Read our story</a>',
    );
    expect(markup).toContain(
      '<div class="wh-multicolumn wh-multicolumn--panel" style="background:var(--wh-color-surface-default)">',
    );
    expect(markup).toContain('<ul class="wh-multicolumn__list wh-multicolumn__list--2">');
    expect(markup).toContain(
      'sizes="(min-width: 48rem) 50vw, 100vw" width="600" height="450" alt="A bowl" loading="lazy"',
    );
    expect(markup).toContain('<a class="wh-textlink" href="/s/demo/collections/ceramics">Browse</a>');
    // A column without an image has no image box at all.
    expect(markup.match(/wh-multicolumn__image/g)).toHaveLength(1);
    expect(
      renderNeeds([
        { type: 'ImageBanner', props: { assetId: 'banner', heading: 'x' } },
        { type: 'MultiColumn', props: { columns: [{ assetId: 'col', heading: 'a' }, { heading: 'b' }] } },
      ]).assetIds,
    ).toEqual(['banner', 'col']);
  });

  it('renders the sections with a missing image as the designed fallback, and hostile text escaped', () => {
    const markup = html([
      {
        type: 'ImageBanner',
        props: {
          assetId: 'gone',
          alt: HOSTILE,
          heading: HOSTILE,
          text: HOSTILE,
          primary: { label: HOSTILE, href: '/x' },
        },
      },
      {
        type: 'ImageWithText',
        props: { assetId: 'gone', alt: HOSTILE, eyebrow: HOSTILE, heading: HOSTILE, text: HOSTILE },
      },
      {
        type: 'MultiColumn',
        props: {
          heading: HOSTILE,
          intro: HOSTILE,
          columns: [{ assetId: 'gone', alt: HOSTILE, heading: HOSTILE, text: HOSTILE }],
        },
      },
    ]);
    expectInert(markup);
    expect(markup).not.toContain('<img');
    expect(markup.match(/wh-image--missing/g)).toHaveLength(3);
    expect(markup.match(/&lt;script&gt;/g)?.length).toBeGreaterThanOrEqual(10);
    for (const bad of [
      { type: 'ImageBanner', props: { heading: 'x', primary: { label: 'Go', href: 'javascript:alert(1)' } } },
      { type: 'ImageWithText', props: { heading: 'x', background: 'red;position:fixed' } },
      { type: 'MultiColumn', props: { columns: [] } },
      { type: 'MultiColumn', props: { columns: [{ heading: 'x', assetId: '../../etc' }] } },
    ]) {
      expect(definitionOf(bad.type)!.props.safeParse(bad.props).success).toBe(false);
    }
  });

  it('lists products with formatted prices and links, from props or provided cards', () => {
    expect(formatPrice(1999, 'EUR', 'de')).toBe('19,99\u00a0€');
    expect(formatPrice(500, 'JPY', 'en')).toBe('¥500');
    const markup = html(
      [{ type: 'ProductGrid', props: { heading: 'Shop', productIds: ['p1', 'missing', 'p2'] } }],
      {
        locale: 'en-US',
        products: {
          p1: { title: 'Mug', price: { amount: 1250, currency: 'USD' }, href: '/products/mug' },
          p2: { title: 'Tee', price: { amount: 2000, currency: 'USD' }, href: '/products/tee' },
        },
      },
    );
    expect(markup).toContain(
      '<ul class="wh-cards"><li class="wh-product"><a class="wh-card" href="/products/mug"><span class="wh-card__media"><span class="wh-media wh-media--empty" aria-hidden="true"></span></span><h3 class="wh-card__title">Mug</h3><span class="wh-price">$12.50</span></a><form class="wh-product__add" method="post"><input type="hidden" name="wh_action" value="cart-add"/><input type="hidden" name="productId" value="p1"/><button type="submit" class="wh-button wh-button--secondary wh-button--block">Add to cart<span class="wh-visually-hidden">: Mug</span></button></form></li><li class="wh-product"><a class="wh-card" href="/products/tee">',
    );
    // Each provided card posts its product id to the storefront cart (no client JavaScript).
    expect(markup.match(/name="productId" value="p\d"/g)).toEqual([
      'name="productId" value="p1"',
      'name="productId" value="p2"',
    ]);
    expect(markup.match(/<li class="wh-product">/g)).toHaveLength(2);
    // Provided cards are validated like stored props: a hostile card link fails the render.
    expect(() =>
      html([{ type: 'ProductGrid', props: { productIds: ['p'] } }], {
        products: { p: { title: 'x', price: { amount: 1, currency: 'USD' }, href: 'javascript:x' } },
      }),
    ).toThrow(/"products",\s*0,\s*"href"[\s\S]*Links must be http\(s\) or start with \//);
  });

  it('renders slots recursively and skips unknown components', () => {
    const markup = html([
      {
        type: 'Columns',
        props: {
          columns: [
            {
              items: [
                {
                  type: 'Columns',
                  props: { columns: [{ items: [{ type: 'Text', props: { text: 'deep' } }] }] },
                },
              ],
            },
            {
              items: [
                { type: 'Script', props: {} },
                { type: 'Button', props: { label: 'b', href: '/b' } },
              ],
            },
          ],
        },
      },
    ]);
    expect(markup).toContain(
      '<div class="wh-column"><div class="wh-columns wh-columns--1 wh-columns--gap-medium"><div class="wh-column"><p class="wh-text">deep</p>',
    );
    expect(markup).toContain(
      '<div class="wh-column"><a class="wh-button wh-button--primary" href="/b">b</a></div>',
    );
    expect(markup).not.toContain('Script');
  });

  it('declares Puck component configs aligned with the zod schemas', () => {
    const config = puckConfig();
    expect(Object.keys(config.components).sort()).toEqual(Object.keys(components).sort());
    for (const [name, definition] of Object.entries(components) as [string, AnyDefinition][]) {
      const shape = (definition.props as z.ZodObject).shape as Record<string, unknown>;
      for (const field of Object.keys(definition.fields)) {
        expect(Object.keys(shape), `${name}.fields.${field} names a prop`).toContain(field);
      }
      for (const prop of Object.keys(definition.defaultProps)) {
        expect(Object.keys(shape), `${name}.defaultProps.${prop} names a prop`).toContain(prop);
      }
      expect(config.components[name]!.label).toBe(definition.label);
    }
    expect(components.Columns.fields.columns).toEqual(
      expect.objectContaining({ type: 'array', arrayFields: { items: { type: 'slot', label: 'Blocks' } } }),
    );
    expect(Object.keys(rootDefinition.fields)).toEqual(Object.keys(rootDefinition.props.shape));
    // The shared render works with Puck's slot components.
    const Columns = config.components.Columns!.render as (p: unknown) => React.ReactNode;
    const markup = renderToStaticMarkup(
      Columns({ columns: [{ items: () => <p>in slot</p> }], gap: 'small', id: 'c1', puck: {} }),
    );
    expect(markup).toBe(
      '<div class="wh-columns wh-columns--1 wh-columns--gap-small"><div class="wh-column"><p>in slot</p></div></div>',
    );
  });

  it('keeps the stored shape of pages made before templates valid', () => {
    expect(z.object({ text: z.string() }).safeParse({ text: 'x' }).success).toBe(true);
    expect(components.Heading.props.parse({ text: 'x' })).toEqual({ text: 'x', level: 2 });
    expect(components.Spacer.props.parse({})).toEqual({ size: 'medium' });
  });

  it('collects the asset and product ids a tree needs, slots included', () => {
    expect(
      renderNeeds([
        { type: 'Image', props: { assetId: 'a1', alt: '', width: 1, height: 1 } },
        {
          type: 'Columns',
          props: {
            columns: [
              { items: [{ type: 'Image', props: { assetId: 'a2', alt: '', width: 1, height: 1 } }] },
              { items: [{ type: 'ProductGrid', props: { productIds: ['p1', 'p2'] } }] },
            ],
          },
        },
        { type: 'ProductGrid', props: { productIds: ['p2', 'p3'] } },
        { type: 'Image', props: { assetId: '../bad', alt: '', width: 1, height: 1 } },
      ]),
    ).toEqual({ assetIds: ['a1', 'a2'], productIds: ['p1', 'p2', 'p3'], collections: [] });
  });
});
