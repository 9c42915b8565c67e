import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { CONTEXT_HEADER, internalContext, REQUEST_ID_HEADER, signContext } from '../core/context.js';
import type { EventBus } from '../core/events.js';
import { logger } from '../core/logger.js';
import { refuse } from './refuse.js';
import { upstreamHttpError } from './upstream.js';

/** API keys are told apart from JWTs by this prefix (a JWT starts with `eyJ`). */
export const API_KEY_PREFIX = 'whk_';
const API_KEY_SHAPE = /^whk_[a-z0-9]{8}_[a-z0-9]{32}$/;

const lookupSchema = z.object({
  keyId: z.string().uuid(),
  tenantId: z.string().uuid(),
  scopes: z.array(z.string()),
  expiresAt: z.string().nullable(),
});

/** What a valid API key proves: which key, whose tenant, which scopes. */
export interface ApiKeyIdentity {
  keyId: string;
  tenantId: string;
  scopes: string[];
}

export type ApiKeyVerifier = (key: string) => Promise<ApiKeyIdentity>;

export interface ApiKeyVerifierOptions {
  authBaseUrl: string;
  contextSecret: string;
  contextTtlSeconds: number;
  dispatcher: Dispatcher;
  /** Revocations arrive here and evict the key at once; the TTLs below are only the backstop. */
  events: EventBus;
  /** How long one lookup may take (default 10 s). */
  timeoutMs?: number;
  ttlMs?: number;
  negativeTtlMs?: number;
  now?: () => number;
}

interface CacheEntry {
  identity: (ApiKeyIdentity & { expiresAt: number | null }) | null;
  cachedUntil: number;
}

export const isApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

/**
 * Verifies `whk_...` bearer keys through the auth subgraph's internal lookup (by SHA-256, the
 * key itself never leaves the gateway), caching answers in memory: 60 s for valid keys, 5 s for
 * unknown ones. A revocation published on the event bus evicts the key before its next request.
 */
export async function createApiKeyVerifier(opts: ApiKeyVerifierOptions): Promise<ApiKeyVerifier> {
  const ttlMs = opts.ttlMs ?? 60_000;
  const negativeTtlMs = opts.negativeTtlMs ?? 5_000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<CacheEntry['identity']>>();
  // Bumped on every revocation: a lookup that started before it must not re-cache its answer.
  let generation = 0;

  await opts.events.subscribe('apikey-revoked', (hash) => {
    generation++;
    cache.delete(hash);
    inFlight.delete(hash);
  });

  const fetchKey = async (hash: string): Promise<CacheEntry['identity']> => {
    const ctx = internalContext('gateway', null);
    const response = await opts.dispatcher.request({
      origin: new URL(opts.authBaseUrl).origin,
      path: `${new URL(opts.authBaseUrl).pathname.replace(/\/$/, '')}/internal/api-keys?hash=${hash}`,
      method: 'GET',
      headers: {
        [CONTEXT_HEADER]: signContext(ctx, opts.contextSecret, opts.contextTtlSeconds),
        [REQUEST_ID_HEADER]: ctx.requestId,
        accept: 'application/json',
      },
      signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
    });
    if (response.statusCode === 404) {
      await response.body.dump();
      return null;
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new Error(`api-key lookup answered ${response.statusCode}`);
    }
    const found = lookupSchema.parse(await response.body.json());
    return {
      keyId: found.keyId,
      tenantId: found.tenantId,
      scopes: found.scopes,
      expiresAt: found.expiresAt ? Date.parse(found.expiresAt) : null,
    };
  };

  const lookup = async (hash: string): Promise<CacheEntry['identity']> => {
    const cached = cache.get(hash);
    if (cached && cached.cachedUntil > now()) return cached.identity;
    let pending = inFlight.get(hash);
    if (!pending) {
      const startedAt = generation;
      pending = fetchKey(hash)
        .then((identity) => {
          if (startedAt === generation) {
            if (cache.size > 10_000) cache.clear();
            cache.set(hash, { identity, cachedUntil: now() + (identity ? ttlMs : negativeTtlMs) });
          }
          return identity;
        })
        .finally(() => {
          if (inFlight.get(hash) === pending) inFlight.delete(hash);
        });
      inFlight.set(hash, pending);
    }
    return pending;
  };

  return async (key) => {
    if (!API_KEY_SHAPE.test(key)) throw refuse('UNAUTHENTICATED', 'The API key is not valid');
    const hash = createHash('sha256').update(key, 'utf8').digest('hex');
    let identity: CacheEntry['identity'];
    try {
      identity = await lookup(hash);
    } catch (err) {
      logger().error({ err }, 'api-key lookup failed');
      throw upstreamHttpError('auth', err);
    }
    if (!identity || (identity.expiresAt !== null && identity.expiresAt <= now())) {
      throw refuse('UNAUTHENTICATED', 'The API key is not valid, expired or revoked');
    }
    return { keyId: identity.keyId, tenantId: identity.tenantId, scopes: identity.scopes };
  };
}
