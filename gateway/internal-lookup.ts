import type { Dispatcher } from 'undici';
import { CONTEXT_HEADER, internalContext, REQUEST_ID_HEADER, signContext } from '../core/context.js';

export interface InternalLookupTarget {
  /** The auth subgraph's base URL (its GraphQL URL without `/graphql`). */
  authBaseUrl: string;
  contextSecret: string;
  contextTtlSeconds: number;
  dispatcher: Dispatcher;
}

/**
 * GETs one of auth's internal lookups (`/internal/tenants`, `/internal/api-keys`,
 * `/internal/memberships`) as the `internal` actor `gateway`: the JSON answer, null for 404, and an
 * Error naming `what` for any other status.
 */
export async function internalLookup(
  target: InternalLookupTarget,
  pathAndQuery: string,
  what: string,
  tenantId: string | null = null,
): Promise<unknown> {
  const base = new URL(target.authBaseUrl);
  const ctx = internalContext('gateway', tenantId);
  const response = await target.dispatcher.request({
    origin: base.origin,
    path: `${base.pathname.replace(/\/$/, '')}${pathAndQuery}`,
    method: 'GET',
    headers: {
      [CONTEXT_HEADER]: signContext(ctx, target.contextSecret, target.contextTtlSeconds),
      [REQUEST_ID_HEADER]: ctx.requestId,
      accept: 'application/json',
    },
  });
  if (response.statusCode === 404) {
    await response.body.dump();
    return null;
  }
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new Error(`${what} answered ${response.statusCode}`);
  }
  return response.body.json();
}
