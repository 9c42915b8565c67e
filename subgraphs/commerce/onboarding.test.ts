import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startCommerceSubgraph } from './subgraph.js';

/**
 * The store's items of a workspace's onboarding checklist (ADR 0060): commerce answers
 * `productAdded` and `paymentsConnected` on the cms's `Onboarding` entity, for the request's own
 * tenant only, and they tick as the store changes.
 */

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const mallory = userContext(randomUUID(), tenantB, 'owner');

const subgraph = setUpTestSubgraph((config) =>
  startCommerceSubgraph(config, { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) }),
);
const gql = subgraph.gql.bind(subgraph);

const FACTS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Onboarding { tenantId productAdded paymentsConnected } } }`;

type Facts = { tenantId: string; productAdded: boolean; paymentsConnected: boolean } | null;

const factsOf = async (tenantId: string, ctx = alice) =>
  ok<Facts[]>(await gql(FACTS, { reps: [{ __typename: 'Onboarding', tenantId }] }, ctx), '_entities')[0];

describe('onboarding checklist: the store facts', () => {
  it('tick when a product is added and when Stripe lets the store take payments', async () => {
    expect(await factsOf(tenantA)).toEqual({
      tenantId: tenantA,
      productAdded: false,
      paymentsConnected: false,
    });

    ok(
      await gql(
        'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
        { input: { title: 'Mug', priceAmount: 1299, currency: 'EUR', status: 'DRAFT' } },
        alice,
      ),
      'createProduct',
    );
    expect(await factsOf(tenantA)).toMatchObject({ productAdded: true, paymentsConnected: false });

    // Connected but not yet allowed to charge: not done. (Stripe's account events set these, orders.test.ts.)
    await subgraph.sql.query(
      `insert into commerce.commerce_settings (tenant_id, stripe_account_id, charges_enabled, payouts_enabled, details_submitted, updated_at)
       values ($1, 'acct_onboarding', false, false, true, now())`,
      [tenantA],
    );
    expect((await factsOf(tenantA))?.paymentsConnected).toBe(false);
    await subgraph.sql.query(
      'update commerce.commerce_settings set charges_enabled = true where tenant_id = $1',
      [tenantA],
    );
    expect(await factsOf(tenantA)).toMatchObject({ productAdded: true, paymentsConnected: true });
  });

  it("answers only the request's own tenant: another tenant's id, or a visitor, gets nothing", async () => {
    expect(await factsOf(tenantA, mallory)).toBeNull();
    expect(await factsOf(tenantB, mallory)).toEqual({
      tenantId: tenantB,
      productAdded: false,
      paymentsConnected: false,
    });
    expect(await factsOf(tenantA, anonymousContext(tenantA))).toBeNull();
  });
});
