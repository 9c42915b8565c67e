import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { platformPlans } from '../../core/plans.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { userContext } from '../../test/support/env.js';
import { errorOf, expectPlanLimit, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startCommerceSubgraph } from './subgraph.js';

/**
 * The plan's product and location limits, and the tenant's regions for tax and shipping, from the
 * attacker's side: parallel creates at the limit leave exactly the limit, a CSV import that would
 * pass it changes nothing, and settings for a region the store does not have are refused.
 */
const freeTenant = randomUUID();
const importTenant = randomUUID();
const free = userContext(randomUUID(), freeTenant, 'owner');
const importer = userContext(randomUUID(), importTenant, 'owner');
const limits = platformPlans().get('free').limits;
const enqueued: { name: string; payload: { jobId?: string } }[] = [];

const subgraph = setUpTestSubgraph((config) =>
  startCommerceSubgraph(config, {
    port: 0,
    stripe: null,
    catalogJobs: {
      enqueue: async (name, payload) => {
        enqueued.push({ name, payload: payload as { jobId?: string } });
      },
    },
    tenants: fixedTenantLookup({ plan: 'free', regionCodes: ['default', 'de'] }),
  }),
);

const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';
const CREATE_LOCATION = 'mutation($name: String!) { createLocation(input: { name: $name }) { id } }';
const IMPORT = 'mutation($csv: String!) { importCatalog(csv: $csv) { id } }';
const JOB = 'query($id: ID!) { catalogJob(id: $id) { status problems { row column message } } }';
const TAX = 'mutation($i: TaxSettingInput!) { setTaxSetting(input: $i) { region rateBps } }';
const RATE = 'mutation($i: ShippingRateInput!) { createShippingRate(input: $i) { id } }';

const product = (ctx: RequestContext, i: number | string) =>
  subgraph.gql(
    CREATE,
    {
      input: {
        title: `Mug ${i}`,
        variants: [
          { sku: `MUG-${i}-${randomUUID().slice(0, 8)}`, prices: [{ currency: 'EUR', amount: 900 }] },
        ],
      },
    },
    ctx,
  );

const count = async (table: string, tenantId: string) =>
  (
    await subgraph.sql.query(`select count(*)::int as n from commerce.${table} where tenant_id = $1`, [
      tenantId,
    ])
  ).rows[0].n as number;

/** Requests an import and runs its worker half here (the job the queue would run). */
async function runImport(ctx: RequestContext, csv: string) {
  const { id } = ok<{ id: string }>(await subgraph.gql(IMPORT, { csv }, ctx), 'importCatalog');
  expect(enqueued.at(-1)).toMatchObject({ name: 'catalog.import', payload: { jobId: id } });
  await subgraph.service.transfer.runImport(ctx.tenantId!, id);
  return ok<{ status: string; problems: { message: string }[] }>(
    await subgraph.gql(JOB, { id }, ctx),
    'catalogJob',
  );
}

describe('plan limits in commerce (attacker: a free tenant creating in parallel)', () => {
  it('parallel createProduct calls at the limit leave exactly the limit', async () => {
    const attempts = await Promise.all(
      Array.from({ length: limits.products + 5 }, (_, i) => product(free, i)),
    );
    const refused = attempts.filter((r) => r.body.errors);
    expect(attempts.length - refused.length).toBe(limits.products);
    for (const res of refused) expectPlanLimit(res, 'products', limits.products);
    expect(await count('product', freeTenant)).toBe(limits.products);
  });

  it('refuses a CSV import that would pass the limit as a whole; one that fits is applied', async () => {
    for (let i = 0; i < limits.products - 1; i++) ok(await product(importer, i), 'createProduct');
    const over = await runImport(
      importer,
      'slug,title,sku,stock,price_EUR\nnew-one,New one,NEW-1,1,100\nnew-two,New two,NEW-2,1,100',
    );
    expect(over.status).toBe('FAILED');
    expect(over.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/free plan allows at most 25 products/) }),
    ]);
    expect(await count('product', importTenant)).toBe(limits.products - 1);
    const fits = await runImport(importer, 'slug,title,sku,stock,price_EUR\nnew-one,New one,NEW-1,1,100');
    expect(fits.status).toBe('SUCCEEDED');
    expect(await count('product', importTenant)).toBe(limits.products);
  });

  it('parallel createLocation calls leave exactly the limit (the default location counts)', async () => {
    const attempts = await Promise.all(
      Array.from({ length: limits.locations + 3 }, (_, i) =>
        subgraph.gql(CREATE_LOCATION, { name: `Store ${i}` }, free),
      ),
    );
    const refused = attempts.filter((r) => r.body.errors);
    expect(attempts.length - refused.length).toBe(limits.locations - 1);
    for (const res of refused) expectPlanLimit(res, 'locations', limits.locations);
    expect(await count('location', freeTenant)).toBe(limits.locations);
  });
});

describe("tax and shipping only for the store's own regions", () => {
  it('refuses an unknown region code with BAD_USER_INPUT naming the field; nothing is stored', async () => {
    for (const regionCode of ['zz', 'DE', 'mars']) {
      const tax = errorOf(
        await subgraph.gql(TAX, { i: { regionCode, rateBps: 1900, inclusive: false } }, free),
      );
      expect(tax.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
      expect(tax.message).toContain('default, de');
      const rate = errorOf(
        await subgraph.gql(RATE, { i: { regionCode, name: 'Ship', currency: 'EUR', amount: 500 } }, free),
      );
      expect(rate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    }
    expect(await count('tax_setting', freeTenant)).toBe(0);
    expect(await count('shipping_rate', freeTenant)).toBe(0);
    ok(
      await subgraph.gql(TAX, { i: { regionCode: 'de', rateBps: 1900, inclusive: false } }, free),
      'setTaxSetting',
    );
    ok(
      await subgraph.gql(
        RATE,
        { i: { regionCode: 'default', name: 'Std', currency: 'EUR', amount: 500 } },
        free,
      ),
      'createShippingRate',
    );
  });
});
