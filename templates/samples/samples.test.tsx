import { describe, expect, it } from 'vitest';
import { STARTER_PAGES_DIR } from '../../subgraphs/cms/services/onboarding.js';
import { renderPage } from '../../subgraphs/cms/services/page-document.js';
import { loadThemeDefaults } from '../../subgraphs/cms/services/page-types.js';
import { checkedPath, loadThemeGroups } from '../../subgraphs/cms/services/site-layout.js';
import {
  fillPlaceholders,
  loadTemplates,
  type Template,
} from '../../subgraphs/cms/services/template-service.js';
import { validateTree } from '../../subgraphs/cms/services/tree.js';
import { resolveTokens } from '../../subgraphs/cms/tokens/resolve.js';
import { globalTokenDocument } from '../../subgraphs/cms/tokens/schema.js';
import { storedHrefs } from '../components/render.js';
import { BINDING_COMPONENTS, PAGE_TYPES } from '../page-types.js';

const templates = loadTemplates();
const values = { 'site.name': 'Acme <Shop>', 'page.title': 'Spring & Summer', 'page.path': '/spring' };
const env = { products: {}, images: {} };

function render(template: Template) {
  const tree = validateTree(fillPlaceholders(template.data, values));
  // The landing and product grids list products the renderer provides; the template stores ids only.
  for (const node of tree.content) {
    if (node.type === 'ProductGrid') node.props.productIds = ['p1', 'p2', 'p3'];
  }
  const theme = loadThemeGroups();
  return renderPage(
    tree,
    values['page.title'],
    'en',
    undefined,
    undefined,
    {
      ...env,
      site: { name: values['site.name'], year: 2026, menus: {} },
      products: {
        p1: { title: 'Mug', price: { amount: 1250, currency: 'EUR' }, href: '/products/mug' },
        p2: { title: 'Tee', price: { amount: 2000, currency: 'EUR' }, href: '/products/tee' },
        p3: { title: 'Cap', price: { amount: 900, currency: 'EUR' }, href: '/products/cap' },
      },
    },
    { header: theme.header.content, footer: theme.footer.content },
  );
}

/**
 * The pages the demo store seeds (stack/seed.ts) and a starter site has (services/onboarding.ts) that
 * the samples may link to; page types are served by the storefront.
 */
const SEEDED_PAGES = ['/', '/about', '/contact', '/privacy'];

