import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { internalContext, type RequestContext } from '../../core/context.js';
import { createEventBus } from '../../core/events.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startAnalyticsSubgraph } from './subgraph.js';

/**
 * Privacy as a draft (services/privacy-drafts.ts, ADR 0059): what visitors get of the analytics
 * settings changes only on publish; versions, rollback, the deprecated direct update joining the
 * history, and the tenant boundary from the attacker's side.
 */

const tenantA = randomUUID();
const tenantB = randomUUID();
const adminId = randomUUID();
const adminA = userContext(adminId, tenantA, 'admin');
const contributorA = userContext(randomUUID(), tenantA, 'contributor');
const ownerB = userContext(randomUUID(), tenantB, 'owner');
const rendererA = internalContext('cms', tenantA);

const subgraph = setUpTestSubgraph((config) => startAnalyticsSubgraph(config, { port: 0 }));
const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
  subgraph.gql(query, variables, ctx);
const codeOf = (res: Awaited<ReturnType<typeof gql>>) => errorOf(res).extensions?.code;

const SETTINGS =
  'clarityProjectId clarityEnabled consentMode consentRegions firstPartyAnalytics consentBanners { region title }';
const DRAFT = `query { privacyDraft { version updatedBy settings { ${SETTINGS} } } }`;
const SAVE = `mutation($input: PrivacyDraftInput!, $v: Int) {
  savePrivacyDraft(input: $input, expectedVersion: $v) { version updatedBy settings { ${SETTINGS} } } }`;
const DISCARD = 'mutation($v: Int) { discardPrivacyDraft(expectedVersion: $v) }';
const PUBLISH = `mutation($v: Int) { publishPrivacyDraft(expectedVersion: $v) {
  version restoredFrom publishedBy settings { ${SETTINGS} } } }`;
const ROLL_BACK = `mutation($n: Int!, $v: Int) { rollBackPrivacy(version: $n, expectedVersion: $v) {
  version restoredFrom settings { ${SETTINGS} } } }`;
const VERSIONS = `query($first: Int, $after: String) { privacyVersions(first: $first, after: $after) {
  edges { node { version restoredFrom settings { clarityEnabled consentMode } } } pageInfo { hasNextPage endCursor } } }`;
const POLICY = `query($r: String, $draft: Boolean) { analyticsPolicy(region: $r, draft: $draft) {
  injectClarity consentRequired showBanner } }`;
const LIVE = `query { analyticsSettings { ${SETTINGS} retentionDays } }`;
const UPDATE =
  'mutation($input: UpdateAnalyticsSettingsInput!) { updateAnalyticsSettings(input: $input) { clarityEnabled } }';

