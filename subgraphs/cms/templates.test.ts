import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import {
  anonymousContext,
  callSubgraph,
  createTestDatabase,
  type TestDatabase,
  testConfig,
  userContext,
} from '../../test/support/env.js';
import { startCmsSubgraph } from './subgraph.js';

let database: TestDatabase;
let config: Config;
let service: Awaited<ReturnType<typeof startCmsSubgraph>>;
let sql: pg.Client;

const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const bob = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const visitorB = anonymousContext(tenantB);

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
const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext): Promise<Result> =>
  callSubgraph(service.url, query, variables, { ctx, secret: config.contextSecret });

function ok<T>(res: Result, field: string): T {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field] as T;
}
function errorOf(res: Result) {
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  return res.body.errors![0]! as { message: string; extensions?: { code?: string } };
}

interface PageResult {
  id: string;
  path: string;
  title: string;
  status: string;
  templateId: string | null;
  version: number;
  tree: { content: { type: string; props: Record<string, unknown> }[] };
}

const TEMPLATES = '{ templates { id name description previewTokens { css } } }';
const CREATE_SITE = 'mutation($name: String!) { createSite(input: { name: $name }) { id } }';
const CREATE = `mutation($t: ID!, $s: ID, $p: String!, $title: String!) {
  createPageFromTemplate(templateId: $t, siteId: $s, path: $p, title: $title) { id path title status templateId version tree }
}`;
const PUBLISH = 'mutation($id: ID!) { publishPage(id: $id) { id status } }';
const PAGE = 'query($p: String!) { page(path: $p) { templateId html } }';
const SET_TENANT = 'mutation($d: JSON!) { setTenantTokens(document: $d) { version } }';

const RED = { colorSpace: 'srgb', components: [1, 0, 0], hex: '#ff0000' };

