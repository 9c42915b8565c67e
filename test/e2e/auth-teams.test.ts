/**
 * Privilege escalation from the attacker's side, through the gateway with real tokens:
 * self-promotion, a Contributor publishing, a site-narrowed Editor publishing elsewhere, a member of
 * tenant A acting in tenant B, removing the last Owner, accepting someone else's invitation, and a
 * removed or demoted Admin still holding a live access token, a refresh token and API keys.
 * Every refusal is followed by a check that nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { JobPayloads, JobQueue } from '../../core/jobs.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { AuthFixtures } from '../support/auth-fixtures.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';
import { bearer, createAccount, gql } from './support.js';

let database: TestDatabase;
let stack: RunningStack;
let url: string;
let fixtures: AuthFixtures;
let enqueue: MockInstance<JobQueue['enqueue']>;

beforeAll(async () => {
  database = await createTestDatabase();
  stack = await startStack(testConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL }), {
    freePorts: true,
    seed: false,
  });
  url = stack.gatewayUrl;
  // The invitation email is the only place the token exists: read it where the auth service sends it.
  enqueue = vi.spyOn(stack.jobs, 'enqueue');
  fixtures = await AuthFixtures.connect(database.url);
});

afterAll(async () => {
  await fixtures?.close();
  await stack?.close();
  await database?.drop();
});

type Errors = { message: string; extensions?: { code?: string; field?: string } }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await gql<T>(url, query, variables, headers);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data as T;
}

/** Signs up through the gateway like a person (the emailed link): an account-level token. */
async function account(email: string): Promise<string> {
  return (await createAccount(stack, { email, name: email })).accessToken;
}

/** Signs up and creates a tenant: a token bound to it as Owner. */
async function owner(email: string, slug: string): Promise<string> {
  const data = await ok<{ createTenant: { accessToken: string } }>(
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken } }`,
    { input: { slug, name: slug, starterSite: false } },
    bearer(await account(email)),
  );
  // Room for a team: the free plan's member limit is tested with the billing tests.
  await fixtures.setPlan(slug, 'business');
  return data.createTenant.accessToken;
}

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { accessToken refreshToken } }`;
const MEMBERS = `{ members(first: 50) { edges { node { id role user { email } } } } }`;
const PUBLISH = `mutation($id: ID!) { publishPage(id: $id) { id status } }`;
const DRAFT = `query($id: ID!) { draftPage(id: $id) { status } }`;

function invitationTokenFor(email: string): string {
  const call = enqueue.mock.calls.findLast(
    ([name, payload]) => name === 'email.send' && (payload as JobPayloads['email.send']).to === email,
  );
  expect(call, `an invitation email to ${email}`).toBeDefined();
  return (call![1] as JobPayloads['email.send']).data.token!;
}

async function invite(ownerToken: string, email: string, role: string, siteIds?: string[]) {
  await ok(INVITE, { input: { email, role, siteIds } }, bearer(ownerToken));
  return invitationTokenFor(email);
}

/** A member's live tokens: the access token and the refresh token of its session in the tenant. */
async function memberSession(ownerToken: string, email: string, role: string, siteIds?: string[]) {
  const accountToken = await account(email);
  const token = await invite(ownerToken, email, role, siteIds);
  const data = await ok<{ acceptInvitation: { accessToken: string; refreshToken: string } }>(
    ACCEPT,
    { token },
    bearer(accountToken),
  );
  return data.acceptInvitation;
}

async function member(ownerToken: string, email: string, role: string, siteIds?: string[]) {
  return (await memberSession(ownerToken, email, role, siteIds)).accessToken;
}

async function members(token: string) {
  const data = await ok<{
    members: { edges: { node: { id: string; role: string; user: { email: string } } }[] };
  }>(MEMBERS, {}, bearer(token));
  return data.members.edges.map((e) => e.node);
}

async function site(token: string, name: string): Promise<string> {
  const data = await ok<{ createSite: { id: string } }>(
    `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`,
    { input: { name } },
    bearer(token),
  );
  return data.createSite.id;
}

async function draft(token: string, siteId: string, path: string): Promise<string> {
  const data = await ok<{ savePage: { id: string } }>(
    `mutation($input: SavePageInput!) { savePage(input: $input) { id } }`,
    {
      input: {
        siteId,
        path,
        title: path,
        tree: { content: [{ type: 'Heading', props: { text: path, level: 1 } }] },
      },
    },
    bearer(token),
  );
  return data.savePage.id;
}

