/**
 * What the pickers have learnt about the assets and products a page names, kept for the editor's
 * session: the fields show a chosen image's thumbnail and filename and a product's title (never an
 * id), and the canvas draws images and product cards from it as the server renderer would from
 * the same ids. A small external store (useSyncExternalStore): a render re-runs when an entry lands.
 */
import { useSyncExternalStore } from 'react';

export interface PickedAsset {
  id: string;
  filename: string;
  alt: string | null;
  width: number | null;
  height: number | null;
  /** Whole-image WebP variants, narrowest first. */
  sources: { url: string; width: number }[];
}

export interface PickedProduct {
  id: string;
  title: string;
  slug: string;
  price: { amount: number; currency: string } | null;
  imageAssetId: string | null;
}

const assets = new Map<string, PickedAsset>();
const products = new Map<string, PickedProduct>();
/** Product ids of collections by slug, in the collection's order. */
const collections = new Map<string, string[]>();
const listeners = new Set<() => void>();
let version = 0;

const changed = () => {
  version++;
  for (const listener of listeners) listener();
};

export function rememberAssets(list: readonly PickedAsset[]): void {
  for (const asset of list) assets.set(asset.id, asset);
  if (list.length) changed();
}

export function rememberProducts(list: readonly PickedProduct[]): void {
  for (const product of list) products.set(product.id, product);
  if (list.length) changed();
}

export function rememberCollection(slug: string, productIds: string[]): void {
  collections.set(slug, productIds);
  changed();
}

/** Every loaded asset's variants by id, as the renderer's ImagesContext holds them (a new object per change). */
let sourcesByAsset: { version: number; value: Record<string, PickedAsset['sources']> } = {
  version: -1,
  value: {},
};
export function pickedSources(): Readonly<Record<string, PickedAsset['sources']>> {
  if (sourcesByAsset.version !== version) {
    sourcesByAsset = {
      version,
      value: Object.fromEntries([...assets.values()].map((asset) => [asset.id, asset.sources])),
    };
  }
  return sourcesByAsset.value;
}

export const pickedCollection = (slug: string): string[] | undefined => collections.get(slug);
export const pickedAsset = (id: string): PickedAsset | undefined => assets.get(id);
export const pickedProduct = (id: string): PickedProduct | undefined => products.get(id);

/** Subscribes a render to the store: it re-runs whenever an entry is added. */
export function usePicked(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}

/** Whole-image variants of an asset row (crops left out), narrowest first. */
export function sourcesOf(variants: readonly { url: string; width: number; crop?: string | null }[]) {
  return variants
    .filter((v) => !v.crop)
    .map((v) => ({ url: v.url, width: v.width }))
    .sort((a, b) => a.width - b.width);
}

/** The narrowest source at least `min` pixels wide (else the widest). */
export function thumbnailOf(asset: PickedAsset | undefined, min = 160): string | undefined {
  if (!asset) return undefined;
  return (asset.sources.find((s) => s.width >= min) ?? asset.sources.at(-1))?.url;
}