describe('page templates through the cms subgraph', () => {
  let siteId: string;

  it('lists the templates publicly, with their tokens resolved for the tenant', async () => {
    const templates = ok<{ id: string; name: string; description: string; previewTokens: { css: string } }[]>(
      await gql(TEMPLATES, {}, visitorA),
      'templates',
    );
    expect(templates.map((t) => t.id)).toEqual(['blog', 'landing', 'product']);
    const landing = templates.find((t) => t.id === 'landing')!;
    expect(landing.name).toBe('Landing page');
    expect(landing.previewTokens.css).toContain('--wh-color-brand-primary: #0f766e');
    expect(templates.find((t) => t.id === 'blog')!.previewTokens.css).toMatch(
      /--wh-font-family-heading: [^;]*Georgia/,
    );
  });

  it('creates a draft page from a template with placeholders filled and the template remembered', async () => {
    siteId = ok<{ id: string }>(await gql(CREATE_SITE, { name: 'Acme <Shop>' }, alice), 'createSite').id;
    const page = ok<PageResult>(
      await gql(CREATE, { t: 'landing', p: '/launch', title: 'Launch {{site.name}} day' }, alice),
      'createPageFromTemplate',
    );
    expect(page).toMatchObject({
      path: '/launch',
      title: 'Launch {{site.name}} day',
      status: 'DRAFT',
      templateId: 'landing',
      version: 1,
    });
    // The landing template has no header of its own (the site layout frames every page).
    const [hero] = page.tree.content;
    expect(hero!.type).toBe('Hero');
    // A placeholder inside the title is not expanded again.
    expect(hero!.props.title).toBe('Launch {{site.name}} day');
    expect(hero!.props.subtitle).toBe('Everything Acme <Shop> offers, in one place.');
    expect(JSON.stringify(page.tree).replaceAll(page.title, '')).not.toMatch(/\{\{(site|page)\./);
    const row = await sql.query('select template_id, tenant_id from cms.page where id = $1', [page.id]);
    expect(row.rows).toEqual([{ template_id: 'landing', tenant_id: tenantA }]);
  });

  it('refuses unknown templates, bad paths, taken paths and callers without content:write', async () => {
    const unknown = errorOf(await gql(CREATE, { t: 'nope', p: '/x', title: 'X' }, alice));
    expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.message).toContain('templateId');
    const badPath = errorOf(await gql(CREATE, { t: 'blog', p: 'no slash', title: 'X' }, alice));
    expect(badPath.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = errorOf(await gql(CREATE, { t: 'landing', p: '/long', title: 'x'.repeat(250) }, alice));
    expect(tooLong.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooLong.message).toMatch(/^tree\.content\[0\]\.props\.title: /);
    const taken = errorOf(await gql(CREATE, { t: 'blog', p: '/launch', title: 'X' }, alice));
    expect(taken.extensions?.code).toBe('CONFLICT');
    const visitor = errorOf(await gql(CREATE, { t: 'blog', p: '/v', title: 'X' }, visitorA));
    expect(visitor.extensions?.code).toBe('UNAUTHENTICATED');
    const otherTenantSite = errorOf(await gql(CREATE, { t: 'blog', s: siteId, p: '/b', title: 'X' }, bob));
    expect(otherTenantSite.extensions?.code).toBe('NOT_FOUND');
    const noSite = errorOf(await gql(CREATE, { t: 'blog', p: '/b', title: 'X' }, bob));
    expect(noSite.extensions?.code).toBe('BAD_USER_INPUT');
    const count = await sql.query('select count(*)::int as n from cms.page');
    expect(count.rows[0].n).toBe(1);
  });

  it("renders the page with the template's tokens, under the tenant's override", async () => {
    const launch = ok<PageResult>(
      await gql(CREATE, { t: 'landing', p: '/launch-2', title: 'Launch' }, alice),
      'createPageFromTemplate',
    );
    const blog = ok<PageResult>(
      await gql(CREATE, { t: 'blog', s: siteId, p: '/blog/hello', title: 'Hello' }, alice),
      'createPageFromTemplate',
    );
    ok(await gql(PUBLISH, { id: launch.id }, alice), 'publishPage');
    ok(await gql(PUBLISH, { id: blog.id }, alice), 'publishPage');

    // No tenant override: the template default is present.
    const before = ok<{ templateId: string; html: string }>(
      await gql(PAGE, { p: '/launch-2' }, visitorA),
      'page',
    );
    expect(before.templateId).toBe('landing');
    expect(before.html).toContain('--wh-color-brand-primary: #0f766e');
    expect(before.html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(before.html).toContain('<div class="wh-columns wh-columns--3 wh-columns--gap-large">');
    const blogBefore = ok<{ html: string }>(await gql(PAGE, { p: '/blog/hello' }, visitorA), 'page').html;
    expect(blogBefore).toMatch(/--wh-font-family-heading: [^;]*Georgia/);
    expect(blogBefore).toContain('--wh-color-brand-primary: #1d4ed8');

    // The tenant overrides the brand colour: it wins over the template default; the rest of the template stays.
    ok(
      await gql(SET_TENANT, { d: { color: { brand: { primary: { $type: 'color', $value: RED } } } } }, alice),
      'setTenantTokens',
    );
    const after = ok<{ html: string }>(await gql(PAGE, { p: '/launch-2' }, visitorA), 'page').html;
    expect(after).toContain('--wh-color-brand-primary: #ff0000');
    expect(after).not.toContain('#0f766e');
    const blogAfter = ok<{ html: string }>(await gql(PAGE, { p: '/blog/hello' }, visitorA), 'page').html;
    expect(blogAfter).toMatch(/--wh-font-family-heading: [^;]*Georgia/);
    expect(blogAfter).toContain('--wh-color-brand-primary: #ff0000');

    // Another tenant's visitors see neither the pages nor the override.
    expect(ok(await gql(PAGE, { p: '/launch-2' }, visitorB), 'page')).toBeNull();
  });
});
