import { z } from 'zod';
import { badInput } from '../../../core/errors.js';
import type { ProductOption } from '../entities/catalog.js';

/** ISO 4217 codes this runtime knows (Intl), e.g. EUR, USD, JPY. */
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const MAX_MONEY = 2_147_483_647;
export const MAX_VARIANTS = 100;
export const MAX_OPTIONS = 3;
export const MAX_OPTION_VALUES = 100;
export const MAX_IMAGES = 20;
export const MAX_COLLECTIONS_PER_PRODUCT = 50;

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Currency must be an ISO 4217 code like EUR')
  .refine((c) => KNOWN_CURRENCIES.has(c), 'Unknown currency (not an ISO 4217 code)');

export const moneySchema = (what: string) =>
  z
    .number()
    .int(`${what} must be a whole number of minor units (cents)`)
    .min(0, `${what} must be zero or more`)
    .max(MAX_MONEY, `${what} is too large`);

export const slugSchema = z
  .string()
  .trim()
  .min(1, 'Slug must not be empty')
  .max(120, 'Slug is too long (120 characters at most)')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Slug may only use a-z, 0-9 and single dashes, e.g. blue-mug');

export const skuSchema = z
  .string()
  .trim()
  .min(1, 'SKU must not be empty')
  .max(64, 'SKU is too long (64 characters at most)')
  .regex(/^[A-Za-z0-9._\-/]+$/, 'SKU may only use letters, digits and . _ - /');

const titleSchema = z.string().trim().min(1, 'Title must not be empty').max(200, 'Title is too long');

export const priceInput = z.object({
  currency: currencySchema,
  amount: moneySchema('Price'),
  compareAtAmount: moneySchema('Compare-at price').nullish(),
});

export const variantInput = z.object({
  /** Set to update an existing variant of the product; absent for a new one. */
  id: z.string().uuid('id must be a variant id').nullish(),
  sku: skuSchema.nullish(),
  title: z.string().trim().max(200, 'Title is too long').nullish(),
  optionValues: z
    .array(z.string().trim().min(1, 'Option values must not be empty').max(100, 'Option value is too long'))
    .max(MAX_OPTIONS)
    .nullish(),
  weightGrams: z
    .number()
    .int('Weight must be whole grams')
    .min(0, 'Weight must be zero or more')
    .max(10_000_000, 'Weight is too large')
    .nullish(),
  prices: z.array(priceInput).min(1, 'A variant needs at least one price').max(20),
});
export type VariantInput = z.infer<typeof variantInput>;

const optionInput = z.object({
  name: z.string().trim().min(1, 'Option name must not be empty').max(50, 'Option name is too long'),
  values: z
    .array(z.string().trim().min(1, 'Option values must not be empty').max(100, 'Option value is too long'))
    .min(1)
    .max(MAX_OPTION_VALUES, `At most ${MAX_OPTION_VALUES} values per option`),
});

/** A product's options (names, values): also what a CSV import's merged options must satisfy. */
export const optionsSchema = z.array(optionInput).max(MAX_OPTIONS, `At most ${MAX_OPTIONS} options`);

const seoInput = z.object({
  title: z.string().trim().max(70, 'SEO title is too long (70 characters at most)').nullish(),
  description: z.string().trim().max(320, 'SEO description is too long (320 characters at most)').nullish(),
});

const statusInput = z
  .enum(['DRAFT', 'ACTIVE', 'ARCHIVED'])
  .transform((s) => s.toLowerCase() as 'draft' | 'active' | 'archived');

const productFields = {
  title: titleSchema,
  slug: slugSchema.nullish(),
  description: z.string().max(20_000, 'Description is too long').nullish(),
  seo: seoInput.nullish(),
  options: optionsSchema.nullish(),
  imageAssetIds: z
    .array(z.string().uuid('Image ids must be asset ids'))
    .max(MAX_IMAGES, `At most ${MAX_IMAGES} images`)
    .nullish(),
  collectionIds: z
    .array(z.string().uuid('Collection ids must be collection ids'))
    .max(MAX_COLLECTIONS_PER_PRODUCT, `At most ${MAX_COLLECTIONS_PER_PRODUCT} collections`)
    .nullish(),
  variants: z
    .array(variantInput)
    .min(1, 'A product needs at least one variant')
    .max(MAX_VARIANTS, `A product has at most ${MAX_VARIANTS} variants`)
    .nullish(),
};

export const createProductInput = z.object({
  ...productFields,
  status: statusInput.nullish(),
  /** Deprecated single price: a product with one variant priced in one currency. */
  priceAmount: moneySchema('Price').nullish(),
  currency: currencySchema.nullish(),
});
export type CreateProductInput = z.infer<typeof createProductInput>;

