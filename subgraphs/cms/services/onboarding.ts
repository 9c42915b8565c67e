import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { internalContext, type RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { conflict } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import type { JobPayloads, JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { starterSiteJobId } from '../../../core/onboarding-job.js';
import { PageSchema, SiteSchema, TokenOverrideSchema } from '../entities/cms.js';
import { MenuSchema } from '../entities/lifecycle.js';
import { type Onboarding, OnboardingSchema } from '../entities/onboarding.js';
import { PageTypeTemplateSchema } from '../entities/page-types.js';
import { SiteDomainSchema } from '../entities/site-domains.js';
import { SiteLayoutSchema } from '../entities/site-layout.js';
import type { NavigationService } from './navigation.js';
import type { PageService } from './page-service.js';
import { fillPlaceholders, loadTemplates, TEMPLATES_DIR, type Template } from './template-service.js';

/** The sample theme's starter pages (`templates/samples/theme/pages/`), by id. */
export const STARTER_PAGES_DIR = new URL('theme/pages/', TEMPLATES_DIR);

/**
 * The pages of a starter site: the home page, and the pages the theme's header and footer menus
 * link to. Every one is a draft (see ADR 0060): the owner publishes once the words are theirs.
 */
const STARTER_PAGES = [
  { template: 'home', path: '/', title: (business: string) => business },
  { template: 'about', path: '/about', title: () => 'About us' },
  { template: 'contact', path: '/contact', title: () => 'Contact' },
  { template: 'privacy', path: '/privacy', title: () => 'Privacy policy' },
] as const;

type StarterPage = (typeof STARTER_PAGES)[number]['template'];

/**
 * The menus the theme's header (`main`) and footer (`footer`, `legal`) name
 * (templates/samples/theme/header.json, footer.json), linking the starter pages by reference.
 */
function starterMenus(pageIds: Record<StarterPage, string>) {
  const page = (label: string, id: StarterPage) => ({ label, link: { kind: 'PAGE', pageId: pageIds[id] } });
  const allProducts = { label: 'Shop all', link: { kind: 'ALL_PRODUCTS' } };
  return {
    main: [allProducts, page('About', 'about'), page('Contact', 'contact')],
    footer: [allProducts, page('About us', 'about'), page('Contact', 'contact')],
    legal: [page('Privacy policy', 'privacy')],
  };
}

/** `queued`: no build has started and the tenant has no site (a new workspace whose job waits). */
export type StarterSiteState = Onboarding['status'] | 'queued';

export interface StarterSiteView {
  status: StarterSiteState;
  siteId: string | null;
  homePageId: string | null;
  error: string | null;
  completedAt: Date | null;
}

/** The onboarding facts the cms owns, and the starter site's state. */
export interface OnboardingView {
  tenantId: string;
  /** Whether the workspace has any site (a skipped build may still be asked for while it has none). */
  hasSite: boolean;
  starterSite: StarterSiteView;
  themeCustomised: boolean;
  sitePublished: boolean;
  domainConnected: boolean;
  dismissedAt: Date | null;
}

const businessName = z.string().trim().min(1, 'Business name must not be empty').max(120);

let starterTemplates: Map<string, Template> | undefined;

/** The starter pages' templates, loaded (and validated) once. */
export function starterPageTemplates(): Map<string, Template> {
  starterTemplates ??= loadTemplates(STARTER_PAGES_DIR);
  return starterTemplates;
}

/**
 * A new workspace's onboarding: the starter-site build (run by the `onboarding.starter-site` job,
 * jobs/starter-site.ts) and the checklist facts the cms owns (ADR 0060).
 */
export class OnboardingService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    private readonly pages: Pick<PageService, 'planOf' | 'insertSite' | 'savePage'>,
    private readonly navigation: Pick<NavigationService, 'saveMenu'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Builds the tenant's starter site once: the site (named after the business) is created in the
   * same transaction that records it against the tenant, so a retried or repeated job finds it and
   * only completes the missing pages and menus. A tenant that already has a site (the demo seed, a
   * workspace older than starter sites), or was created without one (`build: false`), is recorded
   * as `skipped` and left alone.
   */
  async buildStarterSite(
    payload: JobPayloads['onboarding.starter-site'],
  ): Promise<{ status: Onboarding['status']; siteId: string | null }> {
    const ctx: RequestContext = {
      ...internalContext('cms', payload.tenantId),
      tenantSlug: payload.tenantSlug,
    };
    const name = parseInput(businessName, payload.businessName);
    try {
      const plan = await this.pages.planOf(ctx);
      const record = await withTenant(this.db, ctx, async (em) => {
        const row = await em.findOne(
          OnboardingSchema,
          { tenantId: payload.tenantId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (row?.status === 'ready') return row;
        // Nothing to build for a workspace created without a starter site or that has a site.
        const skip = !payload.build || (await em.count(SiteSchema, {})) > 0;
        if (row?.status === 'skipped' && skip) return row;
        const record =
          row ??
          em.create(OnboardingSchema, {
            tenantId: payload.tenantId,
            businessName: name,
            status: 'building',
            siteId: null,
            error: null,
            startedAt: this.now(),
            completedAt: null,
            checklistDismissedAt: null,
          });
        if (!row && skip) {
          record.status = 'skipped';
          record.completedAt = this.now();
        } else {
          record.status = 'building';
          record.error = null;
          if (!record.siteId) {
            record.businessName = name;
            record.siteId = (await this.pages.insertSite(em, ctx, name, plan)).id;
          }
        }
        await em.flush();
        return { ...record };
      });
      if (record.status !== 'building') return { status: record.status, siteId: record.siteId };
      await this.completeSite(ctx, record.siteId!, record.businessName);
      await withTenant(this.db, ctx, async (em) => {
        const row = await em.findOneOrFail(OnboardingSchema, { tenantId: payload.tenantId });
        row.status = 'ready';
        row.completedAt = this.now();
        await em.flush();
      });
      return { status: 'ready', siteId: record.siteId };
    } catch (err) {
      await this.recordFailure(ctx, err);
      throw err;
    }
  }

  /** Saves the starter pages and menus the site does not have yet (each step skips what exists). */
  private async completeSite(ctx: RequestContext, siteId: string, business: string): Promise<void> {
    const existing = await withTenant(this.db, ctx, (em) =>
      em.find(PageSchema, { siteId, path: { $in: STARTER_PAGES.map((p) => p.path) } }),
    );
    const pageIds = {} as Record<StarterPage, string>;
    for (const starter of STARTER_PAGES) {
      const found = existing.find((page) => page.path === starter.path);
      if (found) {
        pageIds[starter.template] = found.id;
        continue;
      }
      const template = starterPageTemplates().get(starter.template);
      if (!template) throw new Error(`the sample theme has no starter page "${starter.template}"`);
      const title = starter.title(business);
      const tree = fillPlaceholders(template.data, {
        'site.name': business,
        'page.title': title,
        'page.path': starter.path,
      });
      const saved = await this.pages.savePage(ctx, { siteId, path: starter.path, title, tree });
      pageIds[starter.template] = saved.id;
    }
    const menus = await withTenant(this.db, ctx, (em) => em.find(MenuSchema, { siteId }));
    for (const [handle, items] of Object.entries(starterMenus(pageIds))) {
      if (menus.some((menu) => menu.handle === handle)) continue;
      await this.navigation.saveMenu(ctx, { siteId, handle, items, expectedVersion: 0 });
    }
  }

  private async recordFailure(ctx: RequestContext, err: unknown): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    try {
      await withTenant(this.db, ctx, async (em) => {
        const row = await em.findOne(OnboardingSchema, { tenantId: ctx.tenantId! });
        if (row?.status !== 'building') return;
        row.status = 'failed';
        row.error = message.slice(0, 500);
        await em.flush();
      });
    } catch (recordErr) {
      logger().warn(
        { err: recordErr, tenantId: ctx.tenantId },
        'onboarding: could not record a failed build',
      );
    }
  }

  /** The request tenant's onboarding: the starter site's state and the checklist facts the cms owns. */
  async onboarding(ctx: RequestContext): Promise<OnboardingView | null> {
    const tenantId = ctx.tenantId;
    if (!tenantId) return null;
    return withTenant(
      this.db,
      ctx,
      async (em) => {
        const row = await em.findOne(OnboardingSchema, { tenantId });
        const sites = await em.count(SiteSchema, {});
        const home = row?.siteId ? await em.findOne(PageSchema, { siteId: row.siteId, path: '/' }) : null;
        // One after another: the queries share the transaction's connection.
        const themed =
          (await em.count(TokenOverrideSchema, {})) +
          (await em.count(SiteLayoutSchema, {})) +
          (await em.count(PageTypeTemplateSchema, {}));
        const published = await em.count(PageSchema, { status: 'published' });
        const domains = await em.count(SiteDomainSchema, {});
        return {
          tenantId,
          hasSite: sites > 0,
          starterSite: {
            status: row?.status ?? (sites > 0 ? 'skipped' : 'queued'),
            siteId: row?.siteId ?? null,
            homePageId: home?.id ?? null,
            error: row?.error ?? null,
            completedAt: row?.completedAt ?? null,
          },
          themeCustomised: themed > 0,
          sitePublished: published > 0,
          domainConnected: domains > 0,
          dismissedAt: row?.checklistDismissedAt ?? null,
        };
      },
      { readOnly: true },
    );
  }

  /**
   * Queues the starter-site build again: after a failure, or for a workspace whose build never
   * started or that was created without one and has no site yet. CONFLICT while it is building,
   * once it is built, or when the tenant has a site.
   */
  async requestStarterSite(ctx: RequestContext, input: unknown): Promise<OnboardingView> {
    const name = parseInput(businessName, input);
    const current = (await this.onboarding(ctx))!;
    const status = current.starterSite.status;
    const buildable =
      status === 'failed' || status === 'queued' || (status === 'skipped' && !current.hasSite);
    if (!buildable) {
      throw conflict(`The starter site cannot be built again: it is ${status}`, { status });
    }
    await this.jobs.enqueue(
      'onboarding.starter-site',
      {
        tenantId: ctx.tenantId!,
        tenantSlug: ctx.tenantSlug ?? ctx.tenantId!,
        businessName: name,
        build: true,
      },
      { jobId: `${starterSiteJobId(ctx.tenantId!)}-r${this.now().getTime()}` },
    );
    return current;
  }

  /**
   * Hides the checklist for the tenant. The cms checks the facts it owns (theme, publish, domain);
   * the editor offers the action only once every item, commerce's included, is done.
   */
  async dismissChecklist(ctx: RequestContext): Promise<OnboardingView> {
    const current = (await this.onboarding(ctx))!;
    if (!current.themeCustomised || !current.sitePublished || !current.domainConnected) {
      throw conflict('Finish the checklist before dismissing it');
    }
    const dismiss = () =>
      withTenant(this.db, ctx, async (em) => {
        const row = await em.findOne(OnboardingSchema, { tenantId: ctx.tenantId! });
        if (row) {
          row.checklistDismissedAt ??= this.now();
        } else {
          // A workspace that had its site before starter sites (a published page means it has one).
          em.create(OnboardingSchema, {
            tenantId: ctx.tenantId!,
            businessName: ctx.tenantSlug ?? ctx.tenantId!,
            status: 'skipped',
            siteId: null,
            error: null,
            startedAt: this.now(),
            completedAt: this.now(),
            checklistDismissedAt: this.now(),
          });
        }
        await em.flush();
      });
    await dismiss().catch((err: unknown) => {
      if (err instanceof UniqueConstraintViolationException) return dismiss();
      throw err;
    });
    return (await this.onboarding(ctx))!;
  }
}
