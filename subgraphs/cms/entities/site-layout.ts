import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/** A section group as stored: components like a page tree's content (validated like one). */
export interface StoredSectionGroup {
  content: { type: string; props: Record<string, unknown> }[];
}

/** A site's layout override: null groups follow the sample theme's default. */
export interface SiteLayout {
  id: string;
  tenantId: string;
  siteId: string;
  header: StoredSectionGroup | null;
  footer: StoredSectionGroup | null;
  version: number;
  updatedAt: Date;
}

export const SiteLayoutSchema = new EntitySchema<SiteLayout>({
  name: 'SiteLayout',
  tableName: 'site_layout',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    siteId: { type: 'uuid' },
    header: { type: 'json', nullable: true },
    footer: { type: 'json', nullable: true },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cmsSiteLayoutEntities = [SiteLayoutSchema];
