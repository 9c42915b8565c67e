import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/**
 * A verified custom domain of the tenant assigned to one of its sites (services/site-domains.ts).
 * A host maps to one site per tenant; a site has at most one primary host, which its sitemap,
 * robots.txt and hreflang URLs use (kept in `site.primary_host` too).
 */
export interface SiteDomain {
  id: string;
  tenantId: string;
  siteId: string;
  /** Lowercase host name without port or trailing dot, e.g. `shop.example.com`. */
  host: string;
  isPrimary: boolean;
  createdAt: Date;
}

export const SiteDomainSchema = new EntitySchema<SiteDomain>({
  name: 'SiteDomain',
  tableName: 'site_domain',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    siteId: { type: 'uuid' },
    host: { type: 'string' },
    isPrimary: { type: 'boolean' },
    createdAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const cmsSiteDomainEntities = [SiteDomainSchema];
