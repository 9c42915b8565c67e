import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { platformFontsOf } from '../../../core/platform-fonts.js';
import { mergePageFonts, NO_PAGE_FONTS, platformPageFonts } from './fonts-head.js';
import {
  contentSecurityPolicyFor,
  defaultFaviconUrl,
  descriptionFromContent,
  FALLBACK_DESCRIPTION_MAX,
  faviconLink,
  seoHead,
} from './head.js';

const HOSTILE = '</p><script>alert(1)</script>"\'&';
const markup = (node: ReactNode) => renderToStaticMarkup(createElement(Fragment, null, node));
const treeOf = (content: { type: string; props: Record<string, unknown> }[]) => ({
  root: { props: {} },
  content,
});

describe('the meta description fallback', () => {
  it("uses the page's first running text (slots included) when there is no SEO description", () => {
    const tree = treeOf([
      { type: 'Heading', props: { text: 'Our story', level: 1 } },
      { type: 'Text', props: { text: 'Short.' } },
      {
        type: 'Columns',
        props: {
          columns: [
            {
              items: [
                {
                  type: 'RichText',
                  props: { html: '<p>We make <strong>mugs</strong> &amp; bowls</p><p>by hand.</p>' },
                },
              ],
            },
          ],
        },
      },
      { type: 'Text', props: { text: 'Not this one, it comes later on the page.' } },
    ]);
    expect(descriptionFromContent(tree)).toBe('We make mugs & bowls by hand.');
    const head = markup(seoHead({ tree, title: 'About', path: '/about' }, null));
    expect(head).toContain('<meta name="description" content="We make mugs &amp; bowls by hand."/>');
    expect(head).toContain('<meta property="og:description" content="We make mugs &amp; bowls by hand."/>');
    // A stored SEO description wins.
    const own = markup(seoHead({ tree, title: 'About', path: '/about', seoDescription: 'Ours.' }, null));
    expect(own).toContain('<meta name="description" content="Ours."/>');
    expect(own).not.toContain('mugs');
  });

  it('cuts long text at a word boundary, escapes hostile text, and gives nothing for a page without text', () => {
    const long = 'Stoneware '.repeat(40);
    const cut = descriptionFromContent(
      treeOf([{ type: 'ImageBanner', props: { heading: 'x', text: long } }]),
    )!;
    expect(cut.length).toBeLessThanOrEqual(FALLBACK_DESCRIPTION_MAX);
    expect(cut).toMatch(/Stoneware…$/);
    const hostile = treeOf([{ type: 'Text', props: { text: `${HOSTILE} and some more words here` } }]);
    const head = markup(seoHead({ tree: hostile, title: 't', path: '/' }, null));
    expect(head).not.toContain('<script');
    expect(head).toContain('&lt;/p&gt;&lt;script&gt;');
    // Rich text goes through the sanitiser: a script's body is dropped, not turned into text.
    expect(
      descriptionFromContent(
        treeOf([
          {
            type: 'RichText',
            props: { html: '<script>alert(1)</script><p>Only this text is kept, nothing else.</p>' },
          },
        ]),
      ),
    ).toBe('Only this text is kept, nothing else.');
    const empty = treeOf([{ type: 'Heading', props: { text: 'Hi', level: 1 } }]);
    expect(descriptionFromContent(empty)).toBeNull();
    expect(markup(seoHead({ tree: empty, title: 't', path: '/' }, null))).not.toContain('name="description"');
  });
});

describe('the favicon', () => {
  it("draws the default from the brand colour and the site name's initial", () => {
    const url = defaultFaviconUrl('kiln & Loom', {
      colorSpace: 'srgb',
      components: [0.6, 0.27, 0.15],
      hex: '#9A4526',
    });
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    expect(svg).toContain('fill="#9a4526"');
    expect(svg).toContain('fill="#ffffff">K</text>');
    // A light brand colour gets a dark letter; an unusable colour the platform default.
    expect(decodeURIComponent(defaultFaviconUrl('Zed', '#fde68a'))).toContain('fill="#000000">Z</text>');
    expect(decodeURIComponent(defaultFaviconUrl('Zed', 'red;x'))).toContain('fill="#1d4ed8"');
    // Only a letter or digit is drawn: nothing of a hostile name reaches the SVG.
    const hostile = decodeURIComponent(defaultFaviconUrl('<svg onload=alert(1)>', '#000000'));
    expect(hostile).toContain('>S</text>');
    expect(hostile).not.toContain('onload');
    expect(decodeURIComponent(defaultFaviconUrl('---', '#000000'))).not.toContain('<text');
    expect(decodeURIComponent(defaultFaviconUrl('école', '#000000'))).toContain('>É</text>');
  });

  it("links the site's own image when it has one, else the default", () => {
    expect(markup(faviconLink({ assetUrl: '/files/t/a/320.webp', siteName: 'K', brandColour: null }))).toBe(
      '<link rel="icon" href="/files/t/a/320.webp"/>',
    );
    expect(markup(faviconLink({ assetUrl: null, siteName: 'K', brandColour: '#112233' }))).toMatch(
      /^<link rel="icon" type="image\/svg\+xml" href="data:image\/svg\+xml,%3Csvg/,
    );
  });
});

describe('the platform fonts in the head', () => {
  const tokens = (family: unknown) => [
    { path: 'typography.body', value: { fontFamily: family } },
    { path: 'font.family.heading', value: family },
  ];

  it('declares and preloads the bundled Inter when the tokens name it without faces of their own', () => {
    const fonts = platformPageFonts({ tokens: tokens(['Inter', 'system-ui', 'sans-serif']), fontFaces: [] });
    const [latin, latinExt] = platformFontsOf('Inter');
    expect(fonts.css).toContain(
      `@font-face{font-family:"Inter";font-style:normal;font-weight:100 900;font-display:swap;src:url("${latin!.url}") format("woff2");unicode-range:U+0000-00FF,`,
    );
    expect(fonts.css).toContain(latinExt!.url);
    expect(fonts.css.match(/@font-face/g)).toHaveLength(2);
    // One preload: the latin face (body and headings share the variable file).
    expect(markup(fonts.preloads)).toBe(
      `<link rel="preload" as="font" type="font/woff2" crossorigin="anonymous" href="${latin!.url}"/>`,
    );
    expect(contentSecurityPolicyFor('<html></html>', fonts.origins)).toContain("font-src 'self';");
  });

  it('adds nothing for families the platform does not ship or the tenant declares faces for', () => {
    expect(platformPageFonts({ tokens: tokens(['Georgia', 'serif']), fontFaces: [] })).toBe(NO_PAGE_FONTS);
    const declared = platformPageFonts({
      tokens: tokens(['Inter']),
      fontFaces: [
        {
          tokenPath: 'font.family.body',
          family: 'Inter',
          asset: '00000000-0000-4000-8000-000000000001',
          weight: 400,
          style: 'normal',
          display: 'swap',
          unicodeRange: null,
        },
      ],
    });
    expect(declared).toBe(NO_PAGE_FONTS);
    expect(contentSecurityPolicyFor('<html></html>', [])).not.toContain('font-src');
    const tenant = { css: '@font-face{x}', preloads: null, origins: ['https://cdn.example'] };
    const merged = mergePageFonts(tenant, platformPageFonts({ tokens: tokens(['Inter']), fontFaces: [] }));
    expect(merged.origins).toEqual(['https://cdn.example', "'self'"]);
    expect(merged.css.startsWith('@font-face{x}\n@font-face{font-family:"Inter"')).toBe(true);
  });
});
