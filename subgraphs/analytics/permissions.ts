import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the analytics subgraph requires (checked before its resolver runs). */
export const analyticsPermissions: PermissionMap = {
  'Query.analyticsSettings': 'settings:read',
  // Meant for the renderer (an `internal` actor, which holds every permission). It reveals no more
  // than `analyticsSettings`, so members who may read the settings may preview it too; anonymous
  // visitors may not (the rendered page is their only view of it).
  'Query.analyticsPolicy': 'settings:read',
  'Mutation.updateAnalyticsSettings': 'settings:write',
};
