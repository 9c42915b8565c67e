import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { platformPlans } from '../../core/plans.js';
import { createStorage } from '../../core/storage.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { userContext } from '../../test/support/env.js';
import { expectPlanLimit, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startAssetsSubgraph } from './subgraph.js';

/**
 * The storage quota is the tenant's plan's (no ASSET_QUOTA_BYTES here): declared sizes are
 * reserved at createUpload, and parallel uploads at the quota cannot overshoot it.
 */
const freeTenant = randomUUID();
const businessTenant = randomUUID();
const free = userContext(randomUUID(), freeTenant, 'owner');
const business = userContext(randomUUID(), businessTenant, 'owner');
const FILE_BYTES = 50 * 1024 * 1024;

const subgraph = setUpTestSubgraph(
  async (config) =>
    startAssetsSubgraph(config, await createStorage(config), {
      port: 0,
      tenants: fixedTenantLookup({ plan: 'free' }, { [businessTenant]: { plan: 'business' } }),
    }),
  { ASSET_MAX_BYTES: String(FILE_BYTES) },
);

const CREATE = 'mutation($input: CreateUploadInput!) { createUpload(input: $input) { asset { id } } }';
const upload = (ctx: typeof free, i: number) =>
  subgraph.gql(
    CREATE,
    { input: { filename: `video-still-${i}.jpg`, contentType: 'image/jpeg', size: FILE_BYTES } },
    ctx,
  );

describe("storage quota from the tenant's plan (attacker: parallel uploads at the quota)", () => {
  it('leaves exactly as many reservations as the free plan holds; the rest are refused with PLAN_LIMIT', async () => {
    const quota = platformPlans().get('free').limits.storageBytes;
    const fits = Math.floor(quota / FILE_BYTES);
    const attempts = await Promise.all(Array.from({ length: fits + 5 }, (_, i) => upload(free, i)));
    const refused = attempts.filter((r) => r.body.errors);
    expect(attempts.length - refused.length).toBe(fits);
    for (const res of refused) {
      expect(expectPlanLimit(res, 'storageBytes', quota).extensions?.adding).toBe(FILE_BYTES);
    }
    const { rows } = await subgraph.sql.query(
      'select count(*)::int as n, sum(size)::bigint as bytes from assets.asset where tenant_id = $1',
      [freeTenant],
    );
    expect(rows[0].n).toBe(fits);
    expect(Number(rows[0].bytes)).toBeLessThanOrEqual(quota);
  });

  it('gives a business tenant its own, larger quota', async () => {
    const past = Math.floor(platformPlans().get('free').limits.storageBytes / FILE_BYTES) + 2;
    for (let i = 0; i < past; i++) ok(await upload(business, i), 'createUpload');
  });
});
