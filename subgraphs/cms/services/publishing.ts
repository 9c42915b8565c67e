import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../../../core/context.js';
import { internalContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict, notFound } from '../../../core/errors.js';
import type { EventBus } from '../../../core/events.js';
import { isUuid } from '../../../core/input.js';
import type { JobPayloads, JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { type Page, PageSchema } from '../entities/cms.js';
import { PageVersionSchema, type WebhookEventType } from '../entities/lifecycle.js';
import { keepRedirect } from './navigation.js';
import { draftView, type PageService, type PageView, publishedView } from './page-service.js';
import {
  MAX_PREVIEW_TTL_SECONDS,
  type PreviewClaims,
  signPreviewToken,
  verifyPreviewToken,
} from './preview-tokens.js';
import { recordVersion } from './versions.js';
import type { WebhookService } from './webhooks.js';

export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 3600 * 1000;

/**
 * What happens around saves and publishes (PageService calls these): a version row per save,
 * redirects when a published page moves, schedules cleared by a publish, and after commit the
 * published-page cache purge (event `pages-changed`, heard by every gateway) and webhooks.
 */
export class PageLifecycle {
  constructor(
    private readonly events: Pick<EventBus, 'publish'> | null,
    private readonly webhooks: WebhookService | null,
    private readonly now: () => Date = () => new Date(),
    /** Drops what this process keeps of the tenant's pages (TenantRenderCache), before the event goes out. */
    private readonly forgetLocally: (tenantId: string) => void = () => {},
  ) {}

  /** Inside the save's transaction, after the page row is written. */
  async saved(
    em: EntityManager,
    ctx: RequestContext,
    page: Page,
    previousPath: string | null,
  ): Promise<void> {
    await recordVersion(em, ctx, page, this.now());
    if (page.status === 'published' && previousPath !== null && previousPath !== page.path) {
      await keepRedirect(em, page, previousPath, this.now());
    }
  }

  /** After a save commits: a published page's public path or SEO may have changed. */
  async afterSave(page: Page): Promise<void> {
    if (page.status === 'published') await this.purge(page.tenantId);
  }

  /** Inside the publish transaction: a publish supersedes a pending schedule. */
  publishing(page: Page): void {
    if (page.scheduledAt) {
      page.scheduleNote = `Published at ${this.now().toISOString()}; the schedule for ${page.scheduledAt.toISOString()} was cleared`;
    }
    page.scheduledAt = null;
    page.scheduledVersion = null;
  }

  /** After a publish or unpublish commits. Failures are logged, never undo the publish. */
  async published(_ctx: RequestContext, page: Page, type: WebhookEventType): Promise<void> {
    await this.purge(page.tenantId);
    if (!this.webhooks) return;
    try {
      await this.webhooks.emit(page.tenantId, type, {
        pageId: page.id,
        path: page.path,
        siteId: page.siteId,
      });
    } catch (err) {
      logger().error({ err, pageId: page.id }, 'could not record the webhook deliveries of a publish');
    }
  }

  async purge(tenantId: string): Promise<void> {
    this.forgetLocally(tenantId);
    if (!this.events) return;
    await this.events
      .publish('pages-changed', tenantId)
      .catch((err) => logger().warn({ err, tenantId }, 'could not announce a page change to the caches'));
  }
}

export interface PreviewLink {
  url: string;
  expiresAt: Date;
}

export class PublishingService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly pages: PageService,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    private readonly lifecycle: PageLifecycle,
    private readonly settings: { contextSecret: string; publicUrl: string },
    private readonly now: () => Date = () => new Date(),
  ) {}

  async schedulePublish(
    ctx: RequestContext,
    pageId: string,
    at: string,
    expectedVersion: number | null,
  ): Promise<PageView> {
    if (!isUuid(pageId)) throw badInput('pageId: not a valid id', 'pageId');
    const when = new Date(at);
    const now = this.now();
    if (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(when.getTime())) {
      throw badInput('at: an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z', 'at');
    }
    if (when.getTime() <= now.getTime()) throw badInput('at: must be in the future', 'at');
    if (when.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS)
      throw badInput('at: at most a year ahead', 'at');
    const page = await withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) throw notFound('Page');
      assertCanOnSite(ctx, 'content:publish', page.siteId);
      checkVersion(page, expectedVersion);
      page.scheduledAt = when;
      page.scheduledVersion = page.version;
      page.scheduleNote = null;
      await em.flush();
      return page;
    });
    // The job id names page, version and time: scheduling the same thing twice enqueues once.
    await this.jobs.enqueue(
      'page.publish',
      { tenantId: page.tenantId, pageId: page.id, version: page.version, at: when.toISOString() },
      {
        delayMs: when.getTime() - now.getTime(),
        jobId: `publish-${page.id}-v${page.version}-${when.getTime()}`,
      },
    );
    return draftView(page);
  }

  async cancelScheduledPublish(ctx: RequestContext, pageId: string): Promise<PageView> {
    if (!isUuid(pageId)) throw badInput('pageId: not a valid id', 'pageId');
    const page = await withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) throw notFound('Page');
      assertCanOnSite(ctx, 'content:publish', page.siteId);
      if (page.scheduledAt) page.scheduleNote = `Cancelled at ${this.now().toISOString()}`;
      // The queued job stays; it finds no matching schedule and does nothing.
      page.scheduledAt = null;
      page.scheduledVersion = null;
      await em.flush();
      return page;
    });
    return draftView(page);
  }

  /** The `page.publish` job: publishes only if this exact schedule is still pending at the same version. */
  async runScheduledPublish(
    payload: JobPayloads['page.publish'],
  ): Promise<{ published: boolean; reason?: string }> {
    const at = Date.parse(payload.at);
    const check = await withTenant(this.db, payload, async (em) => {
      const page = await em.findOne(PageSchema, { id: payload.pageId });
      if (!page) return 'the page no longer exists';
      if (page.scheduledAt?.getTime() !== at || page.scheduledVersion !== payload.version) {
        return 'the schedule was cancelled or replaced';
      }
      if (page.version !== payload.version) {
        const reason = `Skipped: the page changed since the schedule (scheduled version ${payload.version}, now ${page.version})`;
        page.scheduleNote = reason;
        page.scheduledAt = null;
        page.scheduledVersion = null;
        await em.flush();
        return reason;
      }
      return null;
    });
    if (check) return { published: false, reason: check };
    try {
      await this.pages.publishPage(
        internalContext('cms-scheduler', payload.tenantId),
        payload.pageId,
        payload.version,
      );
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'CONFLICT') throw err;
      const reason = `Skipped: the page changed just before the scheduled publish (${err.message})`;
      await withTenant(this.db, payload, async (em) => {
        const page = await em.findOne(PageSchema, { id: payload.pageId });
        if (page) page.scheduleNote = reason;
        await em.flush();
      });
      return { published: false, reason };
    }
    await withTenant(this.db, payload, async (em) => {
      const page = await em.findOne(PageSchema, { id: payload.pageId });
      if (page) page.scheduleNote = `Published as scheduled for ${payload.at}`;
      await em.flush();
    });
    return { published: true };
  }

  async unpublishPage(
    ctx: RequestContext,
    pageId: string,
    expectedVersion: number | null,
  ): Promise<PageView> {
    if (!isUuid(pageId)) throw badInput('id: not a valid id', 'id');
    const page = await withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) throw notFound('Page');
      assertCanOnSite(ctx, 'content:publish', page.siteId);
      checkVersion(page, expectedVersion);
      page.status = 'draft';
      page.publishedTree = null;
      page.publishedTitle = null;
      page.scheduledAt = null;
      page.scheduledVersion = null;
      await em.flush();
      return page;
    });
    await this.jobs.enqueue(
      'sitemap.regenerate',
      { tenantId: page.tenantId, siteId: page.siteId },
      { jobId: `sitemap-${page.siteId}-u${this.now().getTime()}` },
    );
    await this.lifecycle.published(ctx, page, 'page.unpublished');
    return draftView(page);
  }

  async createPreviewLink(
    ctx: RequestContext,
    pageId: string,
    ttlSeconds: number,
    version: number | null,
  ): Promise<PreviewLink> {
    return this.previewLink(ctx, pageId, ttlSeconds, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) throw notFound('Page');
      assertCanOnSite(ctx, 'content:write', page.siteId);
      if (version !== null && !(await em.findOne(PageVersionSchema, { pageId, version }))) {
        throw notFound(`Version ${version}`);
      }
      return version !== null ? { v: version } : {};
    });
  }

  /**
   * A link showing one published page of the site as visitors see it, with the tenant's theme draft
   * instead of the published tokens (ADR 0059). The draft is read when the link is opened, so one
   * link follows later draft saves. A page that is not live is refused: its draft is content, which
   * page preview links (content:write) show.
   */
  async createThemePreviewLink(
    ctx: RequestContext,
    pageId: string,
    ttlSeconds: number,
  ): Promise<PreviewLink> {
    return this.previewLink(ctx, pageId, ttlSeconds, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) throw notFound('Page');
      if (!publishedView(page))
        throw badInput('pageId: the page is not published; publish it or pick a live page', 'pageId');
      return { th: 1 as const };
    });
  }

  private async previewLink(
    ctx: RequestContext,
    pageId: string,
    ttlSeconds: number,
    /** Checks the page (inside the tenant's transaction) and returns the claims that pick what is shown. */
    claimsOf: (em: EntityManager) => Promise<Pick<PreviewClaims, 'v' | 'th'>>,
  ): Promise<PreviewLink> {
    if (!isUuid(pageId)) throw badInput('pageId: not a valid id', 'pageId');
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < 60 || ttlSeconds > MAX_PREVIEW_TTL_SECONDS) {
      throw badInput(`ttlSeconds: between 60 and ${MAX_PREVIEW_TTL_SECONDS} (7 days)`, 'ttlSeconds');
    }
    const picked = await withTenant(this.db, ctx, claimsOf);
    const exp = Math.floor(this.now().getTime() / 1000) + ttlSeconds;
    const token = signPreviewToken(this.settings.contextSecret, {
      t: ctx.tenantId!,
      p: pageId,
      ...picked,
      exp,
    });
    return {
      url: `${this.settings.publicUrl.replace(/\/+$/, '')}/preview/${token}`,
      expiresAt: new Date(exp * 1000),
    };
  }

  /** The page a preview token shows, or null (invalid, expired, another tenant, page gone). */
  async previewPage(ctx: RequestContext, token: string): Promise<PageView | null> {
    const verified = verifyPreviewToken(this.settings.contextSecret, token, this.now().getTime());
    if (!verified.ok || verified.claims.t !== ctx.tenantId) return null;
    const { p: pageId, v: version, th: theme } = verified.claims;
    return withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) return null;
      if (theme) {
        const live = publishedView(page);
        return live ? { ...live, themeDraft: true } : null;
      }
      if (version === undefined) return draftView(page);
      const saved = await em.findOne(PageVersionSchema, { pageId, version });
      if (!saved) return null;
      return {
        ...draftView(page),
        title: saved.title,
        path: saved.path,
        tree: saved.tree,
        version: saved.version,
      };
    });
  }
}

function checkVersion(page: Page, expected: number | null | undefined): void {
  if (expected != null && expected !== page.version) {
    throw conflict(`The page was changed since version ${expected}; the stored version is ${page.version}`, {
      storedVersion: page.version,
    });
  }
}
