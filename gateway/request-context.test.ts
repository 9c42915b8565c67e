import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { HttpError } from '../core/http.js';
import { createTokenVerifier } from './identity.js';
import type { MembershipDirectory } from './memberships.js';
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

/** The stand-in's stored memberships, as the gateway's directory would answer them. */
const memberships: MembershipDirectory = {
  async find(tenantId, userId) {
    const member = auth.members.get(`${tenantId}:${userId}`);
    return member ? { role: member.role as 'owner', siteIds: member.siteIds } : null;
  },
};

let auth: AuthStandin;
let resolver: ContextResolver;
/** The same, behind proxies in 10.0.0.0/8 and fd00::/8 (TRUSTED_PROXIES). */
let proxied: ContextResolver;

beforeAll(async () => {
  auth = await startAuthStandin(secret, issuer);
  const env = {
    NODE_ENV: 'test',
    CONTEXT_SECRET: secret,
    JWT_ISSUER: issuer,
    AUTH_URL: auth.graphqlUrl,
    TRUSTED_COUNTRY_HEADER: 'cf-ipcountry',
  };
  const verifier = createTokenVerifier({
    jwksUrl: new URL(`${auth.service.url}/.well-known/jwks.json`),
    issuer,
  });
  resolver = createContextResolver(loadConfig(env), directory, verifier, undefined, memberships);
  proxied = createContextResolver(
    loadConfig({ ...env, TRUSTED_PROXIES: '10.0.0.0/8, fd00::/8' }),
    directory,
    verifier,
    undefined,
    memberships,
  );
});
afterAll(() => auth.service.close());

const NO_SIGNALS = { gpc: false, optOut: false, consent: 'unknown' } as const;
const resolve = (headers: Record<string, string>, storefront?: { pathSlug: string | null; path: string }) =>
  resolver.resolve({
    headers: { host: 'localhost:4000', ...headers },
    remoteAddress: '10.0.0.1',
    storefront: storefront && { ...storefront, visitor: NO_SIGNALS },
  });

async function refusal(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; message: string; reason?: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof HttpError) {
      return {
        status: err.status,
        code: err.code,
        message: err.message,
        reason: err.extensions.reason as string | undefined,
      };
    }
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
      reason: 'TENANT_SUSPENDED',
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

  it("acts with the member's stored role and sites, not the ones the token was issued with", async () => {
    const demoted = randomUUID();
    const token = await auth.issueToken({ sub: demoted, tid: DEMO_TENANT.id, role: 'admin' });
    const site = randomUUID();
    auth.members.set(`${DEMO_TENANT.id}:${demoted}`, { role: 'editor', siteIds: [site] });
    const { ctx } = await resolve({ authorization: `Bearer ${token}` });
    expect(ctx.actor).toEqual({
      kind: 'user',
      userId: demoted,
      role: 'editor',
      platformAdmin: false,
      siteIds: [site],
    });
  });

  it('refuses the live token of someone who is no longer a member (401 MEMBERSHIP_ENDED)', async () => {
    const removed = randomUUID();
    const token = await auth.issueToken({ sub: removed, tid: DEMO_TENANT.id, role: 'owner' });
    auth.members.delete(`${DEMO_TENANT.id}:${removed}`);
    expect(await refusal(resolve({ authorization: `Bearer ${token}` }))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      reason: 'MEMBERSHIP_ENDED',
    });
    // Without the stored roles, a tenant-bound token is never trusted on its own word.
    const blind = createContextResolver(
      loadConfig({ NODE_ENV: 'test', CONTEXT_SECRET: secret, JWT_ISSUER: issuer, AUTH_URL: auth.graphqlUrl }),
      directory,
      createTokenVerifier({ jwksUrl: new URL(`${auth.service.url}/.well-known/jwks.json`), issuer }),
    );
    const member = await auth.issueToken({ sub: randomUUID(), tid: DEMO_TENANT.id, role: 'editor' });
    const blindly = blind.resolve({
      headers: { authorization: `Bearer ${member}` },
      remoteAddress: '10.0.0.1',
    });
    expect(await refusal(blindly)).toMatchObject({ status: 500 });
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

describe('client address', () => {
  const from = (remoteAddress: string, headers: Record<string, string>, via = proxied) =>
    via.resolve({ headers: { host: 'localhost:4000', ...headers }, remoteAddress });

  it('ignores forwarding headers from a peer that is not a trusted proxy', async () => {
    const spoofed = { 'x-forwarded-for': '1.2.3.4', forwarded: 'for=5.6.7.8' };
    for (const via of [resolver, proxied]) {
      const { ctx, clientKey } = await from('203.0.113.9', spoofed, via);
      expect(ctx.clientIp).toBe('203.0.113.9');
      expect(clientKey).toBe('ip:203.0.113.9');
    }
    // Without TRUSTED_PROXIES even a private peer is the client.
    expect((await from('10.1.1.1', spoofed, resolver)).ctx.clientIp).toBe('10.1.1.1');
  });

  it('takes the client from the first untrusted hop behind trusted proxies', async () => {
    const xff = await from('10.0.0.2', { 'x-forwarded-for': '1.2.3.4, 198.51.100.7, 10.9.9.9' });
    expect(xff.ctx.clientIp).toBe('198.51.100.7');
    expect(xff.clientKey).toBe('ip:198.51.100.7');
    const forwarded = await from('::ffff:10.0.0.2', {
      forwarded: 'for=192.0.2.60;proto=https, for="[2001:db8:cafe::17]:4711", for="[fd00::1]"',
    });
    expect(forwarded.ctx.clientIp).toBe('2001:db8:cafe::17');
    const v6Proxy = await from('fd00::9', { 'x-forwarded-for': '198.51.100.8:5123' });
    expect(v6Proxy.ctx.clientIp).toBe('198.51.100.8');
  });

  it('never crashes on malformed headers, and believes neither of two that disagree', async () => {
    const malformed: Record<string, string>[] = [
      { 'x-forwarded-for': 'not-an-ip, 10.0.0.5' },
      { 'x-forwarded-for': ',,,' },
      { 'x-forwarded-for': '9'.repeat(5000) },
      { forwarded: 'for="[::1' },
      { forwarded: 'for=unknown' },
      { forwarded: 'for=_hidden;by=x, for' },
      { forwarded: '"x"y";;,,==' },
      { 'x-forwarded-for': '[2001:db8::1]:80x' },
    ];
    for (const header of malformed) {
      const { ctx } = await from('10.0.0.2', header);
      expect(['10.0.0.2', '10.0.0.5'], JSON.stringify(header)).toContain(ctx.clientIp);
    }
    const disagreeing = await from('10.0.0.2', { 'x-forwarded-for': '1.2.3.4', forwarded: 'for=5.6.7.8' });
    expect(disagreeing.ctx.clientIp).toBe('10.0.0.2');
    const agreeing = await from('10.0.0.2', { 'x-forwarded-for': '1.2.3.4', forwarded: 'for=1.2.3.4' });
    expect(agreeing.ctx.clientIp).toBe('1.2.3.4');
  });
});

describe('hostnameOf', () => {
  it('drops the port and lowercases', () => {
    expect(hostnameOf('Shop.Example.com:8080')).toBe('shop.example.com');
    expect(hostnameOf('[::1]:4000')).toBe('[::1]');
    expect(hostnameOf(undefined)).toBeNull();
  });
});
