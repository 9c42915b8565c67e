import type { PageTypeName } from '../../../templates/page-types.js';
import type { PageType as GraphQLPageType, Resolvers } from '../__generated__/resolvers-types.js';
import type { PageTypeService } from '../services/page-types.js';
import type { StorefrontDocumentService } from '../services/storefront-document.js';

const PAGE_TYPE: Record<GraphQLPageType, PageTypeName> = {
  PRODUCT: 'product',
  COLLECTION: 'collection',
  NOT_FOUND: 'not_found',
  CART: 'cart',
  CHECKOUT: 'checkout',
  ORDER: 'order',
  SEARCH: 'search',
  PAYMENT: 'payment',
};
const GRAPHQL_PAGE_TYPE: Record<PageTypeName, GraphQLPageType> = {
  product: 'PRODUCT',
  collection: 'COLLECTION',
  not_found: 'NOT_FOUND',
  cart: 'CART',
  checkout: 'CHECKOUT',
  order: 'ORDER',
  search: 'SEARCH',
  payment: 'PAYMENT',
};

/** Storefront page types: their templates per site and the storefront's rendering entry. */
export function pageTypeResolvers(
  pageTypes: PageTypeService,
  documents: StorefrontDocumentService,
): Resolvers {
  return {
    Query: {
      storefrontDocument: (_, args, { ctx }) =>
        documents.document(ctx, args.path, args.base, args.query ?? null, {
          cartToken: args.cartToken ?? null,
          orderToken: args.orderToken ?? null,
          notice: args.notice ?? null,
          checkoutValues: args.checkoutValues ?? null,
          invalidCheckoutFields: args.invalidCheckoutFields ?? null,
          payment: args.payment ?? null,
        }),
      pageTypeTemplates: (_, args, { ctx }) => pageTypes.templates(ctx, args.siteId ?? null),
    },
    Mutation: {
      savePageTypeTemplate: (_, { input }, { ctx }) =>
        pageTypes.save(ctx, { ...input, pageType: PAGE_TYPE[input.pageType] }),
      resetPageTypeTemplate: (_, args, { ctx }) =>
        pageTypes.reset(ctx, {
          siteId: args.siteId,
          pageType: PAGE_TYPE[args.pageType],
          expectedVersion: args.expectedVersion ?? null,
        }),
    },
    PageTypeTemplate: {
      pageType: (t) => GRAPHQL_PAGE_TYPE[t.pageType],
      updatedAt: (t) => t.updatedAt?.toISOString() ?? null,
    },
  };
}
