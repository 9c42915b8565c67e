import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the few Stripe endpoints WebHaze calls (Customers, Checkout Sessions,
 * Subscriptions), speaking Stripe's wire format: form-encoded requests with bracketed keys,
 * JSON objects with an `object` field, Stripe-style errors. The real `stripe` client talks to it
 * through its `host`/`port`/`protocol` settings.
 */
export interface StripeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
}

export interface StripeStandin {
  host: string;
  port: number;
  requests: StripeRequest[];
  customers: Map<string, Record<string, unknown>>;
  subscriptions: Map<string, StripeSubscription>;
  /** Ids of the Checkout Sessions created so far, oldest first. */
  sessionIds(): string[];
  /** Completes a checkout as Stripe would: creates the subscription for the session's price. */
  completeCheckout(sessionId: string): StripeSubscription;
  /** Makes the next matching request fail with a Stripe error. */
  failNext(pathPrefix: string, status: number, error: Record<string, unknown>): void;
  close(): Promise<void>;
}

export interface StripeSubscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: string;
  cancel_at_period_end: boolean;
  metadata: Record<string, string>;
  items: {
    object: 'list';
    data: {
      id: string;
      object: 'subscription_item';
      price: { id: string; object: 'price' };
      quantity: number;
      current_period_start: number;
      current_period_end: number;
    }[];
  };
  [key: string]: unknown;
}

const id = (prefix: string) => `${prefix}_${randomBytes(10).toString('hex')}`;

/** `a[b][0][c]=v` pairs, kept flat (`a[b][0][c]` → 'v'): enough to assert on and to rebuild objects. */
function parseForm(body: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body)) params[key] = value;
  return params;
}

function metadataOf(params: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const match = new RegExp(`^${prefix.replace(/[[\]]/g, '\\$&')}\\[([^\\]]+)\\]$`).exec(key);
    if (match) out[match[1]!] = value;
  }
  return out;
}

export async function startStripeStandin(): Promise<StripeStandin> {
  const requests: StripeRequest[] = [];
  const customers = new Map<string, Record<string, unknown>>();
  const sessions = new Map<string, Record<string, unknown>>();
  const subscriptions = new Map<string, StripeSubscription>();
  const failures: { pathPrefix: string; status: number; error: Record<string, unknown> }[] = [];
  const idempotent = new Map<string, unknown>();

  const send = (res: ServerResponse, status: number, body: unknown) => {
    const payload = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'request-id': id('req'),
      'stripe-version': '2026-10-28.endive',
    });
    res.end(payload);
  };
  const missing = (res: ServerResponse, what: string, value: string) =>
    send(res, 404, {
      error: {
        type: 'invalid_request_error',
        code: 'resource_missing',
        message: `No such ${what}: '${value}'`,
        param: 'id',
      },
    });

  const now = () => Math.floor(Date.now() / 1000);
  const newSubscription = (customer: string, price: string, metadata: Record<string, string>) => {
    const subscription: StripeSubscription = {
      id: id('sub'),
      object: 'subscription',
      customer,
      status: 'active',
      cancel_at_period_end: false,
      metadata,
      items: {
        object: 'list',
        data: [
          {
            id: id('si'),
            object: 'subscription_item',
            price: { id: price, object: 'price' },
            quantity: 1,
            current_period_start: now(),
            current_period_end: now() + 30 * 86_400,
          },
        ],
      },
    };
    subscriptions.set(subscription.id, subscription);
    return subscription;
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url ?? '/', 'http://stripe.local');
    const params = req.method === 'GET' ? Object.fromEntries(url.searchParams) : parseForm(body);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      params,
      idempotencyKey,
      authorization: req.headers.authorization,
    });
    if (!req.headers.authorization?.startsWith('Bearer sk_')) {
      return send(res, 401, {
        error: { type: 'invalid_request_error', message: 'Invalid API Key provided' },
      });
    }
    const failure = failures.findIndex((f) => url.pathname.startsWith(f.pathPrefix));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return send(res, f!.status, { error: f!.error });
    }
    const cacheKey = idempotencyKey ? `${req.method} ${url.pathname} ${idempotencyKey}` : null;
    if (cacheKey && idempotent.has(cacheKey)) return send(res, 200, idempotent.get(cacheKey));
    const reply = (status: number, value: unknown) => {
      if (cacheKey && status === 200) idempotent.set(cacheKey, value);
      send(res, status, value);
    };

    const parts = url.pathname.split('/').filter(Boolean); // ['v1', 'customers', ...]
    if (parts[0] !== 'v1') return missing(res, 'path', url.pathname);
    const [, resource, resourceId, sub] = parts;

    if (resource === 'customers' && req.method === 'POST' && !resourceId) {
      const customer = {
        id: id('cus'),
        object: 'customer',
        name: params.name ?? null,
        email: params.email ?? null,
        metadata: metadataOf(params, 'metadata'),
        created: now(),
        livemode: false,
      };
      customers.set(customer.id, customer);
      return reply(200, customer);
    }
    if (resource === 'checkout' && resourceId === 'sessions' && req.method === 'POST' && !sub) {
      if (params.mode !== 'subscription' || !params['line_items[0][price]']) {
        return send(res, 400, {
          error: {
            type: 'invalid_request_error',
            message: 'line_items[0][price] is required in subscription mode',
            param: 'line_items',
          },
        });
      }
      if (params.customer && !customers.has(params.customer))
        return missing(res, 'customer', params.customer);
      const session = {
        id: id('cs_test'),
        object: 'checkout.session',
        mode: params.mode,
        customer: params.customer ?? null,
        client_reference_id: params.client_reference_id ?? null,
        success_url: params.success_url,
        cancel_url: params.cancel_url,
        metadata: metadataOf(params, 'metadata'),
        subscription_metadata: metadataOf(params, 'subscription_data[metadata]'),
        price: params['line_items[0][price]'],
        status: 'open',
        url: '',
      };
      session.url = `https://checkout.stripe.test/c/pay/${session.id}`;
      sessions.set(session.id, session);
      return reply(200, session);
    }
    if (resource === 'subscriptions' && resourceId) {
      const subscription = subscriptions.get(resourceId);
      if (!subscription) return missing(res, 'subscription', resourceId);
      if (req.method === 'GET') return reply(200, subscription);
      if (req.method === 'DELETE') {
        subscription.status = 'canceled';
        return reply(200, subscription);
      }
      if (req.method === 'POST') {
        const itemId = params['items[0][id]'];
        const price = params['items[0][price]'];
        if (itemId) {
          const item = subscription.items.data.find((i) => i.id === itemId);
          if (!item) return missing(res, 'subscription item', itemId);
          if (price) item.price = { id: price, object: 'price' };
        }
        if (params.cancel_at_period_end !== undefined) {
          subscription.cancel_at_period_end = params.cancel_at_period_end === 'true';
        }
        Object.assign(subscription.metadata, metadataOf(params, 'metadata'));
        return reply(200, subscription);
      }
    }
    return missing(res, 'path', url.pathname);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    requests,
    customers,
    subscriptions,
    sessionIds: () => [...sessions.keys()],
    completeCheckout(sessionId) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`no checkout session ${sessionId}`);
      session.status = 'complete';
      return newSubscription(
        session.customer as string,
        session.price as string,
        session.subscription_metadata as Record<string, string>,
      );
    },
    failNext(pathPrefix, status, error) {
      failures.push({ pathPrefix, status, error });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A Stripe event envelope around an object, as Stripe sends it to webhooks. */
export function stripeEvent(type: string, object: unknown, eventId = id('evt')) {
  return {
    id: eventId,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  };
}
