import type Stripe from 'stripe';
import type { Config } from '../../../core/config.js';
import { createStripe } from '../../../core/stripe.js';

export { callStripe, requireStripe } from '../../../core/stripe.js';

/** The commerce subgraph's Stripe client (core/stripe.ts), or null when Stripe is not configured. */
export function createCommerceStripe(config: Config): Stripe | null {
  return createStripe(config, 'WebHaze commerce');
}

/** The tenant's billing plan id: how the application fee is chosen. */
export type PlanLookup = (tenantId: string) => Promise<string>;
