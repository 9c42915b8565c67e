import type { ServerResponse } from 'node:http';
import type { Config } from '../../core/config.js';
import type { Route } from '../../core/http.js';
import { logger } from '../../core/logger.js';
import { verifiedContext } from '../../core/subgraph.js';
import { OidcFlowError, type OidcService } from './services/oidc.js';

const PATH = /^\/auth\/oidc\/([^/]+)\/(start|callback)$/;

/**
 * Browser routes of social sign-in, reached only through the gateway (which proxies GET /auth/oidc/*
 * with a signed anonymous context carrying the client's IP and user agent for the audit log):
 *   GET /auth/oidc/<provider>/start?redirect=/path  → 302 to the provider, sets the flow cookie
 *   GET /auth/oidc/<provider>/callback?code&state   → 302 to <redirect>#signInCode=<one-time code>
 * Failures answer with a short HTML page (400/404/502) and clear the flow cookie; nothing is created.
 */
export function oidcRoutes(config: Config, oidc: OidcService): Route[] {
  return [
    async (req, res, url) => {
      const match = PATH.exec(url.pathname);
      if (!match || req.method !== 'GET') return false;
      const ctx = verifiedContext(req.headers, config.contextSecret);
      if (!ctx) {
        page(res, 401, 'Sign-in must go through the WebHaze gateway.');
        return true;
      }
      const [, provider, step] = match as unknown as [string, string, 'start' | 'callback'];
      const clearFlow = oidc.flowCookie('', 0);
      try {
        if (step === 'start') {
          const { location, cookie } = await oidc.start(provider, url.searchParams.get('redirect'));
          redirect(res, location, cookie);
        } else {
          const { location } = await oidc.callback(ctx, provider, url.searchParams, req.headers.cookie);
          redirect(res, location, clearFlow);
        }
      } catch (err) {
        if (!(err instanceof OidcFlowError)) {
          logger().error({ err, provider, step }, 'social sign-in failed');
        }
        const status = err instanceof OidcFlowError ? err.status : 500;
        const message = err instanceof OidcFlowError ? err.message : 'Sign-in failed. Please try again.';
        page(res, status, message, clearFlow);
      }
      return true;
    },
  ];
}

function redirect(res: ServerResponse, location: string, cookie: string): void {
  res.writeHead(302, { location, 'set-cookie': cookie, 'cache-control': 'no-store', 'content-length': 0 });
  res.end();
}

function page(res: ServerResponse, status: number, message: string, cookie?: string): void {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in failed</title></head><body><h1>Sign-in failed</h1><p>${escapeHtml(message)}</p><p><a href="/editor">Back to WebHaze</a></p></body></html>`;
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(cookie ? { 'set-cookie': cookie } : {}),
  });
  res.end(html);
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
