import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withTenant } from '../../core/db.js';
import { InProcessJobQueue, type JobPayloads } from '../../core/jobs.js';
import { handlersOf } from '../../core/module.js';
import { createStorage } from '../../core/storage.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { userContext } from '../../test/support/env.js';
import { nextJobEvent } from '../../test/support/job-events.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { OnboardingSchema } from './entities/onboarding.js';
import { cmsModule } from './module.js';
import { startCmsSubgraph } from './subgraph.js';

/**
 * A new workspace's starter site and checklist (ADR 0060), with the real in-process job runner:
 * the `onboarding.starter-site` job builds the site once per tenant, named after the business, from
 * the sample theme's pages and menus; a retried job completes what is missing and never makes a
 * second site; a tenant that has a site is left alone; another tenant can neither see nor trigger
 * it; the cms's checklist facts tick as the workspace changes. Tests wait on the job's completion
 * event, never on time.
 */

const tenantA = randomUUID();
const tenantB = randomUUID();
const tenantDemo = randomUUID();
const alice = { ...userContext(randomUUID(), tenantA, 'owner'), tenantSlug: 'acme' };
const carol = { ...userContext(randomUUID(), tenantA, 'contributor'), tenantSlug: 'acme' };
const mallory = { ...userContext(randomUUID(), tenantB, 'owner'), tenantSlug: 'evil' };
const demoOwner = { ...userContext(randomUUID(), tenantDemo, 'owner'), tenantSlug: 'demo' };

let queue: InProcessJobQueue | undefined;
const subgraph = setUpTestSubgraph(async (config) => {
  const jobs = { enqueue: (...args: Parameters<InProcessJobQueue['enqueue']>) => queue!.enqueue(...args) };
  const running = await startCmsSubgraph(config, jobs, {
    port: 0,
    tenants: fixedTenantLookup({ plan: 'business' }),
  });
  // The cms module's own handlers over the running services, as `npm start` runs them.
  const handlers = handlersOf(
    cmsModule.jobs,
    cmsModule.jobParts(running, { config, storage: await createStorage(config) }),
  );
  queue = new InProcessJobQueue(
    { 'onboarding.starter-site': handlers['onboarding.starter-site'] },
    { attempts: 1, backoffMs: 10 },
    1,
  );
  await queue.start();
  return {
    url: running.url,
    running,
    close: async () => {
      await queue?.close();
      await running.close();
    },
  };
});
const gql = subgraph.gql.bind(subgraph);

const ONBOARDING = `{ onboarding { tenantId themeCustomised sitePublished domainConnected dismissedAt
  starterSite { status siteId homePageId error completedAt } } }`;
