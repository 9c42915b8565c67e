import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../core/events.js';
import type { HttpService } from '../core/http.js';
import { DiskStorage } from '../core/storage.js';
import { DEMO_TENANT, type StandinStack, startStandinStack } from '../gateway/testing/standins.js';
import { STALE_RETRY_MS } from './page-cache.js';
import { startStorefront } from './server.js';

/**
 * Delivery of storefront pages (issue 14 items 9 and 10): Brotli and gzip per Accept-Encoding
 * with ETags and 304s per representation, and the last good copy served, marked stale, when the
 * supergraph fails. The supergraph is a real HTTP stand-in of the gateway's internal endpoint
 * that can be switched to fail; the page cache's clock is the test's.
 */
type Mode = 'ok' | '503' | 'graphql-error' | 'reset' | 'hang' | 'not-found';
let mode: Mode = 'ok';
let edition = 1;
let asked = 0;
const htmlOf = (path: string) =>
  `<!doctype html><html lang="en"><head><title>${path}</title></head><body><main><h1>Page ${path}, edition ${edition}</h1>${'<p>Grüße aus dem Laden: fresh bread, cheese and more.</p>'.repeat(60)}</main></body></html>`;

let stack: StandinStack;
let gateway: Server;
let storefront: HttpService;
let dataDir: string;
let clock = Date.now();

