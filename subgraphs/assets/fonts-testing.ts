import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { KNOWN_TAGS } from './services/fonts.js';

/**
 * Test fonts, made here rather than downloaded: a WOFF2 encoder for any TrueType/CFF font (every
 * table stored with the null transform, which the WOFF2 spec allows for glyf and loca too), a
 * minimal sfnt to feed it, and the smallest TrueType font `fc-list` knows on this machine.
 */

function base128(value: number): Buffer {
  const out = [value & 0x7f];
  for (let v = value >>> 7; v > 0; v >>>= 7) out.unshift((v & 0x7f) | 0x80);
  return Buffer.from(out);
}

/** A WOFF2 file holding the tables of an sfnt (TrueType or CFF) font, untransformed. */
export function woff2FromSfnt(sfnt: Buffer): Buffer {
  const flavor = sfnt.readUInt32BE(0);
  const numTables = sfnt.readUInt16BE(4);
  const tables: { tag: string; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    const tag = sfnt.toString('latin1', record, record + 4);
    const offset = sfnt.readUInt32BE(record + 8);
    const length = sfnt.readUInt32BE(record + 12);
    tables.push({ tag, data: sfnt.subarray(offset, offset + length) });
  }
  const directory = Buffer.concat(
    tables.map(({ tag, data }) => {
      const index = (KNOWN_TAGS as readonly string[]).indexOf(tag);
      const nullTransform = tag === 'glyf' || tag === 'loca' ? 3 << 6 : 0;
      const flags = Buffer.from([(index === -1 ? 63 : index) | nullTransform]);
      const arbitrary = index === -1 ? Buffer.from(tag, 'latin1') : Buffer.alloc(0);
      return Buffer.concat([flags, arbitrary, base128(data.length)]);
    }),
  );
  const compressed = brotliCompressSync(Buffer.concat(tables.map((t) => t.data)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
  });
  const totalSfntSize = 12 + 16 * numTables + tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), 0);
  const unpadded = 48 + directory.length + compressed.length;
  const length = (unpadded + 3) & ~3;
  const header = Buffer.alloc(48);
  header.write('wOF2', 0, 'latin1');
  header.writeUInt32BE(flavor, 4);
  header.writeUInt32BE(length, 8);
  header.writeUInt16BE(numTables, 12);
  header.writeUInt32BE(totalSfntSize, 16);
  header.writeUInt32BE(compressed.length, 20);
  header.writeUInt16BE(1, 24); // major version of the font (informational)
  return Buffer.concat([header, directory, compressed, Buffer.alloc(length - unpadded)]);
}

/** A tiny TrueType-flavoured sfnt with a valid `head` table (magic number set) and a `maxp` table. */
export function minimalSfnt(): Buffer {
  const head = Buffer.alloc(54);
  head.writeUInt16BE(1, 0);
  head.writeUInt32BE(0x00010000, 4);
  head.writeUInt32BE(0x5f0f3cf5, 12);
  head.writeUInt16BE(1000, 18); // unitsPerEm
  const maxp = Buffer.alloc(6);
  maxp.writeUInt32BE(0x00005000, 0);
  maxp.writeUInt16BE(1, 4);
  const tables = [
    { tag: 'head', data: head },
    { tag: 'maxp', data: maxp },
  ];
  const out = Buffer.alloc(12 + 16 * tables.length);
  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt16BE(tables.length, 4);
  let offset = out.length;
  const bodies: Buffer[] = [];
  tables.forEach(({ tag, data }, i) => {
    const record = 12 + 16 * i;
    out.write(tag, record, 'latin1');
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(data.length, record + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([out, ...bodies]);
}

/** The smallest TrueType font fontconfig lists on this machine, or null when there is none. */
export function systemTrueTypeFont(): { path: string; bytes: Buffer } | null {
  let files: string[];
  try {
    files = execFileSync('fc-list', ['--format', '%{file}\n'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f.toLowerCase().endsWith('.ttf'));
  } catch {
    return null;
  }
  const smallest = files.sort((a, b) => statSync(a).size - statSync(b).size)[0];
  return smallest ? { path: smallest, bytes: readFileSync(smallest) } : null;
}
