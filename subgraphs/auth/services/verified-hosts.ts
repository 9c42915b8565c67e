import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { TenantSchema } from '../entities/auth.js';

/**
 * The hosts that serve the request's tenant: its verified custom domains (verifyDomain adds a host,
 * removeDomain takes it away) plus any the platform configured, lowercase and sorted. Exactly what
 * the gateway resolves the tenant by, so the cms maps only hosts that really reach this tenant.
 */
export async function verifiedHosts(db: SubgraphDb, ctx: RequestContext): Promise<string[]> {
  const tenant = await withTenant(db, ctx, (em) => em.findOne(TenantSchema, { id: ctx.tenantId! }));
  return [...new Set((tenant?.hosts ?? []).map((h) => h.toLowerCase()))].sort();
}
