import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';
import type { BannerTexts, ConsentMode } from '../services/policy.js';

export interface AnalyticsSettings {
  tenantId: string;
  clarityProjectId: string | null;
  clarityEnabled: boolean;
  /** Whether (and where) Clarity waits for the visitor's consent. */
  consentMode: ConsentMode;
  /** Region codes that require consent under `REQUIRED_IN_REGIONS`. */
  consentRegions: string[];
  /** Banner texts per region (`region: null` is the default). */
  consentBanners: BannerTexts[];
  /** WebHaze's own first-party analytics (cookieless page views and commerce events). */
  firstPartyAnalytics: boolean;
  /** Raw events older than this many days (1–730) are deleted by the retention job. */
  retentionDays: number;
  updatedAt: Date;
}

/** One row per tenant, keyed by the tenant id itself. */
export const AnalyticsSettingsSchema = new EntitySchema<AnalyticsSettings>({
  name: 'AnalyticsSettings',
  tableName: 'settings',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    clarityProjectId: { type: 'string', nullable: true },
    clarityEnabled: { type: 'boolean' },
    consentMode: { type: 'string' },
    consentRegions: { type: 'json' },
    consentBanners: { type: 'json' },
    firstPartyAnalytics: { type: 'boolean' },
    retentionDays: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const analyticsEntities = [AnalyticsSettingsSchema];