beforeAll(async () => {
  stack = await startStandinStack();
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      asked += 1;
      if (mode === 'reset') return void req.socket.destroy();
      if (mode === 'hang') return; // never answers: the storefront's deadline (2 × SUBGRAPH_TIMEOUT_MS) passes
      if (mode === '503') {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return void res.end('overloaded');
      }
      const { variables } = JSON.parse(body) as { variables: { path: string } };
      const answer =
        mode === 'ok'
          ? {
              data: {
                storefrontDocument: {
                  status: 200,
                  html: htmlOf(variables.path),
                  contentSecurityPolicy: "default-src 'self'",
                  redirect: null,
                },
                siteIndexing: { discourageIndexing: false },
              },
            }
          : mode === 'not-found'
            ? { data: null, errors: [{ message: 'No such page', extensions: { code: 'NOT_FOUND' } }] }
            : {
                data: null,
                errors: [{ message: 'cms down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const { port } = gateway.address() as AddressInfo;
  dataDir = await mkdtemp(join(tmpdir(), 'wh-delivery-'));
  const config = stack.config({
    GATEWAY_INTERNAL_URL: `http://127.0.0.1:${port}/internal/graphql`,
    DATA_DIR: dataDir,
    STOREFRONT_STALE_SECONDS: '3600',
    SUBGRAPH_TIMEOUT_MS: '500',
  });
  storefront = await startStorefront(config, { port: 0, storage: new DiskStorage(config), now: () => clock });
});
afterAll(async () => {
  await storefront?.close();
  if (gateway?.listening) await new Promise((resolve) => gateway.close(resolve));
  await stack?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const get = async (path: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') => {
  const res = await request(`${storefront.url}/s/demo${path}`, { method, headers });
  const body = Buffer.from(await res.body.arrayBuffer());
  const header = (name: string) => {
    const value = res.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? null);
  };
  return { status: res.statusCode, body, header };
};

describe('compressed HTML', () => {
  it('sends Brotli, gzip or identity as Accept-Encoding prefers, each decoding to the same HTML', async () => {
    const html = htmlOf('/compressed');
    const br = await get('/compressed', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.header('content-encoding')).toBe('br');
    expect(br.header('vary')).toBe('accept-encoding, cookie, sec-gpc');
    expect(Number(br.header('content-length'))).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(html);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(html) / 4);

    const gzip = await get('/compressed', { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    expect(gzip.header('content-encoding')).toBe('gzip');
    expect(Number(gzip.header('content-length'))).toBe(gzip.body.length);
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(html);

    for (const acceptEncoding of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate', 'zstd, *;q=0']) {
      const plain = await get('/compressed', acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
      expect([acceptEncoding, plain.header('content-encoding')]).toEqual([acceptEncoding, null]);
      expect(plain.body.toString('utf8')).toBe(html);
      expect(Number(plain.header('content-length'))).toBe(Buffer.byteLength(html));
      expect(plain.header('vary')).toBe('accept-encoding, cookie, sec-gpc');
    }
    expect((await get('/compressed', { 'accept-encoding': 'br;q=0, *' })).header('content-encoding')).toBe(
      'gzip',
    );

    // One ETag per representation, all derived from the page's.
    const tags = [br.header('etag'), gzip.header('etag'), (await get('/compressed')).header('etag')];
    expect(new Set(tags).size).toBe(3);
    expect(tags[0]).toBe(tags[2]!.replace(/"$/, '-br"'));
  });

  it('answers 304 for a current copy of any representation, with its ETag; HEAD without a body', async () => {
    const br = await get('/etags', { 'accept-encoding': 'br' });
    const again = await get('/etags', { 'accept-encoding': 'br', 'if-none-match': br.header('etag')! });
    expect([again.status, again.header('etag'), again.body.length]).toEqual([304, br.header('etag'), 0]);
    expect(again.header('vary')).toBe('accept-encoding, cookie, sec-gpc');
    const identity = await get('/etags');
    const weak = await get('/etags', {
      'accept-encoding': 'br',
      'if-none-match': `"x", W/${identity.header('etag')}`,
    });
    expect([weak.status, weak.header('etag')]).toEqual([304, identity.header('etag')]);
    const changed = await get('/etags', { 'accept-encoding': 'br', 'if-none-match': '"other"' });
    expect(changed.status).toBe(200);

    const head = await get('/etags', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.header('content-encoding')).toBe('gzip');
    expect(head.header('content-length')).toBe(
      (await get('/etags', { 'accept-encoding': 'gzip' })).header('content-length'),
    );
  });
});

describe('serve stale on failure', () => {
  const expire = () => {
    clock += 61_000; // past the fresh TTL: the next request asks the supergraph again
  };

  it('serves the last good copy, marked stale, when the supergraph fails in any way', async () => {
    mode = 'ok';
    const good = await get('/stale', { 'accept-encoding': 'br' });
    expect(good.header('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(good.header('x-webhaze-stale')).toBeNull();
    for (const failure of ['503', 'graphql-error', 'reset', 'hang'] as const) {
      mode = failure;
      expire();
      const before = asked;
      const stale = await get('/stale', { 'accept-encoding': 'br' });
      expect([failure, stale.status, stale.header('x-webhaze-stale')]).toEqual([failure, 200, '1']);
      expect(asked).toBeGreaterThan(before); // it did ask
      expect(stale.header('cache-control')).toBe('no-store');
      expect(brotliDecompressSync(stale.body).toString('utf8')).toBe(htmlOf('/stale'));
      // A page never cached has nothing to fall back on.
      expect([failure, (await get(`/never-${failure}`)).status]).toEqual([
        failure,
        failure === 'hang' ? 504 : 502,
      ]);
    }
    // Back to health: a fresh render replaces the copy.
    mode = 'ok';
    edition += 1;
    expire();
    const fresh = await get('/stale');
    expect([fresh.status, fresh.header('x-webhaze-stale')]).toEqual([200, null]);
    expect(fresh.body.toString('utf8')).toBe(htmlOf('/stale'));
  });

  it('does not take NOT_FOUND for a failure, and keeps the copy for a bounded time only', async () => {
    mode = 'ok';
    await get('/bounded');
    mode = 'not-found';
    expire();
    expect((await get('/bounded')).status).toBe(404);
    mode = 'graphql-error';
    expect((await get('/bounded')).header('x-webhaze-stale')).toBe('1');
    clock += 3_600_000; // past STOREFRONT_STALE_SECONDS
    expect((await get('/bounded')).status).toBe(502);
  });

  it('after a failure, sends the stale copies of that store for a few seconds without asking again', async () => {
    mode = 'ok';
    await get('/window');
    await get('/window-2');
    expire();
    mode = '503';
    expect((await get('/window')).header('x-webhaze-stale')).toBe('1');
    mode = 'ok';
    const before = asked;
    for (const path of ['/window', '/window-2']) {
      const stale = await get(path);
      expect([path, stale.status, stale.header('x-webhaze-stale')]).toEqual([path, 200, '1']);
    }
    expect(asked).toBe(before);
    // A page without a copy is rendered as usual.
    expect((await get('/window-new')).header('x-webhaze-stale')).toBeNull();
    expect(asked).toBe(before + 1);
    clock += STALE_RETRY_MS + 1;
    const fresh = await get('/window');
    expect([fresh.status, fresh.header('x-webhaze-stale')]).toEqual([200, null]);
    expect(asked).toBe(before + 2);
  });

  it('never serves a purged page stale: publishing still purges', async () => {
    mode = 'ok';
    expect((await get('/purged')).status).toBe(200);
    const events = createEventBus(stack.config(), 'test');
    await events.publish('pages-changed', DEMO_TENANT.id);
    await events.close();
    mode = '503';
    const after = await get('/purged');
    expect([after.status, after.header('x-webhaze-stale')]).toEqual([502, null]);
  });

  it('serves stale when the gateway is gone (connection refused)', async () => {
    mode = 'ok';
    await get('/gone');
    expire();
    const closed = new Promise((resolve) => gateway.close(resolve));
    gateway.closeAllConnections();
    await closed;
    const stale = await get('/gone');
    expect([stale.status, stale.header('x-webhaze-stale')]).toEqual([200, '1']);
    expect((await get('/never-gone')).status).toBe(502);
  });
});
