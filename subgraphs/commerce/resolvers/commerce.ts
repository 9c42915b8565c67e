import type { RequestContext } from '../../../core/context.js';
import { forbidden, notFound } from '../../../core/errors.js';
import { toConnection } from '../../../core/pagination.js';
import { can } from '../../../core/permissions.js';
import { RequestBatcher } from '../../../core/request-batcher.js';
import { toRankedConnection } from '../../../core/search.js';
import type {
  CatalogJobKind,
  CatalogJobStatus,
  ProductSort as GraphQLProductSort,
  ProductStatus as GraphQLProductStatus,
  Resolvers,
} from '../__generated__/resolvers-types.js';
import type { CatalogJob, Location } from '../entities/catalog.js';
import type { Product } from '../entities/commerce.js';
import type { LocationService } from '../services/catalog-locations.js';
import type { CatalogService, ProductSort, VariantView } from '../services/catalog-service.js';
import type { CatalogTransferService } from '../services/catalog-transfer.js';
import type { InventoryService, StockLevel } from '../services/inventory-service.js';

const GRAPHQL_PRODUCT_STATUS: Record<Product['status'], GraphQLProductStatus> = {
  draft: 'DRAFT',
  active: 'ACTIVE',
  archived: 'ARCHIVED',
};
const PRODUCT_STATUS: Record<GraphQLProductStatus, Product['status']> = {
  DRAFT: 'draft',
  ACTIVE: 'active',
  ARCHIVED: 'archived',
};
const PRODUCT_SORT: Record<GraphQLProductSort, ProductSort> = {
  TITLE: 'title',
  NEWEST: 'newest',
  PRICE_ASC: 'price_asc',
  PRICE_DESC: 'price_desc',
};
const JOB_KIND: Record<CatalogJob['kind'], CatalogJobKind> = { import: 'IMPORT', export: 'EXPORT' };
const JOB_STATUS: Record<CatalogJob['status'], CatalogJobStatus> = {
  queued: 'QUEUED',
  running: 'RUNNING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
};

export interface CatalogParts {
  catalog: CatalogService;
  inventory: InventoryService;
  locations: LocationService;
  transfer: CatalogTransferService;
}

function requireTenant(ctx: RequestContext): void {
  if (!ctx.tenantId) throw forbidden('Which store? Send x-tenant or use a tenant-bound token');
}

/** The price of `variant` in `currency`, else in the fallback currency. */
function priceIn(variant: VariantView | undefined, currency: string | null | undefined) {
  if (!variant || !currency) return undefined;
  return variant.prices.find((p) => p.currency === currency);
}

