import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../core/context.js';
import { actorLabel } from '../../../core/context.js';
import type { EntityManager } from '../../../core/db.js';
import { TokenOverrideSchema } from '../entities/cms.js';
import { type ThemeVersion, ThemeVersionSchema } from '../entities/themes.js';

/** The newest published theme version of the request's tenant (0 before the first). */
export async function latestThemeVersion(em: EntityManager): Promise<number> {
  const newest = await em.findOne(ThemeVersionSchema, {}, { orderBy: { version: 'desc' } });
  return newest?.version ?? 0;
}

/**
 * Appends the tenant's published overrides, as they are now inside the transaction, as the next
 * theme version. Every write that changes what visitors see calls it (publish, rollback and the
 * deprecated direct writes), so the newest version is always what is live. Callers hold the
 * tenant's token lock.
 */
export async function appendThemeVersion(
  em: EntityManager,
  ctx: RequestContext,
  at: Date,
  restoredFrom: number | null = null,
): Promise<ThemeVersion> {
  const overrides = await em.find(TokenOverrideSchema, {}, { orderBy: { scope: 'asc' } });
  const row = em.create(ThemeVersionSchema, {
    id: randomUUID(),
    tenantId: ctx.tenantId!,
    version: (await latestThemeVersion(em)) + 1,
    documents: Object.fromEntries(overrides.map((o) => [o.scope, o.document])),
    publishedAt: at,
    publishedBy: actorLabel(ctx),
    restoredFrom,
  });
  await em.flush();
  return row;
}
