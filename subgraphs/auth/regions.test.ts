import { describe, expect, it } from 'vitest';
import { setUpAuthSubgraph } from '../../test/support/auth-subgraph.js';
import { anonymousContext, userContext } from '../../test/support/env.js';

const subgraph = setUpAuthSubgraph({
  config: { PLATFORM_HOSTS: 'localhost,webhaze.test' },
  deps: { jobs: { enqueue: async () => {} } },
  listen: ['tenant-changed', 'pages-changed'],
});
const { call, announced } = subgraph;

const REGION = 'code locale currency pathPrefix hosts countries consentRequired isDefault';
const LIST = `{ regions { ${REGION} } }`;
const UPSERT = `mutation($input: RegionInput!) { upsertRegion(input: $input) { ${REGION} } }`;
const DELETE = 'mutation($code: String!) { deleteRegion(code: $code) }';
const SET_DEFAULT = `mutation($code: String!) { setDefaultRegion(code: $code) { ${REGION} } }`;

interface Region {
  code: string;
  locale: string;
  currency: string;
  pathPrefix: string | null;
  hosts: string[];
  countries: string[];
  consentRequired: boolean;
  isDefault: boolean;
}

/** A tenant with an Owner, one verified custom domain and the stock `default` region. */
async function tenantWithOwner(slug: string, hosts: string[] = []) {
  const userId = await subgraph.fixtures.user(`${slug}@example.com`);
  const tenantId = await subgraph.fixtures.tenant(userId, slug);
  await subgraph.fixtures.query(
    `update auth.tenant set hosts = $2::jsonb, regions = $3::jsonb where id = $1`,
    [
      tenantId,
      JSON.stringify(hosts),
      JSON.stringify([
        {
          code: 'default',
          locale: 'en-US',
          currency: 'USD',
          pathPrefix: null,
          hosts: [],
          countries: [],
          consentRequired: false,
        },
      ]),
    ],
  );
  return { userId, tenantId, owner: userContext(userId, tenantId, 'owner') };
}

/** The stored row, straight from the table (RLS bypassed): what a failed call must leave alone. */
async function stored(tenantId: string): Promise<{ regions: Region[]; default_region: string }> {
  const { rows } = await subgraph.fixtures.query<{ regions: Region[]; default_region: string }>(
    'select regions, default_region from auth.tenant where id = $1',
    [tenantId],
  );
  return rows[0]!;
}

const de = {
  code: 'de',
  locale: 'de-de',
  currency: 'eur',
  pathPrefix: '/DE',
  countries: ['de', 'at'],
  consentRequired: true,
};

