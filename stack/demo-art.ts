import { createHash, randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * The demo store's photographs, drawn at seed time: still lifes composed in SVG (a soft gradient
 * wall, a table, light and shadow, and simple shapes shading into an object) and rasterised with
 * sharp. Nothing is downloaded; the same seed always draws the same picture.
 */

/** The brand palette the pictures are drawn in. */
export const PALETTE = {
  cream: '#f4ede3',
  oat: '#e6d9c6',
  sand: '#d8c3a5',
  clay: '#c9734a',
  terracotta: '#a9502f',
  rust: '#8e3b22',
  sage: '#93a184',
  moss: '#5f6f4e',
  olive: '#6b6a2c',
  ochre: '#d49a3a',
  honey: '#c7861f',
  ink: '#2e2723',
  stone: '#b9b2a7',
  linen: '#efe6d8',
  indigo: '#4a5878',
  white: '#fbf8f3',
} as const;

export type ObjectKind =
  | 'mug'
  | 'plate'
  | 'bowl'
  | 'vases'
  | 'towel'
  | 'throw'
  | 'runner'
  | 'cushion'
  | 'jar'
  | 'salt'
  | 'bottle'
  | 'tin';

/** One object in a scene: what it is, where it stands (its base's centre) and its colours. */
export interface SceneObject {
  kind: ObjectKind;
  x: number;
  /** The y of the object's base on the table. */
  y: number;
  scale: number;
  /** Main colour and accent colour. */
  colour: string;
  accent: string;
}

export interface Scene {
  width: number;
  height: number;
  /** Wall gradient top and bottom, table colour. */
  wall: [string, string];
  table: string;
  /** Where the table starts, as a fraction of the height. */
  horizon: number;
  objects: SceneObject[];
  /** Seeds the small variations (speckles, leaves, light position). */
  seed: string;
}

