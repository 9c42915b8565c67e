import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext, Role } from '../../../core/context.js';
import { platformQuery, type SubgraphDb, withPlatform, withTenant } from '../../../core/db.js';
import { badInput, conflict, forbidden, unauthenticated } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { type Permission, permissionsOf } from '../../../core/permissions.js';
import {
  type Membership,
  MembershipSchema,
  type Tenant,
  TenantSchema,
  type User,
  UserSchema,
} from '../entities/auth.js';
import type { PasswordHasher } from './passwords.js';
import { tenantSuspended } from './sessions.js';
import type { IssuedToken, TokenIssuer } from './tokens.js';

const email = z.string().trim().toLowerCase().email('Enter a valid email address').max(254);
const password = z
  .string()
  .min(10, 'Password must be at least 10 characters')
  .max(256, 'Password must be at most 256 characters');
const displayName = z.string().trim().min(1, 'Name must not be empty').max(120);
export const slugRule = z
  .string()
  .trim()
  .min(3, 'Slug must be at least 3 characters')
  .max(40, 'Slug must be at most 40 characters')
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Slug may contain lowercase letters, digits and single hyphens, not at either end',
  );
const RESERVED_SLUGS = new Set(['www', 'api', 'admin', 'editor', 'graphql', 'internal', 'static', 'assets']);

export interface AuthResult extends IssuedToken {
  user: User;
  tenant: Tenant | null;
}

export interface Viewer {
  user: User;
  tenant: Tenant | null;
  role: Role | null;
  permissions: Permission[];
}

export interface DirectoryEntry {
  id: string;
  slug: string;
  name: string;
  status: Tenant['status'];
  /** The billing plan: the gateway applies its API rate. */
  plan: string;
  regions: Tenant['regions'];
  defaultRegion: string;
}

const INVALID_CREDENTIALS = 'Email or password is incorrect';

/** What `login` takes; the email comes out normalised (the sign-in limits key accounts by it). */
export const loginInput = z.object({
  email,
  password: z.string().max(256),
  tenantSlug: z.string().nullish(),
});

export class AuthService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenIssuer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async register(_ctx: RequestContext, input: unknown): Promise<AuthResult> {
    const data = parseInput(z.object({ email, password, name: displayName }), input);
    const passwordHash = await this.passwords.hash(data.password);
    const user: User = {
      id: randomUUID(),
      email: data.email,
      name: data.name,
      passwordHash,
      createdAt: this.now(),
    };
    try {
      await withPlatform(this.db, 'register account', async (em) => {
        em.create(UserSchema, user);
        await em.flush();
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('An account with this email already exists', { field: 'email' });
      }
      throw err;
    }
    const token = await this.tokens.issue({ userId: user.id, tenantId: null, role: null });
    return { ...token, user, tenant: null };
  }

  async login(_ctx: RequestContext, input: unknown): Promise<AuthResult> {
    const data = parseInput(loginInput, input);
    const user = await withPlatform(this.db, 'sign-in lookup', (em) =>
      em.findOne(UserSchema, { email: data.email }),
    );
    if (!user) {
      await this.passwords.verifyDummy(data.password);
      throw unauthenticated(INVALID_CREDENTIALS);
    }
    if (!(await this.passwords.verify(user.passwordHash, data.password))) {
      throw unauthenticated(INVALID_CREDENTIALS);
    }
    if (!data.tenantSlug) {
      const token = await this.tokens.issue({ userId: user.id, tenantId: null, role: null });
      return { ...token, user, tenant: null };
    }
    const tenant = await this.findTenantBySlug(data.tenantSlug);
    const membership = tenant ? await this.membershipOf(tenant.id, user.id) : null;
    if (!tenant || !membership) throw forbidden(`You are not a member of ${data.tenantSlug}`);
    if (tenant.status !== 'active') throw tenantSuspended(tenant.slug);
    const token = await this.tokens.issue({
      userId: user.id,
      tenantId: tenant.id,
      role: membership.role,
      siteIds: membership.siteIds,
    });
    return { ...token, user, tenant };
  }

  async createTenant(ctx: RequestContext, input: unknown): Promise<AuthResult> {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    const userId = ctx.actor.userId;
    const data = parseInput(z.object({ slug: slugRule, name: displayName }), input);
    if (RESERVED_SLUGS.has(data.slug)) throw badInput(`slug: "${data.slug}" is reserved`, 'slug');
    const user = await this.userById(userId);
    if (!user) throw unauthenticated();
    const tenant: Tenant = {
      id: randomUUID(),
      slug: data.slug,
      name: data.name,
      plan: 'free',
      status: 'active',
      hosts: [],
      regions: [
        {
          code: 'default',
          locale: 'en',
          currency: 'USD',
          pathPrefix: null,
          hosts: [],
          countries: [],
          consentRequired: false,
        },
      ],
      defaultRegion: 'default',
      createdAt: this.now(),
    };
    try {
      // The new tenant's own scope: RLS checks both rows against the tenant being created.
      await withTenant(this.db, { tenantId: tenant.id }, async (em) => {
        em.create(TenantSchema, tenant);
        await em.flush();
        em.create(MembershipSchema, {
          id: randomUUID(),
          tenantId: tenant.id,
          userId,
          role: 'owner',
          createdAt: this.now(),
        });
        await em.flush();
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`The slug "${data.slug}" is taken`, { field: 'slug' });
      }
      throw err;
    }
    const token = await this.tokens.issue({ userId, tenantId: tenant.id, role: 'owner' });
    return { ...token, user, tenant };
  }