describe('sample templates', () => {
  it('ships a landing (JSON), a product (YAML) and a blog (YAML) template', () => {
    expect([...templates.keys()]).toEqual(['blog', 'landing', 'product']);
    for (const t of templates.values()) {
      expect(t.name).not.toBe('');
      expect(t.description).not.toBe('');
      // Puck data shape with slots for nested columns.
      expect(Object.keys(t.data)).toEqual(expect.arrayContaining(['root', 'content']));
      expect(t.data.content.some((n) => n.type === 'Columns')).toBe(true);
    }
  });

  for (const id of ['landing', 'product', 'blog']) {
    it(`${id}: validates and renders one h1, sized images with alt, placeholders filled, escaped`, () => {
      const html = render(templates.get(id)!);
      expect(html.match(/<h1[\s>]/g), 'exactly one h1').toHaveLength(1);
      const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
      for (const img of imgs) {
        expect(img).toMatch(/ width="\d+"/);
        expect(img).toMatch(/ height="\d+"/);
        expect(img).toMatch(/ alt="[^"]*"/);
      }
      expect(html).not.toContain('{{');
      expect(html).toContain('Acme &lt;Shop&gt;');
      expect(html).toContain('Spring &amp; Summer');
      expect(html).not.toMatch(/<script/i);
      // The site layout's header and footer frame the page; the template has none of its own.
      expect(html.match(/<header[\s>]/g), 'one header').toHaveLength(1);
      expect(html).toContain('<header class="wh-site-header">');
      expect(html).toContain('<footer class="wh-site-footer">');
      expect(html).toContain('<div class="wh-columns wh-columns--');
    });
  }

  it('link only to pages the demo store has and to page types (all products, cart)', () => {
    for (const [id, template] of templates) {
      const links = storedHrefs(template.data.content).map(({ href }) => href);
      const rich = template.data.content.flatMap((n) =>
        typeof n.props.html === 'string'
          ? [...n.props.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)
          : [],
      );
      for (const href of [...links, ...rich]) {
        const path = checkedPath(href);
        if (path !== null) expect(SEEDED_PAGES, `${id}: ${href}`).toContain(path);
        else expect(href, `${id}: ${href}`).toMatch(/^\/(collections\/all|cart)$|^#/);
      }
    }
  });

  it('product grids list the provided products with formatted prices and links', () => {
    for (const id of ['landing', 'product']) {
      const html = render(templates.get(id)!);
      expect(html.match(/<li class="wh-product">/g), id).toHaveLength(3);
      expect(html).toContain(
        '<a class="wh-card" href="/products/mug"><span class="wh-card__media"><span class="wh-media wh-media--empty" aria-hidden="true"></span></span><h3 class="wh-card__title">Mug</h3><span class="wh-price">€12.50</span></a>',
      );
    }
  });

  it('leaves images to choose (the designed fallback, never a broken image) and token props as custom properties', () => {
    const product = render(templates.get('product')!);
    expect(product).not.toContain('<img');
    expect(product).toContain(
      '<span class="wh-image wh-image--missing" style="aspect-ratio:1200 / 900" role="img" aria-label="Spring &amp; Summer"></span>',
    );
    for (const template of templates.values()) {
      expect(JSON.stringify(template.data), template.id).not.toMatch(/"assetId":"[^"]/);
    }
    const landing = render(templates.get('landing')!);
    expect(landing).toContain(
      'style="background:var(--wh-color-brand-primary);color:var(--wh-color-text-inverse)"',
    );
  });

  it("each template's default tokens resolve over the global defaults and change them", () => {
    const expected: Record<string, [string, string]> = {
      landing: ['--wh-color-brand-primary', '#0f766e'],
      product: ['--wh-color-brand-primary', '#166534'],
      blog: ['--wh-font-family-heading', 'Georgia'],
    };
    for (const [id, [variable, value]] of Object.entries(expected)) {
      const globalOnly = resolveTokens([{ name: 'global', document: globalTokenDocument }]);
      const result = resolveTokens([
        { name: 'global', document: globalTokenDocument },
        { name: 'template', document: templates.get(id)!.tokens },
      ]);
      expect(result.errors, id).toEqual([]);
      const declaration = new RegExp(`${variable}:[^;}]*${value}`, 'i');
      expect(result.css, id).toMatch(declaration);
      expect(globalOnly.css, id).not.toMatch(declaration);
    }
  });
});

describe('the sample theme: page-type templates (templates/samples/theme/<type>.json)', () => {
  it('ships a valid default for every page type, each with its binding component and one h1', () => {
    const defaults = loadThemeDefaults();
    expect([...defaults.keys()]).toEqual([...PAGE_TYPES]);
    for (const type of PAGE_TYPES) {
      const tree = defaults.get(type)!;
      const bound = Object.entries(BINDING_COMPONENTS).find(([, t]) => t === type)?.[0];
      if (bound)
        expect(
          tree.content.map((n) => n.type),
          type,
        ).toContain(bound);
      // Another page type's binding component is refused.
      const foreign = Object.entries(BINDING_COMPONENTS).find(([, t]) => t !== type)![0];
      expect(() =>
        validateTree({ ...tree, content: [...tree.content, { type: foreign, props: {} }] }, type),
      ).toThrow(/allowed only in that page type's template/);
      // Rendered without data (as the editor shows them): one h1, placeholders, no broken images.
      const html = renderPage(tree, type, 'en');
      expect(html.match(/<h1[\s>]/g), type).toHaveLength(1);
      expect(html, type).not.toMatch(/<img /);
    }
  });
});

describe("the sample theme's starter pages (templates/samples/theme/pages/)", () => {
  const starters = loadTemplates(STARTER_PAGES_DIR);

  it('ships a home, about, contact and privacy page, each with one h1 and the business name filled in', () => {
    expect([...starters.keys()]).toEqual(['about', 'contact', 'home', 'privacy']);
    for (const [id, template] of starters) {
      const html = render(template);
      expect(html.match(/<h1[\s>]/g), id).toHaveLength(1);
      expect(html, id).not.toContain('{{');
      expect(html, id).not.toContain('Acme <Shop>');
    }
    expect(render(starters.get('home')!)).toContain('Welcome to Acme &lt;Shop&gt;');
  });

  it('links only to the starter pages and the storefront routes', () => {
    for (const [id, template] of starters) {
      for (const { href } of storedHrefs(template.data.content)) {
        const path = checkedPath(href);
        if (path !== null) expect(SEEDED_PAGES, `${id}: ${href}`).toContain(path);
      }
    }
  });
});
