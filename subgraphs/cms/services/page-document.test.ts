import { describe, expect, it } from 'vitest';
import { renderPage } from './page-document.js';
import { validateTree } from './tree.js';

const render = (content: unknown[], title = 'Home', lang?: string) =>
  renderPage(validateTree({ content }), title, lang);

describe('renderPage', () => {
  it('renders a complete document: doctype, lang, charset, title, main', () => {
    const html = render([{ type: 'Heading', props: { text: 'Welcome', level: 1 } }], 'Home');
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<meta charSet="utf-8"/>');
    expect(html).toContain('<title>Home</title>');
    expect(html).toMatch(
      /<main id="main"><section><h1 class="wh-heading">Welcome<\/h1><\/section><\/main><\/body><\/html>$/,
    );
    expect(render([], 'x', 'de')).toContain('<html lang="de">');
  });

  it('escapes the title and text content', () => {
    const html = render(
      [
        { type: 'Heading', props: { text: '</h2><script>alert(1)</script>' } },
        { type: 'Text', props: { text: '<img src=x onerror=alert(1)>' } },
        { type: 'Button', props: { label: '<b>x</b>', href: '/a?x="><script>' } },
      ],
      '</title><script>alert(1)</script>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('&lt;/h2&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('href="/a?x=&quot;&gt;&lt;script&gt;"');
  });

  it('renders only http(s) and site-relative hrefs', () => {
    const html = render([
      { type: 'Button', props: { label: 'a', href: 'https://example.com/' } },
      { type: 'Button', props: { label: 'b', href: '/contact', variant: 'secondary' } },
    ]);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://example.com/', '/contact']);
    expect(html).toContain('class="wh-button wh-button--secondary"');
    // A stored tree is re-parsed at render time: a javascript: href that slipped into storage throws.
    expect(() =>
      renderPage(
        {
          root: { props: {} },
          content: [{ type: 'Button', props: { label: 'x', href: 'javascript:alert(1)' } }],
        },
        't',
      ),
    ).toThrow(/Links must be http\(s\) or start with \//);
  });

  it('skips unknown components in a stored tree instead of rendering them', () => {
    const html = renderPage({ root: { props: {} }, content: [{ type: 'Script', props: { src: 'x' } }] }, 't');
    expect(html).toContain('<main id="main"></main>');
  });
});