  async viewer(ctx: RequestContext): Promise<Viewer | null> {
    if (ctx.actor.kind !== 'user') return null;
    const user = await this.userById(ctx.actor.userId);
    if (!user) return null;
    const tenant = ctx.tenantId ? await this.currentTenant(ctx) : null;
    return { user, tenant, role: ctx.actor.role, permissions: tenant ? permissionsOf(ctx.actor) : [] };
  }

  async currentTenant(ctx: RequestContext): Promise<Tenant | null> {
    if (!ctx.tenantId) return null;
    return withTenant(this.db, ctx, (em) => em.findOne(TenantSchema, { id: ctx.tenantId! }));
  }

  /** A tenant by id, visible only inside that tenant's own scope. */
  async tenantById(ctx: RequestContext, id: string): Promise<Tenant | null> {
    if (ctx.tenantId !== id && ctx.actor.kind !== 'internal') return null;
    return withTenant(this.db, { tenantId: id }, (em) => em.findOne(TenantSchema, { id }));
  }

  /** A user is visible to themself and to members of a tenant they belong to. */
  async visibleUser(ctx: RequestContext, id: string): Promise<User | null> {
    const self = ctx.actor.kind === 'user' && ctx.actor.userId === id;
    if (!self) {
      if (!ctx.tenantId) return null;
      const member = await this.membershipOf(ctx.tenantId, id);
      if (!member) return null;
    }
    return this.userById(id);
  }

  /** Memberships of the signed-in user across tenants: an account-level read. */
  async myMemberships(
    ctx: RequestContext,
    first: number,
    after: string | null,
  ): Promise<(Membership & { tenant: Tenant })[]> {
    if (ctx.actor.kind !== 'user') throw unauthenticated();
    const userId = ctx.actor.userId;
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withPlatform(this.db, 'memberships of the signed-in user', async (em) => {
      const rows = await em.find(
        MembershipSchema,
        { userId, ...(afterId ? { id: { $gt: afterId } } : {}) },
        { ...platformQuery, orderBy: { id: 'asc' }, limit: first + 1 },
      );
      const tenants = await em.find(
        TenantSchema,
        { id: { $in: rows.map((m) => m.tenantId) } },
        platformQuery,
      );
      const byId = new Map(tenants.map((t) => [t.id, t]));
      return rows.map((m) => ({ ...m, tenant: byId.get(m.tenantId)! }));
    });
  }

  /** The user's membership in the tenant as stored now (the gateway signs THIS role), or null. */
  async storedMembership(
    tenantId: string,
    userId: string,
  ): Promise<Pick<Membership, 'role' | 'siteIds'> | null> {
    const membership = await this.membershipOf(tenantId, userId);
    return membership ? { role: membership.role, siteIds: membership.siteIds ?? null } : null;
  }

  /** Host, slug or id → tenant, for the gateway: the platform-wide lookup path. */
  async directoryLookup(query: {
    slug?: string;
    host?: string;
    id?: string;
  }): Promise<DirectoryEntry | null> {
    const tenant = await withPlatform(this.db, 'gateway tenant directory', async (em) => {
      if (query.id) return em.findOne(TenantSchema, { id: query.id }, platformQuery);
      if (query.slug) return em.findOne(TenantSchema, { slug: query.slug }, platformQuery);
      if (query.host) {
        const host = query.host.toLowerCase();
        // em.execute, not em.getConnection().execute: the latter leaves the transaction (and its app role).
        const rows = await em.execute<{ id: string }[]>(
          'select id from auth.tenant where hosts @> ?::jsonb limit 1',
          [JSON.stringify([host])],
        );
        return rows[0] ? em.findOne(TenantSchema, { id: rows[0].id }, platformQuery) : null;
      }
      return null;
    });
    if (!tenant) return null;
    return {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      status: tenant.status,
      plan: tenant.plan,
      regions: tenant.regions,
      defaultRegion: tenant.defaultRegion,
    };
  }

  private findTenantBySlug(slug: string): Promise<Tenant | null> {
    return withPlatform(this.db, 'tenant by slug for sign-in', (em) =>
      em.findOne(TenantSchema, { slug }, platformQuery),
    );
  }

  private membershipOf(tenantId: string, userId: string): Promise<Membership | null> {
    return withTenant(this.db, { tenantId }, (em) => em.findOne(MembershipSchema, { userId }));
  }

  private userById(id: string): Promise<User | null> {
    return withPlatform(this.db, 'user by id', (em) => em.findOne(UserSchema, { id }));
  }
}
