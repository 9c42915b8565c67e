import { createHash, randomInt, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext, Role } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withPlatform, withTenant } from '../../../core/db.js';
import { badInput, forbidden, notFound } from '../../../core/errors.js';
import type { EventBus } from '../../../core/events.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { PERMISSIONS, type Permission, ROLE_PERMISSIONS } from '../../../core/permissions.js';
import { type ApiKey, ApiKeySchema } from '../entities/keys-billing.js';
import type { AuditLog } from './audit.js';
import { assertStoredPermission, storedRoleOf } from './member-role.js';

/** `whk_<prefix8>_<secret32>`: the prefix is shown in lists, the whole string is the credential. */
export const API_KEY_PATTERN = /^whk_([a-z0-9]{8})_([a-z0-9]{32})$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MAX_KEYS_PER_TENANT = 100;
/** lastUsedAt is written at most this often per key (the gateway caches lookups anyway). */
const LAST_USED_THROTTLE_SECONDS = 60;

/** What the gateway learns about a valid key. */
export interface ApiKeyLookup {
  keyId: string;
  tenantId: string;
  scopes: string[];
  expiresAt: string | null;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The only time the full key is ever available. */
  secret: string;
}

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function randomString(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

const createInput = z.object({
  name: z.string().trim().min(1, 'Name must not be empty').max(80),
  scopes: z
    .array(z.enum(PERMISSIONS, { message: `Each scope must be one of: ${PERMISSIONS.join(', ')}` }))
    .min(1, 'Give the key at least one scope')
    .max(PERMISSIONS.length),
  expiresAt: z.iso.datetime({ offset: true, message: 'expiresAt must be an ISO 8601 date-time' }).nullish(),
});

/** API keys for partners and headless frontends: tenant-bound, scoped, revocable. */
export class ApiKeyService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly audit: AuditLog,
    private readonly events: EventBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Creates a key with scopes no wider than the creator's own permissions as STORED now (read and
   * share-locked in the transaction: a removal or demotion racing it waits, then revokes the key);
   * returns the secret once.
   */
  async create(ctx: RequestContext, input: unknown): Promise<CreatedApiKey> {
    if (ctx.actor.kind !== 'user') throw forbidden('Only a signed-in member can create API keys');
    const data = parseInput(createInput, input);
    const expiresAt = data.expiresAt ? new Date(data.expiresAt) : null;
    if (expiresAt && expiresAt <= this.now()) throw badInput('expiresAt must be in the future', 'expiresAt');
    const prefix = randomString(8);
    const secret = `whk_${prefix}_${randomString(32)}`;
    const apiKey: ApiKey = {
      id: randomUUID(),
      tenantId: ctx.tenantId!,
      name: data.name,
      prefix,
      secretHash: hashApiKey(secret),
      scopes: [...new Set(data.scopes)],
      createdBy: ctx.actor.userId,
      createdAt: this.now(),
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
    };
    await withTenant(this.db, ctx, async (em) => {
      const own = ROLE_PERMISSIONS[await storedRoleOf(em, ctx)];
      if (!own.has('settings:write')) throw forbidden('Missing permission settings:write');
      const beyond = data.scopes.filter((s) => !own.has(s));
      if (beyond.length) throw forbidden(`You cannot grant scopes you do not have: ${beyond.join(', ')}`);
      const live = await em.count(ApiKeySchema, { revokedAt: null });
      if (live >= MAX_KEYS_PER_TENANT) {
        throw badInput(`A tenant may have at most ${MAX_KEYS_PER_TENANT} active API keys: revoke one first`);
      }
      em.create(ApiKeySchema, apiKey);
      this.audit.add(em, ctx, {
        action: 'api-key.created',
        target: apiKey.id,
        detail: {
          name: apiKey.name,
          prefix,
          scopes: apiKey.scopes,
          expiresAt: expiresAt?.toISOString() ?? null,
        },
      });
      await em.flush();
    });
    return { apiKey, secret };
  }

  /** The tenant's keys (revoked ones included), oldest first. */
  list(ctx: RequestContext, first: number, after: string | null): Promise<ApiKey[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, (em) =>
      em.find(ApiKeySchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
  }

  /** Revokes a key and tells every gateway to forget it at once. Revoking twice is harmless. */
  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    const parsedId = z.string().uuid().safeParse(id);
    if (!parsedId.success) throw notFound('API key');
    const { key, changed } = await withTenant(this.db, ctx, async (em) => {
      await assertStoredPermission(em, ctx, 'settings:write');
      const found = await em.findOne(ApiKeySchema, { id: parsedId.data });
      if (!found) throw notFound('API key');
      if (found.revokedAt) return { key: found, changed: false };
      found.revokedAt = this.now();
      this.audit.add(em, ctx, {
        action: 'api-key.revoked',
        target: found.id,
        detail: { name: found.name, prefix: found.prefix },
      });
      await em.flush();
      return { key: found, changed: true };
    });
    if (changed) await this.announceRevocation(key);
    return key;
  }

  /**
   * The gateway's lookup by SHA-256 of the presented key: null for unknown, revoked or expired
   * keys. Marks the key used (at most once a minute).
   */
  async lookup(secretHash: string): Promise<ApiKeyLookup | null> {
    return withPlatform(this.db, 'gateway api-key lookup', async (em) => {
      const rows = await em.execute<
        { id: string; tenant_id: string; scopes: string[]; expires_at: Date | null }[]
      >(
        `select id, tenant_id, scopes, expires_at from auth.api_key
          where secret_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)`,
        [secretHash, this.now()],
      );
      const row = rows[0];
      if (!row) return null;
      await em.execute(
        `update auth.api_key set last_used_at = ?
          where id = ? and (last_used_at is null or last_used_at < ?)`,
        [this.now(), row.id, new Date(this.now().getTime() - LAST_USED_THROTTLE_SECONDS * 1000)],
      );
      return {
        keyId: row.id,
        tenantId: row.tenant_id,
        scopes: row.scopes,
        expiresAt: row.expires_at ? new Date(row.expires_at).toISOString() : null,
      };
    });
  }

  /**
   * Inside the caller's transaction, when `userId` was removed (`role` null) or demoted: revokes
   * every live key they created (removal) or whose scopes exceed the new role; returns them for
   * `announceRevocations` after commit.
   */
  async revokeBeyondRoleInTx(
    em: EntityManager,
    ctx: RequestContext,
    userId: string,
    role: Role | null,
  ): Promise<ApiKey[]> {
    const allowed = role ? ROLE_PERMISSIONS[role] : null;
    const keys = await em.find(ApiKeySchema, { createdBy: userId, revokedAt: null });
    const revoked = keys.filter((k) => !allowed || k.scopes.some((s) => !allowed.has(s as Permission)));
    for (const key of revoked) {
      key.revokedAt = this.now();
      this.audit.add(em, ctx, {
        action: 'api-key.revoked',
        target: key.id,
        detail: { name: key.name, prefix: key.prefix, reason: role ? 'creator-demoted' : 'creator-removed' },
      });
    }
    return revoked;
  }

  /** Tells every gateway to forget these keys at once (after the revocation committed). */
  async announceRevocations(keys: ApiKey[]): Promise<void> {
    for (const key of keys) await this.announceRevocation(key);
  }

  private async announceRevocation(key: ApiKey): Promise<void> {
    try {
      await this.events.publish('apikey-revoked', key.secretHash);
    } catch (err) {
      // The key is revoked in the database; gateways forget it within their cache TTL regardless.
      logger().error({ err, keyId: key.id }, 'could not announce an API key revocation');
    }
  }
}
