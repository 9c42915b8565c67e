import { randomUUID } from 'node:crypto';
import { type EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { type Connection, checkPageSize, decodeCursor, toConnection } from '../../../core/pagination.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { targetPath } from '../../../templates/links.js';
import { type Page, PageSchema, SiteSchema } from '../entities/cms.js';
import {
  type Menu,
  type MenuItem,
  type MenuLink,
  MenuSchema,
  RedirectSchema,
} from '../entities/lifecycle.js';
import { assertExpectedVersion } from './optimistic.js';
import { servedSite } from './site-domains.js';

export const MAX_MENU_DEPTH = 3;
export const MAX_MENU_ITEMS = 200;

/**
 * Where a menu link may lead: a site path (`/about`, never `//host` or `/\host`), an anchor,
 * an absolute http(s) URL, `mailto:` or `tel:`. Everything else (`javascript:`, `data:`, ...) is refused.
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 2048) return false;
  // Browsers drop tabs/newlines inside URLs, which would hide a scheme: refuse control characters outright.
  for (const char of href) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === '\\') return false;
  }
  if (href.startsWith('/')) return !href.startsWith('//');
  if (href.startsWith('#')) return true;
  if (/^mailto:[^\s]+$/i.test(href) || /^tel:\+?[0-9 ().-]{3,32}$/i.test(href)) return true;
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The GraphQL `MenuLinkKind` values and the stored kinds. */
const LINK_KINDS = {
  PAGE: 'page',
  PRODUCT: 'product',
  COLLECTION: 'collection',
  ALL_PRODUCTS: 'allProducts',
  SEARCH: 'search',
  CART: 'cart',
} as const;

interface LinkInput {
  kind: keyof typeof LINK_KINDS;
  pageId?: string | null;
  slug?: string | null;
}

interface ItemInput {
  label: string;
  href?: string | null;
  link?: LinkInput | null;
  children?: ItemInput[] | null;
}

const slugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug: a-z, 0-9 and single dashes');

const linkSchema = z.object({
  kind: z.enum(['PAGE', 'PRODUCT', 'COLLECTION', 'ALL_PRODUCTS', 'SEARCH', 'CART']),
  pageId: z.string().uuid('pageId: not a valid id').nullish(),
  slug: slugSchema.nullish(),
});

const itemSchema: z.ZodType<ItemInput> = z.lazy(() =>
  z.object({
    label: z.string().trim().min(1, 'label must not be empty').max(100),
    href: z
      .string()
      .trim()
      .refine(isSafeHref, 'href must be a site path, #anchor, http(s) URL, mailto: or tel:')
      .nullish(),
    link: linkSchema.nullish(),
    children: z.array(itemSchema).nullish(),
  }),
);

/** A link input as stored, and the href it stands for now (pages: looked up by the caller). */
function storedLink(link: LinkInput, at: string): MenuLink {
  const kind = LINK_KINDS[link.kind];
  if (kind === 'page') {
    if (!link.pageId) throw badInput(`${at}.link.pageId: a PAGE link needs the page's id`, 'items');
    return { kind, pageId: link.pageId };
  }
  if (kind === 'product' || kind === 'collection') {
    if (!link.slug) throw badInput(`${at}.link.slug: a ${link.kind} link needs a slug`, 'items');
    return { kind, slug: link.slug };
  }
  return { kind };
}

/** The href a link leads to today (a page link: the page's path, from `pagePaths`). */
export function linkHref(link: MenuLink, pagePaths: ReadonlyMap<string, string>): string | null {
  switch (link.kind) {
    case 'page':
      return pagePaths.get(link.pageId) ?? null;
    case 'product':
    case 'collection':
    case 'allProducts':
    case 'search':
    case 'cart':
      return targetPath(link);
  }
}

/** Page ids the items link to, nested ones included. */
export function linkedPageIds(items: readonly MenuItem[]): string[] {
  const ids = new Set<string>();
  const walk = (list: readonly MenuItem[]) => {
    for (const item of list) {
      if (item.link?.kind === 'page') ids.add(item.link.pageId);
      walk(item.children);
    }
  };
  walk(items);
  return [...ids];
}

const menuInput = z.object({
  siteId: z.string().uuid(),
  handle: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'handle: lowercase letters, digits, hyphens (max 40)'),
  items: z.array(itemSchema).max(MAX_MENU_ITEMS),
  expectedVersion: z.number().int().min(0).nullish(),
});

