import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_HEADER, verifyContext } from '../core/context.js';
import { createEventBus, type EventBus } from '../core/events.js';
import { HttpError } from '../core/http.js';
import { testConfig } from '../test/support/env.js';
import { type ApiKeyVerifier, createApiKeyVerifier } from './api-keys.js';
import { createMembershipDirectory, type MembershipDirectory } from './memberships.js';
import { createTenantDirectory } from './tenants.js';

const secret = randomUUID() + randomUUID();
const config = testConfig({ CONTEXT_SECRET: secret });
const agent = new Agent();
const KEY = `whk_abcdefgh_${'k'.repeat(32)}`;
const HASH = createHash('sha256').update(KEY).digest('hex');
const TENANT_ID = randomUUID();
const KEY_ID = randomUUID();

/** A stub of the auth subgraph's internal routes: api-key and tenant lookups. */
const state = {
  keys: new Map<string, { keyId: string; tenantId: string; scopes: string[]; expiresAt: string | null }>(),
  tenantStatus: 'active' as 'active' | 'suspended',
  keyLookups: 0,
  tenantLookups: 0,
  /** Stored memberships by `<tenant id>:<user id>`. */
  members: new Map<string, { role: string; siteIds: string[] | null }>(),
  memberLookups: 0,
  /** Holds the next key or membership answer until released (to race an event against it). */
  hold: null as Promise<void> | null,
  /** Called when a held lookup has arrived (a barrier: the lookup is in flight). */
  arrived: null as (() => void) | null,
  fail: false,
};

/** Holds the next lookup; resolves `inFlight` once it reached the stub, `release` lets it answer. */
function holdNextLookup(): { inFlight: Promise<void>; release: () => void } {
  let release!: () => void;
  state.hold = new Promise<void>((resolve) => {
    release = () => {
      state.hold = null;
      resolve();
    };
  });
  const inFlight = new Promise<void>((resolve) => {
    state.arrived = () => {
      state.arrived = null;
      resolve();
    };
  });
  return { inFlight, release };
}
let server: Server;
let baseUrl: string;
let events: EventBus;
let clock = 1_000_000;
let verify: ApiKeyVerifier;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const header = req.headers[CONTEXT_HEADER];
    const ctx = verifyContext(typeof header === 'string' ? header : undefined, secret);
    if (ctx.actor.kind !== 'internal') throw new Error('not internal');
    if (url.pathname === '/internal/api-keys') {
      state.keyLookups++;
      const answer = state.keys.get(url.searchParams.get('hash') ?? '');
      state.arrived?.();
      if (state.hold) await state.hold;
      if (state.fail) {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer ?? { error: 'unknown' }));
      return;
    }
    if (url.pathname === '/internal/memberships') {
      state.memberLookups++;
      const member = state.members.get(`${url.searchParams.get('tenant')}:${url.searchParams.get('user')}`);
      state.arrived?.();
      if (state.hold) await state.hold;
      res.writeHead(member ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(member ?? { error: 'not a member' }));
      return;
    }
    state.tenantLookups++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: TENANT_ID,
        slug: 'acme',
        name: 'Acme',
        status: state.tenantStatus,
        plan: 'pro',
        regions: [],
        defaultRegion: 'default',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  events = createEventBus(config, 'gateway-test');
  verify = await createApiKeyVerifier({
    authBaseUrl: baseUrl,
    contextSecret: secret,
    contextTtlSeconds: 60,
    dispatcher: agent,
    events,
    ttlMs: 60_000,
    negativeTtlMs: 5_000,
    now: () => clock,
  });
});

afterAll(async () => {
  await events.close();
  await agent.close();
  server.close();
});

const refusal = async (promise: Promise<unknown>) => {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpError);
  return err as HttpError;
};

