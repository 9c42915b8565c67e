import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { TokenOverrideSchema } from './entities/cms.js';
import { startCmsSubgraph } from './subgraph.js';

let database: TestDatabase;
let config: Config;
let service: Awaited<ReturnType<typeof startCmsSubgraph>>;
let sql: pg.Client;

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorAInEu: RequestContext = { ...anonymousContext(tenantA), region: 'eu' };

beforeAll(async () => {
  database = await createTestDatabase();
  config = testConfig({ DATABASE_URL: database.url });
  service = await startCmsSubgraph(
    config,
    { enqueue: async () => {} },
    { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) },
  );
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await service?.close();
  await database?.drop();
});

type Result = Awaited<ReturnType<typeof callSubgraph>>;
interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; path?: string; layer?: string; problems?: unknown[] };
}

const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext): Promise<Result> =>
  callSubgraph(service.url, query, variables, { ctx, secret: config.contextSecret });

function ok<T>(res: Result, field: string): T {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field] as T;
}

function errorOf(res: Result): GqlError {
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  return res.body.errors![0]! as GqlError;
}

interface OverrideOut {
  scope: string;
  region: string | null;
  document: Record<string, unknown>;
  version: number;
  updatedAt: string;
}
interface TokensOut {
  css: string;
  tokens: { path: string; type: string; value: unknown; description: string | null; cssVariable: string }[];
}

const OVERRIDE = 'scope region document version updatedAt';
const SET_TENANT = `mutation($d: JSON!, $v: Int) { setTenantTokens(document: $d, expectedVersion: $v) { ${OVERRIDE} } }`;
const SET_REGION = `mutation($r: String!, $d: JSON!, $v: Int) {
  setRegionTokens(region: $r, document: $d, expectedVersion: $v) { ${OVERRIDE} } }`;
const OVERRIDES = `query { tenantTokenOverrides { ${OVERRIDE} } }`;
const TOKENS =
  'query($r: String) { designTokens(region: $r) { css tokens { path type value description cssVariable } } }';

const srgb = (r: number, g: number, b: number) => ({ colorSpace: 'srgb', components: [r, g, b] });
const primary = (value: unknown) => ({ color: { brand: { primary: { $value: value } } } });

const setTenant = (ctx: RequestContext, d: unknown, v?: number) => gql(SET_TENANT, { d, v }, ctx);
const setRegion = (ctx: RequestContext, r: string, d: unknown, v?: number) =>
  gql(SET_REGION, { r, d, v }, ctx);
const tokens = async (ctx: RequestContext, r?: string) =>
  ok<TokensOut>(await gql(TOKENS, { r }, ctx), 'designTokens');
const cssValue = (out: TokensOut, name: string) => new RegExp(`${name}: ([^;]+);`).exec(out.css)?.[1];

/** What is really stored, read as the database owner. */
async function stored(tenantId: string) {
  const { rows } = await sql.query(
    'select scope, document, version from cms.token_override where tenant_id = $1 order by scope',
    [tenantId],
  );
  return rows as { scope: string; document: unknown; version: number }[];
}

