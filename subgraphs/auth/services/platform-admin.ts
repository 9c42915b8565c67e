import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { platformQuery, type SubgraphDb, withPlatform } from '../../../core/db.js';
import { forbidden, notFound } from '../../../core/errors.js';
import type { EventBus } from '../../../core/events.js';
import { parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { type Tenant, TenantSchema } from '../entities/auth.js';
import type { AuditLog } from './audit.js';

/** True when the user account carries the platform_admin flag (read when a token is issued). */
export async function isPlatformAdmin(db: SubgraphDb, userId: string): Promise<boolean> {
  return withPlatform(db, 'platform admin flag for a token', async (em) => {
    const rows = await em.execute<{ platform_admin: boolean }[]>(
      'select platform_admin from auth.user_account where id = ?',
      [userId],
    );
    return rows[0]?.platform_admin === true;
  });
}

const reasonRule = z.string().trim().min(3, 'Give a reason of at least 3 characters').max(500);

/** Operations for WebHaze's own staff across every tenant: listed, audited, few. */
export class PlatformAdminService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly audit: AuditLog,
    private readonly events: EventBus,
  ) {}

  /** Every tenant, optionally filtered by slug or name, ordered by id. */
  async tenants(ctx: RequestContext, first: number, after: string | null, search: string | null) {
    this.assertPlatformAdmin(ctx);
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const term = search?.trim().slice(0, 100);
    const like = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return withPlatform(this.db, 'platform admin: list tenants', (em) =>
      em.find(
        TenantSchema,
        {
          ...(afterId ? { id: { $gt: afterId } } : {}),
          ...(like ? { $or: [{ slug: { $ilike: like } }, { name: { $ilike: like } }] } : {}),
        },
        { ...platformQuery, orderBy: { id: 'asc' }, limit: first + 1 },
      ),
    );
  }

  suspend(ctx: RequestContext, id: string, reason: unknown): Promise<Tenant> {
    this.assertPlatformAdmin(ctx);
    const why = parseInput(reasonRule, reason);
    return this.setStatus(ctx, id, 'suspended', why);
  }

  reactivate(ctx: RequestContext, id: string): Promise<Tenant> {
    this.assertPlatformAdmin(ctx);
    return this.setStatus(ctx, id, 'active', null);
  }

  private async setStatus(
    ctx: RequestContext,
    id: string,
    status: Tenant['status'],
    reason: string | null,
  ): Promise<Tenant> {
    if (!z.string().uuid().safeParse(id).success) throw notFound('Tenant');
    const { tenant, changed } = await withPlatform(
      this.db,
      `platform admin: tenant ${status}`,
      async (em) => {
        const found = await em.findOne(TenantSchema, { id }, platformQuery);
        if (!found) throw notFound('Tenant');
        if (found.status === status) return { tenant: found, changed: false };
        found.status = status;
        this.audit.add(em, ctx, {
          action: status === 'suspended' ? 'tenant.suspended' : 'tenant.reactivated',
          tenantId: found.id,
          target: found.id,
          detail: reason ? { reason } : {},
        });
        await em.flush();
        return { tenant: found, changed: true };
      },
    );
    if (changed) await announceTenantChange(this.events, tenant.id);
    return tenant;
  }

  private assertPlatformAdmin(ctx: RequestContext): void {
    if (ctx.actor.kind !== 'user' || !ctx.actor.platformAdmin) {
      throw forbidden('Only platform administrators may do this');
    }
  }
}

/** Tells every gateway to drop its cached directory entry for the tenant. */
export async function announceTenantChange(events: EventBus, tenantId: string): Promise<void> {
  try {
    await events.publish('tenant-changed', tenantId);
  } catch (err) {
    logger().error({ err, tenantId }, 'could not announce a tenant change');
  }
}
