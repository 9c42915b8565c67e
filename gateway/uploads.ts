import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { Route } from '../core/http.js';
import { type Storage, storageKeyOf, verifyUploadSignature } from '../core/storage.js';

/** Uploads land only in a tenant's upload area: `tenants/<t>/uploads/<assetId>.<ext>` (see createUpload). */
const UPLOAD_KEY = /^tenants\/[^/]+\/uploads\/[0-9a-f-]{36}\.[a-z0-9]{1,8}$/;

class TooLargeError extends Error {}

/**
 * `PUT /uploads/<key>?size&exp&sig`: the disk-mode stand-in for an S3 presigned PUT (createUpload
 * signs the URL). The signature binds key, declared size and expiry; the body is streamed into
 * storage and cut off past the declared size (413), so a client cannot store more than it declared.
 */
export function createUploadsRoute(storage: Storage, secret: string, now: () => number = Date.now): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/uploads/') || storage.backend !== 'disk') return false;
    if (req.method !== 'PUT') {
      res.writeHead(405, { allow: 'PUT' }).end();
      return true;
    }
    const key = storageKeyOf(url.pathname, '/uploads/');
    if (key === null) {
      res.writeHead(400).end();
      return true;
    }
    const size = url.searchParams.get('size') ?? '';
    const exp = url.searchParams.get('exp') ?? '';
    const sig = url.searchParams.get('sig') ?? '';
    if (!UPLOAD_KEY.test(key) || !verifyUploadSignature(key, size, exp, sig, secret, now())) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Invalid or expired upload URL');
      return true;
    }
    const limit = Number(size);
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      res
        .writeHead(413, { 'content-type': 'text/plain', connection: 'close' })
        .end(`The body is larger than the declared ${limit} bytes`);
      req.resume();
      return true;
    }
    try {
      await storage.put(
        key,
        Readable.from(cappedBody(req, limit)),
        String(req.headers['content-type'] ?? 'application/octet-stream'),
      );
    } catch (err) {
      // Dropped mid-body, or closed at the request timeout: nothing was stored, nobody to answer.
      if (req.socket.destroyed) return true;
      if (err instanceof TooLargeError) {
        res
          .writeHead(413, { 'content-type': 'text/plain', connection: 'close' })
          .end(`The body is larger than the declared ${limit} bytes`);
        req.resume();
        return true;
      }
      throw err;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
    return true;
  };
}

/**
 * The request body, failing with TooLargeError past `limit` bytes. Nothing is read until storage
 * reads it, and every failure (too large, the client gone) reaches storage's pipeline, which
 * removes the partial file and rejects: no stream is left to fail with nobody listening.
 */
async function* cappedBody(req: IncomingMessage, limit: number): AsyncGenerator<Buffer> {
  let received = 0;
  // Stopping early must not destroy the request: the 413 still goes out on its socket.
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    received += (chunk as Buffer).length;
    if (received > limit) throw new TooLargeError();
    yield chunk as Buffer;
  }
}