describe('design tokens: reading', () => {
  it('serves the global defaults to anyone, tenant or not', async () => {
    const out = await tokens(visitorA);
    expect(cssValue(out, '--wh-color-brand-primary')).toBe('#1d4ed8');
    expect(cssValue(out, '--wh-color-text-link')).toBe('#1d4ed8');
    const link = out.tokens.find((t) => t.path === 'color.text.link')!;
    expect(link).toMatchObject({ type: 'color', cssVariable: '--wh-color-text-link' });
    expect(link.value).toMatchObject({ colorSpace: 'srgb' });
    expect(out.tokens.map((t) => t.path)).toEqual([...out.tokens.map((t) => t.path)].sort());
    const noTenant = await tokens(anonymousContext(null));
    expect(noTenant.css).toBe(out.css);
  });

  it('refuses a malformed region code', async () => {
    const error = errorOf(await gql(TOKENS, { r: 'EU;}' }, visitorA));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('design tokens: overrides', () => {
  it('stores a tenant override, then a region override, and resolves global < tenant < region', async () => {
    const tenant = ok<OverrideOut>(
      await setTenant(
        alice,
        { ...primary(srgb(1, 0, 0)), font: { family: { body: { $value: ['Lato', 'serif'] } } } },
        0,
      ),
      'setTenantTokens',
    );
    expect(tenant).toMatchObject({ scope: 'tenant', region: null, version: 1 });
    const region = ok<OverrideOut>(
      await setRegion(alice, 'eu', { color: { brand: { secondary: { $value: '{color.brand.primary}' } } } }),
      'setRegionTokens',
    );
    expect(region).toMatchObject({ scope: 'region:eu', region: 'eu', version: 1 });

    const base = await tokens(visitorA);
    expect(cssValue(base, '--wh-color-brand-primary')).toBe('#ff0000');
    expect(cssValue(base, '--wh-color-text-link')).toBe('#ff0000'); // global alias sees the tenant value
    expect(cssValue(base, '--wh-color-brand-secondary')).toBe('#7c3aed'); // no region: the default
    expect(cssValue(base, '--wh-font-family-body')).toBe('"Lato", serif');
    const eu = await tokens(visitorA, 'eu');
    expect(cssValue(eu, '--wh-color-brand-secondary')).toBe('#ff0000');
    // The request's region is the default; a region without an override falls back to tenant values.
    expect(cssValue(await tokens(visitorAInEu), '--wh-color-brand-secondary')).toBe('#ff0000');
    expect(cssValue(await tokens(visitorA, 'us'), '--wh-color-brand-secondary')).toBe('#7c3aed');
    expect(cssValue(await tokens(visitorA, 'us'), '--wh-color-brand-primary')).toBe('#ff0000');

    const listed = ok<OverrideOut[]>(await gql(OVERRIDES, {}, carol), 'tenantTokenOverrides');
    expect(listed.map((o) => [o.scope, o.version])).toEqual([
      ['tenant', 1],
      ['region:eu', 1],
    ]);
    expect(listed[0]!.document).toEqual({
      ...primary(srgb(1, 0, 0)),
      font: { family: { body: { $value: ['Lato', 'serif'] } } },
    });
  });

  it('uses optimistic concurrency: a stale or missing-row expectation is a CONFLICT', async () => {
    const stale = errorOf(await setTenant(alice, primary(srgb(0, 0, 0)), 0));
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toContain('stored version is 1');
    const fresh = ok<OverrideOut>(await setTenant(alice, primary(srgb(0, 1, 0)), 1), 'setTenantTokens');
    expect(fresh.version).toBe(2);
    expect(errorOf(await setTenant(alice, primary(srgb(1, 0, 0)), 1)).extensions?.code).toBe('CONFLICT');
    const back = ok<OverrideOut>(await setTenant(alice, primary(srgb(1, 0, 0)), 2), 'setTenantTokens');
    expect(back.version).toBe(3);
  });

  it.each([
    [
      'a schema error',
      { size: { $type: 'dimension', $value: { value: 1, unit: 'em' } } },
      'size',
      /size: \$value\.unit must be one of "px", "rem"/,
    ],
    [
      'an unknown reference',
      primary('{color.brand.nope}'),
      'color.brand.primary',
      /\{color\.brand\.nope\} does not exist/,
    ],
    ['a type mismatch', primary('{font.size.md}'), 'color.brand.primary', /expected a color value/],
    ['a self-cycle', primary('{color.brand.primary}'), 'color.brand.primary', /alias cycle/],
    [
      'a name CSS cannot carry',
      { color: { Brand: { $type: 'color', $value: srgb(0, 0, 0) } } },
      'color.Brand',
      /lowercase/,
    ],
    ['a non-object document', [1, 2], 'document', /must be a JSON object/],
  ])(
    'refuses %s with BAD_USER_INPUT naming the path, storing nothing',
    async (_, document, path, message) => {
      const before = await stored(tenantA);
      const error = errorOf(await setTenant(alice, document));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
      if (path !== 'document') {
        expect(error.message.startsWith(`${path}:`)).toBe(true);
        expect(error.extensions?.path).toBe(path);
        expect(error.extensions?.layer).toBe('tenant');
      }
      expect(await stored(tenantA)).toEqual(before);
      expect(cssValue(await tokens(visitorA), '--wh-color-brand-primary')).toBe('#ff0000');
    },
  );

  it('refuses a cycle across layers: a tenant alias into a region-overridden token that aliases back', async () => {
    const region = ok<OverrideOut>(
      await setRegion(alice, 'de', { color: { text: { muted: { $value: '{color.brand.secondary}' } } } }),
      'setRegionTokens',
    );
    const before = await stored(tenantA);
    // Alone over the defaults this resolves (color.text.muted → neutral.500); under the de region it cycles.
    const error = errorOf(
      await setTenant(alice, { color: { brand: { secondary: { $value: '{color.text.muted}' } } } }),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^color\.brand\.secondary: alias cycle .*with the de region override/);
    expect(error.extensions?.path).toBe('color.brand.secondary');
    expect(error.extensions?.problems).toHaveLength(2);
    expect(await stored(tenantA)).toEqual(before);

    // The other direction: a region override closing a cycle with the tenant override.
    const tenantNow = (await stored(tenantA)).find((r) => r.scope === 'tenant')!;
    ok(
      await setTenant(
        alice,
        {
          color: {
            brand: { primary: { $value: srgb(1, 0, 0) } },
            text: { muted: { $value: '{color.brand.primary}' } },
          },
        },
        tenantNow.version,
      ),
      'setTenantTokens',
    );
    const cycle = errorOf(
      await setRegion(
        alice,
        'de',
        { color: { brand: { primary: { $value: '{color.text.muted}' } } } },
        region.version,
      ),
    );
    expect(cycle.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cycle.extensions?.path).toBe('color.brand.primary');
    expect(cycle.extensions?.layer).toBe('region');
    expect((await stored(tenantA)).find((r) => r.scope === 'region:de')?.version).toBe(1);
  });

  it('refuses bad region codes and oversized documents', async () => {
    const code = errorOf(await setRegion(alice, 'de/../x', {}));
    expect(code.extensions?.code).toBe('BAD_USER_INPUT');
    const huge = {
      pad: {
        $description: 'x'.repeat(900),
        ...Object.fromEntries(
          Array.from({ length: 100 }, (_, i) => [
            `t${i}`,
            { $type: 'number', $value: i, $description: 'y'.repeat(700) },
          ]),
        ),
      },
    };
    const big = errorOf(await setTenant(alice, huge));
    expect(big.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.message).toMatch(/larger than/);
  });

  it('requires settings:write to change overrides and settings:read to list them', async () => {
    expect(errorOf(await setTenant(carol, primary(srgb(0, 0, 0)))).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await setRegion(carol, 'eu', primary(srgb(0, 0, 0)))).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(OVERRIDES, {}, visitorA)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('design tokens: template layer (service API)', () => {
  it('puts template defaults between the global defaults and the tenant override', async () => {
    const template = {
      color: { brand: { primary: { $value: srgb(0, 0, 1) }, secondary: { $value: srgb(0, 1, 0) } } },
      hero: { $type: 'dimension', height: { $value: { value: 480, unit: 'px' } } },
    };
    const out = await service.tokens.designTokens(visitorA, null, { templateTokens: template });
    const css = (name: string) => new RegExp(`${name}: ([^;]+);`).exec(out.css)?.[1];
    expect(css('--wh-color-brand-primary')).toBe('#ff0000'); // tenant override beats the template
    expect(css('--wh-color-brand-secondary')).toBe('#00ff00'); // template beats the global default
    expect(css('--wh-hero-height')).toBe('480px');
    // A broken template layer is skipped rather than breaking the page.
    const broken = await service.tokens.designTokens(visitorA, null, {
      templateTokens: { color: { brand: { secondary: { $value: '{nope}' } } } },
    });
    const brokenCss = (name: string) => new RegExp(`${name}: ([^;]+);`).exec(broken.css)?.[1];
    expect(brokenCss('--wh-color-brand-secondary')).toBe('#7c3aed');
    expect(brokenCss('--wh-color-brand-primary')).toBe('#ff0000');
  });
});

describe('design tokens: tenant isolation', () => {
  it("keeps tenant A's overrides away from tenant B, through the API and under RLS", async () => {
    expect(ok<OverrideOut[]>(await gql(OVERRIDES, {}, mallory), 'tenantTokenOverrides')).toEqual([]);
    expect(cssValue(await tokens(anonymousContext(tenantB), 'eu'), '--wh-color-brand-primary')).toBe(
      '#1d4ed8',
    );
    // B's own first write is version 1 and leaves A's rows alone.
    const beforeA = await stored(tenantA);
    expect(
      ok<OverrideOut>(await setTenant(mallory, primary(srgb(0, 0, 1)), 0), 'setTenantTokens').version,
    ).toBe(1);
    expect(await stored(tenantA)).toEqual(beforeA);
    expect(cssValue(await tokens(visitorA), '--wh-color-brand-primary')).toBe('#ff0000');
    // Even without the ORM filter, RLS hides A's rows from a transaction of tenant B.
    const seen = await withTenant(service.db, { tenantId: tenantB }, (em) =>
      em.find(TokenOverrideSchema, {}, { filters: { tenant: false } }),
    );
    expect(seen.map((r) => r.tenantId)).toEqual([tenantB]);
  });
});

describe('design tokens: rendering', () => {
  it("renders published pages with the tenant's resolved tokens", async () => {
    const site = ok<{ id: string }>(
      await gql('mutation { createSite(input: { name: "Tokens" }) { id } }', {}, alice),
      'createSite',
    );
    const page = ok<{ id: string }>(
      await gql(
        'mutation($input: SavePageInput!) { savePage(input: $input) { id } }',
        {
          input: {
            siteId: site.id,
            path: '/tokens',
            title: 'T',
            tree: { content: [{ type: 'Button', props: { label: 'Go', href: '/' } }] },
          },
        },
        alice,
      ),
      'savePage',
    );
    ok(
      await gql('mutation($id: ID!) { publishPage(id: $id) { id } }', { id: page.id }, alice),
      'publishPage',
    );
    const html = ok<{ html: string }>(
      await gql('query($s: ID) { page(path: "/tokens", siteId: $s) { html } }', { s: site.id }, visitorA),
      'page',
    ).html;
    expect(html).toContain('--wh-color-brand-primary: #ff0000;');
    expect(html).toContain('.wh-button--primary{background:var(--wh-color-brand-primary)');
  });
});

describe('design tokens: live preview of an unsaved document', () => {
  const tenantP = randomUUID();
  const paula = userContext(randomUUID(), tenantP, 'owner');
  const petra = userContext(randomUUID(), tenantP, 'contributor');
  const PREVIEW =
    'query($d: JSON!, $r: String) { previewDesignTokens(document: $d, region: $r) { css tokens { path type value } } }';
  const preview = (ctx: RequestContext, d: unknown, r?: string) => gql(PREVIEW, { d, r }, ctx);

  it('resolves an alias chain through the unsaved document over the stored overrides, storing nothing', async () => {
    ok(
      await setTenant(paula, {
        color: {
          brand: {
            primary: { $value: srgb(0, 0.5, 0) },
            tertiary: { $type: 'color', $value: '{color.brand.primary}' },
          },
        },
      }),
      'setTenantTokens',
    );
    ok(
      await setRegion(paula, 'eu', { color: { text: { muted: { $value: srgb(0, 0, 0) } } } }),
      'setRegionTokens',
    );
    const before = await stored(tenantP);
    const publicBefore = (await tokens(anonymousContext(tenantP))).css;

    // Tenant scope: the unsaved document replaces the stored tenant override; its alias chain
    // secondary → tertiary → primary resolves (tertiary is only in the stored, replaced document: gone).
    const tenantDoc = {
      color: {
        brand: {
          primary: { $value: srgb(1, 0, 0) },
          secondary: { $value: '{color.text.link}' },
        },
      },
    };
    const out = ok<TokensOut>(await preview(paula, tenantDoc), 'previewDesignTokens');
    expect(cssValue(out, '--wh-color-brand-primary')).toBe('#ff0000');
    expect(cssValue(out, '--wh-color-text-link')).toBe('#ff0000');
    expect(cssValue(out, '--wh-color-brand-secondary')).toBe('#ff0000');
    expect(out.tokens.find((t) => t.path === 'color.brand.tertiary')).toBeUndefined();
    expect(out.tokens.find((t) => t.path === 'color.brand.secondary')?.value).toMatchObject({
      colorSpace: 'srgb',
      components: [1, 0, 0],
    });

    // Region scope: the unsaved region document over the STORED tenant override (its tertiary alias).
    const regional = ok<TokensOut>(
      await preview(paula, { color: { brand: { secondary: { $value: '{color.brand.tertiary}' } } } }, 'eu'),
      'previewDesignTokens',
    );
    expect(cssValue(regional, '--wh-color-brand-secondary')).toBe('#008000');
    expect(cssValue(regional, '--wh-color-brand-primary')).toBe('#008000');
    // The stored eu document is replaced: its muted colour is back to the default.
    const storedEu = await tokens(anonymousContext(tenantP), 'eu');
    expect(cssValue(storedEu, '--wh-color-text-muted')).toBe('#000000');
    expect(cssValue(regional, '--wh-color-text-muted')).not.toBe('#000000');

    expect(await stored(tenantP)).toEqual(before);
    expect((await tokens(anonymousContext(tenantP))).css).toBe(publicBefore);
  });

  it('reports a cycle at its token path exactly like a save would, storing nothing', async () => {
    const before = await stored(tenantP);
    const cyclic = {
      color: {
        brand: {
          primary: { $value: '{color.brand.secondary}' },
          secondary: { $value: '{color.brand.primary}' },
        },
      },
    };
    const previewed = errorOf(await preview(paula, cyclic));
    const saved = errorOf(await setTenant(paula, cyclic));
    expect(previewed.extensions?.code).toBe('BAD_USER_INPUT');
    expect(previewed.message).toMatch(/alias cycle/);
    expect(previewed.extensions?.path).toMatch(/^color\.brand\.(primary|secondary)$/);
    expect(previewed.message.startsWith(`${previewed.extensions?.path}:`)).toBe(true);
    // The same answer a save gives (the stack trace aside, which names the calling method).
    const { stacktrace: _a, ...previewedExt } = previewed.extensions as Record<string, unknown>;
    const { stacktrace: _b, ...savedExt } = saved.extensions as Record<string, unknown>;
    expect(previewed.message).toBe(saved.message);
    expect(previewedExt).toEqual(savedExt);
    // A tenant document that cycles only under a stored region override is refused too, as on save.
    ok(
      await setRegion(paula, 'de', { color: { text: { muted: { $value: '{color.brand.secondary}' } } } }),
      'setRegionTokens',
    );
    const underRegion = errorOf(
      await preview(paula, { color: { brand: { secondary: { $value: '{color.text.muted}' } } } }),
    );
    expect(underRegion.extensions?.path).toBe('color.brand.secondary');
    expect(underRegion.message).toMatch(/with the de region override/);
    // Region scope: the cycle closes across the stored tenant override.
    const across = errorOf(
      await preview(
        paula,
        {
          color: {
            text: { link: { $value: '{color.brand.tertiary}' } },
            brand: { primary: { $value: '{color.text.link}' } },
          },
        },
        'eu',
      ),
    );
    expect(across.extensions).toMatchObject({ code: 'BAD_USER_INPUT', layer: 'region' });
    expect(across.message).toMatch(/alias cycle/);
    const after = await stored(tenantP);
    expect(after.filter((r) => r.scope !== 'region:de')).toEqual(before);
  });

  it('bounds the document and the region code like a save', async () => {
    const huge = {
      pad: Object.fromEntries(
        Array.from({ length: 100 }, (_, i) => [
          `t${i}`,
          { $type: 'number', $value: i, $description: 'y'.repeat(700) },
        ]),
      ),
    };
    const big = errorOf(await preview(paula, huge));
    expect(big.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.message).toMatch(/larger than/);
    expect(errorOf(await preview(paula, [1, 2])).message).toMatch(/must be a JSON object/);
    expect(errorOf(await preview(paula, {}, 'eu;}')).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is refused to a role without settings:write and to visitors, and never sees another tenant', async () => {
    const doc = { color: { brand: { secondary: { $value: '{color.brand.tertiary}' } } } };
    expect(errorOf(await preview(petra, doc)).extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await preview(anonymousContext(tenantP), doc)).extensions?.code).toBe('UNAUTHENTICATED');
    // Tenant A's owner previews a region document against A's stored tenant override, never P's:
    // P's `color.brand.tertiary` does not exist for A.
    const beforeP = await stored(tenantP);
    const other = errorOf(await preview(alice, doc, 'eu'));
    expect(other.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: 'color.brand.secondary' });
    expect(other.message).toMatch(/\{color\.brand\.tertiary\} does not exist/);
    expect(await stored(tenantP)).toEqual(beforeP);
    // ... and P's own owner resolves it over P's stored override.
    const own = ok<TokensOut>(await preview(paula, doc, 'eu'), 'previewDesignTokens');
    expect(cssValue(own, '--wh-color-brand-secondary')).toBe('#008000');
  });
});
