import { describe, expect, it } from 'vitest';
import { renderPage } from '../services/page-document.js';
import { validateTree } from '../services/tree.js';
import {
  cssUrl,
  FONT_FACES_EXTENSION,
  type FontSource,
  facesToPreload,
  fontFaceCss,
  fontFacesOfTokens,
  originsOf,
  type ResolvedFontFace,
} from './fonts.js';
import { type LayerName, resolveTokens, type TokenLayer } from './resolve.js';
import { globalTokenDocument, validateDocument } from './schema.js';

const REGULAR = '0b6c1c2e-6a4f-4f0e-9d7a-1c2b3c4d5e6f';
const BOLD = '1b6c1c2e-6a4f-4f0e-9d7a-1c2b3c4d5e6f';
const ITALIC = '2b6c1c2e-6a4f-4f0e-9d7a-1c2b3c4d5e6f';
const CDN = 'https://cdn.example.com/tenants/t/assets';

const layer = (name: LayerName, document: unknown): TokenLayer => ({ name, document });
const global = layer('global', globalTokenDocument);

/** A tenant layer giving `font.family.<name>` a value and faces. */
function family(value: unknown, faces: unknown, name = 'body', extra: Record<string, unknown> = {}) {
  return {
    font: {
      family: {
        [name]: { $value: value, $extensions: { [FONT_FACES_EXTENSION]: faces, ...extra } },
      },
    },
  };
}

const brandFaces = [
  { asset: REGULAR, weight: 400, style: 'normal' },
  { asset: BOLD, weight: 700, style: 'normal', display: 'fallback' },
  { asset: ITALIC, weight: [100, 900], style: 'italic', unicodeRange: 'U+0000-00FF, U+0131' },
];

const sources: Record<string, FontSource> = {
  [REGULAR]: { url: `${CDN}/${REGULAR}/original.woff2`, format: 'woff2' },
  [BOLD]: { url: `${CDN}/${BOLD}/original.woff2`, format: 'woff2' },
  [ITALIC]: { url: `https://fonts.other.example/${ITALIC}/original.woff2`, format: 'woff2' },
};

/** A resolved face of the body token: the defaults, with `over` on top. */
const face = (over: Partial<ResolvedFontFace>): ResolvedFontFace => ({
  tokenPath: 'font.family.body',
  family: 'Brand Sans',
  asset: REGULAR,
  weight: 400,
  style: 'normal',
  display: 'swap',
  unicodeRange: null,
  ...over,
});

