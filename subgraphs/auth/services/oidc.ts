import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import * as client from 'openid-client';
import { z } from 'zod';
import type { Config } from '../../../core/config.js';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withPlatform } from '../../../core/db.js';
import { badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { type User, UserSchema } from '../entities/auth.js';
import { SignInCodeSchema, UserIdentitySchema } from '../entities/oidc.js';
import type { LoginOutcome } from './accounts.js';
import type { AuditLog } from './audit.js';
import type { PasswordHasher } from './passwords.js';
import type { AccessClaims } from './tokens.js';

export type OidcProviderConfig = Config['OIDC_PROVIDERS'][number];

/** Starts a sign-in session with a refresh token, as password sign-in does (SessionService). */
/** Finishes a sign-in once the provider proved the first factor (AccountService: two-factor, session). */
export interface SignInFinisher {
  finishSignIn(ctx: RequestContext, claims: AccessClaims, user: User, tenant: null): Promise<LoginOutcome>;
}

/** What the editor needs to draw a "Sign in with …" button. */
export interface SignInProvider {
  id: string;
  name: string;
  startUrl: string;
}

/** A failed step of the browser flow: the route answers with a small HTML page, never a stack. */
export class OidcFlowError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The browser-bound state of one sign-in attempt, kept in a signed cookie between start and callback. */
interface FlowState {
  provider: string;
  state: string;
  nonce: string;
  verifier: string;
  redirect: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

export const FLOW_COOKIE = 'wh_oidc';
export const FLOW_COOKIE_PATH = '/auth/oidc/';
const FLOW_TTL_SECONDS = 600;
const SIGN_IN_CODE_TTL_SECONDS = 120;
const DEFAULT_REDIRECT = '/editor';

/**
 * Where to send the browser after sign-in: a same-origin path only. No scheme, no `//` or `\`
 * (protocol-relative or backslash tricks), no fragment (the sign-in code travels there), no controls.
 */
export function safeRedirect(raw: string | null): string {
  if (raw === null || raw === '') return DEFAULT_REDIRECT;
  if (
    raw.length > 512 ||
    !raw.startsWith('/') ||
    raw.includes('//') ||
    // Printable URL characters only: no `\`, `#`, spaces or control characters.
    !/^\/[\w\-.~!$&'()*+,;=:@%/?]*$/.test(raw)
  ) {
    throw new OidcFlowError(400, 'The redirect must be a path on this site, such as /editor.');
  }
  return raw;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Social sign-in with OpenID Connect (authorization code flow with PKCE, state and nonce) through
 * `openid-client`. Identities are linked by (provider, sub); an email links to an existing account
 * only when the provider says it is verified. The browser gets a one-time code, never a token in a URL.
 */
export class OidcService {
  private readonly discovered = new Map<string, Promise<client.Configuration>>();
  private readonly cookieKey: Buffer;

  constructor(
    private readonly db: SubgraphDb,
    private readonly config: Config,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly signIns: SignInFinisher,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.cookieKey = createHmac('sha256', config.contextSecret).update('webhaze:oidc-flow-cookie').digest();
  }

  providers(): SignInProvider[] {
    return this.config.OIDC_PROVIDERS.map((p) => ({
      id: p.id,
      name: p.name,
      startUrl: `${this.config.publicUrl}/auth/oidc/${p.id}/start`,
    }));
  }

  /** Step 1: the provider's authorization URL and the flow cookie to set. */
  async start(
    providerId: string,
    redirectParam: string | null,
  ): Promise<{ location: string; cookie: string }> {
    const provider = this.provider(providerId);
    const redirect = safeRedirect(redirectParam);
    const configuration = await this.configuration(provider);
    const flow: FlowState = {
      provider: provider.id,
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      redirect,
      exp: Math.floor(this.now().getTime() / 1000) + FLOW_TTL_SECONDS,
    };
    const location = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.callbackUrl(provider.id),
      scope: 'openid email profile',
      response_type: 'code',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    return { location: location.href, cookie: this.flowCookie(this.sealFlow(flow), FLOW_TTL_SECONDS) };
  }

  /**
   * Step 2: checks the flow cookie against `state`, exchanges the code (PKCE; the library checks the
   * ID token's signature, iss, aud, nonce), links or creates the account and returns where to go next
   * with a one-time sign-in code in the fragment.
   */
  async callback(
    ctx: RequestContext,
    providerId: string,
    query: URLSearchParams,
    cookieHeader: string | undefined,
  ): Promise<{ location: string }> {
    const provider = this.provider(providerId);
    const flow = this.openFlow(cookieHeader);
    if (!flow || flow.provider !== provider.id) {
      throw new OidcFlowError(
        400,
        'This sign-in attempt expired or was started elsewhere. Please start again.',
      );
    }
    const state = query.get('state');
    if (!state || !safeEqual(state, flow.state)) {
      throw new OidcFlowError(400, 'The sign-in response does not match this attempt. Please start again.');
    }
    const error = query.get('error');
    if (error) {
      const message =
        error === 'access_denied'
          ? `Sign-in with ${provider.name} was cancelled.`
          : `${provider.name} refused the sign-in (${error.slice(0, 64).replace(/[^\w.-]/g, '')}).`;
      throw new OidcFlowError(400, message);
    }
    const configuration = await this.configuration(provider);
    const currentUrl = new URL(this.callbackUrl(provider.id));
    currentUrl.search = query.toString();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token');
      claims = { ...idClaims };
      // Some providers keep email claims at the userinfo endpoint (OIDC Core 5.4).
      if (typeof claims.email !== 'string') {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims, email: info.email, email_verified: info.email_verified };
      }
    } catch (err) {
      if (err instanceof OidcFlowError) throw err;
      throw new OidcFlowError(400, `${provider.name} could not confirm the sign-in. Please start again.`);
    }
    const code = await this.signIn(ctx, provider, claims);
    return { location: `${this.config.publicUrl}${flow.redirect}#signInCode=${code}` };
  }

  /** Step 3 (GraphQL): trades a one-time sign-in code for tokens. Single use, short-lived. */
  async exchangeSignInCode(ctx: RequestContext, input: unknown): Promise<LoginOutcome> {
    const { code } = parseInput(z.object({ code: z.string().min(16).max(128) }), input);
    const codeHash = sha256(code);
    const user = await withPlatform(this.db, 'social sign-in code exchange', async (em) => {
      const row = await em.findOne(SignInCodeSchema, { codeHash });
      if (!row) return null;
      // Deleting is the claim: of two concurrent exchanges only one deletes the row.
      const deleted = await em.nativeDelete(SignInCodeSchema, { codeHash });
      if (deleted !== 1 || row.expiresAt.getTime() <= this.now().getTime()) return null;
      return em.findOne(UserSchema, { id: row.userId });
    });
    if (!user) throw badInput('This sign-in code is invalid, used or expired. Please sign in again.', 'code');
    // A provider proves the first factor only: two-factor accounts still answer completeMfa.
    return this.signIns.finishSignIn(ctx, { userId: user.id, tenantId: null, role: null }, user, null);
  }

  /**
   * Account linking: an identity already linked signs its user in; otherwise a provider-verified
   * email links to the account with that email or creates one. An unverified email never links or
   * creates anything (someone could claim another person's address at a lax provider).
   */
  private async signIn(
    ctx: RequestContext,
    provider: OidcProviderConfig,
    claims: Record<string, unknown>,
  ): Promise<string> {
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    if (!subject) throw new OidcFlowError(400, `${provider.name} did not identify the account.`);
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
    const emailVerified = claims.email_verified === true;
    const name =
      typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : null;
    // Hashed before the transaction: argon2 is slow and the password is never known to anyone.
    const unusablePasswordHash = await this.passwords.hash(randomBytes(32).toString('base64url'));
    const code = randomBytes(32).toString('base64url');
    const now = this.now();
    await withPlatform(this.db, 'social sign-in', async (em) => {
      const identity = await em.findOne(UserIdentitySchema, { provider: provider.id, subject });
      let user: User | null = null;
      let outcome: 'signed-in' | 'linked' | 'linked-unverified-account' | 'created' = 'signed-in';
      if (identity) {
        user = await em.findOne(UserSchema, { id: identity.userId });
      } else {
        if (!email || !emailVerified || !z.string().email().safeParse(email).success) {
          throw new OidcFlowError(
            400,
            `${provider.name} has not verified your email address, so it cannot be used to sign in to WebHaze. ` +
              'Verify it with the provider, or sign in with your email and password.',
          );
        }
        user = await em.findOne(UserSchema, { email });
        outcome = user ? 'linked' : 'created';
        if (user && !user.emailVerifiedAt) {
          // Nobody proved the password's owner receives this mail (pre-account takeover: someone may
          // have registered the victim's address first). The provider did prove it: keep the account,
          // drop its unproven password (a password reset sets a new one) and mark the email verified.
          user.passwordHash = unusablePasswordHash;
          user.emailVerifiedAt = now;
          outcome = 'linked-unverified-account';
        }
        if (!user) {
          user = em.create(UserSchema, {
            id: randomUUID(),
            email,
            name: name ?? email.split('@')[0]!,
            passwordHash: unusablePasswordHash,
            createdAt: now,
            emailVerifiedAt: now,
          });
          // No ORM relations here: flush the account before the rows that reference it.
          await em.flush();
        }
        em.create(UserIdentitySchema, {
          id: randomUUID(),
          provider: provider.id,
          subject,
          userId: user.id,
          email,
          createdAt: now,
        });
        await em.flush();
      }
      if (!user) throw new OidcFlowError(400, 'The linked account no longer exists.');
      em.create(SignInCodeSchema, {
        codeHash: sha256(code),
        userId: user.id,
        provider: provider.id,
        expiresAt: new Date(now.getTime() + SIGN_IN_CODE_TTL_SECONDS * 1000),
        createdAt: now,
      });
      this.audit.add(em, ctx, {
        action: 'sign-in.succeeded',
        tenantId: null,
        userId: user.id,
        detail: { provider: provider.id, outcome },
      });
      await em.flush();
    });
    return code;
  }

  private provider(id: string): OidcProviderConfig {
    const provider = this.config.OIDC_PROVIDERS.find((p) => p.id === id);
    if (!provider) throw new OidcFlowError(404, 'This sign-in provider is not configured.');
    return provider;
  }

  private callbackUrl(providerId: string): string {
    return `${this.config.publicUrl}/auth/oidc/${providerId}/callback`;
  }

  /** Discovery once per provider (retried on the next request if it failed). */
  private configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    let pending = this.discovered.get(provider.id);
    if (!pending) {
      const issuer = new URL(provider.issuer);
      // Plain HTTP only for a provider on this machine (development and tests).
      const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);
      pending = client.discovery(
        issuer,
        provider.clientId,
        undefined,
        client.ClientSecretPost(provider.clientSecret),
        issuer.protocol === 'http:' && loopback ? { execute: [client.allowInsecureRequests] } : {},
      );
      pending.catch(() => this.discovered.delete(provider.id));
      this.discovered.set(provider.id, pending);
    }
    return pending.catch(() => {
      throw new OidcFlowError(502, `${provider.name} is unreachable right now. Please try again later.`);
    });
  }

  private sealFlow(flow: FlowState): string {
    const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
    const sig = createHmac('sha256', this.cookieKey).update(payload).digest('base64url');
    return `${payload}.${sig}`;
  }

  private openFlow(cookieHeader: string | undefined): FlowState | null {
    const sealed = readCookie(cookieHeader, FLOW_COOKIE);
    if (!sealed) return null;
    const [payload, sig] = sealed.split('.');
    if (!payload || !sig) return null;
    const expected = createHmac('sha256', this.cookieKey).update(payload).digest('base64url');
    if (!safeEqual(sig, expected)) return null;
    let flow: FlowState;
    try {
      flow = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as FlowState;
    } catch {
      return null;
    }
    if (typeof flow.exp !== 'number' || flow.exp * 1000 < this.now().getTime()) return null;
    return flow;
  }

  /** The flow cookie: httpOnly, SameSite=Lax (the provider's redirect back is a top-level GET). */
  flowCookie(value: string, maxAgeSeconds: number): string {
    const secure = this.config.publicUrl.startsWith('https:') ? '; Secure' : '';
    return `${FLOW_COOKIE}=${value}; Path=${FLOW_COOKIE_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
