/** A catalog export: every variant of every product as one CSV row, with its stock at the default location. */
import type { EntityManager } from '../../../core/db.js';
import { CollectionProductSchema, CollectionSchema } from '../entities/catalog.js';
import { ProductSchema } from '../entities/commerce.js';
import { FIXED_COLUMNS, toCsv } from './catalog-csv.js';
import { loadVariants } from './catalog-service.js';
import type { InventoryService } from './inventory-service.js';

export async function buildExport(
  em: EntityManager,
  inventory: InventoryService,
): Promise<{ csv: string; rows: number; products: number }> {
  const products = await em.find(ProductSchema, {}, { orderBy: { slug: 'asc' } });
  const variants = await loadVariants(em, {});
  const links = await em.find(CollectionProductSchema, {});
  const collections = new Map((await em.find(CollectionSchema, {})).map((c) => [c.id, c.slug]));
  const location = await inventory.defaultLocation({ tenantId: null }, em);
  const stock = new Map(
    (
      await em.execute<{ variant_id: string; on_hand: number }[]>(
        'select variant_id, on_hand from commerce.stock_level where location_id = ?',
        [location.id],
      )
    ).map((r) => [r.variant_id, r.on_hand]),
  );
  const currencies = [...new Set(variants.flatMap((v) => v.prices.map((p) => p.currency)))].sort();
  const header = [...FIXED_COLUMNS, ...currencies.flatMap((c) => [`price_${c}`, `compare_at_${c}`])];
  const out: (string | number | null)[][] = [header];
  for (const product of products) {
    const own = variants.filter((v) => v.productId === product.id);
    const collectionSlugs = links
      .filter((l) => l.productId === product.id)
      .map((l) => collections.get(l.collectionId))
      .filter((s): s is string => !!s)
      .join('|');
    for (const variant of own) {
      const options = [0, 1, 2].flatMap((i) => [
        product.options[i]?.name ?? null,
        variant.optionValues[i] ?? null,
      ]);
      const prices = currencies.flatMap((c) => {
        const price = variant.prices.find((p) => p.currency === c);
        return [price?.amount ?? null, price?.compareAtAmount ?? null];
      });
      out.push([
        product.slug,
        product.title,
        product.status,
        product.description,
        product.seoTitle,
        product.seoDescription,
        collectionSlugs,
        product.imageAssetIds.join('|'),
        ...options,
        variant.sku,
        variant.title,
        variant.weightGrams,
        stock.get(variant.id) ?? 0,
        ...prices,
      ]);
    }
  }
  return { csv: toCsv(out), rows: out.length - 1, products: products.length };
}
