import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { Role } from '../../core/context.js';
import { toConnection } from '../../core/pagination.js';
import type { SubgraphContext } from '../../core/subgraph.js';
import type { Membership, Tenant, User } from './entities.js';
import type { AuthResult, AuthService, Viewer } from './services/auth-service.js';

const toGraphQLRole = (role: Role | null) => (role ? role.toUpperCase() : null);

const authPayload = (result: AuthResult) => ({
  accessToken: result.accessToken,
  expiresAt: result.expiresAt.toISOString(),
  user: result.user,
  tenant: result.tenant,
});

export function authResolvers(auth: AuthService): GraphQLResolverMap<SubgraphContext> {
  return {
    Query: {
      me: (_: unknown, __: unknown, { ctx }: SubgraphContext) => auth.viewer(ctx),
      tenant: (_: unknown, __: unknown, { ctx }: SubgraphContext) => auth.currentTenant(ctx),
    },
    Mutation: {
      register: async (_: unknown, { input }: { input: unknown }, { ctx }: SubgraphContext) =>
        authPayload(await auth.register(ctx, input)),
      login: async (_: unknown, { input }: { input: unknown }, { ctx }: SubgraphContext) =>
        authPayload(await auth.login(ctx, input)),
      createTenant: async (_: unknown, { input }: { input: unknown }, { ctx }: SubgraphContext) =>
        authPayload(await auth.createTenant(ctx, input)),
    },
    Viewer: {
      role: (viewer: Viewer) => toGraphQLRole(viewer.role),
      memberships: async (
        _viewer: Viewer,
        { first, after }: { first: number; after?: string | null },
        { ctx }: SubgraphContext,
      ) => toConnection(await auth.myMemberships(ctx, first, after ?? null), first),
    },
    Membership: {
      role: (membership: Membership) => toGraphQLRole(membership.role),
      user: (membership: Membership, _: unknown, { ctx }: SubgraphContext) =>
        auth.visibleUser(ctx, membership.userId),
    },
    Tenant: {
      __resolveReference: (ref: { id: string }, { ctx }: SubgraphContext) => auth.tenantById(ctx, ref.id),
      status: (tenant: Tenant) => tenant.status.toUpperCase(),
      createdAt: (tenant: Tenant) => tenant.createdAt.toISOString(),
    },
    User: {
      __resolveReference: (ref: { id: string }, { ctx }: SubgraphContext): Promise<User | null> =>
        auth.visibleUser(ctx, ref.id),
    },
  };
}
