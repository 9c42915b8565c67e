import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from './context.js';
import { assertCanOnSite, canOnSite, ROLE_PERMISSIONS, siteScopeOf } from './permissions.js';

const siteA = randomUUID();
const siteB = randomUUID();

function ctx(role: 'editor' | 'contributor', siteIds?: string[] | null): RequestContext {
  return {
    requestId: randomUUID(),
    tenantId: randomUUID(),
    tenantSlug: null,
    actor: { kind: 'user', userId: randomUUID(), role, platformAdmin: false, siteIds },
    region: null,
    host: null,
    clientIp: null,
    userAgent: null,
  };
}

describe('site-narrowed permissions', () => {
  it('lets a member without a site scope act on every site', () => {
    expect(siteScopeOf(ctx('editor').actor)).toBeNull();
    expect(canOnSite(ctx('editor'), 'content:publish', siteA)).toBe(true);
    expect(canOnSite(ctx('editor', null), 'content:publish', siteB)).toBe(true);
  });

  it('limits a narrowed member to its sites, and never beyond its role', () => {
    const narrowed = ctx('editor', [siteA]);
    expect(canOnSite(narrowed, 'content:publish', siteA)).toBe(true);
    expect(canOnSite(narrowed, 'content:publish', siteB)).toBe(false);
    expect(() => assertCanOnSite(narrowed, 'content:publish', siteB)).toThrow(/on this site/);
    expect(canOnSite(ctx('contributor', [siteA]), 'content:publish', siteA)).toBe(false);
  });

  it('gives the audit log to Admins and Owners only', () => {
    expect(ROLE_PERMISSIONS.admin.has('audit:read')).toBe(true);
    expect(ROLE_PERMISSIONS.owner.has('audit:read')).toBe(true);
    expect(ROLE_PERMISSIONS.editor.has('audit:read')).toBe(false);
  });
});
