import { createHmac } from 'node:crypto';
import { decodeJwt, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { Config } from '../../../core/config.js';
import { type RequestContext, ROLES } from '../../../core/context.js';
import { platformQuery, type SubgraphDb, withPlatform } from '../../../core/db.js';
import { AppError, forbidden, unauthenticated } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { starterSiteJobId } from '../../../core/onboarding-job.js';
import { type Tenant, TenantSchema, type User, UserSchema } from '../entities/auth.js';
import type { AuditLog } from './audit.js';
import { type AuthResult, type AuthService, loginInput } from './auth-service.js';
import type { Attempt, AttemptLimits } from './limits.js';
import type { MfaService } from './mfa.js';
import type { SessionService, SessionTokens } from './sessions.js';
import type { AccessClaims, TokenIssuer } from './tokens.js';

/** A completed sign-in: tokens of a new session. */
export interface SignedIn extends SessionTokens {
  user: User;
  tenant: Tenant | null;
}

/** What `login` answers: a session, or (for TOTP users) a ticket for `completeMfa`. */
export type LoginOutcome =
  | ({ mfaRequired: false; mfaTicket: null } & SignedIn)
  | { mfaRequired: true; mfaTicket: string; user: User; tenant: Tenant | null };

/** A password-proven sign-in waits this long for its second factor. */
export const MFA_TICKET_TTL_SECONDS = 300;
const MFA_AUDIENCE = 'webhaze:mfa';

const ticketClaims = z.object({
  sub: z.string().uuid(),
  tid: z.string().uuid().optional(),
  role: z.enum(ROLES).optional(),
  sites: z.array(z.string().uuid()).optional(),
});

/**
 * Sign-in as a whole: brute-force limits and audit around AuthService's credential check, the
 * optional second factor, and a session for every token issued.
 */
export class AccountService {
  private readonly ticketKey: Uint8Array;

  constructor(
    private readonly db: SubgraphDb,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly mfa: MfaService,
    private readonly limits: AttemptLimits,
    private readonly audit: AuditLog,
    private readonly tokens: TokenIssuer,
    config: Config,
    private readonly now: () => Date = () => new Date(),
    /** Where a new workspace's starter-site build is enqueued (the cms runs it). */
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
  ) {
    this.ticketKey = createHmac('sha256', config.contextSecret).update('webhaze:mfa-ticket').digest();
  }

  /**
   * Creates a workspace for the signed-in user and asks the cms for its starter site (ADR 0060), or,
   * with `starterSite: false`, tells it the workspace is set up by other means.
   * The build is enqueued after the tenant is committed; if the queue refuses it, the workspace
   * still exists and the editor offers to build the site (`buildStarterSite`).
   */
  async createTenant(ctx: RequestContext, input: unknown): Promise<SignedIn> {
    const { starterSite } = parseInput(z.object({ starterSite: z.boolean().nullish() }), input);
    const created = await this.auth.createTenant(ctx, input);
    const signedIn = await this.startSession(ctx, created);
    const tenant = created.tenant!;
    try {
      await this.jobs.enqueue(
        'onboarding.starter-site',
        {
          tenantId: tenant.id,
          tenantSlug: tenant.slug,
          businessName: tenant.name,
          build: starterSite !== false,
        },
        { jobId: starterSiteJobId(tenant.id) },
      );
    } catch (err) {
      logger().warn({ err, tenantId: tenant.id }, 'onboarding: could not enqueue the starter site');
    }
    return signedIn;
  }

  async login(ctx: RequestContext, input: unknown): Promise<LoginOutcome> {
    // Bad input is refused before it takes a slot: only a checked password spends one.
    const data = parseInput(loginInput, input);
    // The slot is taken before the password is checked, so parallel guesses cannot outrun the count.
    const attempt = await this.limits.take('sign-in', { account: data.email, ip: ctx.clientIp });
    let result: AuthResult;
    try {
      result = await this.auth.login(ctx, data);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
        await this.failed(ctx, attempt, await this.userIdByEmail(data.email));
      } else {
        // Not a wrong password (a right one for a tenant it cannot enter, or our failure): no guess.
        await attempt.refund();
      }
      throw err;
    }
    await attempt.succeeded();
    // AuthService decided the claims; the session re-issues them with its `sid`.
    const outcome = await this.finishSignIn(ctx, claimsOf(result.accessToken), result.user, result.tenant);
    if (!outcome.mfaRequired) {
      await this.audit.record(ctx, { action: 'sign-in.succeeded', tenantId: null, userId: result.user.id });
    }
    return outcome;
  }

  /**
   * The last step of every first-factor sign-in (password or a social provider): an account with
   * two-factor on gets a ticket for `completeMfa`, never tokens; everyone else gets a session.
   */
  async finishSignIn(
    ctx: RequestContext,
    claims: AccessClaims,
    user: User,
    tenant: Tenant | null,
  ): Promise<LoginOutcome> {
    if (await this.mfa.isEnabled(user.id)) {
      return { mfaRequired: true, mfaTicket: await this.ticket(claims), user, tenant };
    }
    const session = await this.sessions.start(ctx, claims);
    return { mfaRequired: false, mfaTicket: null, ...session, user, tenant };
  }

  /** Second step of a TOTP user's sign-in: the ticket from `login` plus a code or a recovery code. */
  async completeMfa(ctx: RequestContext, input: unknown): Promise<SignedIn> {
    const data = parseInput(
      z.object({ ticket: z.string().max(2048), code: z.string().min(1).max(32) }),
      input,
    );
    const claims = await this.verifyTicket(data.ticket);
    const attempt = await this.limits.take('sign-in', { account: `mfa:${claims.userId}`, ip: ctx.clientIp });
    const method = await this.mfa.verify(claims.userId, data.code);
    if (!method) {
      await this.failed(ctx, attempt, claims.userId, { step: 'mfa' });
      throw unauthenticated('The code is not valid');
    }
    await attempt.succeeded();
    const { user, tenant } = await withPlatform(this.db, 'complete MFA sign-in', async (em) => ({
      user: await em.findOne(UserSchema, { id: claims.userId }),
      tenant: claims.tenantId ? await em.findOne(TenantSchema, { id: claims.tenantId }, platformQuery) : null,
    }));
    if (!user || (claims.tenantId && !tenant)) throw unauthenticated('Sign in again');
    const session = await this.sessions.start(ctx, claims);
    await this.audit.record(ctx, {
      action: 'sign-in.succeeded',
      tenantId: null,
      userId: user.id,
      detail: { mfa: method },
    });
    return { ...session, user, tenant };
  }

  /** Rotates a session's refresh token (see SessionService.refresh) and loads who it is for. */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<SignedIn> {
    const session = await this.sessions.refresh(ctx, refreshToken);
    const { user, tenant } = await withPlatform(this.db, 'refresh: account', async (em) => ({
      user: await em.findOne(UserSchema, { id: session.userId }),
      tenant: session.tenantId
        ? await em.findOne(TenantSchema, { id: session.tenantId }, platformQuery)
        : null,
    }));
    if (!user) throw unauthenticated('This session has ended: sign in again');
    return { ...session, user, tenant };
  }

  /** Platform admins only: sign with a new key from now on (the previous one keeps verifying). */
  async rotateSigningKey(ctx: RequestContext): Promise<{ kid: string; previousKid: string | null }> {
    if (ctx.actor.kind !== 'user' || !ctx.actor.platformAdmin) {
      throw forbidden('Only platform administrators may rotate signing keys');
    }
    const rotated = await this.tokens.rotate();
    await this.audit.record(ctx, {
      action: 'signing-key.rotated',
      tenantId: null,
      target: rotated.kid,
      detail: { previousKid: rotated.previousKid },
    });
    return rotated;
  }

  /** Keeps the failure counted; the attempt that spent the budget records the lock once (no audit flood). */
  private async failed(
    ctx: RequestContext,
    attempt: Attempt,
    userId: string | null,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(ctx, { action: 'sign-in.failed', tenantId: null, userId, detail });
    if (attempt.tookLastSlot) {
      await this.audit.record(ctx, { action: 'sign-in.locked', tenantId: null, userId, detail });
    }
  }

  private async startSession(ctx: RequestContext, result: AuthResult): Promise<SignedIn> {
    // AuthService decided the claims; the session re-issues them with its `sid`.
    const session = await this.sessions.start(ctx, claimsOf(result.accessToken));
    return { ...session, user: result.user, tenant: result.tenant };
  }

  private async userIdByEmail(email: string): Promise<string | null> {
    const user = await withPlatform(this.db, 'failed sign-in: account', (em) =>
      em.findOne(UserSchema, { email }, { fields: ['id'] }),
    );
    return user?.id ?? null;
  }

  private ticket(claims: AccessClaims): Promise<string> {
    const iat = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({
      ...(claims.tenantId ? { tid: claims.tenantId, role: claims.role } : {}),
      ...(claims.tenantId && claims.siteIds ? { sites: claims.siteIds } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setAudience(MFA_AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + MFA_TICKET_TTL_SECONDS)
      .sign(this.ticketKey);
  }

  private async verifyTicket(ticket: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(ticket, this.ticketKey, {
        audience: MFA_AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.now(),
      });
      const claims = ticketClaims.parse(payload);
      return {
        userId: claims.sub,
        tenantId: claims.tid ?? null,
        role: claims.tid ? (claims.role ?? null) : null,
        ...(claims.sites ? { siteIds: claims.sites } : {}),
      };
    } catch (err) {
      if (err instanceof joseErrors.JOSEError || err instanceof z.ZodError) {
        throw unauthenticated('This sign-in step has expired: sign in again');
      }
      throw err;
    }
  }
}

/** The claims of an access token AuthService just signed. */
function claimsOf(accessToken: string): AccessClaims {
  const claims = ticketClaims.parse(decodeJwt(accessToken));
  return {
    userId: claims.sub,
    tenantId: claims.tid ?? null,
    role: claims.tid ? (claims.role ?? null) : null,
    ...(claims.sites ? { siteIds: claims.sites } : {}),
  };
}
