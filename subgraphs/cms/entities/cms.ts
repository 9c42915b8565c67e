import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

export interface Site {
  id: string;
  tenantId: string;
  name: string;
  /** Kept from the creating request so background jobs can build public URLs. */
  tenantSlug: string;
  /** The site's primary custom domain, mirrored from `cms.site_domain` (services/site-domains.ts). */
  primaryHost: string | null;
  /** The tenant's default site: served on hosts that map to no site (one per tenant); false when unset. */
  isDefault?: boolean;
  createdAt: Date;
  /** robots.txt: `Disallow: /` for the whole site (staging sites); false when unset. */
  discourageIndexing?: boolean;
  /** robots.txt: further site paths crawlers should not fetch (services/site-indexing.ts validates them). */
  robotsDisallow?: string[];
  /** When the indexing settings were last changed; null until they are. */
  indexingUpdatedAt?: Date | null;
  /** The favicon's image asset; null/absent: a default drawn from the brand colour and the initial. */
  faviconAssetId?: string | null;
}

export const SiteSchema = new EntitySchema<Site>({
  name: 'Site',
  tableName: 'site',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    name: { type: 'string' },
    tenantSlug: { type: 'string' },
    primaryHost: { type: 'string', nullable: true },
    isDefault: { type: 'boolean', default: false },
    createdAt: { type: 'datetime' },
    discourageIndexing: { type: 'boolean', default: false },
    robotsDisallow: { type: 'json', nullable: true },
    indexingUpdatedAt: { type: 'datetime', nullable: true },
    faviconAssetId: { type: 'uuid', nullable: true },
  },
  filters: tenantFilter,
});

export type PageStatus = 'draft' | 'published';

/** A component tree in Puck's shape. */
export interface PageTree {
  root: { props: Record<string, unknown> };
  content: { type: string; props: Record<string, unknown> }[];
  /** Legacy Puck drop zones (`"<componentId>:<zone>"` → components); slots are preferred. */
  zones?: Record<string, { type: string; props: Record<string, unknown> }[]>;
}

export interface Page {
  id: string;
  tenantId: string;
  siteId: string;
  path: string;
  title: string;
  status: PageStatus;
  draftTree: PageTree;
  publishedTree: PageTree | null;
  publishedTitle: string | null;
  featuredProductIds: string[];
  version: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The template the page was created from (templates/samples/<id>); its default tokens apply. */
  templateId?: string | null;
  /** SEO fields (services/versions.ts validates them). */
  seoTitle?: string | null;
  seoDescription?: string | null;
  canonicalUrl?: string | null;
  ogImageAssetId?: string | null;
  /** A pending scheduled publish of `scheduledVersion` at this time (services/publishing.ts). */
  scheduledAt?: Date | null;
  scheduledVersion?: number | null;
  /** Why the last scheduled publish did or did not happen. */
  scheduleNote?: string | null;
}

export const PageSchema = new EntitySchema<Page>({
  name: 'Page',
  tableName: 'page',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    siteId: { type: 'uuid' },
    path: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'string' },
    draftTree: { type: 'json' },
    publishedTree: { type: 'json', nullable: true },
    publishedTitle: { type: 'string', nullable: true },
    featuredProductIds: { type: 'json' },
    version: { type: 'integer' },
    publishedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
    templateId: { type: 'string', nullable: true },
    seoTitle: { type: 'string', nullable: true },
    seoDescription: { type: 'string', nullable: true },
    canonicalUrl: { type: 'string', nullable: true },
    ogImageAssetId: { type: 'uuid', nullable: true },
    scheduledAt: { type: 'datetime', nullable: true },
    scheduledVersion: { type: 'integer', nullable: true },
    scheduleNote: { type: 'string', nullable: true },
  },
  filters: tenantFilter,
});

/** A tenant's design token override: `tenant` for the whole tenant, `region:<code>` for one region. */
export interface TokenOverride {
  id: string;
  tenantId: string;
  scope: string;
  /** A W3C DTCG token document, validated and resolved against the layers below before it is stored. */
  document: Record<string, unknown>;
  version: number;
  updatedAt: Date;
}

export const TokenOverrideSchema = new EntitySchema<TokenOverride>({
  name: 'TokenOverride',
  tableName: 'token_override',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    scope: { type: 'string' },
    document: { type: 'json' },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cmsEntities = [SiteSchema, PageSchema, TokenOverrideSchema];
