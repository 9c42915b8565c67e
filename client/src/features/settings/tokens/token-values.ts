/** Pure helpers for the design tokens editor: colours in W3C DTCG form and override documents. */
import { cssFontFamily, cssFontWeight } from '../../../../../templates/token-css.js';

/** A DTCG colour value as the server stores and resolves it. */
export interface SrgbColor {
  colorSpace: 'srgb';
  components: [number, number, number];
  hex: string;
}

const HEX = /^#([0-9a-f]{6})$/i;

export function isHex(value: string): boolean {
  return HEX.test(value);
}

/** `#1d4ed8` → `{ colorSpace: 'srgb', components: [0.1137, 0.3059, 0.8471], hex: '#1d4ed8' }`. */
export function hexToSrgb(hex: string): SrgbColor {
  const match = HEX.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const digits = match[1]!;
  const channel = (i: number) =>
    Math.round((Number.parseInt(digits.slice(i, i + 2), 16) / 255) * 10_000) / 10_000;
  return {
    colorSpace: 'srgb',
    components: [channel(0), channel(2), channel(4)],
    hex: `#${digits.toLowerCase()}`,
  };
}

/** The `#rrggbb` of a resolved DTCG colour value (its `hex`, else its sRGB components), or null. */
export function colorToHex(value: unknown): string | null {
  if (typeof value === 'string') return isHex(value) ? value.toLowerCase() : null;
  if (!value || typeof value !== 'object') return null;
  const { hex, components, colorSpace } = value as {
    hex?: unknown;
    components?: unknown;
    colorSpace?: unknown;
  };
  if (typeof hex === 'string' && isHex(hex)) return hex.toLowerCase();
  if (colorSpace !== 'srgb' || !Array.isArray(components) || components.length < 3) return null;
  const parts = components.slice(0, 3).map((c) => {
    const n = typeof c === 'number' ? Math.min(1, Math.max(0, c)) : 0;
    return Math.round(n * 255)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${parts.join('')}`;
}

type Doc = Record<string, unknown>;
const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of an override document with the token at `path` (e.g. `color.brand.primary`) set to
 * `value`, keeping every other token and the token's own `$description`/`$type`.
 */
export function withTokenValue(document: unknown, path: string, value: unknown): Doc {
  const root: Doc = isObject(document) ? structuredClone(document) : {};
  const keys = path.split('.');
  let group = root;
  for (const key of keys.slice(0, -1)) {
    const next = group[key];
    group = group[key] = isObject(next) ? next : {};
  }
  const last = keys[keys.length - 1]!;
  const existing = group[last];
  group[last] = { ...(isObject(existing) ? existing : {}), $value: value };
  return root;
}

/** The `$value` of the token at `path` in an override document, when the document sets one. */
export function tokenValueIn(document: unknown, path: string): unknown {
  let node: unknown = document;
  for (const key of path.split('.')) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return isObject(node) ? node.$value : undefined;
}

/** One problem the server found in an override, at a token path. */
export interface TokenProblem {
  path: string;
  message: string;
}

/** The problems of a BAD_USER_INPUT from setTenantTokens, keyed by token path. */
export function problemsByPath(extensions: Record<string, unknown>, message: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (path: string, text: string) => out.set(path, [...(out.get(path) ?? []), text]);
  const problems = Array.isArray(extensions.problems) ? extensions.problems : [];
  for (const problem of problems) {
    if (isObject(problem) && typeof problem.path === 'string' && typeof problem.message === 'string') {
      add(problem.path, problem.message);
    }
  }
  if (out.size === 0) add(typeof extensions.path === 'string' ? extensions.path : '', message);
  return out;
}

/** The text form of a token value in the editor, and back; null when the text is not valid. */
export interface TokenCodec {
  format(value: unknown): string;
  parse(text: string): unknown | null;
  hint: string;
}

const DIMENSION = /^(-?\d+(?:\.\d+)?)\s*(px|rem)$/;
/** A family name the server accepts in a stack: no quotes, semicolons, braces, backslashes, controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const FAMILY_NAME = /^[^"';{}\\<>\u0000-\u001f]{1,100}$/;
export const FONT_WEIGHT_KEYWORDS = [
  'thin',
  'hairline',
  'extra-light',
  'ultra-light',
  'light',
  'normal',
  'regular',
  'book',
  'medium',
  'semi-bold',
  'demi-bold',
  'bold',
  'extra-bold',
  'ultra-bold',
  'black',
  'heavy',
  'extra-black',
  'ultra-black',
] as const;

/** A DTCG alias such as `{spacing.2}`: the server resolves it (the live preview shows the result). */
const ALIAS = /^\{[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\}$/i;

export function isAlias(value: unknown): value is string {
  return typeof value === 'string' && ALIAS.test(value.trim());
}

/** A codec that also takes an alias, kept as typed (the server checks it points at a token of the type). */
function orAlias(codec: TokenCodec): TokenCodec {
  return {
    hint: `${codec.hint}, or an alias such as {spacing.2}`,
    format: (value) => (isAlias(value) ? value : codec.format(value)),
    parse: (text) => (isAlias(text) ? text.trim() : codec.parse(text)),
  };
}

const literalCodecs: Record<'dimension' | 'number' | 'fontWeight' | 'fontFamily', TokenCodec> = {
  dimension: {
    hint: 'a number with px or rem, e.g. 1.25rem',
    format: (value) => {
      if (!isObject(value)) return '';
      return typeof value.value === 'number' && typeof value.unit === 'string'
        ? `${value.value}${value.unit}`
        : '';
    },
    parse: (text) => {
      const match = DIMENSION.exec(text.trim());
      return match ? { value: Number(match[1]), unit: match[2] } : null;
    },
  },
  number: {
    hint: 'a number, e.g. 1.5',
    format: (value) => (typeof value === 'number' ? String(value) : ''),
    parse: (text) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : null),
  },
  fontWeight: {
    hint: '1–1000 or a keyword such as bold',
    format: (value) => (typeof value === 'number' || typeof value === 'string' ? String(value) : ''),
    parse: (text) => {
      const t = text.trim();
      if (/^\d{1,4}$/.test(t)) {
        const n = Number(t);
        return n >= 1 && n <= 1000 ? n : null;
      }
      return (FONT_WEIGHT_KEYWORDS as readonly string[]).includes(t) ? t : null;
    },
  },
  fontFamily: {
    hint: 'family names separated by commas, e.g. Brand Sans, system-ui, sans-serif',
    format: (value) => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : ''),
    parse: (text) => {
      const names = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return names.length > 0 && names.every((n) => FAMILY_NAME.test(n)) ? names : null;
    },
  },
};

export const codecs: Record<'dimension' | 'number' | 'fontWeight' | 'fontFamily', TokenCodec> = {
  dimension: orAlias(literalCodecs.dimension),
  number: orAlias(literalCodecs.number),
  fontWeight: orAlias(literalCodecs.fontWeight),
  fontFamily: orAlias(literalCodecs.fontFamily),
};

/** A CSS value for the editor's preview from a resolved (alias-free) DTCG value, or null. */
export function cssValueOf(type: string, value: unknown): string | null {
  switch (type) {
    case 'dimension':
      return literalCodecs.dimension.format(value) || null;
    case 'number':
      return typeof value === 'number' ? String(value) : null;
    case 'fontWeight':
      return (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && (FONT_WEIGHT_KEYWORDS as readonly string[]).includes(value))
        ? cssFontWeight(value)
        : null;
    case 'fontFamily': {
      // Only names the editor accepts, quoted as the server's stylesheet quotes them.
      const names = (Array.isArray(value) ? value : [value]).filter(
        (n): n is string => typeof n === 'string' && FAMILY_NAME.test(n),
      );
      return names.length ? cssFontFamily(names) : null;
    }
    case 'color':
      return colorToHex(value);
    default:
      return null;
  }
}

/** One self-hosted face of a fontFamily token (`$extensions["com.webhaze.fontFaces"]`). */
export interface FontFace {
  asset: string;
  weight: number | [number, number];
  style: 'normal' | 'italic';
  display?: string;
  unicodeRange?: string;
}

export const FONT_FACES_KEY = 'com.webhaze.fontFaces';

/** The faces the token at `path` declares in an override document ([] when none). */
export function fontFacesIn(document: unknown, path: string): FontFace[] {
  let node: unknown = document;
  for (const key of path.split('.')) {
    if (!isObject(node)) return [];
    node = node[key];
  }
  if (!isObject(node) || !isObject(node.$extensions)) return [];
  const faces = node.$extensions[FONT_FACES_KEY];
  return Array.isArray(faces) ? (faces.filter(isObject) as unknown as FontFace[]) : [];
}

/**
 * A copy of an override document with the faces of the token at `path` replaced (removed when
 * empty). Faces travel with the token's `$value`, so the value is set alongside.
 */
export function withFontFaces(document: unknown, path: string, value: unknown, faces: FontFace[]): Doc {
  const root = withTokenValue(document, path, value);
  let node: Doc = root;
  for (const key of path.split('.')) node = node[key] as Doc;
  const extensions: Doc = isObject(node.$extensions) ? { ...node.$extensions } : {};
  if (faces.length > 0) extensions[FONT_FACES_KEY] = faces;
  else delete extensions[FONT_FACES_KEY];
  if (Object.keys(extensions).length > 0) node.$extensions = extensions;
  else delete node.$extensions;
  return root;
}
