import { randomBytes, randomUUID } from 'node:crypto';
import type { Config } from '../../../core/config.js';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withPlatform } from '../../../core/db.js';
import { badInput, conflict, unauthenticated } from '../../../core/errors.js';
import { decryptSecret, encryptSecret, type Keyring } from '../../../core/secrets.js';
import { RecoveryCodeSchema, TotpFactorSchema } from '../entities/accounts.js';
import { UserSchema } from '../entities/auth.js';
import { hashSecret } from './account-secrets.js';
import type { AuditLog } from './audit.js';
import type { AttemptLimits } from './limits.js';
import type { PasswordHasher } from './passwords.js';
import { base32Encode, matchTotp, newTotpSecret, otpauthUri } from './totp.js';

export const RECOVERY_CODE_COUNT = 10;

export interface TotpEnrollment {
  /** Base32 seed to type into an authenticator app. */
  secret: string;
  /** otpauth:// URI to show as a QR code. */
  otpauthUri: string;
}

/** How a second factor was proven. */
export type MfaMethod = 'totp' | 'recovery-code';

/** Recovery codes are compared without dashes, spaces or case. */
function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

function newRecoveryCode(): string {
  const raw = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/**
 * Optional TOTP two-factor sign-in with single-use recovery codes (stored hashed). A TOTP code is
 * accepted once: each accepted 30-second step is remembered.
 */
export class MfaService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditLog,
    private readonly limits: AttemptLimits,
    private readonly config: Config,
    /** SECRETS_KEYS: the seed is stored AES-256-GCM encrypted, bound to its user. */
    private readonly keyring: Keyring,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private seal(userId: string, secret: string): string {
    return encryptSecret(this.keyring, secret, `totp/${userId}`);
  }

  private open(userId: string, sealed: string): string {
    return decryptSecret(this.keyring, sealed, `totp/${userId}`);
  }

  /** Starts (or restarts) enrolment: a pending seed that `confirmTotp` turns on. */
  async enable(ctx: RequestContext): Promise<TotpEnrollment> {
    const userId = userOf(ctx);
    const secret = newTotpSecret();
    const email = await withPlatform(this.db, 'enrol TOTP', async (em) => {
      const user = await em.findOne(UserSchema, { id: userId });
      if (!user) throw unauthenticated();
      const existing = await em.findOne(TotpFactorSchema, { userId });
      if (existing?.confirmedAt) throw conflict('Two-factor sign-in is already on: turn it off first');
      if (existing) em.remove(existing);
      await em.flush();
      em.create(TotpFactorSchema, {
        userId,
        secret: this.seal(userId, secret),
        confirmedAt: null,
        lastUsedStep: null,
        createdAt: this.now(),
      });
      await em.flush();
      return user.email;
    });
    return { secret, otpauthUri: otpauthUri(this.config.JWT_ISSUER, email, secret) };
  }

  /** Turns TOTP on with a first valid code; returns the recovery codes, shown this once. */
  async confirm(ctx: RequestContext, code: string): Promise<string[]> {
    const userId = userOf(ctx);
    const now = this.now();
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await withPlatform(this.db, 'confirm TOTP', async (em) => {
      const factor = await em.findOne(TotpFactorSchema, { userId });
      if (!factor) throw badInput('Start with enableTotp', 'code');
      if (factor.confirmedAt) throw conflict('Two-factor sign-in is already on');
      const step = matchTotp(this.open(userId, factor.secret), code.trim(), now);
      if (step === null)
        throw badInput('code: this code is not valid; check the time on your device', 'code');
      factor.confirmedAt = now;
      factor.lastUsedStep = step;
      await em.nativeDelete(RecoveryCodeSchema, { userId });
      for (const c of codes) {
        em.create(RecoveryCodeSchema, {
          id: randomUUID(),
          userId,
          codeHash: hashSecret(normaliseRecoveryCode(c)),
          usedAt: null,
        });
      }
      this.audit.add(em, ctx, { action: 'mfa.enabled', tenantId: null, userId, detail: { method: 'totp' } });
      await em.flush();
    });
    return codes;
  }

  /** Turns TOTP off: needs the password and a current code (or a recovery code). */
  async disable(ctx: RequestContext, password: string, code: string): Promise<boolean> {
    const userId = userOf(ctx);
    const user = await withPlatform(this.db, 'disable TOTP: user', (em) =>
      em.findOne(UserSchema, { id: userId }),
    );
    if (!user) throw unauthenticated();
    // A stolen access token must not be a way to guess the password: the sign-in budget applies.
    const attempt = await this.limits.take('sign-in', { account: user.email, ip: ctx.clientIp });
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw badInput('password: the password is incorrect', 'password');
    }
    await attempt.refund();
    if (!(await this.isEnabled(userId))) throw badInput('Two-factor sign-in is not on', 'code');
    if (!(await this.verify(userId, code))) throw badInput('code: this code is not valid', 'code');
    await withPlatform(this.db, 'disable TOTP', async (em) => {
      await em.nativeDelete(TotpFactorSchema, { userId });
      await em.nativeDelete(RecoveryCodeSchema, { userId });
      this.audit.add(em, ctx, { action: 'mfa.disabled', tenantId: null, userId });
      await em.flush();
    });
    return true;
  }

  async isEnabled(userId: string): Promise<boolean> {
    const factor = await withPlatform(this.db, 'TOTP status', (em) =>
      em.findOne(TotpFactorSchema, { userId, confirmedAt: { $ne: null } }),
    );
    return factor !== null;
  }

  /**
   * Checks a second factor: a 6-digit TOTP code (each step accepted once) or a recovery code
   * (each used once). Returns how it was proven, or null.
   */
  async verify(userId: string, code: string): Promise<MfaMethod | null> {
    const now = this.now();
    const trimmed = code.trim();
    if (/^\d{6}$/.test(trimmed)) {
      return withPlatform(this.db, 'verify TOTP code', async (em) => {
        const factor = await em.findOne(TotpFactorSchema, { userId, confirmedAt: { $ne: null } });
        if (!factor) return null;
        const step = matchTotp(this.open(userId, factor.secret), trimmed, now);
        if (step === null) return null;
        const accepted = await em.nativeUpdate(
          TotpFactorSchema,
          { userId, $or: [{ lastUsedStep: null }, { lastUsedStep: { $lt: step } }] },
          { lastUsedStep: step },
        );
        return accepted > 0 ? 'totp' : null;
      });
    }
    const used = await withPlatform(this.db, 'use recovery code', (em) =>
      em.nativeUpdate(
        RecoveryCodeSchema,
        { userId, codeHash: hashSecret(normaliseRecoveryCode(trimmed)), usedAt: null },
        { usedAt: now },
      ),
    );
    return used > 0 ? 'recovery-code' : null;
  }
}

function userOf(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  return ctx.actor.userId;
}
