import { randomUUID } from 'node:crypto';
import { auditServer } from 'graphql-http';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from './server.js';
import { type StandinStack, startStandinStack } from './testing/standins.js';

/**
 * Audits that query `__type`: production turns introspection off, so they cannot pass there.
 * BF61 (utf-8 request), 2EA1 and 28B9 (variables map), D6D5 and 6A70 (variables in a GET).
 */
const NEEDS_INTROSPECTION = new Set(['BF61', '2EA1', '28B9', 'D6D5', '6A70']);

let stack: StandinStack;
let gateway: RunningGateway;

beforeAll(async () => {
  stack = await startStandinStack();
  gateway = await startGateway(stack.config({ NODE_ENV: 'production' }), {
    supergraphSdl: stack.supergraphSdl,
    port: 0,
  });
});
afterAll(async () => {
  await gateway?.close();
  await stack?.close();
});

describe('GraphQL over HTTP (graphql-http audit) against the production gateway', () => {
  it('passes every check that does not need introspection: no error, no warning', async () => {
    const results = await auditServer({ url: `${gateway.url}/graphql` });
    const audited = results.filter((r) => !NEEDS_INTROSPECTION.has(r.id));
    expect(audited.length).toBe(results.length - NEEDS_INTROSPECTION.size);
    const findings = audited
      .filter((r) => r.status === 'error' || r.status === 'warn')
      .map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(findings).toEqual([]);
  });

  // undici's request, unlike fetch, lets a test set the Host header like a storefront domain would.
  const post = async (body: string, headers: Record<string, string>) => {
    const res = await request(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const json = (await res.body.json()) as { errors?: { extensions?: { code?: string } }[] };
    return {
      status: res.statusCode,
      type: res.headers['content-type'],
      code: json.errors?.[0]?.extensions?.code,
    };
  };
  const query = JSON.stringify({ query: '{ whoami { actorKind } }' });
  const strict = { accept: 'application/graphql-response+json' };

  it('answers refusals before execution by the Accept header: 200 for application/json, the status otherwise', async () => {
    const expired = await stack.auth.issueToken({ sub: randomUUID() }, '-1m');
    const refusals: { headers: Record<string, string>; status: number; code: string }[] = [
      { headers: { authorization: `Bearer ${expired}` }, status: 401, code: 'UNAUTHENTICATED' },
      { headers: { 'x-tenant': 'no-such-shop' }, status: 404, code: 'NOT_FOUND' },
      { headers: { host: 'shop.demo.test', 'x-tenant': 'other' }, status: 403, code: 'FORBIDDEN' },
    ];
    for (const refusal of refusals) {
      for (const accept of [{}, { accept: 'application/json' }, { accept: '*/*' }] as Record<
        string,
        string
      >[]) {
        expect(await post(query, { ...refusal.headers, ...accept })).toEqual({
          status: 200,
          type: 'application/json; charset=utf-8',
          code: refusal.code,
        });
      }
      expect(await post(query, { ...refusal.headers, ...strict })).toEqual({
        status: refusal.status,
        type: 'application/graphql-response+json; charset=utf-8',
        code: refusal.code,
      });
    }
  });

  it('answers bodies it cannot read with 400/413 whatever the Accept header', async () => {
    for (const accept of [{}, strict] as Record<string, string>[]) {
      expect((await post('{"query":', accept)).status).toBe(400);
      expect((await post(`{"query":"${'x'.repeat(1024 * 1024)}"}`, accept)).status).toBe(413);
      const deep = `{"query":"{ __typename }","variables":{"v":${'['.repeat(500)}${']'.repeat(500)}}}`;
      expect(await post(deep, accept)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    }
  });
});
