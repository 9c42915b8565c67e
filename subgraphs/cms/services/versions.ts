import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { actorLabel, type RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, notFound } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import { checkPageSize } from '../../../core/pagination.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { type Page, PageSchema, type PageTree } from '../entities/cms.js';
import { type PageSeo, type PageVersion, PageVersionSchema } from '../entities/lifecycle.js';
import type { PageService, PageView } from './page-service.js';

export function seoOf(page: Partial<PageSeo>): PageSeo {
  return {
    seoTitle: page.seoTitle ?? null,
    seoDescription: page.seoDescription ?? null,
    canonicalUrl: page.canonicalUrl ?? null,
    ogImageAssetId: page.ogImageAssetId ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Structural diff

export interface ComponentChange {
  /** `added`, `removed`, or `changed` (same index, different type or props). */
  change: 'added' | 'removed' | 'changed';
  /** Index path in the tree, e.g. `content.2` or `root`. */
  path: string;
  type: string;
  /** For `changed`: the component type before, when it differs. */
  fromType?: string;
  /** For `changed`: each changed prop with its old and new value. */
  props?: Record<string, { from: unknown; to: unknown }>;
}

export interface PageDiff {
  from: number;
  to: number;
  title?: { from: string; to: string };
  path?: { from: string; to: string };
  seo?: Record<string, { from: unknown; to: unknown }>;
  components: ComponentChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function propChanges(before: object, after: object) {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (!same(a[key], b[key])) changes[key] = { from: a[key] ?? null, to: b[key] ?? null };
  }
  return changes;
}

/** Compares two saved states component by component (by index: trees are flat lists). */
export function diffVersions(
  from: Pick<PageVersion, 'version' | 'title' | 'path' | 'tree' | 'seo'>,
  to: Pick<PageVersion, 'version' | 'title' | 'path' | 'tree' | 'seo'>,
): PageDiff {
  const diff: PageDiff = { from: from.version, to: to.version, components: [] };
  if (from.title !== to.title) diff.title = { from: from.title, to: to.title };
  if (from.path !== to.path) diff.path = { from: from.path, to: to.path };
  const seo = propChanges(seoOf(from.seo ?? {}), seoOf(to.seo ?? {}));
  if (Object.keys(seo).length > 0) diff.seo = seo;
  const rootProps = propChanges(from.tree.root?.props ?? {}, to.tree.root?.props ?? {});
  if (Object.keys(rootProps).length > 0) {
    diff.components.push({ change: 'changed', path: 'root', type: 'root', props: rootProps });
  }
  const a = from.tree.content;
  const b = to.tree.content;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const before = a[i];
    const after = b[i];
    const path = `content.${i}`;
    if (before && !after) diff.components.push({ change: 'removed', path, type: before.type });
    else if (!before && after)
      diff.components.push({ change: 'added', path, type: after.type, props: propChanges({}, after.props) });
    else if (before && after && (before.type !== after.type || !same(before.props, after.props))) {
      diff.components.push({
        change: 'changed',
        path,
        type: after.type,
        ...(before.type !== after.type ? { fromType: before.type } : {}),
        props: propChanges(before.props, after.props),
      });
    }
  }
  return diff;
}

// ---------------------------------------------------------------------------------------------
// Version history

/** Writes the page's current draft as its immutable version row (inside the save's transaction). */
export async function recordVersion(
  em: EntityManager,
  ctx: RequestContext,
  page: Page,
  at: Date,
): Promise<void> {
  em.create(PageVersionSchema, {
    id: randomUUID(),
    tenantId: page.tenantId,
    pageId: page.id,
    version: page.version,
    title: page.title,
    path: page.path,
    tree: page.draftTree,
    seo: seoOf(page),
    createdBy: actorLabel(ctx),
    createdAt: at,
  });
  await em.flush();
}

/** Version cursors are the version number (versions are listed newest first). */
export function encodeVersionCursor(version: number): string {
  return Buffer.from(`v${version}`, 'utf8').toString('base64url');
}

function decodeVersionCursor(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = /^v(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after: not a valid cursor', 'after');
  return Number(match[1]);
}

export interface VersionConnection {
  edges: { cursor: string; node: PageVersion }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export class VersionService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly pages: PageService,
  ) {}

  /** A page's versions, newest first. Only called from `Page.versions`, i.e. on a page the reader could see. */
  async versions(
    ctx: RequestContext,
    page: PageView,
    first: number,
    after: string | null,
  ): Promise<VersionConnection> {
    checkPageSize(first);
    const before = decodeVersionCursor(after);
    const rows = await withTenant(this.db, ctx, async (em) => {
      assertCanOnSite(ctx, 'content:read', page.siteId);
      return em.find(
        PageVersionSchema,
        { pageId: page.id, ...(before !== null ? { version: { $lt: before } } : {}) },
        { orderBy: { version: 'desc' }, limit: first + 1 },
      );
    });
    const slice = rows.slice(0, first);
    return {
      edges: slice.map((node) => ({ cursor: encodeVersionCursor(node.version), node })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: slice.length ? encodeVersionCursor(slice.at(-1)!.version) : null,
      },
    };
  }

  async diff(ctx: RequestContext, pageId: string, from: number, to: number): Promise<PageDiff> {
    if (!isUuid(pageId)) throw badInput('pageId: not a valid id', 'pageId');
    const [a, b] = await withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) throw notFound('Page');
      assertCanOnSite(ctx, 'content:read', page.siteId);
      return Promise.all([
        em.findOne(PageVersionSchema, { pageId, version: from }),
        em.findOne(PageVersionSchema, { pageId, version: to }),
      ]);
    });
    if (!a) throw notFound(`Version ${from}`);
    if (!b) throw notFound(`Version ${to}`);
    return diffVersions(a, b);
  }

  /** Saves an old version's content as a new draft version (history is never rewritten). */
  async restore(
    ctx: RequestContext,
    pageId: string,
    version: number,
    expectedVersion: number | null,
  ): Promise<PageView> {
    if (!isUuid(pageId)) throw badInput('pageId: not a valid id', 'pageId');
    const old = await withTenant(this.db, ctx, async (em) => {
      const page = await em.findOne(PageSchema, { id: pageId });
      if (!page) throw notFound('Page');
      assertCanOnSite(ctx, 'content:write', page.siteId);
      return em.findOne(PageVersionSchema, { pageId, version });
    });
    if (!old) throw notFound(`Version ${version}`);
    // savePage re-validates the tree, keeps optimistic concurrency and records the new version.
    return this.pages.savePage(ctx, {
      id: pageId,
      path: old.path,
      title: old.title,
      tree: old.tree satisfies PageTree,
      ...seoOf(old.seo ?? {}),
      expectedVersion,
    });
  }
}
