import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { HttpError } from '../core/http.js';
import { createTokenVerifier } from './identity.js';
import { type ContextResolver, createContextResolver, hostnameOf } from './request-context.js';
import type { TenantDirectory } from './tenants.js';
import {
  type AuthStandin,
  DEMO_TENANT,
  OTHER_TENANT,
  SUSPENDED_TENANT,
  startAuthStandin,
} from './testing/standins.js';

const secret = randomUUID() + randomUUID();
const issuer = 'webhaze-test';
const userId = randomUUID();

/** An in-memory directory over the stand-in tenants. */
const directory: TenantDirectory = {
  evict() {},
  async find({ by, value }) {
    const all = [DEMO_TENANT, OTHER_TENANT, SUSPENDED_TENANT];
    return (
      all.find((t) =>
        by === 'slug'
          ? t.slug === value
          : by === 'id'
            ? t.id === value
            : t.regions.some((r) => r.hosts.includes(value)),
      ) ?? null
    );
  },
};

let auth: AuthStandin;
let resolver: ContextResolver;

beforeAll(async () => {
  auth = await startAuthStandin(secret, issuer);
  const config = loadConfig({
    NODE_ENV: 'test',
    CONTEXT_SECRET: secret,
    JWT_ISSUER: issuer,
    AUTH_URL: auth.graphqlUrl,
    TRUSTED_COUNTRY_HEADER: 'cf-ipcountry',
  });
  const verifier = createTokenVerifier({
    jwksUrl: new URL(`${auth.service.url}/.well-known/jwks.json`),
    issuer,
  });
  resolver = createContextResolver(config, directory, verifier);
});
afterAll(() => auth.service.close());

const resolve = (headers: Record<string, string>, storefront?: { pathSlug: string | null; path: string }) =>
  resolver.resolve({
    headers: { host: 'localhost:4000', ...headers },
    remoteAddress: '10.0.0.1',
    storefront,
  });

async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('tenant resolution', () => {
  it('leaves the tenant empty when nothing names one', async () => {
    const { ctx, clientKey } = await resolve({});
    expect(ctx).toMatchObject({
      tenantId: null,
      tenantSlug: null,
      region: null,
      actor: { kind: 'anonymous' },
    });
    expect(clientKey).toBe('ip:10.0.0.1');
  });

  it('resolves the x-tenant header, a storefront host and a /s/ path', async () => {
    expect((await resolve({ 'x-tenant': 'demo' })).ctx).toMatchObject({
      tenantId: DEMO_TENANT.id,
      region: 'us',
    });
    const byHost = await resolve({ host: 'shop.demo.de' });
    expect(byHost.ctx).toMatchObject({ tenantSlug: 'demo', region: 'de', host: 'shop.demo.de' });
    const byPath = await resolve({}, { pathSlug: 'demo', path: '/de/about' });
    expect(byPath.ctx).toMatchObject({ tenantSlug: 'demo', region: 'de' });
  });

  it('uses the trusted country header only after path and host', async () => {
    expect((await resolve({ 'x-tenant': 'demo', 'cf-ipcountry': 'at' })).ctx.region).toBe('de');
    expect((await resolve({ host: 'shop.demo.test', 'cf-ipcountry': 'DE' })).ctx.region).toBe('us');
  });

  it('refuses conflicting sources with 403 instead of picking one', async () => {
    const hostVsHeader = await refusal(resolve({ host: 'shop.demo.test', 'x-tenant': 'other' }));
    expect(hostVsHeader).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(hostVsHeader.message).toMatch(/conflict/);
    const token = await auth.issueToken({ sub: userId, tid: OTHER_TENANT.id, role: 'editor' });
    const tokenVsHeader = await refusal(resolve({ authorization: `Bearer ${token}`, 'x-tenant': 'demo' }));
    expect(tokenVsHeader).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('answers 404 for an unknown tenant and 403 for a suspended one', async () => {
    expect(await refusal(resolve({ 'x-tenant': 'nope' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await refusal(resolve({ host: 'unknown.example' }))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(await refusal(resolve({ 'x-tenant': 'frozen' }))).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
  });
});

describe('actor resolution', () => {
  it('turns a valid token into a user actor with its tenant and role', async () => {
    const token = await auth.issueToken({ sub: userId, tid: DEMO_TENANT.id, role: 'admin', pa: true });
    const { ctx, clientKey } = await resolve({ authorization: `Bearer ${token}`, 'x-tenant': 'demo' });
    expect(ctx.actor).toEqual({ kind: 'user', userId, role: 'admin', platformAdmin: true });
    expect(ctx.tenantId).toBe(DEMO_TENANT.id);
    expect(clientKey).toBe(`user:${userId}`);
  });

  it('accepts account-level tokens without a tenant', async () => {
    const token = await auth.issueToken({ sub: userId });
    const { ctx } = await resolve({ authorization: `Bearer ${token}` });
    expect(ctx).toMatchObject({ tenantId: null, actor: { kind: 'user', role: null, platformAdmin: false } });
  });

  it('refuses expired tokens with 401', async () => {
    const token = await auth.issueToken({ sub: userId }, '-1m');
    const refused = await refusal(resolve({ authorization: `Bearer ${token}` }));
    expect(refused).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(refused.message).toMatch(/expired/);
  });

  it('refuses forged tokens with 401', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const liveKid = JSON.parse(await (await fetch(`${auth.service.url}/.well-known/jwks.json`)).text())
      .keys[0].kid;
    const forged = await new SignJWT({ sub: userId })
      .setProtectedHeader({ alg: 'EdDSA', kid: liveKid })
      .setIssuer(issuer)
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await refusal(resolve({ authorization: `Bearer ${forged}` }))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(await refusal(resolve({ authorization: 'Bearer not.a.jwt' }))).toMatchObject({ status: 401 });
    expect(await refusal(resolve({ authorization: 'Basic abc' }))).toMatchObject({ status: 401 });
  });

  it('keeps a sane incoming request id and replaces others', async () => {
    expect((await resolve({ 'x-request-id': 'abc-123' })).ctx.requestId).toBe('abc-123');
    expect((await resolve({ 'x-request-id': 'bad id <script>' })).ctx.requestId).not.toContain('<');
  });
});

describe('hostnameOf', () => {
  it('drops the port and lowercases', () => {
    expect(hostnameOf('Shop.Example.com:8080')).toBe('shop.example.com');
    expect(hostnameOf('[::1]:4000')).toBe('[::1]');
    expect(hostnameOf(undefined)).toBeNull();
  });
});
