import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';
import type { PageTree } from './cms.js';

/** A site's override of a storefront page type's template (services/page-types.ts). */
export interface PageTypeTemplate {
  id: string;
  tenantId: string;
  siteId: string;
  /** One of templates/page-types.ts PAGE_TYPES. */
  pageType: string;
  /** Validated like a page tree, plus the page type's binding components. */
  tree: PageTree;
  /** Optimistic concurrency: every save checks and bumps it. */
  version: number;
  updatedAt: Date;
}

export const PageTypeTemplateSchema = new EntitySchema<PageTypeTemplate>({
  name: 'PageTypeTemplate',
  tableName: 'page_type_template',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    siteId: { type: 'uuid' },
    pageType: { type: 'string' },
    tree: { type: 'json' },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cmsPageTypeEntities = [PageTypeTemplateSchema];
