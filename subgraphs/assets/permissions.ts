import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the assets subgraph requires (checked before its resolver runs). */
export const assetsPermissions: PermissionMap = {
  'Query.assets': 'assets:read',
  'Mutation.updateAssetAlt': 'assets:write',
};
