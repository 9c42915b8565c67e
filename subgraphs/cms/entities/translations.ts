import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';
import type { PageTree } from './cms.js';

/**
 * A page's content in one more locale (BCP 47, canonical case). It overlays the base page's title,
 * SEO title and description and component tree; path, featured products, canonical URL and Open
 * Graph image stay the page's. Draft and published state are its own, like a page's.
 */
export interface PageTranslation {
  id: string;
  tenantId: string;
  pageId: string;
  locale: string;
  title: string;
  tree: PageTree;
  seoTitle: string | null;
  seoDescription: string | null;
  /** Incremented on every save (optimistic concurrency). */
  version: number;
  /** The live copy, set by a publish; null until the first one. */
  publishedTitle: string | null;
  publishedTree: PageTree | null;
  publishedSeoTitle: string | null;
  publishedSeoDescription: string | null;
  publishedVersion: number | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const PageTranslationSchema = new EntitySchema<PageTranslation>({
  name: 'PageTranslation',
  tableName: 'page_translation',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    pageId: { type: 'uuid' },
    locale: { type: 'string' },
    title: { type: 'string' },
    tree: { type: 'json' },
    seoTitle: { type: 'string', nullable: true },
    seoDescription: { type: 'string', nullable: true },
    version: { type: 'integer' },
    publishedTitle: { type: 'string', nullable: true },
    publishedTree: { type: 'json', nullable: true },
    publishedSeoTitle: { type: 'string', nullable: true },
    publishedSeoDescription: { type: 'string', nullable: true },
    publishedVersion: { type: 'integer', nullable: true },
    publishedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cmsTranslationEntities = [PageTranslationSchema];
