/**
 * Applying a parsed catalog import (catalog-import-parse.ts) in the caller's transaction: the
 * checks only the database can make, then products, variants, collections and stock written.
 */
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '../../../core/db.js';
import { AppError } from '../../../core/errors.js';
import { assertPlanRoom } from '../../../core/plans.js';
import {
  CollectionProductSchema,
  CollectionSchema,
  type CsvProblem,
  type ProductOption,
} from '../entities/catalog.js';
import { type Product, ProductSchema } from '../entities/commerce.js';
import type { ImportProduct } from './catalog-import-parse.js';
import { checkVariants, MAX_VARIANTS, optionsSchema, type VariantInput } from './catalog-input.js';
import { loadVariants, variantInputOf, writeVariants } from './catalog-service.js';
import type { InventoryService } from './inventory-service.js';

/** Applies checked products in the caller's transaction; problems found against the database abort it. */
export async function applyImport(
  em: EntityManager,
  tenantId: string,
  plan: string,
  products: ImportProduct[],
  inventory: InventoryService,
  now: Date,
): Promise<{ summary: Record<string, number> } | { problems: CsvProblem[] }> {
  const problems: CsvProblem[] = [];
  // FOR UPDATE, in id order: a concurrent updateProduct (which locks the product row too) either
  // finishes first and is read here, or waits and then finds the version bumped (CONFLICT); never
  // silently overwritten. One fixed order keeps two imports touching the same products deadlock-free.
  const existing = new Map(
    (
      await em.find(
        ProductSchema,
        { slug: { $in: products.map((p) => p.slug) } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      )
    ).map((p) => [p.slug, p]),
  );
  const collectionSlugs = [...new Set(products.flatMap((p) => p.collections ?? []))];
  const collections = new Map(
    (collectionSlugs.length ? await em.find(CollectionSchema, { slug: { $in: collectionSlugs } }) : []).map(
      (c) => [c.slug, c.id],
    ),
  );
  const allSkus = products.flatMap((p) => p.variants.map((v) => v.sku));
  const skuOwners = new Map<string, { id: string; productId: string }>();
  for (let i = 0; i < allSkus.length; i += 500) {
    const chunk = allSkus.slice(i, i + 500);
    const found = await em.execute<{ id: string; sku: string; product_id: string }[]>(
      `select id, sku, product_id from commerce.variant where lower(sku) in (${chunk.map(() => '?').join(', ')})`,
      chunk.map((s) => s.toLowerCase()),
    );
    for (const f of found) skuOwners.set(f.sku.toLowerCase(), { id: f.id, productId: f.product_id });
  }
  for (const product of products) {
    const current = existing.get(product.slug);
    if (!current && !product.title) {
      problems.push({ row: product.row, column: 'title', message: 'A new product needs a title' });
    }
    for (const slug of product.collections ?? []) {
      if (!collections.has(slug))
        problems.push({ row: product.row, column: 'collections', message: `No collection ${slug}` });
    }
    for (const variant of product.variants) {
      const owner = skuOwners.get(variant.sku.toLowerCase());
      if (owner && owner.productId !== current?.id) {
        problems.push({
          row: variant.row,
          column: 'sku',
          message: `SKU ${variant.sku} belongs to another product`,
        });
      }
    }
  }
  if (problems.length) return { problems };
  const creating = products.filter((p) => !existing.has(p.slug)).length;
  if (creating > 0) {
    // Refused as a whole (AppError → the job's one problem): an import never half-fills the plan.
    await assertPlanRoom(em, tenantId, plan, 'products', () => em.count(ProductSchema, {}), {
      adding: creating,
    });
  }

  const summary = { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0 };
  const location = await inventory.defaultLocation({ tenantId }, em);
  const stockWrites: { row: number; variantId: string; onHand: number }[] = [];
  for (const product of products) {
    let target: Product | null = existing.get(product.slug) ?? null;
    const before = target ? await loadVariants(em, { productId: target.id }) : [];
    // Existing variants the file does not mention stay; mentioned ones are updated by SKU.
    const bySku = new Map(before.map((v) => [v.sku.toLowerCase(), v]));
    const options: ProductOption[] = target ? mergeOptions(target.options, product.options) : product.options;
    const merged: VariantInput[] = before.map(variantInputOf);
    for (const variant of product.variants) {
      const input: VariantInput = {
        id: bySku.get(variant.sku.toLowerCase())?.id ?? null,
        sku: variant.sku,
        title: variant.title,
        optionValues: variant.optionValues,
        weightGrams: variant.weightGrams,
        prices: variant.prices,
      };
      const at = merged.findIndex((m) => m.id && m.id === input.id);
      if (at >= 0) {
        merged[at] = input;
        summary.variantsUpdated++;
      } else {
        merged.push(input);
        summary.variantsCreated++;
      }
    }
    if (merged.length > MAX_VARIANTS) {
      return {
        problems: [
          {
            row: product.row,
            column: 'sku',
            message: `With the product's existing variants it would have ${merged.length}; a product has at most ${MAX_VARIANTS} variants`,
          },
        ],
      };
    }
    const mergedOptions = optionsSchema.safeParse(options);
    if (!mergedOptions.success) {
      return {
        problems: [
          {
            row: product.row,
            column: 'option1_value',
            message: `With the product's existing options: ${mergedOptions.error.issues[0]!.message}`,
          },
        ],
      };
    }
    try {
      checkVariants(options, merged);
    } catch (err) {
      return {
        problems: [
          {
            row: product.row,
            column: 'option1_name',
            message: `With the product's existing variants: ${(err as Error).message.replace(/^[\w.]+: /, '')}`,
          },
        ],
      };
    }
    if (!target) {
      target = em.create(ProductSchema, {
        id: randomUUID(),
        tenantId,
        title: product.title!,
        slug: product.slug,
        description: product.description ?? '',
        seoTitle: product.seoTitle,
        seoDescription: product.seoDescription,
        options,
        imageAssetIds: product.imageAssetIds ?? [],
        priceAmount: null,
        currency: merged[0]!.prices[0]!.currency,
        status: product.status ?? 'active',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      summary.productsCreated++;
    } else {
      if (product.title) target.title = product.title;
      if (product.status) target.status = product.status;
      if (product.description !== null) target.description = product.description;
      if (product.seoTitle !== null) target.seoTitle = product.seoTitle;
      if (product.seoDescription !== null) target.seoDescription = product.seoDescription;
      if (product.imageAssetIds) target.imageAssetIds = product.imageAssetIds;
      target.options = options;
      const currencies = merged[0]!.prices.map((p) => p.currency);
      if (!target.currency || !currencies.includes(target.currency)) target.currency = currencies[0]!;
      target.version += 1;
      target.updatedAt = now;
      summary.productsUpdated++;
    }
    await em.flush();
    await writeVariants(em, target, before, merged, now);
    if (product.collections) {
      await em.nativeDelete(CollectionProductSchema, { productId: target.id });
      for (const slug of new Set(product.collections)) {
        await em.insert(CollectionProductSchema, {
          tenantId,
          collectionId: collections.get(slug)!,
          productId: target.id,
          position: 0,
        });
      }
    }
    const after = new Map(
      (await loadVariants(em, { productId: target.id })).map((v) => [v.sku.toLowerCase(), v.id]),
    );
    for (const variant of product.variants) {
      if (variant.stock === null) continue;
      stockWrites.push({
        row: variant.row,
        variantId: after.get(variant.sku.toLowerCase())!,
        onHand: variant.stock,
      });
    }
  }
  // Stock last, in (variant_id, location_id) order: the order reserve locks stock rows in, so an
  // import and a checkout touching the same variants wait for each other instead of deadlocking.
  stockWrites.sort((a, b) => (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0));
  for (const write of stockWrites) {
    try {
      await inventory.setOnHand(
        { tenantId },
        { variantId: write.variantId, locationId: location.id, onHand: write.onHand },
        em,
      );
    } catch (err) {
      if (err instanceof AppError)
        return { problems: [{ row: write.row, column: 'stock', message: err.message }] };
      throw err;
    }
  }
  return { summary: { ...summary, rows: products.reduce((n, p) => n + p.variants.length, 0) } };
}

/** The product's options with the file's values added (names must match when both have options). */
function mergeOptions(current: ProductOption[], incoming: ProductOption[]): ProductOption[] {
  if (current.length === 0) return incoming;
  if (incoming.length !== current.length) return incoming.length === 0 ? current : incoming;
  return current.map((option, i) => ({
    name: option.name,
    values: [...new Set([...option.values, ...incoming[i]!.values])],
  }));
}
