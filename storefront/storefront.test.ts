import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../core/context.js';
import type { HttpService } from '../core/http.js';
import { DiskStorage } from '../core/storage.js';
import { type RunningGateway, startGateway } from '../gateway/server.js';
import { type StandinStack, startStandinStack } from '../gateway/testing/standins.js';
import { signPreviewToken } from '../subgraphs/cms/contract.js';
import { TEST_REDIS_URL } from '../test/support/env.js';
import { startStorefront } from './server.js';

/**
 * The storefront in its own process, as docker-compose and Kubernetes run it: its own listener and
 * visitor resolution, the pages through the gateway's internal endpoint over HTTP.
 */
let stack: StandinStack;
let gateway: RunningGateway;
let storefront: HttpService;
let dataDir: string;

beforeAll(async () => {
  stack = await startStandinStack();
  gateway = await startGateway(stack.config(), { supergraphSdl: stack.supergraphSdl, port: 0 });
  dataDir = await mkdtemp(join(tmpdir(), 'wh-storefront-'));
  const config = stack.config({ GATEWAY_INTERNAL_URL: `${gateway.url}/internal/graphql`, DATA_DIR: dataDir });
  storefront = await startStorefront(config, { port: 0, storage: new DiskStorage(config) });
});
afterAll(async () => {
  await storefront?.close();
  await gateway?.close();
  await stack?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const lastSeen = (seen: RequestContext[]) => seen[seen.length - 1];

describe('the storefront on its own, over the gateway', () => {
  it('renders storefront pages by path slug and by tenant host', async () => {
    const page = await fetch(`${storefront.url}/s/demo/about`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toBe('<h1>Page /about</h1>');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(lastSeen(stack.cms.seen)).toMatchObject({ tenantSlug: 'demo', actor: { kind: 'anonymous' } });

    // The site's 404 document: its links under the storefront base, never cached or indexed.
    const missing = await fetch(`${storefront.url}/s/demo/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Page not found</h1><a href="/s/demo/">Home</a>');
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(missing.headers.get('x-robots-tag')).toBe('noindex');

    // Only the parameters a document depends on reach the cms (and the cache key), in a fixed order.
    const paged = await fetch(`${storefront.url}/s/demo/collections/all?utm_source=x&sort=newest&after=abc`);
    expect(await paged.text()).toBe('<h1>Page /collections/all?after=abc&sort=newest</h1>');
    expect((await fetch(`${storefront.url}/s/nobody/about`)).status).toBe(404);

    // A tenant host with a region prefix: the region goes into the context, the page path loses the prefix.
    const byHost = await request(`${storefront.url}/de/about`, { headers: { host: 'shop.demo.de' } });
    expect(byHost.statusCode).toBe(200);
    expect(await byHost.body.text()).toBe('<h1>Page /about</h1>');
    expect(lastSeen(stack.cms.seen)).toMatchObject({ region: 'de', host: 'shop.demo.de' });
    // The base the document's links hang under: the region prefix on the tenant's own host.
    const missingDe = await request(`${storefront.url}/de/missing`, { headers: { host: 'shop.demo.de' } });
    expect(missingDe.statusCode).toBe(404);
    expect(await missingDe.body.text()).toBe('<h1>Page not found</h1><a href="/de/">Home</a>');
  });

  it('sends ETags and 304s current copies, and 301s redirected paths under the storefront and region prefixes', async () => {
    const first = await fetch(`${storefront.url}/s/demo/cached`);
    const etag = first.headers.get('etag');
    // One tag per representation: the identity page's, or with -br/-gz for a compressed one.
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}(?:-br|-gz)?"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
    const again = await fetch(`${storefront.url}/s/demo/cached`, {
      headers: { 'if-none-match': `W/${etag}` },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe("default-src 'self'");

    const moved = await fetch(`${storefront.url}/s/demo/moved`, { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, '/s/demo/moved-here']);
    const byHost = await request(`${storefront.url}/de/moved`, { headers: { host: 'shop.demo.de' } });
    expect([byHost.statusCode, byHost.headers.location]).toEqual([301, '/de/moved-here']);
    await byHost.body.dump();
  });

  it('answers 404 to tampered and 410 to expired preview tokens, never cached or indexed', async () => {
    const secret = stack.config().contextSecret;
    const claims = { t: randomUUID(), p: randomUUID() };
    const expired = signPreviewToken(secret, { ...claims, exp: Math.floor(Date.now() / 1000) - 1 });
    const gone = await fetch(`${storefront.url}/preview/${expired}`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('cache-control')).toBe('no-store');
    expect(gone.headers.get('x-robots-tag')).toMatch(/noindex/);
    const valid = signPreviewToken(secret, { ...claims, exp: Math.floor(Date.now() / 1000) + 600 });
    const tampered = `${valid.slice(0, -2)}${valid.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await fetch(`${storefront.url}/preview/${tampered}`)).status).toBe(404);
    const forged = signPreviewToken('x'.repeat(64), { ...claims, exp: Math.floor(Date.now() / 1000) + 600 });
    expect((await fetch(`${storefront.url}/preview/${forged}`)).status).toBe(404);
  });

  it('is the only edge serving them: the gateway alone answers no storefront path', async () => {
    for (const path of ['/s/demo/about', '/consent?value=granted', '/robots.txt', '/preview/x']) {
      const res = await fetch(`${gateway.url}${path}`, { redirect: 'manual' });
      expect([path, res.status]).toEqual([path, 404]);
      await res.body?.cancel();
    }
  });

  it('answers 502 with a page when the gateway is unreachable', async () => {
    const config = stack.config({
      GATEWAY_INTERNAL_URL: 'http://127.0.0.1:9/internal/graphql',
      DATA_DIR: dataDir,
    });
    const orphan = await startStorefront(config, { port: 0, storage: new DiskStorage(config) });
    try {
      const page = await fetch(`${orphan.url}/s/demo/about`);
      expect(page.status).toBe(502);
      expect(await page.text()).toMatch(/The gateway service is unavailable/);
    } finally {
      await orphan.close();
    }
  });
});

describe('the limits of a visitor on both edges, shared through Redis', () => {
  const prefix = `wh-test-${randomUUID()}:`;
  let limitedGateway: RunningGateway;
  let limitedStorefront: HttpService;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(TEST_REDIS_URL);
    const settings = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, RATE_LIMIT_CLIENT_PER_MINUTE: '3' };
    limitedGateway = await startGateway(stack.config(settings), {
      supergraphSdl: stack.supergraphSdl,
      port: 0,
    });
    const config = stack.config({
      ...settings,
      GATEWAY_INTERNAL_URL: `${limitedGateway.url}/internal/graphql`,
      DATA_DIR: dataDir,
    });
    limitedStorefront = await startStorefront(config, { port: 0, storage: new DiskStorage(config) });
  });
  afterAll(async () => {
    await limitedStorefront?.close();
    await limitedGateway?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('counts storefront pages and API calls of one client in the same window', async () => {
    // Three uncached pages (each consumes before it renders) use up the client's window of three.
    for (const path of ['/one', '/two', '/three']) {
      const page = await fetch(`${limitedStorefront.url}/s/demo${path}`);
      expect([path, page.status]).toEqual([path, 200]);
      await page.text();
    }
    const refused = await fetch(`${limitedStorefront.url}/s/demo/four`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await refused.text();
    // The gateway sees the same client (its address) in the same window.
    const api = await request(`${limitedGateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': 'demo' },
      body: JSON.stringify({ query: '{ whoami { actorKind } }' }),
    });
    const body = (await api.body.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
