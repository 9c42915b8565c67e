import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import {
  type Connection,
  checkPageSize,
  decodeCursor,
  MAX_PAGE_SIZE,
  toConnection,
} from '../../../core/pagination.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import type { TreeNode } from '../../../templates/components/index.js';
import type { ResolvedMenuItem, SiteData } from '../../../templates/components/layout/site-data.js';
import { storedHrefs } from '../../../templates/components/render.js';
import { type LinkTarget, PAGE_TYPE_PATHS } from '../../../templates/links.js';
import { PageSchema, SiteSchema } from '../entities/cms.js';
import { type MenuItem, type MenuLink, MenuSchema, RedirectSchema } from '../entities/lifecycle.js';
import { type SiteLayout, SiteLayoutSchema, type StoredSectionGroup } from '../entities/site-layout.js';
import { linkedPageIds } from './navigation.js';
import { assertExpectedVersion } from './optimistic.js';
import { servedSite } from './site-domains.js';
import { validateTree } from './tree.js';

/** The section groups of a site layout. */
export const SECTION_GROUPS = ['header', 'footer'] as const;
export type SectionGroupName = (typeof SECTION_GROUPS)[number];

/** Where the sample theme's default section groups live (copied into dist/ on build). */
export const THEME_DIR = new URL('../../../templates/samples/theme/', import.meta.url);

/** The sample theme's default groups, validated like a page tree (an invalid file fails the load). */
export function loadThemeGroups(dir: URL = THEME_DIR): Record<SectionGroupName, StoredSectionGroup> {
  const load = (name: SectionGroupName): StoredSectionGroup => {
    const parsed: unknown = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
    return groupOf(parsed, `theme ${name}`);
  };
  return { header: load('header'), footer: load('footer') };
}

let themeGroups: Record<SectionGroupName, StoredSectionGroup> | undefined;
function defaults(): Record<SectionGroupName, StoredSectionGroup> {
  themeGroups ??= loadThemeGroups();
  return themeGroups;
}

/** A section group input (`{ content: [...] }`), validated like a page tree; errors name the group. */
function groupOf(input: unknown, field: string): StoredSectionGroup {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw badInput(`${field}: a section group is an object { content: [...] }`, field);
  }
  try {
    const tree = validateTree({ root: { props: {} }, content: (input as { content?: unknown }).content });
    return { content: tree.content };
  } catch (err) {
    // validateTree names `tree...`: the same path under the group's name.
    if (err instanceof AppError) {
      throw badInput(err.message.replace(/^tree\b/, field), field);
    }
    throw err;
  }
}

/** One section group of a site as the graph shows it. */
export interface SectionGroupView {
  content: TreeNode[];
  /** True when the site has no override of this group: the theme's default applies. */
  isDefault: boolean;
}

export interface SiteLayoutView {
  siteId: string;
  header: SectionGroupView;
  footer: SectionGroupView;
  /** 0 until the first save. */
  version: number;
  updatedAt: Date | null;
}

