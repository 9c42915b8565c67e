import { randomUUID } from 'node:crypto';
import { type EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager as SqlEntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { canonicalLocale, localeCandidates, localeField, matchLocale } from '../../../core/locale.js';
import { assertCanOnSite, can } from '../../../core/permissions.js';
import { type Page, PageSchema, type Site, SiteSchema } from '../entities/cms.js';
import { type PageTranslation, PageTranslationSchema } from '../entities/translations.js';
import { assertExpectedVersion } from './optimistic.js';
import { seoInputShape } from './page-seo.js';
import { type PageView, publishedView } from './page-service.js';
import type { PageReferenceGuard } from './references.js';
import { siteBaseUrl } from './site-indexing.js';
import type { RenderRegion } from './supergraph-client.js';
import { validateTree } from './tree.js';

/** Translations per page: one per locale a tenant could reasonably serve. */
export const MAX_TRANSLATIONS_PER_PAGE = 50;

/** What the graph shows of a translation (dates already ISO strings, status in GraphQL case). */
export interface TranslationView {
  locale: string;
  title: string;
  tree: unknown;
  seoTitle: string | null;
  seoDescription: string | null;
  status: 'DRAFT' | 'PUBLISHED';
  version: number;
  publishedAt: string | null;
  updatedAt: string;
}

export interface PageAlternate {
  hreflang: string;
  url: string;
}

const saveInput = z.object({
  pageId: z.string().uuid(),
  locale: localeField,
  title: z.string().trim().min(1, 'Title must not be empty').max(300),
  tree: z.unknown(),
  seoTitle: seoInputShape.seoTitle,
  seoDescription: seoInputShape.seoDescription,
  expectedVersion: z.number().int().min(0).nullish(),
});

function draftOf(t: PageTranslation): TranslationView {
  return {
    locale: t.locale,
    title: t.title,
    tree: t.tree,
    seoTitle: t.seoTitle,
    seoDescription: t.seoDescription,
    status: t.publishedAt ? 'PUBLISHED' : 'DRAFT',
    version: t.version,
    publishedAt: t.publishedAt?.toISOString() ?? null,
    updatedAt: t.updatedAt.toISOString(),
  };
}

function liveOf(t: PageTranslation): TranslationView | null {
  if (!t.publishedAt || !t.publishedTree || !t.publishedTitle) return null;
  return {
    ...draftOf(t),
    title: t.publishedTitle,
    tree: t.publishedTree,
    seoTitle: t.publishedSeoTitle,
    seoDescription: t.publishedSeoDescription,
    version: t.publishedVersion ?? t.version,
  };
}

/** A page's base content with a published translation laid over it (title, SEO, tree). */
export function overlaid(base: PageView, t: PageTranslation): PageView {
  return {
    ...base,
    title: t.publishedTitle!,
    tree: t.publishedTree!,
    seoTitle: t.publishedSeoTitle,
    seoDescription: t.publishedSeoDescription,
    locale: t.locale,
  };
}

/**
 * hreflang alternates of a page: the default region (base content, default locale) first, then each
 * region whose locale a published translation serves (exact, else without region/script), one entry
 * per hreflang value, then `x-default` = the default region. A region's URL is its first host that
 * is a domain of the page's own site (`siteHosts`), else the site's base URL plus the region's path
 * prefix: a region host of another site (or one the tenant no longer holds) is never linked, so a
 * page cannot name a URL that another site, or another tenant, serves. Empty when the page has one
 * language only.
 */
export function buildAlternates(input: {
  regions: readonly RenderRegion[];
  publishedLocales: readonly string[];
  siteBaseUrl: string;
  /** The hosts of the page's site (cms site domains, its primary host included). */
  siteHosts: readonly string[];
  path: string;
}): PageAlternate[] {
  const { regions, publishedLocales, path } = input;
  const base = input.siteBaseUrl.replace(/\/+$/, '');
  const siteHosts = new Set(input.siteHosts.map((h) => h.toLowerCase()));
  const fallback = regions.find((r) => r.isDefault) ?? regions[0];
  if (!fallback) return [];
  const urlOf = (r: RenderRegion) => {
    const host = r.hosts.find((h) => siteHosts.has(h.toLowerCase()));
    return host ? `https://${host}${path}` : `${base}${r.pathPrefix ?? ''}${path}`;
  };
  const alternates: PageAlternate[] = [{ hreflang: fallback.locale, url: urlOf(fallback) }];
  for (const region of regions) {
    if (region === fallback || region.locale === fallback.locale) continue;
    if (alternates.some((a) => a.hreflang === region.locale)) continue;
    if (matchLocale(region.locale, publishedLocales) === null) continue;
    alternates.push({ hreflang: region.locale, url: urlOf(region) });
  }
  if (alternates.length < 2) return [];
  alternates.push({ hreflang: 'x-default', url: urlOf(fallback) });
  return alternates;
}

/**
 * The hosts of a site: its primary host and, once the site-domains slice's table exists
 * (Migration20261126160000_site_domains), every domain mapped to it. Inside a tenant transaction.
 */
export async function siteHostsOf(
  em: SqlEntityManager,
  site: Pick<Site, 'id' | 'primaryHost'>,
): Promise<string[]> {
  const hosts = site.primaryHost ? [site.primaryHost.toLowerCase()] : [];
  const rows = await em.execute<{ host: string }[]>('select host from cms.site_domain where site_id = ?', [
    site.id,
  ]);
  return [...new Set([...hosts, ...rows.map((r) => r.host.toLowerCase())])];
}

/**
 * Per-locale page translations: save a draft (optimistic concurrency), publish, delete, read; and
 * the published overlay for `page(path)` in the request's locale, falling back to the base content.
 * Locales are validated as BCP 47 (canonical case), not against the tenant's regions: those live in
 * the auth subgraph, and a translation may be prepared before its region exists (it is served, and
 * listed in hreflang alternates, once a region has that locale).
 */
export class TranslationService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    /** Announces `pages-changed` after a publish or delete (PageLifecycle.purge); null = nobody listens. */
    private readonly purge: ((tenantId: string) => Promise<void>) | null,
    private readonly publicUrl: string,
    /** The tenant's regions for sitemap alternates (a supergraph call, never inside a transaction); null = none. */
    private readonly regionsOf: ((tenantId: string) => Promise<RenderRegion[]>) | null = null,
    /** Refuses product and asset ids the tenant does not have (before the transaction). */
    private readonly references: Pick<PageReferenceGuard, 'assertOwn'> | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Drafts for readers allowed to see them (content:read), published translations otherwise. */
  async translations(ctx: RequestContext, page: Pick<PageView, 'id'>): Promise<TranslationView[]> {
    if (!ctx.tenantId) return [];
    const rows = await withTenant(this.db, ctx, (em) =>
      em.find(PageTranslationSchema, { pageId: page.id }, { orderBy: { locale: 'asc' } }),
    );
    return this.visible(ctx, rows);
  }

  async translation(
    ctx: RequestContext,
    page: Pick<PageView, 'id'>,
    localeInput: string,
  ): Promise<TranslationView | null> {
    const locale = canonicalLocale(localeInput);
    if (!locale) throw badInput('locale: a BCP 47 language tag, e.g. `de` or `de-AT`', 'locale');
    if (!ctx.tenantId) return null;
    const row = await withTenant(this.db, ctx, (em) =>
      em.findOne(PageTranslationSchema, { pageId: page.id, locale }),
    );
    return row ? (this.visible(ctx, [row])[0] ?? null) : null;
  }

  async save(ctx: RequestContext, input: unknown): Promise<TranslationView> {
    const data = parseInput(saveInput, input);
    const tree = validateTree(data.tree);
    // Ids the base page already has were checked when it was saved.
    await this.references?.assertOwn(ctx, data.pageId, { tree });
    try {
      const saved = await withTenant(this.db, ctx, async (em) => {
        const page = await this.pageFor(em, ctx, data.pageId, 'content:write');
        // FOR UPDATE: the version check and the write are one step, so two saves based on the same
        // version serialise and the second one sees the first one's version (CONFLICT).
        const existing = await em.findOne(
          PageTranslationSchema,
          { pageId: page.id, locale: data.locale },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        checkVersion(existing, data.expectedVersion);
        const now = this.now();
        if (existing) {
          existing.title = data.title;
          existing.tree = tree;
          existing.seoTitle = data.seoTitle ?? null;
          existing.seoDescription = data.seoDescription ?? null;
          existing.version += 1;
          existing.updatedAt = now;
          await em.flush();
          return existing;
        }
        // The page row serialises concurrent first saves of different locales against the cap.
        await em.findOne(
          PageSchema,
          { id: page.id },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        const count = await em.count(PageTranslationSchema, { pageId: page.id });
        if (count >= MAX_TRANSLATIONS_PER_PAGE) {
          throw badInput(`locale: a page has at most ${MAX_TRANSLATIONS_PER_PAGE} translations`, 'locale');
        }
        const created = em.create(PageTranslationSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          pageId: page.id,
          locale: data.locale,
          title: data.title,
          tree,
          seoTitle: data.seoTitle ?? null,
          seoDescription: data.seoDescription ?? null,
          version: 1,
          publishedTitle: null,
          publishedTree: null,
          publishedSeoTitle: null,
          publishedSeoDescription: null,
          publishedVersion: null,
          publishedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        await em.flush();
        return created;
      });
      return draftOf(saved);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        // Two first saves of the same locale raced: the other one won.
        throw conflict(`The ${data.locale} translation was created meanwhile; reload it`, {
          field: 'locale',
          storedVersion: 1,
        });
      }
      throw err;
    }
  }

  async publish(
    ctx: RequestContext,
    pageId: string,
    localeInput: string,
    expectedVersion: number | null,
  ): Promise<TranslationView> {
    const locale = this.localeArg(localeInput);
    const { page, translation } = await withTenant(this.db, ctx, async (em) => {
      const page = await this.pageFor(em, ctx, pageId, 'content:publish');
      const translation = await em.findOne(
        PageTranslationSchema,
        { pageId: page.id, locale },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!translation) throw notFound('Page translation');
      checkVersion(translation, expectedVersion);
      translation.publishedTitle = translation.title;
      translation.publishedTree = translation.tree;
      translation.publishedSeoTitle = translation.seoTitle;
      translation.publishedSeoDescription = translation.seoDescription;
      translation.publishedVersion = translation.version;
      translation.publishedAt = this.now();
      await em.flush();
      return { page, translation };
    });
    await this.announce(page, translation.publishedAt!);
    return draftOf(translation);
  }

  async delete(
    ctx: RequestContext,
    pageId: string,
    localeInput: string,
    expectedVersion: number | null,
  ): Promise<boolean> {
    const locale = this.localeArg(localeInput);
    const { page, wasLive } = await withTenant(this.db, ctx, async (em) => {
      const page = await this.pageFor(em, ctx, pageId, 'content:write');
      const translation = await em.findOne(
        PageTranslationSchema,
        { pageId: page.id, locale },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!translation) throw notFound('Page translation');
      // Taking a live translation offline is a publishing decision.
      if (translation.publishedAt) assertCanOnSite(ctx, 'content:publish', page.siteId);
      checkVersion(translation, expectedVersion);
      em.remove(translation);
      await em.flush();
      return { page, wasLive: translation.publishedAt !== null };
    });
    if (wasLive) await this.announce(page, this.now());
    return true;
  }

  /**
   * Inside `page(path)`'s transaction: the published page in the request's locale, i.e. the most
   * specific published translation (exact locale, then without region/script), else the base content.
   */
  async servedView(em: EntityManager, ctx: RequestContext, page: Page): Promise<PageView | null> {
    const base = publishedView(page);
    if (!base || !ctx.locale) return base;
    const candidates = localeCandidates(ctx.locale);
    const rows = await em.find(PageTranslationSchema, {
      pageId: page.id,
      locale: { $in: candidates },
      publishedAt: { $ne: null },
    });
    const best = candidates.map((c) => rows.find((r) => r.locale === c)).find((r) => r !== undefined);
    return best ? overlaid(base, best) : base;
  }

  /** The page's hreflang alternates, from the tenant's regions (render data) and its published translations. */
  async alternates(
    ctx: RequestContext,
    page: Pick<PageView, 'id' | 'siteId' | 'path'>,
    regions: readonly RenderRegion[],
  ): Promise<PageAlternate[]> {
    if (!ctx.tenantId || regions.length < 2) return [];
    const found = await withTenant(this.db, ctx, async (em) => {
      const site = await em.findOne(SiteSchema, { id: page.siteId });
      const rows = await em.find(
        PageTranslationSchema,
        { pageId: page.id, publishedAt: { $ne: null } },
        { fields: ['locale'] },
      );
      const hosts = site && rows.length > 0 ? await siteHostsOf(em, site) : [];
      return { site, hosts, locales: rows.map((r) => r.locale) };
    });
    if (!found.site || found.locales.length === 0) return [];
    return buildAlternates({
      regions,
      publishedLocales: found.locales,
      siteBaseUrl: siteBaseUrl(found.site, this.publicUrl),
      siteHosts: found.hosts,
      path: page.path,
    });
  }

  /**
   * hreflang alternates of a site's published pages by path, for the sitemap (PageService
   * .listPublishedPages): regions first (a supergraph call, outside any transaction), then the
   * published translation locales. Pages in one language only have no entry.
   */
  async sitemapAlternates(tenantId: string, siteId: string): Promise<Map<string, PageAlternate[]>> {
    const byPath = new Map<string, PageAlternate[]>();
    if (!this.regionsOf) return byPath;
    const regions = await this.regionsOf(tenantId);
    if (regions.length < 2) return byPath;
    const [found, locales] = await Promise.all([
      withTenant(this.db, { tenantId }, async (em) => {
        const site = await em.findOne(SiteSchema, { id: siteId });
        return site ? { site, hosts: await siteHostsOf(em, site) } : null;
      }),
      this.publishedLocalesByPath(tenantId, siteId),
    ]);
    if (!found) return byPath;
    const baseUrl = siteBaseUrl(found.site, this.publicUrl);
    for (const [path, publishedLocales] of locales) {
      const alternates = buildAlternates({
        regions,
        publishedLocales,
        siteBaseUrl: baseUrl,
        siteHosts: found.hosts,
        path,
      });
      if (alternates.length > 0) byPath.set(path, alternates);
    }
    return byPath;
  }

  /** Published translation locales of a site's published pages, by page path (sitemap alternates). */
  async publishedLocalesByPath(tenantId: string, siteId: string): Promise<Map<string, string[]>> {
    const rows = await withTenant(this.db, { tenantId }, (em) =>
      em.execute<{ path: string; locale: string }[]>(
        `select p.path, t.locale from cms.page_translation t join cms.page p on p.id = t.page_id
          where p.site_id = ? and p.status = 'published' and p.deleted_at is null and t.published_at is not null
          order by p.path, t.locale`,
        [siteId],
      ),
    );
    const byPath = new Map<string, string[]>();
    for (const row of rows) byPath.set(row.path, [...(byPath.get(row.path) ?? []), row.locale]);
    return byPath;
  }

  private visible(ctx: RequestContext, rows: PageTranslation[]): TranslationView[] {
    if (can(ctx, 'content:read')) return rows.map(draftOf);
    return rows.map(liveOf).filter((t) => t !== null);
  }

  private localeArg(input: string): string {
    const locale = canonicalLocale(input);
    if (!locale) throw badInput('locale: a BCP 47 language tag, e.g. `de` or `de-AT`', 'locale');
    return locale;
  }

  /** The page (NOT_FOUND for another tenant's or a malformed id), checked against the actor's sites. */
  private async pageFor(
    em: EntityManager,
    ctx: RequestContext,
    pageId: string,
    permission: 'content:write' | 'content:publish',
  ): Promise<Page> {
    if (!isUuid(pageId)) throw notFound('Page');
    const page = await em.findOne(PageSchema, { id: pageId });
    if (!page) throw notFound('Page');
    assertCanOnSite(ctx, permission, page.siteId);
    return page;
  }

  /** After commit: purge the gateways' page caches and refresh the sitemap (its alternates changed). */
  private async announce(page: Page, at: Date): Promise<void> {
    await this.purge?.(page.tenantId);
    await this.jobs.enqueue(
      'sitemap.regenerate',
      { tenantId: page.tenantId, siteId: page.siteId },
      { jobId: `sitemap-${page.siteId}-${at.getTime()}` },
    );
  }
}

function checkVersion(translation: PageTranslation | null, expected: number | null | undefined): void {
  assertExpectedVersion('translation', translation?.version ?? 0, expected);
}
