import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the commerce subgraph requires (checked before its resolver runs). */
export const commercePermissions: PermissionMap = {
  'Query.products': 'public',
  'Query.productsByIds': 'public',
  'Mutation.createProduct': 'catalog:write',
};
