import { randomUUID } from 'node:crypto';
import { serverAudits } from 'graphql-http';
import { Redis } from 'ioredis';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_HEADER, internalContext, type RequestContext, signContext } from '../core/context.js';
import { type RunningGateway, startGateway } from './server.js';
import { DEMO_TENANT, type StandinStack, startStandinStack } from './testing/standins.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

let stack: StandinStack;
let gateway: RunningGateway;

beforeAll(async () => {
  stack = await startStandinStack();
  gateway = await startGateway(stack.config({ MAX_QUERY_COST: '200' }), {
    supergraphSdl: stack.supergraphSdl,
    port: 0,
    jwksCooldownMs: 0,
  });
});
afterAll(async () => {
  await gateway?.close();
  await stack?.close();
});

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(
  query: string,
  headers: Record<string, string> = {},
  path = '/graphql',
  target = () => gateway,
): Promise<{ status: number; headers: Record<string, unknown>; body: GraphQLBody }> {
  // undici's request, unlike fetch, lets a test set the Host header like a storefront domain would.
  const response = await request(`${target().url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: (await response.body.json()) as GraphQLBody,
  };
}

const lastSeen = (seen: RequestContext[]) => seen[seen.length - 1];
/** Asks for GraphQL over HTTP's own media type, where refusals keep their 4xx (under application/json they are 200). */
const STRICT = { accept: 'application/graphql-response+json' };

describe('gateway over stand-in subgraphs', () => {
  it('runs a cross-subgraph query and signs the tenant and actor into each subgraph call', async () => {
    const userId = randomUUID();
    const token = await stack.auth.issueToken({ sub: userId, tid: DEMO_TENANT.id, role: 'editor' });
    const requestId = `test-${randomUUID()}`;
    const { status, body } = await post('{ products(first: 2) { id name description } }', {
      authorization: `Bearer ${token}`,
      'x-tenant': 'demo',
      'x-request-id': requestId,
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.products).toEqual([
      { id: `${DEMO_TENANT.id}-p0`, name: 'Product 0', description: `About ${DEMO_TENANT.id}-p0` },
      { id: `${DEMO_TENANT.id}-p1`, name: 'Product 1', description: `About ${DEMO_TENANT.id}-p1` },
    ]);
    for (const subgraph of [stack.commerce, stack.cms]) {
      expect(lastSeen(subgraph.seen)).toEqual({
        requestId,
        tenantId: DEMO_TENANT.id,
        tenantSlug: 'demo',
        actor: { kind: 'user', userId, role: 'editor', platformAdmin: false },
        region: 'us',
        locale: 'en-US',
        currency: 'USD',
        host: null,
        clientIp: '127.0.0.1',
        userAgent: null,
      });
    }
  });

  it('leaves subgraphs refusing calls that bypass the gateway', async () => {
    const bare = await post('{ products { id } }', {}, '/graphql', () => ({
      ...gateway,
      url: stack.commerce.service.url,
    }));
    expect(bare.status).toBe(401);
    const forged = signContext(internalContext('gateway', null), 'x'.repeat(40), 60);
    const wrong = await post('{ products { id } }', { [CONTEXT_HEADER]: forged }, '/graphql', () => ({
      ...gateway,
      url: stack.commerce.service.url,
    }));
    expect(wrong.status).toBe(401);
  });

  it('refuses expired tokens and conflicting tenants before execution', async () => {
    const expired = await stack.auth.issueToken({ sub: randomUUID() }, '-1m');
    const refused = await post('{ whoami { actorKind } }', { authorization: `Bearer ${expired}`, ...STRICT });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const conflict = await post('{ whoami { actorKind } }', {
      host: 'shop.demo.test',
      'x-tenant': 'other',
      ...STRICT,
    });
    expect(conflict.status).toBe(403);
    expect(conflict.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await post('{ whoami { actorKind } }', { 'x-tenant': 'no-such-shop', ...STRICT });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses operations over the cost limit with 400 naming the limit', async () => {
    const { status, body } = await post('{ products(first: 100) { id name } }', {
      'x-tenant': 'demo',
      ...STRICT,
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/cost 201 exceeds the maximum cost of 200/);
  });

  it('follows a JWKS key rotation without a restart', async () => {
    const before = await stack.auth.issueToken({ sub: randomUUID() });
    expect((await post('{ whoami { actorKind } }', { authorization: `Bearer ${before}` })).status).toBe(200);
    await stack.auth.rotateKey();
    const after = await stack.auth.issueToken({ sub: randomUUID() });
    const { status, body } = await post('{ whoami { actorKind } }', { authorization: `Bearer ${after}` });
    expect(status).toBe(200);
    expect(body.data?.whoami).toEqual({ actorKind: 'user' });
    // Tokens signed by the retired key are no longer accepted.
    expect(
      (await post('{ whoami { actorKind } }', { authorization: `Bearer ${before}`, ...STRICT })).status,
    ).toBe(401);
  });

  it("serves the internal endpoint only to signed internal actors and the storefront's visitors", async () => {
    const internal = signContext(internalContext('cms', DEMO_TENANT.id), stack.contextSecret, 60);
    const ok = await post(
      '{ whoami { actorKind tenantId } }',
      { [CONTEXT_HEADER]: internal },
      '/internal/graphql',
    );
    expect(ok.status).toBe(200);
    expect(ok.body.data?.whoami).toEqual({ actorKind: 'internal', tenantId: DEMO_TENANT.id });
    expect(lastSeen(stack.cms.seen)?.actor).toEqual({ kind: 'internal', service: 'cms' });

    // The storefront signs the anonymous visitor it resolved (and limited) itself.
    const visitor = signContext(
      { ...internalContext('cms', DEMO_TENANT.id), actor: { kind: 'anonymous' } },
      stack.contextSecret,
      60,
    );
    const asVisitor = await post(
      '{ whoami { actorKind } }',
      { [CONTEXT_HEADER]: visitor },
      '/internal/graphql',
    );
    expect(asVisitor.body.data?.whoami).toEqual({ actorKind: 'anonymous' });

    const asUser: RequestContext = {
      ...internalContext('cms', DEMO_TENANT.id),
      actor: { kind: 'user', userId: randomUUID(), role: 'owner', platformAdmin: true },
    };
    const refusedUser = await post(
      '{ whoami { actorKind } }',
      { [CONTEXT_HEADER]: signContext(asUser, stack.contextSecret, 60) },
      '/internal/graphql',
    );
    expect(refusedUser.status).toBe(401);
    const forged = signContext(internalContext('cms', null), 'y'.repeat(40), 60);
    expect(
      (await post('{ whoami { actorKind } }', { [CONTEXT_HEADER]: forged }, '/internal/graphql')).status,
    ).toBe(401);
    const missing = await post('{ whoami { actorKind } }', {}, '/internal/graphql');
    expect(missing.status).toBe(401);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('proxies the JWKS and reports readiness', async () => {
    const jwks = (await (await fetch(`${gateway.url}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(1);
    expect((await fetch(`${gateway.url}/readyz`)).status).toBe(200);
  });

  it('passes the graphql-http audit suite without errors', async () => {
    // Apollo's CSRF prevention (kept on) refuses header-less GETs; a real client sends this header.
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: `${gateway.url}/graphql`, fetchFn });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failures = results.filter((r) => r.status !== 'ok');
    const errors = failures.filter((r) => r.status === 'error');
    if (failures.length) {
      console.info(
        'graphql-http audit findings:\n' +
          failures.map((r) => `  ${r.status} ${r.name}: ${'reason' in r ? r.reason : ''}`).join('\n'),
      );
    }
    expect(errors.map((e) => e.name)).toEqual([]);
  });
});

