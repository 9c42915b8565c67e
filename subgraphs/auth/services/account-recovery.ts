import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withPlatform } from '../../../core/db.js';
import { badInput, conflict, unauthenticated } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import type { EmailTemplate } from '../../../core/mail-job.js';
import { type AccountToken, type AccountTokenPurpose, AccountTokenSchema } from '../entities/accounts.js';
import { type User, UserSchema } from '../entities/auth.js';
import { hashSecret, newSecret } from './account-secrets.js';
import type { AuditLog } from './audit.js';
import type { AttemptLimits } from './limits.js';
import type { PasswordHasher } from './passwords.js';
import type { SessionService } from './sessions.js';

const HOUR_MS = 3_600_000;
/** How long each kind of emailed token stays usable. */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  'verify-email': 48 * HOUR_MS,
  'password-reset': HOUR_MS,
  'email-change': 24 * HOUR_MS,
};

const email = z.string().trim().toLowerCase().email('Enter a valid email address').max(254);
const newPassword = z
  .string()
  .min(10, 'Password must be at least 10 characters')
  .max(256, 'Password must be at most 256 characters');
const token = z.string().min(20, 'This link is not valid').max(200, 'This link is not valid');

const EXPIRED_LINK = 'token: this link has expired or was already used; request a new one';

/** The notice the owner of an address gets when another account asks to move to it. */
const EMAIL_CHANGE_TO_TAKEN_ADDRESS =
  'Someone signed in to another WebHaze account asked to make this address its sign-in address. This address already belongs to your account, so nothing changed and you do not need to do anything.';

export type Mailer = Pick<JobQueue, 'enqueue'>;

/**
 * Email verification, password reset and email change: each mails a single-use, expiring token
 * (stored only as its hash) through the `email.send` job.
 */
