import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';
import { catalogEntities, type ProductOption } from './catalog.js';

export type ProductStatus = 'draft' | 'active' | 'archived';

export interface Product {
  id: string;
  tenantId: string;
  title: string;
  /** Unique per tenant; the product's address on the storefront. */
  slug: string;
  description: string;
  seoTitle: string | null;
  seoDescription: string | null;
  options: ProductOption[];
  /** Asset ids (assets subgraph) in display order. */
  imageAssetIds: string[];
  /**
   * @deprecated The single price of the first catalog; prices live on variants now. Kept only for
   * rows written before variants existed (the migration copied it to their default variant).
   */
  priceAmount: number | null;
  /** The currency the product is shown in when the caller names none (its first price's). */
  currency: string | null;
  status: ProductStatus;
  /** Optimistic concurrency: every edit checks and bumps it. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const ProductSchema = new EntitySchema<Product>({
  name: 'Product',
  tableName: 'product',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    title: { type: 'string' },
    slug: { type: 'string' },
    description: { type: 'text' },
    seoTitle: { type: 'string', nullable: true },
    seoDescription: { type: 'string', nullable: true },
    options: { type: 'json' },
    imageAssetIds: { type: 'string[]' },
    priceAmount: { type: 'integer', nullable: true },
    currency: { type: 'string', nullable: true },
    status: { type: 'string' },
    version: { type: 'integer' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const commerceEntities = [ProductSchema, ...catalogEntities];
