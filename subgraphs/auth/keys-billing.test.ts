import { createHash, randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import pg from 'pg';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import { internalContext, type RequestContext, signContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { createEventBus, type EventBus } from '../../core/events.js';
import { platformPlans } from '../../core/plans.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { type StripeStandin, startStripeStandin, stripeEvent } from '../../test/support/stripe-standin.js';
import { assertMemberCapacity } from './services/plan-limits.js';
import { startAuthSubgraph } from './subgraph.js';

const WEBHOOK_SECRET = 'whsec_test_billing_secret';
const stripeSigner = new Stripe('sk_test_signer');

let database: TestDatabase;
let config: Config;
let stripe: StripeStandin;
let service: Awaited<ReturnType<typeof startAuthSubgraph>>;
let sql: pg.Client;
let listener: EventBus;
const announced: { event: string; message: string }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  stripe = await startStripeStandin();
  config = testConfig({
    DATABASE_URL: database.url,
    STRIPE_SECRET_KEY: 'sk_test_webhaze',
    STRIPE_BILLING_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_HOST: stripe.host,
    STRIPE_API_PORT: String(stripe.port),
    STRIPE_API_PROTOCOL: 'http',
  });
  // Account emails (verification) are enqueued; this file does not read them.
  service = await startAuthSubgraph(config, { port: 0, jobs: { enqueue: async () => {} } });
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  // The same in-memory bus the subgraph announces on (same REDIS_PREFIX, no REDIS_URL).
  listener = createEventBus(config, 'test-listener');
  for (const event of ['apikey-revoked', 'tenant-changed'] as const) {
    await listener.subscribe(event, (message) => announced.push({ event, message }));
  }
});

afterAll(async () => {
  await listener?.close();
  await sql?.end();
  await service?.close();
  await stripe?.close();
  await database?.drop();
});

type Body = Awaited<ReturnType<typeof callSubgraph>>['body'];
const as = (ctx: RequestContext) => ({ ctx, secret: config.contextSecret });
const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

/** An account made by the service (sign-up's emailed link is tested in accounts.test.ts). */
const account = async (email: string) =>
  (
    await service.parts.auth.register(anonymousContext(null), {
      email,
      password: 'correct horse battery',
      name: email.split('@')[0]!,
    })
  ).user.id;

