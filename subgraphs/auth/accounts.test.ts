import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import type { JobPayloads } from '../../core/jobs.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { TokenIssuer } from './services/tokens.js';
import { totp } from './services/totp.js';
import { startAuthSubgraph } from './subgraph.js';

let database: TestDatabase;
let config: Config;
let service: Awaited<ReturnType<typeof startAuthSubgraph>>;
/** The injected clock: every expiry is tested by moving it, never by waiting. */
let clock = new Date('2026-11-26T10:00:00Z');
const mail: JobPayloads['email.send'][] = [];
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({
    DATABASE_URL: database.url,
    SIGNIN_ATTEMPTS_PER_ACCOUNT: '3',
    SIGNIN_ATTEMPTS_PER_IP: '1000',
    SIGNUP_ATTEMPTS_PER_EMAIL: '2',
    SIGNUP_ATTEMPTS_PER_IP: '4',
  });
  service = await startAuthSubgraph(config, {
    port: 0,
    now: () => clock,
    jobs: {
      enqueue: async (name, payload) => {
        if (name === 'email.send') mail.push(payload as JobPayloads['email.send']);
      },
    },
  });
});

afterAll(async () => {
  await service?.close();
  await database?.drop();
});

type Gql = Awaited<ReturnType<typeof callSubgraph>>['body'];

async function call(
  query: string,
  variables: Record<string, unknown> = {},
  ctx?: RequestContext,
): Promise<Gql> {
  const res = await callSubgraph(service.url, query, variables, {
    ctx: ctx ?? anonymousContext(null),
    secret: config.contextSecret,
  });
  return res.body;
}

function data<T>(body: Gql): T {
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const errorOf = (body: Gql) => body.errors?.[0] as { message: string; extensions?: Record<string, unknown> };

interface Tokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

const TOKENS = 'accessToken refreshToken expiresAt user { id email emailVerified }';

const SIGN_UP = 'mutation($input: RegisterInput!) { signUp(input: $input) }';
const COMPLETE_SIGN_UP = `mutation($t: String!) { completeSignUp(token: $t) { ${TOKENS} } }`;

/** Signs up the way a person does: signUp, then the token from the emailed link. */
async function register(email: string): Promise<Tokens> {
  expect(data(await call(SIGN_UP, { input: { email, password: PASSWORD, name: 'Ada' } }))).toEqual({
    signUp: true,
  });
  const link = lastMailTo(email);
  expect(link).toMatchObject({ tenantId: null, template: 'sign-up' });
  return data<{ completeSignUp: Tokens }>(await call(COMPLETE_SIGN_UP, { t: link!.data.token }))
    .completeSignUp;
}

async function login(email: string, password = PASSWORD) {
  return call(
    `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken mfaRequired mfaTicket user { id } } }`,
    { input: { email, password } },
  );
}

async function refresh(refreshToken: string) {
  return call(`mutation($t: String!) { refreshSession(refreshToken: $t) { ${TOKENS} } }`, {
    t: refreshToken,
  });
}

/** The context the gateway would build from this access token (sid included). */
function ctxOf(accessToken: string, extra: Partial<{ platformAdmin: boolean }> = {}): RequestContext {
  const claims = decodeJwt(accessToken) as { sub: string; sid?: string };
  const ctx = userContext(claims.sub, null, null);
  ctx.actor = {
    kind: 'user',
    userId: claims.sub,
    role: null,
    platformAdmin: extra.platformAdmin ?? false,
    ...(claims.sid ? { sessionId: claims.sid } : {}),
  };
  return ctx;
}

async function auditActions(userId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ action: string }>(
    'select action from auth.audit_event where actor_user_id = $1 order by created_at, id',
    [userId],
  );
  await client.end();
  return rows.map((r) => r.action);
}

const lastMailTo = (to: string) => [...mail].reverse().find((m) => m.to === to);

