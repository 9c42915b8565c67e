import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { anonymousContext, userContext } from '../test/support/env.js';
import { internalContext, type RequestContext, ROLES } from './context.js';
import { AppError } from './errors.js';
import {
  assertCan,
  can,
  guardResolvers,
  PERMISSIONS,
  type Permission,
  permissionsOf,
  ROLE_PERMISSIONS,
} from './permissions.js';

const tenant = randomUUID();
const user = randomUUID();

function apiKeyContext(scopes: string[], tenantId: string | null = tenant): RequestContext {
  return {
    requestId: 'r',
    tenantId,
    tenantSlug: null,
    actor: { kind: 'apiKey', keyId: randomUUID(), scopes },
    region: null,
    host: null,
    clientIp: null,
    userAgent: null,
  };
}

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
  return undefined;
}

describe('role hierarchy', () => {
  it('gives each role everything the role below it has', () => {
    const order = ['contributor', 'editor', 'admin', 'owner'] as const;
    for (let i = 1; i < order.length; i++) {
      const lower = ROLE_PERMISSIONS[order[i - 1]!];
      const higher = ROLE_PERMISSIONS[order[i]!];
      for (const p of lower) expect(higher.has(p), `${order[i]} lacks ${p}`).toBe(true);
      expect(higher.size).toBeGreaterThan(lower.size);
    }
    expect([...ROLES].sort()).toEqual([...order].sort());
  });

  it('keeps the sensitive permissions at the right level', () => {
    expect(ROLE_PERMISSIONS.contributor.has('content:write')).toBe(true);
    expect(ROLE_PERMISSIONS.contributor.has('content:publish')).toBe(false);
    expect(ROLE_PERMISSIONS.contributor.has('catalog:write')).toBe(false);
    expect(ROLE_PERMISSIONS.editor.has('content:publish')).toBe(true);
    expect(ROLE_PERMISSIONS.editor.has('settings:write')).toBe(false);
    expect(ROLE_PERMISSIONS.admin.has('settings:write')).toBe(true);
    expect(ROLE_PERMISSIONS.admin.has('members:manage')).toBe(true);
    expect(ROLE_PERMISSIONS.admin.has('billing:manage')).toBe(false);
    expect(ROLE_PERMISSIONS.admin.has('tenant:delete')).toBe(false);
    expect(ROLE_PERMISSIONS.owner.has('billing:manage')).toBe(true);
    expect(ROLE_PERMISSIONS.owner.has('tenant:delete')).toBe(true);
    expect(new Set(PERMISSIONS)).toEqual(ROLE_PERMISSIONS.owner);
  });

  it('gives anonymous visitors and role-less users nothing', () => {
    expect(permissionsOf({ kind: 'anonymous' })).toEqual([]);
    expect(permissionsOf({ kind: 'user', userId: user, role: null, platformAdmin: false })).toEqual([]);
  });
});

describe('API key scopes', () => {
  it('grants exactly the known scopes and drops unknown ones', () => {
    const ctx = apiKeyContext(['content:read', 'catalog:read', 'root', 'content:*', '*']);
    expect(permissionsOf(ctx.actor).sort()).toEqual(['catalog:read', 'content:read']);
    expect(can(ctx, 'content:read')).toBe(true);
    expect(can(ctx, 'content:write')).toBe(false);
    expect(can(ctx, 'account')).toBe(false);
  });

  it('refuses a scoped key without a tenant', () => {
    expect(can(apiKeyContext(['content:read'], null), 'content:read')).toBe(false);
  });
});

describe('can', () => {
  it('lets anyone through public fields, only users and internal actors through account fields', () => {
    expect(can(anonymousContext(null), 'public')).toBe(true);
    expect(can(anonymousContext(tenant), 'account')).toBe(false);
    expect(can(userContext(user, null, null), 'account')).toBe(true);
    expect(can(internalContext('cms', null), 'account')).toBe(true);
  });

  it('needs a tenant for every permission, even for an owner or an internal actor', () => {
    expect(can(userContext(user, null, 'owner'), 'content:read')).toBe(false);
    expect(can(internalContext('cms', null), 'content:read')).toBe(false);
    expect(can(internalContext('cms', tenant), 'tenant:delete')).toBe(true);
    expect(can(userContext(user, tenant, 'editor'), 'content:publish')).toBe(true);
    expect(can(userContext(user, tenant, 'contributor'), 'content:publish')).toBe(false);
  });
});

