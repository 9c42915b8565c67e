/**
 * Storefront URLs. Every link a page renders is built here, from the site's base and a target, so a
 * link means the same thing on a tenant's own domain (base ''), under `/s/<slug>` on a platform host,
 * and under a region's path prefix (`/s/<slug>/fr`, `/fr`). Components take a `StorefrontLinks` from
 * the render environment; the storefront edge and the cms build the base with `storefrontBase`.
 */

/** What a link points at: a site page by path, or a page the storefront serves for a type. */
export type LinkTarget =
  | { kind: 'page'; path: string }
  | { kind: 'product'; slug: string; variantId?: string }
  | { kind: 'collection'; slug: string }
  | { kind: 'allProducts' }
  | { kind: 'search'; query?: string }
  | { kind: 'cart' }
  | { kind: 'checkout' }
  | { kind: 'order'; token: string };

/** The path (under the base) of each page type's route. */
export const PAGE_TYPE_PATHS = {
  product: '/products/',
  collection: '/collections/',
  allProducts: '/collections/all',
  search: '/search',
  cart: '/cart',
  checkout: '/checkout',
  order: '/orders/',
} as const;

/**
 * The base every storefront path hangs under: `/s/<slug>` on a platform host (null slug: the
 * tenant's own host), then the region's path prefix (`/fr`). Never ends with a slash; '' is the
 * root of a custom domain.
 */
export function storefrontBase(platformSlug: string | null, regionPrefix?: string | null): string {
  const store = platformSlug === null ? '' : `/s/${encodeURIComponent(platformSlug)}`;
  const prefix = regionPrefix ? `/${regionPrefix.replace(/^\/+|\/+$/g, '')}` : '';
  return `${store}${prefix === '/' ? '' : prefix}`;
}

/** The path under the base of a target (always starts with `/`). */
export function targetPath(target: LinkTarget): string {
  switch (target.kind) {
    case 'page':
      return target.path.startsWith('/') ? target.path : `/${target.path}`;
    case 'product': {
      const path = `${PAGE_TYPE_PATHS.product}${encodeURIComponent(target.slug)}`;
      return target.variantId ? `${path}?variant=${encodeURIComponent(target.variantId)}` : path;
    }
    case 'collection':
      return `${PAGE_TYPE_PATHS.collection}${encodeURIComponent(target.slug)}`;
    case 'allProducts':
      return PAGE_TYPE_PATHS.allProducts;
    case 'search':
      return target.query
        ? `${PAGE_TYPE_PATHS.search}?q=${encodeURIComponent(target.query)}`
        : PAGE_TYPE_PATHS.search;
    case 'cart':
      return PAGE_TYPE_PATHS.cart;
    case 'checkout':
      return PAGE_TYPE_PATHS.checkout;
    case 'order':
      return `${PAGE_TYPE_PATHS.order}${encodeURIComponent(target.token)}`;
  }
}

/** Absolute URLs, protocol-relative URLs and non-navigating schemes are left as they are. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The storefront link builder of one rendering: every href of a page goes through `href`. */
export interface StorefrontLinks {
  /** The base (see `storefrontBase`). */
  readonly base: string;
  /**
   * The href of a target, or of a stored href: a site-relative path (`/about`, `/`) is put under
   * the base; fragments (`#top`), queries, absolute URLs, `mailto:` and `tel:` are kept as written.
   */
  href(target: LinkTarget | string): string;
}

export function storefrontLinks(base: string): StorefrontLinks {
  const under = (path: string) => (base && path === '/' ? `${base}/` : `${base}${path}`);
  return {
    base,
    href(target) {
      if (typeof target !== 'string') return under(targetPath(target));
      if (target === '' || target.startsWith('#') || target.startsWith('?') || EXTERNAL.test(target))
        return target;
      return under(target.startsWith('/') ? target : `/${target}`);
    },
  };
}

/** Links on the root of a custom domain with no region prefix (editor previews, tests, tools). */
export const ROOT_LINKS: StorefrontLinks = storefrontLinks('');
