import type { Route } from '../core/http.js';
import { PLATFORM_FONTS_PATH, platformFontFile } from '../core/platform-fonts.js';

/** A year, the longest `max-age` caches honour: the URL changes when the file does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the platform's bundled font files (core/platform-fonts.ts) at `/_fonts/<name>.<hash>.woff2`
 * on every host: the platform host (pages under /s/<slug>/ link them root-relative) and tenant
 * domains alike. Only the exact fingerprinted names exist; anything else is 404 (ADR 0048).
 */
export function createFontsRoute(): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith(PLATFORM_FONTS_PATH)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    const file = platformFontFile(url.pathname.slice(PLATFORM_FONTS_PATH.length));
    if (!file) {
      res
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        .end('Not found');
      return true;
    }
    const headers = {
      'content-type': 'font/woff2',
      'cache-control': IMMUTABLE,
      etag: file.etag,
      'x-content-type-options': 'nosniff',
      // Fonts are fetched in CORS mode: a page on a CDN or another host of the tenant may use them.
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    };
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    res.writeHead(200, { ...headers, 'content-length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
