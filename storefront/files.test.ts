import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskStorage, storageKeyOf } from '../core/storage.js';
import { createFilesRoute } from './files.js';

describe('storage keys from /files and /uploads paths', () => {
  it('decodes a valid key and refuses traversal, bad characters and malformed percent-encoding', () => {
    expect(storageKeyOf('/files/tenants/t1/assets/a/64.webp', '/files/')).toBe('tenants/t1/assets/a/64.webp');
    expect(storageKeyOf('/files/tenants/%2e%2e/x', '/files/')).toBeNull();
    expect(storageKeyOf('/uploads/tenants/t1/a%20b', '/uploads/')).toBeNull();
    expect(storageKeyOf('/files/tenants/%E0%A4%A', '/files/')).toBeNull();
  });
});

describe('the /files route', () => {
  it('lets any origin read public objects (fonts load in CORS mode) but not signed private ones', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'wh-files-'));
    const secret = 'files-test-secret-0123456789abcdef';
    const storage = new DiskStorage({
      dataDir,
      publicUrl: 'http://localhost',
      contextSecret: secret,
      CDN_BASE_URL: undefined,
    });
    await storage.put('tenants/t1/assets/a/font.woff2', Buffer.from('wOF2-test'), 'font/woff2');
    await storage.put('tenants/t1/exports/e.csv', Buffer.from('a,b'), 'text/csv');
    const route = createFilesRoute(storage, secret);
    const server = createServer((req, res) => {
      void Promise.resolve(route(req, res, new URL(req.url ?? '/', 'http://localhost'))).then((handled) => {
        if (!handled) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const font = await fetch(`http://127.0.0.1:${port}/files/tenants/t1/assets/a/font.woff2`);
      expect(font.status).toBe(200);
      expect(font.headers.get('access-control-allow-origin')).toBe('*');
      const signed = new URL(await storage.signedGetUrl('tenants/t1/exports/e.csv', 60));
      const csv = await fetch(`http://127.0.0.1:${port}${signed.pathname}${signed.search}`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('access-control-allow-origin')).toBeNull();
      expect((await fetch(`http://127.0.0.1:${port}/files/tenants/t1/exports/e.csv`)).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