function viewOf(siteId: string, row: SiteLayout | null): SiteLayoutView {
  const group = (name: SectionGroupName): SectionGroupView => {
    const stored = row?.[name];
    return stored ? { content: stored.content, isDefault: false } : { ...defaults()[name], isDefault: true };
  };
  return {
    siteId,
    header: group('header'),
    footer: group('footer'),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** Where a broken link is. */
export type BrokenLinkSource = 'page' | 'menu' | 'section';

/** A link of a site to something that does not exist (it renders as text). */
export interface BrokenLink {
  /** Stable per place: the same broken link keeps its id (and cursor) between reads. */
  id: string;
  source: BrokenLinkSource;
  /** The page's path, the menu's handle or the section group's name. */
  sourceName: string;
  /** The page's id when the link is on a page. */
  pageId: string | null;
  /** Where in the source: `content[2].props.cta.href`, `items[1].children[0]`. */
  at: string;
  /** The link text, when the link has one. */
  label: string | null;
  /** What it points at: the stored href, or `page:<id>` for a page link whose page is gone. */
  target: string;
}

/** Site paths under a page type's route: served by the storefront's page types, not by cms pages. */
function isPageTypePath(path: string): boolean {
  return Object.values(PAGE_TYPE_PATHS).some((route) =>
    route.endsWith('/') ? path.startsWith(route) : path === route || path.startsWith(`${route}/`),
  );
}

/** The site path a stored href checks against the site's pages, or null (external, anchor, page type). */
export function checkedPath(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const path = href.replace(/[?#].*$/, '');
  const normal = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return isPageTypePath(normal) ? null : normal;
}

/** A product or collection a link names by slug. */
export interface CatalogueRef {
  kind: 'product' | 'collection';
  slug: string;
}

/** The product or collection a stored site path names (`/products/<slug>`, `/collections/<slug>`), or null. */
export function catalogueRefOf(href: string): CatalogueRef | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const match = /^\/(products|collections)\/([^/?#]+)\/?(?:[?#].*)?$/.exec(href);
  if (!match || (match[1] === 'collections' && match[2] === 'all')) return null;
  try {
    return { kind: match[1] === 'products' ? 'product' : 'collection', slug: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

/** The product or collection a menu item links to by reference, or null. */
function menuCatalogueRef(item: MenuItem): CatalogueRef | null {
  return item.link?.kind === 'product' || item.link?.kind === 'collection' ? item.link : null;
}

/** Which products and collections exist, from the render-data operation; null when unknown. */
export type CatalogueFound = { products: ReadonlySet<string>; collections: ReadonlySet<string> } | null;

/** Checks product and collection slugs (outside any transaction: it goes through the gateway). */
export type CatalogueCheck = (
  ctx: RequestContext,
  slugs: { productSlugs: string[]; collectionSlugs: string[] },
) => Promise<CatalogueFound>;

/** The slugs to ask about, at most MAX_PAGE_SIZE of each kind (more are not checked). */
function catalogueNeeds(refs: readonly CatalogueRef[]): {
  productSlugs: string[];
  collectionSlugs: string[];
} {
  const of = (kind: CatalogueRef['kind']) =>
    [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.slug))].slice(0, MAX_PAGE_SIZE);
  return { productSlugs: of('product'), collectionSlugs: of('collection') };
}

/** Whether a ref is known to be missing: asked about, and not found. Unknown (null) answers keep the link. */
function catalogueMissing(
  ref: CatalogueRef,
  asked: { productSlugs: string[]; collectionSlugs: string[] },
  found: CatalogueFound,
): boolean {
  if (!found) return false;
  const [slugs, existing] =
    ref.kind === 'product'
      ? [asked.productSlugs, found.products]
      : [asked.collectionSlugs, found.collections];
  return slugs.includes(ref.slug) && !existing.has(ref.slug);
}

/** Which of `paths` lead nowhere on the site: no published page and no redirect from there. */
async function missingPaths(
  em: EntityManager,
  siteId: string,
  paths: Iterable<string>,
): Promise<Set<string>> {
  const wanted = [...new Set(paths)];
  if (wanted.length === 0) return new Set();
  // One transaction, one connection: the queries run one after the other.
  const pages = await em.find(
    PageSchema,
    { siteId, path: { $in: wanted }, status: 'published' },
    { fields: ['id', 'path'] },
  );
  const redirects = await em.find(
    RedirectSchema,
    { siteId, fromPath: { $in: wanted } },
    { fields: ['id', 'fromPath'] },
  );
  const found = new Set([...pages.map((p) => p.path), ...redirects.map((r) => r.fromPath)]);
  return new Set(wanted.filter((p) => !found.has(p)));
}

/** Published paths of pages by id (unpublished and unknown pages are absent). */
async function publishedPagePaths(
  em: EntityManager,
  siteId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const pages = await em.find(
    PageSchema,
    { siteId, id: { $in: [...ids] }, status: 'published' },
    { fields: ['id', 'path'] },
  );
  return new Map(pages.map((p) => [p.id, p.path]));
}

/** Menu handles the layout components of a list of nodes show. */
function menuHandles(nodes: readonly TreeNode[]): string[] {
  const handles = new Set<string>();
  for (const node of nodes) {
    const props = node.props ?? {};
    if (node.type === 'SiteHeader') handles.add(typeof props.menu === 'string' ? props.menu : 'main');
    if (node.type === 'SiteFooter') {
      const columns = Array.isArray(props.columns) ? props.columns : [{ menu: 'footer' }];
      for (const column of columns) {
        const menu = (column as { menu?: unknown } | null)?.menu;
        if (typeof menu === 'string') handles.add(menu);
      }
      handles.add(typeof props.legalMenu === 'string' ? props.legalMenu : 'legal');
    }
  }
  return [...handles];
}

/** Every item of a menu, nested ones included. */
function allItems(items: readonly MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...allItems(item.children)]);
}

/** Every stored site path of menu items without a link (to check against the site's pages). */
function menuPaths(items: readonly MenuItem[]): string[] {
  return items.flatMap((item) => {
    const path = item.link ? null : checkedPath(item.href);
    return [...(path ? [path] : []), ...menuPaths(item.children)];
  });
}

function targetOf(link: MenuLink, pagePaths: ReadonlyMap<string, string>): LinkTarget | null {
  if (link.kind === 'page') {
    const path = pagePaths.get(link.pageId);
    return path ? { kind: 'page', path } : null;
  }
  return link;
}

/** Menu items for the render: links resolved, missing targets null (rendered as text). */
function resolveItems(
  items: readonly MenuItem[],
  pagePaths: ReadonlyMap<string, string>,
  missing: ReadonlySet<string>,
): ResolvedMenuItem[] {
  return items.map((item) => {
    const path = item.link ? null : checkedPath(item.href);
    return {
      label: item.label,
      to: item.link ? targetOf(item.link, pagePaths) : path && missing.has(path) ? null : item.href,
      children: resolveItems(item.children, pagePaths, missing),
    };
  });
}

/** A broken link's id: a uuid-shaped digest of where it is, so it pages like rows do. */
function brokenLinkId(source: BrokenLinkSource, sourceName: string, at: string): string {
  const hex = createHash('sha256').update(`${source}\u0000${sourceName}\u0000${at}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** What a page render needs of the site besides the page: its layout groups, names, menus and link checks. */
export interface PageLayout {
  header: TreeNode[];
  footer: TreeNode[];
  site: SiteData;
  /** Stored site-relative hrefs (of the page and the groups) that lead nowhere. */
  missingLinks: ReadonlySet<string>;
  /** The product and collection slugs the page links to, for the render-data operation to check. */
  catalogue: { productSlugs: string[]; collectionSlugs: string[] };
  /** Stored hrefs naming a product or collection, to mark missing once the catalogue answered. */
  catalogueHrefs: readonly (readonly [string, CatalogueRef])[];
}

/**
 * The layout with the catalogue's answer applied: links to products and collections that do not
 * exist render as text too (a stored href joins `missingLinks`, a menu link becomes null).
 */
export function withCatalogue(layout: PageLayout, found: CatalogueFound): PageLayout {
  if (!found) return layout;
  const missing = (ref: CatalogueRef) => catalogueMissing(ref, layout.catalogue, found);
  const fix = (items: readonly ResolvedMenuItem[]): ResolvedMenuItem[] =>
    items.map((item) => ({
      ...item,
      to:
        item.to !== null &&
        typeof item.to === 'object' &&
        (item.to.kind === 'product' || item.to.kind === 'collection') &&
        missing(item.to)
          ? null
          : item.to,
      children: fix(item.children),
    }));
  return {
    ...layout,
    site: {
      ...layout.site,
      menus: Object.fromEntries(
        Object.entries(layout.site.menus).map(([handle, items]) => [handle, fix(items)]),
      ),
    },
    missingLinks: new Set([
      ...layout.missingLinks,
      ...layout.catalogueHrefs.filter(([, ref]) => missing(ref)).map(([href]) => href),
    ]),
  };
}

const saveInputKeys = new Set(['header', 'footer']);

/**
 * A site's layout: the header and footer section groups rendered around every page, with the
 * sample theme's defaults until a site saves its own; the menus they show, resolved per render;
 * and the report of the site's broken links.
 */
export class SiteLayoutService {
  constructor(
    private readonly db: SubgraphDb,
    /** Purges the tenant's cached pages: a layout change shows on every page. */
    private readonly purge: (tenantId: string) => Promise<void>,
    /** Which linked products and collections exist (through the gateway); absent: they are not checked. */
    private readonly catalogue?: CatalogueCheck,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The layout of a site (default: the site the request's host maps to, else the default site); null when none. */
  async layout(ctx: RequestContext, siteId: string | null): Promise<SiteLayoutView | null> {
    if (!ctx.tenantId || (siteId !== null && !isUuid(siteId))) return null;
    return withTenant(this.db, ctx, async (em) => {
      const site = siteId ? await em.findOne(SiteSchema, { id: siteId }) : await servedSite(em, ctx);
      if (!site) return null;
      return viewOf(site.id, await em.findOne(SiteLayoutSchema, { siteId: site.id }));
    });
  }

  /**
   * Saves section groups of a site: a group given replaces the stored one, null resets it to the
   * theme's default, an absent one is kept. `expectedVersion` (0 before the first save): a different
   * stored version is a CONFLICT.
   */
  async save(
    ctx: RequestContext,
    siteId: string,
    input: Record<string, unknown>,
    expectedVersion: number | null,
  ): Promise<SiteLayoutView> {
    if (!isUuid(siteId)) throw badInput('siteId: not a valid id', 'siteId');
    const unknown = Object.keys(input).find((key) => !saveInputKeys.has(key));
    if (unknown) throw badInput(`${unknown}: not a section group`, unknown);
    const groups: Partial<Record<SectionGroupName, StoredSectionGroup | null>> = {};
    for (const name of SECTION_GROUPS) {
      if (input[name] !== undefined) groups[name] = input[name] === null ? null : groupOf(input[name], name);
    }
    return this.write(ctx, siteId, groups, expectedVersion);
  }

  /** Resets both groups to the theme's defaults. */
  reset(ctx: RequestContext, siteId: string, expectedVersion: number | null): Promise<SiteLayoutView> {
    if (!isUuid(siteId)) throw badInput('siteId: not a valid id', 'siteId');
    return this.write(ctx, siteId, { header: null, footer: null }, expectedVersion);
  }

  private async write(
    ctx: RequestContext,
    siteId: string,
    groups: Partial<Record<SectionGroupName, StoredSectionGroup | null>>,
    expectedVersion: number | null,
  ): Promise<SiteLayoutView> {
    if (expectedVersion !== null && (!Number.isInteger(expectedVersion) || expectedVersion < 0)) {
      throw badInput('expectedVersion: a version number (0 before the first save)', 'expectedVersion');
    }
    const view = await withTenant(this.db, ctx, async (em) => {
      const site = await em.findOne(SiteSchema, { id: siteId });
      if (!site) throw notFound('Site');
      assertCanOnSite(ctx, 'content:write', site.id);
      // Row lock: concurrent saves of one layout serialise, and the version check sees the winner.
      const row = await em.findOne(
        SiteLayoutSchema,
        { siteId: site.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const stored = row?.version ?? 0;
      assertExpectedVersion('layout', stored, expectedVersion);
      const at = this.now();
      if (row) {
        for (const [name, group] of Object.entries(groups)) row[name as SectionGroupName] = group;
        row.version += 1;
        row.updatedAt = at;
        await em.flush();
        return viewOf(site.id, row);
      }
      const created = em.create(SiteLayoutSchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        siteId: site.id,
        header: groups.header ?? null,
        footer: groups.footer ?? null,
        version: 1,
        updatedAt: at,
      });
      await em.flush();
      return viewOf(site.id, created);
    }).catch((err: unknown) => {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('The layout was saved at the same time; reload and retry', { storedVersion: 1 });
      }
      throw err;
    });
    await this.purge(ctx.tenantId!);
    return view;
  }

  /**
   * What rendering `content` (a page's components) on a site needs: the layout groups, the site's
   * name, the menus the components show (links resolved) and which stored site paths lead nowhere.
   */
  async pageLayout(ctx: RequestContext, siteId: string, content: readonly TreeNode[]): Promise<PageLayout> {
    return withTenant(this.db, ctx, async (em) => {
      const site = await em.findOne(SiteSchema, { id: siteId });
      const row = await em.findOne(SiteLayoutSchema, { siteId });
      const view = viewOf(siteId, row);
      const nodes = [...view.header.content, ...content, ...view.footer.content];
      const handles = menuHandles(nodes);
      const menus = handles.length ? await em.find(MenuSchema, { siteId, handle: { $in: handles } }) : [];
      const items = menus.flatMap((m) => m.items);
      const paths = [
        ...storedHrefs(nodes).flatMap(({ href }) => checkedPath(href) ?? []),
        ...menuPaths(items),
      ];
      const missing = await missingPaths(em, siteId, paths);
      const pagePaths = await publishedPagePaths(em, siteId, linkedPageIds(items));
      // Stored hrefs as written (SiteLink compares them), for the paths that lead nowhere.
      const missingLinks = new Set(
        storedHrefs(nodes)
          .map(({ href }) => href)
          .filter((href) => {
            const path = checkedPath(href);
            return path !== null && missing.has(path);
          }),
      );
      const catalogueHrefs = storedHrefs(nodes).flatMap(({ href }) => {
        const ref = catalogueRefOf(href);
        return ref ? [[href, ref] as const] : [];
      });
      const menuRefs = allItems(items).flatMap((item) => menuCatalogueRef(item) ?? []);
      return {
        header: view.header.content,
        footer: view.footer.content,
        site: {
          name: site?.name ?? '',
          year: this.now().getUTCFullYear(),
          menus: Object.fromEntries(menus.map((m) => [m.handle, resolveItems(m.items, pagePaths, missing)])),
        },
        missingLinks,
        catalogue: catalogueNeeds([...catalogueHrefs.map(([, ref]) => ref), ...menuRefs]),
        catalogueHrefs,
      };
    });
  }

  /**
   * The site's links that lead nowhere, on its published pages, in its menus and in its layout
   * groups (default: the site the request's host maps to, else the default site), ordered by id.
   */
  async brokenLinks(
    ctx: RequestContext,
    siteId: string | null,
    first: number,
    after: string | null,
  ): Promise<Connection<BrokenLink>> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    if (!ctx.tenantId || (siteId !== null && !isUuid(siteId))) return toConnection([], first);
    const { broken: all, candidates } = await withTenant(this.db, ctx, async (em) => {
      const site = siteId ? await em.findOne(SiteSchema, { id: siteId }) : await servedSite(em, ctx);
      if (!site) return { broken: [], candidates: [] };
      const pages = await em.find(PageSchema, { siteId: site.id, status: 'published' });
      const menus = await em.find(MenuSchema, { siteId: site.id });
      const row = await em.findOne(SiteLayoutSchema, { siteId: site.id });
      const view = viewOf(site.id, row);
      const places: {
        source: BrokenLinkSource;
        sourceName: string;
        pageId: string | null;
        content: TreeNode[];
      }[] = [
        ...pages.map((page) => ({
          source: 'page' as const,
          sourceName: page.path,
          pageId: page.id,
          content: page.publishedTree?.content ?? [],
        })),
        ...SECTION_GROUPS.map((name) => ({
          source: 'section' as const,
          sourceName: name,
          pageId: null,
          content: view[name].content,
        })),
      ];
      const hrefs = places.flatMap((place) => storedHrefs(place.content).map((h) => ({ ...place, ...h })));
      const items = menus.flatMap((m) => m.items);
      const missing = await missingPaths(em, site.id, [
        ...hrefs.flatMap(({ href }) => checkedPath(href) ?? []),
        ...menuPaths(items),
      ]);
      const pagePaths = await publishedPagePaths(em, site.id, linkedPageIds(items));
      const broken: BrokenLink[] = hrefs
        .filter(({ href }) => {
          const path = checkedPath(href);
          return path !== null && missing.has(path);
        })
        .map(({ source, sourceName, pageId, at, label, href }) => ({
          id: brokenLinkId(source, sourceName, at),
          source,
          sourceName,
          pageId,
          at,
          label,
          target: href,
        }));
      // Product and collection links: checked through the catalogue once the transaction is over.
      const candidates: { ref: CatalogueRef; link: BrokenLink }[] = hrefs.flatMap(
        ({ source, sourceName, pageId, at, label, href }) => {
          const ref = catalogueRefOf(href);
          const id = brokenLinkId(source, sourceName, at);
          return ref ? [{ ref, link: { id, source, sourceName, pageId, at, label, target: href } }] : [];
        },
      );
      const walk = (handle: string, list: readonly MenuItem[], at: string) => {
        list.forEach((item, i) => {
          const where = `${at}[${i}]`;
          const ref = menuCatalogueRef(item);
          if (ref) {
            candidates.push({
              ref,
              link: {
                id: brokenLinkId('menu', handle, where),
                source: 'menu',
                sourceName: handle,
                pageId: null,
                at: where,
                label: item.label,
                target: item.href,
              },
            });
          }
          const path = item.link ? null : checkedPath(item.href);
          const gone =
            item.link?.kind === 'page'
              ? !pagePaths.has(item.link.pageId)
              : path !== null && missing.has(path);
          if (gone) {
            broken.push({
              id: brokenLinkId('menu', handle, where),
              source: 'menu',
              sourceName: handle,
              pageId: null,
              at: where,
              label: item.label,
              target: item.link?.kind === 'page' ? `page:${item.link.pageId}` : item.href,
            });
          }
          walk(handle, item.children, `${where}.children`);
        });
      };
      for (const menu of menus) walk(menu.handle, menu.items, 'items');
      return { broken, candidates };
    });
    if (candidates.length && this.catalogue) {
      const asked = catalogueNeeds(candidates.map((c) => c.ref));
      const found = await this.catalogue(ctx, asked);
      for (const { ref, link } of candidates) if (catalogueMissing(ref, asked, found)) all.push(link);
    }
    const sorted = all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return toConnection(afterId ? sorted.filter((b) => b.id > afterId) : sorted, first);
  }
}