describe('font faces on fontFamily tokens', () => {
  it('resolve with the token, its first family name and the defaults filled in', () => {
    const result = resolveTokens([global, layer('tenant', family(['Brand Sans', 'sans-serif'], brandFaces))]);
    expect(result.errors).toEqual([]);
    expect(result.tokens.get('font.family.body')?.fontFaces).toEqual([
      face({}),
      expect.objectContaining({ asset: BOLD, weight: 700, display: 'fallback' }),
      expect.objectContaining({ asset: ITALIC, weight: [100, 900], unicodeRange: 'U+0000-00FF, U+0131' }),
    ]);
    // The alias heading → body carries the value, not the faces: they are declared once.
    expect(result.tokens.get('font.family.heading')?.fontFaces).toBeUndefined();
    expect(fontFacesOfTokens(result.tokens)).toHaveLength(3);
    expect(result.css).toContain('--wh-font-family-body: "Brand Sans", sans-serif;');
  });

  it('keep other vendors’ extensions and accept faces on a token typed by its group', () => {
    const document = family('Brand', [{ asset: REGULAR, weight: 400, style: 'normal' }], 'brand', {
      'org.example.tool': { anything: true },
    });
    expect(validateDocument(document)).toBe(true);
    const result = resolveTokens([global, layer('tenant', document)]);
    expect(result.errors).toEqual([]);
    expect(result.tokens.get('font.family.brand')?.fontFaces?.[0]?.family).toBe('Brand');
  });

  it('travel with the $value: a later layer overriding the value without faces drops them', () => {
    const result = resolveTokens([
      global,
      layer('tenant', family(['Brand Sans'], brandFaces)),
      layer('region', { font: { family: { body: { $value: ['Other'] } } } }),
    ]);
    expect(result.errors).toEqual([]);
    expect(fontFacesOfTokens(result.tokens)).toEqual([]);
  });

  it.each([
    ['an asset id that is not a UUID', [{ asset: 'x', weight: 400, style: 'normal' }], /asset/],
    ['a weight of 0', [{ asset: REGULAR, weight: 0, style: 'normal' }], /weight/],
    ['a weight of 1001', [{ asset: REGULAR, weight: 1001, style: 'normal' }], /weight/],
    ['a style "oblique"', [{ asset: REGULAR, weight: 400, style: 'oblique' }], /style/],
    ['an unknown display', [{ asset: REGULAR, weight: 400, style: 'normal', display: 'now' }], /display/],
    [
      'a unicode-range that could break out of the rule',
      [{ asset: REGULAR, weight: 400, style: 'normal', unicodeRange: 'U+0-7F;}body{color:red' }],
      /unicodeRange/,
    ],
    ['a face missing its style', [{ asset: REGULAR, weight: 400 }], /style/],
    ['an unknown face property', [{ asset: REGULAR, weight: 400, style: 'normal', src: 'x' }], /src/],
    ['an empty list', [], /fontFaces/],
    ['seventeen faces', Array.from({ length: 17 }, () => brandFaces[0]), /fontFaces/],
  ])('are refused by the schema: %s, naming the token path', (_, faces, detail) => {
    const document = family(['Brand'], faces);
    expect(validateDocument(document)).toBe(false);
    const { errors } = resolveTokens([global, layer('tenant', document)]);
    expect(errors.map((e) => [e.kind, e.path, e.layer])).toEqual([['schema', 'font.family.body', 'tenant']]);
    expect(errors[0]!.message).toMatch(/^font\.family\.body: \$extensions\.com\.webhaze\.fontFaces/);
    expect(errors[0]!.message).toMatch(detail);
  });

  it.each([
    [
      'faces on a token that is not a fontFamily (type inherited from its group)',
      {
        size: {
          $type: 'dimension',
          md: { $value: { value: 1, unit: 'rem' }, $extensions: { [FONT_FACES_EXTENSION]: brandFaces } },
        },
      },
      'size.md',
      /only allowed on fontFamily tokens, not dimension/,
    ],
    [
      'faces on a generic family',
      family(['serif'], brandFaces),
      'font.family.body',
      /needs a named first family/,
    ],
    [
      'faces on a family name that is nothing once cleaned',
      family(['{}<>;'], brandFaces),
      'font.family.body',
      /needs a named first family/,
    ],
    [
      'a variable weight range the wrong way round',
      family(['Brand'], [{ asset: REGULAR, weight: [700, 300], style: 'normal' }]),
      'font.family.body',
      /weight must be \[min, max\]/,
    ],
  ])('are refused by the resolver: %s, naming the token path', (_, document, path, detail) => {
    const { errors, tokens } = resolveTokens([global, layer('tenant', document)]);
    expect(errors.map((e) => [e.kind, e.path, e.layer])).toEqual([['font-faces', path, 'tenant']]);
    expect(errors[0]!.message.startsWith(`${path}: `)).toBe(true);
    expect(errors[0]!.message).toMatch(detail);
    expect(tokens.has(path)).toBe(false);
  });
});