describe('assertCan', () => {
  it('throws UNAUTHENTICATED for anonymous callers', () => {
    expect(codeOf(() => assertCan(anonymousContext(tenant), 'content:write'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertCan(anonymousContext(null), 'account'))).toBe('UNAUTHENTICATED');
  });

  it('throws FORBIDDEN for a signed-in user without a tenant or without the permission', () => {
    expect(codeOf(() => assertCan(userContext(user, null, null), 'content:write'))).toBe('FORBIDDEN');
    expect(() => assertCan(userContext(user, null, null), 'content:write')).toThrow(/needs a tenant/);
    expect(codeOf(() => assertCan(userContext(user, tenant, 'contributor'), 'content:publish'))).toBe(
      'FORBIDDEN',
    );
    expect(() => assertCan(userContext(user, tenant, 'contributor'), 'content:publish')).toThrow(
      /Missing permission content:publish/,
    );
    expect(codeOf(() => assertCan(apiKeyContext(['content:read']), 'content:write'))).toBe('FORBIDDEN');
  });

  it('passes silently when allowed', () => {
    expect(codeOf(() => assertCan(userContext(user, tenant, 'owner'), 'billing:manage'))).toBeUndefined();
    expect(codeOf(() => assertCan(anonymousContext(null), 'public'))).toBeUndefined();
  });
});

describe('guardResolvers', () => {
  const rootFields = { Query: ['open', 'secret'], Mutation: ['write'] };
  const resolvers = {
    Query: { open: () => 'open', secret: () => 'secret' },
    Mutation: { write: () => 'written' },
    Thing: { name: () => 'n' },
  };
  const permissions: Record<string, 'public' | Permission> = {
    'Query.open': 'public',
    'Query.secret': 'content:read',
    'Mutation.write': 'content:write',
  };

  it('refuses to build when a root field lacks a permission or a resolver', () => {
    const { 'Mutation.write': _, ...missing } = permissions;
    expect(() => guardResolvers(resolvers, missing, rootFields)).toThrow(
      'Mutation.write has no declared permission',
    );
    expect(() => guardResolvers({ ...resolvers, Mutation: {} }, permissions, rootFields)).toThrow(
      'Mutation.write has no resolver',
    );
    expect(() =>
      guardResolvers(resolvers, permissions, { ...rootFields, Query: [...rootFields.Query, 'added'] }),
    ).toThrow('Query.added has no declared permission');
  });

  it('checks the requirement before the resolver runs', () => {
    let ran = 0;
    type Field = (source: unknown, args: unknown, context: { ctx: RequestContext }, info: never) => unknown;
    const counted = (value: string) => () => {
      ran += 1;
      return value;
    };
    const guarded = guardResolvers<{ Query: Record<string, Field>; Mutation: Record<string, Field> }>(
      { Query: { open: () => 'open', secret: counted('secret') }, Mutation: { write: counted('w') } },
      permissions,
      rootFields,
    );
    const call = (field: 'open' | 'secret', ctx: RequestContext) =>
      guarded.Query[field]!(undefined, {}, { ctx }, undefined as never);
    expect(call('open', anonymousContext(null))).toBe('open');
    expect(codeOf(() => call('secret', anonymousContext(tenant)))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => call('secret', userContext(user, null, 'owner')))).toBe('FORBIDDEN');
    expect(
      codeOf(() =>
        guarded.Mutation.write!(undefined, {}, { ctx: apiKeyContext(['content:read']) }, undefined as never),
      ),
    ).toBe('FORBIDDEN');
    expect(ran).toBe(0);
    expect(call('secret', userContext(user, tenant, 'contributor'))).toBe('secret');
    expect(ran).toBe(1);
  });

  it('leaves non-root resolvers and the input map untouched', () => {
    const guarded = guardResolvers(resolvers, permissions, rootFields);
    expect(guarded.Thing).toBe(resolvers.Thing);
    expect(resolvers.Query.open).not.toBe(guarded.Query.open);
    expect(resolvers.Query.secret()).toBe('secret');
  });
});
