/**
 * Serves the editor SPA (client/, built by `npm run build:client` into client/dist) at /editor on
 * platform hosts: hashed files under /editor/assets/ are immutable for a year, index.html is never
 * cached (so a deploy is picked up at once), and every other /editor/* path gets index.html (the
 * SPA routes itself). Every response carries the editor's strict Content-Security-Policy: scripts
 * only from this origin (no inline script, no eval), API calls only to this origin, no framing.
 * Inline styles stay allowed: the page preview injects the tenant's token CSS and Puck positions
 * its drag previews with style attributes.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '../core/http.js';

export const EDITOR_PREFIX = '/editor';

/** Where the build puts the SPA, relative to this file (source: client/dist; compiled: dist/client/dist). */
export const DEFAULT_EDITOR_DIR = fileURLToPath(new URL('../client/dist/', import.meta.url));

/**
 * The editor's policy. `storageOrigins` (core/storage.ts) are where S3 uploads go and where asset
 * variants and fonts load from when storage is not served by the gateway itself.
 */
export function editorCsp(storageOrigins: readonly string[] = []): string {
  const extra = storageOrigins.map((o) => ` ${o}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    `font-src 'self' data:${extra}`,
    `connect-src 'self'${extra}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const EDITOR_CSP = editorCsp();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export interface EditorRouteOptions {
  /** The built SPA (index.html + assets/); defaults to DEFAULT_EDITOR_DIR. */
  dir?: string;
  /** Only these hosts get the editor (tenant storefront hosts keep every path for their pages). */
  isPlatformHost(host: string): boolean;
  /** Object storage origins the browser talks to directly (S3, CDN); see core/storage.ts. */
  storageOrigins?: readonly string[];
}

export function createEditorRoute(opts: EditorRouteOptions): Route {
  const root = normalize(opts.dir ?? DEFAULT_EDITOR_DIR);
  const csp = editorCsp(opts.storageOrigins);
  return async (req, res, url) => {
    const path = url.pathname;
    if (path !== EDITOR_PREFIX && !path.startsWith(`${EDITOR_PREFIX}/`)) return false;
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (host && !opts.isPlatformHost(host)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    if (path === EDITOR_PREFIX) {
      res.writeHead(308, { location: `${EDITOR_PREFIX}/${url.search}` }).end();
      return true;
    }
    const send = (status: number, body: Buffer, type: string, cache: string) => {
      res.writeHead(status, {
        ...SECURITY_HEADERS,
        'content-security-policy': csp,
        'content-type': type,
        'content-length': body.length,
        'cache-control': cache,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    };

    let relative: string;
    try {
      relative = decodeURIComponent(path.slice(EDITOR_PREFIX.length + 1));
    } catch {
      res.writeHead(400).end();
      return true;
    }
    if (relative.startsWith('assets/')) {
      const file = normalize(join(root, relative));
      // A hashed asset either exists or is a 404: never the SPA (a stale chunk must fail loudly).
      // Only files inside assets/ (no `..` out of it, no NUL).
      if (!file.startsWith(join(root, 'assets') + sep) || relative.includes('\0')) {
        res.writeHead(404).end();
        return true;
      }
      const body = await readIfFile(file);
      if (!body) {
        res.writeHead(404, { 'cache-control': 'no-store' }).end();
        return true;
      }
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return send(200, body, type, 'public, max-age=31536000, immutable');
    }
    const index = await readIfFile(join(root, 'index.html'));
    if (!index) {
      const message = Buffer.from(
        'The editor is not built: run `npm run build:client` (or `npm run build`).\n',
      );
      return send(503, message, 'text/plain; charset=utf-8', 'no-store');
    }
    return send(200, index, TYPES['.html']!, 'no-cache');
  };
}

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    if (!(await stat(file)).isFile()) return null;
    return await readFile(file);
  } catch {
    return null;
  }
}
