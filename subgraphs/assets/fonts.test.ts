import type * as Zlib from 'node:zlib';
import { brotliCompressSync, constants } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { requireSystemFont } from '../../test/support/system-font.js';
import { minimalSfnt, woff2FromSfnt } from './fonts-testing.js';
import { FONT_MAX_EXPANSION, maxStreamBytes, readWoff2Directory, woff2Problem } from './services/fonts.js';

/** Every Brotli inflation the check runs: its output cap, and what came out (or the error). */
interface Inflation {
  input: number;
  maxOutputLength: number | undefined;
  output?: number;
  error?: string;
}
const inflations = vi.hoisted((): Inflation[] => []);

// The real zlib, observed: the bound on the bomb checks is proven by the work done (bytes
// inflated, the output cap the check sets), never by how long it took.
vi.mock('node:zlib', async (importOriginal) => {
  const zlib = await importOriginal<typeof Zlib>();
  const brotliDecompress = (
    input: Buffer,
    options: Zlib.BrotliOptions,
    callback: (err: Error | null, output: Buffer) => void,
  ) => {
    const seen: Inflation = { input: input.length, maxOutputLength: options.maxOutputLength };
    inflations.push(seen);
    zlib.brotliDecompress(input, options, (err, output) => {
      if (err) seen.error = (err as NodeJS.ErrnoException).code ?? err.message;
      else seen.output = output.length;
      callback(err, output);
    });
  };
  return { ...zlib, brotliDecompress };
});

beforeEach(() => {
  inflations.length = 0;
});

const good = woff2FromSfnt(minimalSfnt());

function base128(n: number): number[] {
  const out = [n & 0x7f];
  for (let v = n >>> 7; v > 0; v >>>= 7) out.unshift((v & 0x7f) | 0x80);
  return out;
}

/**
 * A WOFF2 file whose directory declares an untransformed head table plus a zero-filled glyf table
 * of `glyfLength` bytes, with a matching Brotli stream (zeros compress to almost nothing).
 */
function zeroGlyfFont(glyfLength: number, totalSfntSize = 12 + 32 + 56 + glyfLength): Buffer {
  const head = Buffer.alloc(54);
  head.writeUInt32BE(0x5f0f3cf5, 12);
  // Quality 5 packs 64 MB of zeros as tightly as the default 11, in a twentieth of the time.
  const compressed = brotliCompressSync(Buffer.concat([head, Buffer.alloc(glyfLength)]), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
  });
  const directory = Buffer.from([1, ...base128(54), (3 << 6) | 10, ...base128(glyfLength)]);
  const header = Buffer.alloc(48);
  header.writeUInt32BE(0x774f4632, 0);
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(48 + directory.length + compressed.length, 8);
  header.writeUInt16BE(2, 12);
  header.writeUInt32BE(totalSfntSize, 16);
  header.writeUInt32BE(compressed.length, 20);
  return Buffer.concat([header, directory, compressed]);
}

/** A copy of `good` with one 32-bit header field changed. */
function withHeader(offset: number, value: number, bytes = good): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt32BE(value, offset);
  return copy;
}

