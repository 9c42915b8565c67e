import { randomUUID } from 'node:crypto';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantDirectory, resolveRegion, type TenantDirectory } from './tenants.js';
import { type AuthStandin, DEMO_TENANT, startAuthStandin } from './testing/standins.js';

const secret = randomUUID() + randomUUID();
const agent = new Agent();
let auth: AuthStandin;
let clock = 0;
let directory: TenantDirectory;

beforeAll(async () => {
  auth = await startAuthStandin(secret, 'webhaze-test');
  directory = createTenantDirectory({
    authBaseUrl: auth.service.url,
    contextSecret: secret,
    contextTtlSeconds: 60,
    dispatcher: agent,
    ttlMs: 30_000,
    negativeTtlMs: 5_000,
    now: () => clock,
  });
});
afterAll(async () => {
  await auth.service.close();
  await agent.close();
});

describe('tenant directory', () => {
  it('caches a tenant under its slug, id and the key it was found by', async () => {
    const before = auth.directoryLookups;
    const [a, b] = await Promise.all([
      directory.find({ by: 'host', value: 'SHOP.demo.test' }),
      directory.find({ by: 'host', value: 'shop.demo.test' }),
    ]);
    expect(a?.id).toBe(DEMO_TENANT.id);
    expect(b).toBe(a);
    expect(await directory.find({ by: 'slug', value: 'demo' })).toBe(a);
    expect(await directory.find({ by: 'id', value: DEMO_TENANT.id })).toBe(a);
    expect(auth.directoryLookups - before).toBe(1);
    clock += 31_000;
    await directory.find({ by: 'slug', value: 'demo' });
    expect(auth.directoryLookups - before).toBe(2);
  });

  it('caches misses for a shorter time', async () => {
    const before = auth.directoryLookups;
    expect(await directory.find({ by: 'slug', value: 'ghost' })).toBeNull();
    expect(await directory.find({ by: 'slug', value: 'ghost' })).toBeNull();
    expect(auth.directoryLookups - before).toBe(1);
    clock += 6_000;
    await directory.find({ by: 'slug', value: 'ghost' });
    expect(auth.directoryLookups - before).toBe(2);
  });

  it('fails loudly when the directory refuses the gateway', async () => {
    const unsigned = createTenantDirectory({
      authBaseUrl: auth.service.url,
      contextSecret: 'z'.repeat(40),
      contextTtlSeconds: 60,
      dispatcher: agent,
    });
    // Not "no such tenant": a failure, told to the client without the directory's address.
    await expect(unsigned.find({ by: 'slug', value: 'demo' })).rejects.toMatchObject({
      status: 502,
      message: 'The auth service is unavailable',
      extensions: { reason: 'SERVICE_UNAVAILABLE' },
    });
  });
});

describe('resolveRegion', () => {
  const where = (path: string | null, host: string | null, country: string | null) => ({
    path,
    host,
    country,
  });
  it('prefers path prefix, then host, then trusted country, then the default', () => {
    expect(resolveRegion(DEMO_TENANT, where('/de/shoes', 'shop.demo.test', 'US'))?.code).toBe('de');
    expect(resolveRegion(DEMO_TENANT, where('/dentist', null, null))?.code).toBe('us');
    expect(resolveRegion(DEMO_TENANT, where('/', 'shop.demo.de', 'US'))?.code).toBe('de');
    expect(resolveRegion(DEMO_TENANT, where(null, null, 'at'))?.code).toBe('de');
    expect(resolveRegion(DEMO_TENANT, where(null, null, 'FR'))?.code).toBe('us');
  });
});
