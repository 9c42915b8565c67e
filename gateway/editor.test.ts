import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storageOrigins } from '../core/storage.js';
import { testConfig } from '../test/support/env.js';
import { createEditorRoute, EDITOR_CSP, editorCsp } from './editor.js';

describe('the /editor route', () => {
  let dir: string;
  let base: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wh-editor-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>editor</title>');
    await writeFile(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'not an asset');
    const route = createEditorRoute({ dir, isPlatformHost: (host) => host === '127.0.0.1' });
    const server = createServer((req, res) => {
      void Promise.resolve(route(req, res, new URL(req.url ?? '/', 'http://localhost'))).then((handled) => {
        if (!handled) res.writeHead(418).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });

  afterAll(async () => {
    await close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves hashed assets as immutable and index.html uncached, both under the strict CSP', async () => {
    const asset = await fetch(`${base}/editor/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toBe('console.log(1)');
    const index = await fetch(`${base}/editor/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toBe(EDITOR_CSP);
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    expect(EDITOR_CSP).toContain("script-src 'self';");
    expect(EDITOR_CSP).not.toMatch(/script-src[^;]*unsafe/);
    // With S3 or a CDN the browser uploads to and loads images from those origins, and nothing else.
    const s3 = editorCsp(
      storageOrigins({
        ...testConfig(),
        S3_ENDPOINT: 'https://s3.example.com',
        CDN_BASE_URL: 'https://cdn.example.com/a',
      }),
    );
    expect(s3).toContain("connect-src 'self' https://s3.example.com https://cdn.example.com;");
    expect(s3).toContain("img-src 'self' data: blob: https://s3.example.com https://cdn.example.com;");
    expect(s3).toContain("script-src 'self';");
  });

  it('falls back to index.html for app routes, never for assets, and never outside the build', async () => {
    for (const path of ['/editor/pages/p1', '/editor/tokens?x=1', '/editor/secret.txt']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>editor</title>');
    }
    expect((await fetch(`${base}/editor/assets/gone-999.js`)).status).toBe(404);
    expect((await fetch(`${base}/editor/assets/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/editor/assets/..%2f..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    const bare = await fetch(`${base}/editor`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/editor/');
  });

  it('leaves other paths, other methods and tenant storefront hosts alone', async () => {
    expect((await fetch(`${base}/editorial`)).status).toBe(418);
    expect((await fetch(`${base}/s/acme/editor/`)).status).toBe(418);
    expect((await fetch(`${base}/editor/`, { method: 'POST', body: 'x' })).status).toBe(405);
    // A tenant's custom domain keeps /editor for its own pages.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${base}/editor/`, { headers: { host: 'shop.example.com' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(418);
  });
});
