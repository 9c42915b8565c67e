import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import Provider from 'oidc-provider';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStack, startStack } from '../../stack/start.js';
import { totp } from '../../subgraphs/auth/services/totp.js';
import {
  anonymousContext,
  createTestDatabase,
  freePorts,
  TEST_REDIS_URL,
  type TestDatabase,
  testConfig,
} from '../support/env.js';
import { bearer, createAccount, gql } from './support.js';

/**
 * Social sign-in end to end: a real OpenID Connect provider (`oidc-provider`) on loopback, the whole
 * WebHaze stack behind its gateway, and a tiny cookie-keeping "browser" driving the redirects.
 * Login and consent are completed programmatically through the provider's interaction API.
 */

interface TestAccount {
  email: string;
  email_verified: boolean;
  name: string;
}

const accounts = new Map<string, TestAccount>([
  ['sub-alice', { email: 'alice@example.com', email_verified: true, name: 'Alice Social' }],
  ['sub-bob', { email: 'bob@example.com', email_verified: true, name: 'Bob Social' }],
  ['sub-carol', { email: 'carol@example.com', email_verified: true, name: 'Carol Social' }],
  ['sub-dave-impostor', { email: 'dave@example.com', email_verified: false, name: 'Not Dave' }],
  ['sub-erin', { email: 'erin@example.com', email_verified: false, name: 'Erin' }],
  ['sub-frank', { email: 'frank@example.com', email_verified: true, name: 'Frank Social' }],
]);

/** What the provider's interaction step does next: log in as this account, or deny. */
let interactionPlan: { login: string } | 'deny' = { login: 'sub-alice' };

const CLIENT = { id: 'webhaze-test', secret: 'a-client-secret-for-the-test-provider' };

let database: TestDatabase;
let stack: RunningStack;
let gateway: string;
let idp: Server;
let db: pg.Client;

beforeAll(async () => {
  const [gatewayPort, auth, cms, commerce, analytics, assets, metrics, idpPort] = await freePorts(8);
  gateway = `http://127.0.0.1:${gatewayPort}`;
  const issuer = `http://127.0.0.1:${idpPort}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [`${gateway}/auth/oidc/test/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['oidc-provider-test-cookie-key'] },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
  });
  const callback = provider.callback();
  const interaction = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (interactionPlan === 'deny') {
      await provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'End-User aborted interaction',
      });
      return;
    }
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: interactionPlan.login } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new provider.Grant({
      accountId: details.session!.accountId,
      clientId: details.params.client_id as string,
    });
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  };
  idp = createHttpServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    callback(req, res);
  });
  await new Promise<void>((resolve) => idp.listen(idpPort, '127.0.0.1', resolve));

  database = await createTestDatabase();
  const config = testConfig({
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    PUBLIC_URL: gateway,
    GATEWAY_PORT: String(gatewayPort),
    AUTH_PORT: String(auth),
    CMS_PORT: String(cms),
    COMMERCE_PORT: String(commerce),
    ANALYTICS_PORT: String(analytics),
    ASSETS_PORT: String(assets),
    WORKER_METRICS_PORT: String(metrics),
    OIDC_PROVIDERS: JSON.stringify([
      { id: 'test', name: 'Test IdP', issuer, clientId: CLIENT.id, clientSecret: CLIENT.secret },
    ]),
  });
  // PUBLIC_URL must be the gateway's own URL (the registered redirect URI), so every port is pre-picked.
  stack = await startStack(config, { freePorts: false, seed: false });
  expect(stack.gatewayUrl).toBe(gateway);
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await stack?.close();
  await new Promise((resolve) => (idp ? idp.close(resolve) : resolve(undefined)));
  await database?.drop();
});

/** A cookie jar per origin and manual redirects: just enough browser for the authorization code flow. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async get(url: string): Promise<Response> {
    const { origin } = new URL(url);
    const cookies = [...(this.jar.get(origin) ?? new Map()).entries()]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    const res = await fetch(url, { redirect: 'manual', headers: cookies ? { cookie: cookies } : {} });
    const jar = this.jar.get(origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(origin, jar);
    return res;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const jar = this.jar.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.jar.set(origin, jar);
  }

  /** Follows redirects from `url` until `stop(url)` holds or a non-redirect answer arrives. */
  async follow(
    url: string,
    stop: (url: string) => boolean = () => false,
  ): Promise<{ url: string; res?: Response }> {
    let current = url;
    for (let hop = 0; hop < 20; hop++) {
      if (stop(current)) return { url: current };
      const res = await this.get(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url: current, res };
      await res.body?.cancel();
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects');
  }
}

const isCallback = (url: string) => url.startsWith(`${gateway}/auth/oidc/test/callback`);
const isBackHome = (url: string) => url.startsWith(`${gateway}/editor`);

/** Runs the whole flow as `sub` and returns where the browser lands (or the error page). */
async function signInAs(sub: string, redirect = '/editor/welcome') {
  interactionPlan = { login: sub };
  const browser = new Browser();
  const start = `${gateway}/auth/oidc/test/start?redirect=${encodeURIComponent(redirect)}`;
  return browser.follow(start, isBackHome);
}