describe('rate limits in Redis', () => {
  const prefix = `wh-test-${randomUUID()}:`;
  let limited: RunningGateway;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    limited = await startGateway(
      stack.config({ REDIS_URL, REDIS_PREFIX: prefix, RATE_LIMIT_CLIENT_PER_MINUTE: '3' }),
      { supergraphSdl: stack.supergraphSdl, port: 0 },
    );
  });
  afterAll(async () => {
    await limited?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('answers 429 with Retry-After past the client limit, and exempts internal callers', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await post(
        '{ whoami { actorKind } }',
        { 'x-tenant': 'demo', ...STRICT },
        '/graphql',
        () => limited,
      );
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    expect(last?.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await redis.keys(`${prefix}*`)).not.toHaveLength(0);

    const internal = signContext(internalContext('worker', DEMO_TENANT.id), stack.contextSecret, 60);
    const exempt = await post(
      '{ whoami { actorKind } }',
      { [CONTEXT_HEADER]: internal },
      '/internal/graphql',
      () => limited,
    );
    expect(exempt.status).toBe(200);
  });
});

describe('production hardening', () => {
  let production: RunningGateway;

  beforeAll(async () => {
    production = await startGateway(stack.config({ NODE_ENV: 'production' }), {
      supergraphSdl: stack.supergraphSdl,
      port: 0,
    });
  });
  afterAll(() => production?.close());

  it('turns introspection off and hides field suggestions and stack traces', async () => {
    const introspection = await post('{ __schema { types { name } } }', STRICT, '/graphql', () => production);
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);

    const typo = await post('{ whoamii { actorKind } }', STRICT, '/graphql', () => production);
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo.body)).not.toMatch(/stacktrace/);
  });

  it('serves no landing page', async () => {
    const response = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toMatch(/<html/i);
  });
});
