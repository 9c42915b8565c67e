import type { GraphQLFieldResolver } from 'graphql';
import type { Actor, RequestContext, Role } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/**
 * Every permission the API knows. Role grants and API-key scopes are both expressed in these
 * names, so a scope like `content:read` means exactly what the permission means.
 */
export const PERMISSIONS = [
  'content:read',
  'content:write',
  'content:publish',
  'catalog:read',
  'catalog:write',
  'orders:read',
  'orders:write',
  'assets:read',
  'assets:write',
  'analytics:read',
  'settings:read',
  'settings:write',
  'members:read',
  'members:manage',
  'audit:read',
  'billing:manage',
  'tenant:delete',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What a field needs: `public` (anyone, e.g. published pages), `account` (any signed-in user,
 * no tenant needed: register a tenant, list my memberships), or a permission in the request's tenant.
 */
export type Requirement = 'public' | 'account' | Permission;

const contributor: Permission[] = [
  'content:read',
  'content:write',
  'catalog:read',
  'assets:read',
  'assets:write',
  'settings:read',
  'members:read',
];
const editor: Permission[] = [
  ...contributor,
  'content:publish',
  'catalog:write',
  'orders:read',
  'analytics:read',
];
// Fulfilling, cancelling and refunding orders moves money: admins and owners only.
const admin: Permission[] = [...editor, 'settings:write', 'members:manage', 'audit:read', 'orders:write'];
const owner: Permission[] = [...admin, 'billing:manage', 'tenant:delete'];

/** Owner > Admin > Editor > Contributor: each role has everything the one below it has. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  contributor: new Set(contributor),
  editor: new Set(editor),
  admin: new Set(admin),
  owner: new Set(owner),
};

export function permissionsOf(actor: Actor): Permission[] {
  switch (actor.kind) {
    case 'user':
      return actor.role ? [...ROLE_PERMISSIONS[actor.role]] : [];
    case 'apiKey':
      return actor.scopes.filter((s): s is Permission => (PERMISSIONS as readonly string[]).includes(s));
    case 'internal':
      return [...PERMISSIONS];
    case 'anonymous':
      return [];
  }
}

export function can(ctx: RequestContext, requirement: Requirement): boolean {
  if (requirement === 'public') return true;
  const actor = ctx.actor;
  if (requirement === 'account') return actor.kind === 'user' || actor.kind === 'internal';
  if (!ctx.tenantId) return false;
  return permissionsOf(actor).includes(requirement);
}

/** The sites the actor is narrowed to, or null when it may act on every site of the tenant. */
export function siteScopeOf(actor: Actor): string[] | null {
  return actor.kind === 'user' ? (actor.siteIds ?? null) : null;
}

/** `can`, and for a member narrowed to certain sites, only on one of those sites. */
export function canOnSite(ctx: RequestContext, permission: Permission, siteId: string): boolean {
  if (!can(ctx, permission)) return false;
  const sites = siteScopeOf(ctx.actor);
  return sites === null || sites.includes(siteId);
}

/** Throws like `assertCan`, and FORBIDDEN when a narrowed member acts outside its sites. */
export function assertCanOnSite(ctx: RequestContext, permission: Permission, siteId: string): void {
  assertCan(ctx, permission);
  if (!canOnSite(ctx, permission, siteId)) throw forbidden(`You may not ${permission} on this site`);
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for everyone else who lacks it. */
export function assertCan(ctx: RequestContext, requirement: Requirement): void {
  if (can(ctx, requirement)) return;
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  if (!ctx.tenantId)
    throw forbidden('This operation needs a tenant: send x-tenant or use a tenant-bound token');
  throw forbidden(`Missing permission ${requirement}`);
}

/** `Type.field` → requirement, declared beside each subgraph's schema. */
export type PermissionMap = Record<string, Requirement>;

// biome-ignore lint/suspicious/noExplicitAny: resolver maps are heterogeneous by nature.
type ResolverMap = Record<string, any>;

/**
 * Wraps every Query and Mutation resolver with its declared requirement and refuses to start
 * if a root field has none, so a new field can never ship unguarded.
 */
export function guardResolvers<T extends ResolverMap>(
  resolvers: T,
  permissions: PermissionMap,
  rootFields: Record<'Query' | 'Mutation', string[]>,
): T {
  const guarded: ResolverMap = { ...resolvers };
  for (const type of ['Query', 'Mutation'] as const) {
    const fields = rootFields[type];
    if (fields.length === 0) continue;
    const typeResolvers: Record<string, GraphQLFieldResolver<unknown, { ctx: RequestContext }>> = {
      ...(resolvers[type] ?? {}),
    };
    for (const field of fields) {
      const requirement = permissions[`${type}.${field}`];
      if (!requirement) throw new Error(`${type}.${field} has no declared permission`);
      const resolve = typeResolvers[field];
      if (!resolve) throw new Error(`${type}.${field} has no resolver`);
      typeResolvers[field] = (source, args, context, info) => {
        assertCan(context.ctx, requirement);
        return resolve(source, args, context, info);
      };
    }
    guarded[type] = typeResolvers;
  }
  return guarded as T;
}