describe('the WOFF2 structure check', () => {
  it('accepts a minimal WOFF2 font and reads its directory', async () => {
    expect(await woff2Problem(good)).toBeNull();
    // Inflated once, capped at the declared table lengths (54 + 6 bytes), which is what came out.
    expect(inflations).toEqual([{ input: expect.any(Number), maxOutputLength: 60, output: 60 }]);
    expect(readWoff2Directory(good).tables.map((t) => [t.tag, t.origLength, t.transformed])).toEqual([
      ['head', 54, false],
      ['maxp', 6, false],
    ]);
  });

  it('accepts a system TrueType font encoded as WOFF2 (fc-list)', async () => {
    const woff2 = woff2FromSfnt(requireSystemFont().bytes);
    expect(await woff2Problem(woff2)).toBeNull();
    expect(readWoff2Directory(woff2).tables.map((t) => t.tag)).toEqual(
      expect.arrayContaining(['glyf', 'loca', 'head', 'cmap']),
    );
  });

  it.each([
    ['the signature alone', Buffer.concat([Buffer.from('wOF2'), Buffer.from([0, 1, 0, 0])]), /shorter/],
    [
      'the signature and garbage',
      Buffer.concat([Buffer.from('wOF2'), Buffer.from([0, 1, 0, 0]), Buffer.alloc(56, 7)]),
      /header says/,
    ],
    ['a truncated file', good.subarray(0, good.length - 4), /header says/],
    ['a WOFF 1 file', Buffer.concat([Buffer.from('wOFF'), good.subarray(4)]), /signature/],
    ['a collection flavour', withHeader(4, 0x74746366), /neither TrueType nor CFF/],
    [
      'zero tables',
      (() => {
        const b = Buffer.from(good);
        b.writeUInt16BE(0, 12);
        return b;
      })(),
      /no tables/,
    ],
    ['a compressed length past the end', withHeader(20, 100_000), /does not fit/],
    ['a huge decoded size', withHeader(16, 0x7fffffff), /too large/],
    ['a metadata block outside the file', withHeader(32, 10, withHeader(28, good.length)), /metadata/],
  ])('refuses %s', async (_, bytes, reason) => {
    expect(await woff2Problem(bytes)).toMatch(reason);
  });

  it('refuses a stream that does not decompress to the declared table lengths', async () => {
    // Same directory, but the compressed stream holds one byte less than the tables need.
    const { streamStart } = readWoff2Directory(good);
    const sfnt = minimalSfnt();
    const short = brotliCompressSync(sfnt.subarray(28, 28 + 59));
    const header = Buffer.from(good.subarray(0, streamStart));
    const file = Buffer.concat([header, short]);
    file.writeUInt32BE(file.length, 8);
    file.writeUInt32BE(short.length, 20);
    expect(await woff2Problem(file)).toMatch(/decompress to the declared size/);
  });

  it('refuses a stream that would decompress beyond the declared size (no bomb gets inflated)', async () => {
    const { streamStart } = readWoff2Directory(good);
    const bomb = brotliCompressSync(Buffer.alloc(50 * 1024 * 1024), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
    });
    const file = Buffer.concat([Buffer.from(good.subarray(0, streamStart)), bomb]);
    file.writeUInt32BE(file.length, 8);
    file.writeUInt32BE(bomb.length, 20);
    expect(await woff2Problem(file)).toMatch(/decompress to the declared size/);
    // The 50 MB stream was inflated under the declared size as a hard cap, and zlib stopped there.
    expect(inflations).toEqual([{ input: bomb.length, maxOutputLength: 60, error: 'ERR_BUFFER_TOO_LARGE' }]);
  });

  it('refuses a font whose head table lacks the magic number', async () => {
    const sfnt = minimalSfnt();
    sfnt.writeUInt32BE(0, 12 + 16 * 2 + 12); // head is the first table, right after the directory
    expect(await woff2Problem(woff2FromSfnt(sfnt))).toMatch(/magic number/);
  });

  it('refuses a ~200-byte file declaring 64 MB of tables at once, without inflating it', async () => {
    // Review finding: this used to inflate 64 MB synchronously (~340 ms of blocked event loop).
    const bomb = zeroGlyfFont(64 * 1024 * 1024 - 64 - 12 - 32 - 56);
    expect(bomb.length).toBeLessThan(1000);
    expect(await woff2Problem(bomb)).toMatch(/out of proportion/);
    // Refused from the directory alone: not one byte inflated.
    expect(inflations).toEqual([]);
  });

  it('bounds the declared stream by the compressed size, and accepts a font right at the bound', async () => {
    const compressedLength = readWoff2Directory(zeroGlyfFont(300_000)).compressedLength;
    expect(maxStreamBytes(compressedLength)).toBeLessThan(300_000 + 54);
    expect(await woff2Problem(zeroGlyfFont(300_000))).toMatch(/out of proportion/);
    expect(inflations).toEqual([]);
    expect(maxStreamBytes(2_000_000)).toBe(64 * 1024 * 1024);
    expect(maxStreamBytes(10_000)).toBe(FONT_MAX_EXPANSION * 10_000);
    // Under the floor a highly compressible (mostly zero) small font is still fine.
    expect(await woff2Problem(zeroGlyfFont(100_000))).toBeNull();
    expect(inflations).toEqual([{ input: expect.any(Number), maxOutputLength: 100_054, output: 100_054 }]);
  });

  it('refuses a decoded size smaller than the tables it must hold', async () => {
    expect(await woff2Problem(zeroGlyfFont(1000, 500))).toMatch(/do not agree with the decoded size/);
  });
});
