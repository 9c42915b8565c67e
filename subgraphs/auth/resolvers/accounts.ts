import type { Config } from '../../../core/config.js';
import type { SubgraphDb } from '../../../core/db.js';
import type { JobQueue } from '../../../core/jobs.js';
import { toConnection } from '../../../core/pagination.js';
import { createRedis } from '../../../core/redis.js';
import { parseKeyring } from '../../../core/secrets.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { AccountRecoveryService } from '../services/account-recovery.js';
import { AccountService, type LoginOutcome, type SignedIn } from '../services/accounts.js';
import type { AuditLog } from '../services/audit.js';
import type { AuthService } from '../services/auth-service.js';
import { AttemptLimits } from '../services/limits.js';
import { MfaService } from '../services/mfa.js';
import type { PasswordHasher } from '../services/passwords.js';
import { SessionService } from '../services/sessions.js';
import { registerReplaced, SignUpService } from '../services/sign-up.js';
import type { TokenIssuer } from '../services/tokens.js';

export interface AccountParts {
  accounts: AccountService;
  signUps: SignUpService;
  sessions: SessionService;
  recovery: AccountRecoveryService;
  mfa: MfaService;
}

const signedInPayload = (result: Omit<SignedIn, 'tenant'> & { tenant: SignedIn['tenant'] }) => ({
  accessToken: result.accessToken,
  expiresAt: result.expiresAt.toISOString(),
  refreshToken: result.refreshToken,
  user: result.user,
  tenant: result.tenant,
});

/** `LoginPayload` for any first-factor sign-in: tokens, or the ticket a two-factor account needs. */
export const loginPayload = (outcome: LoginOutcome) =>
  outcome.mfaRequired
    ? {
        accessToken: null,
        expiresAt: null,
        refreshToken: null,
        user: outcome.user,
        tenant: outcome.tenant,
        mfaRequired: true,
        mfaTicket: outcome.mfaTicket,
      }
    : { ...signedInPayload(outcome), mfaRequired: false, mfaTicket: null };

/**
 * Accounts' fields, merged into the auth subgraph's resolvers. `login` and `createTenant` go
 * through AccountService, which adds limits, audit, two-factor and a session around AuthService's
 * own implementation; accounts are created by `signUp` and the emailed link (`completeSignUp`).
 */
export function withAccountResolvers(resolvers: Resolvers, parts: AccountParts): Resolvers {
  const { accounts, signUps, sessions, recovery, mfa } = parts;
  return {
    ...resolvers,
    Mutation: {
      ...resolvers.Mutation,
      // Deprecated: refused for everyone alike (tokens here would tell which addresses have accounts).
      register: () => {
        throw registerReplaced();
      },
      signUp: (_, { input }, { ctx }) => signUps.start(ctx, input),
      completeSignUp: async (_, args, { ctx }) => signedInPayload(await signUps.complete(ctx, args)),
      createTenant: async (_, { input }, { ctx }) => signedInPayload(await accounts.createTenant(ctx, input)),
      login: async (_, { input }, { ctx }) => loginPayload(await accounts.login(ctx, input)),
      completeMfa: async (_, args, { ctx }) => signedInPayload(await accounts.completeMfa(ctx, args)),
      refreshSession: async (_, { refreshToken }, { ctx }) =>
        signedInPayload(await accounts.refresh(ctx, refreshToken)),
      revokeSession: (_, { id }, { ctx }) => sessions.revokeOwn(ctx, id),
      logout: (_, __, { ctx }) => sessions.logout(ctx),
      logoutEverywhere: (_, __, { ctx }) => sessions.logoutEverywhere(ctx),
      verifyEmail: (_, args, { ctx }) => recovery.verifyEmail(ctx, args),
      resendVerificationEmail: (_, __, { ctx }) => recovery.resendVerification(ctx),
      requestPasswordReset: (_, args, { ctx }) => recovery.requestPasswordReset(ctx, args),
      resetPassword: (_, args, { ctx }) => recovery.resetPassword(ctx, args),
      changePassword: (_, args, { ctx }) => recovery.changePassword(ctx, args),
      requestEmailChange: (_, args, { ctx }) => recovery.requestEmailChange(ctx, args),
      confirmEmailChange: (_, args, { ctx }) => recovery.confirmEmailChange(ctx, args),
      enableTotp: (_, __, { ctx }) => mfa.enable(ctx),
      confirmTotp: async (_, { code }, { ctx }) => ({ recoveryCodes: await mfa.confirm(ctx, code) }),
      disableTotp: (_, { password, code }, { ctx }) => mfa.disable(ctx, password, code),
      rotateSigningKey: (_, __, { ctx }) => accounts.rotateSigningKey(ctx),
    },
    Viewer: {
      ...resolvers.Viewer,
      sessions: async (_viewer, { first, after }, { ctx }) =>
        toConnection(await sessions.list(ctx, first, after ?? null), first),
      totpEnabled: (viewer) => mfa.isEnabled(viewer.user.id),
    },
    User: {
      ...resolvers.User,
      emailVerified: (user) => Boolean(user.emailVerifiedAt),
    },
    Session: {
      createdAt: (session) => session.createdAt.toISOString(),
      lastUsedAt: (session) => session.lastUsedAt.toISOString(),
    },
  };
}

/** Builds the account services around AuthService, sharing its audit log, clock and job queue. */
export function createAccountParts(
  config: Config,
  db: SubgraphDb,
  deps: {
    auth: AuthService;
    tokens: TokenIssuer;
    passwords: PasswordHasher;
    audit: AuditLog;
    jobs: Pick<JobQueue, 'enqueue'>;
    now: () => Date;
  },
): AccountParts & { limits: AttemptLimits; close(): Promise<void> } {
  const { auth, tokens, passwords, audit, jobs, now } = deps;
  const redis = createRedis(config, 'auth-limits');
  const limits = new AttemptLimits(config, redis);
  const sessions = new SessionService(db, tokens, audit, config, now);
  const mfa = new MfaService(db, passwords, audit, limits, config, parseKeyring(config.secretsKeys), now);
  const recovery = new AccountRecoveryService(db, passwords, sessions, audit, limits, jobs, now);
  const accounts = new AccountService(db, auth, sessions, mfa, limits, audit, tokens, config, now, jobs);
  const signUps = new SignUpService(db, passwords, sessions, audit, limits, jobs, now);
  return {
    accounts,
    signUps,
    sessions,
    recovery,
    mfa,
    limits,
    close: async () => {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
