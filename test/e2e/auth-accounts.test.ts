import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStack, startStack } from '../../stack/start.js';
import { totp } from '../../subgraphs/auth/services/totp.js';
import {
  anonymousContext,
  createTestDatabase,
  TEST_REDIS_URL,
  type TestDatabase,
  testConfig,
} from '../support/env.js';
import {
  bearer,
  createAccount,
  eventually,
  GRAPHQL_RESPONSE_JSON,
  gql,
  mailed,
  mailedToken as mailedLink,
} from './support.js';

let database: TestDatabase;
let stack: RunningStack;
let url: string;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  database = await createTestDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    NODE_ENV: 'production',
    PUBLIC_URL: 'https://app.webhaze.test',
    SIGNIN_ATTEMPTS_PER_ACCOUNT: '3',
    SIGNIN_ATTEMPTS_PER_IP: '1000',
    SIGNUP_ATTEMPTS_PER_IP: '15',
    // This test's "load balancer": requests from loopback may name their client in X-Forwarded-For.
    TRUSTED_PROXIES: '127.0.0.1,::1',
  });
  stack = await startStack(config, { freePorts: true, seed: false });
  url = stack.gatewayUrl;
});

afterAll(async () => {
  await stack?.close();
  await database?.drop();
});

interface Tokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}
const TOKENS = 'accessToken refreshToken user { id }';

const register = (email: string): Promise<Tokens> =>
  createAccount(stack, { email, password: PASSWORD, name: 'Ada' });
const SIGN_UP = 'mutation($input: RegisterInput!) { signUp(input: $input) }';

