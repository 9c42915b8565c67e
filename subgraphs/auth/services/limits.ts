import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Config } from '../../../core/config.js';
import { AppError } from '../../../core/errors.js';
import type { Redis } from '../../../core/redis.js';

/**
 * What is limited: sign-in passwords (and MFA codes) and password-reset requests (failures and
 * requests), and sign-ups (every request: each one mails someone).
 */
export type LimitedAction = 'sign-in' | 'password-reset' | 'sign-up';

export interface AttemptKeys {
  /** The account under attack: its normalised email (or user id for MFA codes). */
  account: string;
  /** The client, as the gateway saw it. */
  ip: string | null;
}

/**
 * Brute-force limits per account and per client IP (rate-limiter-flexible: Redis when
 * configured, so every replica counts together; memory in embedded mode). Failed attempts count;
 * once either budget is spent every further attempt is refused with RATE_LIMITED and
 * `extensions.retryAfter` (seconds) until the window ends.
 */
export class AttemptLimits {
  private readonly limiters: Record<LimitedAction, { account: RateLimiterAbstract; ip: RateLimiterAbstract }>;

  constructor(
    config: Pick<
      Config,
      | 'SIGNIN_ATTEMPTS_PER_ACCOUNT'
      | 'SIGNIN_ATTEMPTS_PER_IP'
      | 'SIGNIN_WINDOW_SECONDS'
      | 'SIGNUP_ATTEMPTS_PER_EMAIL'
      | 'SIGNUP_ATTEMPTS_PER_IP'
    >,
    redis: Redis | null,
  ) {
    const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const base = { keyPrefix, points, duration: config.SIGNIN_WINDOW_SECONDS };
      if (!redis) return new RateLimiterMemory(base);
      return new RateLimiterRedis({
        ...base,
        storeClient: redis,
        insuranceLimiter: new RateLimiterMemory(base),
      });
    };
    this.limiters = {
      'sign-in': {
        account: make('auth:signin:account', config.SIGNIN_ATTEMPTS_PER_ACCOUNT),
        ip: make('auth:signin:ip', config.SIGNIN_ATTEMPTS_PER_IP),
      },
      'password-reset': {
        account: make('auth:reset:account', config.SIGNIN_ATTEMPTS_PER_ACCOUNT),
        ip: make('auth:reset:ip', config.SIGNIN_ATTEMPTS_PER_IP),
      },
      'sign-up': {
        account: make('auth:signup:email', config.SIGNUP_ATTEMPTS_PER_EMAIL),
        ip: make('auth:signup:ip', config.SIGNUP_ATTEMPTS_PER_IP),
      },
    };
  }

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  async blockedFor(action: LimitedAction, keys: AttemptKeys): Promise<number> {
    const { account, ip } = this.limiters[action];
    const checks: [RateLimiterAbstract, string][] = [[account, keys.account]];
    if (keys.ip) checks.push([ip, keys.ip]);
    let waitMs = 0;
    for (const [limiter, key] of checks) {
      const res = await limiter.get(key);
      if (res && res.consumedPoints >= limiter.points) waitMs = Math.max(waitMs, res.msBeforeNext);
    }
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  /** Counts one attempt against both budgets (a refusal here is reported by the next check). */
  async count(action: LimitedAction, keys: AttemptKeys): Promise<void> {
    const { account, ip } = this.limiters[action];
    const spend = async (limiter: RateLimiterAbstract, key: string) => {
      try {
        await limiter.consume(key);
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
      }
    };
    await Promise.all([spend(account, keys.account), keys.ip ? spend(ip, keys.ip) : null]);
  }

  /**
   * Spends one attempt from both budgets and answers the seconds to wait when either was already
   * spent (0: go ahead). Consuming is atomic per key, so a burst of parallel requests cannot all
   * pass a check made before any of them counted (for actions where every request counts).
   */
  async take(action: LimitedAction, keys: AttemptKeys): Promise<number> {
    const { account, ip } = this.limiters[action];
    const spend = async (limiter: RateLimiterAbstract, key: string): Promise<number> => {
      try {
        await limiter.consume(key);
        return 0;
      } catch (err) {
        if (err instanceof RateLimiterRes) return err.msBeforeNext;
        throw err;
      }
    };
    const waits = await Promise.all([spend(account, keys.account), keys.ip ? spend(ip, keys.ip) : 0]);
    const waitMs = Math.max(...waits);
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  /** A successful sign-in clears the account's failures (the IP budget keeps counting). */
  async clear(action: LimitedAction, account: string): Promise<void> {
    await this.limiters[action].account.delete(account);
  }
}

export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', `Too many attempts: try again in ${retryAfterSeconds} seconds`, {
    retryAfter: retryAfterSeconds,
  });
}