async function signUp(slug: string): Promise<{ userId: string; tenantId: string }> {
  const userId = await account(`${slug}@example.com`);
  const created = await callSubgraph(
    service.url,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id } } }',
    { input: { slug, name: slug } },
    as(userContext(userId, null, null)),
  );
  expect(created.body.errors).toBeUndefined();
  return { userId, tenantId: (created.body.data!.createTenant as { tenant: { id: string } }).tenant.id };
}

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scopes expiresAt lastUsedAt revokedAt } }
}`;

async function lookupKey(secret: string, ctx: RequestContext = internalContext('gateway', null)) {
  const hash = createHash('sha256').update(secret).digest('hex');
  const res = await fetch(`${service.url}/internal/api-keys?hash=${hash}`, {
    headers: { 'x-webhaze-context': signContext(ctx, config.contextSecret, 60) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function auditActions(tenantId: string): Promise<string[]> {
  const { rows } = await sql.query<{ action: string }>(
    'select action from auth.audit_event where tenant_id = $1 order by created_at',
    [tenantId],
  );
  return rows.map((r) => r.action);
}

describe('API keys', () => {
  let owner: { userId: string; tenantId: string };
  beforeAll(async () => {
    owner = await signUp('keys-owner');
  });

  it('creates a scoped key, shows the secret once and stores only its SHA-256', async () => {
    const res = await callSubgraph(
      service.url,
      CREATE_KEY,
      { input: { name: 'Headless site', scopes: ['catalog:read', 'content:read'] } },
      as(userContext(owner.userId, owner.tenantId, 'owner')),
    );
    expect(res.body.errors).toBeUndefined();
    const { secret, apiKey } = res.body.data!.createApiKey as {
      secret: string;
      apiKey: { id: string; prefix: string; scopes: string[]; lastUsedAt: null };
    };
    expect(secret).toMatch(/^whk_[a-z0-9]{8}_[a-z0-9]{32}$/);
    expect(secret.slice(4, 12)).toBe(apiKey.prefix);
    expect(apiKey.scopes).toEqual(['catalog:read', 'content:read']);
    const { rows } = await sql.query('select * from auth.api_key where id = $1', [apiKey.id]);
    expect(rows[0].secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(rows[0])).not.toContain(secret.slice(13));

    const listed = await callSubgraph(
      service.url,
      '{ apiKeys { edges { node { id prefix revokedAt } } pageInfo { hasNextPage } } }',
      {},
      as(userContext(owner.userId, owner.tenantId, 'admin')),
    );
    expect(listed.body.data!.apiKeys).toEqual({
      edges: [{ node: { id: apiKey.id, prefix: apiKey.prefix, revokedAt: null } }],
      pageInfo: { hasNextPage: false },
    });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(await auditActions(owner.tenantId)).toContain('api-key.created');
  });

  it('never grants scopes beyond the creator, and only signed-in Admins and Owners create keys', async () => {
    const admin = userContext(owner.userId, owner.tenantId, 'admin');
    const beyond = await callSubgraph(
      service.url,
      CREATE_KEY,
      { input: { name: 'Too much', scopes: ['billing:manage'] } },
      as(admin),
    );
    expect(codeOf(beyond.body)).toBe('FORBIDDEN');
    const unknown = await callSubgraph(
      service.url,
      CREATE_KEY,
      { input: { name: 'Typo', scopes: ['catalog:raed'] } },
      as(admin),
    );
    expect(codeOf(unknown.body)).toBe('BAD_USER_INPUT');
    const editor = await callSubgraph(
      service.url,
      CREATE_KEY,
      { input: { name: 'Editor', scopes: ['content:read'] } },
      as(userContext(owner.userId, owner.tenantId, 'editor')),
    );
    expect(codeOf(editor.body)).toBe('FORBIDDEN');
    const keyCtx: RequestContext = {
      ...userContext(owner.userId, owner.tenantId, null),
      actor: { kind: 'apiKey', keyId: randomUUID(), scopes: ['settings:write', 'content:read'] },
    };
    const byKey = await callSubgraph(
      service.url,
      CREATE_KEY,
      { input: { name: 'Key minting keys', scopes: ['content:read'] } },
      as(keyCtx),
    );
    expect(codeOf(byKey.body)).toBe('FORBIDDEN');
    const past = await callSubgraph(
      service.url,
      CREATE_KEY,
      { input: { name: 'Old', scopes: ['content:read'], expiresAt: '2000-01-01T00:00:00Z' } },
      as(admin),
    );
    expect(codeOf(past.body)).toBe('BAD_USER_INPUT');
  });

  it('is looked up by hash for internal callers only, marks use at most once a minute, and stops at revocation', async () => {
    const ownerCtx = userContext(owner.userId, owner.tenantId, 'owner');
    const created = await callSubgraph(
      service.url,
      CREATE_KEY,
      { input: { name: 'Partner', scopes: ['catalog:read'] } },
      as(ownerCtx),
    );
    const { secret, apiKey } = created.body.data!.createApiKey as { secret: string; apiKey: { id: string } };

    expect((await lookupKey(secret, ownerCtx)).status).toBe(401);
    const found = await lookupKey(secret);
    expect(found).toEqual({
      status: 200,
      body: { keyId: apiKey.id, tenantId: owner.tenantId, scopes: ['catalog:read'], expiresAt: null },
    });
    const first = await sql.query('select last_used_at from auth.api_key where id = $1', [apiKey.id]);
    expect(first.rows[0].last_used_at).not.toBeNull();
    await lookupKey(secret);
    const second = await sql.query('select last_used_at from auth.api_key where id = $1', [apiKey.id]);
    expect(second.rows[0].last_used_at).toEqual(first.rows[0].last_used_at);
    expect((await lookupKey(`${secret.slice(0, -1)}${secret.endsWith('x') ? 'y' : 'x'}`)).status).toBe(404);

    const revoked = await callSubgraph(
      service.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
      { id: apiKey.id },
      as(ownerCtx),
    );
    const stored = await sql.query('select revoked_at from auth.api_key where id = $1', [apiKey.id]);
    expect(revoked.body.data!.revokeApiKey).toEqual({
      id: apiKey.id,
      revokedAt: (stored.rows[0].revoked_at as Date).toISOString(),
    });
    expect((await lookupKey(secret)).status).toBe(404);
    expect(announced).toContainEqual({
      event: 'apikey-revoked',
      message: createHash('sha256').update(secret).digest('hex'),
    });
    expect(await auditActions(owner.tenantId)).toContain('api-key.revoked');

    // Another tenant cannot revoke (or even see) the key.
    const other = await signUp('keys-other');
    const foreign = await callSubgraph(
      service.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      { id: apiKey.id },
      as(userContext(other.userId, other.tenantId, 'owner')),
    );
    expect(codeOf(foreign.body)).toBe('NOT_FOUND');
  });

  it('refuses an expired key', async () => {
    const created = await callSubgraph(
      service.url,
      CREATE_KEY,
      {
        input: {
          name: 'Short-lived',
          scopes: ['content:read'],
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
      as(userContext(owner.userId, owner.tenantId, 'owner')),
    );
    const { secret, apiKey } = created.body.data!.createApiKey as { secret: string; apiKey: { id: string } };
    expect((await lookupKey(secret)).status).toBe(200);
    await sql.query(`update auth.api_key set expires_at = now() - interval '1 second' where id = $1`, [
      apiKey.id,
    ]);
    expect((await lookupKey(secret)).status).toBe(404);
  });
});

describe('billing through Stripe', () => {
  let owner: { userId: string; tenantId: string };
  let ownerCtx: RequestContext;
  const BILLING =
    '{ billing { plan planName status currentPeriodEnd cancelAtPeriodEnd limits { members apiRequestsPerMinute } } }';
  const billing = async () =>
    (await callSubgraph(service.url, BILLING, {}, as(ownerCtx))).body.data!.billing as Record<
      string,
      unknown
    >;

  async function deliver(event: unknown, opts: { timestamp?: number; body?: (raw: string) => string } = {}) {
    const payload = JSON.stringify(event);
    const header = stripeSigner.webhooks.generateTestHeaderString({
      payload,
      secret: WEBHOOK_SECRET,
      ...(opts.timestamp ? { timestamp: opts.timestamp } : {}),
    });
    const res = await fetch(`${service.url}/webhooks/stripe/billing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: opts.body ? opts.body(payload) : payload,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  beforeAll(async () => {
    owner = await signUp('billing-owner');
    ownerCtx = userContext(owner.userId, owner.tenantId, 'owner');
  });

  it('starts on the free plan with its limits', async () => {
    expect(await billing()).toEqual({
      plan: 'free',
      planName: 'Free',
      status: 'NONE',
      currentPeriodEnd: null,
      cancelAtPeriodEnd: false,
      limits: {
        members: platformPlans().get('free').limits.members,
        apiRequestsPerMinute: platformPlans().get('free').limits.apiRequestsPerMinute,
      },
    });
  });

  it('lists the plans with prices and limits to anyone, the same whoever asks', async () => {
    const PLANS =
      '{ plans { id name price { amount currency interval } purchasable transactionFeeBps limits { members } } }';
    const other = await signUp('plans-other');
    const answers = await Promise.all(
      [ownerCtx, userContext(other.userId, other.tenantId, 'contributor'), anonymousContext(null)].map(
        async (ctx) => (await callSubgraph(service.url, PLANS, {}, as(ctx))).body,
      ),
    );
    for (const body of answers) expect(body.errors).toBeUndefined();
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    const plans = answers[0]!.data!.plans as { id: string; purchasable: boolean; price: unknown }[];
    expect(plans.map((p) => p.id)).toEqual(
      platformPlans()
        .all()
        .map((p) => p.id),
    );
    expect(plans[0]).toEqual({
      id: 'free',
      name: 'Free',
      price: { amount: 0, currency: 'USD', interval: 'MONTH' },
      purchasable: false,
      transactionFeeBps: platformPlans().get('free').applicationFeeBps,
      limits: { members: platformPlans().get('free').limits.members },
    });
    expect(plans.find((p) => p.id === 'pro')).toMatchObject({
      purchasable: true,
      price: { amount: platformPlans().get('pro').price!.amount, currency: 'USD', interval: 'MONTH' },
    });
  });

  it('only Owners manage billing; unknown and free plans are bad input; no subscription is a conflict', async () => {
    const admin = await callSubgraph(
      service.url,
      BILLING,
      {},
      as(userContext(owner.userId, owner.tenantId, 'admin')),
    );
    expect(codeOf(admin.body)).toBe('FORBIDDEN');
    const START = 'mutation($plan: String!) { startCheckout(plan: $plan) { url } }';
    expect(codeOf((await callSubgraph(service.url, START, { plan: 'gold' }, as(ownerCtx))).body)).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf((await callSubgraph(service.url, START, { plan: 'free' }, as(ownerCtx))).body)).toBe(
      'BAD_USER_INPUT',
    );
    const change = await callSubgraph(
      service.url,
      'mutation { changePlan(plan: "business") { plan } }',
      {},
      as(ownerCtx),
    );
    expect(codeOf(change.body)).toBe('CONFLICT');
  });

  it('creates one customer per tenant and a subscription-mode Checkout Session with the plan price', async () => {
    const START = 'mutation($plan: String!) { startCheckout(plan: $plan) { url } }';
    const first = await callSubgraph(service.url, START, { plan: 'pro' }, as(ownerCtx));
    expect(first.body.errors).toBeUndefined();
    expect((first.body.data!.startCheckout as { url: string }).url).toMatch(
      /^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/,
    );
    const second = await callSubgraph(service.url, START, { plan: 'pro' }, as(ownerCtx));
    expect(second.body.errors).toBeUndefined();
    const customerCalls = stripe.requests.filter((r) => r.path === '/v1/customers');
    expect(customerCalls).toHaveLength(1);
    expect(customerCalls[0]!.params['metadata[tenantId]']).toBe(owner.tenantId);
    expect(customerCalls[0]!.idempotencyKey).toBe(`webhaze-customer-${owner.tenantId}`);
    expect(customerCalls[0]!.authorization).toBe('Bearer sk_test_webhaze');
    const sessionCall = stripe.requests.find((r) => r.path === '/v1/checkout/sessions')!;
    expect(sessionCall.params).toMatchObject({
      mode: 'subscription',
      'line_items[0][price]': platformPlans().get('pro').stripePriceId,
      'line_items[0][quantity]': '1',
      'subscription_data[metadata][tenantId]': owner.tenantId,
      client_reference_id: owner.tenantId,
    });
    expect(sessionCall.params.success_url).toMatch(/checkout=success/);
  });

  it('reports a Stripe refusal as an error without changing anything', async () => {
    stripe.failNext('/v1/checkout/sessions', 400, {
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: 'No such price',
      param: 'line_items[0][price]',
    });
    const res = await callSubgraph(
      service.url,
      'mutation { startCheckout(plan: "pro") { url } }',
      {},
      as(ownerCtx),
    );
    expect(codeOf(res.body)).toBe('INTERNAL_SERVER_ERROR');
    expect(res.body.errors![0]!.message).toMatch(/payment provider/);
    expect((await billing()).plan).toBe('free');
  });

  it('applies subscription webhooks once; refuses bad signatures, stale timestamps and re-serialised bodies', async () => {
    // Stripe completes the checkout: the session's subscription now exists.
    const subscription = stripe.completeCheckout(stripe.sessionIds().at(-1)!);
    expect(subscription.customer).toBe([...stripe.customers.keys()][0]);
    const event = stripeEvent('customer.subscription.created', subscription);

    const bad = await fetch(`${service.url}/webhooks/stripe/billing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=deadbeef' },
      body: JSON.stringify(event),
    });
    expect(bad.status).toBe(400);
    const stale = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.status).toBe(400);
    const reserialised = await deliver(event, { body: (raw) => JSON.stringify(JSON.parse(raw), null, 2) });
    expect(reserialised.status).toBe(400);
    expect((await billing()).plan).toBe('free');

    const applied = await deliver(event);
    expect(applied).toEqual({ status: 200, body: { received: true } });
    const after = await billing();
    expect(after).toMatchObject({ plan: 'pro', status: 'ACTIVE', cancelAtPeriodEnd: false });
    expect(after.currentPeriodEnd).toBe(
      new Date(subscription.items.data[0]!.current_period_end * 1000).toISOString(),
    );
    expect(announced).toContainEqual({ event: 'tenant-changed', message: owner.tenantId });
    const changes = (await auditActions(owner.tenantId)).filter((a) => a === 'billing.changed').length;
    expect(changes).toBe(1);

    const replay = await deliver(event);
    expect(replay).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect((await auditActions(owner.tenantId)).filter((a) => a === 'billing.changed').length).toBe(changes);
  });

  it('changes plan by updating the subscription item, cancels at period end, and follows deletion and failed payments', async () => {
    const changed = await callSubgraph(
      service.url,
      'mutation { changePlan(plan: "business") { plan status } }',
      {},
      as(ownerCtx),
    );
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data!.changePlan).toEqual({ plan: 'business', status: 'ACTIVE' });
    const update = stripe.requests
      .filter((r) => r.method === 'POST' && r.path.startsWith('/v1/subscriptions/'))
      .at(-1)!;
    const subscription = stripe.subscriptions.get(update.path.split('/').at(-1)!)!;
    expect(update.params['items[0][id]']).toBe(subscription.items.data[0]!.id);
    expect(update.params['items[0][price]']).toBe(platformPlans().get('business').stripePriceId);
    expect(update.params.proration_behavior).toBe('create_prorations');

    // An older event delivered late (Stripe does not promise order) does not undo the newer change.
    const stale = {
      ...subscription,
      items: {
        ...subscription.items,
        data: [
          {
            ...subscription.items.data[0]!,
            price: { id: platformPlans().get('pro').stripePriceId!, object: 'price' as const },
          },
        ],
      },
    };
    const late = {
      ...stripeEvent('customer.subscription.updated', stale),
      created: Math.floor(Date.now() / 1000) - 3600,
    };
    expect((await deliver(late)).status).toBe(200);
    expect((await billing()).plan).toBe('business');

    const canceled = await callSubgraph(
      service.url,
      'mutation { cancelSubscription { plan cancelAtPeriodEnd } }',
      {},
      as(ownerCtx),
    );
    expect(canceled.body.data!.cancelSubscription).toEqual({ plan: 'business', cancelAtPeriodEnd: true });

    const failed = await deliver(
      stripeEvent('invoice.payment_failed', {
        id: 'in_test_1',
        object: 'invoice',
        customer: subscription.customer,
        status: 'open',
      }),
    );
    expect(failed.status).toBe(200);
    expect((await billing()).status).toBe('PAST_DUE');

    subscription.status = 'canceled';
    const deleted = await deliver(stripeEvent('customer.subscription.deleted', subscription));
    expect(deleted.status).toBe(200);
    expect(await billing()).toMatchObject({ plan: 'free', status: 'CANCELED' });
    const tenant = await sql.query('select plan from auth.tenant where id = $1', [owner.tenantId]);
    expect(tenant.rows[0].plan).toBe('free');
  });
});

describe('platform administration', () => {
  it('carries pa in tokens, and lets only platform admins list, suspend and reactivate tenants (audited, announced)', async () => {
    const staff = await signUp('platform-staff');
    const customer = await signUp('suspend-me');
    const nonAdmin = await callSubgraph(
      service.url,
      'mutation($id: ID!) { suspendTenant(id: $id, reason: "abuse report") { status } }',
      { id: customer.tenantId },
      as(userContext(staff.userId, null, null)),
    );
    expect(codeOf(nonAdmin.body)).toBe('FORBIDDEN');

    expect(
      decodeJwt(
        (await service.parts.tokens.issue({ userId: staff.userId, tenantId: null, role: null })).accessToken,
      ).pa,
    ).toBeUndefined();
    await sql.query('update auth.user_account set platform_admin = true where id = $1', [staff.userId]);
    const token = await service.parts.tokens.issue({ userId: staff.userId, tenantId: null, role: null });
    expect(decodeJwt(token.accessToken).pa).toBe(true);

    const admin: RequestContext = {
      ...userContext(staff.userId, null, null),
      actor: { kind: 'user', userId: staff.userId, role: null, platformAdmin: true },
    };
    const listed = await callSubgraph(
      service.url,
      'query($s: String) { platformTenants(first: 10, search: $s) { edges { node { id slug status } } } }',
      { s: 'suspend-m' },
      as(admin),
    );
    expect(listed.body.data!.platformTenants).toEqual({
      edges: [{ node: { id: customer.tenantId, slug: 'suspend-me', status: 'ACTIVE' } }],
    });
    const short = await callSubgraph(
      service.url,
      'mutation($id: ID!) { suspendTenant(id: $id, reason: "x") { status } }',
      { id: customer.tenantId },
      as(admin),
    );
    expect(codeOf(short.body)).toBe('BAD_USER_INPUT');
    const suspended = await callSubgraph(
      service.url,
      'mutation($id: ID!) { suspendTenant(id: $id, reason: "abuse report") { status } }',
      { id: customer.tenantId },
      as(admin),
    );
    expect(suspended.body.data!.suspendTenant).toEqual({ status: 'SUSPENDED' });
    expect(announced).toContainEqual({ event: 'tenant-changed', message: customer.tenantId });
    const reactivated = await callSubgraph(
      service.url,
      'mutation($id: ID!) { reactivateTenant(id: $id) { status } }',
      { id: customer.tenantId },
      as(admin),
    );
    expect(reactivated.body.data!.reactivateTenant).toEqual({ status: 'ACTIVE' });
    expect(await auditActions(customer.tenantId)).toEqual(
      expect.arrayContaining(['tenant.suspended', 'tenant.reactivated']),
    );
  });
});

describe('tenant secrets', () => {
  it('stores secrets encrypted, lists names only, reveals to the tenant only, and resists row copying', async () => {
    const a = await signUp('secrets-a');
    const b = await signUp('secrets-b');
    const aCtx = userContext(a.userId, a.tenantId, 'admin');
    const SET = 'mutation($input: SetTenantSecretInput!) { setTenantSecret(input: $input) { id name } }';
    const set = await callSubgraph(
      service.url,
      SET,
      { input: { name: 'smtp-password', value: 'hunter2-smtp' } },
      as(aCtx),
    );
    expect(set.body.errors).toBeUndefined();
    const bad = await callSubgraph(service.url, SET, { input: { name: 'anything', value: 'x' } }, as(aCtx));
    expect(codeOf(bad.body)).toBe('BAD_USER_INPUT');
    const contributor = await callSubgraph(
      service.url,
      SET,
      { input: { name: 'smtp-password', value: 'x' } },
      as(userContext(a.userId, a.tenantId, 'contributor')),
    );
    expect(codeOf(contributor.body)).toBe('FORBIDDEN');

    const { rows } = await sql.query('select ciphertext from auth.tenant_secret where tenant_id = $1', [
      a.tenantId,
    ]);
    expect(rows[0].ciphertext).toMatch(/^v1:local:/);
    expect(rows[0].ciphertext).not.toContain('hunter2');
    const listed = await callSubgraph(
      service.url,
      '{ tenantSecrets { edges { node { name } } } }',
      {},
      as(aCtx),
    );
    expect(listed.body.data!.tenantSecrets).toEqual({ edges: [{ node: { name: 'smtp-password' } }] });
    expect(await service.parts.secrets.reveal(aCtx, 'smtp-password')).toBe('hunter2-smtp');
    expect(
      await service.parts.secrets.reveal(userContext(b.userId, b.tenantId, 'admin'), 'smtp-password'),
    ).toBeNull();

    // A ciphertext copied into another tenant's row does not decrypt there.
    await sql.query(
      `insert into auth.tenant_secret (id, tenant_id, name, ciphertext) values ($1, $2, 'smtp-password', $3)`,
      [randomUUID(), b.tenantId, rows[0].ciphertext],
    );
    await expect(
      service.parts.secrets.reveal(userContext(b.userId, b.tenantId, 'admin'), 'smtp-password'),
    ).rejects.toThrow(/does not decrypt/);
    expect(await service.parts.secrets.reencryptAll()).toBe(0);
  });
});

describe('plan limits owned by auth', () => {
  it('counts members (and, for invitations, pending ones) against the plan', async () => {
    const t = await signUp('limits-shop');
    const check = (countPendingInvitations: boolean) =>
      withTenant(service.parts.db, { tenantId: t.tenantId }, (em) =>
        assertMemberCapacity(em, t.tenantId, { countPendingInvitations }),
      );
    const max = platformPlans().get('free').limits.members;
    await expect(check(true)).resolves.toBeUndefined();
    for (let i = 1; i < max; i++) {
      const userId = await account(`limits-${i}@example.com`);
      await sql.query(
        `insert into auth.membership (id, tenant_id, user_id, role) values ($1, $2, $3, 'editor')`,
        [randomUUID(), t.tenantId, userId],
      );
    }
    const refused = await check(false).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'PLAN_LIMIT', limit: 'members', max },
    });
    await sql.query(`update auth.tenant set plan = 'business' where id = $1`, [t.tenantId]);
    await expect(check(true)).resolves.toBeUndefined();
  });
});
