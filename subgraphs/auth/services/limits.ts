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

/** A refund closer than this to the end of its window is skipped (see `Attempt.refund`). */
const REFUND_MARGIN_MS = 1000;

interface Slot {
  budget: 'account' | 'ip';
  limiter: RateLimiterAbstract;
  key: string;
  /** When the window this slot was taken in ends (performance.now() clock). */
  windowEndsAt: number;
}

/**
 * One attempt holding a slot of each budget it counts against (from `AttemptLimits.take`). A kept
 * slot counts the attempt (a failure); a refunded one costs nothing.
 */
export class Attempt {
  constructor(
    private readonly slots: Slot[],
    /** This attempt took the last slot of a budget: if it fails, the account or client is locked. */
    readonly tookLastSlot: boolean,
  ) {}

  /** The attempt does not count (it was refused, or never reached the check the budget guards). */
  refund(): Promise<void> {
    return this.give(this.slots);
  }

  /**
   * A successful sign-in: the account's failures are forgiven (its budget starts afresh) and the
   * client's slot comes back (only failures count against a client).
   */
  async succeeded(): Promise<void> {
    const account = this.slots.find((slot) => slot.budget === 'account');
    if (account) await account.limiter.delete(account.key);
    await this.give(this.slots.filter((slot) => slot.budget === 'ip'));
  }

  /**
   * Rewards the slots back, except in a window that has ended (or is about to): its slots are gone
   * already, and a reward landing in the next window would grant an extra attempt there.
   */
  private async give(slots: Slot[]): Promise<void> {
    const now = performance.now();
    await Promise.all(
      slots
        .filter((slot) => slot.windowEndsAt - now > REFUND_MARGIN_MS)
        .map((slot) => slot.limiter.reward(slot.key)),
    );
  }
}

/**
 * Brute-force limits per account and per client IP (rate-limiter-flexible: Redis when
 * configured, so every replica counts together; memory in embedded mode). Every attempt takes a
 * slot of both budgets before it is checked, atomically per key, so a burst of parallel requests
 * never checks more than the budget; sign-in gives the slot back when the password was right, so
 * only failures stay counted. Once either budget is spent every further attempt is refused with
 * RATE_LIMITED and `extensions.retryAfter` (seconds) until the window ends.
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

  /**
   * Takes a slot of the account's and the client's budget for one attempt, or refuses it with
   * RATE_LIMITED when either is spent (the other slot is given back: a refused attempt costs
   * nothing). Consuming is atomic per key: of any number of parallel attempts, at most the budget
   * get a slot.
   */
  async take(action: LimitedAction, keys: AttemptKeys): Promise<Attempt> {
    const { account, ip } = this.limiters[action];
    const wanted: Omit<Slot, 'windowEndsAt'>[] = [{ budget: 'account', limiter: account, key: keys.account }];
    if (keys.ip) wanted.push({ budget: 'ip', limiter: ip, key: keys.ip });
    const taken = await Promise.all(
      wanted.map(async ({ budget, limiter, key }) => {
        const startedAt = performance.now();
        try {
          const res = await limiter.consume(key);
          const slot: Slot = { budget, limiter, key, windowEndsAt: startedAt + res.msBeforeNext };
          return { slot, last: res.consumedPoints === limiter.points, waitMs: 0 };
        } catch (err) {
          if (err instanceof RateLimiterRes) return { slot: null, last: false, waitMs: err.msBeforeNext };
          throw err;
        }
      }),
    );
    const slots = taken.flatMap((t) => (t.slot ? [t.slot] : []));
    const attempt = new Attempt(
      slots,
      taken.some((t) => t.last),
    );
    if (slots.length < taken.length) {
      await attempt.refund();
      const waitMs = Math.max(...taken.map((t) => t.waitMs));
      throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
    }
    return attempt;
  }
}

function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', `Too many attempts: try again in ${retryAfterSeconds} seconds`, {
    retryAfter: retryAfterSeconds,
  });
}