describe('gateway API-key verifier', () => {
  it('checks the shape first, then looks the hash up once per TTL', async () => {
    state.keys.set(HASH, { keyId: KEY_ID, tenantId: TENANT_ID, scopes: ['catalog:read'], expiresAt: null });
    expect((await refusal(verify('whk_short'))).status).toBe(401);
    expect(state.keyLookups).toBe(0);
    const [a, b] = await Promise.all([verify(KEY), verify(KEY)]);
    expect(a).toEqual({ keyId: KEY_ID, tenantId: TENANT_ID, scopes: ['catalog:read'] });
    expect(b).toEqual(a);
    await verify(KEY);
    expect(state.keyLookups).toBe(1);
    clock += 61_000;
    await verify(KEY);
    expect(state.keyLookups).toBe(2);
  });

  it('caches unknown keys for a shorter time', async () => {
    const unknown = `whk_zzzzzzzz_${'z'.repeat(32)}`;
    const before = state.keyLookups;
    expect((await refusal(verify(unknown))).code).toBe('UNAUTHENTICATED');
    await refusal(verify(unknown));
    expect(state.keyLookups - before).toBe(1);
    clock += 6_000;
    await refusal(verify(unknown));
    expect(state.keyLookups - before).toBe(2);
  });

  it('refuses a cached key once its expiry passes, without asking again', async () => {
    const key = `whk_expiring_${'e'.repeat(32)}`;
    const hash = createHash('sha256').update(key).digest('hex');
    state.keys.set(hash, {
      keyId: randomUUID(),
      tenantId: TENANT_ID,
      scopes: [],
      expiresAt: new Date(clock + 10_000).toISOString(),
    });
    await verify(key);
    const before = state.keyLookups;
    clock += 11_000;
    expect((await refusal(verify(key))).status).toBe(401);
    expect(state.keyLookups).toBe(before);
  });

  it('forgets a key on the revocation event, even one whose lookup was in flight', async () => {
    await verify(KEY);
    state.keys.delete(HASH);
    await events.publish('apikey-revoked', HASH);
    expect((await refusal(verify(KEY))).status).toBe(401);

    // A lookup that began before a revocation must not cache its (now stale) answer.
    state.keys.set(HASH, { keyId: KEY_ID, tenantId: TENANT_ID, scopes: [], expiresAt: null });
    clock += 6_000;
    const { inFlight, release } = holdNextLookup();
    const pending = verify(KEY);
    await inFlight;
    state.keys.delete(HASH);
    await events.publish('apikey-revoked', HASH);
    release();
    await pending; // answered as it stood when asked
    expect((await refusal(verify(KEY))).status).toBe(401);
  });

  it('answers 502 (not 401) when the lookup itself fails', async () => {
    state.fail = true;
    const err = await refusal(verify(`whk_failfail_${'f'.repeat(32)}`));
    state.fail = false;
    expect(err.status).toBe(502);
    expect(err.message).toBe('The auth service is unavailable');
    expect(err.extensions).toEqual({ reason: 'SERVICE_UNAVAILABLE' });
  });
});

describe("gateway membership directory (members' stored roles)", () => {
  const USER_ID = randomUUID();
  const key = `${TENANT_ID}:${USER_ID}`;
  let directory: MembershipDirectory;
  beforeAll(async () => {
    directory = await createMembershipDirectory({
      authBaseUrl: baseUrl,
      contextSecret: secret,
      contextTtlSeconds: 60,
      dispatcher: agent,
      events,
      now: () => clock,
    });
  });

  it('caches a stored role and forgets it at once on membership-changed', async () => {
    state.members.set(key, { role: 'admin', siteIds: null });
    expect(await directory.find(TENANT_ID, USER_ID)).toEqual({ role: 'admin', siteIds: null });
    const before = state.memberLookups;
    state.members.set(key, { role: 'editor', siteIds: null });
    expect((await directory.find(TENANT_ID, USER_ID))?.role).toBe('admin');
    expect(state.memberLookups).toBe(before);
    await events.publish('membership-changed', key);
    expect((await directory.find(TENANT_ID, USER_ID))?.role).toBe('editor');
    state.members.delete(key);
    await events.publish('membership-changed', key);
    expect(await directory.find(TENANT_ID, USER_ID)).toBeNull();
    // "No longer a member" is cached for a shorter time.
    state.members.set(key, { role: 'contributor', siteIds: null });
    clock += 6_000;
    expect((await directory.find(TENANT_ID, USER_ID))?.role).toBe('contributor');
  });

  it('does not cache an answer whose lookup was in flight when the membership changed', async () => {
    state.members.set(key, { role: 'owner', siteIds: null });
    await events.publish('membership-changed', key);
    const { inFlight, release } = holdNextLookup();
    const pending = directory.find(TENANT_ID, USER_ID);
    await inFlight;
    state.members.delete(key);
    await events.publish('membership-changed', key);
    release();
    expect((await pending)?.role).toBe('owner'); // answered as it stood when asked
    expect(await directory.find(TENANT_ID, USER_ID)).toBeNull();
  });
});

describe('tenant directory eviction', () => {
  it('drops every cached name of an evicted tenant, so a suspension applies at once', async () => {
    const directory = createTenantDirectory({
      authBaseUrl: baseUrl,
      contextSecret: secret,
      contextTtlSeconds: 60,
      dispatcher: agent,
      now: () => clock,
    });
    state.tenantStatus = 'active';
    expect((await directory.find({ by: 'slug', value: 'acme' }))?.plan).toBe('pro');
    await directory.find({ by: 'id', value: TENANT_ID });
    const before = state.tenantLookups;
    state.tenantStatus = 'suspended';
    expect((await directory.find({ by: 'slug', value: 'acme' }))?.status).toBe('active');
    directory.evict(TENANT_ID);
    expect((await directory.find({ by: 'slug', value: 'acme' }))?.status).toBe('suspended');
    expect((await directory.find({ by: 'id', value: TENANT_ID }))?.status).toBe('suspended');
    expect(state.tenantLookups - before).toBe(1);
  });
});