/** Normalises items (children always a list) and checks depth and total count; errors name the item path. */
export function normaliseMenuItems(items: ItemInput[]): MenuItem[] {
  let count = 0;
  const walk = (list: ItemInput[], depth: number, at: string): MenuItem[] =>
    list.map((item, index) => {
      const path = `${at}[${index}]`;
      count++;
      if (depth > MAX_MENU_DEPTH) {
        throw badInput(`${path}: menus nest at most ${MAX_MENU_DEPTH} levels`, 'items');
      }
      if (!item.href && !item.link) throw badInput(`${path}: give an href or a link`, 'items');
      const link = item.link ? storedLink(item.link, path) : undefined;
      return {
        label: item.label,
        // Replaced by the page's path for a page link (saveMenu looks it up).
        href: link ? (linkHref(link, new Map()) ?? '/') : item.href!,
        ...(link ? { link } : {}),
        children: walk(item.children ?? [], depth + 1, `${path}.children`),
      };
    });
  const result = walk(items, 1, 'items');
  if (count > MAX_MENU_ITEMS) throw badInput(`items: at most ${MAX_MENU_ITEMS} items in a menu`, 'items');
  return result;
}

const deleteMenuInput = z.object({
  siteId: z.string().uuid(),
  handle: menuInput.shape.handle,
  expectedVersion: z.number().int().min(0).nullish(),
});

type Em = EntityManager;

/**
 * Keeps the old path of a moved published page: `from → page.path`, re-points older redirects to
 * the new path (no chains), and drops any redirect away from the path the page now occupies (no loops).
 */
export async function keepRedirect(em: Em, page: Page, previousPath: string, at: Date): Promise<void> {
  const { siteId } = page;
  await em.nativeDelete(RedirectSchema, { siteId, fromPath: page.path });
  await em.nativeUpdate(RedirectSchema, { siteId, toPath: previousPath }, { toPath: page.path });
  const existing = await em.findOne(RedirectSchema, { siteId, fromPath: previousPath });
  if (existing) existing.toPath = page.path;
  else {
    em.create(RedirectSchema, {
      id: randomUUID(),
      tenantId: page.tenantId,
      siteId,
      fromPath: previousPath,
      toPath: page.path,
      status: 301,
      createdAt: at,
    });
  }
  await em.flush();
}

/**
 * Fills each page link's `href` with the page's current path; a page id that is no page of the site
 * is refused (BAD_USER_INPUT naming the item).
 */
async function withPagePaths(em: Em, siteId: string, items: MenuItem[]): Promise<void> {
  const ids = linkedPageIds(items);
  if (ids.length === 0) return;
  const pages = await em.find(PageSchema, { siteId, id: { $in: ids } }, { fields: ['id', 'path'] });
  const paths = new Map(pages.map((p) => [p.id, p.path]));
  const walk = (list: MenuItem[], at: string) => {
    list.forEach((item, i) => {
      if (item.link?.kind === 'page') {
        const path = paths.get(item.link.pageId);
        if (!path) throw badInput(`${at}[${i}].link.pageId: no page of this site has that id`, 'items');
        item.href = path;
      }
      walk(item.children, `${at}[${i}].children`);
    });
  };
  walk(items, 'items');
}

