import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { RequestContext } from '../../../core/context.js';
import {
  type EntityManager,
  type SubgraphDb,
  tenantFilter,
  withPlatform,
  withTenant,
} from '../../../core/db.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';

/** The security events WebHaze records. Add new ones here; the audit log never changes an entry. */
export type AuditAction =
  | 'account.created'
  | 'sign-up.existing-account'
  | 'sign-in.succeeded'
  | 'sign-in.failed'
  | 'sign-in.locked'
  | 'session.revoked'
  | 'session.reuse-detected'
  | 'password.reset-requested'
  | 'password.changed'
  | 'email.changed'
  | 'email.change-to-taken-address'
  | 'mfa.enabled'
  | 'mfa.disabled'
  | 'member.invited'
  | 'invitation.revoked'
  | 'member.joined'
  | 'member.role-changed'
  | 'member.sites-changed'
  | 'member.removed'
  | 'ownership.transferred'
  | 'api-key.created'
  | 'api-key.revoked'
  | 'billing.changed'
  | 'tenant.suspended'
  | 'tenant.reactivated'
  | 'domain.added'
  | 'domain.verified'
  | 'domain.removed'
  | 'region.saved'
  | 'region.deleted'
  | 'region.default'
  | 'signing-key.rotated';

export interface AuditEvent {
  id: string;
  /** Null for account-level events (sign-in without a tenant): visible on the platform path only. */
  tenantId: string | null;
  actorUserId: string | null;
  actorKind: RequestContext['actor']['kind'];
  action: AuditAction;
  target: string | null;
  detail: Record<string, unknown>;
  clientIp: string | null;
  userAgent: string | null;
  requestId: string | null;
  createdAt: Date;
}

export const AuditEventSchema = new EntitySchema<AuditEvent>({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', nullable: true },
    actorUserId: { type: 'uuid', nullable: true },
    actorKind: { type: 'string' },
    action: { type: 'string' },
    target: { type: 'string', nullable: true },
    detail: { type: 'json' },
    clientIp: { type: 'string', nullable: true },
    userAgent: { type: 'string', nullable: true },
    requestId: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export interface AuditEntry {
  action: AuditAction;
  /** The tenant the event belongs to; defaults to the request's tenant. */
  tenantId?: string | null;
  /** The user the event is about when it is not the actor (e.g. a failed sign-in's account). */
  userId?: string | null;
  target?: string | null;
  detail?: Record<string, unknown>;
}

/** The append-only security log. Callers record inside their own transaction when they have one. */
export class AuditLog {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Records within an open transaction (`em` from withTenant/withPlatform), so the event commits with the change. */
  add(em: EntityManager, ctx: RequestContext, entry: AuditEntry): void {
    em.create(AuditEventSchema, this.toEvent(ctx, entry));
  }

  /** Records on its own (e.g. a failed sign-in, where nothing else is written). */
  async record(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const event = this.toEvent(ctx, entry);
    const write = async (em: EntityManager) => {
      em.create(AuditEventSchema, event);
      await em.flush();
    };
    if (event.tenantId) await withTenant(this.db, { tenantId: event.tenantId }, write);
    else await withPlatform(this.db, `audit: ${entry.action}`, write);
  }

  /** The request tenant's events, newest first (Admins). */
  list(ctx: RequestContext, first: number, after: string | null): Promise<AuditEvent[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, async (em) => {
      const cursor = afterId ? await em.findOne(AuditEventSchema, { id: afterId }) : null;
      return em.find(
        AuditEventSchema,
        cursor
          ? {
              $or: [
                { createdAt: { $lt: cursor.createdAt } },
                { createdAt: cursor.createdAt, id: { $lt: cursor.id } },
              ],
            }
          : {},
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      );
    });
  }

  private toEvent(ctx: RequestContext, entry: AuditEntry): AuditEvent {
    const actorUserId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    return {
      id: randomUUID(),
      tenantId: entry.tenantId === undefined ? ctx.tenantId : entry.tenantId,
      actorUserId: entry.userId ?? actorUserId,
      actorKind: ctx.actor.kind,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail ?? {},
      clientIp: ctx.clientIp,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
      createdAt: this.now(),
    };
  }
}
