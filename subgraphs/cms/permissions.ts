import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the cms subgraph requires (checked before its resolver runs). */
export const cmsPermissions: PermissionMap = {
  'Query.page': 'public',
  'Query.draftPage': 'content:read',
  'Query.sites': 'content:read',
  'Query.designTokens': 'public',
  'Query.tenantTokenOverrides': 'settings:read',
  'Mutation.createSite': 'settings:write',
  'Mutation.savePage': 'content:write',
  'Mutation.publishPage': 'content:publish',
  'Mutation.setTenantTokens': 'settings:write',
  'Mutation.setRegionTokens': 'settings:write',
};
