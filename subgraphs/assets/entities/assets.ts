import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

export type AssetKind = 'image' | 'font' | 'document';
export type AssetStatus = 'pending' | 'processing' | 'ready' | 'failed';
export type VariantFormat = 'avif' | 'webp' | 'jpeg' | 'png';

export interface Asset {
  id: string;
  tenantId: string;
  /** Object storage key of the original, always under `tenants/<tenantId>/`. */
  storageKey: string;
  filename: string;
  /** Declared by the uploader until completeUpload, then the type sniffed from the bytes. */
  contentType: string;
  /** Declared size until completeUpload, then the stored object's size. */
  size: number;
  kind: AssetKind;
  status: AssetStatus;
  failureReason: string | null;
  /** Private assets are only reachable through expiring signed URLs. */
  private: boolean;
  width: number | null;
  height: number | null;
  /** ThumbHash of the image, base64. */
  placeholder: string | null;
  /** `#rrggbb`. */
  dominantColor: string | null;
  focalX: number | null;
  focalY: number | null;
  alt: string | null;
  createdAt: Date;
  updatedAt: Date;
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
    kind: { type: 'string' },
    status: { type: 'string' },
    failureReason: { type: 'string', nullable: true },
    private: { type: 'boolean' },
    width: { type: 'integer', nullable: true },
    height: { type: 'integer', nullable: true },
    placeholder: { type: 'string', nullable: true },
    dominantColor: { type: 'string', nullable: true },
    focalX: { type: 'float', nullable: true },
    focalY: { type: 'float', nullable: true },
    alt: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** One rendition of an image: `tenants/<t>/assets/<assetId>/<width>.<ext>`. */
export interface AssetVariant {
  id: string;
  tenantId: string;
  assetId: string;
  width: number;
  height: number;
  format: VariantFormat;
  /** `none` for the responsive widths; `1x1`, `4x3`, ... for crops around the focal point. */
  crop: string;
  storageKey: string;
  size: number;
  createdAt: Date;
}

export const AssetVariantSchema = new EntitySchema<AssetVariant>({
  name: 'AssetVariant',
  tableName: 'asset_variant',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    assetId: { type: 'uuid' },
    width: { type: 'integer' },
    height: { type: 'integer' },
    format: { type: 'string' },
    crop: { type: 'string' },
    storageKey: { type: 'string' },
    size: { type: 'integer' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** Something in another subgraph that uses an asset (a cms page, a product), recorded by that subgraph. */
export interface AssetUsage {
  id: string;
  tenantId: string;
  assetId: string;
  /** The subgraph that reported it: `cms`, `commerce`. */
  service: string;
  /** What uses it, in that subgraph's words: `page`, `product`. */
  kind: string;
  refId: string;
  /** A name a person recognises: the page title, the product name. */
  label: string;
  updatedAt: Date;
}

export const AssetUsageSchema = new EntitySchema<AssetUsage>({
  name: 'AssetUsage',
  tableName: 'asset_usage',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    assetId: { type: 'uuid' },
    service: { type: 'string' },
    kind: { type: 'string' },
    refId: { type: 'string' },
    label: { type: 'string' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const assetEntities = [AssetSchema, AssetVariantSchema, AssetUsageSchema];