describe('sign-up through the emailed link', () => {
  it('answers alike for new and existing addresses; the owner of an existing one gets a notice, not a link', async () => {
    const existing = await register('taken-signup@example.com');
    const before = mail.length;
    const input = (email: string) => ({ input: { email, password: 'another password', name: 'Eve' } });
    const forExisting = await call(SIGN_UP, input('Taken-Signup@example.com'));
    const forNew = await call(SIGN_UP, input('fresh-signup@example.com'));
    expect(forExisting).toEqual(forNew);
    expect(forNew).toEqual({ data: { signUp: true } });
    expect(mail.slice(before)).toEqual([
      { tenantId: null, to: 'taken-signup@example.com', template: 'account-exists', data: {} },
      {
        tenantId: null,
        to: 'fresh-signup@example.com',
        template: 'sign-up',
        data: { token: expect.any(String) },
      },
    ]);
    // The existing account is untouched: its password still works, the new one does not.
    expect(errorOf(await login('taken-signup@example.com', 'another password')).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(data<{ login: Tokens }>(await login('taken-signup@example.com')).login.user.id).toBe(
      existing.user.id,
    );
    expect(await auditActions(existing.user.id)).toContain('sign-up.existing-account');
  });

  it('creates the account only when its link is followed, once, before it expires; the link verifies the address', async () => {
    const email = 'linked@example.com';
    expect(data(await call(SIGN_UP, { input: { email, password: PASSWORD, name: 'Lin' } }))).toEqual({
      signUp: true,
    });
    expect(errorOf(await login(email)).extensions?.code).toBe('UNAUTHENTICATED');
    const token = lastMailTo(email)!.data.token!;
    const done = data<{ completeSignUp: Tokens & { user: { emailVerified: boolean } } }>(
      await call(COMPLETE_SIGN_UP, { t: token }),
    ).completeSignUp;
    expect(done.user).toMatchObject({ email, emailVerified: true });
    expect(decodeJwt(done.accessToken)).toMatchObject({ sub: done.user.id, sid: expect.any(String) });
    expect(data<{ refreshSession: Tokens }>(await refresh(done.refreshToken)).refreshSession.user.id).toBe(
      done.user.id,
    );
    expect(data<{ login: Tokens }>(await login(email)).login.user.id).toBe(done.user.id);
    const again = await call(COMPLETE_SIGN_UP, { t: token });
    expect(errorOf(again).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await auditActions(done.user.id)).toContain('account.created');

    await call(SIGN_UP, { input: { email: 'late@example.com', password: PASSWORD, name: 'Late' } });
    const late = lastMailTo('late@example.com')!.data.token!;
    clock = new Date(clock.getTime() + 49 * 3_600_000);
    expect(errorOf(await call(COMPLETE_SIGN_UP, { t: late })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
    expect(errorOf(await login('late@example.com')).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the deprecated register for every address alike, creating and mailing nothing', async () => {
    await register('old-client@example.com');
    const before = mail.length;
    const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { ${TOKENS} } }`;
    const input = (email: string) => ({ input: { email, password: PASSWORD, name: 'Old' } });
    const existing = await call(REGISTER, input('old-client@example.com'));
    const fresh = await call(REGISTER, input('never-registered@example.com'));
    expect(existing).toEqual(fresh);
    expect(errorOf(fresh).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REGISTER_REPLACED' });
    expect(mail.length).toBe(before);
    expect(errorOf(await login('never-registered@example.com')).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('limits sign-up requests per address and per client IP (every request mails someone)', async () => {
    const from = (clientIp: string): RequestContext => ({ ...anonymousContext(null), clientIp });
    const ask = (email: string, clientIp: string) =>
      call(SIGN_UP, { input: { email, password: PASSWORD, name: 'Flood' } }, from(clientIp));
    // Per address: 2 per window, whatever the client.
    expect(data(await ask('victim@example.com', '198.51.100.1'))).toEqual({ signUp: true });
    expect(data(await ask('victim@example.com', '198.51.100.2'))).toEqual({ signUp: true });
    const perAddress = errorOf(await ask('victim@example.com', '198.51.100.3'));
    expect(perAddress.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    // Per client: 4 per window, whatever the address.
    for (let i = 0; i < 4; i++) {
      expect(data(await ask(`bot-${i}@example.com`, '203.0.113.7'))).toEqual({ signUp: true });
    }
    const perClient = errorOf(await ask('bot-5@example.com', '203.0.113.7'));
    expect(perClient.extensions?.code).toBe('RATE_LIMITED');
    expect(lastMailTo('bot-5@example.com')).toBeUndefined();
    expect(data(await ask('someone-else@example.com', '203.0.113.8'))).toEqual({ signUp: true });
  });
});

describe('sessions and rotating refresh tokens', () => {
  it('issues a refresh token with every sign-in and rotates it on refresh; access tokens carry the session id', async () => {
    const reg = await register('rot@example.com');
    expect(reg.refreshToken).toMatch(/^[\w-]{43}$/);
    const first = decodeJwt(reg.accessToken);
    expect(first.sid).toBeTypeOf('string');
    const next = data<{ refreshSession: Tokens }>(await refresh(reg.refreshToken)).refreshSession;
    expect(next.refreshToken).not.toBe(reg.refreshToken);
    expect(decodeJwt(next.accessToken).sid).toBe(first.sid);
    const again = data<{ refreshSession: Tokens }>(await refresh(next.refreshToken)).refreshSession;
    expect(again.user.id).toBe(reg.user.id);
  });

  it('revokes the whole family when a used refresh token comes back, and records it', async () => {
    const reg = await register('reuse@example.com');
    const rotated = data<{ refreshSession: Tokens }>(await refresh(reg.refreshToken)).refreshSession;
    const replay = await refresh(reg.refreshToken);
    expect(errorOf(replay).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(replay).message).toMatch(/sign in again/);
    // The legitimate holder's newer token is dead too: the family is gone.
    expect(errorOf(await refresh(rotated.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await auditActions(reg.user.id)).toContain('session.reuse-detected');
  });

  it('refuses unknown and expired refresh tokens', async () => {
    expect(errorOf(await refresh('x'.repeat(43))).extensions?.code).toBe('UNAUTHENTICATED');
    const reg = await register('expiry@example.com');
    const saved = clock;
    clock = new Date(clock.getTime() + (config.REFRESH_TOKEN_TTL_DAYS + 1) * 86_400_000);
    try {
      expect(errorOf(await refresh(reg.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      clock = saved;
    }
  });

  it('lists sessions with the current one flagged, revokes one, logs out and logs out everywhere', async () => {
    const reg = await register('devices@example.com');
    const laptop = data<{ login: Tokens }>(await login('devices@example.com')).login;
    const phone = data<{ login: Tokens }>(await login('devices@example.com')).login;
    const SESSIONS = '{ me { sessions(first: 10) { edges { node { id current createdAt lastUsedAt } } } } }';
    const list = data<{ me: { sessions: { edges: { node: { id: string; current: boolean } }[] } } }>(
      await call(SESSIONS, {}, ctxOf(laptop.accessToken)),
    ).me.sessions.edges.map((e) => e.node);
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current).map((s) => s.id)).toEqual([decodeJwt(laptop.accessToken).sid]);
    // Newest first.
    expect(list[0]!.id).toBe(decodeJwt(phone.accessToken).sid);

    const phoneSid = decodeJwt(phone.accessToken).sid as string;
    expect(
      data<{ revokeSession: boolean }>(
        await call(
          'mutation($id: ID!) { revokeSession(id: $id) }',
          { id: phoneSid },
          ctxOf(laptop.accessToken),
        ),
      ).revokeSession,
    ).toBe(true);
    expect(errorOf(await refresh(phone.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
    // Someone else's session is not found.
    const other = await register('other-device@example.com');
    const foreign = await call(
      'mutation($id: ID!) { revokeSession(id: $id) }',
      { id: decodeJwt(reg.accessToken).sid },
      ctxOf(other.accessToken),
    );
    expect(errorOf(foreign).extensions?.code).toBe('NOT_FOUND');

    expect(
      data<{ logout: boolean }>(await call('mutation { logout }', {}, ctxOf(laptop.accessToken))).logout,
    ).toBe(true);
    expect(errorOf(await refresh(laptop.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
    const everywhere = data<{ logoutEverywhere: number }>(
      await call('mutation { logoutEverywhere }', {}, ctxOf(reg.accessToken)),
    );
    expect(everywhere.logoutEverywhere).toBe(1);
    expect(errorOf(await refresh(reg.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await auditActions(reg.user.id)).toEqual(
      expect.arrayContaining(['session.revoked', 'sign-in.succeeded']),
    );
  });
});

describe('email verification, password reset and email change', () => {
  it('mails an account created without email proof a verification link on request; the token verifies once', async () => {
    // Accounts created by the service itself (the seed, operators) start unverified.
    await service.parts.auth.register(anonymousContext(null), {
      email: 'verify@example.com',
      password: PASSWORD,
      name: 'Vera',
    });
    const reg = data<{ login: Tokens }>(await login('verify@example.com')).login;
    const RESEND = 'mutation { resendVerificationEmail }';
    expect(
      data<{ resendVerificationEmail: boolean }>(await call(RESEND, {}, ctxOf(reg.accessToken))),
    ).toEqual({
      resendVerificationEmail: true,
    });
    const sent = lastMailTo('verify@example.com');
    expect(sent).toMatchObject({ tenantId: null, template: 'verify-email' });
    const token = sent!.data.token!;
    const ok = await call('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
    expect(data<{ verifyEmail: boolean }>(ok).verifyEmail).toBe(true);
    const me = data<{ me: { user: { emailVerified: boolean } } }>(
      await call('{ me { user { emailVerified } } }', {}, ctxOf(reg.accessToken)),
    );
    expect(me.me.user.emailVerified).toBe(true);
    expect(
      data<{ resendVerificationEmail: boolean }>(await call(RESEND, {}, ctxOf(reg.accessToken))),
    ).toEqual({
      resendVerificationEmail: false,
    });
    const used = await call('mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
    expect(errorOf(used).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('answers a reset request alike with and without an account; only an account gets a link', async () => {
    await register('has-account@example.com');
    const before = mail.length;
    const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
    const known = await call(REQUEST, { e: 'has-account@example.com' });
    const unknown = await call(REQUEST, { e: 'ghost@example.com' });
    expect(known).toEqual(unknown);
    expect(unknown).toEqual({ data: { requestPasswordReset: true } });
    expect(mail.slice(before)).toEqual([
      {
        tenantId: null,
        to: 'has-account@example.com',
        template: 'password-reset',
        data: { name: 'Ada', token: expect.any(String) },
      },
    ]);
  });

  it('resets a password with a single-use, one-hour token and ends every session', async () => {
    const reg = await register('reset@example.com');
    const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
    await call('mutation { requestPasswordReset(email: "reset@example.com") }');
    const stale = lastMailTo('reset@example.com')!;
    expect(stale.template).toBe('password-reset');
    const saved = clock;
    clock = new Date(clock.getTime() + 61 * 60_000);
    try {
      const expired = await call(RESET, { t: stale.data.token, p: 'a brand new password' });
      expect(errorOf(expired).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    } finally {
      clock = saved;
    }
    await call('mutation { requestPasswordReset(email: "reset@example.com") }');
    const fresh = lastMailTo('reset@example.com')!;
    expect(fresh.data.token).not.toBe(stale.data.token);
    const short = await call(RESET, { t: fresh.data.token, p: 'short' });
    expect(errorOf(short).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(
      data<{ resetPassword: boolean }>(await call(RESET, { t: fresh.data.token, p: 'a brand new password' })),
    ).toEqual({
      resetPassword: true,
    });
    const reused = await call(RESET, { t: fresh.data.token, p: 'another new password' });
    expect(errorOf(reused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    // Sessions from before the reset cannot refresh; the old password is gone, the new one works.
    expect(errorOf(await refresh(reg.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await login('reset@example.com')).extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = data<{ login: Tokens }>(await login('reset@example.com', 'a brand new password')).login;
    expect(signedIn.user.id).toBe(reg.user.id);
    expect(decodeJwt(signedIn.accessToken).sub).toBe(reg.user.id);
    expect(await auditActions(reg.user.id)).toEqual(
      expect.arrayContaining(['password.reset-requested', 'password.changed']),
    );
  });

  it('changes the password of a signed-in user, ending every other session', async () => {
    const reg = await register('change-pw@example.com');
    const other = data<{ login: Tokens }>(await login('change-pw@example.com')).login;
    const CHANGE =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await call(
      CHANGE,
      { c: 'not the password', n: 'a changed password' },
      ctxOf(reg.accessToken),
    );
    expect(errorOf(wrong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const ok = await call(CHANGE, { c: PASSWORD, n: 'a changed password' }, ctxOf(reg.accessToken));
    expect(data<{ changePassword: boolean }>(ok).changePassword).toBe(true);
    expect(errorOf(await refresh(other.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(data<{ refreshSession: Tokens }>(await refresh(reg.refreshToken)).refreshSession.user.id).toBe(
      reg.user.id,
    );
    expect(errorOf(await login('change-pw@example.com')).extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = data<{ login: Tokens }>(
      await login('change-pw@example.com', 'a changed password'),
    ).login;
    expect(signedIn.user.id).toBe(reg.user.id);
    expect(decodeJwt(signedIn.accessToken).sub).toBe(reg.user.id);
    expect(await auditActions(reg.user.id)).toContain('password.changed');
  });

  it('changes the email after the new address confirms it', async () => {
    const reg = await register('old-address@example.com');
    const taken = await register('taken-address@example.com');
    const REQUEST = 'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }';
    const wrong = await call(
      REQUEST,
      { e: 'new-address@example.com', p: 'not my password' },
      ctxOf(reg.accessToken),
    );
    expect(errorOf(wrong).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const anon = await call(REQUEST, { e: 'new-address@example.com', p: PASSWORD });
    expect(errorOf(anon).extensions?.code).toBe('UNAUTHENTICATED');
    const before = mail.length;
    const forTaken = await call(
      REQUEST,
      { e: 'Taken-Address@example.com', p: PASSWORD },
      ctxOf(reg.accessToken),
    );
    const forFree = await call(
      REQUEST,
      { e: 'new-address@example.com', p: PASSWORD },
      ctxOf(reg.accessToken),
    );
    // The same answer either way; only the inboxes learn which: a notice to the taken one, a link to the free one.
    expect(forTaken).toEqual(forFree);
    expect(forFree).toEqual({ data: { requestEmailChange: true } });
    expect(mail.slice(before)).toEqual([
      {
        tenantId: null,
        to: 'taken-address@example.com',
        template: 'security-alert',
        data: { message: expect.stringContaining('nothing changed') },
      },
      {
        tenantId: null,
        to: 'new-address@example.com',
        template: 'email-change',
        data: { name: 'Ada', token: expect.any(String), newEmail: 'new-address@example.com' },
      },
    ]);
    expect(JSON.stringify(mail[before])).not.toContain('old-address');
    expect(await auditActions(reg.user.id)).toContain('email.change-to-taken-address');
    expect(data<{ login: Tokens }>(await login('taken-address@example.com')).login.user.id).toBe(
      taken.user.id,
    );
    const sent = mail[before + 1]!;
    const confirm = await call('mutation($t: String!) { confirmEmailChange(token: $t) }', {
      t: sent.data.token,
    });
    expect(data<{ confirmEmailChange: boolean }>(confirm).confirmEmailChange).toBe(true);
    expect(lastMailTo('old-address@example.com')?.template).toBe('security-alert');
    expect(errorOf(await login('old-address@example.com')).extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = data<{ login: Tokens }>(await login('new-address@example.com')).login;
    expect(signedIn.user.id).toBe(reg.user.id);
    expect(await auditActions(reg.user.id)).toContain('email.changed');
  });
});

describe('TOTP two-factor sign-in', () => {
  it('enrols, asks for a code at sign-in, accepts a code once and a recovery code once, and turns off', async () => {
    const reg = await register('totp@example.com');
    const ctx = ctxOf(reg.accessToken);
    const enrol = data<{ enableTotp: { secret: string; otpauthUri: string } }>(
      await call('mutation { enableTotp { secret otpauthUri } }', {}, ctx),
    ).enableTotp;
    expect(enrol.otpauthUri).toContain(`secret=${enrol.secret}`);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const stored = await client.query<{ secret: string }>(
      'select secret from auth.totp_factor where user_id = $1',
      [reg.user.id],
    );
    await client.end();
    expect(stored.rows[0]!.secret).toMatch(/^v1:/);
    expect(stored.rows[0]!.secret).not.toContain(enrol.secret);
    const CONFIRM = 'mutation($c: String!) { confirmTotp(code: $c) { recoveryCodes } }';
    const bad = await call(CONFIRM, { c: totp(enrol.secret, new Date(clock.getTime() + 600_000)) }, ctx);
    expect(errorOf(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const codes = data<{ confirmTotp: { recoveryCodes: string[] } }>(
      await call(CONFIRM, { c: totp(enrol.secret, clock) }, ctx),
    ).confirmTotp.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    const step1 = data<{ login: { accessToken: string | null; mfaRequired: boolean; mfaTicket: string } }>(
      await login('totp@example.com'),
    ).login;
    expect(step1).toMatchObject({ accessToken: null, mfaRequired: true });
    const COMPLETE = `mutation($t: String!, $c: String!) { completeMfa(ticket: $t, code: $c) { ${TOKENS} } }`;
    const wrong = await call(COMPLETE, {
      t: step1.mfaTicket,
      c: '000000' === totp(enrol.secret, clock) ? '111111' : '000000',
    });
    expect(errorOf(wrong).extensions?.code).toBe('UNAUTHENTICATED');
    // The confirming code's step was used; the next step's code works once.
    clock = new Date(clock.getTime() + 30_000);
    const code = totp(enrol.secret, clock);
    const done = data<{ completeMfa: Tokens }>(
      await call(COMPLETE, { t: step1.mfaTicket, c: code }),
    ).completeMfa;
    expect(done.user.id).toBe(reg.user.id);
    expect(errorOf(await call(COMPLETE, { t: step1.mfaTicket, c: code })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const viaRecovery = data<{ completeMfa: Tokens }>(
      await call(COMPLETE, { t: step1.mfaTicket, c: codes[0]!.toUpperCase() }),
    ).completeMfa;
    expect(viaRecovery.user.id).toBe(reg.user.id);
    expect(decodeJwt(viaRecovery.accessToken).sub).toBe(reg.user.id);
    expect(errorOf(await call(COMPLETE, { t: step1.mfaTicket, c: codes[0] })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // The ticket lives five minutes.
    clock = new Date(clock.getTime() + 6 * 60_000);
    const late = await call(COMPLETE, { t: step1.mfaTicket, c: codes[1] });
    expect(errorOf(late).message).toMatch(/expired/);

    const DISABLE = 'mutation($p: String!, $c: String!) { disableTotp(password: $p, code: $c) }';
    const noPassword = await call(DISABLE, { p: 'nope nope nope', c: codes[1] }, ctx);
    expect(errorOf(noPassword).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(
      data<{ disableTotp: boolean }>(await call(DISABLE, { p: PASSWORD, c: codes[1] }, ctx)).disableTotp,
    ).toBe(true);
    expect(data<{ login: { mfaRequired: boolean } }>(await login('totp@example.com')).login.mfaRequired).toBe(
      false,
    );
    expect(await auditActions(reg.user.id)).toEqual(expect.arrayContaining(['mfa.enabled', 'mfa.disabled']));
  });
});

describe('brute-force limits', () => {
  it('locks an account after the failed attempts allowed, with retryAfter, recording the lock once', async () => {
    const reg = await register('locked@example.com');
    for (let i = 0; i < 3; i++) {
      expect(errorOf(await login('locked@example.com', 'wrong password')).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    for (const password of ['wrong password', PASSWORD]) {
      const refused = errorOf(await login('locked@example.com', password));
      expect(refused.extensions?.code).toBe('RATE_LIMITED');
      expect(refused.extensions?.retryAfter).toBeGreaterThan(0);
    }
    const actions = await auditActions(reg.user.id);
    expect(actions.filter((a) => a === 'sign-in.failed')).toHaveLength(3);
    expect(actions.filter((a) => a === 'sign-in.locked')).toHaveLength(1);
    // Other accounts are unaffected.
    const unlocked = await register('unlocked@example.com');
    expect(data<{ login: Tokens }>(await login('unlocked@example.com')).login.user.id).toBe(unlocked.user.id);
  });

  it('records failed sign-ins for unknown emails without a user, and keeps the shared error', async () => {
    const body = await login(`nobody-${randomUUID()}@example.com`, 'whatever pass');
    expect(errorOf(body)).toMatchObject({ message: 'Email or password is incorrect' });
  });
});

describe('signing-key rotation', () => {
  const ROTATE = 'mutation { rotateSigningKey { kid previousKid } }';

  it('is for platform admins only', async () => {
    const reg = await register('not-admin@example.com');
    expect(errorOf(await call(ROTATE, {}, ctxOf(reg.accessToken))).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await call(ROTATE)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs new tokens with the new key while tokens signed before still verify through the JWKS', async () => {
    const reg = await register('admin@example.com');
    const before = reg.accessToken;
    const rotated = data<{ rotateSigningKey: { kid: string; previousKid: string } }>(
      await call(ROTATE, {}, ctxOf(reg.accessToken, { platformAdmin: true })),
    ).rotateSigningKey;
    expect(rotated.previousKid).toBe(decodeProtectedHeader(before).kid);
    const jwks = (await (await fetch(`${service.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([rotated.kid, rotated.previousKid]));
    const keys = createLocalJWKSet(jwks);
    await expect(jwtVerify(before, keys, { issuer: config.JWT_ISSUER })).resolves.toMatchObject({
      payload: { sub: reg.user.id },
      protectedHeader: { kid: rotated.previousKid },
    });
    const after = data<{ login: Tokens }>(await login('admin@example.com')).login.accessToken;
    expect(decodeProtectedHeader(after).kid).toBe(rotated.kid);
    await expect(jwtVerify(after, keys, { issuer: config.JWT_ISSUER })).resolves.toMatchObject({
      payload: { sub: reg.user.id },
      protectedHeader: { kid: rotated.kid },
    });
  });

  it('retires a previous key once nothing it signed can still be valid', async () => {
    let now = new Date('2027-01-01T00:00:00Z');
    const issuer = new TokenIssuer(service.parts.db, config, () => now);
    await issuer.init();
    const { kid, previousKid } = await issuer.rotate();
    const kids = async () => (await issuer.jwks()).keys.map((k) => k.kid);
    expect(await kids()).toEqual(expect.arrayContaining([kid, previousKid]));
    now = new Date(now.getTime() + config.ACCESS_TOKEN_TTL_SECONDS * 1000);
    expect(await kids()).toContain(previousKid);
    now = new Date(now.getTime() + 10 * 60_000);
    expect(await kids()).toContain(kid);
    expect(await kids()).not.toContain(previousKid);
  });
});