describe('@font-face rules', () => {
  it('name the family quoted, the source URL and format, weight, style, display and range', () => {
    const faces = [
      face({}),
      face({ asset: ITALIC, weight: [100, 900], style: 'italic', unicodeRange: 'U+0000-00FF' }),
    ];
    const { css, urls } = fontFaceCss(faces, sources);
    expect(css).toBe(
      `@font-face{font-family:"Brand Sans";src:url("${sources[REGULAR]!.url}") format("woff2");font-weight:400;font-style:normal;font-display:swap;}\n` +
        `@font-face{font-family:"Brand Sans";src:url("${sources[ITALIC]!.url}") format("woff2");font-weight:100 900;font-style:italic;font-display:swap;unicode-range:U+0000-00FF;}\n`,
    );
    expect(urls).toEqual([sources[REGULAR]!.url, sources[ITALIC]!.url]);
    expect(originsOf(urls)).toEqual(['https://cdn.example.com', 'https://fonts.other.example']);
  });

  it('leave out faces without a source (unknown, deleted, private or not a ready font asset) and repeats', () => {
    const { css, urls } = fontFaceCss([face({}), face({}), face({ asset: BOLD })], {
      [BOLD]: sources[BOLD]!,
    });
    expect(urls).toEqual([sources[BOLD]!.url]);
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(fontFaceCss([face({})], {})).toEqual({ css: '', urls: [] });
  });

  it('keep hostile family names inside one quoted string: no way out of the value, rule or <style>', () => {
    const hostile = [
      'X"; } body { display: none } @font-face { font-family: "Y',
      '</style><script>alert(1)</script>',
      'A\\"}\n*{color:red}',
      'Brand\u2028\u0000"',
    ];
    for (const name of hostile) {
      const { css } = fontFaceCss([face({ family: name })], sources);
      const declared = /^@font-face\{font-family:("(?:[^"\\]|\\.)*");src:/.exec(css);
      expect(declared, name).not.toBeNull();
      for (const c of ['<', '>', '\n', '\u2028', '\u0000'])
        expect(css.trimEnd().includes(c), name).toBe(false);
      // Exactly one rule: one opening and one closing brace.
      expect(css.split('{').length - 1, name).toBe(1);
      expect(css.split('}').length - 1, name).toBe(1);
      // The family in the rule is the same string the custom property carries.
      const resolved = resolveTokens([global, layer('tenant', family([name, 'serif'], [brandFaces[0]]))]);
      expect(resolved.errors, name).toEqual([]);
      expect(resolved.css).toContain(`--wh-font-family-body: ${declared![1]}, serif;`);
    }
  });

  it('renders hostile names and URLs into the page without ending the <style> element', () => {
    const name = '</style><script>alert(1)</script>';
    const resolved = resolveTokens([global, layer('tenant', family([name], [brandFaces[0]]))]);
    const { css } = fontFaceCss(fontFacesOfTokens(resolved.tokens), {
      [REGULAR]: { url: 'https://cdn.example.com/a"b<c>/</style>.woff2', format: 'woff2' },
    });
    const html = renderPage(validateTree({ content: [] }), 'T', 'en', `${resolved.css}${css}`);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<script');
    expect(html).toContain(
      'src:url("https://cdn.example.com/a%22b%3Cc%3E/%3C/style%3E.woff2") format("woff2")',
    );
  });

  it('only take absolute http(s) URLs without credentials, escaped for a CSS string', () => {
    expect(cssUrl('https://cdn.example.com/a b"c\\d.woff2')).toBe(
      'url("https://cdn.example.com/a%20b%22c/d.woff2")',
    );
    for (const bad of [
      'javascript:alert(1)',
      'data:font/woff2;base64,AAAA',
      '/files/x.woff2',
      'https://u:p@h/x',
      '',
    ])
      expect(cssUrl(bad), bad).toBeNull();
  });
});

describe('font preloads', () => {
  const roles = [
    { family: 'Brand Sans', weight: 400 },
    { family: 'Display', weight: 700 },
  ];
  it('pick the upright face nearest each role’s weight, body first, at most two', () => {
    const faces = [
      face({ asset: ITALIC, style: 'italic' }),
      face({ asset: BOLD, weight: 700 }),
      face({ asset: REGULAR, weight: 400 }),
      face({ family: 'Display', asset: BOLD, weight: 700 }),
    ];
    expect(facesToPreload(faces, roles, sources).map((f) => [f.family, f.asset])).toEqual([
      ['Brand Sans', REGULAR],
      ['Display', BOLD],
    ]);
  });

  it('prefer a variable face covering the weight, skip subsets without basic Latin and unknown assets', () => {
    const faces = [
      face({ asset: REGULAR, unicodeRange: 'U+0400-045F' }),
      face({ asset: ITALIC, weight: [100, 900] }),
      face({ asset: 'ffffffff-ffff-4fff-bfff-ffffffffffff' }),
    ];
    expect(facesToPreload(faces, roles, sources).map((f) => f.asset)).toEqual([ITALIC]);
    expect(facesToPreload(faces, [{ family: undefined, weight: 400 }], sources)).toEqual([]);
  });

  it('preload one file once even when body and headings share it', () => {
    const faces = [face({})];
    expect(facesToPreload(faces, [roles[0]!, { family: 'Brand Sans', weight: 700 }], sources)).toHaveLength(
      1,
    );
  });
});
