import { cssFontFamilyName, cssFontWeight } from '../../../templates/token-css.js';

/**
 * Self-hosted font faces declared on fontFamily tokens (`$extensions["com.webhaze.fontFaces"]`),
 * and the CSS and preload hints they become. Pure: the URLs are looked up by the caller (the
 * assets service, through the renderer's one supergraph operation) and passed in.
 */

/** The `$extensions` key that carries a fontFamily token's self-hosted faces. */
export const FONT_FACES_EXTENSION = 'com.webhaze.fontFaces';

export type FontStyle = 'normal' | 'italic';
export type FontDisplay = 'auto' | 'block' | 'swap' | 'fallback' | 'optional';

/** One face as declared on a token (shape checked by config/design-tokens.schema.json). */
export interface FontFaceDeclaration {
  asset: string;
  /** 1–1000, or `[min, max]` for a variable font. */
  weight: number | [number, number];
  style: FontStyle;
  display?: FontDisplay;
  unicodeRange?: string;
}

/** A face of a resolved token: its family is the token's first family name. */
export interface ResolvedFontFace {
  /** The token that declared it, e.g. `font.family.body`. */
  tokenPath: string;
  /** The first family name of the token's resolved value, as written (unquoted). */
  family: string;
  /** Asset id, lowercase. */
  asset: string;
  weight: number | [number, number];
  style: FontStyle;
  display: FontDisplay;
  unicodeRange: string | null;
}

/** Where a font asset is served from; only READY, public WOFF2 font assets get here. */
export interface FontSource {
  url: string;
  format: 'woff2';
}

/** The most preload links a page gets (the body's and the headings' regular faces). */
export const MAX_FONT_PRELOADS = 2;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNICODE_RANGE =
  /^U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?(, ?U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?)*$/;
const STYLES = new Set<string>(['normal', 'italic']);
const DISPLAYS = new Set<string>(['auto', 'block', 'swap', 'fallback', 'optional']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The raw face list of a token's `$extensions` (undefined when it declares none). */
export function fontFacesOf(token: Json): unknown {
  const extensions = token.$extensions;
  return isObject(extensions) ? extensions[FONT_FACES_EXTENSION] : undefined;
}

const validWeight = (w: unknown) => typeof w === 'number' && Number.isFinite(w) && w >= 1 && w <= 1000;

/** The first family name of a fontFamily value. */
export const firstFamily = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) ? (value[0] as string | undefined) : undefined;

/**
 * Checks a token's faces once its type and value are resolved; the schema already checked their
 * shape, this repeats it (tokens reach here from every layer) and adds what a schema cannot say.
 * Returns the problem (without the token path) or null.
 */
export function fontFacesProblem(type: string, value: unknown, faces: unknown): string | null {
  const where = `$extensions["${FONT_FACES_EXTENSION}"]`;
  if (type !== 'fontFamily') return `${where} is only allowed on fontFamily tokens, not ${type}`;
  const family = firstFamily(value);
  const css = family === undefined ? null : cssFontFamilyName(family);
  if (css === null || !css.startsWith('"'))
    return `${where} needs a named first family (not a generic one like serif) to declare faces for`;
  if (!Array.isArray(faces) || faces.length === 0 || faces.length > 16)
    return `${where} must be a list of 1 to 16 faces`;
  for (const [i, face] of faces.entries()) {
    const at = `${where}[${i}]`;
    if (!isObject(face)) return `${at} must be an object`;
    if (typeof face.asset !== 'string' || !UUID.test(face.asset.toLowerCase()))
      return `${at}.asset must be a font asset id (a UUID)`;
    const w = face.weight;
    if (Array.isArray(w)) {
      if (w.length !== 2 || !w.every(validWeight) || (w[0] as number) > (w[1] as number))
        return `${at}.weight must be [min, max] with 1 ≤ min ≤ max ≤ 1000`;
    } else if (!validWeight(w)) return `${at}.weight must be from 1 to 1000`;
    if (typeof face.style !== 'string' || !STYLES.has(face.style))
      return `${at}.style must be "normal" or "italic"`;
    if (face.display !== undefined && (typeof face.display !== 'string' || !DISPLAYS.has(face.display)))
      return `${at}.display must be one of auto, block, swap, fallback, optional`;
    if (
      face.unicodeRange !== undefined &&
      (typeof face.unicodeRange !== 'string' ||
        face.unicodeRange.length > 2000 ||
        !UNICODE_RANGE.test(face.unicodeRange))
    )
      return `${at}.unicodeRange must look like "U+0000-00FF, U+0131"`;
  }
  return null;
}

/** The faces of one resolved fontFamily token (checked by `fontFacesProblem` first). */
export function resolvedFontFaces(tokenPath: string, value: unknown, faces: unknown): ResolvedFontFace[] {
  const family = firstFamily(value)!;
  return (faces as FontFaceDeclaration[]).map((face) => ({
    tokenPath,
    family,
    asset: face.asset.toLowerCase(),
    weight: Array.isArray(face.weight) ? [face.weight[0], face.weight[1]] : face.weight,
    style: face.style,
    display: face.display ?? 'swap',
    unicodeRange: face.unicodeRange ?? null,
  }));
}

