import { randomUUID } from 'node:crypto';
import { type EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, type EntityManager as TenantEntityManager, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { localeCandidates } from '../../../core/locale.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { assertCanOnSite, can } from '../../../core/permissions.js';
import { assertPlanRoom } from '../../../core/plans.js';
import {
  decodeRankedCursor,
  inRankedOrder,
  rankedSearchRows,
  searchConfigOf,
  searchTermsOf,
} from '../../../core/search.js';
import { planOfTenant, type TenantLookup } from '../../../core/tenant-lookup.js';
import { type Page, PageSchema, type PageTree, type Site, SiteSchema } from '../entities/cms.js';
import type { WebhookEventType } from '../entities/lifecycle.js';
import { assertExpectedVersion } from './optimistic.js';
import { applySeo, seoInputShape } from './page-seo.js';
import { PageReferenceGuard } from './references.js';
import { servedSite } from './site-domains.js';
import { validateTree } from './tree.js';

/** What the graph shows of a page: the draft to editors reading drafts, the published version to everyone else. */
export interface PageView {
  /** Rendered with the tenant's theme draft (a theme preview link), not the published tokens. */
  themeDraft?: boolean;
  id: string;
  siteId: string;
  path: string;
  title: string;
  status: Page['status'];
  tree: PageTree;
  version: number;
  featuredProductIds: string[];
  publishedAt: Date | null;
  updatedAt: Date;
  seoTitle?: string | null;
  seoDescription?: string | null;
  canonicalUrl?: string | null;
  ogImageAssetId?: string | null;
  scheduledAt?: Date | null;
  scheduleNote?: string | null;
  /** The template the page was created from; its default tokens join the page's token chain. */
  templateId?: string | null;
  /** The published translation shown instead of the base content (services/translations.ts); null/absent = base. */
  locale?: string | null;
  /** When the page went to the trash (services/trash.ts); null/absent: not in the trash. */
  deletedAt?: Date | null;
}

export const pagePath = z
  .string()
  .max(512)
  .regex(
    /^\/([a-z0-9-]+(\/[a-z0-9-]+)*)?$/,
    'Path must start with / and use lowercase letters, digits, hyphens',
  );

const saveInput = z.object({
  id: z.string().uuid().nullish(),
  siteId: z.string().uuid().nullish(),
  path: pagePath,
  title: z.string().trim().min(1, 'Title must not be empty').max(300),
  tree: z.unknown(),
  featuredProductIds: z.array(z.string().uuid()).max(50).nullish(),
  expectedVersion: z.number().int().min(1).nullish(),
  ...seoInputShape,
});

export function draftView(page: Page): PageView {
  return { ...page, tree: page.draftTree };
}

export function publishedView(page: Page): PageView | null {
  if (!page.publishedTree || !page.publishedTitle) return null;
  return { ...page, tree: page.publishedTree, title: page.publishedTitle };
}

/**
 * What happens around saves and publishes (PageLifecycle, services/publishing.ts): versions,
 * redirects, schedules, cache purges and webhooks.
 */
export interface PageHooks {
  /** Inside the save's transaction, after the page row is written. */
  saved(em: EntityManager, ctx: RequestContext, page: Page, previousPath: string | null): Promise<void>;
  /** After a save commits. */
  afterSave(page: Page): Promise<void>;
  /** Inside the publish transaction. */
  publishing(page: Page): void;
  /** After a publish commits. */
  published(ctx: RequestContext, page: Page, type: WebhookEventType): Promise<void>;
}

/** Published translations (TranslationService, services/translations.ts). */
export interface PageTranslationsReader {
  /** The request locale's published translation for `page(path)`, else the base content. */
  servedView(em: EntityManager, ctx: RequestContext, page: Page): Promise<PageView | null>;
  /** hreflang alternates of a site's published pages by path, for the sitemap. */
  sitemapAlternates(
    tenantId: string,
    siteId: string,
  ): Promise<Map<string, { hreflang: string; url: string }[]>>;
}

export interface PageServiceDeps {
  /** Without it, saves and publishes record no version, purge no cache and send no webhook. */
  lifecycle?: PageHooks | null;
  /** Without it, pages are served in their base content only and sitemaps list no alternates. */
  translations?: PageTranslationsReader | null;
  /** The tenant's plan (limits on sites and pages); a PageService without it creates nothing. */
  tenants?: TenantLookup | null;
  /** Whether a page's product and asset ids are the tenant's own; without it a page referring to any is not saved. */
  references?: PageReferenceGuard;
  now?: () => Date;
}

export class PageService {
  private readonly lifecycle: PageHooks | null;
  private readonly translations: PageTranslationsReader | null;
  private readonly tenants: TenantLookup | null;
  private readonly references: PageReferenceGuard;
  private readonly now: () => Date;

  constructor(
    private readonly db: SubgraphDb,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    deps: PageServiceDeps = {},
  ) {
    this.lifecycle = deps.lifecycle ?? null;
    this.translations = deps.translations ?? null;
    this.tenants = deps.tenants ?? null;
    this.references = deps.references ?? new PageReferenceGuard(db, null);
    this.now = deps.now ?? (() => new Date());
  }

  /** The tenant's plan id, asked before a create's transaction (never inside one). */
  async planOf(ctx: RequestContext): Promise<string> {
    if (!this.tenants) throw new Error('PageService: no tenant lookup, so plan limits cannot be checked');
    return planOfTenant(this.tenants, ctx.tenantId);
  }

  /** A tenant's first site becomes its default site (services/site-domains.ts). */
  async createSite(ctx: RequestContext, input: unknown): Promise<Site> {
    const data = parseInput(z.object({ name: z.string().trim().min(1).max(120) }), input);
    const plan = await this.planOf(ctx);
    const create = () => withTenant(this.db, ctx, (em) => this.insertSite(em, ctx, data.name, plan));
    // Two first sites created at once: one becomes the default, the retry sees it and is not.
    return create().catch((err: unknown) => {
      if (err instanceof UniqueConstraintViolationException) return create();
      throw err;
    });
  }

  /**
   * Creates a site inside the caller's tenant transaction (the starter-site job records the site in
   * the same one); `plan` is the tenant's plan, asked before the transaction (`planOf`).
   */
  async insertSite(em: TenantEntityManager, ctx: RequestContext, name: string, plan: string): Promise<Site> {
    await assertPlanRoom(em, ctx.tenantId!, plan, 'sites', () => em.count(SiteSchema, {}));
    const site = em.create(SiteSchema, {
      id: randomUUID(),
      tenantId: ctx.tenantId!,
      name,
      tenantSlug: ctx.tenantSlug ?? ctx.tenantId!,
      primaryHost: null,
      isDefault: (await em.count(SiteSchema, { isDefault: true })) === 0,
      createdAt: this.now(),
    });
    await em.flush();
    return site;
  }

  sites(ctx: RequestContext, first: number, after: string | null): Promise<Site[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, (em) =>
      em.find(SiteSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
  }

  siteById(ctx: RequestContext, id: string): Promise<Site | null> {
    if (!ctx.tenantId || !isUuid(id)) return Promise.resolve(null);
    return withTenant(this.db, ctx, (em) => em.findOne(SiteSchema, { id }));
  }

  /** Pages of a site, drafts for readers allowed to see them, published ones otherwise. */
  async sitePages(
    ctx: RequestContext,
    siteId: string,
    first: number,
    after: string | null,
  ): Promise<PageView[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const drafts = can(ctx, 'content:read');
    const pages = await withTenant(this.db, ctx, (em) =>
      em.find(
        PageSchema,
        {
          siteId,
          ...(drafts ? {} : { status: 'published' as const }),
          ...(afterId ? { id: { $gt: afterId } } : {}),
        },
        { orderBy: { id: 'asc' }, limit: first + 1 },
      ),
    );
    return pages.map((p) => (drafts ? draftView(p) : publishedView(p)!));
  }

  /** The published page at a path of the given site, else of the site the request's host maps to, else the default site. */
  async publishedPage(ctx: RequestContext, path: string, siteId: string | null): Promise<PageView | null> {
    const parsedPath = pagePath.safeParse(path);
    if (!parsedPath.success || (siteId !== null && !isUuid(siteId))) return null;
    return withTenant(this.db, ctx, async (em) => {
      const site = siteId ? { id: siteId } : await servedSite(em, ctx);
      if (!site) return null;
      const page = await em.findOne(PageSchema, {
        siteId: site.id,
        path: parsedPath.data,
        status: 'published',
      });
      if (!page) return null;
      return this.translations ? this.translations.servedView(em, ctx, page) : publishedView(page);
    });
  }

  /**
   * Full-text search over the published pages of `siteId`, else of the site the request's host
   * maps to, else the default site (as `page(path)`): what a visitor sees, whoever asks. Best match
   * first (ts_rank, then id), in the request locale's language (core/search.ts); each page shown
   * as `page(path)` shows it (the request locale's published translation, else the base content).
   * `first + 1` rows with their rank, for toRankedConnection.
   */
  async searchPages(
    ctx: RequestContext,
    query: string,
    opts: { siteId: string | null; first: number; after: string | null },
  ): Promise<{ node: PageView; rank: string }[]> {
    checkPageSize(opts.first);
    const after = decodeRankedCursor(opts.after);
    const terms = searchTermsOf(query);
    if (!terms || !ctx.tenantId || (opts.siteId !== null && !isUuid(opts.siteId))) return [];
    const tenantId = ctx.tenantId;
    return withTenant(this.db, ctx, async (em) => {
      const site = opts.siteId ? { id: opts.siteId } : await servedSite(em, ctx);
      if (!site) return [];
      // With a locale, each page is searched as it is served: its best published translation, else the base.
      const locales = ctx.locale ? localeCandidates(ctx.locale) : [];
      const translated = locales.length > 0 && this.translations !== null;
      const ranked = await rankedSearchRows(em, {
        ...(translated
          ? {
              from: `cms.page g left join lateral (
                select t.search_vector from cms.page_translation t
                where t.tenant_id = g.tenant_id and t.page_id = g.id and t.published_at is not null
                  and t.locale in (${locales.map(() => '?').join(', ')})
                order by char_length(t.locale) desc limit 1) t on true`,
              // The candidates are prefixes of one another: the longest is the most specific.
              fromParams: locales,
              vector: 'coalesce(t.search_vector, g.search_vector)',
            }
          : { from: 'cms.page g', vector: 'g.search_vector' }),
        id: 'g.id',
        // Raw SQL has no ORM filter: the tenant is named here, and RLS holds underneath (withTenant).
        where: `g.tenant_id = ? and g.site_id = ? and g.status = 'published' and g.deleted_at is null`,
        whereParams: [tenantId, site.id],
        config: searchConfigOf(ctx.locale),
        terms,
        after,
        limit: opts.first + 1,
      });
      if (!ranked.length) return [];
      const found = await em.find(PageSchema, { id: { $in: ranked.map((r) => r.id) } });
      const views: PageView[] = [];
      for (const page of found) {
        const view = this.translations
          ? await this.translations.servedView(em, ctx, page)
          : publishedView(page);
        if (view) views.push(view);
      }
      return inRankedOrder(ranked, views);
    });
  }

  async draftPage(ctx: RequestContext, id: string): Promise<PageView | null> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    const page = await withTenant(this.db, ctx, (em) => em.findOne(PageSchema, { id }));
    return page ? draftView(page) : null;
  }

  /** A page referenced from another subgraph: drafts only for readers allowed to see them. */
  async pageReference(ctx: RequestContext, id: string): Promise<PageView | null> {
    if (!ctx.tenantId || !isUuid(id)) return null;
    const page = await withTenant(this.db, ctx, (em) => em.findOne(PageSchema, { id }));
    if (!page) return null;
    return can(ctx, 'content:read') ? draftView(page) : publishedView(page);
  }

  /** `opts.templateId`: the template a new page is created from (TemplateService.createPageFromTemplate). */
  async savePage(ctx: RequestContext, input: unknown, opts: { templateId?: string } = {}): Promise<PageView> {
    const data = parseInput(saveInput, input);
    const tree = validateTree(data.tree);
    const plan = data.id ? null : await this.planOf(ctx);
    await this.references.assertOwn(ctx, data.id ?? null, { ...data, tree });
    // A published page whose path changes moves live at once: its sitemap must follow.
    let movedLive = false;
    try {
      const page = await withTenant(this.db, ctx, async (em) => {
        if (data.id) {
          // FOR UPDATE: the version check and the write are one step (two saves of version n can't both win).
          const page = await em.findOne(
            PageSchema,
            { id: data.id },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          );
          if (!page) throw notFound('Page');
          assertCanOnSite(ctx, 'content:write', page.siteId);
          this.checkVersion(page, data.expectedVersion);
          const previousPath = page.path;
          page.path = data.path;
          page.title = data.title;
          page.draftTree = tree;
          if (data.featuredProductIds) page.featuredProductIds = data.featuredProductIds;
          applySeo(page, data);
          page.version += 1;
          page.updatedAt = this.now();
          await em.flush();
          await this.lifecycle?.saved(em, ctx, page, previousPath);
          movedLive = page.status === 'published' && previousPath !== page.path;
          return page;
        }
        const site = data.siteId
          ? await em.findOne(SiteSchema, { id: data.siteId })
          : await servedSite(em, ctx);
        if (!site) throw data.siteId ? notFound('Site') : badInput('Create a site first', 'siteId');
        assertCanOnSite(ctx, 'content:write', site.id);
        await assertPlanRoom(em, ctx.tenantId!, plan!, 'pages', () => em.count(PageSchema, {}));
        const page = em.create(PageSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          siteId: site.id,
          path: data.path,
          title: data.title,
          status: 'draft',
          draftTree: tree,
          publishedTree: null,
          publishedTitle: null,
          featuredProductIds: data.featuredProductIds ?? [],
          version: 1,
          publishedAt: null,
          createdAt: this.now(),
          updatedAt: this.now(),
          templateId: opts.templateId ?? null,
        });
        applySeo(page, data);
        await em.flush();
        await this.lifecycle?.saved(em, ctx, page, null);
        return page;
      });
      await this.lifecycle?.afterSave(page);
      if (movedLive) {
        await this.jobs.enqueue(
          'sitemap.regenerate',
          { tenantId: page.tenantId, siteId: page.siteId },
          { jobId: `sitemap-${page.siteId}-m${page.updatedAt.getTime()}` },
        );
      }
      return draftView(page);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`Another page already uses the path ${data.path}`, { field: 'path' });
      }
      throw err;
    }
  }

  async publishPage(ctx: RequestContext, id: string, expectedVersion: number | null): Promise<PageView> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    const page = await withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!page) throw notFound('Page');
      // A member narrowed to certain sites publishes only there (the whole transaction rolls back).
      assertCanOnSite(ctx, 'content:publish', page.siteId);
      this.checkVersion(page, expectedVersion);
      page.publishedTree = page.draftTree;
      page.publishedTitle = page.title;
      page.status = 'published';
      page.publishedAt = this.now();
      this.lifecycle?.publishing(page);
      await em.flush();
      return page;
    });
    // Enqueued after commit: the job must see the published row. The job id dedupes bursts of publishes.
    await this.jobs.enqueue(
      'sitemap.regenerate',
      { tenantId: page.tenantId, siteId: page.siteId },
      { jobId: `sitemap-${page.siteId}-${page.publishedAt!.getTime()}` },
    );
    await this.lifecycle?.published(ctx, page, 'page.published');
    return draftView(page);
  }

  /**
   * Published paths of a site, for the sitemap job (runs as an internal actor of the tenant), each
   * with its other language/region versions as `alternates` (absolute URLs; services/translations.ts).
   */
  async listPublishedPages(
    tenantId: string,
    siteId: string,
  ): Promise<{ path: string; updatedAt: Date; alternates: { hreflang: string; href: string }[] }[]> {
    const pages = await withTenant(this.db, { tenantId }, async (em) => {
      const pages = await em.find(PageSchema, { siteId, status: 'published' }, { orderBy: { path: 'asc' } });
      return pages.map((p) => ({ path: p.path, updatedAt: p.publishedAt ?? p.updatedAt }));
    });
    // hreflang alternates from published translations and the tenant's regions (after the transaction).
    const alternates = pages.length
      ? await this.translations?.sitemapAlternates(tenantId, siteId)
      : undefined;
    return pages.map((p) => ({
      ...p,
      alternates: (alternates?.get(p.path) ?? []).map((a) => ({ hreflang: a.hreflang, href: a.url })),
    }));
  }

  /**
   * Regenerates every sitemap of a tenant, e.g. after its regions or domains changed (hreflang and
   * base URLs come from them). No job id: a time-bucketed one would swallow a second change made
   * while the first job is still queued; an extra run (several replicas) rewrites the same bytes.
   */
  async regenerateSitemaps(tenantId: string): Promise<number> {
    const sites = await withTenant(this.db, { tenantId }, (em) =>
      em.find(SiteSchema, {}, { fields: ['id'] }),
    );
    for (const site of sites) {
      await this.jobs.enqueue('sitemap.regenerate', { tenantId, siteId: site.id });
    }
    return sites.length;
  }

  siteForJob(tenantId: string, siteId: string): Promise<Site | null> {
    return withTenant(this.db, { tenantId }, (em) => em.findOne(SiteSchema, { id: siteId }));
  }

  private checkVersion(page: Page, expected: number | null | undefined): void {
    assertExpectedVersion('page', page.version, expected);
  }
}
