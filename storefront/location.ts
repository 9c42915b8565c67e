import type { IncomingMessage } from 'node:http';
import { type ContextResolver, hostnameOf } from '../gateway/visitors.js';

/** Where a tenant's storefront lives on a platform host: `/s/<tenantSlug>/...`. */
export const STOREFRONT_PREFIX = '/s/';

/** Where a request is on the storefront: its tenant slug when served under `/s/<slug>/`, and the path under it. */
export interface StorefrontLocation {
  host: string | null;
  /** On a platform host (under `/s/<slug>/`), not a tenant's own host. */
  onPlatform: boolean;
  /** The tenant slug from `/s/<slug>/...` (null on a tenant's own host). */
  pathSlug: string | null;
  /** The path under the storefront base (`/` for `/s/<slug>`). */
  path: string;
}

/**
 * The storefront location of a request: any path on a tenant's own host, `/s/<slug>/...` on a
 * platform host; null for any other path of a platform host (or a malformed slug).
 */
export function storefrontLocationOf(
  req: IncomingMessage,
  url: URL,
  resolver: Pick<ContextResolver, 'isPlatformHost'>,
): StorefrontLocation | null {
  const host = hostnameOf(req.headers.host);
  const onPlatform = !host || resolver.isPlatformHost(host);
  if (!onPlatform) return { host, onPlatform, pathSlug: null, path: url.pathname };
  if (!url.pathname.startsWith(STOREFRONT_PREFIX)) return null;
  const rest = url.pathname.slice(STOREFRONT_PREFIX.length);
  const slash = rest.indexOf('/');
  const pathSlug = safeDecode(slash >= 0 ? rest.slice(0, slash) : rest);
  if (!pathSlug) return null;
  return { host, onPlatform, pathSlug, path: slash >= 0 ? rest.slice(slash) : '/' };
}

/** A percent-decoded path segment, or null when its encoding is malformed. */
export function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
