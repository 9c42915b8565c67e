import { request } from 'undici';
import type { Config } from '../../../core/config.js';
import { CONTEXT_HEADER, internalContext, REQUEST_ID_HEADER, signContext } from '../../../core/context.js';
import { MAX_PAGE_SIZE } from '../../../core/pagination.js';

/** Where auth learns which sites a tenant has: the cms owns them. */
export interface TenantSites {
  /** Every site id of the tenant. Throws when they cannot be learned (callers fail closed). */
  siteIdsOf(tenantId: string, requestId: string): Promise<Set<string>>;
}

export const TENANT_SITES_QUERY = `query TenantSites($after: String) {
  sites(first: ${MAX_PAGE_SIZE}, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;

/** More pages than any plan allows sites: a guard against a cursor that never ends. */
const MAX_PAGES = 100;

interface SitesPage {
  data?: {
    sites?: {
      edges: { node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
  errors?: unknown[];
}

/**
 * Asks the cms through the gateway's internal endpoint, as the `internal` actor `auth` of the
 * tenant, page by page. Never called inside a `withTenant` transaction (the gateway calls back
 * into the subgraphs). `url` is read per call: embedded stacks learn the gateway's port late.
 */
export function gatewayTenantSites(
  config: Pick<Config, 'contextSecret' | 'CONTEXT_TTL_SECONDS'>,
  url: () => string,
  timeoutMs = 3000,
): TenantSites {
  return {
    async siteIdsOf(tenantId, requestId) {
      const ids = new Set<string>();
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const ctx = internalContext('auth', tenantId, requestId);
        const res = await request(url(), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [CONTEXT_HEADER]: signContext(ctx, config.contextSecret, config.CONTEXT_TTL_SECONDS),
            [REQUEST_ID_HEADER]: requestId,
          },
          body: JSON.stringify({ query: TENANT_SITES_QUERY, variables: { after } }),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const body = (await res.body.json()) as SitesPage;
        const sites = body.data?.sites;
        if (res.statusCode !== 200 || body.errors?.length || !sites) {
          throw new Error(`the tenant's sites are unavailable (status ${res.statusCode})`);
        }
        for (const edge of sites.edges) ids.add(edge.node.id);
        if (!sites.pageInfo.hasNextPage || !sites.pageInfo.endCursor) return ids;
        after = sites.pageInfo.endCursor;
      }
      throw new Error("the tenant's sites did not end after the most pages a tenant can have");
    },
  };
}
