import type { ServerResponse } from 'node:http';
import { newRequestId, type RequestContext } from '../core/context.js';
import type { Route } from '../core/http.js';
import { logger } from '../core/logger.js';
import type { ContextResolver, RateLimits } from '../gateway/visitors.js';
import { verifyPreviewToken } from '../subgraphs/cms/contract.js';
import type { StorefrontSupergraph } from './supergraph.js';

export const PREVIEW_PAGE_QUERY =
  'query PreviewPage($token: String!) { previewPage(token: $token) { html contentSecurityPolicy } }';

/** When the cms sends no policy: nothing runs, nothing loads from elsewhere. */
const FALLBACK_PREVIEW_CSP =
  "default-src 'self'; script-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The rendered page's own policy (a hash per inline script, its image and font origins), except
 * that the platform's own pages may frame it (the editor shows previews in a frame); no other site may.
 */
export function previewCsp(pagePolicy: string | null): string {
  const directives = (pagePolicy ?? FALLBACK_PREVIEW_CSP)
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^frame-ancestors(\s|$)/i.test(d));
  return [...directives, "frame-ancestors 'self'"].join('; ');
}

const PREFIX = '/preview/';

/**
 * `GET /preview/<token>`: a draft (or pinned version) shown to whoever holds a link minted by
 * `createPreviewLink`. The storefront verifies the token first (tampered/malformed → 404, expired →
 * 410) and then asks the cms `previewPage(token)`, which verifies it again and binds it to the
 * tenant the context names. Never cached, never indexed, never leaks the token as a referrer, and
 * served under the page's Content-Security-Policy, frameable by the platform's own pages only.
 */
export function createPreviewRoute(
  supergraph: StorefrontSupergraph,
  contextSecret: string,
  rateLimits: RateLimits,
  clientAddressOf: ContextResolver['clientAddressOf'],
  now: () => number = Date.now,
): Route {
  return async (req, res, url) => {
    if (req.method !== 'GET' || !url.pathname.startsWith(PREFIX)) return false;
    const token = url.pathname.slice(PREFIX.length);
    const verified = verifyPreviewToken(contextSecret, token, now());
    if (!verified.ok) {
      send(
        res,
        verified.reason === 'expired' ? 410 : 404,
        verified.reason === 'expired' ? 'This preview link has expired' : 'Preview not found',
      );
      return true;
    }
    const clientIp = clientAddressOf(req.headers, req.socket.remoteAddress);
    await rateLimits.consume(verified.claims.t, `preview:${clientIp ?? 'unknown'}`);
    const ctx: RequestContext = {
      requestId: newRequestId(),
      tenantId: verified.claims.t,
      tenantSlug: null,
      actor: { kind: 'anonymous' },
      region: null,
      host: null,
      clientIp,
      userAgent: null,
    } as RequestContext;
    const { data, errors } = await supergraph.execute(ctx, PREVIEW_PAGE_QUERY, { token });
    const page = (data as { previewPage?: { html?: unknown; contentSecurityPolicy?: unknown } | null } | null)
      ?.previewPage;
    const html = page?.html;
    if (errors.length) logger().warn({ reqId: ctx.requestId, errors }, 'preview page failed');
    if (typeof html !== 'string') {
      send(
        res,
        errors.length ? 502 : 404,
        errors.length ? 'This preview is unavailable right now' : 'Preview not found',
      );
      return true;
    }
    const policy = typeof page?.contentSecurityPolicy === 'string' ? page.contentSecurityPolicy : null;
    res.writeHead(200, {
      ...PREVIEW_HEADERS,
      'content-security-policy': previewCsp(policy),
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'x-request-id': ctx.requestId,
    });
    res.end(html);
    return true;
  };
}

const PREVIEW_HEADERS = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
};

function send(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, {
    ...PREVIEW_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(message),
  });
  res.end(message);
}
