import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the assets subgraph requires (checked before its resolver runs). */
export const assetsPermissions: PermissionMap = {
  'Query.assets': 'assets:read',
  'Query.asset': 'assets:read',
  'Query.assetsByIds': 'assets:read',
  'Mutation.createUpload': 'assets:write',
  'Mutation.completeUpload': 'assets:write',
  'Mutation.updateAsset': 'assets:write',
  'Mutation.updateAssetAlt': 'assets:write',
  'Mutation.deleteAsset': 'assets:write',
  // Internal actors have every permission; the service also refuses any actor that is not internal.
  'Mutation.recordAssetUsage': 'assets:write',
};
