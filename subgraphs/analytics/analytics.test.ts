import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { internalContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { anonymousContext, callSubgraph, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { AnalyticsSettingsSchema } from './entities/analytics.js';
import { startAnalyticsSubgraph } from './subgraph.js';

const tenantA = randomUUID();
const tenantB = randomUUID();
const adminA = userContext(randomUUID(), tenantA, 'admin');
const editorA = userContext(randomUUID(), tenantA, 'editor');
const ownerB = userContext(randomUUID(), tenantB, 'owner');

const subgraph = setUpTestSubgraph((config) => startAnalyticsSubgraph(config, { port: 0 }));
const gql = subgraph.gql.bind(subgraph);

const READ = '{ analyticsSettings { clarityProjectId clarityEnabled updatedAt } }';
const UPDATE = `mutation($input: UpdateAnalyticsSettingsInput!) {
  updateAnalyticsSettings(input: $input) { clarityProjectId clarityEnabled updatedAt } }`;

async function storedRows() {
  const { rows } = await subgraph.sql.query(
    'select tenant_id, clarity_project_id, clarity_enabled from analytics.settings order by tenant_id',
  );
  return rows as { tenant_id: string; clarity_project_id: string | null; clarity_enabled: boolean }[];
}

describe('analytics subgraph', () => {
  it('refuses requests without a valid context (none, wrong secret, expired)', async () => {
    expect((await callSubgraph(subgraph.service.url, READ)).status).toBe(401);
    const forged = await callSubgraph(
      subgraph.service.url,
      UPDATE,
      { input: { clarityProjectId: 'abcdef12', clarityEnabled: true } },
      { ctx: adminA, secret: 'f'.repeat(64) },
    );
    expect(forged.status).toBe(401);
    const expired = await callSubgraph(
      subgraph.service.url,
      READ,
      {},
      { ctx: adminA, secret: subgraph.config.contextSecret, ttl: -120 },
    );
    expect(expired.status).toBe(401);
    expect(await storedRows()).toEqual([]);
  });

  it('returns defaults before anything is saved', async () => {
    expect(ok(await gql(READ, {}, adminA), 'analyticsSettings')).toEqual({
      clarityProjectId: null,
      clarityEnabled: false,
      updatedAt: new Date(0).toISOString(),
    });
  });

  it('refuses enabling Clarity without a project id and stores nothing', async () => {
    const res = await gql(UPDATE, { input: { clarityEnabled: true } }, adminA);
    expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clarityEnabled' });
    expect(await storedRows()).toEqual([]);
  });

  it('saves a project id and enables Clarity', async () => {
    const saved = ok<{ clarityProjectId: string; clarityEnabled: boolean }>(
      await gql(UPDATE, { input: { clarityProjectId: 'abc123xyz', clarityEnabled: true } }, adminA),
      'updateAnalyticsSettings',
    );
    expect(saved).toMatchObject({ clarityProjectId: 'abc123xyz', clarityEnabled: true });
    expect(ok(await gql(READ, {}, editorA), 'analyticsSettings')).toMatchObject(saved);
    expect(await storedRows()).toEqual([
      { tenant_id: tenantA, clarity_project_id: 'abc123xyz', clarity_enabled: true },
    ]);
  });

  for (const bad of [
    'ABC<script>',
    '"><script>alert(1)</script>',
    'ABCDEF12',
    'abc',
    'a'.repeat(17),
    "abc123');x//",
  ]) {
    it(`refuses the Clarity id ${JSON.stringify(bad)} with BAD_USER_INPUT and keeps the stored settings`, async () => {
      const before = await storedRows();
      const res = await gql(UPDATE, { input: { clarityProjectId: bad, clarityEnabled: true } }, adminA);
      const error = errorOf(res);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clarityProjectId' });
      expect(error.message).toMatch(/^clarityProjectId: /);
      expect(await storedRows()).toEqual(before);
    });
  }

  it('refuses removing the id while Clarity stays enabled, and allows disabling it with the removal', async () => {
    const before = await storedRows();
    const res = await gql(UPDATE, { input: { clarityProjectId: null } }, adminA);
    expect(errorOf(res).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await storedRows()).toEqual(before);
    const off = ok(
      await gql(UPDATE, { input: { clarityProjectId: null, clarityEnabled: false } }, adminA),
      'updateAnalyticsSettings',
    );
    expect(off).toMatchObject({ clarityProjectId: null, clarityEnabled: false });
    await gql(UPDATE, { input: { clarityProjectId: 'abc123xyz', clarityEnabled: true } }, adminA);
  });

  it('refuses updates to anonymous (UNAUTHENTICATED), editors and tenantless users (FORBIDDEN)', async () => {
    const before = await storedRows();
    const input = { clarityProjectId: 'evil1234', clarityEnabled: true };
    expect(errorOf(await gql(UPDATE, { input }, anonymousContext(tenantA))).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorOf(await gql(UPDATE, { input }, editorA)).extensions?.code).toBe('FORBIDDEN');
    expect(
      errorOf(await gql(UPDATE, { input }, userContext(randomUUID(), null, 'owner'))).extensions?.code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await gql(READ, {}, anonymousContext(tenantA))).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await storedRows()).toEqual(before);
  });

  it("never shows or changes A's settings from tenant B", async () => {
    const before = await storedRows();
    expect(ok(await gql(READ, {}, ownerB), 'analyticsSettings')).toMatchObject({
      clarityProjectId: null,
      clarityEnabled: false,
    });
    const mine = ok(
      await gql(UPDATE, { input: { clarityProjectId: 'bbbbbb22' } }, ownerB),
      'updateAnalyticsSettings',
    );
    expect(mine).toMatchObject({ clarityProjectId: 'bbbbbb22', clarityEnabled: false });
    const after = await storedRows();
    expect(after.find((r) => r.tenant_id === tenantA)).toEqual(before.find((r) => r.tenant_id === tenantA));
    expect(after).toHaveLength(2);
  });

  it("keeps A's row out of B's transaction even with the ORM filter off (RLS)", async () => {
    const seen = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.find(AnalyticsSettingsSchema, {}, { filters: false }),
    );
    expect(seen.map((s) => s.tenantId)).toEqual([tenantB]);
    await expect(
      withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
        em.execute(
          `update analytics.settings set clarity_project_id = 'pwned123' where tenant_id = '${tenantA}' returning 1`,
        ),
      ),
    ).resolves.toEqual([]);
    expect((await storedRows()).find((r) => r.tenant_id === tenantA)?.clarity_project_id).toBe('abc123xyz');
  });
});

