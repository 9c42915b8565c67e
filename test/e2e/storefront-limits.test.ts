import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { eventually, GRAPHQL_RESPONSE_JSON, gql, startTestStack } from './support.js';

/**
 * Cached storefront pages still count against the per-client rate limit (Redis), although cache hits
 * are counted in batches (storefront/page-cache.ts CachedHitLimits): past the limit the visitor gets 429
 * with Retry-After, on pages and on the API alike, because both share the same window.
 */
let url: string;
let close: (() => Promise<void>) | undefined;

const CLIENT_LIMIT = 12;

beforeAll(async () => {
  ({ url, close } = await startTestStack(
    { RATE_LIMIT_CLIENT_PER_MINUTE: String(CLIENT_LIMIT) },
    { seed: true },
  ));
}, 120_000);

afterAll(() => close?.());

describe('rate limits on cached storefront pages (PostgreSQL + Redis)', () => {
  it('counts every cache hit against the client limit and answers 429 with Retry-After past it', async () => {
    const home = `${url}/s/${DEMO.tenantSlug}/`;
    const first = await fetch(home);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    await first.text();
    // The rest of the window in cache hits: all served (they are counted, in batches).
    for (let i = 1; i < CLIENT_LIMIT; i++) {
      const hit = await fetch(home);
      expect(hit.status).toBe(200);
      expect(hit.headers.get('etag')).toBe(etag);
      await hit.text();
    }
    // Once the counted hits reach the limiter, further hits are refused.
    const refused = await eventually(async () => {
      const res = await fetch(home);
      await res.text();
      return res.status === 429 ? res : undefined;
    }, 10_000);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The same window as the API's: the client is refused there too.
    const api = await gql(
      url,
      '{ __typename }',
      {},
      { 'x-tenant': DEMO.tenantSlug, ...GRAPHQL_RESPONSE_JSON },
    );
    expect(api.status).toBe(429);
    expect(api.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