function login(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
  return gql<{ login: Tokens & { mfaRequired: boolean; mfaTicket: string | null } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { ${TOKENS} mfaRequired mfaTicket } }`,
    { input: { email, password } },
    headers,
  );
}

function refresh(refreshToken: string) {
  return gql<{ refreshSession: Tokens }>(
    url,
    `mutation($t: String!) { refreshSession(refreshToken: $t) { ${TOKENS} } }`,
    { t: refreshToken },
  );
}

/** The token from the newest outbox message to `to` (the dev outbox: no SMTP_URL here). */
const mailedToken = (to: string, path: string) => mailedLink(stack, to, path);

describe('accounts through the gateway', () => {
  it('signs up through the emailed link only, answering alike for a taken address (whose owner is told)', async () => {
    const reg = await register('e2e-signup@example.com');
    const me = await gql<{ me: { user: { email: string; emailVerified: boolean } } }>(
      url,
      '{ me { user { email emailVerified } } }',
      {},
      bearer(reg.accessToken),
    );
    expect(me.body.data!.me.user).toEqual({ email: 'e2e-signup@example.com', emailVerified: true });
    const input = (email: string) => ({ input: { email, password: 'someone else!', name: 'Eve' } });
    const taken = await gql(url, SIGN_UP, input('e2e-signup@example.com'));
    const fresh = await gql(url, SIGN_UP, input('e2e-unclaimed@example.com'));
    expect([taken.status, taken.body]).toEqual([fresh.status, fresh.body]);
    expect(taken.body).toEqual({ data: { signUp: true } });
    // The taken address's owner gets a notice (no sign-up link); the new one gets its link.
    const notice = await mailed(
      stack,
      'e2e-signup@example.com',
      /Subject: You already have a WebHaze account/,
    );
    expect(notice[0]).toBeTruthy();
    expect(await mailedToken('e2e-unclaimed@example.com', 'editor/sign-up/complete')).toMatch(/^[\w-]{43}$/);
    const old = await gql(
      url,
      `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`,
      input('e2e-signup@example.com'),
    );
    const oldFresh = await gql(
      url,
      `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`,
      input('e2e-never@example.com'),
    );
    expect(old.body).toEqual(oldFresh.body);
    expect(old.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'REGISTER_REPLACED',
    });
    expect((await login('e2e-signup@example.com', 'someone else!')).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('verifies the email of an account created without email proof with the token mailed to the dev outbox', async () => {
    await stack.auth.parts.auth.register(anonymousContext(null), {
      email: 'e2e-verify@example.com',
      password: PASSWORD,
      name: 'Vera',
    });
    const reg = (await login('e2e-verify@example.com')).body.data!.login;
    const resent = await gql(url, 'mutation { resendVerificationEmail }', {}, bearer(reg.accessToken));
    expect(resent.body).toEqual({ data: { resendVerificationEmail: true } });
    const token = await mailedToken('e2e-verify@example.com', 'editor/verify-email');
    const verified = await gql(url, 'mutation($t: String!) { verifyEmail(token: $t) }', { t: token });
    expect(verified.body).toEqual({ data: { verifyEmail: true } });
    const me = await gql<{ me: { user: { emailVerified: boolean } } }>(
      url,
      '{ me { user { emailVerified } } }',
      {},
      bearer(reg.accessToken),
    );
    expect(me.body.data!.me.user.emailVerified).toBe(true);
  });

  it('rotates refresh tokens, detects reuse, and logs out the current session from its access token', async () => {
    const reg = await register('e2e-refresh@example.com');
    const next = await refresh(reg.refreshToken);
    expect(next.body.errors).toBeUndefined();
    const replay = await refresh(reg.refreshToken);
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await refresh(next.body.data!.refreshSession.refreshToken)).body.errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');

    const session = (await login('e2e-refresh@example.com')).body.data!.login;
    const listed = await gql<{ me: { sessions: { edges: { node: { id: string; current: boolean } }[] } } }>(
      url,
      '{ me { sessions { edges { node { id current } } } } }',
      {},
      bearer(session.accessToken),
    );
    expect(listed.body.data!.me.sessions.edges.map((e) => e.node)).toEqual([
      { id: decodeJwt(session.accessToken).sid, current: true },
    ]);
    const out = await gql(url, 'mutation { logout }', {}, bearer(session.accessToken));
    expect(out.body).toEqual({ data: { logout: true } });
    expect((await refresh(session.refreshToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 429 with Retry-After once an account has had too many failed sign-ins, even to a parallel burst', async () => {
    await register('e2e-locked@example.com');
    // SIGNIN_ATTEMPTS_PER_ACCOUNT is 3: of a burst of guesses only 3 get their password checked.
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login('e2e-locked@example.com', `wrong password ${i}`)),
    );
    const codes = burst.map((r) => r.body.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(9);
    const locked = await login('e2e-locked@example.com', PASSWORD, GRAPHQL_RESPONSE_JSON);
    expect(locked.status).toBe(429);
    expect(locked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const retryAfter = (locked.body.errors?.[0]?.extensions as { retryAfter?: number } | undefined)
      ?.retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(locked.headers.get('retry-after')).toBe(String(retryAfter));
  });

  it('resets a password with the mailed link', async () => {
    const reg = await register('e2e-reset@example.com');
    const asked = await gql(url, 'mutation { requestPasswordReset(email: "e2e-reset@example.com") }');
    expect(asked.body).toEqual({ data: { requestPasswordReset: true } });
    const token = await mailedToken('e2e-reset@example.com', 'editor/reset-password');
    const reset = await gql(
      url,
      'mutation($t: String!) { resetPassword(token: $t, newPassword: "a new password!") }',
      {
        t: token,
      },
    );
    expect(reset.body).toEqual({ data: { resetPassword: true } });
    expect((await refresh(reg.refreshToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('e2e-reset@example.com')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = (await login('e2e-reset@example.com', 'a new password!')).body.data?.login;
    expect(fresh).toMatchObject({ user: { id: reg.user.id }, accessToken: expect.any(String) });
    expect(decodeJwt(fresh!.accessToken).sub).toBe(reg.user.id);
  });

  it('signs a TOTP user in with a second step (recovery code, used once)', async () => {
    const reg = await register('e2e-totp@example.com');
    const enrol = await gql<{ enableTotp: { secret: string } }>(
      url,
      'mutation { enableTotp { secret } }',
      {},
      bearer(reg.accessToken),
    );
    const secret = enrol.body.data!.enableTotp.secret;
    const confirmed = await gql<{ confirmTotp: { recoveryCodes: string[] } }>(
      url,
      'mutation($c: String!) { confirmTotp(code: $c) { recoveryCodes } }',
      { c: totp(secret, new Date()) },
      bearer(reg.accessToken),
    );
    const [code] = confirmed.body.data!.confirmTotp.recoveryCodes;
    const step1 = (await login('e2e-totp@example.com')).body.data!.login;
    expect(step1).toMatchObject({ mfaRequired: true, accessToken: null });
    const COMPLETE = `mutation($t: String!, $c: String!) { completeMfa(ticket: $t, code: $c) { ${TOKENS} } }`;
    const done = await gql<{ completeMfa: Tokens }>(url, COMPLETE, { t: step1.mfaTicket, c: code });
    expect(done.body.data?.completeMfa.user.id).toBe(reg.user.id);
    const again = await gql(url, COMPLETE, { t: step1.mfaTicket, c: code });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('turns two-factor off with the password and a code, after which login answers with tokens again', async () => {
    const reg = await register('e2e-totp-off@example.com');
    const enrol = await gql<{ enableTotp: { secret: string } }>(
      url,
      'mutation { enableTotp { secret } }',
      {},
      bearer(reg.accessToken),
    );
    const secret = enrol.body.data!.enableTotp.secret;
    const confirmed = await gql<{ confirmTotp: { recoveryCodes: string[] } }>(
      url,
      'mutation($c: String!) { confirmTotp(code: $c) { recoveryCodes } }',
      { c: totp(secret, new Date()) },
      bearer(reg.accessToken),
    );
    const recovery = confirmed.body.data!.confirmTotp.recoveryCodes[0]!;
    const DISABLE = 'mutation($p: String!, $c: String!) { disableTotp(password: $p, code: $c) }';
    const wrong = await gql(url, DISABLE, { p: 'not the password', c: recovery }, bearer(reg.accessToken));
    expect(wrong.body.errors?.[0]).toMatchObject({
      message: 'password: the password is incorrect',
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    const badCode = await gql(url, DISABLE, { p: PASSWORD, c: 'not-a-code' }, bearer(reg.accessToken));
    expect(badCode.body.errors?.[0]).toMatchObject({
      message: 'code: this code is not valid',
      extensions: { code: 'BAD_USER_INPUT', field: 'code' },
    });
    expect((await login('e2e-totp-off@example.com')).body.data!.login.mfaRequired).toBe(true);
    const off = await gql(url, DISABLE, { p: PASSWORD, c: recovery }, bearer(reg.accessToken));
    expect(off.body.errors).toBeUndefined();
    const after = (await login('e2e-totp-off@example.com')).body.data!.login;
    expect(after).toMatchObject({ mfaRequired: false, accessToken: expect.any(String) });
  });

  it('changes the sign-in email with a link mailed to the new address, answering alike for a taken one', async () => {
    const reg = await register('e2e-old@example.com');
    await register('e2e-taken@example.com');
    const request = (newEmail: string) =>
      gql(
        url,
        'mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }',
        { e: newEmail, p: PASSWORD },
        bearer(reg.accessToken),
      );
    const taken = await request('e2e-taken@example.com');
    const requested = await request('e2e-new@example.com');
    expect([taken.status, taken.body]).toEqual([requested.status, requested.body]);
    expect(requested.body).toEqual({ data: { requestEmailChange: true } });
    // The taken address's owner is told, without a link; the free one gets the link.
    const notice = await mailed(stack, 'e2e-taken@example.com', /Subject: Security notice[\s\S]*/);
    expect(notice[0]).toContain('nothing changed');
    expect(notice[0]).not.toContain('confirm-email-change');
    const token = await mailedToken('e2e-new@example.com', 'editor/confirm-email-change');
    const confirmed = await gql(url, 'mutation($t: String!) { confirmEmailChange(token: $t) }', { t: token });
    expect(confirmed.body.errors).toBeUndefined();
    expect((await login('e2e-new@example.com')).body.data?.login.user.id).toBe(reg.user.id);
    expect((await login('e2e-old@example.com')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reused = await gql(url, 'mutation($t: String!) { confirmEmailChange(token: $t) }', { t: token });
    expect(reused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets only platform admins rotate the signing key; tokens signed before keep working', async () => {
    const reg = await register('e2e-admin@example.com');
    const ROTATE = 'mutation { rotateSigningKey { kid previousKid } }';
    const refused = await gql(url, ROTATE, {}, bearer(reg.accessToken));
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await stack.auth.parts.db.orm.em
      .getConnection()
      .execute('update auth.user_account set platform_admin = true where id = ?', [reg.user.id]);
    const admin = (await login('e2e-admin@example.com')).body.data!.login.accessToken;
    const kidOf = (token: string) => decodeProtectedHeader(token).kid;
    const oldKid = kidOf(admin);
    const rotated = await gql<{ rotateSigningKey: { kid: string; previousKid: string } }>(
      url,
      ROTATE,
      {},
      bearer(admin),
    );
    expect(rotated.body.errors, JSON.stringify(rotated.body)).toBeUndefined();
    expect(rotated.body.data!.rotateSigningKey.previousKid, JSON.stringify(rotated.body)).toBe(oldKid);
    const before = await gql<{ me: { user: { id: string } } }>(
      url,
      '{ me { user { id } } }',
      {},
      bearer(admin),
    );
    expect(before.body.data?.me?.user.id, JSON.stringify(before.body)).toBe(reg.user.id);
    const fresh = (await login('e2e-admin@example.com')).body.data!.login.accessToken;
    expect(kidOf(fresh)).toBe(rotated.body.data!.rotateSigningKey.kid);
    // The gateway refetches the JWKS for the unknown kid (at most once a second): poll, don't sleep.
    const after = await eventually(async () => {
      const res = await gql<{ me: { user: { id: string } } | null }>(
        url,
        '{ me { user { id } } }',
        {},
        bearer(fresh),
      );
      return res.status === 200 ? res.body.data?.me?.user.id : undefined;
    });
    expect(after).toBe(reg.user.id);
  });
});

describe('sign-up abuse from one client behind the load balancer', () => {
  it('refuses a burst of sign-ups from one forwarded client past its budget, alike for every address', async () => {
    const from = (ip: string) => ({ ...GRAPHQL_RESPONSE_JSON, 'x-forwarded-for': `${ip}, 127.0.0.1` });
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(
          url,
          SIGN_UP,
          { input: { email: `burst-${i}@example.com`, password: PASSWORD, name: 'Bot' } },
          from('198.51.100.30'),
        ),
      ),
    );
    const accepted = burst.filter((r) => r.body.data?.signUp === true);
    const refused = burst.filter((r) => r.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(accepted).toHaveLength(15);
    expect(refused).toHaveLength(15);
    expect(refused.every((r) => r.status === 429 && Number(r.headers.get('retry-after')) > 0)).toBe(true);
    // Another client behind the same proxy has its own budget.
    const other = await gql(
      url,
      SIGN_UP,
      { input: { email: 'burst-other@example.com', password: PASSWORD, name: 'Ok' } },
      from('198.51.100.31'),
    );
    expect(other.body).toEqual({ data: { signUp: true } });
  });
});
