import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { type RequestContext, ROLES, type Role } from '../../../core/context.js';
import {
  type EntityManager,
  platformQuery,
  type SubgraphDb,
  withPlatform,
  withTenant,
} from '../../../core/db.js';
import { AppError, badInput, conflict, forbidden, notFound, unauthenticated } from '../../../core/errors.js';
import { type EventBus, membershipChangedMessage } from '../../../core/events.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { ROLE_PERMISSIONS } from '../../../core/permissions.js';
import {
  type Membership,
  MembershipSchema,
  type Tenant,
  TenantSchema,
  type User,
  UserSchema,
} from '../entities/auth.js';
import type { ApiKey } from '../entities/keys-billing.js';
import { type Invitation, InvitationSchema } from '../entities/teams.js';
import type { AuditLog } from './audit.js';
import { ROLE_RANK, storedRoleOf } from './member-role.js';
import { assertMemberCapacity } from './plan-limits.js';
import { tenantSuspended } from './sessions.js';
import type { TenantSites } from './tenant-sites.js';
import type { AccessClaims, IssuedToken } from './tokens.js';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** The most sites one membership may be narrowed to (the list travels in every access token). */
export const MAX_SITES_PER_MEMBER = 50;

export type MemberView = Membership & { tenant: Tenant };

/** An access token for a membership, plus the user and tenant it names (the `AuthPayload` shape). */
export interface MembershipToken extends IssuedToken {
  /** The new session's first refresh token, when the issuer starts sessions. */
  refreshToken: string | null;
  user: User;
  tenant: Tenant;
}

/** Sessions as teams need them: start one for a membership; end a member's sessions in a tenant. */
export interface TeamSessions {
  start(ctx: RequestContext, claims: AccessClaims): Promise<IssuedToken & { refreshToken?: string | null }>;
  /** Inside the caller's transaction; returns how many sessions ended. */
  revokeTenantInTx(
    em: EntityManager,
    userId: string,
    tenantId: string,
    reason: string,
    keep?: string,
  ): Promise<number>;
}

/** The API keys a member created, which must not outlive the member's role. */
export interface MemberKeys {
  /** Inside the caller's transaction: revokes the keys `userId` created beyond `role` (all for null). */
  revokeBeyondRoleInTx(
    em: EntityManager,
    ctx: RequestContext,
    userId: string,
    role: Role | null,
  ): Promise<ApiKey[]>;
  /** After commit: every gateway forgets them. */
  announceRevocations(keys: ApiKey[]): Promise<void>;
}

export interface TeamServiceDeps {
  sessions: TeamSessions;
  keys: MemberKeys;
  audit: AuditLog;
  jobs: Pick<JobQueue, 'enqueue'>;
  /** Where membership changes are announced (gateways cache members' stored roles). */
  events: EventBus;
  /** The tenant's sites (cms), to refuse narrowing a member to another tenant's site. */
  sites: TenantSites;
  /** Base URL of the app, for the link in invitation emails. */
  publicUrl: string;
  now?: () => Date;
}

const email = z.string().trim().toLowerCase().email('Enter a valid email address').max(254);
const siteIds = z
  .array(z.string().uuid('Each site id must be a valid id'))
  .max(MAX_SITES_PER_MEMBER, `At most ${MAX_SITES_PER_MEMBER} sites`)
  .nullish()
  .transform((ids) => (ids && ids.length > 0 ? [...new Set(ids)] : null));
const inviteInput = z.object({ email, role: z.enum(ROLES), siteIds });
/** `<tenant id>.<secret>`: the tenant id lets acceptance look the token up inside one tenant. */
const INVITATION_TOKEN =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const LAST_OWNER = 'A tenant always needs an Owner: transfer ownership or make someone else Owner first';

/**
 * Members, invitations and ownership of the request's tenant. Every rule about who may grant what
 * is checked against the acting member's role as stored now, not only the (possibly older) token.
 */
export class TeamService {
  private readonly sessions: TeamSessions;
  private readonly keys: MemberKeys;
  private readonly audit: AuditLog;
  private readonly jobs: Pick<JobQueue, 'enqueue'>;
  private readonly events: EventBus;
  private readonly sites: TenantSites;
  private readonly publicUrl: string;
  private readonly now: () => Date;

  constructor(
    private readonly db: SubgraphDb,
    deps: TeamServiceDeps,
  ) {
    this.sessions = deps.sessions;
    this.keys = deps.keys;
    this.audit = deps.audit;
    this.jobs = deps.jobs;
    this.events = deps.events;
    this.sites = deps.sites;
    this.publicUrl = deps.publicUrl;
    this.now = deps.now ?? (() => new Date());
  }

