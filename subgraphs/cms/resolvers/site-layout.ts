import type {
  BrokenLinkSource as GraphQLBrokenLinkSource,
  MenuLinkKind as GraphQLMenuLinkKind,
  Resolvers,
} from '../__generated__/resolvers-types.js';
import type { MenuLink } from '../entities/lifecycle.js';
import type { BrokenLinkSource, SiteLayoutService } from '../services/site-layout.js';

const LINK_KIND: Record<MenuLink['kind'], GraphQLMenuLinkKind> = {
  page: 'PAGE',
  product: 'PRODUCT',
  collection: 'COLLECTION',
  allProducts: 'ALL_PRODUCTS',
  search: 'SEARCH',
  cart: 'CART',
};

const SOURCE: Record<BrokenLinkSource, GraphQLBrokenLinkSource> = {
  page: 'PAGE',
  menu: 'MENU',
  section: 'SECTION',
};

/** A site's layout (section groups), menu links by reference and the broken-link report (services/site-layout.ts). */
export function siteLayoutResolvers(layouts: SiteLayoutService): Resolvers {
  return {
    Query: {
      siteLayout: (_, args, { ctx }) => layouts.layout(ctx, args.siteId ?? null),
      siteBrokenLinks: (_, args, { ctx }) =>
        layouts.brokenLinks(ctx, args.siteId ?? null, args.first, args.after ?? null),
    },
    Mutation: {
      saveSiteLayout: (_, args, { ctx }) =>
        layouts.save(ctx, args.siteId, args.input, args.expectedVersion ?? null),
      resetSiteLayout: (_, args, { ctx }) => layouts.reset(ctx, args.siteId, args.expectedVersion ?? null),
    },
    SiteLayout: {
      updatedAt: (layout) => layout.updatedAt?.toISOString() ?? null,
    },
    BrokenLink: {
      source: (link) => SOURCE[link.source],
    },
    MenuItem: {
      link: (item) => item.link ?? null,
    },
    MenuLink: {
      kind: (link) => LINK_KIND[link.kind],
      pageId: (link) => (link.kind === 'page' ? link.pageId : null),
      slug: (link) => (link.kind === 'product' || link.kind === 'collection' ? link.slug : null),
    },
  };
}