async function statusOf(ownerToken: string, pageId: string): Promise<string> {
  return (await ok<{ draftPage: { status: string } }>(DRAFT, { id: pageId }, bearer(ownerToken))).draftPage
    .status;
}

describe('privilege escalation through the gateway', () => {
  let ownerA: string;
  let ownerB: string;
  let siteA1: string;
  let siteA2: string;

  beforeAll(async () => {
    ownerA = await owner('owner-a@example.com', 'esc-tenant-a');
    ownerB = await owner('owner-b@example.com', 'esc-tenant-b');
    siteA1 = await site(ownerA, 'A one');
    siteA2 = await site(ownerA, 'A two');
  });

  it('refuses an Editor promoting itself', async () => {
    const editor = await member(ownerA, 'editor-a@example.com', 'EDITOR');
    const self = (await members(ownerA)).find((m) => m.user.email === 'editor-a@example.com')!;
    const res = await gql(
      url,
      `mutation($id: ID!) { changeMemberRole(membershipId: $id, role: ADMIN) { role } }`,
      { id: self.id },
      bearer(editor),
    );
    expect(code(res.body.errors)).toBe('FORBIDDEN');
    const invited = await gql(
      url,
      INVITE,
      { input: { email: 'sock@example.com', role: 'OWNER' } },
      bearer(editor),
    );
    expect(code(invited.body.errors)).toBe('FORBIDDEN');
    expect((await members(ownerA)).find((m) => m.id === self.id)!.role).toBe('EDITOR');
  });

  it('refuses a Contributor publishing: the page stays a draft', async () => {
    const contributor = await member(ownerA, 'contrib-a@example.com', 'CONTRIBUTOR');
    const page = await draft(contributor, siteA1, '/contributed');
    const res = await gql(url, PUBLISH, { id: page }, bearer(contributor));
    expect(code(res.body.errors)).toBe('FORBIDDEN');
    expect(await statusOf(ownerA, page)).toBe('DRAFT');
  });

  it('lets an Editor of site A1 publish there and refuses site A2, changing nothing', async () => {
    const editor = await member(ownerA, 'site-editor@example.com', 'EDITOR', [siteA1]);
    const me = await ok<{ me: { siteIds: string[]; onA2: string[] } }>(
      `query($s: ID!) { me { siteIds onA2: permissionsOnSite(siteId: $s) } }`,
      { s: siteA2 },
      bearer(editor),
    );
    expect(me.me).toEqual({ siteIds: [siteA1], onA2: [] });
    const onA1 = await draft(ownerA, siteA1, '/a1');
    const onA2 = await draft(ownerA, siteA2, '/a2');
    const published = await ok<{ publishPage: { status: string } }>(PUBLISH, { id: onA1 }, bearer(editor));
    expect(published.publishPage.status).toBe('PUBLISHED');
    const refused = await gql(url, PUBLISH, { id: onA2 }, bearer(editor));
    expect(code(refused.body.errors)).toBe('FORBIDDEN');
    expect(await statusOf(ownerA, onA2)).toBe('DRAFT');
    const edit = await gql(
      url,
      `mutation($input: SavePageInput!) { savePage(input: $input) { id } }`,
      { input: { siteId: siteA2, path: '/sneaky', title: 'x', tree: { content: [] } } },
      bearer(editor),
    );
    expect(code(edit.body.errors)).toBe('FORBIDDEN');
  });

  it("refuses a member of tenant A acting in tenant B, with A's token or an account token", async () => {
    const bMembers = await members(ownerB);
    const bOwner = bMembers[0]!;
    const accountOfA = await account('roamer-a@example.com');
    // Each attempt with the permission tenant B would ask of a member.
    const attempts = [
      [INVITE, { input: { email: 'spy@example.com', role: 'OWNER' } }, 'members:manage'],
      [
        `mutation($id: ID!) { changeMemberRole(membershipId: $id, role: CONTRIBUTOR) { id } }`,
        { id: bOwner.id },
        'members:manage',
      ],
      [`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: bOwner.id }, 'members:manage'],
      ['{ auditEvents { edges { node { action } } } }', {}, 'audit:read'],
      ['{ members { edges { node { id } } } }', {}, 'members:read'],
    ] as const;
    for (const [query, variables, permission] of attempts) {
      // A's token names tenant A: the gateway refuses the conflicting header before any resolver runs.
      const withTokenOfA = await gql(url, query, variables, {
        ...bearer(ownerA),
        'x-tenant': 'esc-tenant-b',
      });
      expect(withTokenOfA.body.data ?? null, query).toBeNull();
      expect(withTokenOfA.body.errors?.[0], query).toMatchObject({
        message: expect.stringMatching(/^The request's tenant sources conflict: /),
        extensions: { code: 'FORBIDDEN' },
      });
      // An account token (no tenant) in tenant B: not a member, so no permission there.
      const withAccount = await gql(url, query, variables, {
        ...bearer(accountOfA),
        'x-tenant': 'esc-tenant-b',
      });
      expect(withAccount.body.data ?? null, query).toBeNull();
      expect(withAccount.body.errors?.[0], query).toMatchObject({
        message: `Missing permission ${permission}`,
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(await members(ownerB)).toEqual(bMembers);
    const pending = await ok<{ invitations: { edges: unknown[] } }>(
      '{ invitations { edges { node { id } } } }',
      {},
      bearer(ownerB),
    );
    expect(pending.invitations.edges).toEqual([]);
  });

  it('refuses removing or demoting the last Owner with CONFLICT', async () => {
    const self = (await members(ownerB))[0]!;
    const res = await gql(
      url,
      `mutation($id: ID!) { removeMember(membershipId: $id) }`,
      { id: self.id },
      bearer(ownerB),
    );
    expect(code(res.body.errors)).toBe('CONFLICT');
    expect(res.body.errors?.[0]?.message).toMatch(/Owner/);
    expect((await members(ownerB))[0]).toEqual(self);
  });

  it('refuses an invitation accepted by the wrong account or after it expired', async () => {
    const intended = await account('intended@example.com');
    const intruder = await account('intruder@example.com');
    const token = await invite(ownerB, 'intended@example.com', 'ADMIN');
    const wrong = await gql(url, ACCEPT, { token }, bearer(intruder));
    expect(code(wrong.body.errors)).toBe('FORBIDDEN');
    await fixtures.query(
      `update auth.invitation set expires_at = now() - interval '1 second' where email = 'intended@example.com'`,
    );
    const expired = await gql(url, ACCEPT, { token }, bearer(intended));
    expect(expired.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await members(ownerB)).map((m) => m.user.email)).toEqual(['owner-b@example.com']);
    const audit = await ok<{ auditEvents: { edges: { node: { action: string } }[] } }>(
      '{ auditEvents { edges { node { action } } } }',
      {},
      bearer(ownerB),
    );
    expect(audit.auditEvents.edges.map((e) => e.node.action)).toContain('member.invited');
    expect(audit.auditEvents.edges.map((e) => e.node.action)).not.toContain('member.joined');
  });
});

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
const PRODUCTS = '{ products(first: 100) { edges { node { title } } } }';
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;

describe('removed and demoted members with live tokens', () => {
  let ownerR: string;
  let siteR: string;
  beforeAll(async () => {
    ownerR = await owner('owner-r@example.com', 'revoke-tenant');
    siteR = await site(ownerR, 'R one');
  });

  async function keyOf(token: string, scopes: string[]): Promise<string> {
    return (
      await ok<{ createApiKey: { secret: string } }>(
        CREATE_KEY,
        { input: { name: 'k', scopes } },
        bearer(token),
      )
    ).createApiKey.secret;
  }

  it('refuses every write of a removed Admin in every subgraph, revokes their keys, and ends their session', async () => {
    const admin = await memberSession(ownerR, 'removed-admin@example.com', 'ADMIN');
    const key = await keyOf(admin.accessToken, [
      'settings:write',
      'members:manage',
      'audit:read',
      'catalog:write',
    ]);
    expect(
      (await gql(url, '{ auditEvents { edges { node { action } } } }', {}, bearer(key))).body.errors,
    ).toBeUndefined();
    const self = (await members(ownerR)).find((m) => m.user.email === 'removed-admin@example.com')!;
    await ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: self.id }, bearer(ownerR));

    // The removed Admin's access token is still within its 15 minutes.
    const live = bearer(admin.accessToken);
    const attempts: [string, Record<string, unknown>][] = [
      [
        CREATE_KEY,
        { input: { name: 'backdoor', scopes: ['settings:write', 'members:manage', 'audit:read'] } },
      ],
      [INVITE, { input: { email: 'new-admin@example.com', role: 'ADMIN' } }],
      [
        `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`,
        { input: { name: 'Mine now' } },
      ],
      [
        `mutation($input: SavePageInput!) { savePage(input: $input) { id } }`,
        { input: { siteId: siteR, path: '/defaced', title: 'x', tree: { content: [] } } },
      ],
      [CREATE_PRODUCT, { input: { title: 'Rogue', priceAmount: 100, currency: 'USD' } }],
    ];
    for (const [query, variables] of attempts) {
      const res = await gql(url, query, variables, live);
      expect(res.body.data ?? null, query).toBeNull();
      expect(res.body.errors?.[0]?.extensions, query).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'MEMBERSHIP_ENDED',
      });
    }
    // Their key is revoked with them; their session cannot refresh.
    expect(code((await gql(url, PRODUCTS, {}, bearer(key))).body.errors)).toBe('UNAUTHENTICATED');
    expect(code((await gql(url, REFRESH, { t: admin.refreshToken })).body.errors)).toBe('UNAUTHENTICATED');

    // Nothing changed.
    expect((await members(ownerR)).map((m) => m.user.email)).toEqual(['owner-r@example.com']);
    const state = await ok<{
      invitations: { edges: unknown[] };
      sites: { edges: unknown[] };
      products: { edges: unknown[] };
      apiKeys: { edges: { node: { revokedAt: string | null } }[] };
    }>(
      `{ invitations { edges { node { id } } } sites { edges { node { id } } } ${PRODUCTS.slice(1, -1)}
         apiKeys { edges { node { revokedAt } } } }`,
      {},
      bearer(ownerR),
    );
    expect(state.invitations.edges).toEqual([]);
    expect(state.sites.edges).toHaveLength(1);
    expect(state.products.edges).toEqual([]);
    expect(state.apiKeys.edges.every((e) => e.node.revokedAt !== null)).toBe(true);
  });

  it('leaves a demoted Admin exactly Editor rights: over-scoped keys revoked, the session ended', async () => {
    const admin = await memberSession(ownerR, 'demoted-admin@example.com', 'ADMIN');
    const adminKey = await keyOf(admin.accessToken, ['members:manage', 'catalog:read']);
    const editorKey = await keyOf(admin.accessToken, ['catalog:read', 'catalog:write']);
    const self = (await members(ownerR)).find((m) => m.user.email === 'demoted-admin@example.com')!;
    await ok(
      `mutation($id: ID!) { changeMemberRole(membershipId: $id, role: EDITOR) { role } }`,
      { id: self.id },
      bearer(ownerR),
    );

    const live = bearer(admin.accessToken);
    const me = await ok<{ me: { role: string; permissions: string[] } }>(
      '{ me { role permissions } }',
      {},
      live,
    );
    expect(me.me.role).toBe('EDITOR');
    expect(me.me.permissions).not.toContain('members:manage');
    for (const [query, variables] of [
      [INVITE, { input: { email: 'crony@example.com', role: 'EDITOR' } }],
      [CREATE_KEY, { input: { name: 'again', scopes: ['catalog:read'] } }],
      [
        `mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }`,
        { input: { name: 'Nope' } },
      ],
    ] as const) {
      const res = await gql(url, query, variables, live);
      expect(code(res.body.errors), query).toBe('FORBIDDEN');
    }
    // What an Editor may do still works, in the cms and in commerce.
    expect(
      (await gql(url, CREATE_PRODUCT, { input: { title: 'Fair', priceAmount: 100, currency: 'USD' } }, live))
        .body.errors,
    ).toBeUndefined();
    expect(
      (
        await gql(
          url,
          `mutation($input: SavePageInput!) { savePage(input: $input) { id } }`,
          { input: { siteId: siteR, path: '/fair', title: 'Fair', tree: { content: [] } } },
          live,
        )
      ).body.errors,
    ).toBeUndefined();
    expect(code((await gql(url, PRODUCTS, {}, bearer(adminKey))).body.errors)).toBe('UNAUTHENTICATED');
    expect((await gql(url, PRODUCTS, {}, bearer(editorKey))).body.errors).toBeUndefined();
    expect(code((await gql(url, REFRESH, { t: admin.refreshToken })).body.errors)).toBe('UNAUTHENTICATED');
    expect((await members(ownerR)).find((m) => m.id === self.id)!.role).toBe('EDITOR');
  });

  it("refuses inviting someone narrowed to another tenant's site", async () => {
    const otherOwner = await owner('owner-s@example.com', 'sites-other');
    const theirs = await site(otherOwner, 'Theirs');
    const res = await gql(
      url,
      INVITE,
      { input: { email: 'narrow@example.com', role: 'EDITOR', siteIds: [siteR, theirs] } },
      bearer(ownerR),
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteIds' });
    const pending = await ok<{ invitations: { edges: unknown[] } }>(
      '{ invitations { edges { node { id } } } }',
      {},
      bearer(ownerR),
    );
    expect(pending.invitations.edges).toEqual([]);
  });
});
