import type { Role } from '../../../core/context.js';
import { toConnection } from '../../../core/pagination.js';
import type {
  Role as GraphQLRole,
  TenantStatus as GraphQLTenantStatus,
  Resolvers,
} from '../__generated__/resolvers-types.js';
import type { Tenant, User } from '../entities/auth.js';
import type { AuthResult, AuthService } from '../services/auth-service.js';

const GRAPHQL_ROLE: Record<Role, GraphQLRole> = {
  owner: 'OWNER',
  admin: 'ADMIN',
  editor: 'EDITOR',
  contributor: 'CONTRIBUTOR',
};

const GRAPHQL_TENANT_STATUS: Record<Tenant['status'], GraphQLTenantStatus> = {
  active: 'ACTIVE',
  suspended: 'SUSPENDED',
};

const toGraphQLRole = (role: Role | null) => (role ? GRAPHQL_ROLE[role] : null);

const authPayload = (result: AuthResult) => ({
  accessToken: result.accessToken,
  expiresAt: result.expiresAt.toISOString(),
  user: result.user,
  tenant: result.tenant,
});

export function authResolvers(auth: AuthService): Resolvers {
  return {
    Query: {
      me: (_, __, { ctx }) => auth.viewer(ctx),
      tenant: (_, __, { ctx }) => auth.currentTenant(ctx),
    },
    Mutation: {
      // Served by resolvers/accounts.ts (limits, two-factor, sessions) around this plain sign-in.
      login: async (_, { input }, { ctx }) => ({
        ...authPayload(await auth.login(ctx, input)),
        mfaRequired: false,
      }),
      createTenant: async (_, { input }, { ctx }) => authPayload(await auth.createTenant(ctx, input)),
    },
    Viewer: {
      role: (viewer) => toGraphQLRole(viewer.role),
      memberships: async (_viewer, { first, after }, { ctx }) =>
        toConnection(await auth.myMemberships(ctx, first, after ?? null), first),
    },
    Membership: {
      role: (membership) => GRAPHQL_ROLE[membership.role],
      // `user` is non-null in the schema but visibleUser may return null (a vanished account): kept as
      // before, GraphQL then reports the non-null violation. The cast only restates that contract.
      user: (membership, _, { ctx }) => auth.visibleUser(ctx, membership.userId) as Promise<User>,
    },
    Tenant: {
      __resolveReference: (ref, { ctx }) => auth.tenantById(ctx, ref.id),
      status: (tenant) => GRAPHQL_TENANT_STATUS[tenant.status],
      createdAt: (tenant) => tenant.createdAt.toISOString(),
    },
    User: {
      __resolveReference: (ref, { ctx }): Promise<User | null> => auth.visibleUser(ctx, ref.id),
    },
  };
}
