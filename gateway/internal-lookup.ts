import type { Dispatcher } from 'undici';
import { CONTEXT_HEADER, internalContext, REQUEST_ID_HEADER, signContext } from '../core/context.js';
import { fetchUpstream } from './upstream.js';

export interface InternalLookupTarget {
  /** The auth subgraph's base URL (its GraphQL URL without `/graphql`). */
  authBaseUrl: string;
  contextSecret: string;
  contextTtlSeconds: number;
  dispatcher: Dispatcher;
  /** How long one lookup may take (default 10 s). */
  timeoutMs?: number;
}

/**
 * GETs one of auth's internal lookups (`/internal/tenants`, `/internal/memberships`) as the
 * `internal` actor `gateway`: the JSON answer, or null for 404. Any other answer, or none in time,
 * is `upstreamHttpError('auth')` (502/504).
 */
export async function internalLookup(
  target: InternalLookupTarget,
  pathAndQuery: string,
  tenantId: string | null = null,
): Promise<unknown> {
  const base = new URL(target.authBaseUrl);
  const ctx = internalContext('gateway', tenantId);
  const { statusCode, body } = await fetchUpstream(
    'auth',
    target.dispatcher,
    {
      origin: base.origin,
      path: `${base.pathname.replace(/\/$/, '')}${pathAndQuery}`,
      method: 'GET',
      headers: {
        [CONTEXT_HEADER]: signContext(ctx, target.contextSecret, target.contextTtlSeconds),
        [REQUEST_ID_HEADER]: ctx.requestId,
        accept: 'application/json',
      },
    },
    target.timeoutMs ?? 10_000,
    (status) => status === 200 || status === 404,
  );
  return statusCode === 404 ? null : JSON.parse(body.toString('utf8'));
}