function codeFrom(url: string): string {
  const fragment = new URL(url).hash.slice(1);
  const code = new URLSearchParams(fragment).get('signInCode');
  if (!code) throw new Error(`no sign-in code in ${url}`);
  return code;
}

async function exchange(code: string) {
  return gql<{
    exchangeSignInCode: {
      accessToken: string;
      refreshToken: string | null;
      user: { id: string; email: string };
    };
  }>(
    gateway,
    'mutation($code: String!) { exchangeSignInCode(code: $code) { accessToken refreshToken user { id email } } }',
    { code },
  );
}

async function me(token: string): Promise<string | undefined> {
  const res = await gql<{ me: { user: { email: string } } | null }>(
    gateway,
    '{ me { user { email } } }',
    {},
    bearer(token),
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data?.me?.user.email;
}

/** Signs up through the emailed link: the account's email is verified by it. */
async function register(email: string, password = 'correct horse battery') {
  return (await createAccount(stack, { email, password, name: email })).user.id;
}

/** An account whose email was never verified (created by the service, as operators and older sign-ups did). */
async function unverifiedAccount(email: string, password = 'correct horse battery') {
  return (await stack.auth.parts.auth.register(anonymousContext(null), { email, password, name: email })).user
    .id;
}

async function login(email: string, password = 'correct horse battery') {
  return gql(gateway, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password },
  });
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${sql}`, params);
  return Number(rows[0]!.n);
}

describe('social sign-in (OpenID Connect, code flow + PKCE) through the gateway', () => {
  it('lists the configured providers for the sign-in buttons', async () => {
    const res = await gql<{ signInProviders: unknown[] }>(
      gateway,
      '{ signInProviders { id name startUrl } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.signInProviders).toEqual([
      { id: 'test', name: 'Test IdP', startUrl: `${gateway}/auth/oidc/test/start` },
    ]);
  });

  it('starts with a PKCE authorization request and a signed, httpOnly, SameSite=Lax flow cookie', async () => {
    const res = await fetch(`${gateway}/auth/oidc/test/start?redirect=/editor`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('redirect_uri')).toBe(`${gateway}/auth/oidc/test/callback`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    // The S256 challenge (a SHA-256 digest), and 32 random bytes each for state and nonce, base64url.
    const [challenge, state, nonce] = ['code_challenge', 'state', 'nonce'].map((name) =>
      location.searchParams.get(name),
    );
    for (const value of [challenge, state, nonce]) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([challenge, state, nonce]).size).toBe(3);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('wh_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=600/);
  });

  it('creates a new verified account, hands over a one-time code, and the token works on me', async () => {
    const landed = await signInAs('sub-alice');
    expect(landed.url.startsWith(`${gateway}/editor/welcome#signInCode=`)).toBe(true);
    const code = codeFrom(landed.url);
    const exchanged = await exchange(code);
    expect(exchanged.body.errors).toBeUndefined();
    const { accessToken, user } = exchanged.body.data!.exchangeSignInCode;
    expect(user.email).toBe('alice@example.com');
    expect(await me(accessToken)).toBe('alice@example.com');
    // A sign-in session like password sign-in's: the refresh token is there too.
    expect(exchanged.body.data!.exchangeSignInCode.refreshToken).toEqual(expect.any(String));

    // Single use.
    const again = await exchange(code);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const { rows } = await db.query(
      'select u.name, u.email_verified_at is not null as verified from auth.user_account u where u.email = $1',
      ['alice@example.com'],
    );
    expect(rows).toEqual([{ name: 'Alice Social', verified: true }]);
    expect(
      await count('auth.user_identity where provider = $1 and subject = $2 and user_id = $3', [
        'test',
        'sub-alice',
        user.id,
      ]),
    ).toBe(1);
    const audit = await db.query<{ detail: Record<string, unknown> }>(
      `select detail from auth.audit_event where action = 'sign-in.succeeded' and actor_user_id = $1`,
      [user.id],
    );
    expect(audit.rows).toEqual([{ detail: { provider: 'test', outcome: 'created' } }]);
    // The password of a social-only account is unusable.
    expect((await login('alice@example.com', '')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Signing in again with the same identity reaches the same account.
    const second = await exchange(codeFrom((await signInAs('sub-alice')).url));
    expect(second.body.data!.exchangeSignInCode.user.id).toBe(user.id);
    expect(await count('auth.user_account where email = $1', ['alice@example.com'])).toBe(1);
  });

  it('links a provider-verified email to the existing verified account, which keeps its password', async () => {
    const bobId = await register('bob@example.com');
    await db.query('update auth.user_account set email_verified_at = now() where id = $1', [bobId]);
    const exchanged = await exchange(codeFrom((await signInAs('sub-bob')).url));
    expect(exchanged.body.data!.exchangeSignInCode.user.id).toBe(bobId);
    expect(await me(exchanged.body.data!.exchangeSignInCode.accessToken)).toBe('bob@example.com');
    expect(await count('auth.user_identity where user_id = $1', [bobId])).toBe(1);
    expect((await login('bob@example.com')).body.errors).toBeUndefined();
  });

  it('still asks a two-factor account for its second factor after a social sign-in', async () => {
    const frankId = await register('frank@example.com');
    await db.query('update auth.user_account set email_verified_at = now() where id = $1', [frankId]);
    const signedIn = await gql<{ login: { accessToken: string } }>(
      gateway,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'frank@example.com', password: 'correct horse battery' } },
    );
    const token = signedIn.body.data!.login.accessToken;
    const enrolment = await gql<{ enableTotp: { secret: string } }>(
      gateway,
      'mutation { enableTotp { secret } }',
      {},
      bearer(token),
    );
    const activation = await gql<{ confirmTotp: { recoveryCodes: string[] } }>(
      gateway,
      'mutation($code: String!) { confirmTotp(code: $code) { recoveryCodes } }',
      { code: totp(enrolment.body.data!.enableTotp.secret, new Date()) },
      bearer(token),
    );
    const recoveryCode = activation.body.data!.confirmTotp.recoveryCodes[0]!;

    const exchanged = await gql<{
      exchangeSignInCode: { accessToken: string | null; mfaRequired: boolean; mfaTicket: string | null };
    }>(
      gateway,
      'mutation($code: String!) { exchangeSignInCode(code: $code) { accessToken mfaRequired mfaTicket } }',
      { code: codeFrom((await signInAs('sub-frank')).url) },
    );
    expect(exchanged.body.errors).toBeUndefined();
    const outcome = exchanged.body.data!.exchangeSignInCode;
    expect(outcome).toMatchObject({ accessToken: null, mfaRequired: true, mfaTicket: expect.any(String) });
    const completed = await gql<{ completeMfa: { accessToken: string } }>(
      gateway,
      'mutation($ticket: String!, $code: String!) { completeMfa(ticket: $ticket, code: $code) { accessToken } }',
      { ticket: outcome.mfaTicket, code: recoveryCode },
    );
    expect(await me(completed.body.data!.completeMfa.accessToken)).toBe('frank@example.com');
  });

  it('links to an account whose email was never verified but drops its unproven password', async () => {
    const carolId = await unverifiedAccount('carol@example.com');
    const exchanged = await exchange(codeFrom((await signInAs('sub-carol')).url));
    expect(exchanged.body.data!.exchangeSignInCode.user.id).toBe(carolId);
    expect((await login('carol@example.com')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never links or creates an account on an unverified email', async () => {
    const daveId = await register('dave@example.com');
    const refused = await signInAs('sub-dave-impostor');
    expect(refused.res?.status).toBe(400);
    expect(await refused.res!.text()).toContain('has not verified your email address');
    expect(await count('auth.user_identity where user_id = $1', [daveId])).toBe(0);
    expect((await login('dave@example.com')).body.errors).toBeUndefined();

    const stranger = await signInAs('sub-erin');
    expect(stranger.res?.status).toBe(400);
    expect(await count('auth.user_account where email = $1', ['erin@example.com'])).toBe(0);
    expect(await count('auth.user_identity where subject = $1', ['sub-erin'])).toBe(0);
  });

  it('refuses a callback whose state was tampered with, or that comes without the flow cookie', async () => {
    interactionPlan = { login: 'sub-alice' };
    const browser = new Browser();
    const atCallback = await browser.follow(`${gateway}/auth/oidc/test/start?redirect=/editor`, isCallback);
    const tampered = new URL(atCallback.url);
    tampered.searchParams.set('state', 'attacker-chosen-state');
    const res = await browser.get(tampered.href);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('does not match this attempt');
    expect(res.headers.get('location')).toBeNull();

    // The genuine callback URL in another browser (no flow cookie): refused too.
    const other = await new Browser().get(atCallback.url);
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('expired or was started elsewhere');

    // A forged flow cookie (signature does not match) is ignored.
    const forger = new Browser();
    const origin = new URL(gateway).origin;
    forger.setCookie(origin, 'wh_oidc', `${Buffer.from('{}').toString('base64url')}.bad`);
    expect((await forger.get(atCallback.url)).status).toBe(400);
  });

  it('shows a clear error when the user cancels at the provider, and creates nothing', async () => {
    const before = await count('auth.user_account');
    interactionPlan = 'deny';
    const browser = new Browser();
    const landed = await browser.follow(`${gateway}/auth/oidc/test/start?redirect=/editor`, isBackHome);
    expect(landed.res?.status).toBe(400);
    expect(await landed.res!.text()).toContain('Sign-in with Test IdP was cancelled.');
    expect(await count('auth.user_account')).toBe(before);
  });

  it('refuses unknown providers and redirects off the site', async () => {
    const unknown = await fetch(`${gateway}/auth/oidc/nope/start`, { redirect: 'manual' });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('not configured');
    for (const redirect of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'editor']) {
      const res = await fetch(`${gateway}/auth/oidc/test/start?redirect=${encodeURIComponent(redirect)}`, {
        redirect: 'manual',
      });
      expect(res.status, redirect).toBe(400);
    }
  });
});