const BUILD = `mutation($name: String!) { buildStarterSite(businessName: $name) { starterSite { status } } }`;
const DISMISS = 'mutation { dismissOnboardingChecklist { dismissedAt } }';
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Onboarding { tenantId starterSite { status siteId } } } }`;
const SITES =
  '{ sites(first: 10) { edges { node { id name pages(first: 20) { edges { node { id path title status tree } } } } } } }';
const MENUS =
  'query($siteId: ID) { menus(siteId: $siteId) { edges { node { handle items { label link { kind pageId } } } } } }';

interface OnboardingOut {
  tenantId: string;
  themeCustomised: boolean;
  sitePublished: boolean;
  domainConnected: boolean;
  dismissedAt: string | null;
  starterSite: {
    status: string;
    siteId: string | null;
    homePageId: string | null;
    error: string | null;
    completedAt: string | null;
  };
}
interface SiteOut {
  id: string;
  name: string;
  pages: { edges: { node: { id: string; path: string; title: string; status: string; tree: unknown } }[] };
}

const payloadOf = (tenantId: string, tenantSlug: string, businessName: string, build = true) =>
  ({ tenantId, tenantSlug, businessName, build }) satisfies JobPayloads['onboarding.starter-site'];

/** Runs one build job and waits for its completion event. */
async function build(payload: JobPayloads['onboarding.starter-site'], jobId: string): Promise<void> {
  const done = nextJobEvent(queue!.events, 'completed', (_name, id) => id === jobId);
  await queue!.enqueue('onboarding.starter-site', payload, { jobId });
  await done;
}

const onboardingOf = async (ctx: typeof alice) =>
  ok<OnboardingOut>(await gql(ONBOARDING, {}, ctx), 'onboarding');
const sitesOf = async (ctx: typeof alice) =>
  ok<{ edges: { node: SiteOut }[] }>(await gql(SITES, {}, ctx), 'sites').edges.map((e) => e.node);

describe('starter site', () => {
  it('is queued until the job runs, then built once from the sample theme, named after the business', async () => {
    expect((await onboardingOf(alice)).starterSite).toMatchObject({ status: 'QUEUED', siteId: null });

    await build(payloadOf(tenantA, 'acme', 'Acme Pottery'), 'starter-site-a');

    const sites = await sitesOf(alice);
    expect(sites).toHaveLength(1);
    const site = sites[0]!;
    expect(site.name).toBe('Acme Pottery');
    const pages = site.pages.edges.map((e) => e.node);
    expect(pages.map((p) => p.path).sort()).toEqual(['/', '/about', '/contact', '/privacy']);
    // Drafts: the owner publishes once the words are theirs (ADR 0060).
    expect(new Set(pages.map((p) => p.status))).toEqual(new Set(['DRAFT']));
    const home = pages.find((p) => p.path === '/')!;
    expect(home.title).toBe('Acme Pottery');
    expect(JSON.stringify(home.tree)).toContain('Welcome to Acme Pottery');
    expect(JSON.stringify(home.tree)).not.toContain('{{');

    // The menus the theme's header (main) and footer (footer, legal) show link the pages by reference.
    const menus = ok<{
      edges: {
        node: { handle: string; items: { label: string; link: { kind: string; pageId: string | null } }[] };
      }[];
    }>(await gql(MENUS, { siteId: site.id }, alice), 'menus').edges.map((e) => e.node);
    const idOf = (path: string) => pages.find((p) => p.path === path)!.id;
    const byHandle = Object.fromEntries(menus.map((m) => [m.handle, m.items]));
    expect(Object.keys(byHandle).sort()).toEqual(['footer', 'legal', 'main']);
    expect(byHandle.main!.map((i) => i.link)).toEqual([
      { kind: 'ALL_PRODUCTS', pageId: null },
      { kind: 'PAGE', pageId: idOf('/about') },
      { kind: 'PAGE', pageId: idOf('/contact') },
    ]);
    expect(byHandle.legal!.map((i) => i.link.pageId)).toEqual([idOf('/privacy')]);

    // The header and footer section groups follow the sample theme (no override saved).
    const layout = ok<{
      header: { isDefault: boolean; content: { type: string }[] };
      footer: { isDefault: boolean };
    }>(
      await gql(
        'query($s: ID) { siteLayout(siteId: $s) { header { isDefault content } footer { isDefault } } }',
        { s: site.id },
        alice,
      ),
      'siteLayout',
    );
    expect(layout.header.isDefault).toBe(true);
    expect(layout.header.content.map((c) => c.type)).toContain('SiteHeader');
    expect(layout.footer.isDefault).toBe(true);

    expect((await onboardingOf(alice)).starterSite).toMatchObject({
      status: 'READY',
      siteId: site.id,
      homePageId: home.id,
      error: null,
    });
  });

  it('is idempotent: a retried or repeated job completes what is missing and never makes a second site', async () => {
    const [site] = await sitesOf(alice);
    const about = site!.pages.edges.find((e) => e.node.path === '/about')!.node.id;
    // A build that stopped half-way: the about page and the legal menu missing, the record still building.
    await subgraph.sql.query(
      "update cms.onboarding set status = 'building', completed_at = null where tenant_id = $1",
      [tenantA],
    );
    await subgraph.sql.query("delete from cms.menu where tenant_id = $1 and handle = 'legal'", [tenantA]);
    await subgraph.sql.query('delete from cms.page where id = $1', [about]);

    await build(payloadOf(tenantA, 'acme', 'Acme Pottery'), 'starter-site-a-retry');
    const sites = await sitesOf(alice);
    expect(sites.map((s) => s.id)).toEqual([site!.id]);
    expect(sites[0]!.pages.edges.map((e) => e.node.path).sort()).toEqual([
      '/',
      '/about',
      '/contact',
      '/privacy',
    ]);
    const { rows } = await subgraph.sql.query(
      'select handle from cms.menu where tenant_id = $1 order by handle',
      [tenantA],
    );
    expect(rows.map((r) => r.handle)).toEqual(['footer', 'legal', 'main']);

    // Once built, another run changes nothing.
    await build(payloadOf(tenantA, 'acme', 'Another Name'), 'starter-site-a-again');
    expect((await sitesOf(alice)).map((s) => [s.id, s.name])).toEqual([[site!.id, 'Acme Pottery']]);
    expect((await onboardingOf(alice)).starterSite.status).toBe('READY');
    expect(errorOf(await gql(BUILD, { name: 'Again' }, alice)).extensions?.code).toBe('CONFLICT');
  });

  it('leaves a tenant that already has a site alone (the demo seed)', async () => {
    ok(
      await gql('mutation { createSite(input: { name: "Demo store" }) { id } }', {}, demoOwner),
      'createSite',
    );
    await build(payloadOf(tenantDemo, 'demo', 'Demo store'), 'starter-site-demo');
    expect(await sitesOf(demoOwner)).toHaveLength(1);
    expect((await onboardingOf(demoOwner)).starterSite).toMatchObject({ status: 'SKIPPED', siteId: null });
  });

  it('builds none for a workspace created without one, until its owner asks for it', async () => {
    const tenantC = randomUUID();
    const owner = { ...userContext(randomUUID(), tenantC, 'owner'), tenantSlug: 'blank' };
    await build(payloadOf(tenantC, 'blank', 'Blank Slate', false), 'starter-site-c');
    expect(await sitesOf(owner)).toEqual([]);
    expect((await onboardingOf(owner)).starterSite).toMatchObject({ status: 'SKIPPED', siteId: null });

    const done = nextJobEvent(queue!.events, 'completed', (name) => name === 'onboarding.starter-site');
    ok(await gql(BUILD, { name: 'Blank Slate Studio' }, owner), 'buildStarterSite');
    await done;
    expect((await sitesOf(owner)).map((s) => s.name)).toEqual(['Blank Slate Studio']);
    expect((await onboardingOf(owner)).starterSite.status).toBe('READY');
  });

  it('is invisible to another tenant, who cannot trigger it either', async () => {
    const a = await onboardingOf(alice);
    // Mallory sees her own (not yet built) onboarding, never Acme's.
    const own = await onboardingOf(mallory);
    expect(own.tenantId).toBe(tenantB);
    expect(own.starterSite).toMatchObject({ status: 'QUEUED', siteId: null });
    // Federation's entry with Acme's tenant id resolves to nothing.
    const entities = ok<unknown[]>(
      await gql(ENTITIES, { reps: [{ __typename: 'Onboarding', tenantId: tenantA }] }, mallory),
      '_entities',
    );
    expect(entities).toEqual([null]);
    // Under RLS Mallory's scope reads no row of Acme's.
    const rows = await withTenant(subgraph.service.running.db, { tenantId: tenantB }, (em) =>
      em.find(OnboardingSchema, {}),
    );
    expect(rows).toEqual([]);

    // What she can trigger builds her own site only; a contributor of Acme cannot trigger anything.
    expect(errorOf(await gql(BUILD, { name: 'Acme Pottery' }, carol)).extensions?.code).toBe('FORBIDDEN');
    const done = nextJobEvent(queue!.events, 'completed', (name) => name === 'onboarding.starter-site');
    ok(await gql(BUILD, { name: 'Evil Corp' }, mallory), 'buildStarterSite');
    await done;
    expect((await sitesOf(mallory)).map((s) => s.name)).toEqual(['Evil Corp']);
    expect(await onboardingOf(alice)).toEqual(a);
    expect(await sitesOf(alice)).toHaveLength(1);
  });
});

describe('checklist facts the cms owns', () => {
  it('tick as the workspace changes, and the checklist is dismissed only once they are done', async () => {
    const before = await onboardingOf(alice);
    expect(before).toMatchObject({
      themeCustomised: false,
      sitePublished: false,
      domainConnected: false,
      dismissedAt: null,
    });
    expect(errorOf(await gql(DISMISS, {}, alice)).extensions?.code).toBe('CONFLICT');

    const colour = {
      color: {
        brand: {
          primary: {
            $type: 'color',
            $value: { colorSpace: 'srgb', components: [0.6667, 0.2, 0], hex: '#aa3300' },
          },
        },
      },
    };
    ok(
      await gql('mutation($d: JSON!) { setTenantTokens(document: $d) { version } }', { d: colour }, alice),
      'setTenantTokens',
    );
    expect((await onboardingOf(alice)).themeCustomised).toBe(true);

    const home = before.starterSite.homePageId!;
    ok(await gql('mutation($id: ID!) { publishPage(id: $id) { id } }', { id: home }, alice), 'publishPage');
    expect((await onboardingOf(alice)).sitePublished).toBe(true);

    // A verified domain assigned to the site (assignment itself is proven in site-domains.test.ts).
    await subgraph.sql.query(
      "insert into cms.site_domain (id, tenant_id, site_id, host, is_primary, created_at) values ($1, $2, $3, 'shop.acme.example', true, now())",
      [randomUUID(), tenantA, before.starterSite.siteId],
    );
    const after = await onboardingOf(alice);
    expect(after).toMatchObject({ themeCustomised: true, sitePublished: true, domainConnected: true });
    // Another tenant's facts did not move.
    expect(await onboardingOf(mallory)).toMatchObject({
      themeCustomised: false,
      sitePublished: false,
      domainConnected: false,
    });

    expect(errorOf(await gql(DISMISS, {}, carol)).extensions?.code).toBe('FORBIDDEN');
    const dismissed = ok<{ dismissedAt: string }>(
      await gql(DISMISS, {}, alice),
      'dismissOnboardingChecklist',
    );
    expect(dismissed.dismissedAt).toEqual(expect.any(String));
    expect((await onboardingOf(alice)).dismissedAt).toBe(dismissed.dismissedAt);
    expect((await onboardingOf(mallory)).dismissedAt).toBeNull();
  });
});
