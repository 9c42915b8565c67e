import type Stripe from 'stripe';
import type { Config } from '../../../core/config.js';
import { internalContext, signContext } from '../../../core/context.js';
import { createStripe } from '../../../core/stripe.js';

export { callStripe, requireStripe } from '../../../core/stripe.js';

/** The commerce subgraph's Stripe client (core/stripe.ts), or null when Stripe is not configured. */
export function createCommerceStripe(config: Config): Stripe | null {
  return createStripe(config, 'WebHaze commerce');
}

/** The tenant's billing plan id: how the application fee is chosen. */
export type PlanLookup = (tenantId: string) => Promise<string>;

/**
 * Asks the auth subgraph's internal tenant directory for the tenant's plan (the commerce schema
 * holds no copy of it, so a plan change applies to the next PaymentIntent at once).
 */
export function authPlanLookup(config: Config): PlanLookup {
  const base = config.serviceUrl('auth').replace(/\/graphql\/?$/, '');
  return async (tenantId) => {
    const url = new URL('/internal/tenants', base);
    url.searchParams.set('id', tenantId);
    const res = await fetch(url, {
      headers: {
        'x-webhaze-context': signContext(
          internalContext('commerce', null),
          config.contextSecret,
          config.CONTEXT_TTL_SECONDS,
        ),
      },
      signal: AbortSignal.timeout(config.SUBGRAPH_TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`tenant directory answered ${res.status} for ${tenantId}`);
    const body = (await res.json()) as { plan?: unknown };
    return typeof body.plan === 'string' ? body.plan : 'free';
  };
}
