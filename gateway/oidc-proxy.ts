import type { OutgoingHttpHeaders } from 'node:http';
import type { Agent } from 'undici';
import {
  anonymous,
  CONTEXT_HEADER,
  newRequestId,
  type RequestContext,
  signContext,
} from '../core/context.js';
import type { Route } from '../core/http.js';
import type { ClientAddressOf } from './client-address.js';
import { fetchUpstream } from './upstream.js';

/** Request headers the auth subgraph's sign-in routes may see; everything else stays at the gateway. */
const FORWARDED_REQUEST_HEADERS = ['cookie', 'user-agent', 'accept', 'accept-language'] as const;
/** Hop-by-hop headers never copied back to the browser. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
]);

export interface OidcProxyOptions {
  agent: Agent;
  /** The auth subgraph's base URL, e.g. http://127.0.0.1:4001. */
  authBaseUrl: string;
  contextSecret: string;
  contextTtlSeconds: number;
  clientAddressOf: ClientAddressOf;
  /** How long the auth service may take to answer, body included (default 10 s). */
  timeoutMs?: number;
}

/**
 * Social sign-in's browser routes (GET /auth/oidc/<provider>/start|callback) live in the auth
 * subgraph: forward them with the query and cookies untouched, plus a signed anonymous context
 * (request id, client IP, user agent for the audit log), and hand the answer back untouched —
 * status, Location and every Set-Cookie included.
 */
export function createOidcProxyRoute(opts: OidcProxyOptions): Route {
  const target = new URL(opts.authBaseUrl);
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/auth/oidc/') || req.method !== 'GET') return false;
    const ctx: RequestContext = {
      requestId: newRequestId(),
      tenantId: null,
      tenantSlug: null,
      actor: anonymous,
      region: null,
      host: null,
      clientIp: opts.clientAddressOf(req.headers, req.socket.remoteAddress),
      userAgent:
        typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 256) : null,
    };
    const headers: Record<string, string> = {
      [CONTEXT_HEADER]: signContext(ctx, opts.contextSecret, opts.contextTtlSeconds),
    };
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join('; ') : value;
    }
    const {
      statusCode,
      headers: answered,
      body,
    } = await fetchUpstream(
      'auth',
      opts.agent,
      { origin: target.origin, path: `${url.pathname}${url.search}`, method: 'GET', headers },
      opts.timeoutMs ?? 10_000,
    );
    res.writeHead(statusCode, { ...copyHeaders(answered), 'content-length': body.length });
    res.end(body);
    return true;
  };
}

function copyHeaders(headers: Record<string, string | string[] | undefined>): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === 'content-length') continue;
    out[name] = value;
  }
  return out;
}
