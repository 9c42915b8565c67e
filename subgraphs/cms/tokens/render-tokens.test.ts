import { describe, expect, it } from 'vitest';
import { renderPage } from '../services/page-document.js';
import { validateTree } from '../services/tree.js';
import { resolveTokens } from './resolve.js';
import { globalTokenDocument } from './schema.js';

const tree = validateTree({ content: [{ type: 'Button', props: { label: 'Go', href: '/' } }] });
const styleOf = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;

describe('renderPage with design tokens', () => {
  it('keeps working without tokens (the default custom properties)', () => {
    const css = styleOf(renderPage(tree, 'T'));
    expect(css).toContain('--wh-color-brand-primary:#1d4ed8');
    expect(css).toContain('.wh-button--primary{background:var(--wh-color-brand-primary)');
  });

  it('uses the resolved tokens stylesheet instead of the defaults when one is passed', () => {
    const { css: tokensCss, errors } = resolveTokens([
      { name: 'global', document: globalTokenDocument },
      {
        name: 'tenant',
        document: {
          color: { brand: { primary: { $value: { colorSpace: 'srgb', components: [1, 0, 0] } } } },
        },
      },
    ]);
    expect(errors).toEqual([]);
    const css = styleOf(renderPage(tree, 'T', 'en', tokensCss));
    expect(css).toContain('--wh-color-brand-primary: #ff0000;');
    expect(css).not.toContain('#1d4ed8');
  });

  it('only references custom properties the global tokens define', () => {
    const { css: tokensCss } = resolveTokens([{ name: 'global', document: globalTokenDocument }]);
    const defined = new Set([...tokensCss.matchAll(/(--wh-[a-z0-9_-]+):/g)].map((m) => m[1]));
    const css = styleOf(renderPage(tree, 'T'));
    const used = [...new Set([...css.matchAll(/var\((--wh-[a-z0-9_-]+)\)/g)].map((m) => m[1]!))];
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
    // and the built-in defaults define every one of them too
    for (const name of used) expect(css).toContain(`${name}:`);
  });

  it('never lets a stylesheet close the <style> element', () => {
    const html = renderPage(tree, 'T', 'en', ':root { --x: "</style><script>alert(1)</script>"; }');
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});