export class NavigationService {
  constructor(
    private readonly db: SubgraphDb,
    /** Purges the tenant's cached pages: menus show on every page (the site layout). */
    private readonly purge: (tenantId: string) => Promise<void> = async () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The redirect of an old path of a site (default: the site the request's host maps to, else the default site), or null. */
  async redirect(
    ctx: RequestContext,
    path: string,
    siteId: string | null,
  ): Promise<{ to: string; status: number } | null> {
    if (!ctx.tenantId || path.length > 512 || (siteId !== null && !isUuid(siteId))) return null;
    const found = await withTenant(this.db, ctx, async (em) => {
      const site = siteId ? { id: siteId } : await servedSite(em, ctx);
      if (!site) return null;
      return em.findOne(RedirectSchema, { siteId: site.id, fromPath: path });
    });
    return found ? { to: found.toPath, status: found.status } : null;
  }

  async menus(
    ctx: RequestContext,
    siteId: string | null,
    first: number,
    after: string | null,
  ): Promise<Connection<Menu>> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    if (!ctx.tenantId || (siteId !== null && !isUuid(siteId))) return toConnection([], first);
    const rows = await withTenant(this.db, ctx, async (em) => {
      const site = siteId ? { id: siteId } : await servedSite(em, ctx);
      if (!site) return [];
      return em.find(
        MenuSchema,
        { siteId: site.id, ...(afterId ? { id: { $gt: afterId } } : {}) },
        { orderBy: { id: 'asc' }, limit: first + 1 },
      );
    });
    return toConnection(rows, first);
  }

  /** One menu of a site by handle, or null (no such site, handle or menu). */
  async menu(ctx: RequestContext, siteId: string | null, handle: string): Promise<Menu | null> {
    if (!ctx.tenantId || (siteId !== null && !isUuid(siteId))) return null;
    if (!menuInput.shape.handle.safeParse(handle).success) return null;
    return withTenant(this.db, ctx, async (em) => {
      const site = siteId ? { id: siteId } : await servedSite(em, ctx);
      return site ? em.findOne(MenuSchema, { siteId: site.id, handle }) : null;
    });
  }

  async saveMenu(ctx: RequestContext, input: unknown): Promise<Menu> {
    const data = parseInput(menuInput, input);
    const items = normaliseMenuItems(data.items);
    const saved = await withTenant(this.db, ctx, async (em): Promise<Menu> => {
      const site = await em.findOne(SiteSchema, { id: data.siteId });
      if (!site) throw notFound('Site');
      assertCanOnSite(ctx, 'content:write', site.id);
      await withPagePaths(em, site.id, items);
      // Row lock: two concurrent saves of one menu serialise, and the version check sees the winner.
      const menu = await em.findOne(
        MenuSchema,
        { siteId: site.id, handle: data.handle },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const stored = menu?.version ?? 0;
      assertExpectedVersion('menu', stored, data.expectedVersion);
      if (menu) {
        menu.items = items;
        menu.version += 1;
        menu.updatedAt = this.now();
        await em.flush();
        return menu;
      }
      const created = em.create(MenuSchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        siteId: site.id,
        handle: data.handle,
        items,
        version: 1,
        updatedAt: this.now(),
      });
      await em.flush();
      return created;
    }).catch((err: unknown) => {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('The menu was created at the same time; reload and retry', { storedVersion: 1 });
      }
      throw err;
    });
    await this.purge(saved.tenantId);
    return saved;
  }

  /** Deletes a menu of a site; false when there was none (CONFLICT on a stale expectedVersion). */
  async deleteMenu(ctx: RequestContext, input: unknown): Promise<boolean> {
    const data = parseInput(deleteMenuInput, input);
    const deleted = await withTenant(this.db, ctx, async (em) => {
      const site = await em.findOne(SiteSchema, { id: data.siteId });
      if (!site) throw notFound('Site');
      assertCanOnSite(ctx, 'content:write', site.id);
      const menu = await em.findOne(
        MenuSchema,
        { siteId: site.id, handle: data.handle },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      assertExpectedVersion('menu', menu?.version ?? 0, data.expectedVersion);
      if (!menu) return false;
      await em.removeAndFlush(menu);
      return true;
    });
    if (deleted) await this.purge(ctx.tenantId!);
    return deleted;
  }
}
