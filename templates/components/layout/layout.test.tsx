import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../subgraphs/cms/services/page-document.js';
import { loadThemeGroups } from '../../../subgraphs/cms/services/site-layout.js';
import { validateTree } from '../../../subgraphs/cms/services/tree.js';
import { storefrontBase, storefrontLinks } from '../../links.js';
import type { TreeNode } from '../index.js';
import { fillCartCount } from './cart-count.js';
import type { SiteData } from './site-data.js';

/**
 * The site layout around a page: the theme's header and footer groups, menus resolved by the cms,
 * every href through the page's link builder (under `/s/<slug>`, a region prefix and a custom
 * domain's root), missing targets as text.
 */
const site: SiteData = {
  name: 'Acme <Shop>',
  year: 2026,
  menus: {
    main: [
      { label: 'Home', to: { kind: 'page', path: '/' }, children: [] },
      { label: 'Shop all', to: { kind: 'allProducts' }, children: [] },
      {
        label: 'More',
        to: null,
        children: [
          { label: 'About', to: '/about', children: [] },
          { label: 'Gone', to: null, children: [] },
        ],
      },
      { label: 'Blog', to: 'https://blog.example.com/', children: [] },
    ],
    footer: [{ label: 'Featured', to: { kind: 'collection', slug: 'featured' }, children: [] }],
    legal: [{ label: 'Privacy', to: { kind: 'page', path: '/privacy' }, children: [] }],
  },
};

const content: TreeNode[] = [
  { type: 'Header', props: { siteName: 'Acme', links: [{ label: 'Contact', href: '/contact' }] } },
  {
    type: 'Hero',
    props: { title: 'Hi', cta: { label: 'Shop', href: '/collections/all' } },
  },
  { type: 'Button', props: { label: 'Old page', href: '/old' } },
  { type: 'Footer', props: { links: [{ label: 'Terms', href: '/terms' }] } },
];

function render(base: string, groups = loadThemeGroups(), lang = 'en') {
  return renderPage(
    validateTree({ content }),
    'Home',
    lang,
    undefined,
    undefined,
    { links: storefrontLinks(base), site, missingLinks: new Set(['/old']) },
    { header: groups.header.content, footer: groups.footer.content },
  );
}

const hrefs = (html: string) => [...html.matchAll(/ href="([^"]*)"/g)].map((m) => m[1]);

describe('site layout around a page', () => {
  it('renders the header before <main> and the footer after it, with a skip link, landmarks and one search form', () => {
    const html = render('/s/demo');
    const body = html.slice(html.indexOf('<body>'));
    expect(body).toMatch(
      /^<body><a class="wh-skip-link" href="#main">Skip to content<\/a><header class="wh-site-header">.*<\/header><main id="main">.*<\/main><footer class="wh-site-footer">.*<\/footer><\/body>/,
    );
    expect(body).toContain('<nav class="wh-site-nav" aria-label="Main">');
    expect(body).toContain('<nav aria-label="Legal">');
    expect(body).toContain(
      '<search class="wh-search"><form class="wh-search__form" action="/s/demo/search" method="get"><label class="wh-visually-hidden" for="wh-search-q">Search</label><input id="wh-search-q" class="wh-search__input" type="search" autoComplete="off" placeholder="Search…" name="q"/>',
    );
    // The cart count is the edge's (cart-count.ts): rendered empty and hidden for every visitor.
    expect(body).toContain(
      '<a class="wh-site-header__cart" href="/s/demo/cart">Cart<span class="wh-cart-count" data-wh-cart-count=""><span class="wh-visually-hidden">, items in cart: </span>0</span></a>',
    );
    expect(body).toContain('<a class="wh-site-header__brand" href="/s/demo/">Acme &lt;Shop&gt;</a>');
    expect(body).toContain('© 2026 Acme &lt;Shop&gt;');
    // A submenu opens without JavaScript.
    expect(body).toContain('<details class="wh-menu__group"><summary>More</summary>');
  });

  it('builds every component href from the base: /s/<slug>, a region prefix, a custom domain root', () => {
    const expected = (base: string) => [
      '#main',
      `${base}/`,
      `${base}/cart`,
      `${base}/`,
      `${base}/collections/all`,
      `${base}/about`,
      'https://blog.example.com/',
      `${base}/`,
      `${base}/contact`,
      `${base}/collections/all`,
      `${base}/terms`,
      `${base}/collections/featured`,
      `${base}/privacy`,
    ];
    for (const base of [
      storefrontBase('demo'),
      storefrontBase('demo', '/fr'),
      storefrontBase(null, 'fr'),
      '',
    ]) {
      expect(hrefs(render(base)), base || 'custom domain root').toEqual(expected(base));
    }
  });

  it('puts the site paths of rich text under the base too', () => {
    const html = renderPage(
      validateTree({
        content: [
          {
            type: 'RichText',
            props: { html: '<p><a href="/about">About</a> <a href="https://x.example/">X</a></p>' },
          },
        ],
      }),
      'T',
      'en',
      undefined,
      undefined,
      { links: storefrontLinks('/s/demo/fr') },
    );
    expect(hrefs(html)).toEqual(['/s/demo/fr/about', 'https://x.example/']);
  });

  it('renders links to missing targets as text, never as dead links', () => {
    const html = render('/s/demo');
    expect(html).toContain('<span class="wh-link--missing">Old page</span>');
    expect(html).toContain('<span class="wh-link--missing">Gone</span>');
    expect(hrefs(html)).not.toContain('/s/demo/old');
  });

  it("a site's own groups replace the theme's: an announcement bar and a logo-less header without search", () => {
    const groups = {
      header: {
        content: validateTree({
          content: [
            {
              type: 'AnnouncementBar',
              props: { text: 'Sale!', link: { label: 'See all', href: '/collections/all' } },
            },
            { type: 'SiteHeader', props: { menu: 'main', showSearch: false, cartLabel: 'Basket' } },
          ],
        }).content,
      },
      footer: { content: [] },
    };
    const html = render('/s/demo/fr', groups);
    expect(html).toContain(
      '<aside class="wh-announcement" aria-label="Announcement"><p class="wh-announcement__text">Sale! <a class="wh-announcement__link" href="/s/demo/fr/collections/all">See all</a></p></aside><header',
    );
    expect(html).not.toContain('<search');
    expect(html).toContain('href="/s/demo/fr/cart">Basket<span class="wh-cart-count"');
    expect(html).not.toContain('<footer class="wh-site-footer"');
  });

  it("speaks the page's language and shows the visitor's cart count only once the edge fills it in", () => {
    const french = render('/fr', loadThemeGroups(), 'fr');
    expect(french).toContain('placeholder="Rechercher…"');
    expect(french).toContain(
      '>Panier<span class="wh-cart-count" data-wh-cart-count=""><span class="wh-visually-hidden">, articles dans le panier : </span>0</span></a>',
    );
    expect(fillCartCount(french, 0)).toBe(french);
    const three = fillCartCount(french, 3);
    expect(three).toContain(
      '>Panier<span class="wh-cart-count" data-wh-cart-count="3"><span class="wh-visually-hidden">, articles dans le panier : </span>3</span></a>',
    );
    expect(fillCartCount(french, 250)).toContain('</span>99+</span>');
    // A page without the badge (no header, or the cart link hidden) is left as it is.
    expect(fillCartCount('<main>0</main>', 5)).toBe('<main>0</main>');
  });
});
