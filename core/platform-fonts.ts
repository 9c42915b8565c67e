import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The typefaces the platform ships (npm packages, pinned in package.json) for themes that name them
 * without uploading their own files: today Inter, the default theme's family, from
 * `@fontsource-variable/inter` (one variable WOFF2 per subset covers every weight). The storefront
 * edge serves each file at a fingerprinted path under PLATFORM_FONTS_PATH (storefront/fonts.ts);
 * the cms renderer declares them with `@font-face` and preloads the body face
 * (subgraphs/cms/services/fonts-head.tsx). ADR 0048.
 */

/** Where the files are served, on every host (platform and tenant domains alike): not a page path. */
export const PLATFORM_FONTS_PATH = '/_fonts/';

export interface PlatformFontFile {
  /** The family as a theme's fontFamily token names it, e.g. `Inter`. */
  family: string;
  /** Served name: `<package file name>.<first 10 hex of its SHA-256>.woff2`. */
  name: string;
  /** Root-relative URL (same origin as the page: CSP `font-src 'self'`). */
  url: string;
  weight: [number, number];
  style: 'normal' | 'italic';
  unicodeRange: string;
  /** Preloaded by pages that use the family (the subset every page's text needs). */
  preload: boolean;
  body: Buffer;
  etag: string;
}

interface BundledFamily {
  family: string;
  /** The package and the CSS file of it that lists the faces. */
  pkg: string;
  css: string;
  /** Which subsets to serve; the first is preloaded. */
  subsets: string[];
}

const BUNDLED: BundledFamily[] = [
  { family: 'Inter', pkg: '@fontsource-variable/inter', css: 'wght.css', subsets: ['latin', 'latin-ext'] },
];

/** Reads the faces of a Fontsource package's CSS: file name → weight range, style and unicode range. */
function facesOf(
  css: string,
): Map<string, { weight: [number, number]; style: string; unicodeRange: string }> {
  const faces = new Map<string, { weight: [number, number]; style: string; unicodeRange: string }>();
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const rule = block[1] ?? '';
    const file = /url\(\.\/files\/([a-z0-9-]+\.woff2)\)/.exec(rule)?.[1];
    const weight = /font-weight:\s*(\d+)(?:\s+(\d+))?/.exec(rule);
    const style = /font-style:\s*(normal|italic)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    // The range goes into the page's CSS: only what a unicode-range can hold gets there.
    if (!file || !weight || !style || !range || !/^[U+0-9A-Fa-f?,\s-]+$/.test(range)) continue;
    faces.set(file, {
      weight: [Number(weight[1]), Number(weight[2] ?? weight[1])],
      style,
      unicodeRange: range.trim(),
    });
  }
  return faces;
}

function load(): PlatformFontFile[] {
  const require = createRequire(import.meta.url);
  const files: PlatformFontFile[] = [];
  for (const bundled of BUNDLED) {
    const cssPath = require.resolve(`${bundled.pkg}/${bundled.css}`);
    const faces = facesOf(readFileSync(cssPath, 'utf8'));
    for (const [i, subset] of bundled.subsets.entries()) {
      // `-latin-wght-normal`, not `-latin-ext-wght-normal`: the subset is followed by one axis word.
      const pattern = new RegExp(`-${subset}-[a-z]+-normal\\.woff2$`);
      const entry = [...faces].find(([file, face]) => pattern.test(file) && face.style === 'normal');
      if (!entry) throw new Error(`${bundled.pkg} has no normal ${subset} face in ${bundled.css}`);
      const [file, face] = entry;
      const body = readFileSync(join(dirname(cssPath), 'files', file));
      const hash = createHash('sha256').update(body).digest('hex');
      const name = `${file.replace(/\.woff2$/, '')}.${hash.slice(0, 10)}.woff2`;
      files.push({
        family: bundled.family,
        name,
        url: `${PLATFORM_FONTS_PATH}${name}`,
        weight: face.weight,
        style: 'normal',
        unicodeRange: face.unicodeRange,
        preload: i === 0,
        body,
        etag: `"${hash.slice(0, 32)}"`,
      });
    }
  }
  return files;
}

let loaded: PlatformFontFile[] | undefined;

/** Every bundled file (read once, on first use). */
export function platformFontFiles(): readonly PlatformFontFile[] {
  loaded ??= load();
  return loaded;
}

/** The bundled files of a family (case-insensitive; empty when the platform does not ship it). */
export function platformFontsOf(family: string): readonly PlatformFontFile[] {
  const wanted = family.trim().toLowerCase();
  return platformFontFiles().filter((f) => f.family.toLowerCase() === wanted);
}

/** The file served under a name (exact match: a request path never reaches the file system). */
export function platformFontFile(name: string): PlatformFontFile | undefined {
  return platformFontFiles().find((f) => f.name === name);
}
