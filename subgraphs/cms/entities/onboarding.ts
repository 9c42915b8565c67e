import { EntitySchema } from '@mikro-orm/core';
import { tenantFilter } from '../../../core/db.js';

/** Where a workspace's starter site is (services/onboarding.ts); `skipped` when the tenant had a site already. */
export type StarterSiteStatus = 'building' | 'ready' | 'failed' | 'skipped';

/** A workspace's onboarding: its starter-site build and whether the checklist was dismissed. One per tenant. */
export interface Onboarding {
  tenantId: string;
  businessName: string;
  status: StarterSiteStatus;
  /** The site the job built (null until it exists, and for a skipped build). */
  siteId: string | null;
  /** Why the last attempt failed (cleared by the next attempt). */
  error: string | null;
  startedAt: Date;
  completedAt: Date | null;
  checklistDismissedAt: Date | null;
}

export const OnboardingSchema = new EntitySchema<Onboarding>({
  name: 'Onboarding',
  tableName: 'onboarding',
  properties: {
    tenantId: { type: 'uuid', primary: true },
    businessName: { type: 'string' },
    status: { type: 'string' },
    siteId: { type: 'uuid', nullable: true },
    error: { type: 'text', nullable: true },
    startedAt: { type: 'datetime' },
    completedAt: { type: 'datetime', nullable: true },
    checklistDismissedAt: { type: 'datetime', nullable: true },
  },
  filters: tenantFilter,
});

export const cmsOnboardingEntities = [OnboardingSchema];
