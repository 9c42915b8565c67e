import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput } from '../../../core/errors.js';
import type { CollectionDataInput } from '../../../templates/components/store/data.js';
import { type CollectionSort, SORTS } from '../../../templates/components/store/data.js';
import { messagesFor } from '../../../templates/components/store/messages.js';
import { PAGE_TYPE_PATHS } from '../../../templates/links.js';
import type { PageTypeName } from '../../../templates/page-types.js';
import type { NavigationService } from './navigation.js';
import { type DocumentRenderer, renderBase } from './page-renderer.js';
import type { PageService } from './page-service.js';
import type { PageTypeService } from './page-types.js';
import { servedSite } from './site-domains.js';

/** What the storefront edge sends a visitor for one path: a rendered document or a redirect. */
export interface StorefrontDocument {
  status: 200 | 404;
  html: string | null;
  contentSecurityPolicy: string | null;
  redirect: { to: string; status: number } | null;
}

/** Cards per collection page. */
export const COLLECTION_PAGE_SIZE = 24;

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/** A route of the storefront: a page type bound to a slug, or a path that may be a page. */
export type Route =
  | { type: 'product'; slug: string }
  | { type: 'collection'; slug: string }
  | { type: 'path' };

/** Which page type serves a path (`/products/<slug>`, `/collections/<slug>`, `/collections/all`). */
export function routeOf(path: string): Route {
  if (path === PAGE_TYPE_PATHS.allProducts) return { type: 'collection', slug: 'all' };
  for (const type of ['product', 'collection'] as const) {
    const prefix = PAGE_TYPE_PATHS[type];
    if (!path.startsWith(prefix)) continue;
    let slug: string;
    try {
      slug = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return { type: 'path' };
    }
    if (SLUG.test(slug)) return { type, slug };
  }
  return { type: 'path' };
}

/** The query string parameters the page types read: the variant, the page cursor and the sort. */
export function queryOf(query: string | null | undefined) {
  const params = new URLSearchParams((query ?? '').replace(/^\?/, '').slice(0, 2048));
  const cursor = (name: string) => {
    const value = params.get(name);
    return value && CURSOR.test(value) ? value : null;
  };
  const sort = params.get('sort');
  const after = cursor('after');
  return {
    variant: params.get('variant')?.slice(0, 100) ?? null,
    after,
    before: after ? null : cursor('before'),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as CollectionSort) : null,
  };
}

/**
 * The storefront's one rendering entry: a published page by path, a page type bound to its data
 * (product, collection, all products), else the 404 template with status 404. Page-type templates
 * are the site's override or the sample theme's default (PageTypeService).
 */
export class StorefrontDocumentService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly pages: PageService,
    private readonly pageTypes: PageTypeService,
    private readonly navigation: NavigationService,
    private readonly render: DocumentRenderer,
  ) {}

  async document(
    ctx: RequestContext,
    path: string,
    base: string,
    query: string | null,
  ): Promise<StorefrontDocument> {
    renderBase(ctx, base); // refuses a malformed base (BAD_USER_INPUT) before any work
    if (path.length > 2048 || !path.startsWith('/')) throw badInput('path: a path starting with /', 'path');
    const page = await this.pages.publishedPage(ctx, path, null);
    if (page) {
      const rendered = (await this.render(page, ctx, { base }))!;
      return { status: 200, ...rendered, redirect: null };
    }
    const route = routeOf(path);
    const params = queryOf(query);
    if (route.type === 'product') {
      const template = await this.templateOf(ctx, 'product');
      const rendered = template
        ? await this.render({ ...template, title: route.slug, path }, ctx, {
            base,
            lang: 'region',
            needs: { productSlug: route.slug },
            bind: (data) => {
              if (data.product === undefined) throw new Error('The product could not be fetched');
              if (!data.product) return null;
              const p = data.product;
              const text = (p.description ?? '')
                .replace(/<[^>]*>/g, ' ')
                .replace(/\s+/g, ' ')
                .trim();
              return {
                env: { product: p, ...(params.variant ? { selectedVariantId: params.variant } : {}) },
                page: { title: p.title, seoDescription: text ? text.slice(0, 160) : null },
              };
            },
          })
        : null;
      if (rendered) return { status: 200, ...rendered, redirect: null };
    } else if (route.type === 'collection') {
      const template = await this.templateOf(ctx, 'collection');
      const rendered = template
        ? await this.render({ ...template, title: route.slug, path }, ctx, {
            base,
            lang: 'region',
            needs: {
              collectionPage: {
                slug: route.slug,
                first: COLLECTION_PAGE_SIZE,
                after: params.after,
                before: params.before,
                sort: params.sort ?? 'title',
              },
            },
            bind: (data) => {
              if (data.collectionPage === undefined) throw new Error('The collection could not be fetched');
              const found = data.collectionPage;
              if (!found) return null;
              const backwards = params.before !== null;
              const collection: CollectionDataInput = {
                slug: route.slug,
                title: found.title,
                description: found.description,
                products: found.products,
                sort: params.sort,
                // Going back, "more" means more before; the page we came from is always after.
                next: backwards ? found.endCursor : found.hasMore ? found.endCursor : null,
                previous: backwards
                  ? found.hasMore
                    ? found.startCursor
                    : null
                  : params.after
                    ? found.startCursor
                    : null,
              };
              const region = data.regions.find((r) => r.code === ctx.region)?.locale;
              const title = found.title || messagesFor(region).allProducts;
              return {
                env: { collection },
                page: { title, seoDescription: found.description ? found.description.slice(0, 160) : null },
              };
            },
          })
        : null;
      if (rendered) return { status: 200, ...rendered, redirect: null };
    } else {
      const redirect = await this.navigation.redirect(ctx, path, null);
      if (redirect) return { status: 200, html: null, contentSecurityPolicy: null, redirect };
    }
    return this.notFound(ctx, path, base);
  }

  private async notFound(ctx: RequestContext, path: string, base: string): Promise<StorefrontDocument> {
    const template = await this.templateOf(ctx, 'not_found');
    if (!template) return { status: 404, html: null, contentSecurityPolicy: null, redirect: null };
    const rendered = await this.render({ ...template, title: '', path }, ctx, {
      base,
      lang: 'region',
      bind: (data) => ({
        env: {},
        page: { title: messagesFor(data.regions.find((r) => r.code === ctx.region)?.locale).pageNotFound },
      }),
    });
    return { status: 404, ...rendered!, redirect: null };
  }

  /** The served site's template of a page type, with the site (its layout goes around it); null when the tenant has no site. */
  private templateOf(ctx: RequestContext, type: PageTypeName) {
    if (!ctx.tenantId) return Promise.resolve(null);
    return withTenant(this.db, ctx, async (em) => {
      const site = await servedSite(em, ctx);
      const tree = site ? await this.pageTypes.resolve(em, site.id, type) : null;
      return site && tree ? { tree, siteId: site.id } : null;
    });
  }
}