export function commerceResolvers({ catalog, inventory, locations, transfer }: CatalogParts): Resolvers {
  const available = new RequestBatcher<RequestContext, string, number>((ctx, ids) =>
    inventory.available(ctx, ids),
  );
  const stockOf = new RequestBatcher<RequestContext, string, StockLevel[]>(async (ctx, ids) => {
    const levels = await inventory.stockLevels(ctx, ids);
    return new Map(ids.map((id) => [id, levels.filter((l) => l.variantId === id)]));
  });
  const locationOf = new RequestBatcher<RequestContext, string, Location>((ctx, ids) =>
    locations.byIds(ctx, ids),
  );
  const mainCurrency = async (ctx: RequestContext, variant: VariantView) =>
    (await catalog.productReference(ctx, variant.productId))?.currency ?? variant.prices[0]?.currency ?? null;

  return {
    Query: {
      products: async (_, args, { ctx }) => {
        requireTenant(ctx);
        const rows = await catalog.products(ctx, {
          first: args.first,
          after: args.after ?? null,
          search: args.search ?? null,
          status: args.status ? PRODUCT_STATUS[args.status] : null,
          collectionId: args.collectionId ?? null,
          before: args.before ?? null,
          sort: args.sort ? PRODUCT_SORT[args.sort] : null,
        });
        return toConnection(rows, args.first);
      },
      searchProducts: async (_, args, { ctx }) => {
        requireTenant(ctx);
        const rows = await catalog.searchProducts(ctx, args.query, args.first, args.after ?? null);
        return toRankedConnection(rows, args.first);
      },
      productsByIds: (_, args, { ctx }) => catalog.productsByIds(ctx, args.ids),
      productsBySlugs: (_, args, { ctx }) => catalog.bySlugs(ctx, 'product', args.slugs),
      collectionsBySlugs: (_, args, { ctx }) => catalog.bySlugs(ctx, 'collection', args.slugs),
      product: (_, args, { ctx }) => catalog.product(ctx, { id: args.id, slug: args.slug }),
      collections: async (_, args, { ctx }) => {
        requireTenant(ctx);
        return toConnection(await catalog.collections(ctx, args.first, args.after ?? null), args.first);
      },
      collection: (_, args, { ctx }) => catalog.collection(ctx, { id: args.id, slug: args.slug }),
      locations: (_, __, { ctx }) => locations.locations(ctx),
      catalogJob: (_, { id }, { ctx }) => transfer.job(ctx, id),
    },
    Mutation: {
      createProduct: (_, { input }, { ctx }) => catalog.createProduct(ctx, input),
      updateProduct: (_, { id, expectedVersion, input }, { ctx }) =>
        catalog.updateProduct(ctx, id, expectedVersion, input),
      createCollection: (_, { input }, { ctx }) => catalog.saveCollection(ctx, null, input),
      updateCollection: (_, { id, input }, { ctx }) => catalog.saveCollection(ctx, id, input),
      deleteCollection: (_, { id }, { ctx }) => catalog.deleteCollection(ctx, id),
      createLocation: (_, { input }, { ctx }) => locations.create(ctx, input),
      updateLocation: (_, { id, input }, { ctx }) => locations.update(ctx, id, input),
      deleteLocation: (_, { id }, { ctx }) => locations.delete(ctx, id),
      setStock: async (_, { input }, { ctx }) => {
        const locationId = input.locationId ?? (await inventory.defaultLocation(ctx)).id;
        return inventory.setOnHand(ctx, { variantId: input.variantId, locationId, onHand: input.onHand });
      },
      exportCatalog: (_, __, { ctx }) => transfer.requestExport(ctx),
      importCatalog: (_, { csv }, { ctx }) => transfer.requestImport(ctx, csv),
    },
    Product: {
      __resolveReference: (ref, { ctx }) => catalog.productReference(ctx, ref.id),
      seo: (product) => ({ title: product.seoTitle, description: product.seoDescription }),
      // Asset fields (usages, file names, signed URLs) are for callers who may read assets: the
      // storefront renderer (internal) and editors. Visitors keep `imageAssetIds`, as before.
      images: (product, _, { ctx }) =>
        can(ctx, 'assets:read')
          ? product.imageAssetIds.map((id) => ({ __typename: 'Asset' as const, id }))
          : [],
      variants: (product, _, { ctx }) => catalog.variantsOf(ctx, product.id),
      collections: (product, _, { ctx }) => catalog.collectionsOf(ctx, product.id),
      price: async (product, args, { ctx }) => {
        const [first] = await catalog.variantsOf(ctx, product.id);
        const price = priceIn(first, args.currency) ?? priceIn(first, product.currency) ?? first?.prices[0];
        if (price) return { amount: price.amount, currency: price.currency };
        if (product.priceAmount != null && product.currency) {
          return { amount: product.priceAmount, currency: product.currency };
        }
        throw notFound(`A price of product ${product.id}`);
      },
      priceRange: async (product, args, { ctx }) => {
        const currency = args.currency ?? product.currency;
        const amounts = (await catalog.variantsOf(ctx, product.id))
          .map((v) => priceIn(v, currency)?.amount)
          .filter((a): a is number => a !== undefined);
        if (!currency || amounts.length === 0) return null;
        return {
          min: { amount: Math.min(...amounts), currency },
          max: { amount: Math.max(...amounts), currency },
        };
      },
      currencies: async (product, _, { ctx }) => {
        const [first] = await catalog.variantsOf(ctx, product.id);
        return first?.prices.map((p) => p.currency) ?? (product.currency ? [product.currency] : []);
      },
      status: (product) => GRAPHQL_PRODUCT_STATUS[product.status],
      createdAt: (product) => product.createdAt.toISOString(),
      updatedAt: (product) => product.updatedAt.toISOString(),
    },
    Variant: {
      __resolveReference: (ref, { ctx }) => catalog.variantReference(ctx, ref.id),
      product: async (variant, _, { ctx }) => {
        const product = await catalog.productReference(ctx, variant.productId);
        if (!product) throw notFound('Product');
        return product;
      },
      price: async (variant, args, { ctx }) => {
        const price = priceIn(variant, args.currency ?? (await mainCurrency(ctx, variant)));
        return price ? { amount: price.amount, currency: price.currency } : null;
      },
      compareAtPrice: async (variant, args, { ctx }) => {
        const price = priceIn(variant, args.currency ?? (await mainCurrency(ctx, variant)));
        return price?.compareAtAmount != null
          ? { amount: price.compareAtAmount, currency: price.currency }
          : null;
      },
      title: (variant) => variant.title || variant.optionValues.join(' / '),
      inStock: async (variant, _, { ctx }) => ((await available.load(ctx, variant.id)) ?? 0) > 0,
      stock: async (variant, _, { ctx }) => {
        if (!can(ctx, 'catalog:read')) throw forbidden('Stock levels need catalog:read');
        return (await stockOf.load(ctx, variant.id)) ?? [];
      },
    },
    StockLevel: {
      location: async (level, _, { ctx }) => {
        const location = await locationOf.load(ctx, level.locationId);
        if (!location) throw notFound('Location');
        return location;
      },
    },
    CatalogJob: {
      kind: (job) => JOB_KIND[job.kind],
      status: (job) => JOB_STATUS[job.status],
      summary: (job) => Object.entries(job.summary ?? {}).map(([name, count]) => ({ name, count })),
      downloadUrl: (job) => transfer.downloadUrl(job),
      createdAt: (job) => job.createdAt.toISOString(),
      finishedAt: (job) => job.finishedAt?.toISOString() ?? null,
    },
    Collection: {
      products: async (collection, args, { ctx }) =>
        toConnection(
          await catalog.products(ctx, {
            first: args.first,
            after: args.after ?? null,
            collectionId: collection.id,
            before: args.before ?? null,
            sort: args.sort ? PRODUCT_SORT[args.sort] : null,
          }),
          args.first,
        ),
    },
  };
}
