import { extname } from 'node:path';
import type { Route } from '../core/http.js';
import { ObjectNotFoundError, type Storage, storageKeyOf, verifyDiskSignature } from '../core/storage.js';

const CONTENT_TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Objects anyone may fetch: published asset files and sitemaps. Everything else needs a signed URL. */
const PUBLIC_KEY = /^tenants\/[^/]+\/(assets|sites)\//;

/**
 * Serves disk-backed objects at /files/<key> (embedded mode; with S3 the URLs point at S3 or the CDN).
 * Unknown types are served as downloads and never sniffed, so an uploaded file cannot run as a page.
 */
export function createFilesRoute(storage: Storage, secret: string, now: () => number = Date.now): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/files/') || storage.backend !== 'disk') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    const key = storageKeyOf(url.pathname, '/files/');
    if (key === null) {
      res.writeHead(400).end();
      return true;
    }
    const exp = url.searchParams.get('exp');
    const sig = url.searchParams.get('sig');
    const signed = exp !== null && sig !== null && verifyDiskSignature(key, exp, sig, secret, now());
    if (!signed && !PUBLIC_KEY.test(key)) {
      res.writeHead(exp || sig ? 403 : 404).end();
      return true;
    }
    let body: Buffer;
    try {
      body = await storage.get(key);
    } catch (err) {
      if (err instanceof ObjectNotFoundError) {
        res.writeHead(404).end();
        return true;
      }
      throw err;
    }
    const type = CONTENT_TYPES[extname(key).toLowerCase()];
    res.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'content-length': body.length,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'cache-control': signed ? 'private, max-age=60' : 'public, max-age=300',
      // Public objects are readable by anyone anyway; fonts are always fetched in CORS mode, so a
      // storefront on a tenant's own domain needs this to use self-hosted faces served from here.
      ...(signed
        ? {}
        : { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' }),
      ...(type ? {} : { 'content-disposition': 'attachment' }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
