import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the analytics subgraph requires (checked before its resolver runs). */
export const analyticsPermissions: PermissionMap = {
  'Query.analyticsSettings': 'settings:read',
  'Mutation.updateAnalyticsSettings': 'settings:write',
};
