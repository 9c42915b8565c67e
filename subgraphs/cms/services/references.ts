import type { Config } from '../../../core/config.js';
import { internalContext, REFERENCE_CHECK_SERVICE, type RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import { MAX_PAGE_SIZE } from '../../../core/pagination.js';
import { definitionOf, type TreeNode } from '../../../templates/components/index.js';
import { PageSchema, type PageTree } from '../entities/cms.js';
import { internalOperation } from './supergraph-client.js';

/** A product or asset id a page refers to, and where: `tree.content[2].props.assetId`, `featuredProductIds[0]`. */
export interface PageReference {
  kind: 'product' | 'asset';
  id: string;
  path: string;
}

/** What of a page can refer to other services' objects. */
export interface ReferringPage {
  tree: PageTree;
  featuredProductIds?: readonly string[] | null;
  ogImageAssetId?: string | null;
}

/**
 * Every product and asset id a page refers to: featured products, the social image, image and
 * product-grid components and every component showing images (in slots and zones too), each with its path. Only UUIDs can name an
 * object of another service; other strings name none.
 */
export function pageReferences(page: ReferringPage): PageReference[] {
  const found: PageReference[] = [];
  const add = (kind: PageReference['kind'], id: unknown, path: string) => {
    if (typeof id === 'string' && isUuid(id)) found.push({ kind, id: id.toLowerCase(), path });
  };
  for (const [i, id] of (page.featuredProductIds ?? []).entries())
    add('product', id, `featuredProductIds[${i}]`);
  add('asset', page.ogImageAssetId, 'ogImageAssetId');
  const visit = (node: TreeNode, at: string) => {
    const definition = definitionOf(node.type);
    const parsed = definition?.props.safeParse(node.props ?? {});
    if (!definition || !parsed?.success) return; // validateTree refused these already
    const props = parsed.data as Record<string, unknown>;
    // Each component names the assets it shows (templates/components/index.tsx `assetIds`).
    const where = node.type === 'Image' ? `${at}.props.assetId` : `${at}.props`;
    for (const id of definition.assetIds?.(props) ?? []) add('asset', id, where);
    if (node.type === 'ProductGrid') {
      for (const [i, id] of (props.productIds as unknown[]).entries()) {
        add('product', id, `${at}.props.productIds[${i}]`);
      }
    }
    definition.mapSlots?.(props, (children, path) => {
      for (const [i, child] of children.entries()) visit(child, `${at}.props.${path}[${i}]`);
      return () => null;
    });
  };
  for (const [i, node] of page.tree.content.entries()) visit(node, `tree.content[${i}]`);
  for (const [zone, nodes] of Object.entries(page.tree.zones ?? {})) {
    for (const [i, node] of nodes.entries()) visit(node, `tree.zones[${JSON.stringify(zone)}][${i}]`);
  }
  return found;
}

/** Which ids exist for the request's tenant (any status: a draft product may be featured before launch). */
export interface ReferenceChecker {
  existing(
    ctx: RequestContext,
    ids: { productIds: string[]; assetIds: string[] },
  ): Promise<{ productIds: Set<string>; assetIds: Set<string> }>;
}

type FoundIds = { productsByIds?: ({ id: string } | null)[]; assetsByIds?: ({ id: string } | null)[] };

const REFERENCES_QUERY = `query PageReferences($productIds: [ID!]!, $assetIds: [ID!]!) {
  productsByIds(ids: $productIds) { id }
  assetsByIds(ids: $assetIds) { id }
}`;

/**
 * Asks commerce and assets through the gateway's internal endpoint, as the internal actor
 * `cms:references` (commerce shows it drafts too, the renderer's `cms` sees what visitors see).
 * Must not run inside a `withTenant` transaction. Throws (INTERNAL_SERVER_ERROR) when the answer is
 * missing: a reference that cannot be checked is not stored.
 */
export function createReferenceChecker(
  config: Pick<Config, 'contextSecret' | 'CONTEXT_TTL_SECONDS'>,
  url: () => string,
  timeoutMs = 3000,
): ReferenceChecker {
  return {
    async existing(ctx, ids) {
      const internal = internalContext(REFERENCE_CHECK_SERVICE, ctx.tenantId, ctx.requestId);
      const answer = await internalOperation<FoundIds>(config, url(), internal, {
        query: REFERENCES_QUERY,
        variables: ids,
        timeoutMs,
      }).catch((err: unknown) => ({ status: 0, data: null, errors: [String(err)] }));
      if (answer.status !== 200 || answer.errors?.length || !answer.data) {
        logger().warn(
          { reqId: ctx.requestId, status: answer.status, errors: answer.errors },
          'page references cannot be checked',
        );
        throw new AppError(
          'INTERNAL_SERVER_ERROR',
          'The page’s products and images cannot be checked right now; try again',
        );
      }
      const data = answer.data;
      const idsOf = (list: FoundIds['productsByIds']) =>
        new Set((list ?? []).flatMap((x) => (x ? [x.id.toLowerCase()] : [])));
      return { productIds: idsOf(data.productsByIds), assetIds: idsOf(data.assetsByIds) };
    },
  };
}

/**
 * Refuses (BAD_USER_INPUT) a page that refers to a product or asset its tenant does not have:
 * another tenant's id, or one that never existed. Ids already on the stored page (`stored`) are
 * not asked again, so a later-deleted image does not block unrelated edits. The message names the
 * path; `extensions.field` is the input field and `extensions.path` the path.
 */
export async function assertOwnReferences(
  checker: ReferenceChecker,
  ctx: RequestContext,
  page: ReferringPage,
  stored: readonly PageReference[] = [],
): Promise<void> {
  const known = new Set(stored.map((r) => `${r.kind}:${r.id}`));
  const fresh = pageReferences(page).filter((r) => !known.has(`${r.kind}:${r.id}`));
  if (fresh.length === 0) return;
  const unique = (kind: PageReference['kind']) => [
    ...new Set(fresh.filter((r) => r.kind === kind).map((r) => r.id)),
  ];
  const productIds = unique('product');
  const assetIds = unique('asset');
  if (productIds.length > MAX_PAGE_SIZE || assetIds.length > MAX_PAGE_SIZE) {
    throw new AppError(
      'BAD_USER_INPUT',
      `A page may refer to at most ${MAX_PAGE_SIZE} new products and images at once`,
      {
        field: 'tree',
      },
    );
  }
  const existing = await checker.existing(ctx, { productIds, assetIds });
  const missing = fresh.find(
    (r) => !(r.kind === 'product' ? existing.productIds : existing.assetIds).has(r.id),
  );
  if (!missing) return;
  const what = missing.kind === 'product' ? 'product in this store' : 'image or file in this media library';
  throw new AppError('BAD_USER_INPUT', `${missing.path}: ${missing.id} is not a ${what}`, {
    field: missing.path.split(/[.[]/)[0],
    path: missing.path,
  });
}

/**
 * The reference check of page saves (pages and their translations), before the save's transaction
 * (the check asks other services; never while holding one). Ids the stored page already has are
 * not asked again.
 */
export class PageReferenceGuard {
  constructor(
    private readonly db: SubgraphDb,
    /** Whether ids are the tenant's own; without it a page that refers to anything is not saved. */
    private readonly checker: ReferenceChecker | null,
  ) {}

  async assertOwn(ctx: RequestContext, pageId: string | null, page: ReferringPage): Promise<void> {
    if (pageReferences(page).length === 0) return;
    if (!this.checker) throw new Error('PageService: no reference checker, so page ids cannot be checked');
    const stored = pageId
      ? await withTenant(this.db, ctx, (em) => em.findOne(PageSchema, { id: pageId }))
      : null;
    const before = stored ? pageReferences({ ...stored, tree: stored.draftTree }) : [];
    await assertOwnReferences(this.checker, ctx, page, before);
  }
}
