/**
 * The Stripe client as every subgraph builds it (the real client, pointed at STRIPE_API_HOST/PORT/
 * PROTOCOL when set: a stand-in in tests), and the two guards around its calls.
 */
import Stripe from 'stripe';
import type { Config } from './config.js';
import { AppError } from './errors.js';
import { logger } from './logger.js';

/** A Stripe client for the platform account, or null when STRIPE_SECRET_KEY is not set. */
export function createStripe(config: Config, appName: string): Stripe | null {
  if (!config.STRIPE_SECRET_KEY) return null;
  return new Stripe(config.STRIPE_SECRET_KEY, {
    ...(config.STRIPE_API_HOST ? { host: config.STRIPE_API_HOST } : {}),
    ...(config.STRIPE_API_PORT ? { port: config.STRIPE_API_PORT } : {}),
    ...(config.STRIPE_API_PROTOCOL ? { protocol: config.STRIPE_API_PROTOCOL } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: appName },
  });
}

/**
 * The client, or FORBIDDEN naming what is not configured (`Payments`, `Billing`) with the reason
 * `PAYMENTS_NOT_CONFIGURED` / `BILLING_NOT_CONFIGURED`: an expected state of this server, not a fault.
 */
export function requireStripe(stripe: Stripe | null, feature = 'Payments'): Stripe {
  if (!stripe) {
    const verb = feature.endsWith('s') ? 'are' : 'is';
    throw new AppError('FORBIDDEN', `${feature} ${verb} not configured on this server`, {
      reason: `${feature.toUpperCase()}_NOT_CONFIGURED`,
    });
  }
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
