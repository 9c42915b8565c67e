import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { assertPlanRoom } from '../../../core/plans.js';
import { planOfTenant, type TenantLookup } from '../../../core/tenant-lookup.js';
import { LIVE_PAGES_FILTER, type Page, PageSchema, SiteSchema } from '../entities/cms.js';
import { assertExpectedVersion } from './optimistic.js';
import { draftView, type PageView, pagePath } from './page-service.js';
import type { PageLifecycle } from './publishing.js';
import { recordVersion } from './versions.js';

/** The trash sees pages the `live` filter hides (every other query keeps it on). */
const IN_TRASH = { filters: { [LIVE_PAGES_FILTER]: false } };

/**
 * Deleting a page moves it to the trash (ADR 0053): it keeps everything (draft, published
 * version, history, translations) and leaves every query, the storefront, the sitemap and the
 * plan's page count; its path is free for another page. Restoring puts it back as it was (a page
 * that was live goes live again), under a new path when another page took its path meanwhile.
 */
export class TrashService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    private readonly lifecycle: PageLifecycle,
    private readonly tenants: TenantLookup | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async deletePage(ctx: RequestContext, id: string, expectedVersion: number | null): Promise<PageView> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    const page = await withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!page) throw notFound('Page');
      assertMayMove(ctx, page);
      assertExpectedVersion('page', page.version, expectedVersion);
      page.deletedAt = this.now();
      if (page.scheduledAt) page.scheduleNote = 'Cancelled: the page was moved to the trash';
      page.scheduledAt = null;
      page.scheduledVersion = null;
      await em.flush();
      return page;
    });
    if (page.status === 'published') await this.wentLiveOrOffline(ctx, page, 'page.unpublished');
    return draftView(page);
  }

  async restorePage(ctx: RequestContext, id: string, newPath: string | null): Promise<PageView> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    const path = newPath === null ? null : parseInput(z.object({ path: pagePath }), { path: newPath }).path;
    if (!this.tenants) throw new Error('TrashService: no tenant lookup, so plan limits cannot be checked');
    const plan = await planOfTenant(this.tenants, ctx.tenantId);
    let page: Page;
    let wanted = path;
    try {
      page = await withTenant(this.db, ctx, async (em) => {
        const page = await em.findOne(
          PageSchema,
          { id, deletedAt: { $ne: null } },
          { ...IN_TRASH, lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!page) throw notFound('Page in the trash');
        assertMayMove(ctx, page);
        // A restored page counts again (the trash does not).
        await assertPlanRoom(em, ctx.tenantId!, plan, 'pages', () => em.count(PageSchema, {}));
        page.deletedAt = null;
        wanted = path ?? page.path;
        if (path !== null && path !== page.path) {
          page.path = path;
          page.version += 1;
          page.updatedAt = this.now();
          await em.flush();
          await recordVersion(em, ctx, page, this.now());
        }
        await em.flush();
        return page;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`Another page now uses the path ${wanted}: restore it under another path`, {
          field: 'path',
        });
      }
      throw err;
    }
    if (page.status === 'published') await this.wentLiveOrOffline(ctx, page, 'page.published');
    return draftView(page);
  }

  /** A site's pages in the trash, `first + 1` in id order (for toConnection). */
  async trashedPages(
    ctx: RequestContext,
    siteId: string | null,
    first: number,
    after: string | null,
  ): Promise<PageView[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    if (siteId !== null && !isUuid(siteId)) throw badInput('siteId: not a valid id', 'siteId');
    return withTenant(this.db, ctx, async (em) => {
      if (siteId !== null && !(await em.findOne(SiteSchema, { id: siteId }))) throw notFound('Site');
      const pages = await em.find(
        PageSchema,
        {
          deletedAt: { $ne: null },
          ...(siteId ? { siteId } : {}),
          ...(afterId ? { id: { $gt: afterId } } : {}),
        },
        { ...IN_TRASH, orderBy: { id: 'asc' }, limit: first + 1 },
      );
      return pages.map(draftView);
    });
  }

  /** A live page left or came back: the sitemap follows, caches are purged, webhooks are sent. */
  private async wentLiveOrOffline(
    ctx: RequestContext,
    page: Page,
    type: 'page.published' | 'page.unpublished',
  ): Promise<void> {
    await this.jobs.enqueue(
      'sitemap.regenerate',
      { tenantId: page.tenantId, siteId: page.siteId },
      { jobId: `sitemap-${page.siteId}-t${this.now().getTime()}` },
    );
    await this.lifecycle.published(ctx, page, type);
  }
}

/** Trashing or restoring a draft is editing it; a live page goes offline or live again: publishing. */
function assertMayMove(ctx: RequestContext, page: Page): void {
  assertCanOnSite(ctx, 'content:write', page.siteId);
  if (page.status === 'published') assertCanOnSite(ctx, 'content:publish', page.siteId);
}