export const updateProductInput = z.object({
  title: titleSchema.nullish(),
  slug: productFields.slug,
  description: productFields.description,
  seo: productFields.seo,
  options: productFields.options,
  imageAssetIds: productFields.imageAssetIds,
  collectionIds: productFields.collectionIds,
  variants: productFields.variants,
  status: statusInput.nullish(),
});
export type UpdateProductInput = z.infer<typeof updateProductInput>;

/**
 * One product as a CSV import assembles it from its rows (catalog-import-parse.ts parseImport): the same
 * field rules as createProduct/updateProduct, with collections named by slug instead of id.
 */
export const importedProductInput = z.object({
  title: titleSchema.nullish(),
  description: productFields.description,
  seo: productFields.seo,
  options: productFields.options,
  imageAssetIds: productFields.imageAssetIds,
  collectionSlugs: z
    .array(slugSchema)
    .max(MAX_COLLECTIONS_PER_PRODUCT, `At most ${MAX_COLLECTIONS_PER_PRODUCT} collections`)
    .nullish(),
  variants: productFields.variants,
});

/** Lowercase ASCII slug from a title ("Blue Mug!" → "blue-mug"); "product" when nothing is left. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/g, '');
  return slug || 'product';
}

/**
 * Checks what zod cannot see field by field: option names and values unique, each variant choosing
 * one known value per option, no two variants with the same choice, SKUs unique within the input,
 * one price per currency, every variant priced in the same currencies, compare-at above price.
 * Field paths are relative to the input (`variants.1.sku`).
 */
export function checkVariants(
  options: ProductOption[],
  variants: Pick<VariantInput, 'sku' | 'optionValues' | 'prices'>[],
  prefix = 'variants',
): void {
  const names = new Set<string>();
  options.forEach((option, i) => {
    const key = option.name.toLowerCase();
    if (names.has(key))
      throw badInput(`options.${i}.name: option "${option.name}" appears twice`, `options.${i}.name`);
    names.add(key);
    if (new Set(option.values).size !== option.values.length) {
      throw badInput(`options.${i}.values: a value appears twice`, `options.${i}.values`);
    }
  });
  if (options.length === 0 && variants.length > 1) {
    throw badInput(`${prefix}: several variants need options that tell them apart (e.g. Size)`, prefix);
  }
  const combos = new Set<string>();
  const skus = new Set<string>();
  let currencies: string | null = null;
  variants.forEach((variant, i) => {
    const values = variant.optionValues ?? [];
    if (values.length !== options.length) {
      throw badInput(
        `${prefix}.${i}.optionValues: give one value per option (${options.map((o) => o.name).join(', ') || 'none'})`,
        `${prefix}.${i}.optionValues`,
      );
    }
    values.forEach((value, j) => {
      if (!options[j]!.values.includes(value)) {
        throw badInput(
          `${prefix}.${i}.optionValues.${j}: "${value}" is not a value of option ${options[j]!.name}`,
          `${prefix}.${i}.optionValues.${j}`,
        );
      }
    });
    const combo = JSON.stringify(values);
    if (combos.has(combo)) {
      throw badInput(
        `${prefix}.${i}.optionValues: another variant has the same options`,
        `${prefix}.${i}.optionValues`,
      );
    }
    combos.add(combo);
    if (variant.sku) {
      const key = variant.sku.toLowerCase();
      if (skus.has(key))
        throw badInput(`${prefix}.${i}.sku: SKU ${variant.sku} appears twice`, `${prefix}.${i}.sku`);
      skus.add(key);
    }
    const seen = new Set<string>();
    variant.prices.forEach((price, j) => {
      if (seen.has(price.currency)) {
        throw badInput(
          `${prefix}.${i}.prices.${j}.currency: two prices in ${price.currency}`,
          `${prefix}.${i}.prices.${j}.currency`,
        );
      }
      seen.add(price.currency);
      if (price.compareAtAmount != null && price.compareAtAmount <= price.amount) {
        throw badInput(
          `${prefix}.${i}.prices.${j}.compareAtAmount: the compare-at price must be above the price`,
          `${prefix}.${i}.prices.${j}.compareAtAmount`,
        );
      }
    });
    const set = [...seen].sort().join(',');
    if (currencies === null) currencies = set;
    else if (set !== currencies) {
      throw badInput(
        `${prefix}.${i}.prices: every variant must be priced in the same currencies (${currencies})`,
        `${prefix}.${i}.prices`,
      );
    }
  });
}
