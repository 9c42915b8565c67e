/**
 * Loading what the pickers show into the shared store: assets by id (thumbnails, filenames),
 * products by id (titles, prices, first image) and collections' products by slug; `preloadTree`
 * does all three for what a page tree names, so the canvas draws chosen images and product cards from the first render on.
 */
import type { Session } from '../../../../session.js';
import {
  PickerAssetsByIdsQuery,
  PickerCollectionProductsQuery,
  PickerProductsByIdsQuery,
} from './operations.js';
import {
  type PickedAsset,
  type PickedProduct,
  pickedAsset,
  pickedCollection,
  pickedProduct,
  rememberAssets,
  rememberCollection,
  rememberProducts,
  sourcesOf,
} from './picked.js';

export async function loadAssets(session: Session, ids: readonly string[]): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => id && !pickedAsset(id)).slice(0, 100);
  if (!missing.length) return;
  const { assetsByIds } = await session.execute(PickerAssetsByIdsQuery, { ids: missing });
  rememberAssets(assetsByIds.flatMap((a) => (a ? [toPickedAsset(a)] : [])));
}

/** An asset row as the store keeps it (whole-image WebP variants, narrowest first). */
export function toPickedAsset(a: {
  id: string;
  filename: string;
  alt?: string | null;
  width?: number | null;
  height?: number | null;
  variants: readonly { url: string; width: number; crop?: string | null }[];
}): PickedAsset {
  return {
    id: a.id,
    filename: a.filename,
    alt: a.alt ?? null,
    width: a.width ?? null,
    height: a.height ?? null,
    sources: sourcesOf(a.variants),
  };
}

/** A product row as the store keeps it. */
export function toPicked(p: {
  id: string;
  title: string;
  slug: string;
  imageAssetIds: readonly string[];
  priceRange?: { min: { amount: number; currency: string } } | null;
}): PickedProduct {
  return {
    id: p.id,
    title: p.title,
    slug: p.slug,
    price: p.priceRange ? { amount: p.priceRange.min.amount, currency: p.priceRange.min.currency } : null,
    imageAssetId: p.imageAssetIds[0] ?? null,
  };
}

export async function loadProducts(session: Session, ids: readonly string[]): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => id && !pickedProduct(id)).slice(0, 100);
  if (!missing.length) return;
  const { productsByIds } = await session.execute(PickerProductsByIdsQuery, { ids: missing });
  const found = productsByIds.flatMap((p) => (p ? [toPicked(p)] : []));
  rememberProducts(found);
  await loadAssets(
    session,
    found.flatMap((p) => (p.imageAssetId ? [p.imageAssetId] : [])),
  );
}

/** A collection's first products (what a Product grid with that `collection` shows). */
export async function loadCollection(session: Session, slug: string): Promise<void> {
  if (!slug || pickedCollection(slug)) return;
  const { collection } = await session.execute(PickerCollectionProductsQuery, { slug, first: 48 });
  const found = collection?.products.edges.map((e) => toPicked(e.node)) ?? [];
  rememberProducts(found);
  rememberCollection(
    slug,
    found.map((p) => p.id),
  );
  await loadAssets(
    session,
    found.flatMap((p) => (p.imageAssetId ? [p.imageAssetId] : [])),
  );
}

/** Every asset id (`assetId` props) and product id (`productIds` props) a tree names. */
export function idsInTree(tree: unknown): {
  assetIds: string[];
  productIds: string[];
  collections: string[];
} {
  const assetIds: string[] = [];
  const productIds: string[] = [];
  const collections: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (/^(assetId|.+AssetId)$/.test(key) && typeof child === 'string' && child) assetIds.push(child);
      else if (key === 'productIds' && Array.isArray(child)) {
        productIds.push(...child.filter((id): id is string => typeof id === 'string'));
      } else if (key === 'collection' && typeof child === 'string' && child) collections.push(child);
      else walk(child);
    }
  };
  walk(tree);
  return { assetIds, productIds, collections };
}

export async function preloadTree(session: Session, tree: unknown): Promise<void> {
  const { assetIds, productIds, collections } = idsInTree(tree);
  await Promise.all([
    loadAssets(session, assetIds),
    loadProducts(session, productIds),
    ...[...new Set(collections)].map((slug) => loadCollection(session, slug)),
  ]);
}
