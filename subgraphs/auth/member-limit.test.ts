import { describe, expect, it } from 'vitest';
import { platformPlans } from '../../core/plans.js';
import { setUpAuthSubgraph } from '../../test/support/auth-subgraph.js';
import { userContext } from '../../test/support/env.js';

/**
 * The member limit under concurrency (attacker: an owner of a free tenant firing invitations in
 * parallel): the plan lock makes each invitation count the ones before it, so exactly the free
 * seats are promised and every other invitation is refused with the plan error.
 */
const subgraph = setUpAuthSubgraph({ deps: { jobs: { enqueue: async () => {} } } });

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

describe('member limit (parallel invitations at the limit)', () => {
  it('promises exactly the free seats; the rest are refused with PLAN_LIMIT', async () => {
    const ownerId = await subgraph.fixtures.user('race-owner@example.com');
    const tenantId = await subgraph.fixtures.tenant(ownerId, 'race-shop', 'free');
    const max = platformPlans().get('free').limits.members;
    const owner = userContext(ownerId, tenantId, 'owner');
    const results = await Promise.all(
      Array.from({ length: max + 5 }, (_, i) =>
        subgraph.call(owner, INVITE, { input: { email: `guest-${i}@example.com`, role: 'EDITOR' } }),
      ),
    );
    const refused = results.filter((r) => r.errors);
    // The owner holds one seat.
    expect(results.length - refused.length).toBe(max - 1);
    for (const res of refused) {
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PLAN_LIMIT',
        limit: 'members',
        max,
        plan: 'free',
      });
    }
    const { rows } = await subgraph.fixtures.query<{ n: number }>(
      'select count(*)::int as n from auth.invitation where tenant_id = $1',
      [tenantId],
    );
    expect(rows[0]!.n).toBe(max - 1);
  });
});
