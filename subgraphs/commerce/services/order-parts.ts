import type Stripe from 'stripe';
import type { Config } from '../../../core/config.js';
import type { SubgraphDb } from '../../../core/db.js';
import { type Route, readBody, sendJson } from '../../../core/http.js';
import type { JobQueue } from '../../../core/jobs.js';
import { platformPlans } from '../../../core/plans.js';
import { authTenantLookup } from '../../../core/tenant-lookup.js';
import { OrderService } from './order-service.js';
import type { OrderInventory } from './order-state.js';
import { createCommerceStripe, type PlanLookup } from './stripe-client.js';
import { StripeConnectService } from './stripe-connect-service.js';
import { ConnectWebhookService } from './webhook-service.js';

/** What the order side of commerce can be given (tests inject the clock, the plan lookup, the queue). */
export interface OrderDeps {
  /** Queue for `commerce.stripe-event` and the confirmation email; without one, events apply in the request. */
  jobs?: JobQueue;
  /**
   * Where the confirmation email and the analytics purchase go when `jobs` is not given (e.g. the
   * stack's queue while Connect events are still applied in the request).
   */
  mailJobs?: Pick<JobQueue, 'enqueue'>;
  /** Defaults to the real client from STRIPE_SECRET_KEY (and STRIPE_API_HOST/PORT/PROTOCOL). */
  stripe?: Stripe | null;
  /** The tenant's plan id; defaults to the auth subgraph's internal tenant directory (core/tenant-lookup.ts). */
  planOf?: PlanLookup;
  now?: () => Date;
}

export interface OrderParts {
  orders: OrderService;
  connect: StripeConnectService;
  webhooks: ConnectWebhookService;
  stripe: Stripe | null;
}

export function createOrderParts(
  config: Config,
  db: SubgraphDb,
  inventory: OrderInventory,
  deps: OrderDeps = {},
): OrderParts {
  const stripe = deps.stripe === undefined ? createCommerceStripe(config) : deps.stripe;
  const now = deps.now ?? (() => new Date());
  const jobs = deps.jobs ?? null;
  const directory = authTenantLookup(config, 'commerce');
  const orders = new OrderService(
    db,
    inventory,
    stripe,
    platformPlans(),
    deps.planOf ?? (async (tenantId) => (await directory(tenantId)).plan),
    jobs ?? deps.mailJobs ?? null,
    now,
  );
  const connect = new StripeConnectService(db, config, stripe, now);
  const webhooks = new ConnectWebhookService(db, config, orders, connect, jobs, stripe, now);
  return { orders, connect, webhooks, stripe };
}

/** `POST /webhooks/stripe/connect` (forwarded untouched by the gateway): raw body in, outcome out. */
export function connectWebhookRoute(webhooks: ConnectWebhookService): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/webhooks/stripe/connect') return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'POST only' }, { allow: 'POST' });
      return true;
    }
    const signature = req.headers['stripe-signature'];
    const outcome = await webhooks.receive(
      await readBody(req),
      typeof signature === 'string' ? signature : undefined,
    );
    sendJson(res, outcome.status, outcome.body);
    return true;
  };
}
