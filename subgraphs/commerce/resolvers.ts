import { forbidden } from '../../core/errors.js';
import { toConnection } from '../../core/pagination.js';
import type { ProductStatus as GraphQLProductStatus, Resolvers } from './__generated__/resolvers-types.js';
import type { Product } from './entities.js';
import type { CatalogService } from './services/catalog-service.js';

const GRAPHQL_PRODUCT_STATUS: Record<Product['status'], GraphQLProductStatus> = {
  draft: 'DRAFT',
  active: 'ACTIVE',
  archived: 'ARCHIVED',
};

export function commerceResolvers(catalog: CatalogService): Resolvers {
  return {
    Query: {
      products: async (_, args, { ctx }) => {
        if (!ctx.tenantId) throw forbidden('Which store? Send x-tenant or use a tenant-bound token');
        return toConnection(await catalog.products(ctx, args.first, args.after ?? null), args.first);
      },
      productsByIds: (_, args, { ctx }) => catalog.productsByIds(ctx, args.ids),
    },
    Mutation: {
      createProduct: (_, { input }, { ctx }) => catalog.createProduct(ctx, input),
    },
    Product: {
      __resolveReference: (ref, { ctx }) => catalog.productReference(ctx, ref.id),
      price: (product) => ({ amount: product.priceAmount, currency: product.currency }),
      status: (product) => GRAPHQL_PRODUCT_STATUS[product.status],
      createdAt: (product) => product.createdAt.toISOString(),
    },
  };
}
