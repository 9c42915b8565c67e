/**
 * Resolved DTCG token values → CSS. Every value is rebuilt from numbers and fixed keywords; the
 * only free text that reaches CSS is a font family name, which is quoted after removing anything
 * that could end the string, the declaration, the rule or the surrounding <style> element.
 */

export const CSS_PREFIX = '--wh-';

/** Path segments usable in a custom property name without escaping. */
export const CSS_SEGMENT = /^[a-z0-9_-]+$/;

/** `color.brand.primary` → `--wh-color-brand-primary` (segments were checked against CSS_SEGMENT). */
export function cssVariableName(path: string): string {
  return `${CSS_PREFIX}${path.split('.').join('-')}`;
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error('not a finite number');
  const rounded = Math.round(n * 10_000) / 10_000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

interface Color {
  colorSpace: string;
  components: (number | 'none')[];
  alpha?: number;
}
interface Dimension {
  value: number;
  unit: string;
}

const comp = (c: number | 'none', scale = 1, suffix = '') =>
  c === 'none' ? 'none' : `${num(c * scale)}${suffix}`;

const hex2 = (c: number) =>
  Math.round(Math.min(1, Math.max(0, c)) * 255)
    .toString(16)
    .padStart(2, '0');

export function cssColor(color: Color): string {
  const [a, b, c] = color.components as [number | 'none', number | 'none', number | 'none'];
  const alpha = color.alpha ?? 1;
  const slashAlpha = alpha < 1 ? ` / ${num(alpha)}` : '';
  switch (color.colorSpace) {
    case 'srgb':
      if (alpha === 1 && a !== 'none' && b !== 'none' && c !== 'none')
        return `#${hex2(a)}${hex2(b)}${hex2(c)}`;
      return `color(srgb ${comp(a)} ${comp(b)} ${comp(c)}${slashAlpha})`;
    case 'hsl':
    case 'hwb':
      return `${color.colorSpace}(${comp(a)} ${comp(b, 1, '%')} ${comp(c, 1, '%')}${slashAlpha})`;
    case 'lab':
    case 'lch':
    case 'oklab':
    case 'oklch':
      return `${color.colorSpace}(${comp(a)} ${comp(b)} ${comp(c)}${slashAlpha})`;
    default:
      // srgb-linear, display-p3, a98-rgb, prophoto-rgb, rec2020, xyz-d65, xyz-d50: all CSS color() spaces.
      return `color(${color.colorSpace} ${comp(a)} ${comp(b)} ${comp(c)}${slashAlpha})`;
  }
}

const dimension = (d: Dimension) => `${num(d.value)}${d.unit}`;

const GENERIC_FAMILIES = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);

/**
 * Quotes one font family name for CSS. Control characters, line and paragraph separators and
 * `; { } < > \` are removed (none belongs in a font name, and each could break out of the value,
 * the rule or the <style> element); `"` is escaped. Returns null when nothing is left.
 */
export function cssFontFamilyName(name: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  const cleaned = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029;{}<>\\]/g, '').trim();
  if (!cleaned) return null;
  if (GENERIC_FAMILIES.has(cleaned)) return cleaned;
  return `"${cleaned.replace(/"/g, '\\"')}"`;
}

export function cssFontFamily(value: string | string[]): string {
  const names = (Array.isArray(value) ? value : [value]).map(cssFontFamilyName).filter((n) => n !== null);
  return names.length ? names.join(', ') : 'sans-serif';
}

const NAMED_WEIGHTS: Record<string, number> = {
  thin: 100,
  hairline: 100,
  'extra-light': 200,
  'ultra-light': 200,
  light: 300,
  normal: 400,
  regular: 400,
  book: 400,
  medium: 500,
  'semi-bold': 600,
  'demi-bold': 600,
  bold: 700,
  'extra-bold': 800,
  'ultra-bold': 800,
  black: 900,
  heavy: 900,
  'extra-black': 950,
  'ultra-black': 950,
};

export const cssFontWeight = (w: number | string) =>
  typeof w === 'number' ? num(w) : String(NAMED_WEIGHTS[w] ?? 400);

const cubicBezier = (v: number[]) => `cubic-bezier(${v.map(num).join(', ')})`;
const strokeStyle = (v: unknown) => (typeof v === 'string' ? v : 'dashed');

interface ShadowLayer {
  color: Color;
  offsetX: Dimension;
  offsetY: Dimension;
  blur: Dimension;
  spread: Dimension;
  inset?: boolean;
}
const shadowLayer = (s: ShadowLayer) =>
  `${s.inset ? 'inset ' : ''}${dimension(s.offsetX)} ${dimension(s.offsetY)} ${dimension(s.blur)} ${dimension(s.spread)} ${cssColor(s.color)}`;

/**
 * The custom properties of one resolved token: one for most types, one per member for typography.
 * The value was type-checked against the token schema before it gets here.
 */
export function cssDeclarations(path: string, type: string, value: unknown): [name: string, value: string][] {
  const name = cssVariableName(path);
  // biome-ignore lint/suspicious/noExplicitAny: shapes were validated against the token schema.
  const v = value as any;
  switch (type) {
    case 'color':
      return [[name, cssColor(v)]];
    case 'dimension':
    case 'duration':
      return [[name, dimension(v)]];
    case 'number':
      return [[name, num(v)]];
    case 'fontFamily':
      return [[name, cssFontFamily(v)]];
    case 'fontWeight':
      return [[name, cssFontWeight(v)]];
    case 'cubicBezier':
      return [[name, cubicBezier(v)]];
    case 'strokeStyle':
      return [[name, strokeStyle(v)]];
    case 'border':
      return [[name, `${dimension(v.width)} ${strokeStyle(v.style)} ${cssColor(v.color)}`]];
    case 'transition':
      return [[name, `${dimension(v.duration)} ${cubicBezier(v.timingFunction)} ${dimension(v.delay)}`]];
    case 'shadow':
      return [[name, (Array.isArray(v) ? v : [v]).map(shadowLayer).join(', ')]];
    case 'gradient':
      return [
        [
          name,
          (v as { color: Color; position: number }[])
            .map((stop) => `${cssColor(stop.color)} ${num(stop.position * 100)}%`)
            .join(', '),
        ],
      ];
    case 'typography':
      return [
        [`${name}-font-family`, cssFontFamily(v.fontFamily)],
        [`${name}-font-size`, dimension(v.fontSize)],
        [`${name}-font-weight`, cssFontWeight(v.fontWeight)],
        [`${name}-line-height`, num(v.lineHeight)],
        [`${name}-letter-spacing`, dimension(v.letterSpacing)],
      ];
    default:
      return [];
  }
}
