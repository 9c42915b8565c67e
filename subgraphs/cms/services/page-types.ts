import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { isPageType, PAGE_TYPES, type PageTypeName } from '../../../templates/page-types.js';
import type { PageTree } from '../entities/cms.js';
import { SiteSchema } from '../entities/cms.js';
import { PageTypeTemplateSchema } from '../entities/page-types.js';
import { servedSite } from './site-domains.js';
import { validateTree } from './tree.js';

/** Where the sample theme's page-type templates live: `templates/samples/theme/<type>.json`. */
export const THEME_DIR = new URL('../../../templates/samples/theme/', import.meta.url);

/** The file name of a page type's default template (`not_found` → `not-found.json`). */
export const themeFileOf = (type: PageTypeName) => `${type.replace('_', '-')}.json`;

/** Loads and validates the sample theme's default trees; a missing or invalid file fails the load. */
export function loadThemeDefaults(dir: URL = THEME_DIR): ReadonlyMap<PageTypeName, PageTree> {
  const out = new Map<PageTypeName, PageTree>();
  for (const type of PAGE_TYPES) {
    const file = themeFileOf(type);
    try {
      out.set(type, validateTree(JSON.parse(readFileSync(new URL(file, dir), 'utf8')), type));
    } catch (err) {
      if (err instanceof Error) err.message = `templates/samples/theme/${file}: ${err.message}`;
      throw err;
    }
  }
  return out;
}

let shared: ReadonlyMap<PageTypeName, PageTree> | undefined;

/** The sample theme's defaults, loaded once. */
export function themeDefaults(): ReadonlyMap<PageTypeName, PageTree> {
  shared ??= loadThemeDefaults();
  return shared;
}

/** A page type's template as a site renders it: its override, else the theme's default. */
export interface PageTypeTemplateView {
  siteId: string;
  pageType: PageTypeName;
  tree: PageTree;
  isDefault: boolean;
  /** The override's version; 0 for the default. */
  version: number;
  updatedAt: Date | null;
}

const saveInput = z.object({
  siteId: z.string().uuid(),
  pageType: z.string().refine(isPageType, 'Unknown page type'),
  tree: z.unknown(),
  expectedVersion: z.number().int().min(0).nullish(),
});

const resetInput = z.object({
  siteId: z.string().uuid(),
  pageType: z.string().refine(isPageType, 'Unknown page type'),
  expectedVersion: z.number().int().min(0).nullish(),
});

/**
 * Storefront page-type templates per site (product, collection, 404, ...): read with their
 * resolution (override or default), save with optimistic concurrency, reset to the default. They
 * are not pages: no plan page limit, no drafts; a save is live at once and purges cached pages.
 */
export class PageTypeService {
  constructor(
    private readonly db: SubgraphDb,
    /** Purges the tenant's cached storefront pages (PageLifecycle.purge); absent: nothing to purge. */
    private readonly purge: (tenantId: string) => Promise<void> = async () => {},
    private readonly defaults: () => ReadonlyMap<PageTypeName, PageTree> = themeDefaults,
  ) {}

  private defaultView(siteId: string, pageType: PageTypeName): PageTypeTemplateView {
    return {
      siteId,
      pageType,
      tree: this.defaults().get(pageType)!,
      isDefault: true,
      version: 0,
      updatedAt: null,
    };
  }

  /** Every page type's template of a site (default: the site the request's host maps to, else the default site). */
  async templates(ctx: RequestContext, siteId: string | null): Promise<PageTypeTemplateView[]> {
    if (siteId !== null && !isUuid(siteId)) throw notFound('Site');
    return withTenant(this.db, ctx, async (em) => {
      const site = siteId ? await em.findOne(SiteSchema, { id: siteId }) : await servedSite(em, ctx);
      if (!site) throw notFound('Site');
      const rows = await em.find(PageTypeTemplateSchema, { siteId: site.id });
      return PAGE_TYPES.map((type) => {
        const row = rows.find((r) => r.pageType === type);
        return row
          ? {
              siteId: site.id,
              pageType: type,
              tree: row.tree,
              isDefault: false,
              version: row.version,
              updatedAt: row.updatedAt,
            }
          : this.defaultView(site.id, type);
      });
    });
  }

  /** The tree a page type renders with on the served site, inside a caller's tenant transaction. */
  async resolve(em: EntityManager, siteId: string, pageType: PageTypeName): Promise<PageTree> {
    const row = await em.findOne(PageTypeTemplateSchema, { siteId, pageType });
    return row?.tree ?? this.defaults().get(pageType)!;
  }

  /** Saves a site's override (BAD_USER_INPUT naming the tree path; CONFLICT on a stale expectedVersion). */
  async save(ctx: RequestContext, input: unknown): Promise<PageTypeTemplateView> {
    const data = parseInput(saveInput, input);
    const pageType = data.pageType as PageTypeName;
    const tree = validateTree(data.tree, pageType);
    let view: PageTypeTemplateView;
    try {
      view = await withTenant(this.db, ctx, async (em) => {
        const site = await em.findOne(SiteSchema, { id: data.siteId });
        if (!site) throw notFound('Site');
        assertCanOnSite(ctx, 'content:write', site.id);
        const row = await em.findOne(
          PageTypeTemplateSchema,
          { siteId: site.id, pageType },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        checkVersion(row?.version ?? 0, data.expectedVersion);
        const now = new Date();
        if (row) {
          row.tree = tree;
          row.version += 1;
          row.updatedAt = now;
          await em.flush();
          return { siteId: site.id, pageType, tree, isDefault: false, version: row.version, updatedAt: now };
        }
        em.create(PageTypeTemplateSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          siteId: site.id,
          pageType,
          tree,
          version: 1,
          updatedAt: now,
        });
        await em.flush();
        return { siteId: site.id, pageType, tree, isDefault: false, version: 1, updatedAt: now };
      });
    } catch (err) {
      // Two first saves at once: the loser sees the winner's version 1.
      if (err instanceof UniqueConstraintViolationException) throw staleVersion(data.expectedVersion ?? 0, 1);
      throw err;
    }
    await this.purge(ctx.tenantId!);
    return view;
  }

  /** Drops a site's override: the theme's default applies again (CONFLICT on a stale expectedVersion). */
  async reset(ctx: RequestContext, input: unknown): Promise<PageTypeTemplateView> {
    const data = parseInput(resetInput, input);
    const pageType = data.pageType as PageTypeName;
    await withTenant(this.db, ctx, async (em) => {
      const site = await em.findOne(SiteSchema, { id: data.siteId });
      if (!site) throw notFound('Site');
      assertCanOnSite(ctx, 'content:write', site.id);
      const row = await em.findOne(
        PageTypeTemplateSchema,
        { siteId: site.id, pageType },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      checkVersion(row?.version ?? 0, data.expectedVersion);
      if (row) await em.removeAndFlush(row);
    });
    await this.purge(ctx.tenantId!);
    return this.defaultView(data.siteId, pageType);
  }
}

function staleVersion(expected: number, stored: number) {
  return conflict(
    `The page type template was changed since version ${expected}; the stored version is ${stored}`,
    { storedVersion: stored },
  );
}

function checkVersion(stored: number, expected: number | null | undefined): void {
  if (expected != null && expected !== stored) throw staleVersion(expected, stored);
}
