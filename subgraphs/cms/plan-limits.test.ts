import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { platformPlans } from '../../core/plans.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { userContext } from '../../test/support/env.js';
import { expectPlanLimit, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startCmsSubgraph } from './subgraph.js';

/**
 * The plan's site and page limits from the attacker's side: a free tenant firing creates in
 * parallel at its limit ends with exactly the limit, every other create refused with the plan
 * error; the plan comes from the tenant directory (here a fixed lookup), per tenant.
 */
const freeTenant = randomUUID();
const proTenant = randomUUID();
const free = userContext(randomUUID(), freeTenant, 'owner');
const pro = userContext(randomUUID(), proTenant, 'owner');
const limits = platformPlans().get('free').limits;

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    { enqueue: async () => {} },
    {
      port: 0,
      tenants: fixedTenantLookup({ plan: 'free' }, { [proTenant]: { plan: 'pro' } }),
    },
  ),
);

const CREATE_SITE = 'mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }';
const SAVE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }';
const FROM_TEMPLATE = `mutation($t: ID!, $p: String!) {
  createPageFromTemplate(templateId: $t, path: $p, title: "From a template") { id } }`;
const tree = { content: [{ type: 'Heading', props: { text: 'Hi', level: 1 } }] };

const count = async (table: string, tenantId: string) =>
  (await subgraph.sql.query(`select count(*)::int as n from cms.${table} where tenant_id = $1`, [tenantId]))
    .rows[0].n as number;

const newPage = (ctx: RequestContext, path: string) =>
  subgraph.gql(SAVE, { input: { path, title: path, tree } }, ctx);

describe('plan limits in the cms (attacker: a free tenant creating in parallel)', () => {
  it('parallel createSite calls at the limit leave exactly the limit', async () => {
    const attempts = await Promise.all(
      Array.from({ length: limits.sites + 4 }, (_, i) =>
        subgraph.gql(CREATE_SITE, { input: { name: `Site ${i}` } }, free),
      ),
    );
    const refused = attempts.filter((r) => r.body.errors);
    expect(attempts.length - refused.length).toBe(limits.sites);
    for (const res of refused) expectPlanLimit(res, 'sites', limits.sites);
    expect(await count('site', freeTenant)).toBe(limits.sites);
  });

  it('parallel page creates at the limit leave exactly the limit; templates count too; edits still work', async () => {
    const attempts = await Promise.all(
      Array.from({ length: limits.pages + 6 }, (_, i) => newPage(free, `/p-${i}`)),
    );
    const created = attempts.filter((r) => !r.body.errors);
    const refused = attempts.filter((r) => r.body.errors);
    expect(created).toHaveLength(limits.pages);
    for (const res of refused) expectPlanLimit(res, 'pages', limits.pages);
    expect(await count('page', freeTenant)).toBe(limits.pages);

    expectPlanLimit(
      await subgraph.gql(FROM_TEMPLATE, { t: 'landing', p: '/from-template' }, free),
      'pages',
      limits.pages,
    );
    // At the limit, existing pages are still edited (no new page).
    const page = ok<{ id: string; version: number }>(created[0]!, 'savePage');
    const edited = await subgraph.gql(
      SAVE,
      { input: { id: page.id, path: '/edited', title: 'Edited', tree, expectedVersion: page.version } },
      free,
    );
    expect(ok<{ version: number }>(edited, 'savePage').version).toBe(page.version + 1);
    expect(await count('page', freeTenant)).toBe(limits.pages);
  });

  it("reads each tenant's own plan: a pro tenant creates past the free limits", async () => {
    for (let i = 0; i <= limits.sites; i++) {
      ok(await subgraph.gql(CREATE_SITE, { input: { name: `Pro ${i}` } }, pro), 'createSite');
    }
    for (let i = 0; i <= limits.pages; i++) ok(await newPage(pro, `/pro-${i}`), 'savePage');
    expect(await count('page', proTenant)).toBe(limits.pages + 1);
  });
});
