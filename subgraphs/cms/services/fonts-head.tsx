import type { ReactNode } from 'react';
import { platformFontsOf } from '../../../core/platform-fonts.js';
import {
  type FontSource,
  facesToPreload,
  firstFamily,
  fontFaceCss,
  originsOf,
  type ResolvedFontFace,
} from '../tokens/fonts.js';

/**
 * The font part of a rendered page: `@font-face` rules for the token style block, preload links
 * for the faces the first paint needs, and the origins CSP `font-src` must allow. Every URL comes
 * from the assets service (the render-data operation), never from the page or the token document.
 */
export interface PageFonts {
  /** `@font-face` rules, appended to the resolved tokens stylesheet (empty without faces). */
  css: string;
  /** `<link rel="preload" as="font">` elements for `<head>`. */
  preloads: ReactNode;
  /** The origins the font files are served from, for CSP `font-src` (empty without faces). */
  origins: string[];
}

export const NO_PAGE_FONTS: PageFonts = { css: '', preloads: null, origins: [] };

/**
 * The families the first paint uses, with the weight it uses them at: body text
 * (`--wh-typography-body-font-family`, normal weight) and headings (`--wh-font-family-heading`,
 * the browser's bold), as the component styles in page-document.tsx apply them.
 */
export function fontRoles(
  tokens: readonly { path: string; value: unknown }[],
): { family: string | undefined; weight: number }[] {
  const tokenValue = (path: string) => tokens.find((t) => t.path === path)?.value;
  const typography = tokenValue('typography.body') as { fontFamily?: unknown } | undefined;
  return [
    { family: firstFamily(typography?.fontFamily ?? tokenValue('font.family.body')), weight: 400 },
    { family: firstFamily(tokenValue('font.family.heading')), weight: 700 },
  ];
}

export function pageFonts(
  designTokens: {
    tokens: readonly { path: string; value: unknown }[];
    fontFaces: readonly ResolvedFontFace[];
  },
  sources: Readonly<Record<string, FontSource>>,
): PageFonts {
  if (designTokens.fontFaces.length === 0) return NO_PAGE_FONTS;
  const { css, urls } = fontFaceCss(designTokens.fontFaces, sources);
  if (urls.length === 0) return NO_PAGE_FONTS;
  const preload = facesToPreload(designTokens.fontFaces, fontRoles(designTokens.tokens), sources);
  return {
    css,
    // React escapes the href; `crossOrigin="anonymous"` matches how @font-face fetches (CORS, no credentials).
    preloads: preload.map((face) => (
      <link
        key={face.asset}
        rel="preload"
        as="font"
        type="font/woff2"
        crossOrigin="anonymous"
        href={sources[face.asset]!.url}
      />
    )),
    origins: originsOf(urls),
  };
}

/**
 * The platform's bundled faces (core/platform-fonts.ts) for the families the first paint uses that
 * the tokens name without declaring faces of their own: the default theme's Inter loads without an
 * upload. Their URLs are root-relative (`/_fonts/...`, served by the storefront edge on every host),
 * so CSP `font-src` allows 'self'. A tenant's own faces for a family win (ADR 0048).
 */
export function platformPageFonts(designTokens: {
  tokens: readonly { path: string; value: unknown }[];
  fontFaces: readonly ResolvedFontFace[];
}): PageFonts {
  const declared = new Set(designTokens.fontFaces.map((face) => face.family.trim().toLowerCase()));
  const families = new Set(
    fontRoles(designTokens.tokens).flatMap(({ family }) =>
      family && !declared.has(family.trim().toLowerCase()) ? [family.trim().toLowerCase()] : [],
    ),
  );
  const files = [...families].flatMap((family) => platformFontsOf(family));
  if (files.length === 0) return NO_PAGE_FONTS;
  return {
    // Family names and ranges come from the pinned package (checked when read), URLs are ours.
    css: files
      .map(
        (f) =>
          `@font-face{font-family:"${f.family}";font-style:${f.style};font-weight:${f.weight[0]} ${f.weight[1]};font-display:swap;src:url("${f.url}") format("woff2");unicode-range:${f.unicodeRange}}`,
      )
      .join('\n'),
    preloads: files
      .filter((f) => f.preload)
      .map((f) => (
        <link key={f.url} rel="preload" as="font" type="font/woff2" crossOrigin="anonymous" href={f.url} />
      )),
    origins: ["'self'"],
  };
}

/** The tenant's faces and the platform's together. */
export function mergePageFonts(a: PageFonts, b: PageFonts): PageFonts {
  if (a === NO_PAGE_FONTS) return b;
  if (b === NO_PAGE_FONTS) return a;
  return {
    css: `${a.css}\n${b.css}`,
    preloads: (
      <>
        {a.preloads}
        {b.preloads}
      </>
    ),
    origins: [...new Set([...a.origins, ...b.origins])],
  };
}
