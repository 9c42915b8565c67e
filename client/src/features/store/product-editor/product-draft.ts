/**
 * The product editor's draft: the form's state as typed (decimal prices per currency, comma-separated
 * option values), built from a loaded product, turned into the API's input, described for the
 * conflict view, and the errors that belong at one of its fields.
 */
import { ApiError } from '../../../api.js';
import type {
  StoreProductQuery as ProductResult,
  ProductStatus,
  UpdateProductInput,
  VariantInput,
} from '../../../gql/graphql.js';
import { toMajor, toMinor } from '../money.js';
import { PRODUCT_STATUS_LABEL } from '../product-status.js';

export type Product = NonNullable<ProductResult['product']>;
export type Location = ProductResult['locations'][number];
export type Region = ProductResult['regions'][number];

/**
 * The currencies the store's regions sell in, the default region's first: a cart is priced in its
 * region's currency, so a product priced in no region's currency cannot be bought.
 */
export function sellingCurrencies(regions: readonly Region[]): string[] {
  const ordered = [...regions].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return [...new Set(ordered.map((r) => r.currency))];
}

export interface PriceDraft {
  amount: string;
  compareAt: string;
}

export interface VariantDraft {
  key: string;
  id: string | null;
  sku: string;
  title: string;
  optionValues: string[];
  weight: string;
  prices: Record<string, PriceDraft>;
}

export interface ProductDraft {
  title: string;
  slug: string;
  description: string;
  status: ProductStatus;
  seoTitle: string;
  seoDescription: string;
  /** Image asset ids in display order. */
  images: string[];
  collectionIds: string[];
  options: { name: string; values: string }[];
  currencies: string[];
  variants: VariantDraft[];
}

let keys = 0;
const nextKey = () => `v${++keys}`;

export function emptyVariant(currencies: string[], optionCount: number): VariantDraft {
  return {
    key: nextKey(),
    id: null,
    sku: '',
    title: '',
    optionValues: Array.from({ length: optionCount }, () => ''),
    weight: '',
    prices: Object.fromEntries(currencies.map((c) => [c, { amount: '', compareAt: '' }])),
  };
}

/** The draft of `product`, or of a new one priced in every currency the store sells in. */
export function draftOf(product: Product | null, selling: string[] = []): ProductDraft {
  if (!product) {
    return {
      title: '',
      slug: '',
      description: '',
      status: 'DRAFT',
      seoTitle: '',
      seoDescription: '',
      images: [],
      collectionIds: [],
      options: [],
      currencies: selling,
      variants: [emptyVariant(selling, 0)],
    };
  }
  const currencies = [...new Set(product.variants.flatMap((v) => v.prices.map((p) => p.currency)))];
  return {
    title: product.title,
    slug: product.slug,
    description: product.description,
    status: product.status,
    seoTitle: product.seo.title ?? '',
    seoDescription: product.seo.description ?? '',
    images: [...product.imageAssetIds],
    collectionIds: product.collections.map((c) => c.id),
    options: product.options.map((o) => ({ name: o.name, values: o.values.join(', ') })),
    currencies,
    variants: product.variants.map((v) => ({
      key: nextKey(),
      id: v.id,
      sku: v.sku,
      title: v.title,
      optionValues: product.options.map((_, i) => v.optionValues[i] ?? ''),
      weight: v.weightGrams === null || v.weightGrams === undefined ? '' : String(v.weightGrams),
      prices: Object.fromEntries(
        currencies.map((c) => {
          const price = v.prices.find((p) => p.currency === c);
          return [
            c,
            {
              amount: price ? toMajor(price.amount, c) : '',
              compareAt:
                price?.compareAtAmount === null || price?.compareAtAmount === undefined
                  ? ''
                  : toMajor(price.compareAtAmount, c),
            },
          ];
        }),
      ),
    })),
  };
}

/** A problem with the draft itself, found before sending, at the input path it names. */
export class DraftError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The draft as the API's input (every variant, so left-out variants are removed). */
export function inputOf(draft: ProductDraft): UpdateProductInput {
  if (draft.currencies.length === 0) {
    throw new DraftError('currencies', 'Prices: add a currency your regions sell in');
  }
  const options = draft.options
    .filter((o) => o.name.trim())
    .map((o) => ({
      name: o.name.trim(),
      values: o.values
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    }));
  const variants: VariantInput[] = draft.variants.map((v, i) => {
    const weight = v.weight.trim();
    if (weight && !/^\d+$/.test(weight)) {
      throw new DraftError(`variants.${i}.weightGrams`, 'Weight: whole grams, 0 or more');
    }
    return {
      ...(v.id ? { id: v.id } : {}),
      ...(v.sku.trim() ? { sku: v.sku.trim() } : {}),
      ...(v.title.trim() ? { title: v.title.trim() } : {}),
      ...(options.length
        ? { optionValues: v.optionValues.slice(0, options.length).map((s) => s.trim()) }
        : {}),
      weightGrams: weight ? Number(weight) : null,
      prices: draft.currencies.map((currency, j) => {
        const draftPrice = v.prices[currency] ?? { amount: '', compareAt: '' };
        const amount = toMinor(draftPrice.amount, currency);
        if (amount === null) {
          throw new DraftError(
            `variants.${i}.prices.${j}.amount`,
            `Price in ${currency}: an amount like 19.99`,
          );
        }
        const compareAt = draftPrice.compareAt.trim() ? toMinor(draftPrice.compareAt, currency) : null;
        if (draftPrice.compareAt.trim() && compareAt === null) {
          throw new DraftError(
            `variants.${i}.prices.${j}.compareAtAmount`,
            `Compare-at price in ${currency}: an amount like 24.99`,
          );
        }
        return { currency, amount, compareAtAmount: compareAt };
      }),
    };
  });
  return {
    title: draft.title.trim(),
    slug: draft.slug.trim() || null,
    description: draft.description,
    status: draft.status,
    seo: { title: draft.seoTitle.trim() || null, description: draft.seoDescription.trim() || null },
    imageAssetIds: draft.images,
    collectionIds: draft.collectionIds,
    options,
    variants,
  };
}

/** A few lines per version, for the side-by-side conflict view. */
export function describeDraft(draft: ProductDraft): string[] {
  const lines = [
    `Title: ${draft.title}`,
    `Slug: ${draft.slug}`,
    `Status: ${PRODUCT_STATUS_LABEL[draft.status]}`,
    `Description: ${draft.description.slice(0, 120)}`,
    `Search title: ${draft.seoTitle}`,
    `Search description: ${draft.seoDescription.slice(0, 120)}`,
    `Images: ${draft.images.length}`,
    `Collections: ${draft.collectionIds.length}`,
  ];
  for (const o of draft.options) lines.push(`Option ${o.name}: ${o.values}`);
  for (const v of draft.variants) {
    const prices = draft.currencies
      .map((c) => {
        const p = v.prices[c];
        return `${p?.amount || '?'} ${c}${p?.compareAt ? ` (was ${p.compareAt})` : ''}`;
      })
      .join(', ');
    lines.push(
      `Variant ${v.sku || '(new)'}${v.optionValues.length ? ` [${v.optionValues.join(' / ')}]` : ''}: ${prices}${v.weight ? `, ${v.weight} g` : ''}`,
    );
  }
  return lines;
}

/** The message to show at the field `path`: a draft problem or a server error naming it. */
export function fieldMessage(err: unknown, path: string): string | undefined {
  if (err instanceof DraftError) return err.field === path ? err.message : undefined;
  if (err instanceof ApiError && err.field === path) return err.message;
  return undefined;
}
