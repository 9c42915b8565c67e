import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withPlatform } from '../../../core/db.js';
import { AppError, badInput } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { PendingSignUpSchema } from '../entities/accounts.js';
import { type User, UserSchema } from '../entities/auth.js';
import { hashSecret, newSecret } from './account-secrets.js';
import type { AuditLog } from './audit.js';
import type { AttemptLimits } from './limits.js';
import type { PasswordHasher } from './passwords.js';
import type { SessionService, SessionTokens } from './sessions.js';

/** How long the emailed sign-up link works. */
export const SIGN_UP_TTL_MS = 48 * 3_600_000;

const signUpInput = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
  password: z
    .string()
    .min(10, 'Password must be at least 10 characters')
    .max(256, 'Password must be at most 256 characters'),
  name: z.string().trim().min(1, 'Name must not be empty').max(120),
});
const completeInput = z.object({
  token: z.string().min(20, 'This link is not valid').max(200, 'This link is not valid'),
});

const EXPIRED_LINK = 'token: this link has expired or was already used; sign up again';

/** `register` is refused for everyone alike; this names the replacement. */
export const registerReplaced = () =>
  new AppError(
    'FORBIDDEN',
    'register no longer signs anyone in: call signUp, then completeSignUp with the token from the emailed link',
    { reason: 'REGISTER_REPLACED' },
  );

export interface SignedUp extends SessionTokens {
  user: User;
  tenant: null;
}

/**
 * Creating an account in two steps, so the answer never tells whether an address has an account:
 * `start` answers the same for every address and mails either a link that finishes the sign-up or,
 * when the address already has an account, a "you already have an account" notice to its owner.
 * `complete` (the link) creates the account, its address verified by the link itself, and signs in.
 * Requests are limited per address and per client IP (each one sends a mail).
 */
export class SignUpService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
    private readonly limits: AttemptLimits,
    private readonly mail: Pick<JobQueue, 'enqueue'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Always true (or a validation or RATE_LIMITED error that does not depend on the address). */
  async start(ctx: RequestContext, input: unknown): Promise<true> {
    const data = parseInput(signUpInput, input);
    await this.limits.take('sign-up', { account: data.email, ip: ctx.clientIp });
    // Hashed for every address, so both answers take the same time.
    const passwordHash = await this.passwords.hash(data.password);
    const link = newSecret();
    const now = this.now();
    const existing = await withPlatform(this.db, 'sign-up request', async (em) => {
      // Expired sign-ups (anyone's) go, by their index; the rest stay valid until one is completed.
      await em.nativeDelete(PendingSignUpSchema, { expiresAt: { $lte: now } });
      const user = await em.findOne(UserSchema, { email: data.email }, { fields: ['id'] });
      if (user) {
        this.audit.add(em, ctx, { action: 'sign-up.existing-account', tenantId: null, userId: user.id });
      } else {
        em.create(PendingSignUpSchema, {
          id: randomUUID(),
          email: data.email,
          name: data.name,
          passwordHash,
          tokenHash: link.hash,
          createdAt: now,
          expiresAt: new Date(now.getTime() + SIGN_UP_TTL_MS),
          usedAt: null,
        });
      }
      await em.flush();
      return user !== null;
    });
    await this.mail.enqueue('email.send', {
      tenantId: null,
      to: data.email,
      // No text from the request goes into the mail (the address may be anyone's): only the link.
      ...(existing
        ? { template: 'account-exists' as const, data: {} }
        : { template: 'sign-up' as const, data: { token: link.secret } }),
    });
    return true;
  }

  /** The emailed link: creates the account (email verified) and starts its first session. */
  async complete(ctx: RequestContext, input: unknown): Promise<SignedUp> {
    const { token } = parseInput(completeInput, input);
    const now = this.now();
    let user: User;
    try {
      user = await withPlatform(this.db, 'complete sign-up', async (em) => {
        const tokenHash = hashSecret(token);
        const marked = await em.nativeUpdate(
          PendingSignUpSchema,
          { tokenHash, usedAt: null, expiresAt: { $gt: now } },
          { usedAt: now },
        );
        if (marked === 0) throw badInput(EXPIRED_LINK, 'token');
        const pending = await em.findOneOrFail(PendingSignUpSchema, { tokenHash });
        // The account exists from now on: the address's other sign-up links die with this one.
        await em.nativeUpdate(PendingSignUpSchema, { email: pending.email, usedAt: null }, { usedAt: now });
        const created = em.create(UserSchema, {
          id: randomUUID(),
          email: pending.email,
          name: pending.name,
          passwordHash: pending.passwordHash,
          createdAt: now,
          emailVerifiedAt: now,
        });
        this.audit.add(em, ctx, { action: 'account.created', tenantId: null, userId: created.id });
        await em.flush();
        return created;
      });
    } catch (err) {
      // The address got an account meanwhile (another link, a social sign-in): only the inbox's
      // owner holds this link, so saying so tells nobody else anything.
      if (err instanceof UniqueConstraintViolationException) {
        throw badInput('token: this address already has an account: sign in instead', 'token');
      }
      throw err;
    }
    const session = await this.sessions.start(ctx, { userId: user.id, tenantId: null, role: null });
    return { ...session, user, tenant: null };
  }
}