/** A small deterministic PRNG (mulberry32) seeded from a string. */
function random(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `#rrggbb` mixed towards white (amount > 0) or black (amount < 0). */
export function shade(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const target = amount > 0 ? 255 : 0;
    return Math.round(c + (target - c) * Math.abs(amount));
  };
  const r = channel((n >> 16) & 255);
  const g = channel((n >> 8) & 255);
  const b = channel(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

const f = (n: number) => Number(n.toFixed(1));

/** A left-to-right body gradient (light from the left) with an id unique in the picture. */
function bodyGradient(id: string, colour: string): string {
  return (
    `<linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0">` +
    `<stop offset="0" stop-color="${shade(colour, 0.18)}"/><stop offset="0.45" stop-color="${colour}"/>` +
    `<stop offset="1" stop-color="${shade(colour, -0.28)}"/></linearGradient>`
  );
}

/** The object's drawing, in a local frame: base centre at (0, 0), 1 unit ≈ 1 px at scale 1. */
function drawObject(
  o: SceneObject,
  id: string,
  rnd: () => number,
): { defs: string; body: string; width: number } {
  const g = `g${id}`;
  const defs = bodyGradient(g, o.colour) + bodyGradient(`${g}a`, o.accent);
  const fill = `url(#${g})`;
  const accent = `url(#${g}a)`;
  switch (o.kind) {
    case 'mug': {
      const speckles = Array.from(
        { length: 26 },
        () =>
          `<circle cx="${f(-150 + rnd() * 300)}" cy="${f(-330 + rnd() * 310)}" r="${f(2 + rnd() * 3)}" fill="${shade(o.colour, -0.45)}" opacity="0.35"/>`,
      ).join('');
      return {
        defs,
        width: 420,
        body:
          `<path d="M150 -270 C 260 -270 260 -90 150 -90" fill="none" stroke="${shade(o.colour, -0.12)}" stroke-width="34" stroke-linecap="round"/>` +
          `<path d="M-165 -340 L165 -340 L158 -40 Q150 0 110 0 L-110 0 Q-150 0 -158 -40 Z" fill="${fill}"/>` +
          `<path d="M-158 -150 L158 -150 L154 -40 Q146 0 108 0 L-108 0 Q-146 0 -154 -40 Z" fill="${accent}" opacity="0.9"/>` +
          speckles +
          `<ellipse cx="0" cy="-340" rx="165" ry="34" fill="${shade(o.colour, 0.1)}"/>` +
          `<ellipse cx="0" cy="-336" rx="148" ry="26" fill="${shade(o.colour, -0.4)}"/>`,
      };
    }
    case 'plate': {
      const speckles = Array.from(
        { length: 60 },
        () =>
          `<circle cx="${f(-330 + rnd() * 660)}" cy="${f(-150 + rnd() * 80)}" r="${f(1.5 + rnd() * 2.5)}" fill="${shade(o.colour, -0.5)}" opacity="0.4"/>`,
      ).join('');
      const plate = (dy: number, c: string) =>
        `<ellipse cx="0" cy="${-110 + dy}" rx="420" ry="150" fill="${shade(c, -0.22)}"/>` +
        `<ellipse cx="0" cy="${-122 + dy}" rx="412" ry="140" fill="${c}"/>` +
        `<ellipse cx="0" cy="${-118 + dy}" rx="290" ry="92" fill="${shade(c, -0.06)}"/>`;
      return {
        defs,
        width: 860,
        body:
          plate(40, o.accent) +
          plate(0, o.colour) +
          `<ellipse cx="0" cy="-122" rx="412" ry="140" fill="none" stroke="${shade(o.accent, -0.1)}" stroke-width="10"/>` +
          speckles,
      };
    }
    case 'bowl': {
      return {
        defs,
        width: 700,
        body:
          `<path d="M-90 0 L90 0 L110 -50 L-110 -50 Z" fill="${shade(o.colour, -0.3)}"/>` +
          `<path d="M-340 -330 Q-330 -60 0 -45 Q330 -60 340 -330 Z" fill="${fill}"/>` +
          `<path d="M-300 -200 Q0 -150 300 -200 Q290 -90 0 -70 Q-290 -90 -300 -200 Z" fill="${accent}" opacity="0.55"/>` +
          `<ellipse cx="0" cy="-330" rx="340" ry="70" fill="${shade(o.colour, 0.08)}"/>` +
          `<ellipse cx="0" cy="-326" rx="318" ry="56" fill="${shade(o.accent, -0.15)}"/>`,
      };
    }
    case 'vases': {
      const vase = (dx: number, h: number, w: number, c: string, k: string) =>
        `<path d="M${dx - 22} ${-h} L${dx + 22} ${-h} L${dx + 20} ${-h * 0.72} Q${dx + w} ${-h * 0.55} ${dx + w} ${-h * 0.25} Q${dx + w} 0 ${dx} 0 Q${dx - w} 0 ${dx - w} ${-h * 0.25} Q${dx - w} ${-h * 0.55} ${dx - 20} ${-h * 0.72} Z" fill="url(#${k})"/>` +
        `<ellipse cx="${dx}" cy="${-h}" rx="22" ry="7" fill="${shade(c, -0.4)}"/>`;
      const stem = (dx: number, h: number, bend: number, bloom: string) =>
        `<path d="M${dx} ${-h} Q${dx + bend} ${-h - 120} ${dx + bend * 1.6} ${-h - 230}" fill="none" stroke="${PALETTE.moss}" stroke-width="6"/>` +
        `<ellipse cx="${dx + bend * 0.9}" cy="${-h - 110}" rx="30" ry="11" fill="${PALETTE.sage}" transform="rotate(-30 ${dx + bend * 0.9} ${-h - 110})"/>` +
        `<circle cx="${dx + bend * 1.6}" cy="${-h - 236}" r="22" fill="${bloom}"/>` +
        `<circle cx="${dx + bend * 1.6}" cy="${-h - 236}" r="9" fill="${PALETTE.ochre}"/>`;
      return {
        defs: defs + bodyGradient(`${g}c`, shade(o.colour, 0.25)),
        width: 640,
        body:
          stem(-190, 330, -30, PALETTE.white) +
          stem(10, 430, 24, shade(o.accent, 0.3)) +
          stem(200, 260, 40, PALETTE.white) +
          vase(-190, 330, 95, o.colour, g) +
          vase(10, 430, 120, o.accent, `${g}a`) +
          vase(200, 260, 85, shade(o.colour, 0.25), `${g}c`),
      };
    }
    case 'towel':
    case 'throw': {
      const big = o.kind === 'throw';
      const w = big ? 620 : 500;
      const layers = big ? 4 : 3;
      const lh = big ? 78 : 60;
      const pattern = big
        ? `<pattern id="${g}p" width="26" height="26" patternUnits="userSpaceOnUse"><rect width="26" height="26" fill="none"/><path d="M0 13 H26 M13 0 V26" stroke="${shade(o.colour, -0.2)}" stroke-width="3" opacity="0.55"/></pattern>`
        : `<pattern id="${g}p" width="${w}" height="60" patternUnits="userSpaceOnUse"><rect x="0" y="0" width="${w}" height="60" fill="none"/><rect x="${w * 0.62}" y="0" width="18" height="60" fill="${o.accent}"/><rect x="${w * 0.7}" y="0" width="8" height="60" fill="${o.accent}"/></pattern>`;
      let body = '';
      for (let i = 0; i < layers; i++) {
        const y = -lh * (i + 1);
        const c = i % 2 === 0 ? o.colour : shade(o.colour, -0.06);
        body +=
          `<rect x="${-w / 2 + i * 6}" y="${y}" width="${w}" height="${lh}" rx="${lh / 2}" fill="${c}"/>` +
          `<rect x="${-w / 2 + i * 6}" y="${y}" width="${w}" height="${lh}" rx="${lh / 2}" fill="url(#${g}p)"/>` +
          `<path d="M${-w / 2 + i * 6 + lh / 2} ${y + lh - 3} H${w / 2 + i * 6 - lh / 2}" stroke="${shade(o.colour, -0.3)}" stroke-width="4" opacity="0.5"/>`;
      }
      return {
        defs: defs + pattern,
        width: w + 40,
        body:
          body +
          (big
            ? ''
            : `<path d="M${w / 2 - 60} ${-lh * layers} q 30 -70 60 0" fill="none" stroke="${o.accent}" stroke-width="8"/>`),
      };
    }
    case 'runner': {
      const fringe = Array.from({ length: 34 }, (_, i) => {
        const x = -300 + i * 18;
        return `<path d="M${x} -20 l ${f(-4 + rnd() * 8)} 34" stroke="${shade(o.colour, -0.15)}" stroke-width="4"/>`;
      }).join('');
      return {
        defs:
          defs +
          `<pattern id="${g}p" width="40" height="40" patternUnits="userSpaceOnUse"><path d="M0 20 H40" stroke="${o.accent}" stroke-width="6" opacity="0.7"/></pattern>`,
        width: 900,
        body:
          `<path d="M-150 -420 L150 -420 L310 -20 L-310 -20 Z" fill="${fill}"/>` +
          `<path d="M-150 -420 L150 -420 L310 -20 L-310 -20 Z" fill="url(#${g}p)" opacity="0.6"/>` +
          `<path d="M-250 -170 L250 -170 L262 -140 L-262 -140 Z" fill="${o.accent}"/>` +
          fringe,
      };
    }
    case 'cushion': {
      const lines = Array.from(
        { length: 14 },
        (_, i) =>
          `<path d="M${-260 + i * 40} -520 L${-360 + i * 40} -20" stroke="${shade(o.colour, -0.18)}" stroke-width="5" opacity="0.5"/>`,
      ).join('');
      return {
        defs: `${defs}<clipPath id="${g}c"><path d="M-260 -500 Q0 -470 260 -500 Q230 -260 260 -30 Q0 -60 -260 -30 Q-230 -260 -260 -500 Z"/></clipPath>`,
        width: 600,
        body:
          `<path d="M-260 -500 Q0 -470 260 -500 Q230 -260 260 -30 Q0 -60 -260 -30 Q-230 -260 -260 -500 Z" fill="${fill}"/>` +
          `<g clip-path="url(#${g}c)">${lines}<rect x="-300" y="-300" width="600" height="44" fill="${o.accent}" opacity="0.85"/></g>`,
      };
    }
    case 'jar': {
      return {
        defs:
          defs +
          `<linearGradient id="${g}h" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${shade(o.colour, 0.25)}"/><stop offset="1" stop-color="${shade(o.colour, -0.3)}"/></linearGradient>`,
        width: 560,
        body:
          `<rect x="-150" y="-400" width="300" height="400" rx="60" fill="url(#${g}h)"/>` +
          `<rect x="-150" y="-400" width="300" height="400" rx="60" fill="${fill}" opacity="0.45"/>` +
          `<rect x="-112" y="-380" width="34" height="300" rx="17" fill="#fff" opacity="0.28"/>` +
          `<rect x="-150" y="-250" width="300" height="120" fill="${PALETTE.cream}"/>` +
          `<rect x="-150" y="-250" width="300" height="8" fill="${o.accent}"/>` +
          `<rect x="-150" y="-138" width="300" height="8" fill="${o.accent}"/>` +
          `<circle cx="0" cy="-190" r="26" fill="none" stroke="${o.accent}" stroke-width="6"/>` +
          `<rect x="-130" y="-460" width="260" height="70" rx="12" fill="${accent}"/>` +
          // A honey dipper leaning on the jar.
          `<path d="M150 -20 L300 -380" stroke="${shade(PALETTE.sand, -0.2)}" stroke-width="14" stroke-linecap="round"/>` +
          `<ellipse cx="160" cy="-50" rx="34" ry="46" fill="${shade(PALETTE.sand, -0.1)}" transform="rotate(22 160 -50)"/>`,
      };
    }
    case 'salt': {
      const flakes = Array.from({ length: 70 }, () => {
        const x = -230 + rnd() * 460;
        const y = -250 + rnd() * 70 - Math.abs(x) * 0.12;
        const s = 8 + rnd() * 16;
        return `<path d="M${f(x)} ${f(y)} l ${f(s)} ${f(-s * 0.6)} l ${f(s * 0.3)} ${f(s)} Z" fill="${rnd() > 0.5 ? PALETTE.white : shade(o.accent, 0.55)}"/>`;
      }).join('');
      return {
        defs,
        width: 700,
        body:
          `<path d="M-290 -220 Q-270 -10 0 0 Q270 -10 290 -220 Z" fill="${fill}"/>` +
          `<ellipse cx="0" cy="-220" rx="290" ry="64" fill="${shade(o.colour, -0.35)}"/>` +
          flakes +
          `<rect x="230" y="-120" width="220" height="22" rx="11" fill="${shade(PALETTE.sand, -0.25)}" transform="rotate(-18 230 -120)"/>`,
      };
    }
    case 'bottle': {
      const leaves = Array.from({ length: 7 }, (_, i) => {
        const x = -420 + i * 46;
        const y = -30 - (i % 2) * 26;
        return `<ellipse cx="${x}" cy="${y}" rx="40" ry="13" fill="${i % 2 ? PALETTE.sage : PALETTE.moss}" transform="rotate(${i % 2 ? -25 : 20} ${x} ${y})"/>`;
      }).join('');
      return {
        defs,
        width: 520,
        body:
          `<path d="M-440 -10 Q-300 -60 -120 -40" stroke="${PALETTE.moss}" stroke-width="6" fill="none"/>` +
          leaves +
          `<circle cx="-250" cy="-22" r="18" fill="${PALETTE.olive}"/><circle cx="-205" cy="-16" r="15" fill="${shade(PALETTE.olive, -0.3)}"/>` +
          `<path d="M-40 -720 L40 -720 L40 -560 Q130 -500 130 -400 L130 -30 Q130 0 100 0 L-100 0 Q-130 0 -130 -30 L-130 -400 Q-130 -500 -40 -560 Z" fill="${fill}"/>` +
          `<rect x="-95" y="-520" width="26" height="480" rx="13" fill="#fff" opacity="0.22"/>` +
          `<rect x="-130" y="-330" width="260" height="170" fill="${PALETTE.cream}"/>` +
          `<rect x="-130" y="-300" width="260" height="12" fill="${o.accent}"/>` +
          `<rect x="-46" y="-780" width="92" height="70" rx="10" fill="${shade(PALETTE.sand, -0.25)}"/>`,
      };
    }
    case 'tin': {
      const leaves = Array.from({ length: 9 }, () => {
        const x = 190 + rnd() * 190;
        const y = -12 - rnd() * 30;
        return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="16" ry="6" fill="${shade(PALETTE.moss, -0.35)}" transform="rotate(${f(rnd() * 180)} ${f(x)} ${f(y)})"/>`;
      }).join('');
      return {
        defs,
        width: 700,
        body:
          `<rect x="-170" y="-470" width="340" height="470" rx="18" fill="${fill}"/>` +
          `<rect x="-182" y="-520" width="364" height="90" rx="16" fill="${accent}"/>` +
          `<rect x="-170" y="-330" width="340" height="180" fill="${PALETTE.cream}"/>` +
          `<circle cx="0" cy="-240" r="52" fill="none" stroke="${o.accent}" stroke-width="8"/>` +
          `<path d="M-28 -240 Q0 -290 28 -240 Q0 -190 -28 -240 Z" fill="${o.accent}"/>` +
          // A cup of tea beside the tin.
          `<path d="M210 -190 Q220 -20 300 -14 Q380 -20 390 -190 Z" fill="${PALETTE.white}"/>` +
          `<ellipse cx="300" cy="-190" rx="90" ry="22" fill="${shade(PALETTE.honey, -0.35)}"/>` +
          `<path d="M388 -160 q 50 10 30 60 q -10 20 -36 16" fill="none" stroke="${PALETTE.white}" stroke-width="14"/>` +
          leaves,
      };
    }
  }
}

/** The scene as SVG: wall, light, table, and each object with its soft shadow. */
export function sceneSvg(scene: Scene): string {
  const rnd = random(scene.seed);
  const { width: W, height: H } = scene;
  const horizon = Math.round(H * scene.horizon);
  const lightX = f(W * (0.15 + rnd() * 0.25));
  let defs =
    `<linearGradient id="wall" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${scene.wall[0]}"/><stop offset="1" stop-color="${scene.wall[1]}"/></linearGradient>` +
    `<linearGradient id="table" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="${shade(scene.table, -0.08)}"/><stop offset="1" stop-color="${shade(scene.table, 0.12)}"/></linearGradient>` +
    `<radialGradient id="light" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fff" stop-opacity="0.55"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>` +
    // A soft contact shadow: a radial fade (a blur filter costs more than the rest of the picture).
    `<radialGradient id="shadow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="${PALETTE.ink}" stop-opacity="0.34"/><stop offset="0.6" stop-color="${PALETTE.ink}" stop-opacity="0.16"/><stop offset="1" stop-color="${PALETTE.ink}" stop-opacity="0"/></radialGradient>`;
  let body =
    `<rect width="${W}" height="${H}" fill="url(#wall)"/>` +
    `<circle cx="${lightX}" cy="${f(H * 0.2)}" r="${f(W * 0.55)}" fill="url(#light)"/>` +
    `<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#table)"/>` +
    `<rect y="${horizon}" width="${W}" height="3" fill="#fff" opacity="0.35"/>`;
  for (const [i, o] of scene.objects.entries()) {
    const drawn = drawObject(o, String(i), rnd);
    defs += drawn.defs;
    body +=
      `<ellipse cx="${f(o.x + 30 * o.scale)}" cy="${f(o.y)}" rx="${f((drawn.width / 2 + 60) * o.scale)}" ry="${f(52 * o.scale)}" fill="url(#shadow)"/>` +
      `<g transform="translate(${f(o.x)} ${f(o.y)}) scale(${o.scale})">${drawn.body}</g>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

/**
 * A folder where drawn pictures are kept by content, so the many stacks a test run seeds draw each
 * picture once (the test run sets it: test/support/demo-art-cache.ts; unset, every seed draws).
 */
export const DEMO_ART_CACHE_ENV = 'WEBHAZE_DEMO_ART_CACHE';
const JPEG_QUALITY = 84;

/** The scene as a JPEG (what a photographer would upload). */
export async function sceneJpeg(scene: Scene): Promise<Buffer> {
  const svg = sceneSvg(scene);
  const draw = () => sharp(Buffer.from(svg)).jpeg({ quality: JPEG_QUALITY }).toBuffer();
  const cache = process.env[DEMO_ART_CACHE_ENV];
  if (!cache) return draw();
  const key = createHash('sha256').update(`${sharp.versions.vips} ${JPEG_QUALITY} ${svg}`).digest('hex');
  const file = join(cache, `${key}.jpg`);
  const kept = await readFile(file).catch(() => undefined);
  if (kept) return kept;
  const jpeg = await draw();
  // Written aside, then renamed: a stack seeding at the same time never reads half a picture.
  const partial = `${file}.${randomUUID()}.partial`;
  await writeFile(partial, jpeg);
  await rename(partial, file);
  return jpeg;
}
