import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../core/db.js';

export interface AnalyticsSettings {
  tenantId: string;
  clarityProjectId: string | null;
  clarityEnabled: boolean;
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
    updatedAt: { type: 'datetime' },
  },
  filters: tenantFilter,
});

export const analyticsEntities = [AnalyticsSettingsSchema];
