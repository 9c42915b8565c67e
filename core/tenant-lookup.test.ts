import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setUpAuthSubgraph } from '../test/support/auth-subgraph.js';
import { authTenantLookup, fixedTenantLookup } from './tenant-lookup.js';

/** The tenant lookup every subgraph but auth uses in production: auth's `/internal/tenants` over HTTP. */
const auth = setUpAuthSubgraph();

const lookupOn = (secret?: string) =>
  authTenantLookup(
    {
      ...auth.config,
      contextSecret: secret ?? auth.config.contextSecret,
      serviceUrl: () => `${auth.service.url}/graphql`,
    },
    'test',
  );

describe("authTenantLookup (auth's tenant directory)", () => {
  it("answers the tenant's plan and region codes; an unknown tenant gets the default plan and no regions", async () => {
    const owner = await auth.fixtures.user('lookup-owner@example.com');
    const tenantId = await auth.fixtures.tenant(owner, 'lookup-shop', 'pro');
    await auth.fixtures.query('update auth.tenant set regions = $2 where id = $1', [
      tenantId,
      JSON.stringify([{ code: 'de' }, { code: 'at' }]),
    ]);
    await expect(lookupOn()(tenantId)).resolves.toEqual({ plan: 'pro', regionCodes: ['de', 'at'] });
    await expect(lookupOn()(randomUUID())).resolves.toEqual({ plan: 'free', regionCodes: [] });
  });

  it('fails (so the write is refused) when auth does not accept the caller', async () => {
    await expect(lookupOn('another-secret-of-at-least-32-characters!')(randomUUID())).rejects.toThrow(/401/);
  });

  it('fixedTenantLookup answers per tenant, else the shared facts', async () => {
    const lookup = fixedTenantLookup({ plan: 'business' }, { t1: { plan: 'pro', regionCodes: ['de'] } });
    await expect(lookup('t1')).resolves.toEqual({ plan: 'pro', regionCodes: ['de'] });
    await expect(lookup('t2')).resolves.toEqual({ plan: 'business', regionCodes: [] });
  });
});
