import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../core/db.js';

export type ProductStatus = 'draft' | 'active' | 'archived';

export interface Product {
  id: string;
  tenantId: string;
  title: string;
  /** Integer minor units: money is never a float. */
  priceAmount: number;
  currency: string;
  status: ProductStatus;
  createdAt: Date;
}

export const ProductSchema = new EntitySchema<Product>({
  name: 'Product',
  tableName: 'product',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    title: { type: 'string' },
    priceAmount: { type: 'integer' },
    currency: { type: 'string' },
    status: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const commerceEntities = [ProductSchema];
