import { LockMode } from '@mikro-orm/core';
import type { RequestContext, Role } from '../../../core/context.js';
import type { EntityManager } from '../../../core/db.js';
import { AppError, forbidden } from '../../../core/errors.js';
import { type Permission, ROLE_PERMISSIONS } from '../../../core/permissions.js';
import { MembershipSchema } from '../entities/auth.js';

/** Owner > Admin > Editor > Contributor. */
export const ROLE_RANK: Record<Role, number> = { contributor: 1, editor: 2, admin: 3, owner: 4 };

/** `extensions.reason` when a user acts in a tenant they no longer belong to. */
export const MEMBERSHIP_ENDED = 'MEMBERSHIP_ENDED';

export const membershipEnded = () =>
  new AppError('FORBIDDEN', 'You are no longer a member of this workspace', { reason: MEMBERSHIP_ENDED });

/**
 * The acting user's role in the context's tenant as stored NOW, read inside the caller's
 * transaction, and never above the role the context carries (the lower wins). With `lock` the row
 * is share-locked until the transaction ends, so a removal or demotion waits for this write and
 * then sees (and revokes) what it created. Defence in depth: the gateway already signs the stored
 * role.
 * FORBIDDEN (reason MEMBERSHIP_ENDED) when the user is no member any more.
 */
export async function storedRoleOf(em: EntityManager, ctx: RequestContext, lock = true): Promise<Role> {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || !actor.role) throw forbidden();
  const stored = await em.findOne(
    MembershipSchema,
    { userId: actor.userId },
    lock ? { lockMode: LockMode.PESSIMISTIC_READ } : {},
  );
  if (!stored) throw membershipEnded();
  return ROLE_RANK[stored.role] < ROLE_RANK[actor.role] ? stored.role : actor.role;
}

/**
 * For a user actor, checks `permission` against the stored role (storedRoleOf) inside the caller's
 * transaction; API keys (checked by scope at the gateway and the guard) and internal actors pass.
 */
export async function assertStoredPermission(
  em: EntityManager,
  ctx: RequestContext,
  permission: Permission,
): Promise<void> {
  if (ctx.actor.kind !== 'user') return;
  const role = await storedRoleOf(em, ctx);
  if (!ROLE_PERMISSIONS[role].has(permission)) throw forbidden(`Missing permission ${permission}`);
}
