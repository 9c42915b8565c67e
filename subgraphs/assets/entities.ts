import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../core/db.js';

export interface Asset {
  id: string;
  tenantId: string;
  /** Object storage key, always under `tenants/<tenantId>/`. */
  storageKey: string;
  filename: string;
  contentType: string;
  size: number;
  alt: string | null;
  createdAt: Date;
}

export const AssetSchema = new EntitySchema<Asset>({
  name: 'Asset',
  tableName: 'asset',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    storageKey: { type: 'string' },
    filename: { type: 'string' },
    contentType: { type: 'string' },
    size: { type: 'integer' },
    alt: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const assetEntities = [AssetSchema];
