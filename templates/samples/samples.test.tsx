import { describe, expect, it } from 'vitest';
import { renderPage } from '../../subgraphs/cms/services/page-document.js';
import {
  fillPlaceholders,
  loadTemplates,
  type Template,
} from '../../subgraphs/cms/services/template-service.js';
import { validateTree } from '../../subgraphs/cms/services/tree.js';
import { resolveTokens } from '../../subgraphs/cms/tokens/resolve.js';
import { globalTokenDocument } from '../../subgraphs/cms/tokens/schema.js';

const templates = loadTemplates();
const values = { 'site.name': 'Acme <Shop>', 'page.title': 'Spring & Summer', 'page.path': '/spring' };
const env = { products: {}, images: {} };

function render(template: Template) {
  const tree = validateTree(fillPlaceholders(template.data, values));
  // The landing and product grids list products the renderer provides; the template stores ids only.
  for (const node of tree.content) {
    if (node.type === 'ProductGrid') node.props.productIds = ['p1', 'p2', 'p3'];
  }
  return renderPage(tree, values['page.title'], 'en', undefined, undefined, {
    ...env,
    products: {
      p1: { title: 'Mug', price: { amount: 1250, currency: 'EUR' }, href: '/products/mug' },
      p2: { title: 'Tee', price: { amount: 2000, currency: 'EUR' }, href: '/products/tee' },
      p3: { title: 'Cap', price: { amount: 900, currency: 'EUR' }, href: '/products/cap' },
    },
  });
}

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
      expect(html).toContain('<header class="wh-header">');
      expect(html).toContain('<footer class="wh-footer">');
      expect(html).toContain('<div class="wh-columns wh-columns--');
    });
  }

  it('product grids list the provided products with formatted prices and links', () => {
    for (const id of ['landing', 'product']) {
      const html = render(templates.get(id)!);
      expect(html.match(/<li class="wh-product">/g), id).toHaveLength(3);
      expect(html).toContain(
        '<a href="/products/mug"><span class="wh-product__title">Mug</span><span class="wh-product__price">€12.50</span></a>',
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
