import { createHash } from 'node:crypto';
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
/** The cms's sites by tenant, as auth learns them (a stand-in for the lookup through the gateway). */
const sitesOf = new Map<string, Set<string>>();

const subgraph = setUpAuthSubgraph({
  deps: {
    now: () => now,
    jobs: {
      enqueue: async (name, payload) => {
        sent.push({ name, payload });
      },
    },
    sites: { siteIdsOf: async (tenantId) => sitesOf.get(tenantId) ?? new Set() },
  },
  listen: ['membership-changed', 'apikey-revoked'],
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

  it('invites an address alike whether it has an account (a member of another tenant, even) or none', async () => {
    const owner = await register('owner-alike@example.com');
    const tenant = await createTenant(owner, 'team-alike');
    const elsewhere = await register('member-elsewhere@example.com');
    await createTenant(elsewhere, 'team-elsewhere');
    const before = sent.length;
    const invite = (email: string) =>
      call<{ inviteMember: Record<string, unknown> }>(userContext(owner, tenant, 'owner'), INVITE, {
        input: { email, role: 'EDITOR' },
      });
    const forAccount = await invite('member-elsewhere@example.com');
    const forNobody = await invite('no-account-yet@example.com');
    // Only what the request itself chose differs (the address) and what is new per invitation (the id).
    const answer = (res: typeof forAccount) => ({
      errors: res.errors,
      data: { ...res.data.inviteMember, id: 'an id', email: 'the address' },
    });
    expect(answer(forAccount)).toEqual(answer(forNobody));
    const mails = sent.slice(before).map((m) => m.payload as JobPayloads['email.send']);
    const shape = (m: JobPayloads['email.send']) => ({
      ...m,
      to: 'the address',
      data: { ...m.data, token: 'a token', acceptUrl: 'a link' },
    });
    expect(mails.map((m) => m.to)).toEqual(['member-elsewhere@example.com', 'no-account-yet@example.com']);
    expect(shape(mails[0]!)).toEqual(shape(mails[1]!));
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
    sitesOf.set(tenantA, new Set([siteA, siteB]));
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

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`;
const KEYS = '{ apiKeys(first: 50) { edges { node { id revokedAt } } } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }';

/** Joins as `role` and returns the membership's refresh token (its session is bound to the tenant). */
async function joinWithSession(tenantId: string, ownerId: string, userId: string, email: string, role: Role) {
  await call(userContext(ownerId, tenantId, 'owner'), INVITE, { input: { email, role: role.toUpperCase() } });
  const accepted = await call<{ acceptInvitation: { refreshToken: string } }>(
    userContext(userId, null, null),
    ACCEPT,
    { token: lastToken() },
  );
  expect(accepted.errors).toBeUndefined();
  return accepted.data.acceptInvitation.refreshToken;
}

async function createKey(ctx: RequestContext, scopes: string[]) {
  const res = await call<{ createApiKey: { secret: string; apiKey: { id: string } } }>(ctx, CREATE_KEY, {
    input: { name: scopes.join(' '), scopes },
  });
  expect(res.errors).toBeUndefined();
  return res.data.createApiKey;
}

async function revokedKeyIds(tenantId: string, ownerId: string): Promise<string[]> {
  const res = await call<{ apiKeys: { edges: { node: { id: string; revokedAt: string | null } }[] } }>(
    userContext(ownerId, tenantId, 'owner'),
    KEYS,
  );
  return res.data.apiKeys.edges.filter((e) => e.node.revokedAt).map((e) => e.node.id);
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

describe('removed and demoted members (their stored role, not their token, decides)', () => {
  it("refuses every grant of a removed Admin whose context still says admin, and revokes the Admin's keys and sessions", async () => {
    const owner = await register('owner8@example.com');
    const admin = await register('admin8@example.com');
    const tenant = await createTenant(owner, 'team-eight');
    const refreshToken = await joinWithSession(tenant, owner, admin, 'admin8@example.com', 'admin');
    const stale = userContext(admin, tenant, 'admin');
    const key = await createKey(stale, ['settings:write', 'members:manage', 'audit:read']);
    subgraph.announced.length = 0;
    const mAdmin = await membershipOf(tenant, admin);
    expect(
      (await call(userContext(owner, tenant, 'owner'), REMOVE, { id: mAdmin.id })).errors,
    ).toBeUndefined();

    // What a removed member's live access token would still carry if the gateway did not check.
    const attempts = [
      call(stale, CREATE_KEY, { input: { name: 'backdoor', scopes: ['settings:write', 'members:manage'] } }),
      call(stale, INVITE, { input: { email: 'accomplice8@example.com', role: 'ADMIN' } }),
      call(stale, 'mutation { upsertRegion(input: { code: "x", locale: "en", currency: "USD" }) { code } }'),
      call(stale, 'mutation { setTenantSecret(input: { name: "smtp-password", value: "x" }) { id } }'),
      call(stale, 'mutation { addDomain(host: "evil8.example.com") { id } }'),
    ];
    for (const attempt of await Promise.all(attempts)) {
      expect(attempt.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'MEMBERSHIP_ENDED',
      });
    }
    expect(await revokedKeyIds(tenant, owner)).toEqual([key.apiKey.id]);
    expect(subgraph.announced).toEqual(
      expect.arrayContaining([
        { event: 'apikey-revoked', message: hashOf(key.secret) },
        { event: 'membership-changed', message: `${tenant}:${admin}` },
      ]),
    );
    const refreshed = await call(userContext(admin, null, null), REFRESH, { t: refreshToken });
    expect(code(refreshed.errors)).toBe('UNAUTHENTICATED');
    const pending = await call<{ invitations: { edges: unknown[] } }>(
      userContext(owner, tenant, 'owner'),
      '{ invitations { edges { node { id } } } }',
    );
    expect(pending.data.invitations.edges).toEqual([]);
  });

  it('leaves a demoted Admin only Editor rights: keys beyond Editor revoked, the rest kept, sessions ended', async () => {
    const owner = await register('owner9@example.com');
    const admin = await register('admin9@example.com');
    const tenant = await createTenant(owner, 'team-nine');
    const refreshToken = await joinWithSession(tenant, owner, admin, 'admin9@example.com', 'admin');
    const stale = userContext(admin, tenant, 'admin');
    const adminKey = await createKey(stale, ['content:read', 'members:manage']);
    const editorKey = await createKey(stale, ['content:read', 'catalog:write']);
    const mAdmin = await membershipOf(tenant, admin);
    subgraph.announced.length = 0;
    const demoted = await call(userContext(owner, tenant, 'owner'), CHANGE_ROLE, {
      id: mAdmin.id,
      role: 'EDITOR',
    });
    expect(demoted.errors).toBeUndefined();

    const mint = await call(stale, CREATE_KEY, { input: { name: 'again', scopes: ['content:read'] } });
    expect(code(mint.errors)).toBe('FORBIDDEN');
    const invite = await call(stale, INVITE, {
      input: { email: 'friend9@example.com', role: 'CONTRIBUTOR' },
    });
    expect(code(invite.errors)).toBe('FORBIDDEN');
    expect(await revokedKeyIds(tenant, owner)).toEqual([adminKey.apiKey.id]);
    expect(subgraph.announced).toEqual(
      expect.arrayContaining([
        { event: 'apikey-revoked', message: hashOf(adminKey.secret) },
        { event: 'membership-changed', message: `${tenant}:${admin}` },
      ]),
    );
    expect(subgraph.announced).not.toContainEqual({
      event: 'apikey-revoked',
      message: hashOf(editorKey.secret),
    });
    expect(code((await call(userContext(admin, null, null), REFRESH, { t: refreshToken })).errors)).toBe(
      'UNAUTHENTICATED',
    );
    const audit = await subgraph.fixtures.query<{ detail: { sessionsRevoked: number } }>(
      `select detail from auth.audit_event where tenant_id = $1 and action = 'member.role-changed'`,
      [tenant],
    );
    expect(audit.rows[0]!.detail).toMatchObject({ from: 'admin', to: 'editor', sessionsRevoked: 1 });
  });

  it("refuses narrowing an invitation or a member to another tenant's site (BAD_USER_INPUT on siteIds)", async () => {
    const owner = await register('owner10@example.com');
    const editor = await register('editor10@example.com');
    const stranger = await register('stranger10@example.com');
    const tenant = await createTenant(owner, 'team-ten');
    const other = await createTenant(stranger, 'team-ten-other');
    const mine = '00000000-0000-4000-8000-0000000000a1';
    const theirs = '00000000-0000-4000-8000-0000000000b1';
    sitesOf.set(tenant, new Set([mine]));
    sitesOf.set(other, new Set([theirs]));
    const foreign = await call(userContext(owner, tenant, 'owner'), INVITE, {
      input: { email: 'editor10@example.com', role: 'EDITOR', siteIds: [mine, theirs] },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteIds' });
    expect(foreign.errors?.[0]?.message).toContain(theirs);
    await join(tenant, owner, editor, 'editor10@example.com', 'editor', [mine]);
    const mEditor = await membershipOf(tenant, editor);
    const narrowed = await call(
      userContext(owner, tenant, 'owner'),
      'mutation($id: ID!, $sites: [ID!]) { setMemberSites(membershipId: $id, siteIds: $sites) { siteIds } }',
      { id: mEditor.id, sites: [theirs] },
    );
    expect(narrowed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteIds' });
    const stored = await subgraph.fixtures.query<{ site_ids: string[] }>(
      'select site_ids from auth.membership where id = $1',
      [mEditor.id],
    );
    expect(stored.rows[0]!.site_ids).toEqual([mine]);
  });

  it('issues no token for a suspended tenant (login, refresh, switchTenant, invitations), and again once reactivated', async () => {
    const PASSWORD = 'correct horse battery';
    const { auth } = subgraph.service.parts;
    const { user } = await auth.register(userContext(null as never, null, null), {
      email: 'owner11@example.com',
      password: PASSWORD,
      name: 'Owner',
    });
    const invitee = await register('invitee11@example.com');
    const tenant = await createTenant(user.id, 'team-eleven');
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
    const login = () =>
      call<{ login: { refreshToken: string } }>(userContext(user.id, null, null), LOGIN, {
        input: { email: 'owner11@example.com', password: PASSWORD, tenantSlug: 'team-eleven' },
      });
    const session = await login();
    expect(session.errors).toBeUndefined();
    await call(userContext(user.id, tenant, 'owner'), INVITE, {
      input: { email: 'invitee11@example.com', role: 'EDITOR' },
    });
    const invitation = lastToken();
    await subgraph.fixtures.query(`update auth.tenant set status = 'suspended' where id = $1`, [tenant]);

    const suspended = { code: 'FORBIDDEN', reason: 'TENANT_SUSPENDED' };
    expect((await login()).errors?.[0]?.extensions).toMatchObject(suspended);
    const refused = await call(userContext(user.id, null, null), REFRESH, {
      t: session.data.login.refreshToken,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject(suspended);
    const switched = await call(
      userContext(user.id, null, null),
      'mutation { switchTenant(tenantSlug: "team-eleven") { accessToken } }',
    );
    expect(switched.errors?.[0]?.extensions).toMatchObject(suspended);
    const joined = await call(userContext(invitee, null, null), ACCEPT, { token: invitation });
    expect(joined.errors?.[0]?.extensions).toMatchObject(suspended);

    // Reactivated: the same session refreshes again (the refused refresh did not spend its token).
    await subgraph.fixtures.query(`update auth.tenant set status = 'active' where id = $1`, [tenant]);
    const again = await call(userContext(user.id, null, null), REFRESH, {
      t: session.data.login.refreshToken,
    });
    expect(again.errors).toBeUndefined();
    expect(
      (await call(userContext(invitee, null, null), ACCEPT, { token: invitation })).errors,
    ).toBeUndefined();
  });
});
