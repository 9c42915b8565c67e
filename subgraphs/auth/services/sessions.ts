import type { Config } from '../../../core/config.js';
import type { RequestContext } from '../../../core/context.js';
import {
  type EntityManager,
  platformQuery,
  type SubgraphDb,
  withPlatform,
  withTenant,
} from '../../../core/db.js';
import { AppError, notFound, unauthenticated } from '../../../core/errors.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { RefreshTokenSchema, type Session, SessionSchema } from '../entities/accounts.js';
import { MembershipSchema, TenantSchema } from '../entities/auth.js';
import { hashSecret, newSecret, uuidv7 } from './account-secrets.js';
import type { AuditLog } from './audit.js';
import type { AccessClaims, IssuedToken, TokenIssuer } from './tokens.js';

export interface SessionTokens extends IssuedToken {
  /** Opaque, single-use: trade it for the next pair with `refreshSession`. */
  refreshToken: string;
  sessionId: string;
}

export interface SessionView extends Session {
  /** Whether this is the session of the request's own access token. */
  current: boolean;
}

const SIGN_IN_AGAIN = 'This session has ended: sign in again';

/** No token is issued for a suspended tenant: the same code and reason the gateway answers with. */
export const tenantSuspended = (slug: string) =>
  new AppError('FORBIDDEN', `Tenant '${slug}' is suspended`, { reason: 'TENANT_SUSPENDED' });

/**
 * Sign-in sessions. Each sign-in starts a session: a family of refresh tokens where each token is
 * good for one refresh. Presenting a token that was already used means it was copied: the whole
 * family is revoked. Access tokens stay stateless (≤ ACCESS_TOKEN_TTL_SECONDS), so a revocation
 * takes effect at the session's next refresh.
 */
