import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/** A draft design token document of one scope (`tenant` or `region:<code>`): never seen by visitors. */
export interface TokenDraft {
  id: string;
  tenantId: string;
  scope: string;
  document: Record<string, unknown>;
  version: number;
  updatedAt: Date;
  /** Actor label (`user:<id>`, `apiKey:<id>`, `internal:<service>`). */
  updatedBy: string;
}

export const TokenDraftSchema = new EntitySchema<TokenDraft>({
  name: 'TokenDraft',
  tableName: 'token_draft',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    scope: { type: 'string' },
    document: { type: 'json' },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
    updatedBy: { type: 'string' },
  },
  filters: tenantFilter,
});

/** One published theme: every published override of the tenant at that moment, by scope. Never changed. */
export interface ThemeVersion {
  id: string;
  tenantId: string;
  version: number;
  documents: Record<string, Record<string, unknown>>;
  publishedAt: Date;
  publishedBy: string;
  /** The version a rollback copied; null for a publish. */
  restoredFrom: number | null;
}

export const ThemeVersionSchema = new EntitySchema<ThemeVersion>({
  name: 'ThemeVersion',
  tableName: 'theme_version',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    version: { type: 'integer' },
    documents: { type: 'json' },
    publishedAt: { type: 'datetime' },
    publishedBy: { type: 'string' },
    restoredFrom: { type: 'integer', nullable: true },
  },
  filters: tenantFilter,
});

export const cmsThemeEntities = [TokenDraftSchema, ThemeVersionSchema];