interface Policy {
  injectClarity: boolean;
  consentRequired: boolean;
  showBanner: boolean;
}
interface VersionsOut {
  edges: {
    node: {
      version: number;
      restoredFrom: number | null;
      settings: { clarityEnabled: boolean; consentMode: string };
    };
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const policyOf = async (ctx: RequestContext, draft = false) =>
  ok<Policy>(await gql(POLICY, { r: 'eu', draft }, ctx), 'analyticsPolicy');
const versionsOf = async (ctx: RequestContext, first = 20, after?: string) =>
  ok<VersionsOut>(await gql(VERSIONS, { first, after }, ctx), 'privacyVersions');

const CLARITY_ON = { clarityProjectId: 'abcdef12', clarityEnabled: true, consentMode: 'ALWAYS' };

describe('privacy as a draft', () => {
  it('keeps a draft from visitors: the live policy stays, the draft policy previews it', async () => {
    const draft = ok<{ version: number; updatedBy: string; settings: Record<string, unknown> }>(
      await gql(SAVE, { input: CLARITY_ON, v: 0 }, adminA),
      'savePrivacyDraft',
    );
    expect(draft).toMatchObject({ version: 1, updatedBy: `user:${adminId}` });
    expect(draft.settings).toMatchObject({ ...CLARITY_ON, firstPartyAnalytics: false });
    expect(await policyOf(rendererA)).toEqual({
      injectClarity: false,
      consentRequired: false,
      showBanner: false,
    });
    expect(await policyOf(adminA, true)).toEqual({
      injectClarity: true,
      consentRequired: true,
      showBanner: true,
    });
    expect(
      ok<{ clarityEnabled: boolean }>(await gql(LIVE, {}, adminA), 'analyticsSettings').clarityEnabled,
    ).toBe(false);
  });

  it('refuses a stale or inconsistent draft, keeping what was saved', async () => {
    expect(codeOf(await gql(SAVE, { input: { firstPartyAnalytics: true }, v: 0 }, adminA))).toBe('CONFLICT');
    const bad = errorOf(await gql(SAVE, { input: { clarityProjectId: null }, v: 1 }, adminA));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clarityEnabled' });
    const regions = errorOf(await gql(SAVE, { input: { consentMode: 'REQUIRED_IN_REGIONS' }, v: 1 }, adminA));
    expect(regions.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentRegions' });
    const kept = ok<{ version: number; settings: Record<string, unknown> }>(
      await gql(DRAFT, {}, adminA),
      'privacyDraft',
    );
    expect(kept).toMatchObject({ version: 1, settings: CLARITY_ON });
  });

  it('publishes the draft as the next version, live at once, and purges the cached pages', async () => {
    const bus = createEventBus(subgraph.config, 'privacy-test');
    const heard: string[] = [];
    await bus.subscribe('pages-changed', (tenantId) => heard.push(tenantId));
    try {
      expect(codeOf(await gql(PUBLISH, { v: 3 }, adminA))).toBe('CONFLICT');
      const published = ok<{ version: number; restoredFrom: number | null; publishedBy: string }>(
        await gql(PUBLISH, { v: 0 }, adminA),
        'publishPrivacyDraft',
      );
      expect(published).toMatchObject({ version: 1, restoredFrom: null, publishedBy: `user:${adminId}` });
      expect(heard).toEqual([tenantA]);
      expect(await policyOf(rendererA)).toEqual({
        injectClarity: true,
        consentRequired: true,
        showBanner: true,
      });
      expect(ok(await gql(DRAFT, {}, adminA), 'privacyDraft')).toBeNull();
      expect(codeOf(await gql(PUBLISH, { v: 1 }, adminA))).toBe('BAD_USER_INPUT');
    } finally {
      await bus.close();
    }
  });

  it('discards a draft without touching what is live', async () => {
    ok(await gql(SAVE, { input: { clarityEnabled: false }, v: 0 }, adminA), 'savePrivacyDraft');
    expect(codeOf(await gql(DISCARD, { v: 4 }, adminA))).toBe('CONFLICT');
    expect(ok<boolean>(await gql(DISCARD, { v: 1 }, adminA), 'discardPrivacyDraft')).toBe(true);
    expect(ok<boolean>(await gql(DISCARD, {}, adminA), 'discardPrivacyDraft')).toBe(false);
    expect((await policyOf(rendererA)).injectClarity).toBe(true);
  });

  it('records a deprecated direct update of what visitors get as a version, but not a retention change', async () => {
    ok(await gql(UPDATE, { input: { retentionDays: 30 } }, adminA), 'updateAnalyticsSettings');
    expect((await versionsOf(adminA)).edges).toHaveLength(1);
    ok(await gql(UPDATE, { input: { consentMode: 'NONE' } }, adminA), 'updateAnalyticsSettings');
    const { edges } = await versionsOf(adminA);
    expect(edges.map((e) => [e.node.version, e.node.settings.consentMode])).toEqual([
      [2, 'NONE'],
      [1, 'ALWAYS'],
    ]);
  });

  it('lists versions in pages and rolls back by publishing a copy, keeping the draft', async () => {
    const first = await versionsOf(adminA, 1);
    expect(first.edges.map((e) => e.node.version)).toEqual([2]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect((await versionsOf(adminA, 1, first.pageInfo.endCursor!)).edges.map((e) => e.node.version)).toEqual(
      [1],
    );
    ok(await gql(SAVE, { input: { firstPartyAnalytics: true }, v: 0 }, adminA), 'savePrivacyDraft');
    expect(codeOf(await gql(ROLL_BACK, { n: 1, v: 1 }, adminA))).toBe('CONFLICT');
    expect(codeOf(await gql(ROLL_BACK, { n: 42, v: 2 }, adminA))).toBe('NOT_FOUND');
    const restored = ok<{ version: number; restoredFrom: number }>(
      await gql(ROLL_BACK, { n: 1, v: 2 }, adminA),
      'rollBackPrivacy',
    );
    expect(restored).toMatchObject({ version: 3, restoredFrom: 1 });
    expect((await policyOf(rendererA)).consentRequired).toBe(true);
    const live = ok<{ retentionDays: number; firstPartyAnalytics: boolean }>(
      await gql(LIVE, {}, adminA),
      'analyticsSettings',
    );
    expect(live).toMatchObject({ retentionDays: 30, firstPartyAnalytics: false });
    expect(ok<{ version: number }>(await gql(DRAFT, {}, adminA), 'privacyDraft').version).toBe(1);
  });

  it('is refused to a role without settings:write and to visitors', async () => {
    expect(codeOf(await gql(SAVE, { input: { clarityEnabled: false } }, contributorA))).toBe('FORBIDDEN');
    expect(codeOf(await gql(PUBLISH, {}, contributorA))).toBe('FORBIDDEN');
    expect(codeOf(await gql(ROLL_BACK, { n: 1 }, contributorA))).toBe('FORBIDDEN');
    expect(codeOf(await gql(DISCARD, {}, contributorA))).toBe('FORBIDDEN');
    expect(codeOf(await gql(DRAFT, {}, anonymousContext(tenantA)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(VERSIONS, {}, anonymousContext(tenantA)))).toBe('UNAUTHENTICATED');
  });

  it("never shows, publishes or rolls back another tenant's privacy settings", async () => {
    expect(ok(await gql(DRAFT, {}, ownerB), 'privacyDraft')).toBeNull();
    expect((await versionsOf(ownerB)).edges).toEqual([]);
    expect(codeOf(await gql(PUBLISH, {}, ownerB))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(ROLL_BACK, { n: 1 }, ownerB))).toBe('NOT_FOUND');
    expect(ok<boolean>(await gql(DISCARD, {}, ownerB), 'discardPrivacyDraft')).toBe(false);
    // B's draft policy is B's live defaults, never A's draft.
    expect(await policyOf(ownerB, true)).toEqual({
      injectClarity: false,
      consentRequired: false,
      showBanner: false,
    });
    // B's own publish leaves A alone.
    ok(await gql(SAVE, { input: { firstPartyAnalytics: true }, v: 0 }, ownerB), 'savePrivacyDraft');
    expect(ok<{ version: number }>(await gql(PUBLISH, { v: 0 }, ownerB), 'publishPrivacyDraft').version).toBe(
      1,
    );
    expect((await versionsOf(adminA)).edges).toHaveLength(3);
    expect(ok<{ version: number }>(await gql(DRAFT, {}, adminA), 'privacyDraft').version).toBe(1);
  });
});
