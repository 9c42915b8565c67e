import type { EntityManager } from '../../../core/db.js';
import { type Plans, planLimitReached, platformPlans, withinLimit } from '../../../core/plans.js';
import { MembershipSchema, TenantSchema } from '../entities.js';

/**
 * Plan limits the auth subgraph owns: members. Call inside the tenant's `withTenant`
 * transaction, before creating the invitation or the membership.
 * `countPendingInvitations` (for invite) counts open invitations as seats already promised, so a
 * tenant cannot invite past its plan and fail only at acceptance.
 */
export async function assertMemberCapacity(
  em: EntityManager,
  tenantId: string,
  opts: { countPendingInvitations: boolean },
  plans: Plans = platformPlans(),
  now: Date = new Date(),
): Promise<void> {
  const tenant = await em.findOneOrFail(TenantSchema, { id: tenantId });
  const plan = plans.get(tenant.plan);
  const max = plan.limits.members;
  if (max < 0) return;
  let seats = await em.count(MembershipSchema, { tenantId });
  if (opts.countPendingInvitations) {
    const rows = await em.execute<{ n: string }[]>(
      `select count(*) as n from auth.invitation
          where tenant_id = ? and accepted_at is null and revoked_at is null and expires_at > ?`,
      [tenantId, now],
    );
    seats += Number(rows[0]?.n ?? 0);
  }
  if (!withinLimit(max, seats)) throw planLimitReached('members', max, plan.id);
}