  async members(ctx: RequestContext, first: number, after: string | null): Promise<MemberView[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, async (em) => {
      const tenant = await this.tenantOf(em, ctx);
      const rows = await em.find(MembershipSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      });
      return rows.map((m) => ({ ...m, tenant }));
    });
  }

  async invite(ctx: RequestContext, input: unknown): Promise<Invitation> {
    const data = parseInput(inviteInput, input);
    await this.assertOwnSites(ctx, data.siteIds);
    const token = `${ctx.tenantId}.${randomBytes(32).toString('base64url')}`;
    const { invitation, tenant } = await withTenant(this.db, ctx, async (em) => {
      const rank = await this.actorRank(em, ctx, true);
      if (ROLE_RANK[data.role] > rank) throw forbidden('You cannot invite someone to a role above your own');
      if (data.role === 'owner' && data.siteIds)
        throw badInput('siteIds: an Owner always holds every site', 'siteIds');
      const tenant = await this.tenantOf(em, ctx);
      // Accounts are platform-wide rows without RLS: reading one by email inside the tenant is safe.
      const existingUser = await em.findOne(UserSchema, { email: data.email });
      if (existingUser && (await em.findOne(MembershipSchema, { userId: existingUser.id }))) {
        throw conflict(`${data.email} is already a member`, { field: 'email' });
      }
      const pending = await em.findOne(InvitationSchema, {
        email: data.email,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { $gt: this.now() },
      });
      if (pending) {
        throw conflict(`${data.email} already has a pending invitation; revoke it to send a new one`, {
          field: 'email',
        });
      }
      // Open invitations are seats already promised: the plan's member limit counts them.
      await assertMemberCapacity(em, ctx.tenantId!, { countPendingInvitations: true }, undefined, this.now());
      const invitation = em.create(InvitationSchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        email: data.email,
        role: data.role,
        siteIds: data.siteIds,
        tokenHash: hashToken(token),
        invitedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        expiresAt: new Date(this.now().getTime() + INVITATION_TTL_MS),
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
        createdAt: this.now(),
      });
      this.audit.add(em, ctx, {
        action: 'member.invited',
        target: data.email,
        detail: { invitationId: invitation.id, role: data.role, siteIds: data.siteIds },
      });
      await em.flush();
      return { invitation, tenant };
    });
    // After commit, so the email never carries a token that does not exist; the job id makes a
    // retried enqueue harmless.
    await this.jobs.enqueue(
      'email.send',
      {
        tenantId: tenant.id,
        to: invitation.email,
        template: 'invitation',
        data: {
          tenantName: tenant.name,
          tenantSlug: tenant.slug,
          role: invitation.role,
          token,
          acceptUrl: `${this.publicUrl}/editor/invitations/accept?token=${encodeURIComponent(token)}`,
          expiresAt: invitation.expiresAt.toISOString(),
        },
      },
      { jobId: `invitation-${invitation.id}` },
    );
    return invitation;
  }

  /** Invitations not yet accepted, revoked or expired. */
  async invitations(ctx: RequestContext, first: number, after: string | null): Promise<Invitation[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, (em) =>
      em.find(
        InvitationSchema,
        {
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { $gt: this.now() },
          ...(afterId ? { id: { $gt: afterId } } : {}),
        },
        { orderBy: { id: 'asc' }, limit: first + 1 },
      ),
    );
  }

  async revokeInvitation(ctx: RequestContext, id: string): Promise<Invitation> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    return withTenant(this.db, ctx, async (em) => {
      const invitation = await em.findOne(InvitationSchema, { id });
      if (!invitation) throw notFound('Invitation');
      if (invitation.acceptedAt) throw conflict('This invitation was already accepted');
      if (invitation.revokedAt) return invitation;
      invitation.revokedAt = this.now();
      this.audit.add(em, ctx, { action: 'invitation.revoked', target: invitation.email, detail: { id } });
      await em.flush();
      return invitation;
    });
  }

  /** Account-level: joins the invitation's tenant and returns a token bound to the new membership. */
  async accept(ctx: RequestContext, token: unknown): Promise<MembershipToken> {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    const userId = ctx.actor.userId;
    const given = typeof token === 'string' ? token.trim() : '';
    const match = INVITATION_TOKEN.exec(given);
    if (!match) throw badInput('token: this invitation link is not valid', 'token');
    const tenantId = match[1]!;
    const tokenHash = hashToken(given);
    const acceptCtx: RequestContext = { ...ctx, tenantId };
    const { membership, user, tenant } = await withTenant(this.db, acceptCtx, async (em) => {
      const invitation = await em.findOne(
        InvitationSchema,
        { tokenHash },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!invitation) throw badInput('token: this invitation link is not valid', 'token');
      if (invitation.acceptedAt || invitation.revokedAt) {
        throw badInput('token: this invitation was already used or revoked; ask for a new one', 'token');
      }
      if (invitation.expiresAt <= this.now()) {
        throw badInput('token: this invitation has expired; ask for a new one', 'token');
      }
      const user = await em.findOne(UserSchema, { id: userId });
      if (!user) throw unauthenticated();
      if (user.email !== invitation.email) {
        throw forbidden('This invitation was sent to a different email address: sign in with that account');
      }
      if (await em.findOne(MembershipSchema, { userId }))
        throw conflict('You are already a member of this tenant');
      const tenant = await em.findOne(TenantSchema, { id: tenantId });
      if (!tenant) throw badInput('token: this invitation link is not valid', 'token');
      if (tenant.status !== 'active') throw tenantSuspended(tenant.slug);
      // A downgrade may have happened since the invitation went out.
      await assertMemberCapacity(em, tenantId, { countPendingInvitations: false }, undefined, this.now());
      const membership = em.create(MembershipSchema, {
        id: randomUUID(),
        tenantId,
        userId,
        role: invitation.role,
        siteIds: invitation.siteIds,
        createdAt: this.now(),
      });
      invitation.acceptedAt = this.now();
      invitation.acceptedBy = userId;
      this.audit.add(em, acceptCtx, {
        action: 'member.joined',
        target: membership.id,
        detail: { invitationId: invitation.id, role: invitation.role, siteIds: invitation.siteIds },
      });
      await em.flush();
      return { membership, user, tenant };
    }).catch(conflictOnDuplicate('You are already a member of this tenant'));
    await this.announce(tenantId, [userId], []);
    return { ...(await this.issueFor(ctx, membership)), user, tenant };
  }

  /**
   * A demotion also ends the member's sessions in this tenant and revokes the API keys they created
   * beyond the new role; every gateway learns the new role at once.
   */
  async changeRole(ctx: RequestContext, membershipId: string, role: Role): Promise<MemberView> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    const { view, userId, revokedKeys } = await withTenant(this.db, ctx, async (em) => {
      const target = await this.lockedMembership(em, membershipId);
      if (ctx.actor.kind === 'user' && target.userId === ctx.actor.userId) {
        throw forbidden('You cannot change your own role');
      }
      const rank = await this.actorRank(em, ctx);
      if (ROLE_RANK[target.role] > rank) throw forbidden('You cannot change the role of someone above you');
      if (ROLE_RANK[role] > rank) throw forbidden('You cannot grant a role above your own');
      if (target.role === role) {
        return { view: { ...target, tenant: await this.tenantOf(em, ctx) }, userId: null, revokedKeys: [] };
      }
      if (target.role === 'owner') await this.assertAnotherOwner(em, target.id);
      const from = target.role;
      target.role = role;
      if (role === 'owner') target.siteIds = null;
      const demoted = ROLE_RANK[role] < ROLE_RANK[from];
      const curtailed = demoted ? await this.curtail(em, ctx, target.userId, role) : null;
      this.audit.add(em, ctx, {
        action: 'member.role-changed',
        target: target.id,
        detail: {
          from,
          to: role,
          ...(curtailed
            ? { sessionsRevoked: curtailed.sessions, apiKeysRevoked: curtailed.keys.map((k) => k.id) }
            : {}),
        },
      });
      await em.flush();
      return {
        view: { ...target, tenant: await this.tenantOf(em, ctx) },
        userId: target.userId,
        revokedKeys: curtailed?.keys ?? [],
      };
    });
    if (userId) await this.announce(ctx.tenantId!, [userId], revokedKeys);
    return view;
  }

  /** Narrows a member to some sites (null or empty: every site). Same rank rules as role changes. */
  async setSites(ctx: RequestContext, membershipId: string, sites: unknown): Promise<MemberView> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    const next = parseInput(siteIds, sites);
    await this.assertOwnSites(ctx, next);
    const view = await withTenant(this.db, ctx, async (em) => {
      const target = await this.lockedMembership(em, membershipId);
      if (ctx.actor.kind === 'user' && target.userId === ctx.actor.userId) {
        throw forbidden('You cannot change your own site access');
      }
      const rank = await this.actorRank(em, ctx);
      if (ROLE_RANK[target.role] > rank) throw forbidden('You cannot change the access of someone above you');
      if (target.role === 'owner' && next)
        throw badInput('siteIds: an Owner always holds every site', 'siteIds');
      const from = target.siteIds;
      target.siteIds = next;
      this.audit.add(em, ctx, {
        action: 'member.sites-changed',
        target: target.id,
        detail: { from, to: next },
      });
      await em.flush();
      return { ...target, tenant: await this.tenantOf(em, ctx) };
    });
    await this.announce(ctx.tenantId!, [view.userId], []);
    return view;
  }

  /**
   * Removes a member and everything their membership held: their sessions in this tenant and every
   * API key they created are revoked in the same transaction; every gateway refuses their live
   * access tokens for this tenant from the next request on.
   */
  async remove(ctx: RequestContext, membershipId: string): Promise<string> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    const { target, revokedKeys } = await withTenant(this.db, ctx, async (em) => {
      const target = await this.lockedMembership(em, membershipId);
      const rank = await this.actorRank(em, ctx);
      if (ROLE_RANK[target.role] > rank) throw forbidden('You cannot remove someone above you');
      if (target.role === 'owner') await this.assertAnotherOwner(em, target.id);
      em.remove(target);
      const curtailed = await this.curtail(em, ctx, target.userId, null);
      this.audit.add(em, ctx, {
        action: 'member.removed',
        target: target.id,
        detail: {
          userId: target.userId,
          role: target.role,
          sessionsRevoked: curtailed.sessions,
          apiKeysRevoked: curtailed.keys.map((k) => k.id),
        },
      });
      await em.flush();
      return { target, revokedKeys: curtailed.keys };
    });
    await this.announce(ctx.tenantId!, [target.userId], revokedKeys);
    return target.id;
  }

  /** Owners only: the target becomes Owner and the acting Owner becomes Admin, in one transaction. */
  async transferOwnership(ctx: RequestContext, membershipId: string): Promise<MemberView> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    if (ctx.actor.kind !== 'user' || ctx.actor.role !== 'owner') {
      throw forbidden('Only an Owner can transfer ownership');
    }
    const userId = ctx.actor.userId;
    const sessionId = ctx.actor.sessionId;
    const { view, revokedKeys } = await withTenant(this.db, ctx, async (em) => {
      const mine = await em.findOne(MembershipSchema, { userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (mine?.role !== 'owner') throw forbidden('Only an Owner can transfer ownership');
      const target = await this.lockedMembership(em, membershipId);
      if (target.id === mine.id) throw badInput('membershipId: you already own this tenant', 'membershipId');
      const previousRole = target.role;
      target.role = 'owner';
      // An Owner holds every site; narrowing would contradict the role.
      target.siteIds = null;
      mine.role = 'admin';
      // The former Owner is demoted too: their other sessions here end (this one stays) and their
      // keys with Owner-only scopes are revoked.
      const curtailed = await this.curtail(em, ctx, userId, 'admin', sessionId);
      this.audit.add(em, ctx, {
        action: 'ownership.transferred',
        target: target.id,
        detail: {
          from: mine.id,
          to: target.id,
          previousRole,
          apiKeysRevoked: curtailed.keys.map((k) => k.id),
        },
      });
      await em.flush();
      return { view: { ...target, tenant: await this.tenantOf(em, ctx) }, revokedKeys: curtailed.keys };
    });
    await this.announce(ctx.tenantId!, [userId, view.userId], revokedKeys);
    return view;
  }

  /** Account-level: a token bound to another membership of the signed-in user. */
  async switchTenant(ctx: RequestContext, tenantSlug: unknown): Promise<MembershipToken> {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    const userId = ctx.actor.userId;
    const slug = typeof tenantSlug === 'string' ? tenantSlug.trim().toLowerCase() : '';
    const notMember = forbidden(`You are not a member of ${slug || 'that tenant'}`);
    if (!/^[a-z0-9-]{1,64}$/.test(slug)) throw notMember;
    const tenant = await withPlatform(this.db, 'tenant by slug for switching tenants', (em) =>
      em.findOne(TenantSchema, { slug }, platformQuery),
    );
    if (!tenant) throw notMember;
    const found = await withTenant(this.db, { tenantId: tenant.id }, async (em) => ({
      membership: await em.findOne(MembershipSchema, { userId }),
      user: await em.findOne(UserSchema, { id: userId }),
    }));
    if (!found.user) throw unauthenticated();
    if (!found.membership) throw notMember;
    return { ...(await this.issueFor(ctx, found.membership)), user: found.user, tenant };
  }

  /** Issues what sign-in issues: a session bound to the membership (its role and site scope). */
  private async issueFor(ctx: RequestContext, membership: Membership) {
    const issued = await this.sessions.start(ctx, {
      userId: membership.userId,
      tenantId: membership.tenantId,
      role: membership.role,
      siteIds: membership.siteIds,
    });
    return {
      accessToken: issued.accessToken,
      expiresAt: issued.expiresAt,
      refreshToken: issued.refreshToken ?? null,
    };
  }

  private async lockedMembership(em: EntityManager, id: string): Promise<Membership> {
    const membership = await em.findOne(MembershipSchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!membership) throw notFound('Membership');
    return membership;
  }

  /** Locks every Owner row, so two Owners demoting each other at once cannot leave none. */
  private async assertAnotherOwner(em: EntityManager, leaving: string): Promise<void> {
    const owners = await em.find(
      MembershipSchema,
      { role: 'owner' },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    if (!owners.some((o) => o.id !== leaving)) throw conflict(LAST_OWNER);
  }

  /**
   * The acting member's rank: the lower of the context's role and the role stored now (storedRoleOf),
   * which must still manage members. API keys act at most as Admins; internal as Owner. `lock`
   * share-locks the actor's row (grants that create something: a removal then waits and sees it);
   * changes that already lock a target row do not, so two members acting on each other cannot deadlock.
   */
  private async actorRank(em: EntityManager, ctx: RequestContext, lock = false): Promise<number> {
    const actor = ctx.actor;
    if (actor.kind === 'internal') return ROLE_RANK.owner;
    if (actor.kind === 'apiKey') return ROLE_RANK.admin;
    const role = await storedRoleOf(em, ctx, lock);
    if (!ROLE_PERMISSIONS[role].has('members:manage')) throw forbidden('Missing permission members:manage');
    return ROLE_RANK[role];
  }

  /**
   * Inside the transaction, for a member removed (`role` null) or demoted: ends their sessions
   * bound to this tenant (but `keep`) and revokes the API keys they created beyond the new role.
   */
  private async curtail(
    em: EntityManager,
    ctx: RequestContext,
    userId: string,
    role: Role | null,
    keep?: string,
  ): Promise<{ sessions: number; keys: ApiKey[] }> {
    const reason = role ? 'member-demoted' : 'member-removed';
    const sessions = await this.sessions.revokeTenantInTx(em, userId, ctx.tenantId!, reason, keep);
    return { sessions, keys: await this.keys.revokeBeyondRoleInTx(em, ctx, userId, role) };
  }

  /** After commit: gateways forget the members' cached roles and the revoked keys at once. */
  private async announce(tenantId: string, userIds: string[], revokedKeys: ApiKey[]): Promise<void> {
    await this.keys.announceRevocations(revokedKeys);
    for (const userId of userIds) {
      try {
        await this.events.publish('membership-changed', membershipChangedMessage(tenantId, userId));
      } catch (err) {
        // Committed; gateways pick the change up within their cache TTL regardless.
        logger().error({ err, tenantId, userId }, 'could not announce a membership change');
      }
    }
  }

  /** BAD_USER_INPUT naming `siteIds` for any id that is not a site of the request's tenant. */
  private async assertOwnSites(ctx: RequestContext, ids: string[] | null): Promise<void> {
    if (!ids) return;
    let own: Set<string>;
    try {
      own = await this.sites.siteIdsOf(ctx.tenantId!, ctx.requestId);
    } catch (err) {
      logger().warn({ err, reqId: ctx.requestId }, "the tenant's sites cannot be checked");
      throw new AppError(
        'INTERNAL_SERVER_ERROR',
        "The workspace's sites cannot be checked right now; try again shortly",
      );
    }
    const foreign = ids.filter((id) => !own.has(id));
    if (foreign.length) {
      throw badInput(`siteIds: no site ${foreign.join(', ')} in this workspace`, 'siteIds');
    }
  }

  private async tenantOf(em: EntityManager, ctx: RequestContext): Promise<Tenant> {
    const tenant = await em.findOne(TenantSchema, { id: ctx.tenantId! });
    if (!tenant) throw notFound('Tenant');
    return tenant;
  }
}

/** Maps an unexpected unique violation (a concurrent accept) onto CONFLICT. */
export function conflictOnDuplicate(message: string) {
  return (err: unknown): never => {
    if (err instanceof UniqueConstraintViolationException) throw conflict(message);
    throw err;
  };
}
