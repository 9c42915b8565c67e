import Stripe from 'stripe';
import type { Config } from '../../../core/config.js';
import { internalContext, signContext } from '../../../core/context.js';
import { AppError } from '../../../core/errors.js';
import { logger } from '../../../core/logger.js';

/** The real Stripe client, pointed at STRIPE_API_HOST/PORT/PROTOCOL when set (a stand-in in tests). */
export function createCommerceStripe(config: Config): Stripe | null {
  if (!config.STRIPE_SECRET_KEY) return null;
  return new Stripe(config.STRIPE_SECRET_KEY, {
    ...(config.STRIPE_API_HOST ? { host: config.STRIPE_API_HOST } : {}),
    ...(config.STRIPE_API_PORT ? { port: config.STRIPE_API_PORT } : {}),
    ...(config.STRIPE_API_PROTOCOL ? { protocol: config.STRIPE_API_PROTOCOL } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'WebHaze commerce' },
  });
}

export function requireStripe(stripe: Stripe | null): Stripe {
  if (!stripe) throw new AppError('INTERNAL_SERVER_ERROR', 'Payments are not configured on this server');
  return stripe;
}

/** Runs a Stripe call; Stripe's own errors become INTERNAL_SERVER_ERROR with Stripe's code as `reason`. */
export async function callStripe<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof Stripe.errors.StripeError) {
      logger().error({ type: err.type, code: err.code, message: err.message }, 'stripe request failed');
      throw new AppError('INTERNAL_SERVER_ERROR', 'The payment provider refused the request', {
        reason: err.code ?? err.type,
      });
    }
    throw err;
  }
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
    });
    if (!res.ok) throw new Error(`tenant directory answered ${res.status} for ${tenantId}`);
    const body = (await res.json()) as { plan?: unknown };
    return typeof body.plan === 'string' ? body.plan : 'free';
  };
}
