import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../core/config.js';
import { signContext, verifyContext } from '../core/context.js';
import { createEventBus, type EventBus } from '../core/events.js';
import { startAuthSubgraph } from '../subgraphs/auth/subgraph.js';
import { eventually } from '../test/e2e/support.js';
import { AuthFixtures } from '../test/support/auth-fixtures.js';
import {
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../test/support/env.js';
import { type ContextResolver, createContextResolver } from './request-context.js';
import { createTenantDirectory } from './tenants.js';

/**
 * The request's region and its locale, from regions managed through the real auth subgraph: the
 * gateway's directory reads them, and a region change reaches it through `tenant-changed`.
 */
let database: TestDatabase;
let config: Config;
let auth: Awaited<ReturnType<typeof startAuthSubgraph>>;
let fixtures: AuthFixtures;
let gatewayEvents: EventBus;
let resolver: ContextResolver;
let tenantId: string;
let ownerId: string;
const agent = new Agent();
const SLUG = 'region-locale';

const UPSERT = 'mutation($input: RegionInput!) { upsertRegion(input: $input) { code locale } }';

async function upsert(input: Record<string, unknown>) {
  const res = await callSubgraph(
    auth.url,
    UPSERT,
    { input },
    { ctx: userContext(ownerId, tenantId, 'owner'), secret: config.contextSecret },
  );
  expect(res.body.errors).toBeUndefined();
}

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({
    DATABASE_URL: database.url,
    PLATFORM_HOSTS: 'localhost',
    TRUSTED_COUNTRY_HEADER: 'cf-ipcountry',
  });
  auth = await startAuthSubgraph(config, { port: 0, jobs: { enqueue: async () => {} } });
  fixtures = await AuthFixtures.connect(database.url);
  ownerId = await fixtures.user('owner@region-locale.example');
  tenantId = await fixtures.tenant(ownerId, SLUG);
  await fixtures.query(`update auth.tenant set hosts = '["shop.region-locale.example"]' where id = $1`, [
    tenantId,
  ]);
  const tenants = createTenantDirectory({
    authBaseUrl: auth.url.replace(/\/graphql$/, ''),
    contextSecret: config.contextSecret,
    contextTtlSeconds: config.CONTEXT_TTL_SECONDS,
    dispatcher: agent,
  });
  // Wired as gateway/server.ts wires it: a tenant change evicts the cached directory entry.
  gatewayEvents = createEventBus(config, 'gateway');
  await gatewayEvents.subscribe('tenant-changed', (id) => tenants.evict(id));
  resolver = createContextResolver(config, tenants, async () => {
    throw new Error('storefront requests carry no token');
  });
  await upsert({ code: 'default', locale: 'en-US', currency: 'USD' });
  await upsert({ code: 'de', locale: 'de-DE', currency: 'EUR', pathPrefix: '/de', countries: ['DE'] });
  await upsert({ code: 'ch', locale: 'de-CH', currency: 'CHF', hosts: ['shop.region-locale.example'] });
});

afterAll(async () => {
  await gatewayEvents?.close();
  await fixtures?.close();
  await auth?.close();
  await agent.close();
  await database?.drop();
});

const storefront = (path: string, headers: Record<string, string> = {}) =>
  resolver.resolve({
    headers: { host: 'localhost:4000', ...headers },
    remoteAddress: '10.0.0.9',
    storefront: {
      pathSlug: headers.host ? null : SLUG,
      path,
      visitor: { gpc: false, optOut: false, consent: 'unknown' },
    },
  });

describe('region → locale in the request context', () => {
  it('puts the resolved region and its locale into the signed context', async () => {
    const prefixed = await storefront('/de/about');
    expect(prefixed.ctx).toMatchObject({ tenantId, region: 'de', locale: 'de-DE' });
    const byHost = await storefront('/about', { host: 'shop.region-locale.example' });
    expect(byHost.ctx).toMatchObject({ region: 'ch', locale: 'de-CH' });
    const byCountry = await storefront('/about', { 'cf-ipcountry': 'DE' });
    expect(byCountry.ctx).toMatchObject({ region: 'de', locale: 'de-DE' });
    const fallback = await storefront('/about');
    expect(fallback.ctx).toMatchObject({ region: 'default', locale: 'en-US' });

    // The locale survives signing, as every subgraph receives it.
    const token = signContext(prefixed.ctx, config.contextSecret, 60);
    expect(verifyContext(token, config.contextSecret)).toMatchObject({ region: 'de', locale: 'de-DE' });
  });

  it('accepts contexts signed without a locale (older gateways, internal callers)', () => {
    const { locale: _omitted, ...withoutLocale } = userContext(ownerId, tenantId, 'owner');
    const verified = verifyContext(
      signContext(withoutLocale, config.contextSecret, 60),
      config.contextSecret,
    );
    expect(verified.locale ?? null).toBeNull();
  });

  it('follows a region change at once: auth announces tenant-changed, the directory refetches', async () => {
    expect((await storefront('/de')).ctx.locale).toBe('de-DE');
    await upsert({ code: 'de', locale: 'de-AT', currency: 'EUR', pathPrefix: '/de', countries: ['DE'] });
    const locale = await eventually(async () => {
      const { ctx } = await storefront('/de');
      return ctx.locale === 'de-AT' ? ctx.locale : undefined;
    }, 10_000);
    expect(locale).toBe('de-AT');
  });
});