export class AccountRecoveryService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
    private readonly limits: AttemptLimits,
    private readonly mail: Mailer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Mails a verification link for the user's current address (after registering). */
  async sendVerification(_ctx: RequestContext, user: User): Promise<void> {
    const secret = await withPlatform(this.db, 'email verification token', async (em) =>
      this.createToken(em, user.id, 'verify-email', user.email),
    );
    await this.send(user.email, 'verify-email', { name: user.name, token: secret });
  }

  /** Mails a fresh verification link to the signed-in user's address (false when already verified). */
  async resendVerification(ctx: RequestContext): Promise<boolean> {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    const userId = ctx.actor.userId;
    const user = await withPlatform(this.db, 'resend verification: user', (em) =>
      em.findOne(UserSchema, { id: userId }),
    );
    if (!user) throw unauthenticated();
    if (user.emailVerifiedAt) return false;
    await this.limits.take('password-reset', { account: user.email, ip: ctx.clientIp });
    await this.sendVerification(ctx, user);
    return true;
  }

  async verifyEmail(ctx: RequestContext, input: unknown): Promise<boolean> {
    const data = parseInput(z.object({ token }), input);
    await withPlatform(this.db, 'verify email', async (em) => {
      const row = await this.consumeToken(em, 'verify-email', data.token);
      const user = await em.findOne(UserSchema, { id: row.userId });
      // A link for an address the account no longer uses proves nothing about the current one.
      if (!user || user.email !== row.newEmail) throw badInput(EXPIRED_LINK, 'token');
      user.emailVerifiedAt ??= this.now();
      await em.flush();
    });
    void ctx;
    return true;
  }

  /**
   * Mails a reset link when the address has an account. Always true, so the answer never tells
   * whether an account exists; limited per address and per IP like sign-in.
   */
  async requestPasswordReset(ctx: RequestContext, input: unknown): Promise<boolean> {
    const data = parseInput(z.object({ email }), input);
    await this.limits.take('password-reset', { account: data.email, ip: ctx.clientIp });
    const issued = await withPlatform(this.db, 'password reset request', async (em) => {
      const user = await em.findOne(UserSchema, { email: data.email });
      if (!user) return null;
      const secret = this.createToken(em, user.id, 'password-reset', user.email);
      this.audit.add(em, ctx, { action: 'password.reset-requested', tenantId: null, userId: user.id });
      await em.flush();
      return { user, secret };
    });
    if (issued) {
      await this.send(issued.user.email, 'password-reset', { name: issued.user.name, token: issued.secret });
    }
    return true;
  }

  /** Sets a new password with a reset token; every session of the account ends. */
  async resetPassword(ctx: RequestContext, input: unknown): Promise<boolean> {
    const data = parseInput(z.object({ token, newPassword }), input);
    const passwordHash = await this.passwords.hash(data.newPassword);
    await withPlatform(this.db, 'reset password', async (em) => {
      const row = await this.consumeToken(em, 'password-reset', data.token);
      const user = await em.findOne(UserSchema, { id: row.userId });
      if (!user) throw badInput(EXPIRED_LINK, 'token');
      user.passwordHash = passwordHash;
      // The link arrived at this address: that proves the inbox.
      if (user.email === row.newEmail) user.emailVerifiedAt ??= this.now();
      // Any other outstanding reset link dies with this one.
      await em.nativeUpdate(
        AccountTokenSchema,
        { userId: user.id, purpose: 'password-reset', usedAt: null },
        { usedAt: this.now() },
      );
      const revoked = await this.sessions.revokeAllInTx(em, user.id, 'password-changed');
      this.audit.add(em, ctx, {
        action: 'password.changed',
        tenantId: null,
        userId: user.id,
        detail: { via: 'reset', sessionsRevoked: revoked },
      });
      await em.flush();
    });
    return true;
  }

  /**
   * Changes the signed-in user's password (the current one proves it is them); every other
   * session ends, the current one stays.
   */
  async changePassword(ctx: RequestContext, input: unknown): Promise<boolean> {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    const { userId, sessionId } = ctx.actor;
    const data = parseInput(z.object({ currentPassword: z.string().max(256), newPassword }), input);
    const user = await withPlatform(this.db, 'change password: user', (em) =>
      em.findOne(UserSchema, { id: userId }),
    );
    if (!user) throw unauthenticated();
    // Like sign-in: the slot is taken before the check, and only a wrong password keeps it.
    const attempt = await this.limits.take('sign-in', { account: user.email, ip: ctx.clientIp });
    if (!(await this.passwords.verify(user.passwordHash, data.currentPassword))) {
      throw badInput('currentPassword: the password is incorrect', 'currentPassword');
    }
    await attempt.refund();
    const passwordHash = await this.passwords.hash(data.newPassword);
    await withPlatform(this.db, 'change password', async (em) => {
      await em.nativeUpdate(UserSchema, { id: userId }, { passwordHash });
      const revoked = await this.sessions.revokeAllInTx(
        em,
        userId,
        'password-changed',
        this.now(),
        sessionId,
      );
      this.audit.add(em, ctx, {
        action: 'password.changed',
        tenantId: null,
        userId,
        detail: { via: 'change', sessionsRevoked: revoked },
      });
      await em.flush();
    });
    return true;
  }

  /**
   * Mails a confirmation link to the new address; the change happens when it is followed. Answers
   * the same when the address already has an account (so it cannot be used to find out which
   * addresses do): that account's owner gets a notice instead of a link.
   */
  async requestEmailChange(ctx: RequestContext, input: unknown): Promise<boolean> {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    const userId = ctx.actor.userId;
    const data = parseInput(z.object({ newEmail: email, password: z.string().max(256) }), input);
    const user = await withPlatform(this.db, 'email change: user', (em) =>
      em.findOne(UserSchema, { id: userId }),
    );
    if (!user) throw unauthenticated();
    // A stolen access token must not be a way to guess the password: the sign-in budget applies.
    const attempt = await this.limits.take('sign-in', { account: user.email, ip: ctx.clientIp });
    if (!(await this.passwords.verify(user.passwordHash, data.password))) {
      throw badInput('password: the password is incorrect', 'password');
    }
    await attempt.refund();
    if (data.newEmail === user.email) throw badInput('newEmail: this is already your address', 'newEmail');
    const secret = await withPlatform(this.db, 'email change request', async (em) => {
      if (await em.findOne(UserSchema, { email: data.newEmail }, { fields: ['id'] })) {
        this.audit.add(em, ctx, {
          action: 'email.change-to-taken-address',
          tenantId: null,
          userId,
          target: data.newEmail,
        });
        await em.flush();
        return null;
      }
      return this.createToken(em, userId, 'email-change', data.newEmail);
    });
    if (!secret) {
      // Nothing from the request goes into this mail: the requester may be anyone with an account.
      await this.send(data.newEmail, 'security-alert', { message: EMAIL_CHANGE_TO_TAKEN_ADDRESS });
      return true;
    }
    await this.send(data.newEmail, 'email-change', {
      name: user.name,
      token: secret,
      newEmail: data.newEmail,
    });
    return true;
  }

  /** Switches the account to the address the token was mailed to (which is thereby verified). */
  async confirmEmailChange(ctx: RequestContext, input: unknown): Promise<boolean> {
    const data = parseInput(z.object({ token }), input);
    let change: { from: string; to: string; name: string };
    try {
      change = await withPlatform(this.db, 'confirm email change', async (em) => {
        const row = await this.consumeToken(em, 'email-change', data.token);
        const user = await em.findOne(UserSchema, { id: row.userId });
        if (!user || !row.newEmail) throw badInput(EXPIRED_LINK, 'token');
        const from = user.email;
        user.email = row.newEmail;
        user.emailVerifiedAt = this.now();
        this.audit.add(em, ctx, {
          action: 'email.changed',
          tenantId: null,
          userId: user.id,
          detail: { from, to: row.newEmail },
        });
        await em.flush();
        return { from, to: row.newEmail, name: user.name };
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('An account with this email already exists', { field: 'token' });
      }
      throw err;
    }
    await this.send(change.from, 'security-alert', {
      name: change.name,
      message: `The sign-in address of your WebHaze account was changed to ${change.to}. If this was not you, reset your password now.`,
    });
    return true;
  }

  private createToken(
    em: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    sentTo: string,
  ): string {
    const { secret, hash } = newSecret();
    const now = this.now();
    em.create(AccountTokenSchema, {
      id: randomUUID(),
      userId,
      purpose,
      tokenHash: hash,
      newEmail: sentTo,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
      usedAt: null,
    });
    return secret;
  }

  /** Marks a token used (once, before it expires) and returns it; BAD_USER_INPUT naming `token` otherwise. */
  private async consumeToken(
    em: EntityManager,
    purpose: AccountTokenPurpose,
    secret: string,
  ): Promise<AccountToken> {
    const now = this.now();
    const tokenHash = hashSecret(secret);
    const marked = await em.nativeUpdate(
      AccountTokenSchema,
      { tokenHash, purpose, usedAt: null, expiresAt: { $gt: now } },
      { usedAt: now },
    );
    if (marked === 0) throw badInput(EXPIRED_LINK, 'token');
    const row = await em.findOne(AccountTokenSchema, { tokenHash });
    if (!row) throw badInput(EXPIRED_LINK, 'token');
    return row;
  }

  private send(to: string, template: EmailTemplate, data: Record<string, string>): Promise<void> {
    return this.mail.enqueue('email.send', { tenantId: null, to, template, data });
  }
}
