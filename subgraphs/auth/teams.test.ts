import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { RequestContext, Role } from '../../core/context.js';
import type { JobName, JobPayloads } from '../../core/jobs.js';
import { type Errors, setUpAuthSubgraph } from '../../test/support/auth-subgraph.js';
import { userContext } from '../../test/support/env.js';
import { INVITATION_TTL_MS } from './services/teams.js';

/** The injected clock: tests move it, nothing here depends on the wall clock. */
let now = new Date('2026-12-01T09:00:00Z');
const sent: { name: JobName; payload: JobPayloads[JobName] }[] = [];

const subgraph = setUpAuthSubgraph({
  deps: {
    now: () => now,
    jobs: {
      enqueue: async (name, payload) => {
        sent.push({ name, payload });
      },
    },
  },
});
const { call } = subgraph;

const register = (email: string) => subgraph.fixtures.user(email);
const createTenant = (userId: string, slug: string) => subgraph.fixtures.tenant(userId, slug);

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role siteIds expiresAt } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { accessToken refreshToken tenant { id } user { email } } }`;
const CHANGE_ROLE = `mutation($id: ID!, $role: Role!) { changeMemberRole(membershipId: $id, role: $role) { id role } }`;
const REMOVE = `mutation($id: ID!) { removeMember(membershipId: $id) }`;
const TRANSFER = `mutation($id: ID!) { transferOwnership(membershipId: $id) { id role } }`;
const MEMBERS = `{ members(first: 50) { edges { node { id role siteIds user { id email } } } } }`;

const lastToken = () => {
  const mail = sent.at(-1)!;
  expect(mail.name).toBe('email.send');
  return (mail.payload as JobPayloads['email.send']).data.token!;
};

/** Invites `email` into the tenant as `role` (acting as its owner) and accepts as `userId`. */
async function join(
  tenantId: string,
  ownerId: string,
  userId: string,
  email: string,
  role: Role,
  siteIds?: string[],
) {
  const invited = await call(userContext(ownerId, tenantId, 'owner'), INVITE, {
    input: { email, role: role.toUpperCase(), siteIds },
  });
  expect(invited.errors).toBeUndefined();
  const accepted = await call<{ acceptInvitation: { accessToken: string } }>(
    userContext(userId, null, null),
    ACCEPT,
    { token: lastToken() },
  );
  expect(accepted.errors).toBeUndefined();
  return accepted.data.acceptInvitation.accessToken;
}

async function membershipOf(tenantId: string, userId: string) {
  const res = await call<{
    members: { edges: { node: { id: string; role: string; user: { id: string } } }[] };
  }>(userContext(userId, tenantId, 'contributor'), MEMBERS);
  expect(res.errors).toBeUndefined();
  return res.data.members.edges.map((e) => e.node).find((n) => n.user.id === userId)!;
}

const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('invitations', () => {
  it('invites by email, stores only a hash, emails the link and joins with a tenant-bound token', async () => {
    const owner = await register('owner1@example.com');
    const invitee = await register('new1@example.com');
    const tenant = await createTenant(owner, 'team-one');
    const invited = await call<{ inviteMember: { id: string; role: string; expiresAt: string } }>(
      userContext(owner, tenant, 'owner'),
      INVITE,
      { input: { email: 'New1@Example.com', role: 'EDITOR' } },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data.inviteMember).toMatchObject({ role: 'EDITOR' });
    expect(new Date(invited.data.inviteMember.expiresAt).getTime()).toBe(now.getTime() + INVITATION_TTL_MS);
    const mail = sent.at(-1)!.payload as JobPayloads['email.send'];
    expect(mail).toMatchObject({ tenantId: tenant, to: 'new1@example.com', template: 'invitation' });
    const token = lastToken();
    expect(mail.data.acceptUrl).toContain(encodeURIComponent(token));
    const stored = await subgraph.fixtures.query<{ token_hash: string }>(
      'select token_hash from auth.invitation where id = $1',
      [invited.data.inviteMember.id],
    );
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0]!.token_hash).not.toContain(token.split('.')[1]);

    const pending = await call<{ invitations: { edges: { node: { email: string } }[] } }>(
      userContext(owner, tenant, 'owner'),
      '{ invitations { edges { node { email } } } }',
    );
    expect(pending.data.invitations.edges).toEqual([{ node: { email: 'new1@example.com' } }]);

    const accepted = await call<{
      acceptInvitation: { accessToken: string; refreshToken: string; tenant: { id: string } };
    }>(userContext(invitee, null, null), ACCEPT, { token });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.tenant.id).toBe(tenant);
    // Accepting signs in like login does: a session whose refresh token stays bound to the tenant.
    expect(accepted.data.acceptInvitation.refreshToken).toEqual(expect.any(String));
    const refreshed = await call<{ refreshSession: { accessToken: string } }>(
      userContext(invitee, null, null),
      'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
      { t: accepted.data.acceptInvitation.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(decodeJwt(refreshed.data.refreshSession.accessToken)).toMatchObject({
      tid: tenant,
      role: 'editor',
    });
    expect(decodeJwt(accepted.data.acceptInvitation.accessToken)).toMatchObject({
      sub: invitee,
      tid: tenant,
      role: 'editor',
    });
    expect((await membershipOf(tenant, invitee)).role).toBe('EDITOR');
    const after = await call<{ invitations: { edges: unknown[] } }>(
      userContext(owner, tenant, 'owner'),
      '{ invitations { edges { node { id } } } }',
    );
    expect(after.data.invitations.edges).toEqual([]);

    const again = await call(userContext(invitee, null, null), ACCEPT, { token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses the wrong account, an expired or revoked token and a garbled one, joining nobody', async () => {
    const owner = await register('owner2@example.com');
    const right = await register('right2@example.com');
    const wrong = await register('wrong2@example.com');
    const tenant = await createTenant(owner, 'team-two');
    await call(userContext(owner, tenant, 'owner'), INVITE, {
      input: { email: 'right2@example.com', role: 'CONTRIBUTOR' },
    });
    const token = lastToken();
    const byWrong = await call(userContext(wrong, null, null), ACCEPT, { token });
    expect(code(byWrong.errors)).toBe('FORBIDDEN');

    now = new Date(now.getTime() + INVITATION_TTL_MS + 1);
    const expired = await call(userContext(right, null, null), ACCEPT, { token });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(expired.errors?.[0]?.message).toMatch(/expired/);

    const garbled = await call(userContext(right, null, null), ACCEPT, { token: 'nope' });
    expect(garbled.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const reinvite = await call<{ inviteMember: { id: string } }>(
      userContext(owner, tenant, 'owner'),
      INVITE,
      {
        input: { email: 'right2@example.com', role: 'CONTRIBUTOR' },
      },
    );
    expect(reinvite.errors).toBeUndefined();
    const second = lastToken();
    const dup = await call(userContext(owner, tenant, 'owner'), INVITE, {
      input: { email: 'right2@example.com', role: 'EDITOR' },
    });
    expect(code(dup.errors)).toBe('CONFLICT');
    const revoked = await call(
      userContext(owner, tenant, 'owner'),
      'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
      { id: reinvite.data.inviteMember.id },
    );
    expect(revoked.errors).toBeUndefined();
    const afterRevoke = await call(userContext(right, null, null), ACCEPT, { token: second });
    expect(code(afterRevoke.errors)).toBe('BAD_USER_INPUT');

    const members = await call<{ members: { edges: unknown[] } }>(
      userContext(owner, tenant, 'owner'),
      MEMBERS,
    );
    expect(members.data.members.edges).toHaveLength(1);
  });

  it('never lets anyone invite above their own role, nor non-managers invite at all', async () => {
    const owner = await register('owner3@example.com');
    const admin = await register('admin3@example.com');
    const editor = await register('editor3@example.com');
    const tenant = await createTenant(owner, 'team-three');
    await join(tenant, owner, admin, 'admin3@example.com', 'admin');
    await join(tenant, owner, editor, 'editor3@example.com', 'editor');
    const adminInvitesOwner = await call(userContext(admin, tenant, 'admin'), INVITE, {
      input: { email: 'x3@example.com', role: 'OWNER' },
    });
    expect(code(adminInvitesOwner.errors)).toBe('FORBIDDEN');
    const editorInvites = await call(userContext(editor, tenant, 'editor'), INVITE, {
      input: { email: 'y3@example.com', role: 'CONTRIBUTOR' },
    });
    expect(code(editorInvites.errors)).toBe('FORBIDDEN');
    const adminInvitesEditor = await call(userContext(admin, tenant, 'admin'), INVITE, {
      input: { email: 'z3@example.com', role: 'EDITOR' },
    });
    expect(adminInvitesEditor.errors).toBeUndefined();
  });
});

describe('roles and ownership', () => {
  it('refuses self-promotion, granting above your role and touching those above you', async () => {
    const owner = await register('owner4@example.com');
    const admin = await register('admin4@example.com');
    const editor = await register('editor4@example.com');
    const tenant = await createTenant(owner, 'team-four');
    await join(tenant, owner, admin, 'admin4@example.com', 'admin');
    await join(tenant, owner, editor, 'editor4@example.com', 'editor');
    const m = {
      owner: await membershipOf(tenant, owner),
      admin: await membershipOf(tenant, admin),
      editor: await membershipOf(tenant, editor),
    };
    const editorSelf = await call(userContext(editor, tenant, 'editor'), CHANGE_ROLE, {
      id: m.editor.id,
      role: 'ADMIN',
    });
    expect(code(editorSelf.errors)).toBe('FORBIDDEN');
    const adminSelf = await call(userContext(admin, tenant, 'admin'), CHANGE_ROLE, {
      id: m.admin.id,
      role: 'OWNER',
    });
    expect(code(adminSelf.errors)).toBe('FORBIDDEN');
    const adminGrantsOwner = await call(userContext(admin, tenant, 'admin'), CHANGE_ROLE, {
      id: m.editor.id,
      role: 'OWNER',
    });
    expect(code(adminGrantsOwner.errors)).toBe('FORBIDDEN');
    const adminDemotesOwner = await call(userContext(admin, tenant, 'admin'), CHANGE_ROLE, {
      id: m.owner.id,
      role: 'CONTRIBUTOR',
    });
    expect(code(adminDemotesOwner.errors)).toBe('FORBIDDEN');
    const adminRemovesOwner = await call(userContext(admin, tenant, 'admin'), REMOVE, { id: m.owner.id });
    expect(code(adminRemovesOwner.errors)).toBe('FORBIDDEN');
    expect((await membershipOf(tenant, owner)).role).toBe('OWNER');
    expect((await membershipOf(tenant, editor)).role).toBe('EDITOR');

    const adminDemotesEditor = await call(userContext(admin, tenant, 'admin'), CHANGE_ROLE, {
      id: m.editor.id,
      role: 'CONTRIBUTOR',
    });
    expect(adminDemotesEditor.errors).toBeUndefined();
    expect((await membershipOf(tenant, editor)).role).toBe('CONTRIBUTOR');

    // A token minted before a demotion grants nothing extra: the stored role wins.
    await call(userContext(owner, tenant, 'owner'), CHANGE_ROLE, { id: m.admin.id, role: 'EDITOR' });
    const staleAdmin = await call(userContext(admin, tenant, 'admin'), CHANGE_ROLE, {
      id: m.editor.id,
      role: 'ADMIN',
    });
    expect(code(staleAdmin.errors)).toBe('FORBIDDEN');
  });

  it('keeps the last Owner, transfers ownership, and removes members', async () => {
    const owner = await register('owner5@example.com');
    const admin = await register('admin5@example.com');
    const tenant = await createTenant(owner, 'team-five');
    await join(tenant, owner, admin, 'admin5@example.com', 'admin');
    const mOwner = await membershipOf(tenant, owner);
    const mAdmin = await membershipOf(tenant, admin);
    const leave = await call(userContext(owner, tenant, 'owner'), REMOVE, { id: mOwner.id });
    expect(code(leave.errors)).toBe('CONFLICT');
    expect(leave.errors?.[0]?.message).toMatch(/always needs an Owner/);

    const byAdmin = await call(userContext(admin, tenant, 'admin'), TRANSFER, { id: mAdmin.id });
    expect(code(byAdmin.errors)).toBe('FORBIDDEN');
    const transferred = await call(userContext(owner, tenant, 'owner'), TRANSFER, { id: mAdmin.id });
    expect(transferred.errors).toBeUndefined();
    expect((await membershipOf(tenant, admin)).role).toBe('OWNER');
    expect((await membershipOf(tenant, owner)).role).toBe('ADMIN');
    // The previous owner's old token no longer carries Owner powers.
    const stale = await call(userContext(owner, tenant, 'owner'), CHANGE_ROLE, {
      id: mAdmin.id,
      role: 'ADMIN',
    });
    expect(code(stale.errors)).toBe('FORBIDDEN');
    const newOwnerLeaves = await call(userContext(admin, tenant, 'owner'), REMOVE, { id: mAdmin.id });
    expect(code(newOwnerLeaves.errors)).toBe('CONFLICT');
    const removed = await call(userContext(admin, tenant, 'owner'), REMOVE, { id: mOwner.id });
    expect(removed.errors).toBeUndefined();
    const members = await call<{ members: { edges: unknown[] } }>(
      userContext(admin, tenant, 'owner'),
      MEMBERS,
    );
    expect(members.data.members.edges).toHaveLength(1);

    const audit = await call<{ auditEvents: { edges: { node: { action: string } }[] } }>(
      userContext(admin, tenant, 'owner'),
      '{ auditEvents(first: 50) { edges { node { action actorKind target detail createdAt } } } }',
    );
    expect(audit.errors).toBeUndefined();
    const actions = audit.data.auditEvents.edges.map((e) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining(['member.invited', 'member.joined', 'ownership.transferred', 'member.removed']),
    );
  });

  it('shows the audit log to Admins only; it has no mutation and refuses updates', async () => {
    const owner = await register('owner6@example.com');
    const editor = await register('editor6@example.com');
    const tenant = await createTenant(owner, 'team-six');
    await join(tenant, owner, editor, 'editor6@example.com', 'editor');
    const denied = await call(
      userContext(editor, tenant, 'editor'),
      '{ auditEvents { edges { node { id } } } }',
    );
    expect(code(denied.errors)).toBe('FORBIDDEN');
    const mutations = await call<{ __type: { fields: { name: string }[] } }>(
      userContext(owner, tenant, 'owner'),
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    expect(mutations.data.__type.fields.map((f) => f.name).filter((n) => /audit/i.test(n))).toEqual([]);
    await expect(
      subgraph.fixtures.query(`update auth.audit_event set action = 'nothing' where tenant_id = $1`, [
        tenant,
      ]),
    ).rejects.toThrow(/append-only/);
  });
});

describe('site-narrowed members and switching tenants', () => {
  it('puts the site scope in the token and in me, and switches to another membership', async () => {
    const owner = await register('owner7@example.com');
    const editor = await register('editor7@example.com');
    const tenantA = await createTenant(owner, 'team-seven-a');
    const tenantB = await createTenant(editor, 'team-seven-b');
    const siteA = '00000000-0000-4000-8000-00000000000a';
    const siteB = '00000000-0000-4000-8000-00000000000b';
    const token = await join(tenantA, owner, editor, 'editor7@example.com', 'editor', [siteA]);
    expect(decodeJwt(token)).toMatchObject({ tid: tenantA, role: 'editor', sites: [siteA] });
    const narrowed: RequestContext = {
      ...userContext(editor, tenantA, 'editor'),
      actor: { kind: 'user', userId: editor, role: 'editor', platformAdmin: false, siteIds: [siteA] },
    };
    const me = await call<{
      me: { siteIds: string[]; permissions: string[]; onA: string[]; onB: string[] };
    }>(
      narrowed,
      `query($a: ID!, $b: ID!) { me { siteIds permissions onA: permissionsOnSite(siteId: $a) onB: permissionsOnSite(siteId: $b) } }`,
      { a: siteA, b: siteB },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data.me.siteIds).toEqual([siteA]);
    expect(me.data.me.onA).toContain('content:publish');
    expect(me.data.me.onB).toEqual([]);
    expect((await membershipOf(tenantA, editor)) as unknown).toMatchObject({ role: 'EDITOR' });

    const mEditor = await membershipOf(tenantA, editor);
    const SET_SITES = `mutation($id: ID!, $sites: [ID!]) { setMemberSites(membershipId: $id, siteIds: $sites) { siteIds } }`;
    const selfWiden = await call(narrowed, SET_SITES, { id: mEditor.id, sites: null });
    expect(code(selfWiden.errors)).toBe('FORBIDDEN');
    const widened = await call<{ setMemberSites: { siteIds: string[] | null } }>(
      userContext(owner, tenantA, 'owner'),
      SET_SITES,
      { id: mEditor.id, sites: [siteA, siteB, siteA] },
    );
    expect(widened.errors).toBeUndefined();
    expect(widened.data.setMemberSites.siteIds).toEqual([siteA, siteB]);
    const mOwner = await membershipOf(tenantA, owner);
    const narrowOwner = await call(userContext(editor, tenantA, 'owner'), SET_SITES, {
      id: mOwner.id,
      sites: [siteA],
    });
    expect(code(narrowOwner.errors)).toBe('FORBIDDEN');
    await call(userContext(owner, tenantA, 'owner'), SET_SITES, { id: mEditor.id, sites: [siteA] });

    const switched = await call<{ switchTenant: { accessToken: string; tenant: { id: string } } }>(
      userContext(editor, null, null),
      'mutation($slug: String!) { switchTenant(tenantSlug: $slug) { accessToken tenant { id } } }',
      { slug: 'team-seven-a' },
    );
    expect(switched.errors).toBeUndefined();
    expect(decodeJwt(switched.data.switchTenant.accessToken)).toMatchObject({
      tid: tenantA,
      role: 'editor',
      sites: [siteA],
    });
    const toB = await call<{ switchTenant: { accessToken: string } }>(
      userContext(editor, tenantA, 'editor'),
      'mutation($slug: String!) { switchTenant(tenantSlug: $slug) { accessToken } }',
      { slug: 'team-seven-b' },
    );
    expect(decodeJwt(toB.data.switchTenant.accessToken)).toMatchObject({ tid: tenantB, role: 'owner' });
    expect(decodeJwt(toB.data.switchTenant.accessToken).sites).toBeUndefined();
    const notMine = await call(
      userContext(owner, null, null),
      'mutation($slug: String!) { switchTenant(tenantSlug: $slug) { accessToken } }',
      { slug: 'team-seven-b' },
    );
    expect(code(notMine.errors)).toBe('FORBIDDEN');
  });
});