const CONSENT = `mutation($input: UpdateAnalyticsSettingsInput!) {
  updateAnalyticsSettings(input: $input) {
    consentMode consentRegions firstPartyAnalytics
    consentBanners { region title body acceptLabel rejectLabel }
  } }`;
const POLICY = `query($region: String, $signals: VisitorSignals) {
  analyticsPolicy(region: $region, signals: $signals) {
    injectClarity clarityProjectId consentRequired consentState { adStorage analyticsStorage }
    showBanner banner { title body acceptLabel rejectLabel }
  } }`;

async function consentRow(tenantId: string) {
  const { rows } = await subgraph.sql.query(
    'select consent_mode, consent_regions, consent_banners from analytics.settings where tenant_id = $1',
    [tenantId],
  );
  return rows[0] as
    | { consent_mode: string; consent_regions: string[]; consent_banners: unknown[] }
    | undefined;
}

const banner = (over: Record<string, unknown> = {}) => ({
  region: 'eu',
  title: 'Cookies',
  body: 'We measure visits with Microsoft Clarity.',
  acceptLabel: 'Accept',
  rejectLabel: 'Reject',
  ...over,
});

describe('analytics consent settings and policy', () => {
  it('refuses REQUIRED_IN_REGIONS without regions, and bad region codes, keeping the stored row', async () => {
    const before = await consentRow(tenantA);
    const empty = errorOf(await gql(CONSENT, { input: { consentMode: 'REQUIRED_IN_REGIONS' } }, adminA));
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentRegions' });
    const bad = errorOf(
      await gql(CONSENT, { input: { consentMode: 'REQUIRED_IN_REGIONS', consentRegions: ['EU!'] } }, adminA),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentRegions.0' });
    const unknownMode = await gql(CONSENT, { input: { consentMode: 'SOMETIMES' } }, adminA);
    expect(errorOf(unknownMode)).toMatchObject({
      message: expect.stringContaining('Value "SOMETIMES" does not exist in "ConsentMode" enum.'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await consentRow(tenantA)).toEqual(before);
  });

  for (const [name, over, field] of [
    ['a title over 80 characters', { title: 't'.repeat(81) }, 'consentBanners.0.title'],
    ['a body over 600 characters', { body: 'b'.repeat(601) }, 'consentBanners.0.body'],
    ['a label over 30 characters', { acceptLabel: 'a'.repeat(31) }, 'consentBanners.0.acceptLabel'],
    ['markup in the body', { body: 'Hi <b>there</b>' }, 'consentBanners.0.body'],
    ['an empty reject label', { rejectLabel: '   ' }, 'consentBanners.0.rejectLabel'],
  ] as const) {
    it(`refuses banner texts with ${name}`, async () => {
      const before = await consentRow(tenantA);
      const res = await gql(CONSENT, { input: { consentBanners: [banner(over)] } }, adminA);
      expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await consentRow(tenantA)).toEqual(before);
    });
  }

  it('refuses two banners for one region', async () => {
    const res = await gql(
      CONSENT,
      { input: { consentBanners: [banner(), banner({ title: 'Again' })] } },
      adminA,
    );
    expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentBanners' });
  });

  it('saves the consent mode, regions and banners (texts trimmed) and reads them back', async () => {
    const saved = ok<Record<string, unknown>>(
      await gql(
        CONSENT,
        {
          input: {
            consentMode: 'REQUIRED_IN_REGIONS',
            consentRegions: ['eu', 'uk', 'eu'],
            consentBanners: [banner({ title: '  Cookies  ' }), banner({ region: null, title: 'Privacy' })],
            firstPartyAnalytics: true,
          },
        },
        adminA,
      ),
      'updateAnalyticsSettings',
    );
    expect(saved).toMatchObject({
      consentMode: 'REQUIRED_IN_REGIONS',
      consentRegions: ['eu', 'uk'],
      firstPartyAnalytics: true,
      consentBanners: [banner(), banner({ region: null, title: 'Privacy' })],
    });
    expect((await consentRow(tenantA))?.consent_mode).toBe('REQUIRED_IN_REGIONS');
  });

  it('answers the policy for the renderer (internal actor) per region and visitor signals', async () => {
    const internal = { ...internalContext('cms', tenantA), region: 'eu' };
    const eu = ok<Record<string, unknown>>(await gql(POLICY, {}, internal), 'analyticsPolicy');
    expect(eu).toEqual({
      injectClarity: true,
      clarityProjectId: 'abc123xyz',
      consentRequired: true,
      consentState: { adStorage: 'denied', analyticsStorage: 'denied' },
      showBanner: true,
      banner: { title: 'Cookies', body: banner().body, acceptLabel: 'Accept', rejectLabel: 'Reject' },
    });
    const granted = ok<Record<string, unknown>>(
      await gql(POLICY, { signals: { consent: 'GRANTED' } }, internal),
      'analyticsPolicy',
    );
    expect(granted).toMatchObject({ showBanner: false, consentState: { analyticsStorage: 'granted' } });
    const us = ok<Record<string, unknown>>(await gql(POLICY, { region: 'us' }, internal), 'analyticsPolicy');
    expect(us).toMatchObject({ injectClarity: true, consentRequired: false, showBanner: false });
    for (const signals of [{ gpc: true }, { optOut: true }]) {
      const off = ok<Record<string, unknown>>(await gql(POLICY, { signals }, internal), 'analyticsPolicy');
      expect(off).toMatchObject({ injectClarity: false, clarityProjectId: null, showBanner: false });
    }
  });

  it("never answers with A's id for tenant B, and refuses anonymous callers", async () => {
    const b = ok<Record<string, unknown>>(
      await gql(POLICY, {}, internalContext('cms', tenantB)),
      'analyticsPolicy',
    );
    expect(b).toMatchObject({ injectClarity: false, clarityProjectId: null });
    expect(errorOf(await gql(POLICY, {}, anonymousContext(tenantA))).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(ok(await gql(POLICY, {}, editorA), 'analyticsPolicy')).toMatchObject({ injectClarity: true });
  });
});
