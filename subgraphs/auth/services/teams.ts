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
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import {
  type Membership,
  MembershipSchema,
  type Tenant,
  TenantSchema,
  type User,
  UserSchema,
} from '../entities.js';
import { type Invitation, InvitationSchema } from '../entities-teams.js';
import type { AuditLog } from './audit.js';
import { assertMemberCapacity } from './plan-limits.js';
import type { AccessClaims, IssuedToken } from './tokens.js';

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** The most sites one membership may be narrowed to (the list travels in every access token). */
export const MAX_SITES_PER_MEMBER = 50;

/** Owner > Admin > Editor > Contributor. */
export const ROLE_RANK: Record<Role, number> = { contributor: 1, editor: 2, admin: 3, owner: 4 };

export type MemberView = Membership & { tenant: Tenant };

/** An access token for a membership, plus the user and tenant it names (the `AuthPayload` shape). */
export interface MembershipToken extends IssuedToken {
  /** The new session's first refresh token, when the issuer starts sessions. */
  refreshToken: string | null;
  user: User;
  tenant: Tenant;
}

/** What sign-in uses to hand out tokens: starts a session (refresh token) for the claims. */
export interface SessionStarter {
  start(ctx: RequestContext, claims: AccessClaims): Promise<IssuedToken & { refreshToken?: string | null }>;
}

export interface TeamServiceOptions {
  /** Base URL of the app, for the link in invitation emails. */
  publicUrl: string;
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
  constructor(
    private readonly db: SubgraphDb,
    private readonly sessions: SessionStarter,
    private readonly audit: AuditLog,
    private readonly jobs: Pick<JobQueue, 'enqueue'>,
    private readonly opts: TeamServiceOptions,
    private readonly now: () => Date = () => new Date(),
  ) {}

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
    const token = `${ctx.tenantId}.${randomBytes(32).toString('base64url')}`;
    const { invitation, tenant } = await withTenant(this.db, ctx, async (em) => {
      const rank = await this.actorRank(em, ctx);
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
          acceptUrl: `${this.opts.publicUrl}/editor/invitations/accept?token=${encodeURIComponent(token)}`,
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
    return { ...(await this.issueFor(ctx, membership)), user, tenant };
  }

  async changeRole(ctx: RequestContext, membershipId: string, role: Role): Promise<MemberView> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    return withTenant(this.db, ctx, async (em) => {
      const target = await this.lockedMembership(em, membershipId);
      if (ctx.actor.kind === 'user' && target.userId === ctx.actor.userId) {
        throw forbidden('You cannot change your own role');
      }
      const rank = await this.actorRank(em, ctx);
      if (ROLE_RANK[target.role] > rank) throw forbidden('You cannot change the role of someone above you');
      if (ROLE_RANK[role] > rank) throw forbidden('You cannot grant a role above your own');
      if (target.role === role) return { ...target, tenant: await this.tenantOf(em, ctx) };
      if (target.role === 'owner') await this.assertAnotherOwner(em, target.id);
      const from = target.role;
      target.role = role;
      if (role === 'owner') target.siteIds = null;
      this.audit.add(em, ctx, {
        action: 'member.role-changed',
        target: target.id,
        detail: { from, to: role },
      });
      await em.flush();
      return { ...target, tenant: await this.tenantOf(em, ctx) };
    });
  }

  /** Narrows a member to some sites (null or empty: every site). Same rank rules as role changes. */
  async setSites(ctx: RequestContext, membershipId: string, sites: unknown): Promise<MemberView> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    const next = parseInput(siteIds, sites);
    return withTenant(this.db, ctx, async (em) => {
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
  }

  async remove(ctx: RequestContext, membershipId: string): Promise<string> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    return withTenant(this.db, ctx, async (em) => {
      const target = await this.lockedMembership(em, membershipId);
      const rank = await this.actorRank(em, ctx);
      if (ROLE_RANK[target.role] > rank) throw forbidden('You cannot remove someone above you');
      if (target.role === 'owner') await this.assertAnotherOwner(em, target.id);
      em.remove(target);
      this.audit.add(em, ctx, {
        action: 'member.removed',
        target: target.id,
        detail: { userId: target.userId, role: target.role },
      });
      await em.flush();
      return target.id;
    });
  }

  /** Owners only: the target becomes Owner and the acting Owner becomes Admin, in one transaction. */
  async transferOwnership(ctx: RequestContext, membershipId: string): Promise<MemberView> {
    if (!isUuid(membershipId)) throw badInput('membershipId: not a valid id', 'membershipId');
    if (ctx.actor.kind !== 'user' || ctx.actor.role !== 'owner') {
      throw forbidden('Only an Owner can transfer ownership');
    }
    const userId = ctx.actor.userId;
    return withTenant(this.db, ctx, async (em) => {
      const mine = await em.findOne(MembershipSchema, { userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (mine?.role !== 'owner') throw forbidden('Only an Owner can transfer ownership');
      const target = await this.lockedMembership(em, membershipId);
      if (target.id === mine.id) throw badInput('membershipId: you already own this tenant', 'membershipId');
      const previousRole = target.role;
      target.role = 'owner';
      // An Owner holds every site; narrowing would contradict the role.
      target.siteIds = null;
      mine.role = 'admin';
      this.audit.add(em, ctx, {
        action: 'ownership.transferred',
        target: target.id,
        detail: { from: mine.id, to: target.id, previousRole },
      });
      await em.flush();
      return { ...target, tenant: await this.tenantOf(em, ctx) };
    });
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
   * The acting member's rank: the lower of the token's role and the role stored now (a demoted
   * member's older token grants nothing extra). API keys act at most as Admins; internal as Owner.
   */
  private async actorRank(em: EntityManager, ctx: RequestContext): Promise<number> {
    const actor = ctx.actor;
    if (actor.kind === 'internal') return ROLE_RANK.owner;
    if (actor.kind === 'apiKey') return ROLE_RANK.admin;
    if (actor.kind !== 'user' || !actor.role) throw forbidden();
    const stored = await em.findOne(MembershipSchema, { userId: actor.userId });
    if (!stored) throw forbidden('You are no longer a member of this tenant');
    return Math.min(ROLE_RANK[actor.role], ROLE_RANK[stored.role]);
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
