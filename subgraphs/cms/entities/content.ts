import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/** The value types a content field can hold (services/content-model.ts validates each). */
export const CONTENT_FIELD_TYPES = [
  'text',
  'richText',
  'number',
  'boolean',
  'dateTime',
  'select',
  'slug',
  'asset',
  'reference',
] as const;
export type ContentFieldType = (typeof CONTENT_FIELD_TYPES)[number];

/** One field of a content type, as stored in `content_type.fields`. */
export interface ContentField {
  /** The key entries store the value under: `^[a-z][a-zA-Z0-9]{0,63}$`, unique in the type. */
  key: string;
  label: string;
  type: ContentFieldType;
  required: boolean;
  /** No two entries of the type may hold the same (base-locale draft) value. */
  unique: boolean;
  /** Values per locale, falling back to the base value (ADR 0057). */
  localized: boolean;
  /** Numbers: the smallest and largest value; text, rich text and slugs: the length. */
  min: number | null;
  max: number | null;
  /** Text and slugs: a regular expression the whole value must match. */
  pattern: string | null;
  /** Select: the allowed values. */
  options: string[] | null;
  /** Reference: the handle of the content type the referenced entries are of. */
  referenceType: string | null;
}

/** A tenant's content model for one kind of entry (blog post, FAQ, team member, ...). */
export interface ContentType {
  id: string;
  tenantId: string;
  /** Unique per tenant, stable: entries and the public graph name the type by it. */
  handle: string;
  name: string;
  description: string | null;
  fields: ContentField[];
  /** Optimistic concurrency: every update checks and bumps it. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Field values by field key (one locale's values, or the base values). */
export type EntryValues = Record<string, unknown>;
/** Values of localized fields by locale (BCP 47, canonical case), then by field key. */
export type LocalizedValues = Record<string, EntryValues>;

/**
 * One entry of a content type: a draft (base values and per-locale values of localized fields)
 * and the published copy of both, set by a publish. Like a page, the draft and the live copy
 * are separate, so editing never changes what visitors see until the next publish.
 */
export interface ContentEntry {
  id: string;
  tenantId: string;
  typeId: string;
  draftValues: EntryValues;
  draftLocalizedValues: LocalizedValues;
  /** Incremented on every save (optimistic concurrency). */
  version: number;
  publishedValues: EntryValues | null;
  publishedLocalizedValues: LocalizedValues | null;
  publishedVersion: number | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ContentTypeSchema = new EntitySchema<ContentType>({
  name: 'ContentType',
  tableName: 'content_type',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    handle: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string', nullable: true },
    fields: { type: 'json' },
    version: { type: 'integer' },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const ContentEntrySchema = new EntitySchema<ContentEntry>({
  name: 'ContentEntry',
  tableName: 'content_entry',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    typeId: { type: 'uuid' },
    draftValues: { type: 'json' },
    draftLocalizedValues: { type: 'json' },
    version: { type: 'integer' },
    publishedValues: { type: 'json', nullable: true },
    publishedLocalizedValues: { type: 'json', nullable: true },
    publishedVersion: { type: 'integer', nullable: true },
    publishedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cmsContentEntities = [ContentTypeSchema, ContentEntrySchema];
