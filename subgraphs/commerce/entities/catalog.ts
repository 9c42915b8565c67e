import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/** One product option (e.g. Size) and the values its variants choose from, in display order. */
export interface ProductOption {
  name: string;
  values: string[];
}

/** One purchasable version of a product (a size, a colour): the thing carts and stock count. */
export interface Variant {
  id: string;
  tenantId: string;
  productId: string;
  /** Unique per tenant. */
  sku: string;
  title: string;
  /** One value per product option, in the product's option order. */
  optionValues: string[];
  weightGrams: number | null;
  /** 0 is the default variant (the product's headline price). */
  position: number;
  createdAt: Date;
}

/** A variant's price in one currency, in integer minor units. */
export interface VariantPrice {
  tenantId: string;
  variantId: string;
  currency: string;
  amount: number;
  /** The "was" price shown struck through; null for none. */
  compareAtAmount: number | null;
}

export interface Collection {
  id: string;
  tenantId: string;
  title: string;
  slug: string;
  description: string;
  createdAt: Date;
}

export interface CollectionProduct {
  tenantId: string;
  collectionId: string;
  productId: string;
  position: number;
}

/** Where stock is kept; every tenant has one default location (created on first use). */
export interface Location {
  id: string;
  tenantId: string;
  name: string;
  isDefault: boolean;
  createdAt: Date;
}

export type CatalogJobKind = 'import' | 'export';
export type CatalogJobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** One problem with an imported CSV, located by row (1 = the header) and column name. */
export interface CsvProblem {
  row: number;
  column: string | null;
  message: string;
}

/** A CSV import or export, run by a worker job; the row is its record and its result. */
export interface CatalogJob {
  id: string;
  tenantId: string;
  kind: CatalogJobKind;
  status: CatalogJobStatus;
  /** The uploaded CSV (imports). */
  input: string | null;
  /** Where the export file is kept in storage (exports). */
  storageKey: string | null;
  /** Counts after a successful run (products/variants created and updated, rows exported). */
  summary: Record<string, number> | null;
  problems: CsvProblem[];
  requestedBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export const VariantSchema = new EntitySchema<Variant>({
  name: 'Variant',
  tableName: 'variant',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    productId: { type: 'uuid' },
    sku: { type: 'string' },
    title: { type: 'string' },
    optionValues: { type: 'string[]' },
    weightGrams: { type: 'integer', nullable: true },
    position: { type: 'integer' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const VariantPriceSchema = new EntitySchema<VariantPrice>({
  name: 'VariantPrice',
  tableName: 'variant_price',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    variantId: { type: 'uuid', primary: true },
    currency: { type: 'string', primary: true },
    amount: { type: 'integer' },
    compareAtAmount: { type: 'integer', nullable: true },
  },
  filters: tenantFilter,
});

export const CollectionSchema = new EntitySchema<Collection>({
  name: 'Collection',
  tableName: 'collection',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    title: { type: 'string' },
    slug: { type: 'string' },
    description: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const CollectionProductSchema = new EntitySchema<CollectionProduct>({
  name: 'CollectionProduct',
  tableName: 'collection_product',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    collectionId: { type: 'uuid', primary: true },
    productId: { type: 'uuid', primary: true },
    position: { type: 'integer' },
  },
  filters: tenantFilter,
});

export const LocationSchema = new EntitySchema<Location>({
  name: 'Location',
  tableName: 'location',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    name: { type: 'string' },
    isDefault: { type: 'boolean' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const CatalogJobSchema = new EntitySchema<CatalogJob>({
  name: 'CatalogJob',
  tableName: 'catalog_job',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    kind: { type: 'string' },
    status: { type: 'string' },
    input: { type: 'text', nullable: true },
    storageKey: { type: 'string', nullable: true },
    summary: { type: 'json', nullable: true },
    problems: { type: 'json' },
    requestedBy: { type: 'uuid', nullable: true },
    createdAt: { type: 'datetime' },
    finishedAt: { type: 'datetime', nullable: true },
  },
  filters: tenantFilter,
});

export const catalogEntities = [
  VariantSchema,
  VariantPriceSchema,
  CollectionSchema,
  CollectionProductSchema,
  LocationSchema,
  CatalogJobSchema,
];
