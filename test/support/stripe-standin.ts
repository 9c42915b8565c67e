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
  /** The `Stripe-Account` header: the connected account a Connect request acts on. */
  stripeAccount: string | undefined;
}

/** A PaymentIntent as the stand-in keeps it (Stripe's wire shape plus the account it lives on). */
export interface StripePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: string;
  client_secret: string;
  application_fee_amount: number | null;
  automatic_payment_methods: { enabled: boolean } | null;
  cancellation_reason: string | null;
  latest_charge: string | null;
  metadata: Record<string, string>;
  last_payment_error: { code: string; message: string } | null;
  [key: string]: unknown;
}

/** The Connect side of the stand-in: connected accounts, PaymentIntents, charges and refunds. */
export interface StripeConnectStandin {
  accounts: Map<string, Record<string, unknown>>;
  paymentIntents: Map<string, StripePaymentIntent & { account: string | null }>;
  charges: Map<string, Record<string, unknown>>;
  refunds: Map<string, Record<string, unknown>>;
  /** Finishes onboarding as Stripe would: the account may take payments; returns the account object. */
  completeOnboarding(accountId: string): Record<string, unknown>;
  /** The customer pays: the intent succeeds with a charge; returns both (as events carry them). */
  succeedPaymentIntent(intentId: string): { intent: StripePaymentIntent; charge: Record<string, unknown> };
  /** A failed attempt: the intent goes back to requires_payment_method with last_payment_error. */
  failPaymentIntent(intentId: string): StripePaymentIntent;
  /** Refunds part of a succeeded intent from outside WebHaze (the Stripe dashboard); returns the charge. */
  refundOutside(intentId: string, amount: number): Record<string, unknown>;
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
  /** Connected accounts, PaymentIntents, charges, refunds. */
  connect: StripeConnectStandin;
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
      stripeAccount: req.headers['stripe-account'] as string | undefined,
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
    const stripeAccount = req.headers['stripe-account'] as string | undefined;
    // Stripe scopes idempotency keys per account.
    const cacheKey = idempotencyKey
      ? `${stripeAccount ?? 'platform'} ${req.method} ${url.pathname} ${idempotencyKey}`
      : null;
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
    const connectReply = handleConnect(req.method ?? 'GET', resource, resourceId, sub, params, stripeAccount);
    if (connectReply)
      return connectReply.status === 404 && connectReply.body === null
        ? missing(res, connectReply.what ?? 'path', connectReply.value ?? url.pathname)
        : reply(connectReply.status, connectReply.body);
    return missing(res, 'path', url.pathname);
  };

  // ----- Connect: accounts, account links, PaymentIntents on connected accounts, refunds -----
  const accounts = new Map<string, Record<string, unknown>>();
  const paymentIntents = new Map<string, StripePaymentIntent & { account: string | null }>();
  const charges = new Map<string, Record<string, unknown>>();
  const refunds = new Map<string, Record<string, unknown>>();
  type ConnectReply = { status: number; body: unknown; what?: string; value?: string };
  const invalid = (message: string, code?: string, param?: string): ConnectReply => ({
    status: 400,
    body: {
      error: {
        type: 'invalid_request_error',
        message,
        ...(code ? { code } : {}),
        ...(param ? { param } : {}),
      },
    },
  });
  const notThere = (what: string, value: string): ConnectReply => ({ status: 404, body: null, what, value });
  const publicIntent = (intent: StripePaymentIntent & { account: string | null }) => {
    const { account: _account, ...wire } = intent;
    return wire;
  };
  const handleConnect = (
    method: string,
    resource: string | undefined,
    resourceId: string | undefined,
    sub: string | undefined,
    params: Record<string, string>,
    account: string | undefined,
  ): ConnectReply | null => {
    if (resource === 'accounts' && method === 'POST' && !resourceId) {
      const created = {
        id: id('acct'),
        object: 'account',
        type: params.type ?? 'express',
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
        metadata: metadataOf(params, 'metadata'),
        created: now(),
      };
      accounts.set(created.id, created);
      return { status: 200, body: created };
    }
    if (resource === 'accounts' && resourceId && method === 'GET') {
      const found = accounts.get(resourceId);
      return found ? { status: 200, body: found } : notThere('account', resourceId);
    }
    if (resource === 'account_links' && method === 'POST') {
      if (!params.account || !accounts.has(params.account)) return notThere('account', params.account ?? '');
      if (!params.return_url || !params.refresh_url)
        return invalid('return_url and refresh_url are required');
      return {
        status: 200,
        body: {
          object: 'account_link',
          created: now(),
          expires_at: now() + 300,
          url: `https://connect.stripe.test/setup/e/${params.account}/${randomBytes(6).toString('hex')}`,
        },
      };
    }
    if (resource === 'payment_intents' && method === 'POST' && !resourceId) {
      const amount = Number(params.amount);
      if (!Number.isInteger(amount) || amount < 1)
        return invalid('amount must be a positive integer', undefined, 'amount');
      if (!params.currency) return invalid('currency is required', undefined, 'currency');
      if (account && !accounts.has(account)) return notThere('account', account);
      const intentId = id('pi');
      const intent = {
        id: intentId,
        object: 'payment_intent' as const,
        amount,
        amount_received: 0,
        currency: params.currency,
        status: 'requires_payment_method',
        client_secret: `${intentId}_secret_${randomBytes(8).toString('hex')}`,
        application_fee_amount: params.application_fee_amount ? Number(params.application_fee_amount) : null,
        automatic_payment_methods:
          params['automatic_payment_methods[enabled]'] !== undefined
            ? { enabled: params['automatic_payment_methods[enabled]'] === 'true' }
            : null,
        cancellation_reason: null,
        latest_charge: null,
        receipt_email: params.receipt_email ?? null,
        description: params.description ?? null,
        metadata: metadataOf(params, 'metadata'),
        last_payment_error: null,
        created: now(),
        livemode: false,
        account: account ?? null,
      };
      paymentIntents.set(intentId, intent);
      return { status: 200, body: publicIntent(intent) };
    }
    if (resource === 'payment_intents' && resourceId) {
      const intent = paymentIntents.get(resourceId);
      // An intent lives on one account: asking on another is a "no such" like Stripe answers.
      if (!intent || intent.account !== (account ?? null)) return notThere('payment_intent', resourceId);
      if (method === 'GET' && !sub) return { status: 200, body: publicIntent(intent) };
      if (method === 'POST' && sub === 'cancel') {
        if (intent.status === 'succeeded' || intent.status === 'canceled') {
          return invalid(
            `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
            'payment_intent_unexpected_state',
          );
        }
        intent.status = 'canceled';
        intent.cancellation_reason = params.cancellation_reason ?? 'requested_by_customer';
        return { status: 200, body: publicIntent(intent) };
      }
    }
    if (resource === 'refunds' && method === 'POST' && !resourceId) {
      const intent = params.payment_intent ? paymentIntents.get(params.payment_intent) : undefined;
      if (!intent || intent.account !== (account ?? null)) {
        return notThere('payment_intent', params.payment_intent ?? '');
      }
      if (intent.status !== 'succeeded' || !intent.latest_charge) {
        return invalid(
          'This PaymentIntent does not have a successful charge to refund.',
          'charge_not_refundable',
        );
      }
      const charge = charges.get(intent.latest_charge)!;
      const left = (charge.amount as number) - (charge.amount_refunded as number);
      const amount = params.amount ? Number(params.amount) : left;
      if (left <= 0) return invalid('Charge has already been refunded.', 'charge_already_refunded');
      if (!Number.isInteger(amount) || amount < 1 || amount > left) {
        return invalid(
          `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
          'amount_too_large',
          'amount',
        );
      }
      charge.amount_refunded = (charge.amount_refunded as number) + amount;
      charge.refunded = charge.amount_refunded === charge.amount;
      const refund = {
        id: id('re'),
        object: 'refund',
        amount,
        charge: charge.id,
        payment_intent: intent.id,
        currency: intent.currency,
        reason: params.reason ?? null,
        status: 'succeeded',
        metadata: metadataOf(params, 'metadata'),
        created: now(),
      };
      refunds.set(refund.id, refund);
      return { status: 200, body: refund };
    }
    return null;
  };
  const intentOrThrow = (intentId: string) => {
    const intent = paymentIntents.get(intentId);
    if (!intent) throw new Error(`no payment intent ${intentId}`);
    return intent;
  };
  const connect: StripeConnectStandin = {
    accounts,
    paymentIntents,
    charges,
    refunds,
    completeOnboarding(accountId) {
      const account = accounts.get(accountId);
      if (!account) throw new Error(`no account ${accountId}`);
      Object.assign(account, { charges_enabled: true, payouts_enabled: true, details_submitted: true });
      return { ...account };
    },
    succeedPaymentIntent(intentId) {
      const intent = intentOrThrow(intentId);
      if (!intent.latest_charge) {
        const charge = {
          id: id('ch'),
          object: 'charge',
          amount: intent.amount,
          amount_captured: intent.amount,
          amount_refunded: 0,
          refunded: false,
          currency: intent.currency,
          payment_intent: intent.id,
          status: 'succeeded',
          metadata: {},
          created: now(),
        };
        charges.set(charge.id, charge);
        intent.latest_charge = charge.id;
      }
      intent.status = 'succeeded';
      intent.amount_received = intent.amount;
      intent.last_payment_error = null;
      return {
        intent: publicIntent(intent) as StripePaymentIntent,
        charge: { ...charges.get(intent.latest_charge)! },
      };
    },
    failPaymentIntent(intentId) {
      const intent = intentOrThrow(intentId);
      intent.status = 'requires_payment_method';
      intent.last_payment_error = { code: 'card_declined', message: 'Your card was declined.' };
      return publicIntent(intent) as StripePaymentIntent;
    },
    refundOutside(intentId, amount) {
      const intent = intentOrThrow(intentId);
      const charge = charges.get(intent.latest_charge ?? '');
      if (!charge) throw new Error(`payment intent ${intentId} has no charge`);
      charge.amount_refunded = Math.min(charge.amount as number, (charge.amount_refunded as number) + amount);
      charge.refunded = charge.amount_refunded === charge.amount;
      return { ...charge };
    },
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
    connect,
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
