import type { GraphQLResolverMap } from '@apollo/subgraph';
import { forbidden } from '../../core/errors.js';
import { toConnection } from '../../core/pagination.js';
import type { SubgraphContext } from '../../core/subgraph.js';
import type { Product } from './entities.js';
import type { CatalogService } from './services/catalog-service.js';

export function commerceResolvers(catalog: CatalogService): GraphQLResolverMap<SubgraphContext> {
  return {
    Query: {
      products: async (_: unknown, args: { first: number; after?: string | null }, { ctx }: SubgraphContext) => {
        if (!ctx.tenantId) throw forbidden('Which store? Send x-tenant or use a tenant-bound token');
        return toConnection(await catalog.products(ctx, args.first, args.after ?? null), args.first);
      },
    },
    Mutation: {
      createProduct: (_: unknown, { input }: { input: unknown }, { ctx }: SubgraphContext) =>
        catalog.createProduct(ctx, input),
    },
    Product: {
      __resolveReference: (ref: { id: string }, { ctx }: SubgraphContext) => catalog.productReference(ctx, ref.id),
      price: (product: Product) => ({ amount: product.priceAmount, currency: product.currency }),
      status: (product: Product) => product.status.toUpperCase(),
      createdAt: (product: Product) => product.createdAt.toISOString(),
    },
  };
}
