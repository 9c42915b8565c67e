import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';
import type { PageTree } from './cms.js';

/** SEO fields of a page, kept with every version so a restore brings them back too. */
export interface PageSeo {
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  ogImageAssetId: string | null;
}

/** One immutable saved state of a page: written on every save, never updated. */
export interface PageVersion {
  id: string;
  tenantId: string;
  pageId: string;
  version: number;
  title: string;
  path: string;
  tree: PageTree;
  seo: Partial<PageSeo>;
  /** `user:<id>`, `apiKey:<id>` or `internal:<service>`; null for versions backfilled by the migration. */
  createdBy: string | null;
  createdAt: Date;
}

export const PageVersionSchema = new EntitySchema<PageVersion>({
  name: 'PageVersion',
  tableName: 'page_version',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    pageId: { type: 'uuid' },
    version: { type: 'integer' },
    title: { type: 'string' },
    path: { type: 'string' },
    tree: { type: 'json' },
    seo: { type: 'json' },
    createdBy: { type: 'string', nullable: true },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** An old path of a site that now lives elsewhere (kept when a published page moves). */
export interface Redirect {
  id: string;
  tenantId: string;
  siteId: string;
  fromPath: string;
  toPath: string;
  status: number;
  createdAt: Date;
}

export const RedirectSchema = new EntitySchema<Redirect>({
  name: 'Redirect',
  tableName: 'redirect',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    siteId: { type: 'uuid' },
    fromPath: { type: 'string' },
    toPath: { type: 'string' },
    status: { type: 'integer' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/**
 * What a menu item points at by reference, resolved at render: a page by id (its current path), a
 * product or collection by slug, or a page type's route. Absent: the stored `href` as written.
 */
export type MenuLink =
  | { kind: 'page'; pageId: string }
  | { kind: 'product'; slug: string }
  | { kind: 'collection'; slug: string }
  | { kind: 'allProducts' }
  | { kind: 'search' }
  | { kind: 'cart' };

export interface MenuItem {
  label: string;
  /** Where it leads as written; for a `link`, its path when it was saved (the render resolves the link). */
  href: string;
  link?: MenuLink;
  children: MenuItem[];
}

/** A navigation menu of a site, addressed by its handle (`main`, `footer`, ...). */
export interface Menu {
  id: string;
  tenantId: string;
  siteId: string;
  handle: string;
  items: MenuItem[];
  version: number;
  updatedAt: Date;
}

export const MenuSchema = new EntitySchema<Menu>({
  name: 'Menu',
  tableName: 'menu',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    siteId: { type: 'uuid' },
    handle: { type: 'string' },
    items: { type: 'json' },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export type WebhookEventType = 'page.published' | 'page.unpublished';

/** A tenant's outbound webhook receiver; the signing secret is stored encrypted (core/secrets.ts). */
export interface WebhookEndpoint {
  id: string;
  tenantId: string;
  url: string;
  events: WebhookEventType[];
  secretEnc: string;
  createdAt: Date;
}

export const WebhookEndpointSchema = new EntitySchema<WebhookEndpoint>({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoint',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    url: { type: 'string' },
    events: { type: 'json' },
    secretEnc: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

/** One event sent (or being sent) to one endpoint; the body is fixed so every retry sends the same bytes. */
export interface WebhookDelivery {
  id: string;
  tenantId: string;
  endpointId: string;
  eventId: string;
  eventType: WebhookEventType;
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  responseStatus: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export const WebhookDeliverySchema = new EntitySchema<WebhookDelivery>({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    endpointId: { type: 'uuid' },
    eventId: { type: 'uuid' },
    eventType: { type: 'string' },
    body: { type: 'text' },
    status: { type: 'string' },
    attempts: { type: 'integer' },
    lastError: { type: 'text', nullable: true },
    responseStatus: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cmsLifecycleEntities = [
  PageVersionSchema,
  RedirectSchema,
  MenuSchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
];
