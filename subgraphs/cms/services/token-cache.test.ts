import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../core/config.js';
import { migrateDb, type SubgraphDb } from '../../../core/db.js';
import { createEventBus, type EventBus } from '../../../core/events.js';
import {
  anonymousContext,
  createTestDatabase,
  TEST_REDIS_URL,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../../test/support/env.js';
import { openCmsDb } from '../subgraph.js';
import { TokenService } from './token-service.js';

/** The resolved-tokens cache of TokenService: what it keeps, and every way it lets go. */
let database: TestDatabase;
let config: Config;
let db: SubgraphDb;
let sql: pg.Client;
const buses: EventBus[] = [];

const tenantA = randomUUID();
const tenantB = randomUUID();
const ownerA = userContext(randomUUID(), tenantA, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);
const srgb = (r: number, g: number, b: number) => ({ colorSpace: 'srgb', components: [r, g, b] });
const primary = (value: unknown) => ({ color: { brand: { primary: { $value: value } } } });
const primaryOf = (css: string) => /--wh-color-brand-primary: ([^;]+);/.exec(css)?.[1];

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL });
  db = await openCmsDb(config);
  await migrateDb(db);
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  await sql?.end();
  await db?.close();
  await database?.drop();
});

/** Changes a stored override behind the service's back, as the database owner. */
const storeBehindTheBack = (tenantId: string, document: unknown) =>
  sql.query('update cms.token_override set document = $2 where tenant_id = $1 and scope = $3', [
    tenantId,
    JSON.stringify(document),
    'tenant',
  ]);

describe('resolved design tokens cache', () => {
  it('keeps resolved tokens per tenant, template and region until the TTL, and forgets on its own writes', async () => {
    let clock = 1_000_000;
    const tokens = new TokenService(db, () => new Date(clock), undefined, { ttlMs: 60_000 });
    await tokens.setTenantTokens(ownerA, primary(srgb(1, 0, 0)), null);
    expect(primaryOf(await tokens.tokensCss(visitorA))).toBe('#ff0000');

    // A change the service did not make is not seen until the TTL runs out: the answer is cached.
    await storeBehindTheBack(tenantA, primary(srgb(0, 1, 0)));
    clock += 60_000;
    expect(primaryOf(await tokens.tokensCss(visitorA))).toBe('#ff0000');
    clock += 1;
    expect(primaryOf(await tokens.tokensCss(visitorA))).toBe('#00ff00');

    // Tenants, regions and template layers are cached apart.
    expect(primaryOf(await tokens.tokensCss(visitorB))).toBe('#1d4ed8');
    await tokens.setRegionTokens(ownerA, 'eu', primary(srgb(0, 0, 1)), null);
    expect(primaryOf(await tokens.tokensCss(visitorA, 'eu'))).toBe('#0000ff');
    expect(primaryOf(await tokens.tokensCss(visitorA))).toBe('#00ff00');
    const template = { color: { brand: { secondary: { $value: srgb(1, 1, 0) } } } };
    const withTemplate = await tokens.tokensCss(visitorA, null, { templateTokens: template });
    expect(withTemplate).toContain('--wh-color-brand-secondary: #ffff00;');
    expect(await tokens.tokensCss(visitorA)).not.toContain('#ffff00');

    // Its own write is seen at once, in every cached variant of the tenant.
    await tokens.setTenantTokens(ownerA, primary(srgb(1, 0, 1)), null);
    expect(primaryOf(await tokens.tokensCss(visitorA))).toBe('#ff00ff');
    expect(primaryOf(await tokens.tokensCss(visitorA, null, { templateTokens: template }))).toBe('#ff00ff');
    expect(primaryOf(await tokens.tokensCss(visitorA, 'eu'))).toBe('#0000ff');
  });

  it("forgets on another replica's write (tokens-changed) and tells gateways to purge pages (pages-changed)", async () => {
    const [busOne, busTwo, gatewayBus] = ['one', 'two', 'gateway'].map((name) =>
      createEventBus(config, name),
    );
    buses.push(busOne!, busTwo!, gatewayBus!);
    expect(busOne!.backend).toBe('redis');
    const one = new TokenService(db);
    const two = new TokenService(db);
    await one.listen(busOne!);
    await two.listen(busTwo!);
    /** `arrived` resolves when `bus` delivers `event` for tenant A (handlers run in subscription order). */
    const heard = async (bus: EventBus, event: 'tokens-changed' | 'pages-changed') => {
      let resolve!: () => void;
      const arrived = new Promise<void>((r) => {
        resolve = r;
      });
      await bus.subscribe(event, (tenantId) => {
        if (tenantId === tenantA) resolve();
      });
      return { arrived };
    };
    // Subscribed after `two.listen`: by the time this hears the event, `two` has forgotten tenant A.
    const twoForgot = await heard(busTwo!, 'tokens-changed');
    const gatewayPurged = await heard(gatewayBus!, 'pages-changed');

    const before = primaryOf(await two.tokensCss(visitorA));
    await one.setTenantTokens(ownerA, primary(srgb(0, 1, 1)), null);
    expect(before).not.toBe('#00ffff');
    await twoForgot.arrived;
    expect(primaryOf(await two.tokensCss(visitorA))).toBe('#00ffff');
    await gatewayPurged.arrived;
    // Another tenant's cached tokens are left alone.
    expect(primaryOf(await two.tokensCss(visitorB))).toBe('#1d4ed8');
  });
});
