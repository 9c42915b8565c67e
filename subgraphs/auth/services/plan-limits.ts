import type { EntityManager } from '../../../core/db.js';
import { assertPlanRoom, type Plans, platformPlans } from '../../../core/plans.js';
import { MembershipSchema, TenantSchema } from '../entities/auth.js';

/**
 * Plan limits the auth subgraph owns: members. Call inside the tenant's `withTenant`
 * transaction, before creating the invitation or the membership (the shared plan lock makes
 * concurrent invitations count one after another).
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
  await assertPlanRoom(
    em,
    tenantId,
    tenant.plan,
    'members',
    async () => {
      let seats = await em.count(MembershipSchema, { tenantId });
      if (opts.countPendingInvitations) {
        const rows = await em.execute<{ n: string }[]>(
          `select count(*) as n from auth.invitation
              where tenant_id = ? and accepted_at is null and revoked_at is null and expires_at > ?`,
          [tenantId, now],
        );
        seats += Number(rows[0]?.n ?? 0);
      }
      return seats;
    },
    { plans },
  );
}
