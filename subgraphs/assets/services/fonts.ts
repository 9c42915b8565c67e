import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';

const brotliDecompressAsync = promisify(brotliDecompress);

/**
 * WOFF2 structure check for font uploads (W3C WOFF File Format 2.0). The type sniff only looks at
 * the first 8 bytes; this reads the header and the table directory, checks that every offset and
 * length agrees with the file, decompresses the Brotli table stream off the event loop with its
 * declared size as the hard output cap, and checks the `head` table's magic number. The declared
 * size itself is bounded by the compressed size (FONT_MAX_EXPANSION), so a few hundred bytes can
 * never make the check inflate megabytes (no decompression bombs). A file
 * that passes is a well-formed WOFF2 container holding font tables; glyph outlines are not
 * rendered here (browsers run their own sanitiser, OTS, on every web font they load).
 */

/** Largest font file accepted (the largest CJK WOFF2 families are a few MB). */
export const FONT_MAX_BYTES = 10 * 1024 * 1024;
/** Largest decoded font (`totalSfntSize`) accepted. */
export const FONT_MAX_SFNT_BYTES = 64 * 1024 * 1024;
/**
 * Largest accepted ratio of the decompressed table stream to the compressed one. Real fonts
 * compress by a factor of 2–10 under Brotli; only a crafted file declares more.
 */
export const FONT_MAX_EXPANSION = 50;
/** A stream this small may expand beyond FONT_MAX_EXPANSION (tiny fonts are mostly zero padding). */
const FONT_EXPANSION_FLOOR = 256 * 1024;

/** The largest table stream a WOFF2 file with `compressedLength` compressed bytes may declare. */
export function maxStreamBytes(compressedLength: number): number {
  return Math.min(FONT_MAX_SFNT_BYTES, Math.max(FONT_EXPANSION_FLOOR, FONT_MAX_EXPANSION * compressedLength));
}

const HEADER_BYTES = 48;
const SIGNATURE = 0x774f4632; // 'wOF2'
const FLAVORS = new Set([0x00010000, 0x4f54544f]); // TrueType, 'OTTO' (CFF); collections are refused
const HEAD_MAGIC = 0x5f0f3cf5;

/** The spec's known-table tags, by the 6-bit index of a directory entry's flags. */
// biome-ignore format: one table of 63 tags reads better packed.
export const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep',
  'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE',
  'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt',
  'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar',
  'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
] as const;

export interface Woff2Table {
  tag: string;
  origLength: number;
  /** Bytes the table takes in the decompressed stream (the transformed length when transformed). */
  streamLength: number;
  transformed: boolean;
}

class Woff2Error extends Error {}

/** UIntBase128 (WOFF2 §4.1): 1–5 bytes, no leading zero byte, fits in 32 bits. */
function readBase128(bytes: Buffer, at: { offset: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (at.offset >= bytes.length) throw new Woff2Error('the table directory is cut short');
    const byte = bytes[at.offset++]!;
    if (i === 0 && byte === 0x80) throw new Woff2Error('a table length has a leading zero');
    if (value & 0xfe000000) throw new Woff2Error('a table length overflows 32 bits');
    value = (value << 7) | (byte & 0x7f);
    if ((byte & 0x80) === 0) return value >>> 0;
  }
  throw new Woff2Error('a table length is longer than 5 bytes');
}

