import { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import type { JobPayloads } from '../../core/jobs.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  TEST_REDIS_URL,
  type TestDatabase,
  testConfig,
} from '../../test/support/env.js';
import { startAuthSubgraph } from './subgraph.js';

const PASSWORD = 'correct horse battery';
const BURST = 30;

/**
 * The attacker's view of the sign-in limits, against both stores the limits run on: a burst of
 * parallel guesses must not get more passwords checked than the budget allows.
 */
describe.each(['memory', 'redis'] as const)('sign-in limits (%s store)', (store) => {
  let database: TestDatabase;
  let config: Config;
  let service: Awaited<ReturnType<typeof startAuthSubgraph>>;
  let redis: Redis | null = null;
  const mail: JobPayloads['email.send'][] = [];
  let nextIp = 1;

  beforeAll(async () => {
    database = await createTestDatabase();
    config = testConfig({
      DATABASE_URL: database.url,
      SIGNIN_ATTEMPTS_PER_ACCOUNT: '5',
      SIGNIN_ATTEMPTS_PER_IP: '8',
      SIGNIN_WINDOW_SECONDS: '900',
      ...(store === 'redis' ? { REDIS_URL: TEST_REDIS_URL } : {}),
    });
    service = await startAuthSubgraph(config, {
      port: 0,
      jobs: {
        enqueue: async (name, payload) => {
          if (name === 'email.send') mail.push(payload as JobPayloads['email.send']);
        },
      },
    });
    if (store === 'redis') redis = new Redis(TEST_REDIS_URL, { lazyConnect: true });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  afterAll(async () => {
    await redis?.quit();
    await service?.close();
    await database?.drop();
  });

  type Gql = Awaited<ReturnType<typeof callSubgraph>>['body'];
  const call = async (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
    (await callSubgraph(service.url, query, variables, { ctx, secret: config.contextSecret })).body;
  /** A client of its own for every call unless one is named (the account budget alone applies). */
  const client = (ip = `198.51.100.${nextIp++}`): RequestContext => ({
    ...anonymousContext(null),
    clientIp: ip,
  });
  const codeOf = (body: Gql) => body.errors?.[0]?.extensions?.code ?? 'OK';
  const retryAfterOf = (body: Gql) =>
    (body.errors?.[0]?.extensions as { retryAfter?: number } | undefined)?.retryAfter;
  /** How many answers had each error code ('OK': no error). */
  function tally(bodies: Gql[]): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const body of bodies) counts[codeOf(body)] = (counts[codeOf(body)] ?? 0) + 1;
    return counts;
  }

  const login = (email: string, password: string, ctx = client(), tenantSlug?: string) =>
    call(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }',
      { input: { email, password, ...(tenantSlug ? { tenantSlug } : {}) } },
      ctx,
    );

  async function register(email: string): Promise<{ userId: string; accessToken: string }> {
    await call(
      'mutation($input: RegisterInput!) { signUp(input: $input) }',
      { input: { email, password: PASSWORD, name: 'Ada' } },
      client(),
    );
    const token = [...mail].reverse().find((m) => m.to === email)!.data.token;
    const done = await call(
      'mutation($t: String!) { completeSignUp(token: $t) { accessToken user { id } } }',
      { t: token },
      client(),
    );
    const signedUp = done.data!.completeSignUp as { accessToken: string; user: { id: string } };
    return { userId: signedUp.user.id, accessToken: signedUp.accessToken };
  }

  /** Counts every argon2 verification from here on (real and dummy ones, which unknown emails get). */
  function countVerifications(): () => number {
    const real = vi.spyOn(service.parts.passwords, 'verify');
    const dummy = vi.spyOn(service.parts.passwords, 'verifyDummy');
    return () => real.mock.calls.length + dummy.mock.calls.length;
  }

  /** Lets the window of `email`'s account budget end, as its store would when the time comes. */
  async function endWindow(email: string): Promise<void> {
    if (redis) {
      const key = `${config.REDIS_PREFIX}auth:signin:account:${email}`;
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(config.SIGNIN_WINDOW_SECONDS * 1000);
      await redis.pexpire(key, 0);
    } else {
      // The memory store reads Date.now(); nothing else is faked (timers keep running).
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + (config.SIGNIN_WINDOW_SECONDS + 1) * 1000 });
    }
  }

  async function auditActions(userId: string): Promise<string[]> {
    const rows: { action: string }[] = await service.parts.db.orm.em
      .getConnection()
      .execute('select action from auth.audit_event where actor_user_id = ? order by created_at, id', [
        userId,
      ]);
    return rows.map((r) => r.action);
  }

  it('checks at most the account budget of passwords in a parallel burst, then locks until the window ends', async () => {
    const email = `target-${store}@example.com`;
    const { userId } = await register(email);
    const limit = config.SIGNIN_ATTEMPTS_PER_ACCOUNT;
    const verifications = countVerifications();
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) => login(email, `wrong guess ${i}`)),
    );
    expect(tally(burst)).toEqual({ UNAUTHENTICATED: limit, RATE_LIMITED: BURST - limit });
    expect(verifications()).toBe(limit);
    const actions = await auditActions(userId);
    expect(actions.filter((a) => a === 'sign-in.failed')).toHaveLength(limit);
    expect(actions.filter((a) => a === 'sign-in.locked')).toHaveLength(1);

    // The right password is refused too, unchecked, until the window ends.
    const locked = await login(email, PASSWORD);
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    expect(retryAfterOf(locked)).toBeGreaterThan(0);
    expect(retryAfterOf(locked)).toBeLessThanOrEqual(config.SIGNIN_WINDOW_SECONDS);
    expect(verifications()).toBe(limit);

    await endWindow(email);
    const signedIn = await login(email, PASSWORD);
    expect(codeOf(signedIn)).toBe('OK');
    expect((signedIn.data!.login as { user: { id: string } }).user.id).toBe(userId);
  });

  it('checks at most the client budget of passwords when one client bursts across many addresses', async () => {
    const attacker = client();
    const limit = config.SIGNIN_ATTEMPTS_PER_IP;
    const verifications = countVerifications();
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) => login(`spray-${store}-${i}@example.com`, 'guess', attacker)),
    );
    expect(tally(burst)).toEqual({ UNAUTHENTICATED: limit, RATE_LIMITED: BURST - limit });
    expect(verifications()).toBe(limit);
    // A refused attempt costs its address nothing: the whole budget is left, from other clients.
    const refused = `spray-${store}-${burst.findIndex((b) => codeOf(b) === 'RATE_LIMITED')}@example.com`;
    await register(refused);
    expect(codeOf(await login(refused, PASSWORD, attacker))).toBe('RATE_LIMITED');
    const elsewhere = await Promise.all(
      Array.from({ length: config.SIGNIN_ATTEMPTS_PER_ACCOUNT }, () => login(refused, 'wrong guess')),
    );
    expect(tally(elsewhere)).toEqual({ UNAUTHENTICATED: config.SIGNIN_ATTEMPTS_PER_ACCOUNT });
  });

  it('gives the slot back when the password was right (or never checked), so parallel successes never lock an account', async () => {
    const email = `regular-${store}@example.com`;
    await register(email);
    const limit = config.SIGNIN_ATTEMPTS_PER_ACCOUNT;
    const together = await Promise.all(Array.from({ length: limit }, () => login(email, PASSWORD)));
    expect(tally(together)).toEqual({ OK: limit });
    // A wrong password or tenant after a right password is not a guess: FORBIDDEN does not count.
    for (let i = 0; i <= limit; i++) {
      expect(codeOf(await login(email, PASSWORD, client(), 'not-my-shop'))).toBe('FORBIDDEN');
    }
    // Nor does input refused before any password is checked.
    const malformed = await Promise.all(
      Array.from({ length: limit + 1 }, () => login(email, 'x'.repeat(300))),
    );
    expect(tally(malformed)).toEqual({ BAD_USER_INPUT: limit + 1 });
    // Every slot is free again: the whole budget of failures, then the lock.
    const failures = await Promise.all(Array.from({ length: limit }, () => login(email, 'wrong guess')));
    expect(tally(failures)).toEqual({ UNAUTHENTICATED: limit });
    expect(codeOf(await login(email, PASSWORD))).toBe('RATE_LIMITED');
  });

  it('never gives a slot back once its window has (nearly) ended: a refund there would land in the next one', async () => {
    const limits = service.parts.accounts.limits;
    const keys = { account: `boundary-${store}@example.com`, ip: null };
    const attempt = await limits.take('sign-in', keys);
    // The refund arrives as the window ends (performance.now() is the clock refunds are timed by).
    vi.spyOn(performance, 'now').mockReturnValue(performance.now() + config.SIGNIN_WINDOW_SECONDS * 1000);
    await attempt.refund();
    vi.restoreAllMocks();
    const limit = config.SIGNIN_ATTEMPTS_PER_ACCOUNT;
    const rest = await Promise.allSettled(Array.from({ length: limit }, () => limits.take('sign-in', keys)));
    expect(rest.filter((r) => r.status === 'fulfilled')).toHaveLength(limit - 1);
  });

  const PASSWORD_CHECKS_BEHIND_A_SESSION = [
    {
      mutation: 'changePassword',
      query:
        'mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "a brand new password") }',
    },
    {
      mutation: 'requestEmailChange',
      query: 'mutation($p: String!) { requestEmailChange(newEmail: "elsewhere@example.com", password: $p) }',
    },
    {
      mutation: 'disableTotp',
      query: 'mutation($p: String!) { disableTotp(password: $p, code: "000000") }',
    },
  ];

  it.each(PASSWORD_CHECKS_BEHIND_A_SESSION)(
    'bounds a burst of wrong passwords on $mutation by the same budget (a stolen access token guesses no faster)',
    async ({ mutation, query }) => {
      const email = `${mutation.toLowerCase()}-${store}@example.com`;
      const { accessToken } = await register(email);
      const claims = decodeJwt(accessToken) as { sub: string; sid: string };
      const signedIn = (): RequestContext => ({
        ...client(),
        actor: { kind: 'user', userId: claims.sub, role: null, platformAdmin: false, sessionId: claims.sid },
      });
      const limit = config.SIGNIN_ATTEMPTS_PER_ACCOUNT;
      const verifications = countVerifications();
      const burst = await Promise.all(
        Array.from({ length: BURST }, (_, i) => call(query, { p: `wrong guess ${i}` }, signedIn())),
      );
      expect(tally(burst)).toEqual({ BAD_USER_INPUT: limit, RATE_LIMITED: BURST - limit });
      expect(verifications()).toBe(limit);
    },
  );
});
