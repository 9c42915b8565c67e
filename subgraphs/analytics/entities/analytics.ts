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

/** What visitors get of the settings: Clarity loading, the consent policy, the banner, the beacon. */
export type PrivacySettings = Pick<
  AnalyticsSettings,
  | 'clarityProjectId'
  | 'clarityEnabled'
  | 'consentMode'
  | 'consentRegions'
  | 'consentBanners'
  | 'firstPartyAnalytics'
>;

/** The tenant's privacy draft (ADR 0059): the whole visitor-facing settings, never served to visitors. */
export interface PrivacyDraft {
  tenantId: string;
  settings: PrivacySettings;
  version: number;
  updatedAt: Date;
  /** Actor label (`user:<id>`, `apiKey:<id>`, `internal:<service>`). */
  updatedBy: string;
}

export const PrivacyDraftSchema = new EntitySchema<PrivacyDraft>({
  name: 'PrivacyDraft',
  tableName: 'privacy_draft',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    settings: { type: 'json' },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
    updatedBy: { type: 'string' },
  },
  filters: tenantFilter,
});

/** One published state of the privacy settings. Never changed. */
export interface PrivacyVersion {
  id: string;
  tenantId: string;
  version: number;
  settings: PrivacySettings;
  publishedAt: Date;
  publishedBy: string;
  /** The version a rollback copied; null otherwise. */
  restoredFrom: number | null;
}

export const PrivacyVersionSchema = new EntitySchema<PrivacyVersion>({
  name: 'PrivacyVersion',
  tableName: 'privacy_version',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid' },
    version: { type: 'integer' },
    settings: { type: 'json' },
    publishedAt: { type: 'datetime' },
    publishedBy: { type: 'string' },
    restoredFrom: { type: 'integer', nullable: true },
  },
  filters: tenantFilter,
});

export const analyticsEntities = [AnalyticsSettingsSchema, PrivacyDraftSchema, PrivacyVersionSchema];