/**
 * The faces of all tokens, without repeats: two tokens may name the same family (an alias, or a
 * heading token declaring the body's faces again); a face is its family, asset, weight and style.
 */
export function distinctFontFaces(faces: readonly ResolvedFontFace[]): ResolvedFontFace[] {
  const seen = new Set<string>();
  const out: ResolvedFontFace[] = [];
  for (const face of faces) {
    const key = JSON.stringify([cssFontFamilyName(face.family), face.asset, face.weight, face.style]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(face);
  }
  return out;
}

/**
 * A URL for `url("...")`: absolute http(s) only, serialised by the URL parser (which percent-encodes
 * quotes, spaces, `<`, `>` and controls), with anything else that could end the string escaped.
 */
export function cssUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const escaped = url.href.replace(
    /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/g,
    (c) => `\\${c.codePointAt(0)!.toString(16)} `,
  );
  return `url("${escaped}")`;
}

const weightCss = (w: number | [number, number]) =>
  Array.isArray(w) ? `${cssFontWeight(w[0])} ${cssFontWeight(w[1])}` : cssFontWeight(w);

/**
 * `@font-face` rules for the faces whose asset has a source; faces without one (unknown, deleted,
 * private, not a ready font) are left out, so the family falls back to the rest of its stack.
 */
export function fontFaceCss(
  faces: readonly ResolvedFontFace[],
  sources: Readonly<Record<string, FontSource>>,
): { css: string; urls: string[] } {
  const rules: string[] = [];
  const urls: string[] = [];
  for (const face of distinctFontFaces(faces)) {
    const source = sources[face.asset];
    const family = cssFontFamilyName(face.family);
    const src = source ? cssUrl(source.url) : null;
    if (!source || !src || !family?.startsWith('"')) continue;
    const range =
      face.unicodeRange && UNICODE_RANGE.test(face.unicodeRange) ? `unicode-range:${face.unicodeRange};` : '';
    rules.push(
      `@font-face{font-family:${family};src:${src} format("${source.format}");font-weight:${weightCss(face.weight)};font-style:${face.style};font-display:${DISPLAYS.has(face.display) ? face.display : 'swap'};${range}}`,
    );
    urls.push(source.url);
  }
  return { css: rules.length ? `${rules.join('\n')}\n` : '', urls };
}

/** Whether a face's unicode-range (none: everything) covers the code point. */
function covers(face: ResolvedFontFace, codePoint: number): boolean {
  if (!face.unicodeRange) return true;
  return face.unicodeRange.split(',').some((part) => {
    const [from, to] = part.trim().slice(2).split('-') as [string, string | undefined];
    const low = Number.parseInt(from.replace(/\?/g, '0'), 16);
    const high = Number.parseInt((to ?? from).replace(/\?/g, 'f'), 16);
    return codePoint >= low && codePoint <= high;
  });
}

const distance = (w: number | [number, number], target: number) =>
  Array.isArray(w)
    ? target < w[0]
      ? w[0] - target
      : target > w[1]
        ? target - w[1]
        : 0
    : Math.abs(w - target);

/**
 * The faces worth preloading: for each role (body text, headings) in order, the upright face of
 * the role's family nearest the role's weight that covers basic Latin, at most MAX_FONT_PRELOADS.
 */
export function facesToPreload(
  faces: readonly ResolvedFontFace[],
  roles: readonly { family: string | undefined; weight: number }[],
  sources: Readonly<Record<string, FontSource>>,
): ResolvedFontFace[] {
  const usable = distinctFontFaces(faces).filter(
    (f) => sources[f.asset] && cssUrl(sources[f.asset]!.url) && f.style === 'normal' && covers(f, 0x61),
  );
  const picked: ResolvedFontFace[] = [];
  for (const role of roles) {
    if (picked.length >= MAX_FONT_PRELOADS || role.family === undefined) continue;
    const family = cssFontFamilyName(role.family);
    const best = usable
      .filter((f) => cssFontFamilyName(f.family) === family)
      .sort((a, b) => distance(a.weight, role.weight) - distance(b.weight, role.weight))[0];
    if (best && !picked.some((p) => sources[p.asset]!.url === sources[best.asset]!.url)) picked.push(best);
  }
  return picked;
}

/** The origin of every URL (for CSP `font-src`), sorted, without repeats. */
export function originsOf(urls: readonly string[]): string[] {
  return [...new Set(urls.map((u) => new URL(u).origin))].sort();
}

/** The faces of every resolved token that declares some, in path order. */
export function fontFacesOfTokens(
  tokens: ReadonlyMap<string, { fontFaces?: ResolvedFontFace[] }>,
): ResolvedFontFace[] {
  return [...tokens.values()].flatMap((t) => t.fontFaces ?? []);
}
