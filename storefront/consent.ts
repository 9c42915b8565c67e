import type { IncomingHttpHeaders } from 'node:http';
import type { RequestContext } from '../core/context.js';
import type { Route } from '../core/http.js';

/** The visitor's consent choice for analytics storage: `granted` or `denied`. */
export const CONSENT_COOKIE = 'wh_consent';
/** Any non-empty value other than `0`/`false` opts the visitor out of analytics entirely. */
export const OPT_OUT_COOKIE = 'wh_optout';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export type VisitorSignals = NonNullable<RequestContext['visitor']>;

/** Reads `Sec-GPC` and the consent / opt-out cookies. Unknown or malformed values mean "no signal". */
export function visitorSignalsOf(headers: IncomingHttpHeaders): VisitorSignals {
  const cookies = parseCookies(headers.cookie);
  const consent = cookies.get(CONSENT_COOKIE);
  const optOut = cookies.get(OPT_OUT_COOKIE);
  return {
    gpc: headerValue(headers['sec-gpc'])?.trim() === '1',
    optOut: optOut !== undefined && optOut !== '' && optOut !== '0' && optOut !== 'false',
    consent: consent === 'granted' || consent === 'denied' ? consent : 'unknown',
  };
}

/**
 * `GET /consent?value=granted|denied&return=<path>`: the consent banner's accept/reject links.
 * Sets the `wh_consent` cookie for a year (SameSite=Lax; no JavaScript reads it) and redirects to
 * `return` when it is a same-site relative path, else to `/`. Storefront hosts and the platform
 * host both answer it; on the platform host the cookie covers every `/s/<tenant>` storefront.
 */
export function createConsentRoute(opts: { secureCookies: boolean }): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/consent' || (req.method !== 'GET' && req.method !== 'POST')) return false;
    const value = url.searchParams.get('value');
    if (value !== 'granted' && value !== 'denied') {
      const body = 'value must be granted or denied';
      res.writeHead(400, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
      return true;
    }
    const cookie = [
      `${CONSENT_COOKIE}=${value}`,
      'Path=/',
      `Max-Age=${ONE_YEAR_SECONDS}`,
      'SameSite=Lax',
      'HttpOnly',
      ...(opts.secureCookies ? ['Secure'] : []),
    ].join('; ');
    res.writeHead(303, {
      location: safeReturnPath(url.searchParams.get('return')),
      'set-cookie': cookie,
      'cache-control': 'no-store',
      'content-length': 0,
    });
    res.end();
    return true;
  };
}

/** Only a path on this origin: starts with one `/`, no `//` or `/\` (protocol-relative), no control chars. */
export function safeReturnPath(value: string | null): string {
  if (!value || value.length > 2048) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (!value.startsWith('/') || /^\/[/\\]/.test(value) || /[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  try {
    // Resolving against a dummy origin must keep the origin: anything else was not a plain path.
    const resolved = new URL(value, 'http://same.invalid');
    if (resolved.origin !== 'http://same.invalid') return '/';
    return `${resolved.pathname}${resolved.search}`;
  } catch {
    return '/';
  }
}

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
