import type { Config } from './config.js';
import { internalContext, signContext } from './context.js';
import { platformPlans } from './plans.js';

/**
 * What a subgraph other than auth must know of a tenant before a write: its billing plan (plan
 * limits, the application fee) and its region codes (tax and shipping settings). Auth owns both;
 * every subgraph asks the same way, per write, so a plan change or a new region applies at once.
 */
export interface TenantFacts {
  plan: string;
  regionCodes: string[];
}

/** Looks a tenant up; an unknown tenant gets the default plan and no regions. */
export type TenantLookup = (tenantId: string) => Promise<TenantFacts>;

/** The part of auth's tenant directory entry (`/internal/tenants`) a lookup reads. */
export interface DirectoryFacts {
  plan: string;
  regions: { code: string }[];
}

/** TenantFacts from a directory entry (null: unknown tenant). */
export function factsOf(entry: DirectoryFacts | null): TenantFacts {
  return {
    plan: entry?.plan ?? platformPlans().defaultPlan,
    regionCodes: entry?.regions.map((r) => r.code) ?? [],
  };
}

/**
 * Asks the auth subgraph's internal tenant directory (`GET /internal/tenants?id=`), signed as the
 * internal actor `service`. Never call it inside a `withTenant` transaction. Throws when auth does
 * not answer: a limit that cannot be checked refuses the write (fail closed).
 */
export function authTenantLookup(
  config: Pick<Config, 'serviceUrl' | 'contextSecret' | 'CONTEXT_TTL_SECONDS' | 'SUBGRAPH_TIMEOUT_MS'>,
  service: string,
): TenantLookup {
  const base = config.serviceUrl('auth').replace(/\/graphql\/?$/, '');
  return async (tenantId) => {
    const url = new URL('/internal/tenants', base);
    url.searchParams.set('id', tenantId);
    const res = await fetch(url, {
      headers: {
        'x-webhaze-context': signContext(
          internalContext(service, null),
          config.contextSecret,
          config.CONTEXT_TTL_SECONDS,
        ),
      },
      signal: AbortSignal.timeout(config.SUBGRAPH_TIMEOUT_MS),
    });
    if (res.status === 404) return factsOf(null);
    if (!res.ok) throw new Error(`tenant directory answered ${res.status} for ${tenantId}`);
    const body = (await res.json()) as Partial<DirectoryFacts>;
    return factsOf({
      plan: typeof body.plan === 'string' ? body.plan : platformPlans().defaultPlan,
      regions: Array.isArray(body.regions) ? body.regions.filter((r) => typeof r?.code === 'string') : [],
    });
  };
}

/**
 * Fixed facts (`byTenant` for some tenants, `facts` for the rest): tools and subgraph tests that
 * run without auth.
 */
export function fixedTenantLookup(
  facts: Partial<TenantFacts> = {},
  byTenant: Record<string, Partial<TenantFacts>> = {},
): TenantLookup {
  const fixed = factsOf(null);
  return async (tenantId) => ({ ...fixed, ...facts, ...byTenant[tenantId] });
}

/**
 * The plan id of the request's tenant, asked before a write's transaction (never inside one).
 * Without a tenant it is the default plan: `withTenant` refuses that write itself.
 */
export async function planOfTenant(lookup: TenantLookup, tenantId: string | null): Promise<string> {
  return tenantId ? (await lookup(tenantId)).plan : platformPlans().defaultPlan;
}
