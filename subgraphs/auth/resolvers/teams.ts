import { GraphQLScalarType } from 'graphql';
import type { Role } from '../../../core/context.js';
import type { SubgraphDb } from '../../../core/db.js';
import type { EventBus } from '../../../core/events.js';
import { toConnection } from '../../../core/pagination.js';
import { canOnSite, permissionsOf, siteScopeOf } from '../../../core/permissions.js';
import { GraphQLJSON } from '../../../core/scalars.js';
import type { Role as GraphQLRole, Resolvers } from '../__generated__/resolvers-types.js';
import type { AuditLog } from '../services/audit.js';
import { type DomainService, txtRecordName, txtRecordValue } from '../services/domains.js';
import type { MembershipToken, TeamService } from '../services/teams.js';
import { verifiedHosts } from '../services/verified-hosts.js';

const GRAPHQL_ROLE: Record<Role, GraphQLRole> = {
  owner: 'OWNER',
  admin: 'ADMIN',
  editor: 'EDITOR',
  contributor: 'CONTRIBUTOR',
};
const toRole = (role: GraphQLRole) => role.toLowerCase() as Role;

const authPayload = (result: MembershipToken) => ({
  accessToken: result.accessToken,
  expiresAt: result.expiresAt.toISOString(),
  refreshToken: result.refreshToken,
  user: result.user,
  tenant: result.tenant,
});

export interface TeamParts {
  teams: TeamService;
  domains: DomainService;
  audit: AuditLog;
  /** For `verifiedHosts` (services/verified-hosts.ts). */
  db: SubgraphDb;
  /** Where a removed domain is announced (`tenant-changed`): gateways and the cms stop serving it at once. */
  events?: Pick<EventBus, 'publish'>;
}

/** Members, invitations, domains and the audit log: thin resolvers over the services. */
export function teamResolvers({ teams, domains, audit, db, events }: TeamParts): Resolvers {
  return {
    JSON: GraphQLJSON,
    Query: {
      members: async (_, { first, after }, { ctx }) =>
        toConnection(await teams.members(ctx, first, after ?? null), first),
      invitations: async (_, { first, after }, { ctx }) =>
        toConnection(await teams.invitations(ctx, first, after ?? null), first),
      domains: async (_, { first, after }, { ctx }) =>
        toConnection(await domains.list(ctx, first, after ?? null), first),
      verifiedHosts: (_, __, { ctx }) => verifiedHosts(db, ctx),
      auditEvents: async (_, { first, after }, { ctx }) =>
        toConnection(await audit.list(ctx, first, after ?? null), first),
    },
    Mutation: {
      inviteMember: (_, { input }, { ctx }) =>
        teams.invite(ctx, { ...input, role: input.role ? toRole(input.role) : input.role }),
      revokeInvitation: (_, { id }, { ctx }) => teams.revokeInvitation(ctx, id),
      acceptInvitation: async (_, { token }, { ctx }) => authPayload(await teams.accept(ctx, token)),
      changeMemberRole: (_, { membershipId, role }, { ctx }) =>
        teams.changeRole(ctx, membershipId, toRole(role)),
      setMemberSites: (_, { membershipId, siteIds }, { ctx }) => teams.setSites(ctx, membershipId, siteIds),
      removeMember: (_, { membershipId }, { ctx }) => teams.remove(ctx, membershipId),
      transferOwnership: (_, { membershipId }, { ctx }) => teams.transferOwnership(ctx, membershipId),
      switchTenant: async (_, { tenantSlug }, { ctx }) =>
        authPayload(await teams.switchTenant(ctx, tenantSlug)),
      addDomain: (_, { host }, { ctx }) => domains.add(ctx, host),
      verifyDomain: (_, { host }, { ctx }) => domains.verify(ctx, host),
      removeDomain: async (_, { host }, { ctx }) => {
        const removed = await domains.remove(ctx, host);
        // After commit: gateways evict the tenant (the host stops resolving), the cms drops its site mapping.
        await events?.publish('tenant-changed', ctx.tenantId!);
        return removed;
      },
    },
    Viewer: {
      siteIds: (_, __, { ctx }) => siteScopeOf(ctx.actor),
      permissionsOnSite: (viewer, { siteId }, { ctx }) =>
        viewer.tenant ? permissionsOf(ctx.actor).filter((p) => canOnSite(ctx, p, siteId)) : [],
    },
    Membership: {
      siteIds: (membership) => membership.siteIds ?? null,
    },
    Invitation: {
      role: (invitation) => GRAPHQL_ROLE[invitation.role],
      expiresAt: (invitation) => invitation.expiresAt.toISOString(),
      createdAt: (invitation) => invitation.createdAt.toISOString(),
    },
    Domain: {
      verified: (domain) => domain.verifiedAt !== null,
      txtRecordName: (domain) => txtRecordName(domain.host),
      txtRecordValue: (domain) => txtRecordValue(domain),
      verifiedAt: (domain) => domain.verifiedAt?.toISOString() ?? null,
      createdAt: (domain) => domain.createdAt.toISOString(),
    },
    AuditEvent: {
      createdAt: (event) => event.createdAt.toISOString(),
    },
  };
}

/** Merges the team resolvers into the auth subgraph's, type by type. */
export function withTeamResolvers(base: Resolvers, teams: Resolvers): Resolvers {
  const merged: Record<string, unknown> = { ...base };
  for (const [type, fields] of Object.entries(teams)) {
    const existing = merged[type];
    merged[type] =
      existing && !(fields instanceof GraphQLScalarType)
        ? { ...(existing as object), ...(fields as object) }
        : fields;
  }
  return merged as Resolvers;
}
