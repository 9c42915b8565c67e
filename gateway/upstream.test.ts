import { randomBytes, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeGraphQL, type HttpService, startHttpService } from '../core/http.js';
import { type BlackHole, startBlackHole } from '../test/support/black-hole.js';
import { freePorts } from '../test/support/env.js';
import { type RunningGateway, startGateway } from './server.js';
import {
  CMS_SDL,
  COMMERCE_SDL,
  composeSupergraph,
  type StandinStack,
  startStandinStack,
} from './testing/standins.js';

/**
 * Every call the gateway makes to another service has a deadline: a service that accepts the
 * connection and never answers (the black hole) costs a request SUBGRAPH_TIMEOUT_MS at most, and
 * the client is told which service failed, never where it lives.
 */

let stack: StandinStack;
let hole: BlackHole;
const dataDir = `/tmp/wh-test-${randomUUID()}`;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  stack = await startStandinStack();
  hole = await startBlackHole();
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await hole?.close();
  await stack?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A production-mode gateway over the stand-ins, with `env` pointing some services elsewhere. */
async function gatewayWith(env: Record<string, string>, supergraphSdl?: string): Promise<RunningGateway> {
  const gateway = await startGateway(
    stack.config({
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      SECRETS_KEYS: `test:${randomBytes(32).toString('base64')}`,
      SUBGRAPH_TIMEOUT_MS: '300',
      ...env,
    }),
    { supergraphSdl: supergraphSdl ?? stack.supergraphSdl, port: 0, metricsPort: 0, jwksCooldownMs: 0 },
  );
  gateways.push(gateway);
  return gateway;
}

interface Answer {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

async function call(
  gateway: RunningGateway,
  path: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const response = await request(`${gateway.url}${path}`, {
    method: init.method ?? 'GET',
    headers: init.headers,
    body: init.body,
  });
  const text = await response.body.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    // Not JSON (a proxied page): the text is still checked for addresses.
  }
  return { status: response.statusCode, text, body };
}

const graphql = (gateway: RunningGateway, query: string, headers: Record<string, string> = {}) =>
  call(gateway, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': 'demo', ...headers },
    body: JSON.stringify({ query }),
  });

/** The one error names the failed service, and nothing says where it lives. */
function expectUnavailable(answer: Answer, message: string, port: number) {
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0]).toMatchObject({
    message,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SERVICE_UNAVAILABLE' },
  });
  expectNoInternalAddress(answer, port);
}

/** Nothing in the answer says where a service lives or how the connection failed. */
function expectNoInternalAddress(answer: Answer, port: number) {
  expect(answer.text).not.toMatch(/127\.0\.0\.1|localhost|::1/);
  expect(answer.text).not.toContain(String(port));
  expect(answer.text).not.toMatch(/ECONN|ETIMEDOUT|UND_ERR|socket|fetch failed|aborted/i);
}

describe('a subgraph that accepts connections and never answers', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await gatewayWith({ COMMERCE_URL: `${hole.url}/graphql` });
  });

  it('fails the fields it owns with a clear error naming the service, not its address', async () => {
    const answer = await graphql(gateway, '{ products(first: 1) { id name } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeNull();
    expectUnavailable(answer, 'The commerce service did not answer in time', hole.port);
    expect(hole.accepted).toBeGreaterThan(0);
  });

  it('still answers what the other subgraphs own', async () => {
    const answer = await graphql(gateway, '{ whoami { actorKind } }');
    expect(answer.body).toEqual({ data: { whoami: { actorKind: 'anonymous' } } });
  });

  it('stays ready (it can serve) and reports each subgraph in /readyz and /metrics', async () => {
    const ready = await call(gateway, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text)).toMatchObject({
      status: 'ready',
      subgraphs: { auth: 'ok', cms: 'ok', commerce: 'unreachable' },
    });
    expectNoInternalAddress(ready, hole.port);
    const metrics = await request(gateway.metricsUrl!);
    const text = await metrics.body.text();
    expect(metrics.statusCode).toBe(200);
    expect(text).toMatch(/^webhaze_subgraph_up\{subgraph="commerce"\} 0$/m);
    expect(text).toMatch(/^webhaze_subgraph_up\{subgraph="cms"\} 1$/m);
    expect(text).toMatch(/^webhaze_subgraph_up\{subgraph="auth"\} 1$/m);
  });
});

