import { createRemoteJWKSet, type JWTVerifyGetKey, errors as joseErrors, jwtVerify } from 'jose';
import { z } from 'zod';
import { ROLES } from '../core/context.js';
import { refuse } from './refuse.js';
import { upstreamHttpError } from './upstream.js';

/** The identity an access token proves, before it is checked against the resolved tenant. */
export interface TokenIdentity {
  userId: string;
  /** The tenant the token is bound to; null for account-level tokens. */
  tenantId: string | null;
  role: (typeof ROLES)[number] | null;
  platformAdmin: boolean;
  /** The sites a narrowed membership may act on (claim `sites`); null = every site. */
  siteIds?: string[] | null;
  /** The sign-in session the token was issued for (claim `sid`). */
  sessionId?: string;
}

const claimsSchema = z.object({
  sub: z.string().uuid(),
  tid: z.string().uuid().optional(),
  role: z.enum(ROLES).optional(),
  pa: z.boolean().optional(),
  sites: z.array(z.string().uuid()).max(100).optional(),
  sid: z.string().uuid().optional(),
});

export interface TokenVerifierOptions {
  jwksUrl: URL;
  issuer: string;
  /**
   * How long after a JWKS fetch an unknown `kid` may trigger another one. 1 s: a freshly rotated key
   * is accepted within a second, and a flood of forged kids costs at most one JWKS fetch a second.
   */
  jwksCooldownMs?: number;
  /** How long one JWKS fetch may take (default 5 s). */
  timeoutMs?: number;
}

export type TokenVerifier = (token: string) => Promise<TokenIdentity>;

/**
 * Verifies EdDSA access tokens against the auth subgraph's JWKS. jose caches the key set and
 * refetches it when a token names an unknown `kid`, so key rotation needs no restart.
 */
export function createTokenVerifier(opts: TokenVerifierOptions): TokenVerifier {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(opts.jwksUrl, {
    cooldownDuration: opts.jwksCooldownMs ?? 1_000,
    cacheMaxAge: 10 * 60_000,
    timeoutDuration: opts.timeoutMs ?? 5_000,
  });
  return async (token) => {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, keys, { issuer: opts.issuer, algorithms: ['EdDSA'] }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw unauthenticated('The access token has expired');
      // The key set could not be fetched (timed out, refused, not a 200): the token is not at fault.
      if (
        err instanceof joseErrors.JWKSTimeout ||
        !(err instanceof joseErrors.JOSEError) ||
        err.code === joseErrors.JOSEError.code
      ) {
        throw upstreamHttpError('auth', err);
      }
      throw unauthenticated('The access token is not valid');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('The access token is not valid');
    const { sub, tid, role, pa, sites, sid } = claims.data;
    return {
      userId: sub,
      tenantId: tid ?? null,
      role: tid ? (role ?? null) : null,
      platformAdmin: pa === true,
      siteIds: tid && sites ? sites : null,
      ...(sid ? { sessionId: sid } : {}),
    };
  };
}

/** Extracts the bearer token, or null when the request carries none. */
export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  return match[1]!;
}

function unauthenticated(message: string) {
  return refuse('UNAUTHENTICATED', message);
}