export class SessionService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly tokens: TokenIssuer,
    private readonly audit: AuditLog,
    private readonly config: Config,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Starts a session for freshly proven credentials and issues its first token pair. Every token
   * a client receives comes from here or `refresh`: FORBIDDEN (TENANT_SUSPENDED) for a suspended tenant.
   */
  async start(ctx: RequestContext, claims: AccessClaims): Promise<SessionTokens> {
    const now = this.now();
    const session: Session = {
      id: uuidv7(now),
      userId: claims.userId,
      tenantId: claims.tenantId,
      createdAt: now,
      lastUsedAt: now,
      userAgent: ctx.userAgent,
      clientIp: ctx.clientIp,
      revokedAt: null,
      revokedReason: null,
    };
    const refresh = newSecret();
    await withPlatform(this.db, 'start session', async (em) => {
      if (claims.tenantId) await assertActiveTenant(em, claims.tenantId);
      em.create(SessionSchema, session);
      // No ORM relation between the two: flush the session first so the foreign key holds.
      await em.flush();
      this.addRefreshToken(em, session.id, refresh.hash, now);
      await em.flush();
    });
    const access = await this.tokens.issue({ ...claims, sessionId: session.id });
    return { ...access, refreshToken: refresh.secret, sessionId: session.id };
  }

  /**
   * Trades a refresh token for a new pair. A used token revokes its whole session
   * (`session.reuse-detected`); unknown, expired or revoked ones are UNAUTHENTICATED.
   */
  async refresh(
    ctx: RequestContext,
    refreshToken: string,
  ): Promise<SessionTokens & { userId: string; tenantId: string | null }> {
    const now = this.now();
    const next = newSecret();
    const outcome = await withPlatform(this.db, 'refresh session', async (em) => {
      const row = await em.findOne(RefreshTokenSchema, { tokenHash: hashSecret(refreshToken) });
      if (!row) return { kind: 'invalid' as const };
      const session = await em.findOne(SessionSchema, { id: row.sessionId });
      if (!session || session.revokedAt) return { kind: 'invalid' as const };
      // Before the token is spent, and the session is kept: a reactivated tenant's sessions refresh again.
      if (session.tenantId) await assertActiveTenant(em, session.tenantId);
      // The update is the single-use check: of two concurrent refreshes, only one marks it used.
      const marked =
        row.usedAt === null
          ? await em.nativeUpdate(RefreshTokenSchema, { id: row.id, usedAt: null }, { usedAt: now })
          : 0;
      if (marked === 0) {
        await this.revokeInTx(em, session.id, 'reuse-detected', now);
        this.audit.add(em, ctx, {
          action: 'session.reuse-detected',
          tenantId: null,
          userId: session.userId,
          target: session.id,
        });
        return { kind: 'reused' as const };
      }
      if (row.expiresAt.getTime() <= now.getTime()) return { kind: 'invalid' as const };
      this.addRefreshToken(em, session.id, next.hash, now);
      // Used tokens matter for reuse detection only until they expire: then they can go.
      await em.nativeDelete(RefreshTokenSchema, {
        sessionId: session.id,
        usedAt: { $ne: null },
        expiresAt: { $lte: now },
      });
      await em.nativeUpdate(
        SessionSchema,
        { id: session.id },
        {
          lastUsedAt: now,
          userAgent: ctx.userAgent ?? session.userAgent,
          clientIp: ctx.clientIp ?? session.clientIp,
        },
      );
      await em.flush();
      return { kind: 'ok' as const, session };
    });
    if (outcome.kind !== 'ok') throw unauthenticated(SIGN_IN_AGAIN);
    const { session } = outcome;
    const claims = await this.claimsFor(session);
    if (!claims) {
      await this.revoke(ctx, session.userId, session.id, 'membership-ended');
      throw unauthenticated(SIGN_IN_AGAIN);
    }
    const access = await this.tokens.issue({ ...claims, sessionId: session.id });
    return {
      ...access,
      refreshToken: next.secret,
      sessionId: session.id,
      userId: session.userId,
      tenantId: session.tenantId,
    };
  }

  /** The signed-in user's live sessions, newest first. */
  async list(ctx: RequestContext, first: number, after: string | null): Promise<SessionView[]> {
    const userId = this.userOf(ctx);
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const rows = await withPlatform(this.db, 'sessions of the signed-in user', (em) =>
      em.find(
        SessionSchema,
        { userId, revokedAt: null, ...(afterId ? { id: { $lt: afterId } } : {}) },
        { orderBy: { id: 'desc' }, limit: first + 1 },
      ),
    );
    const currentId = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
    return rows.map((s) => ({ ...s, current: s.id === currentId }));
  }

  /** Revokes one of the signed-in user's sessions; NOT_FOUND for anyone else's. */
  async revokeOwn(ctx: RequestContext, sessionId: string): Promise<boolean> {
    const userId = this.userOf(ctx);
    if (!(await this.revoke(ctx, userId, sessionId, 'revoked'))) throw notFound('Session');
    return true;
  }

  /** Ends the session of the request's own access token (false when the token has none). */
  async logout(ctx: RequestContext): Promise<boolean> {
    const userId = this.userOf(ctx);
    const sessionId = ctx.actor.kind === 'user' ? ctx.actor.sessionId : undefined;
    if (!sessionId) return false;
    return this.revoke(ctx, userId, sessionId, 'logout');
  }

  /** Ends every session of the signed-in user; returns how many were live. */
  async logoutEverywhere(ctx: RequestContext): Promise<number> {
    const userId = this.userOf(ctx);
    return withPlatform(this.db, 'log out everywhere', async (em) => {
      const count = await this.revokeAllInTx(em, userId, 'logout-everywhere', this.now());
      this.audit.add(em, ctx, {
        action: 'session.revoked',
        tenantId: null,
        userId,
        detail: { scope: 'all', count },
      });
      await em.flush();
      return count;
    });
  }

  /**
   * Inside the caller's transaction (a member removed or demoted): ends the user's live sessions
   * bound to `tenantId` (but `keep`), so none of them refreshes again; returns how many.
   */
  revokeTenantInTx(
    em: EntityManager,
    userId: string,
    tenantId: string,
    reason: string,
    keep?: string,
  ): Promise<number> {
    return em.nativeUpdate(
      SessionSchema,
      { userId, tenantId, revokedAt: null, ...(keep ? { id: { $ne: keep } } : {}) },
      { revokedAt: this.now(), revokedReason: reason },
    );
  }

  /** Revokes every live session of a user (but `keep`) inside the caller's transaction (password change). */
  async revokeAllInTx(
    em: EntityManager,
    userId: string,
    reason: string,
    now = this.now(),
    keep?: string,
  ): Promise<number> {
    return em.nativeUpdate(
      SessionSchema,
      { userId, revokedAt: null, ...(keep ? { id: { $ne: keep } } : {}) },
      { revokedAt: now, revokedReason: reason },
    );
  }

  private async revoke(ctx: RequestContext, userId: string, sessionId: string, reason: string) {
    return withPlatform(this.db, 'revoke session', async (em) => {
      const revoked = await em.nativeUpdate(
        SessionSchema,
        { id: sessionId, userId, revokedAt: null },
        { revokedAt: this.now(), revokedReason: reason },
      );
      if (revoked === 0) return false;
      this.audit.add(em, ctx, {
        action: 'session.revoked',
        tenantId: null,
        userId,
        target: sessionId,
        detail: { reason },
      });
      await em.flush();
      return true;
    });
  }

  private revokeInTx(em: EntityManager, sessionId: string, reason: string, now: Date) {
    return em.nativeUpdate(SessionSchema, { id: sessionId }, { revokedAt: now, revokedReason: reason });
  }

  private addRefreshToken(em: EntityManager, sessionId: string, hash: string, now: Date): void {
    em.create(RefreshTokenSchema, {
      id: uuidv7(now),
      sessionId,
      tokenHash: hash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
      usedAt: null,
    });
  }

  /** The claims a refreshed token carries: re-read, so role changes apply at the next refresh. */
  private async claimsFor(session: Session): Promise<AccessClaims | null> {
    if (!session.tenantId) return { userId: session.userId, tenantId: null, role: null };
    const membership = await withTenant(this.db, { tenantId: session.tenantId }, (em) =>
      em.findOne(MembershipSchema, { userId: session.userId }),
    );
    if (!membership) return null;
    const siteIds = (membership as { siteIds?: string[] | null }).siteIds ?? null;
    return { userId: session.userId, tenantId: session.tenantId, role: membership.role, siteIds };
  }

  private userOf(ctx: RequestContext): string {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    return ctx.actor.userId;
  }
}

async function assertActiveTenant(em: EntityManager, tenantId: string): Promise<void> {
  const tenant = await em.findOne(TenantSchema, { id: tenantId }, platformQuery);
  if (tenant && tenant.status !== 'active') throw tenantSuspended(tenant.slug);
}
