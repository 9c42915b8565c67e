import { randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { REFERENCE_CHECK_SERVICE, type RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { logger } from '../../../core/logger.js';
import { checkPageSize, decodeCursor, MAX_PAGE_SIZE } from '../../../core/pagination.js';
import { can } from '../../../core/permissions.js';
import { assertPlanRoom } from '../../../core/plans.js';
import { groupBy, RequestBatcher } from '../../../core/request-batcher.js';
import {
  decodeRankedCursor,
  inRankedOrder,
  type RankedSearch,
  rankedSearchRows,
  searchConfigOf,
  searchTermsOf,
} from '../../../core/search.js';
import { planOfTenant, type TenantLookup } from '../../../core/tenant-lookup.js';
import {
  type Collection,
  CollectionProductSchema,
  CollectionSchema,
  type ProductOption,
  type Variant,
  type VariantPrice,
  VariantPriceSchema,
  VariantSchema,
} from '../entities/catalog.js';
import { type Product, ProductSchema, type ProductStatus } from '../entities/commerce.js';
import {
  type CreateProductInput,
  checkVariants,
  createProductInput,
  slugify,
  slugSchema,
  type UpdateProductInput,
  updateProductInput,
  type VariantInput,
} from './catalog-input.js';

export interface ProductFilter {
  first: number;
  after?: string | null;
  /** Matches the title or any variant's SKU (case-insensitive substring). */
  search?: string | null;
  status?: ProductStatus | null;
  collectionId?: string | null;
  /** The order (null: by id, the stable default); cursors stay product ids in every order. */
  sort?: ProductSort | null;
  /** A cursor: the products just before this one in `sort` order (the previous page), instead of `after`. */
  before?: string | null;
}

/** Storefront orders of a product list (GraphQL `ProductSort`). */
export type ProductSort = 'title' | 'newest' | 'price_asc' | 'price_desc';

/**
 * The sort key of each order, in SQL over `p` (commerce.product): the price is the default
 * variant's in the product's main currency (products without one sort as 0).
 */
const SORT_KEYS: Record<ProductSort, { key: string; dir: 'asc' | 'desc' }> = {
  title: { key: 'lower(p.title)', dir: 'asc' },
  newest: { key: 'p.created_at', dir: 'desc' },
  price_asc: { key: priceKey(), dir: 'asc' },
  price_desc: { key: priceKey(), dir: 'desc' },
};

function priceKey(alias = 'p'): string {
  return `coalesce((select vp.amount from commerce.variant v join commerce.variant_price vp
    on vp.variant_id = v.id and vp.currency = ${alias}.currency
    where v.product_id = ${alias}.id order by v.position asc limit 1), ${alias}.price_amount, 0)`;
}

/** A variant with its prices, as resolvers and the CSV export see it. */
export interface VariantView extends Variant {
  prices: VariantPrice[];
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Maps a unique violation from a concurrent writer onto the field it concerns. */
export function mapUniqueViolation(err: unknown): unknown {
  const message = err instanceof Error ? err.message : '';
  if (message.includes('product_tenant_slug_uq'))
    return badInput('slug: another product already uses this slug', 'slug');
  if (message.includes('variant_tenant_sku_uq'))
    return badInput('variants: a SKU is already used by another variant', 'variants');
  if (message.includes('collection_tenant_slug_uq')) {
    return badInput('slug: another collection already uses this slug', 'slug');
  }
  return err;
}

/**
 * Products, variants and prices. Every method runs in one `withTenant` transaction (both tenant
 * locks); writes are all or nothing, and a product edit names the version it was based on
 * (`expectedVersion`): a stale one is a CONFLICT and changes nothing.
 */
export class CatalogService {
  private readonly variantsByProduct: RequestBatcher<RequestContext, string, VariantView[]>;
  private readonly productById: RequestBatcher<RequestContext, string, Product | null>;
  private readonly collectionsByProduct: RequestBatcher<RequestContext, string, Collection[]>;

  constructor(
    private readonly db: SubgraphDb,
    /** The tenant's plan: the product limit. */
    private readonly tenants: TenantLookup,
    private readonly now: () => Date = () => new Date(),
    /**
     * Announces a committed catalog edit (the subgraph publishes `pages-changed`: storefronts drop
     * the tenant's cached pages, which show products). Never throws.
     */
    private readonly announce: (tenantId: string) => Promise<void> = async () => {},
  ) {
    this.variantsByProduct = new RequestBatcher((ctx, ids) =>
      withTenant(
        this.db,
        ctx,
        async (em) => {
          const variants = await loadVariants(em, { productId: { $in: ids } });
          const byProduct = groupBy(variants, (v) => v.productId);
          return new Map(ids.map((id) => [id, byProduct.get(id) ?? []]));
        },
        { readOnly: true },
      ),
    );
    this.productById = new RequestBatcher(async (ctx, ids) => {
      const found = await this.productsByIds(ctx, ids);
      return new Map(ids.map((id, i) => [id, found[i] ?? null]));
    });
    this.collectionsByProduct = new RequestBatcher((ctx, ids) =>
      withTenant(this.db, ctx, async (em) => {
        const links = await em.find(CollectionProductSchema, { productId: { $in: ids } });
        const collections = links.length
          ? await em.find(CollectionSchema, { id: { $in: [...new Set(links.map((l) => l.collectionId))] } })
          : [];
        const byId = new Map(collections.map((c) => [c.id, c]));
        const byProduct = groupBy(links, (l) => l.productId);
        return new Map(
          ids.map((id) => [
            id,
            (byProduct.get(id) ?? [])
              .map((l) => byId.get(l.collectionId))
              .filter((c): c is Collection => !!c),
          ]),
        );
      }),
    );
  }

  /**
   * Whether the caller sees drafts and archived products (catalog editors) or only active ones.
   * Internal callers (the page renderer) see what visitors see: a draft never reaches a public page.
   * The cms checking that a page's product ids are the tenant's own sees them all.
   */
  private async catalogChanged(tenantId: string): Promise<void> {
    try {
      await this.announce(tenantId);
    } catch (err) {
      logger().warn({ err, tenantId }, 'catalog change not announced: cached pages expire on their own');
    }
  }

  private seesEverything(ctx: RequestContext): boolean {
    if (ctx.actor.kind === 'internal') return ctx.actor.service === REFERENCE_CHECK_SERVICE;
    return can(ctx, 'catalog:write');
  }

  /** Active products for everyone; catalog editors also see drafts and archived ones. */
  products(ctx: RequestContext, filter: ProductFilter): Promise<Product[]> {
    checkPageSize(filter.first);
    const afterId = decodeCursor(filter.after);
    const everything = this.seesEverything(ctx);
    if (filter.status && filter.status !== 'active' && !everything) return Promise.resolve([]);
    const search = filter.search?.trim() ?? '';
    if (search.length > 100) throw badInput('search: at most 100 characters', 'search');
    if (filter.collectionId != null && !isUuid(filter.collectionId)) return Promise.resolve([]);
    const beforeId = decodeCursor(filter.before);
    if (afterId && beforeId) throw badInput('Give either after or before', 'before');
    return withTenant(this.db, ctx, async (em) => {
      if (filter.sort || beforeId) {
        return this.sortedProducts(em, filter, { afterId, beforeId, search, everything });
      }
      let ids: string[] | null = null;
      if (filter.collectionId) {
        const links = await em.find(CollectionProductSchema, { collectionId: filter.collectionId });
        ids = links.map((l) => l.productId);
      }
      const conditions: Record<string, unknown>[] = [];
      if (search) {
        const pattern = `%${escapeLike(search)}%`;
        const bySku = await em.find(
          VariantSchema,
          { sku: { $ilike: pattern } },
          { fields: ['productId'], limit: 1000 },
        );
        conditions.push({
          $or: [{ title: { $ilike: pattern } }, { id: { $in: [...new Set(bySku.map((v) => v.productId))] } }],
        });
      }
      if (ids) conditions.push({ id: { $in: ids } });
      if (afterId) conditions.push({ id: { $gt: afterId } });
      const status = filter.status ?? (everything ? null : 'active');
      if (status) conditions.push({ status });
      return em.find(ProductSchema, conditions.length ? { $and: conditions } : {}, {
        orderBy: { id: 'asc' },
        limit: filter.first + 1,
      });
    });
  }

  /**
   * One page of products in a storefront order (keyset on the sort key and the id, so cursors stay
   * product ids): after a cursor, or the page before one (`before`, returned in the same order).
   */
  private async sortedProducts(
    em: EntityManager,
    filter: ProductFilter,
    at: { afterId: string | null; beforeId: string | null; search: string; everything: boolean },
  ): Promise<Product[]> {
    const { key, dir } = SORT_KEYS[filter.sort ?? 'title'] ?? SORT_KEYS.title;
    const byId = !filter.sort;
    const sortKey = byId ? 'p.id' : key;
    // Going backwards flips the order and the comparison; the page is reversed at the end.
    const backwards = at.beforeId !== null;
    const ascending = (dir === 'asc') !== backwards;
    const cursorId = at.afterId ?? at.beforeId;
    const where: string[] = [];
    const params: unknown[] = [];
    const status = filter.status ?? (at.everything ? null : 'active');
    if (status) {
      where.push('p.status = ?');
      params.push(status);
    }
    if (filter.collectionId) {
      where.push(
        'p.id in (select cp.product_id from commerce.collection_product cp where cp.collection_id = ?)',
      );
      params.push(filter.collectionId);
    }
    if (at.search) {
      const pattern = `%${escapeLike(at.search)}%`;
      where.push(
        '(p.title ilike ? or p.id in (select v.product_id from commerce.variant v where v.sku ilike ?))',
      );
      params.push(pattern, pattern);
    }
    if (cursorId) {
      const cursorKey = byId ? 'c.id' : key.replace(/\bp\./g, 'c.');
      const op = ascending ? '>' : '<';
      const idOp = backwards ? '<' : '>';
      where.push(
        `exists (select 1 from commerce.product c where c.id = ? and (${sortKey} ${op} ${cursorKey} or (${sortKey} = ${cursorKey} and p.id ${idOp} c.id)))`,
      );
      params.push(cursorId);
    }
    params.push(filter.first + 1);
    const rows = await em.execute<{ id: string }[]>(
      `select p.id from commerce.product p ${where.length ? `where ${where.join(' and ')}` : ''}
        order by ${sortKey} ${ascending ? 'asc' : 'desc'}, p.id ${backwards ? 'desc' : 'asc'} limit ?`,
      params,
    );
    const ids = rows.map((r) => r.id);
    const found = new Map((await em.find(ProductSchema, { id: { $in: ids } })).map((p) => [p.id, p]));
    const ordered = ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
    if (!backwards) return ordered;
    // The extra row (there are more before) stays last, as `toConnection` expects it.
    const page = ordered.slice(0, filter.first).reverse();
    return ordered.length > filter.first ? [...page, ordered[filter.first]!] : page;
  }

  /**
   * Full-text search over the request tenant's active products (what a visitor may see, whoever
   * asks), best match first (ts_rank, then id), in the request locale's language
   * (core/search.ts). `first + 1` rows with their rank, for toRankedConnection.
   */
  async searchProducts(
    ctx: RequestContext,
    query: string,
    first: number,
    after: string | null,
  ): Promise<{ node: Product; rank: string }[]> {
    checkPageSize(first);
    const cursor = decodeRankedCursor(after);
    const terms = searchTermsOf(query);
    if (!terms || !ctx.tenantId) return [];
    const tenantId = ctx.tenantId;
    const config = searchConfigOf(ctx.locale);
    return withTenant(this.db, ctx, async (em) => {
      const ranked = await searchProductRows(em, {
        tenantId,
        config,
        terms,
        after: cursor,
        limit: first + 1,
      });
      if (!ranked.length) return [];
      return inRankedOrder(ranked, await em.find(ProductSchema, { id: { $in: ranked.map((r) => r.id) } }));
    });
  }

  /** Visible products by id, in the order asked (null for unknown, foreign or hidden ones). */
  async productsByIds(ctx: RequestContext, ids: readonly string[]): Promise<(Product | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(`ids: at most ${MAX_PAGE_SIZE}`, 'ids');
    const valid = ids.filter(isUuid);
    if (!ctx.tenantId || valid.length === 0) return ids.map(() => null);
    const everything = this.seesEverything(ctx);
    const found = await withTenant(
      this.db,
      ctx,
      (em) =>
        em.find(ProductSchema, { id: { $in: valid }, ...(everything ? {} : { status: 'active' as const }) }),
      { readOnly: true },
    );
    const byId = new Map(found.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Visible products, or collections, by slug, in the order asked (null for unknown, foreign or hidden ones). */
  bySlugs(ctx: RequestContext, kind: 'product', slugs: readonly string[]): Promise<(Product | null)[]>;
  bySlugs(ctx: RequestContext, kind: 'collection', slugs: readonly string[]): Promise<(Collection | null)[]>;
  async bySlugs(
    ctx: RequestContext,
    kind: 'product' | 'collection',
    slugs: readonly string[],
  ): Promise<(Product | Collection | null)[]> {
    if (slugs.length > MAX_PAGE_SIZE) throw badInput(`slugs: at most ${MAX_PAGE_SIZE}`, 'slugs');
    const valid = slugs.filter((slug) => slugSchema.safeParse(slug).success);
    if (!ctx.tenantId || valid.length === 0) return slugs.map(() => null);
    const found: (Product | Collection)[] = await withTenant(this.db, ctx, (em) =>
      kind === 'product'
        ? em.find(ProductSchema, {
            slug: { $in: valid },
            ...(this.seesEverything(ctx) ? {} : { status: 'active' as const }),
          })
        : em.find(CollectionSchema, { slug: { $in: valid } }),
    );
    const bySlug = new Map(found.map((row) => [row.slug, row]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  }

  /** One visible product by id or slug, or null. */
  async product(
    ctx: RequestContext,
    by: { id?: string | null; slug?: string | null },
  ): Promise<Product | null> {
    if (!ctx.tenantId) return null;
    if ((by.id == null) === (by.slug == null))
      throw badInput('Give either id or slug', by.id == null ? 'id' : 'slug');
    if (by.id != null && !isUuid(by.id)) return null;
    const where = by.id != null ? { id: by.id } : { slug: by.slug! };
    const product = await withTenant(this.db, ctx, (em) => em.findOne(ProductSchema, where));
    if (!product) return null;
    return product.status === 'active' || this.seesEverything(ctx) ? product : null;
  }

  productReference(ctx: RequestContext, id: string): Promise<Product | null> {
    if (!ctx.tenantId || !isUuid(id)) return Promise.resolve(null);
    return this.productById.load(ctx, id).then((p) => p ?? null);
  }

  /** A variant by id, when its product is visible to the caller (federated Variant references). */
  async variantReference(ctx: RequestContext, id: string): Promise<VariantView | null> {
    if (!ctx.tenantId || !isUuid(id)) return null;
    const variant = await withTenant(this.db, ctx, async (em) => (await loadVariants(em, { id }))[0] ?? null);
    if (!variant) return null;
    return (await this.productReference(ctx, variant.productId)) ? variant : null;
  }

  /** The product's variants with prices, default (position 0) first; batched per request. */
  async variantsOf(ctx: RequestContext, productId: string): Promise<VariantView[]> {
    return (await this.variantsByProduct.load(ctx, productId)) ?? [];
  }

  async collectionsOf(ctx: RequestContext, productId: string): Promise<Collection[]> {
    return (await this.collectionsByProduct.load(ctx, productId)) ?? [];
  }

  async createProduct(ctx: RequestContext, input: unknown): Promise<Product> {
    const data = parseInput(createProductInput, input);
    const variants = legacyVariants(data);
    const options = data.options ?? [];
    checkVariants(options, variants);
    variants.forEach((v, i) => {
      if (v.id)
        throw badInput(
          `variants.${i}.id: a new product has no variants yet; leave id out`,
          `variants.${i}.id`,
        );
    });
    const plan = await planOfTenant(this.tenants, ctx.tenantId);
    try {
      const saved = await withTenant(this.db, ctx, async (em) => {
        const tenantId = ctx.tenantId!;
        await assertPlanRoom(em, tenantId, plan, 'products', () => em.count(ProductSchema, {}));
        const slug = data.slug
          ? await assertSlugFree(em, data.slug, null)
          : await freeSlug(em, slugify(data.title));
        await assertCollections(em, data.collectionIds ?? [], 'collectionIds');
        const now = this.now();
        const product = em.create(ProductSchema, {
          id: randomUUID(),
          tenantId,
          title: data.title,
          slug,
          description: data.description ?? '',
          seoTitle: data.seo?.title ?? null,
          seoDescription: data.seo?.description ?? null,
          options,
          imageAssetIds: data.imageAssetIds ?? [],
          priceAmount: null,
          currency: variants[0]!.prices[0]!.currency,
          status: data.status ?? 'active',
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        await em.flush();
        await writeVariants(em, product, [], variants, now);
        await linkCollections(em, tenantId, product.id, data.collectionIds ?? null);
        return product;
      });
      await this.catalogChanged(ctx.tenantId!);
      return saved;
    } catch (err) {
      throw mapUniqueViolation(err);
    }
  }

  /**
   * Edits a product. `expectedVersion` is the version the editor loaded: a different current
   * version is a CONFLICT (`extensions.currentVersion`) and nothing changes. `variants`, when
   * given, is the full new list: entries with an `id` update that variant (it must be this
   * product's), entries without one are added, variants left out are removed (refused with
   * CONFLICT when a reservation or order still refers to them: archive the product instead).
   */
  async updateProduct(
    ctx: RequestContext,
    id: string,
    expectedVersion: number,
    input: unknown,
  ): Promise<Product> {
    if (!isUuid(id)) throw notFound('Product');
    if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
      throw badInput('expectedVersion: the version you loaded (1 or more)', 'expectedVersion');
    }
    const data: UpdateProductInput = parseInput(updateProductInput, input);
    try {
      const saved = await withTenant(this.db, ctx, async (em) => {
        const product = await em.findOne(ProductSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!product) throw notFound('Product');
        if (product.version !== expectedVersion) {
          throw conflict(
            `Product was changed by someone else (now version ${product.version}, you edited ${expectedVersion}); reload and try again`,
            { field: 'expectedVersion', currentVersion: product.version },
          );
        }
        const existing = await loadVariants(em, { productId: id });
        const options = data.options ?? product.options;
        const variants: VariantInput[] = data.variants ?? existing.map(variantInputOf);
        checkVariants(options, variants);
        const own = new Set(existing.map((v) => v.id));
        variants.forEach((v, i) => {
          if (v.id && !own.has(v.id)) throw notFound(`Variant ${v.id} of this product (variants.${i}.id)`);
        });
        if (data.slug && data.slug !== product.slug) product.slug = await assertSlugFree(em, data.slug, id);
        await assertCollections(em, data.collectionIds ?? [], 'collectionIds');
        const now = this.now();
        if (data.title != null) product.title = data.title;
        if (data.description != null) product.description = data.description;
        if (data.seo) {
          if (data.seo.title !== undefined) product.seoTitle = data.seo.title ?? null;
          if (data.seo.description !== undefined) product.seoDescription = data.seo.description ?? null;
        }
        if (data.options) product.options = data.options;
        if (data.imageAssetIds) product.imageAssetIds = data.imageAssetIds;
        if (data.status) product.status = data.status;
        const currencies = variants[0]!.prices.map((p) => p.currency);
        if (!product.currency || !currencies.includes(product.currency)) product.currency = currencies[0]!;
        product.version += 1;
        product.updatedAt = now;
        await em.flush();
        if (data.variants || data.options) await writeVariants(em, product, existing, variants, now);
        await linkCollections(em, ctx.tenantId!, id, data.collectionIds ?? null);
        return product;
      });
      await this.catalogChanged(ctx.tenantId!);
      return saved;
    } catch (err) {
      throw mapUniqueViolation(err);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Collections

  collections(ctx: RequestContext, first: number, after: string | null): Promise<Collection[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, (em) =>
      em.find(CollectionSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
  }

  async collection(
    ctx: RequestContext,
    by: { id?: string | null; slug?: string | null },
  ): Promise<Collection | null> {
    if (!ctx.tenantId) return null;
    if ((by.id == null) === (by.slug == null))
      throw badInput('Give either id or slug', by.id == null ? 'id' : 'slug');
    if (by.id != null && !isUuid(by.id)) return null;
    return withTenant(this.db, ctx, (em) =>
      em.findOne(CollectionSchema, by.id != null ? { id: by.id } : { slug: by.slug! }),
    );
  }

  async saveCollection(ctx: RequestContext, id: string | null, input: unknown): Promise<Collection> {
    const data = parseInput(
      z.object({
        title: z.string().trim().min(1, 'Title must not be empty').max(200),
        slug: slugSchema.nullish(),
        description: z.string().max(5_000).nullish(),
        productIds: z.array(z.string().uuid('Product ids must be product ids')).max(1_000).nullish(),
      }),
      input,
    );
    if (id !== null && !isUuid(id)) throw notFound('Collection');
    try {
      const saved = await withTenant(this.db, ctx, async (em) => {
        const tenantId = ctx.tenantId!;
        let collection: Collection | null = null;
        if (id) {
          collection = await em.findOne(CollectionSchema, { id });
          if (!collection) throw notFound('Collection');
        }
        const slug = data.slug ?? collection?.slug ?? slugify(data.title);
        const taken = await em.findOne(CollectionSchema, { slug, ...(id ? { id: { $ne: id } } : {}) });
        if (taken) throw badInput('slug: another collection already uses this slug', 'slug');
        if (data.productIds?.length) {
          const unique = [...new Set(data.productIds)];
          const found = await em.count(ProductSchema, { id: { $in: unique } });
          if (found !== unique.length) throw notFound('A product in productIds');
        }
        if (!collection) {
          collection = em.create(CollectionSchema, {
            id: randomUUID(),
            tenantId,
            title: data.title,
            slug,
            description: data.description ?? '',
            createdAt: this.now(),
          });
        } else {
          collection.title = data.title;
          collection.slug = slug;
          if (data.description != null) collection.description = data.description;
        }
        await em.flush();
        if (data.productIds) {
          await em.nativeDelete(CollectionProductSchema, { collectionId: collection.id });
          const productIds = [...new Set(data.productIds)];
          if (productIds.length) {
            await em.insertMany(
              CollectionProductSchema,
              productIds.map((productId, position) => ({
                tenantId,
                collectionId: collection.id,
                productId,
                position,
              })),
            );
          }
        }
        return collection;
      });
      await this.catalogChanged(ctx.tenantId!);
      return saved;
    } catch (err) {
      throw mapUniqueViolation(err);
    }
  }

  async deleteCollection(ctx: RequestContext, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('Collection');
    await withTenant(this.db, ctx, async (em) => {
      const deleted = await em.nativeDelete(CollectionSchema, { id });
      if (deleted === 0) throw notFound('Collection');
    });
    await this.catalogChanged(ctx.tenantId!);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------

/** The deprecated single-price input becomes one variant; new clients send `variants`. */
function legacyVariants(data: CreateProductInput): VariantInput[] {
  if (data.variants) {
    if (data.priceAmount != null)
      throw badInput('priceAmount: set prices on variants instead', 'priceAmount');
    return data.variants;
  }
  if (data.priceAmount == null) {
    throw badInput('variants: a product needs at least one variant with a price', 'variants');
  }
  if (!data.currency) throw badInput('currency: required with priceAmount', 'currency');
  return [{ prices: [{ currency: data.currency, amount: data.priceAmount }] }];
}

export async function loadVariants(
  em: EntityManager,
  where: Record<string, unknown>,
): Promise<VariantView[]> {
  const variants = await em.find(VariantSchema, where, { orderBy: { productId: 'asc', position: 'asc' } });
  if (variants.length === 0) return [];
  const prices = await em.find(
    VariantPriceSchema,
    { variantId: { $in: variants.map((v) => v.id) } },
    { orderBy: { currency: 'asc' } },
  );
  const byVariant = groupBy(prices, (p) => p.variantId);
  return variants.map((v) => ({ ...v, prices: byVariant.get(v.id) ?? [] }));
}

/** A stored variant as the input that writes it back unchanged (for partial updates and imports). */
export function variantInputOf(v: VariantView): VariantInput {
  return {
    id: v.id,
    sku: v.sku,
    title: v.title,
    optionValues: v.optionValues,
    weightGrams: v.weightGrams,
    prices: v.prices.map((p) => ({
      currency: p.currency,
      amount: p.amount,
      compareAtAmount: p.compareAtAmount,
    })),
  };
}

async function assertSlugFree(em: EntityManager, slug: string, ownId: string | null): Promise<string> {
  const taken = await em.findOne(ProductSchema, { slug, ...(ownId ? { id: { $ne: ownId } } : {}) });
  if (taken) throw badInput('slug: another product already uses this slug', 'slug');
  return slug;
}

/** `base`, or `base-2`, `base-3`, … the first one no product of the tenant uses. */
async function freeSlug(em: EntityManager, base: string): Promise<string> {
  const rows = await em.find(
    ProductSchema,
    { $or: [{ slug: base }, { slug: { $like: `${escapeLike(base)}-%` } }] },
    { fields: ['slug'] },
  );
  const used = new Set(rows.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; n < 1000; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomBytes(3).toString('hex')}`;
}

async function assertCollections(em: EntityManager, ids: string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await em.find(CollectionSchema, { id: { $in: unique } }, { fields: ['id'] });
  const known = new Set(found.map((c) => c.id));
  const missing = unique.findIndex((id) => !known.has(id));
  if (missing >= 0) {
    throw new AppError('NOT_FOUND', `Collection ${unique[missing]} was not found`, {
      field: `${field}.${ids.indexOf(unique[missing]!)}`,
    });
  }
}

async function linkCollections(
  em: EntityManager,
  tenantId: string,
  productId: string,
  collectionIds: string[] | null,
): Promise<void> {
  if (collectionIds === null) return;
  await em.nativeDelete(CollectionProductSchema, { productId });
  for (const collectionId of new Set(collectionIds)) {
    const position = await em.count(CollectionProductSchema, { collectionId });
    await em.insert(CollectionProductSchema, { tenantId, collectionId, productId, position });
  }
}

/**
 * Makes the product's variants equal `wanted`: removes the ones left out, updates the ones named
 * by id, adds the rest (with generated SKUs where none is given), and rewrites their prices.
 */
export async function writeVariants(
  em: EntityManager,
  product: Product,
  existing: VariantView[],
  wanted: VariantInput[],
  now: Date,
): Promise<void> {
  const keep = new Set(wanted.map((v) => v.id).filter((id): id is string => !!id));
  const removed = existing.filter((v) => !keep.has(v.id)).map((v) => v.id);
  if (removed.length) {
    try {
      await em.nativeDelete(VariantSchema, { id: { $in: removed } });
    } catch (err) {
      if (err instanceof Error && /foreign key|violates/i.test(err.message)) {
        throw conflict(
          'variants: a variant you left out has reservations or sales; archive the product instead',
          {
            field: 'variants',
          },
        );
      }
      throw err;
    }
  }
  // SKUs must be free outside the variants this product keeps.
  const explicit = wanted.map((v) => v.sku).filter((s): s is string => !!s);
  if (explicit.length) {
    const clashes = await em.find(
      VariantSchema,
      { $or: explicit.map((sku) => ({ sku: { $ilike: escapeLike(sku) } })) },
      { fields: ['id', 'sku'] },
    );
    for (const clash of clashes) {
      const index = wanted.findIndex((v) => v.sku?.toLowerCase() === clash.sku.toLowerCase());
      if (wanted[index]?.id !== clash.id) {
        throw badInput(
          `variants.${index}.sku: SKU ${clash.sku} is already used by another variant`,
          `variants.${index}.sku`,
        );
      }
    }
  }
  const managed = new Map(
    (keep.size ? await em.find(VariantSchema, { id: { $in: [...keep] } }) : []).map((v) => [v.id, v]),
  );
  const ids: string[] = [];
  for (const [position, input] of wanted.entries()) {
    const current = input.id ? managed.get(input.id) : undefined;
    const fields = {
      title: input.title ?? current?.title ?? '',
      optionValues: input.optionValues ?? [],
      weightGrams: input.weightGrams ?? null,
      position,
    };
    if (current) {
      Object.assign(current, fields, input.sku ? { sku: input.sku } : {});
      ids.push(current.id);
    } else {
      const id = randomUUID();
      em.create(VariantSchema, {
        id,
        tenantId: product.tenantId,
        productId: product.id,
        sku: input.sku ?? (await freeSku(em, product.slug, input.optionValues ?? [])),
        createdAt: now,
        ...fields,
      });
      ids.push(id);
    }
  }
  await em.flush();
  // Straight to SQL: the old price rows may sit in the identity map under the same keys.
  await em.nativeDelete(VariantPriceSchema, { variantId: { $in: ids } });
  await em.insertMany(
    VariantPriceSchema,
    wanted.flatMap((input, i) =>
      input.prices.map((price) => ({
        tenantId: product.tenantId,
        variantId: ids[i]!,
        currency: price.currency,
        amount: price.amount,
        compareAtAmount: price.compareAtAmount ?? null,
      })),
    ),
  );
}

/** A readable SKU from the slug and option values (MUG-BLUE-L), suffixed when already taken. */
async function freeSku(em: EntityManager, slug: string, optionValues: string[]): Promise<string> {
  const base = [slug, ...optionValues]
    .join('-')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  const candidate = base || 'SKU';
  const taken = await em.count(VariantSchema, { sku: { $ilike: escapeLike(candidate) } });
  return taken ? `${candidate}-${randomBytes(3).toString('hex').toUpperCase()}` : candidate;
}

/** The options of a product, exported for resolvers. */
export type { ProductOption };

/**
 * The ranked ids of active products of `tenantId` matching `terms`, after `after`: the tenant
 * predicate is written out (raw SQL has no ORM filter) and RLS holds underneath it (`withTenant`).
 */
export function searchProductRows(
  em: EntityManager,
  opts: Pick<RankedSearch, 'config' | 'terms' | 'after' | 'limit'> & { tenantId: string },
): Promise<{ id: string; rank: string }[]> {
  return rankedSearchRows(em, {
    ...opts,
    from: 'commerce.product p',
    id: 'p.id',
    vector: 'p.search_vector',
    where: `p.tenant_id = ? and p.status = 'active'`,
    whereParams: [opts.tenantId],
  });
}
