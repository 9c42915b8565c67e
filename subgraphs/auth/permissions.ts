import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the auth subgraph requires (checked before its resolver runs). */
export const authPermissions: PermissionMap = {
  'Query.me': 'public',
  'Query.tenant': 'public',
  'Mutation.register': 'public',
  'Mutation.login': 'public',
  'Mutation.createTenant': 'account',
};