/** The table directory of a WOFF2 file, after checking the header against the file. */
export function readWoff2Directory(bytes: Buffer): {
  tables: Woff2Table[];
  streamStart: number;
  compressedLength: number;
  totalSfntSize: number;
} {
  if (bytes.length < HEADER_BYTES) throw new Woff2Error('the file is shorter than a WOFF2 header');
  if (bytes.readUInt32BE(0) !== SIGNATURE) throw new Woff2Error('the WOFF2 signature is missing');
  if (!FLAVORS.has(bytes.readUInt32BE(4))) throw new Woff2Error('the font is neither TrueType nor CFF');
  const length = bytes.readUInt32BE(8);
  if (length !== bytes.length)
    throw new Woff2Error(`the header says ${length} bytes, the file has ${bytes.length}`);
  const numTables = bytes.readUInt16BE(12);
  if (numTables === 0) throw new Woff2Error('the font has no tables');
  if (bytes.readUInt16BE(14) !== 0) throw new Woff2Error('the reserved header field is not zero');
  const totalSfntSize = bytes.readUInt32BE(16);
  if (totalSfntSize > FONT_MAX_SFNT_BYTES) throw new Woff2Error('the decoded font would be too large');
  const compressedLength = bytes.readUInt32BE(20);
  const at = { offset: HEADER_BYTES };
  const tables: Woff2Table[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < numTables; i++) {
    if (at.offset >= bytes.length) throw new Woff2Error('the table directory is cut short');
    const flags = bytes[at.offset++]!;
    const index = flags & 0x3f;
    let tag: string;
    if (index === 63) {
      if (at.offset + 4 > bytes.length) throw new Woff2Error('the table directory is cut short');
      tag = bytes.toString('latin1', at.offset, at.offset + 4);
      at.offset += 4;
    } else {
      tag = KNOWN_TAGS[index]!;
    }
    if (seen.has(tag)) throw new Woff2Error(`the table ${JSON.stringify(tag)} appears twice`);
    seen.add(tag);
    const version = flags >> 6;
    const origLength = readBase128(bytes, at);
    // glyf and loca are transformed unless version 3; every other table is transformed unless version 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version !== 3 : version !== 0;
    const streamLength = transformed ? readBase128(bytes, at) : origLength;
    if (tag === 'loca' && transformed && streamLength !== 0)
      throw new Woff2Error('a transformed loca table must be empty');
    tables.push({ tag, origLength, streamLength, transformed });
  }
  const streamStart = at.offset;
  if (compressedLength === 0 || streamStart + compressedLength > bytes.length)
    throw new Woff2Error('the compressed font data does not fit in the file');
  for (const [name, offsetAt, lengthAt] of [
    ['metadata', 28, 32],
    ['private data', 40, 44],
  ] as const) {
    const offset = bytes.readUInt32BE(offsetAt);
    const size = bytes.readUInt32BE(lengthAt);
    if (
      (offset === 0) !== (size === 0) ||
      offset + size > bytes.length ||
      (offset && offset < streamStart + compressedLength)
    )
      throw new Woff2Error(`the ${name} block lies outside the file`);
  }
  return { tables, streamStart, compressedLength, totalSfntSize };
}

/**
 * Why `bytes` is not a well-formed WOFF2 font, or null when it is. Never rejects on bad input.
 * The Brotli stream is inflated asynchronously (libuv thread pool), never on the event loop.
 */
export async function woff2Problem(bytes: Buffer): Promise<string | null> {
  try {
    const { tables, streamStart, compressedLength, totalSfntSize } = readWoff2Directory(bytes);
    if (!tables.some((t) => t.tag === 'head')) return 'the font has no head table';
    const expected = tables.reduce((sum, t) => sum + t.streamLength, 0);
    const original = tables.reduce((sum, t) => sum + t.origLength, 0);
    if (expected === 0 || totalSfntSize === 0 || totalSfntSize < original)
      return 'the table lengths do not agree with the decoded size';
    if (expected > maxStreamBytes(compressedLength))
      return 'the declared table lengths are out of proportion to the compressed data';
    let stream: Buffer;
    try {
      stream = await brotliDecompressAsync(bytes.subarray(streamStart, streamStart + compressedLength), {
        maxOutputLength: expected,
      });
    } catch {
      return 'the compressed font data does not decompress to the declared size';
    }
    if (stream.length !== expected)
      return 'the compressed font data does not decompress to the declared size';
    let offset = 0;
    for (const table of tables) {
      if (table.tag === 'head') {
        if (table.transformed || table.streamLength < 54) return 'the head table is malformed';
        if (stream.readUInt32BE(offset + 12) !== HEAD_MAGIC)
          return 'the head table has the wrong magic number';
      }
      offset += table.streamLength;
    }
    return null;
  } catch (err) {
    if (err instanceof Woff2Error) return err.message;
    throw err;
  }
}