describe('region management', () => {
  it('creates, replaces and lists regions in canonical form, audits and announces each change', async () => {
    const { owner, tenantId } = await tenantWithOwner('regions-one', ['shop.one.example']);
    announced.length = 0;
    const created = await call<{ upsertRegion: Region }>(owner, UPSERT, { input: de });
    expect(created.errors).toBeUndefined();
    expect(created.data.upsertRegion).toEqual({
      code: 'de',
      locale: 'de-DE',
      currency: 'EUR',
      pathPrefix: '/de',
      hosts: [],
      countries: ['DE', 'AT'],
      consentRequired: true,
      isDefault: false,
    });
    const ch = await call<{ upsertRegion: Region }>(owner, UPSERT, {
      input: { code: 'ch', locale: 'de-CH', currency: 'CHF', hosts: ['Shop.One.Example'] },
    });
    expect(ch.data.upsertRegion).toMatchObject({ hosts: ['shop.one.example'], pathPrefix: null });

    // Same code again: replaced in place, omitted fields reset.
    const replaced = await call<{ upsertRegion: Region }>(owner, UPSERT, {
      input: { code: 'de', locale: 'de', currency: 'EUR', pathPrefix: '/de' },
    });
    expect(replaced.data.upsertRegion).toMatchObject({ locale: 'de', countries: [], consentRequired: false });

    const list = await call<{ regions: Region[] }>(owner, LIST);
    expect(list.data.regions.map((r) => [r.code, r.locale, r.isDefault])).toEqual([
      ['default', 'en-US', true],
      ['de', 'de', false],
      ['ch', 'de-CH', false],
    ]);
    expect((await stored(tenantId)).regions).toHaveLength(3);

    // Every change tells the gateways to drop the tenant (directory) and its cached pages (hreflang).
    expect(announced.filter((a) => a.event === 'tenant-changed' && a.message === tenantId)).toHaveLength(3);
    expect(announced.filter((a) => a.event === 'pages-changed' && a.message === tenantId)).toHaveLength(3);
    const { rows } = await subgraph.fixtures.query<{ action: string; target: string }>(
      'select action, target from auth.audit_event where tenant_id = $1 order by created_at, id',
      [tenantId],
    );
    expect(rows.filter((r) => r.action === 'region.saved').map((r) => r.target)).toEqual(
      expect.arrayContaining(['de', 'ch']),
    );
  });

  it('refuses invalid input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const { owner, tenantId } = await tenantWithOwner('regions-two', ['shop.two.example']);
    expect((await call(owner, UPSERT, { input: de })).errors).toBeUndefined();
    const before = await stored(tenantId);
    const base = { code: 'fr', locale: 'fr-FR', currency: 'EUR' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ code: 'FR FR' }, 'code', /lowercase letters/],
      [{ code: 'a'.repeat(17) }, 'code', /16/],
      [{ locale: 'french' }, 'locale', /BCP 47/],
      [{ locale: 'en-u-ca-gregory' }, 'locale', /BCP 47/],
      [{ locale: 'fr_FR' }, 'locale', /BCP 47/],
      [{ currency: 'EURO' }, 'currency', /ISO 4217/],
      [{ currency: 'XYZ' }, 'currency', /ISO 4217/],
      [{ pathPrefix: 'fr' }, 'pathPrefix', /one path segment/],
      [{ pathPrefix: '/fr/paris' }, 'pathPrefix', /one path segment/],
      [{ pathPrefix: '/graphql' }, 'pathPrefix', /used by WebHaze/],
      // Review finding: every gateway route prefix is reserved, not just some.
      ...[
        '/collect',
        '/editor',
        '/cart',
        '/checkout',
        '/files',
        '/uploads',
        '/webhooks',
        '/health',
        '/s',
      ].map((pathPrefix): [Record<string, unknown>, string, RegExp] => [
        { pathPrefix },
        'pathPrefix',
        /used by WebHaze/,
      ]),
      [{ locale: 'und' }, 'locale', /BCP 47/],
      [{ locale: 'und-DE' }, 'locale', /BCP 47/],
      [{ locale: 'qaa' }, 'locale', /BCP 47/],
      [{ locale: 'qtz-FR' }, 'locale', /BCP 47/],
      [{ pathPrefix: '/de' }, 'pathPrefix', /already belongs to region de/],
      [{ hosts: ['shop.two.example', 'not a host'] }, 'hosts.1', /fully-qualified/],
      [{ hosts: ['fr.webhaze.test'] }, 'hosts.0', /belongs to WebHaze/],
      [{ hosts: ['unverified.two.example'] }, 'hosts.0', /not a verified domain of this tenant/],
      [{ countries: ['FR', 'XX'] }, 'countries.1', /ISO 3166-1/],
      [{ countries: ['UK'] }, 'countries.0', /ISO 3166-1/],
      [{ countries: ['fr', 'at'] }, 'countries.1', /AT already belongs to region de/],
    ];
    for (const [patch, field, message] of cases) {
      const res = await call(owner, UPSERT, { input: { ...base, ...patch } });
      expect(res.errors?.[0]?.extensions, JSON.stringify(patch)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
      expect(res.errors?.[0]?.message, JSON.stringify(patch)).toMatch(message);
    }
    // A host used by one region cannot select another.
    expect(
      (await call(owner, UPSERT, { input: { ...base, hosts: ['shop.two.example'] } })).errors,
    ).toBeUndefined();
    const clash = await call(owner, UPSERT, {
      input: { code: 'be', locale: 'fr-BE', currency: 'EUR', hosts: ['shop.two.example'] },
    });
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hosts.0' });
    expect(clash.errors?.[0]?.message).toMatch(/already belongs to region fr/);
    const after = await stored(tenantId);
    expect(after.regions.map((r) => r.code)).toEqual([...before.regions.map((r) => r.code), 'fr']);
    expect(after.default_region).toBe('default');
  });

  it('keeps the default region: it cannot be deleted until another one is the default', async () => {
    const { owner, tenantId } = await tenantWithOwner('regions-three');
    await call(owner, UPSERT, { input: de });
    const refused = await call(owner, DELETE, { code: 'default' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await call(owner, DELETE, { code: 'nowhere' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await call(owner, SET_DEFAULT, { code: 'nowhere' })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await stored(tenantId)).regions.map((r) => r.code)).toEqual(['default', 'de']);

    const made = await call<{ setDefaultRegion: Region }>(owner, SET_DEFAULT, { code: 'de' });
    expect(made.data.setDefaultRegion).toMatchObject({ code: 'de', isDefault: true });
    const deleted = await call<{ deleteRegion: boolean }>(owner, DELETE, { code: 'default' });
    expect(deleted.data.deleteRegion).toBe(true);
    expect(await stored(tenantId)).toMatchObject({ default_region: 'de', regions: [{ code: 'de' }] });
    // The directory the gateways read answers with the new regions.
    const entry = await subgraph.service.parts.auth.directoryLookup({ id: tenantId });
    expect(entry).toMatchObject({ defaultRegion: 'de', regions: [{ code: 'de', locale: 'de-DE' }] });
  });
});

