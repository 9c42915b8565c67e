/**
 * Page management composed of existing operations (ADR 0053): duplicating a page as a new draft at
 * a free path, and making a page the site's home page (the page at `/` moves to a path made from
 * its title first).
 */
import { ApiError } from '../../../api.js';
import type { Session } from '../../../session.js';
import { DraftPageQuery, SavePageMutation, SitePagePathsQuery } from './operations.js';
import type { PageMeta } from './PageSettings.js';

/** `title` as a path segment: lowercase letters, digits and single hyphens. */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The first of `wanted`, `wanted-2`, `wanted-3`, ... no page of the site uses. */
export function freePath(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

async function sitePages(session: Session, pageId: string) {
  const { draftPage } = await session.execute(SitePagePathsQuery, { id: pageId });
  if (!draftPage) throw new ApiError('This page no longer exists', 'NOT_FOUND');
  return { siteId: draftPage.site.id, pages: draftPage.site.pages.edges.map((e) => e.node) };
}

/** A new draft with the page's content and settings at `<path>-copy`; resolves to it. */
export async function duplicatePage(
  session: Session,
  pageId: string,
  meta: PageMeta,
  tree: unknown,
): Promise<{ id: string; path: string; title: string }> {
  const { siteId, pages } = await sitePages(session, pageId);
  const base = meta.path === '/' ? '/home-copy' : `${meta.path}-copy`;
  const { savePage } = await session.execute(SavePageMutation, {
    input: {
      siteId,
      path: freePath(base, new Set(pages.map((p) => p.path))),
      title: `${meta.title} (copy)`,
      tree,
      seoTitle: meta.seoTitle,
      seoDescription: meta.seoDescription,
      ogImageAssetId: meta.ogImageAssetId,
    },
  });
  return savePage;
}

/**
 * Frees `/` for the page: the site's current home page (if another) moves to a path made from its
 * title. Resolves to that page's title and new path, or null when `/` was free.
 */
export async function freeHomePath(
  session: Session,
  pageId: string,
): Promise<{ title: string; path: string } | null> {
  const { pages } = await sitePages(session, pageId);
  const home = pages.find((p) => p.path === '/');
  if (!home || home.id === pageId) return null;
  const { draftPage } = await session.execute(DraftPageQuery, { id: home.id });
  if (!draftPage) return null;
  const path = freePath(`/${slugOf(draftPage.title) || 'previous-home'}`, new Set(pages.map((p) => p.path)));
  await session.execute(SavePageMutation, {
    input: {
      id: draftPage.id,
      path,
      title: draftPage.title,
      tree: draftPage.tree,
      expectedVersion: draftPage.version,
    },
  });
  return { title: draftPage.title, path };
}
