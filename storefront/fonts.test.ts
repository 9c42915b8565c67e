import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformFontFiles, platformFontsOf } from '../core/platform-fonts.js';
import { createFontsRoute } from './fonts.js';

let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const route = createFontsRoute();
  const server = createServer((req, res) => {
    void Promise.resolve(route(req, res, new URL(req.url ?? '/', 'http://localhost'))).then((handled) => {
      if (!handled) res.writeHead(418).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});

afterAll(() => close());

/** A GET whose path is sent as written (fetch resolves `..` and `%2e%2e` before sending). */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(`${base}/`, { path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

describe('the platform fonts (/_fonts/)', () => {
  it('ships Inter from the pinned npm package: a preloaded latin face and a latin-ext face, fingerprinted', () => {
    const inter = platformFontsOf('inter');
    expect(inter.map((f) => f.name)).toEqual([
      expect.stringMatching(/^inter-latin-wght-normal\.[0-9a-f]{10}\.woff2$/),
      expect.stringMatching(/^inter-latin-ext-wght-normal\.[0-9a-f]{10}\.woff2$/),
    ]);
    expect(inter.map((f) => f.preload)).toEqual([true, false]);
    expect(inter[0]!.weight).toEqual([100, 900]);
    expect(inter[0]!.unicodeRange).toMatch(/^U\+0000-00FF,/);
    // WOFF2 magic.
    expect(inter[0]!.body.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(platformFontsOf('Comic Sans')).toEqual([]);
  });

  it('serves each file with immutable caching, its type, CORS and an ETag (304 when it matches)', async () => {
    for (const file of platformFontFiles()) {
      const res = await fetch(`${base}${file.url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('font/woff2');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer()).equals(file.body)).toBe(true);
      const again = await fetch(`${base}${file.url}`, {
        headers: { 'if-none-match': res.headers.get('etag')! },
      });
      expect(again.status).toBe(304);
      const head = await fetch(`${base}${file.url}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(file.body.length));
    }
    expect((await fetch(`${base}${platformFontFiles()[0]!.url}`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 404 for unknown names, stale fingerprints and traversal; other paths are not its', async () => {
    const [first] = platformFontFiles();
    const unhashed = first!.name.replace(/\.[0-9a-f]{10}\.woff2$/, '.woff2');
    const stale = first!.name.replace(/\.[0-9a-f]{10}\./, '.0000000000.');
    for (const path of [
      `/_fonts/${unhashed}`,
      `/_fonts/${stale}`,
      '/_fonts/',
      '/_fonts/..%2f..%2fpackage.json',
      `/_fonts/files/${unhashed}`,
      '/_fonts//etc/passwd',
    ]) {
      expect(await rawGet(path), path).toBe(404);
    }
    // The URL parser resolves `..` first: the path leaves /_fonts/ and is not this route's.
    expect(await rawGet('/_fonts/../package.json')).toBe(418);
    expect(await rawGet('/_fonts/%2e%2e/%2e%2e/package.json')).toBe(418);
    expect(await rawGet('/fonts/x.woff2')).toBe(418);
  });
});