describe('region permissions', () => {
  it('lets members with settings:read list and only settings:write change regions', async () => {
    const { userId, tenantId } = await tenantWithOwner('regions-perm');
    const before = await stored(tenantId);
    for (const role of ['editor', 'contributor'] as const) {
      const ctx = userContext(userId, tenantId, role);
      const list = await call<{ regions: Region[] }>(ctx, LIST);
      expect(list.data.regions.map((r) => r.code)).toEqual(['default']);
      for (const [query, variables] of [
        [UPSERT, { input: de }],
        [DELETE, { code: 'default' }],
        [SET_DEFAULT, { code: 'default' }],
      ] as const) {
        const res = await call(ctx, query, variables);
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect((await call(anonymousContext(tenantId), LIST)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const admin = userContext(userId, tenantId, 'admin');
    expect((await call(admin, UPSERT, { input: de })).errors).toBeUndefined();
    expect((await stored(tenantId)).regions).toHaveLength(before.regions.length + 1);
  });

  it("never touches another tenant's regions or claims its hosts (attacker's side)", async () => {
    const victim = await tenantWithOwner('regions-victim', ['shop.victim.example']);
    await call(victim.owner, UPSERT, { input: { ...de, hosts: ['shop.victim.example'] } });
    const before = await stored(victim.tenantId);
    const attacker = await tenantWithOwner('regions-attacker');

    expect((await call(attacker.owner, DELETE, { code: 'de' })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await call(attacker.owner, SET_DEFAULT, { code: 'de' })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const claim = await call(attacker.owner, UPSERT, {
      input: { code: 'x', locale: 'en', currency: 'USD', hosts: ['shop.victim.example'] },
    });
    expect(claim.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hosts.0' });
    // The attacker's own list shows nothing of the victim's.
    const list = await call<{ regions: Region[] }>(attacker.owner, LIST);
    expect(list.data.regions.map((r) => r.code)).toEqual(['default']);
    // A same-code region in the attacker's tenant is its own, not the victim's.
    expect((await call(attacker.owner, UPSERT, { input: { ...de, locale: 'fr' } })).errors).toBeUndefined();
    expect(await stored(victim.tenantId)).toEqual(before);
  });
});