describe('a subgraph that is down', () => {
  let gateway: RunningGateway;
  let closedPort: number;
  beforeAll(async () => {
    closedPort = (await freePorts(1))[0]!;
    gateway = await gatewayWith({ COMMERCE_URL: `http://127.0.0.1:${closedPort}/graphql` });
  });

  it('says the service is unavailable, never "connect ECONNREFUSED <address>"', async () => {
    const answer = await graphql(gateway, '{ products(first: 1) { id } }');
    expect(answer.status).toBe(200);
    expectUnavailable(answer, 'The commerce service is unavailable', closedPort);
    const ready = await call(gateway, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text).subgraphs).toMatchObject({ cms: 'ok', commerce: 'unreachable' });
  });
});

describe('the auth service accepts connections and never answers', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await gatewayWith({ AUTH_URL: `${hole.url}/graphql` });
  });

  it('times out the tenant directory with a clear error', async () => {
    const answer = await graphql(gateway, '{ whoami { actorKind } }');
    expect(answer.status).toBe(504);
    expectUnavailable(answer, 'The auth service did not answer in time', hole.port);
  });

  it('times out access-token checks (the JWKS) without calling the token invalid', async () => {
    const token = await stack.auth.issueToken({ sub: randomUUID() });
    const answer = await graphql(gateway, '{ whoami { actorKind } }', {
      authorization: `Bearer ${token}`,
      'x-tenant': '',
    });
    expect(answer.status).toBe(504);
    expectUnavailable(answer, 'The auth service did not answer in time', hole.port);
  });

  it('times out API-key checks', async () => {
    const answer = await graphql(gateway, '{ whoami { actorKind } }', {
      authorization: `Bearer whk_abcdefgh_${'k'.repeat(32)}`,
      'x-tenant': '',
    });
    expect(answer.status).toBeGreaterThanOrEqual(500);
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expectNoInternalAddress(answer, hole.port);
  });

  it('times out the proxied JWKS, social sign-in and billing webhooks', async () => {
    for (const answer of [
      await call(gateway, '/.well-known/jwks.json'),
      await call(gateway, '/auth/oidc/example/start'),
      await call(gateway, '/webhooks/stripe/billing', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=x' },
        body: '{}',
      }),
    ]) {
      expect(answer.status).toBe(504);
      expectUnavailable(answer, 'The auth service did not answer in time', hole.port);
    }
  });

  it('stays ready and reports auth unreachable', async () => {
    const ready = await call(gateway, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.text).subgraphs).toMatchObject({ auth: 'unreachable', cms: 'ok' });
  });
});

describe('a subgraph error relayed by the gateway', () => {
  const LEAK_SDL = `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { dashboard: String }
  `;
  const LEAK = "select secret from analytics.event where host = '10.0.0.7:5432'";
  let leaky: HttpService;
  let gateway: RunningGateway;

  beforeAll(async () => {
    // A subgraph in development mode: it sends its internal error with message and stack.
    const server = new ApolloServer({
      schema: buildSubgraphSchema([
        {
          typeDefs: parse(LEAK_SDL),
          resolvers: {
            Query: {
              dashboard: () => {
                throw new Error(LEAK);
              },
            },
          },
        },
      ]),
      includeStacktraceInErrorResponses: true,
      stopOnTerminationSignals: false,
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    await server.start();
    leaky = await startHttpService({
      name: 'leaky-analytics',
      host: '127.0.0.1',
      port: 0,
      routes: [
        async (req, res, url) => {
          if (url.pathname !== '/graphql') return false;
          await executeGraphQL(server, req, res, url, async () => ({}));
          return true;
        },
      ],
      onClose: () => server.stop(),
    });
    const supergraph = composeSupergraph([
      { name: 'commerce', sdl: COMMERCE_SDL, url: stack.commerce.graphqlUrl },
      { name: 'cms', sdl: CMS_SDL, url: stack.cms.graphqlUrl },
      { name: 'analytics', sdl: LEAK_SDL, url: `${leaky.url}/graphql` },
    ]);
    gateway = await gatewayWith({ ANALYTICS_URL: `${leaky.url}/graphql` }, supergraph);
  });
  afterAll(async () => {
    await leaky?.close();
  });

  it('cannot pass its message or stack on: the client gets the request id only', async () => {
    const answer = await graphql(gateway, '{ dashboard }', { 'x-request-id': 'relay-1' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      data: { dashboard: null },
      errors: [
        {
          message: 'Internal server error (request relay-1)',
          path: ['dashboard'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'relay-1' },
        },
      ],
    });
    expectNoInternalAddress(answer, leaky.port);
    expect(answer.text).not.toMatch(/select|10\.0\.0\.7|stacktrace/);
  });
});
