import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the analytics subgraph requires (checked before its resolver runs). */
export const analyticsPermissions: PermissionMap = {
  'Query.analyticsSettings': 'settings:read',
  // Meant for the renderer (an `internal` actor, which holds every permission). It reveals no more
  // than `analyticsSettings`, so members who may read the settings may preview it too; anonymous
  // visitors may not (the rendered page is their only view of it).
  'Query.analyticsPolicy': 'settings:read',
  'Query.analyticsDashboard': 'analytics:read',
  'Query.analyticsLive': 'analytics:read',
  'Query.analyticsExport': 'analytics:read',
  'Mutation.updateAnalyticsSettings': 'settings:write',
  // Privacy as a draft (ADR 0059): read like the settings, written like them.
  'Query.privacyDraft': 'settings:read',
  'Query.privacyVersions': 'settings:read',
  'Mutation.savePrivacyDraft': 'settings:write',
  'Mutation.discardPrivacyDraft': 'settings:write',
  'Mutation.publishPrivacyDraft': 'settings:write',
  'Mutation.rollBackPrivacy': 'settings:write',
  'Mutation.requestAnalyticsExport': 'analytics:read',
  // Destructive and irreversible: the same permission as changing the analytics settings (admins, owners).
  'Mutation.deleteAnalyticsData': 'settings:write',
};
