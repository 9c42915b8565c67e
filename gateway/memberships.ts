import { z } from 'zod';
import { ROLES } from '../core/context.js';
import { type EventBus, membershipChangedMessage } from '../core/events.js';
import { type InternalLookupTarget, internalLookup } from './internal-lookup.js';

const storedSchema = z.object({
  role: z.enum(ROLES),
  siteIds: z.array(z.string().uuid()).nullable(),
});

/** A member's role and site scope as auth stores them now (not as an access token remembers them). */
export type StoredMembership = z.infer<typeof storedSchema>;

export interface MembershipDirectory {
  /** The user's membership in the tenant as stored, or null when they are no longer a member. */
  find(tenantId: string, userId: string): Promise<StoredMembership | null>;
}

export interface MembershipDirectoryOptions extends InternalLookupTarget {
  /** `membership-changed` (`<tenant id>:<user id>`) evicts an entry at once; the TTLs are the backstop. */
  events: EventBus;
  ttlMs?: number;
  negativeTtlMs?: number;
  now?: () => number;
}

interface CacheEntry {
  membership: StoredMembership | null;
  cachedUntil: number;
}

/**
 * The stored role of each (tenant, user) a tenant-bound access token names, from auth's internal
 * lookup, cached briefly (30 s, 5 s for "no longer a member"). Auth announces every removal, role
 * change, site change and join on `membership-changed`, which evicts the entry on every gateway
 * before the next request, so a demoted or removed member's live token carries the new role (or
 * is refused) everywhere at once. Concurrent lookups of one key share one request.
 */
export async function createMembershipDirectory(
  opts: MembershipDirectoryOptions,
): Promise<MembershipDirectory> {
  const ttlMs = opts.ttlMs ?? 30_000;
  const negativeTtlMs = opts.negativeTtlMs ?? 5_000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, CacheEntry>();
  const inFlight = new Map<string, Promise<StoredMembership | null>>();
  // Bumped on every change: a lookup that started before it must not cache its (stale) answer.
  let generation = 0;

  await opts.events.subscribe('membership-changed', (key) => {
    generation++;
    cache.delete(key);
    inFlight.delete(key);
  });

  const fetchMembership = async (tenantId: string, userId: string): Promise<StoredMembership | null> => {
    const path = `/internal/memberships?tenant=${tenantId}&user=${userId}`;
    const found = await internalLookup(opts, path, tenantId);
    return found === null ? null : storedSchema.parse(found);
  };

  return {
    async find(tenantId, userId) {
      const key = membershipChangedMessage(tenantId, userId);
      const cached = cache.get(key);
      if (cached && cached.cachedUntil > now()) return cached.membership;
      let pending = inFlight.get(key);
      if (!pending) {
        const startedAt = generation;
        pending = fetchMembership(tenantId, userId)
          .then((membership) => {
            if (startedAt === generation) {
              if (cache.size > 50_000) cache.clear(); // crude bound: cheap to refill
              cache.set(key, { membership, cachedUntil: now() + (membership ? ttlMs : negativeTtlMs) });
            }
            return membership;
          })
          .finally(() => {
            if (inFlight.get(key) === pending) inFlight.delete(key);
          });
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}
