import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { startCmsSubgraph } from './subgraph.js';

const enqueued: { name: string; payload: unknown }[] = [];
const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitor = (locale: string | null): RequestContext => ({ ...anonymousContext(tenantA), locale });

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    {
      enqueue: async (name, payload) => {
        enqueued.push({ name, payload });
      },
    },
    { port: 0, tenants: fixedTenantLookup({ plan: 'business' }) },
  ),
);
const gql = subgraph.gql.bind(subgraph);

const TRANSLATION = 'locale title seoTitle seoDescription tree status version publishedAt updatedAt';
const SAVE_PAGE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }';
const PUBLISH_PAGE = 'mutation($id: ID!) { publishPage(id: $id) { id version } }';
const SAVE = `mutation($input: SavePageTranslationInput!) { savePageTranslation(input: $input) { ${TRANSLATION} } }`;
const PUBLISH = `mutation($pageId: ID!, $locale: String!, $v: Int) {
  publishPageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $v) { ${TRANSLATION} } }`;
const DELETE = `mutation($pageId: ID!, $locale: String!, $v: Int) {
  deletePageTranslation(pageId: $pageId, locale: $locale, expectedVersion: $v) }`;
const PAGE = `query($path: String!) { page(path: $path) {
  id title seoTitle locale tree html translations { ${TRANSLATION} } translation(locale: "de-de") { title status } } }`;
const DRAFT = `query($id: ID!) { draftPage(id: $id) { translations { ${TRANSLATION} } } }`;

interface TranslationOut {
  locale: string;
  title: string;
  seoTitle: string | null;
  tree: { content: { type: string; props: Record<string, unknown> }[] };
  status: string;
  version: number;
  publishedAt: string | null;
}
interface PageOut {
  id: string;
  title: string;
  seoTitle: string | null;
  locale: string | null;
  tree: { content: { props: Record<string, unknown> }[] };
  html: string;
  translations: TranslationOut[];
  translation: { title: string; status: string } | null;
}

const tree = (text: string) => ({ content: [{ type: 'Heading', props: { text, level: 1 } }] });

async function save(ctx: RequestContext, input: Record<string, unknown>): Promise<TranslationOut> {
  return ok<TranslationOut>(await gql(SAVE, { input }, ctx), 'savePageTranslation');
}
async function publish(ctx: RequestContext, pageId: string, locale: string, v?: number) {
  return ok<TranslationOut>(await gql(PUBLISH, { pageId, locale, v }, ctx), 'publishPageTranslation');
}
async function page(ctx: RequestContext, path: string): Promise<PageOut | null> {
  return ok<PageOut | null>(await gql(PAGE, { path }, ctx), 'page');
}
async function storedTranslations(pageId: string) {
  const { rows } = await subgraph.sql.query(
    'select tenant_id, locale, title, version, published_title from cms.page_translation where page_id = $1 order by locale',
    [pageId],
  );
  return rows as {
    tenant_id: string;
    locale: string;
    title: string;
    version: number;
    published_title: string;
  }[];
}

let pageId: string;

beforeAll(async () => {
  ok(await gql('mutation { createSite(input: { name: "A" }) { id } }', {}, alice), 'createSite');
  ok(await gql('mutation { createSite(input: { name: "B" }) { id } }', {}, mallory), 'createSite');
  const created = ok<{ id: string }>(
    await gql(
      SAVE_PAGE,
      { input: { path: '/welcome', title: 'Welcome', tree: tree('Hello visitors') } },
      alice,
    ),
    'savePage',
  );
  pageId = created.id;
  ok(await gql(PUBLISH_PAGE, { id: pageId }, alice), 'publishPage');
});

describe('page translations', () => {
  it("serves the request locale's published translation and falls back to the base content", async () => {
    const draft = await save(alice, {
      pageId,
      locale: 'DE-de',
      title: 'Willkommen',
      seoTitle: 'Willkommen bei uns',
      tree: tree('Hallo Besucher'),
      expectedVersion: 0,
    });
    expect(draft).toMatchObject({ locale: 'de-DE', status: 'DRAFT', version: 1, publishedAt: null });

    // A draft translation is not served: German visitors still get the base page.
    const before = await page(visitor('de-DE'), '/welcome');
    expect(before).toMatchObject({ title: 'Welcome', locale: null, translations: [], translation: null });

    enqueued.length = 0;
    const live = await publish(alice, pageId, 'de-DE', 1);
    expect(live).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect(enqueued.map((e) => e.name)).toContain('sitemap.regenerate');

    const german = await page(visitor('de-DE'), '/welcome');
    expect(german).toMatchObject({ title: 'Willkommen', seoTitle: 'Willkommen bei uns', locale: 'de-DE' });
    expect(german!.tree.content[0]!.props.text).toBe('Hallo Besucher');
    expect(german!.html).toContain('<html lang="de-DE">');
    expect(german!.html).toContain('Hallo Besucher');
    expect(german!.html).toContain('<title>Willkommen bei uns</title>');
    expect(german!.translation).toEqual({ title: 'Willkommen', status: 'PUBLISHED' });

    // No translation for the locale (or none at all): the base content in the default locale.
    for (const locale of ['fr-FR', 'en', null]) {
      const base = await page(visitor(locale), '/welcome');
      expect(base).toMatchObject({ title: 'Welcome', locale: null });
      expect(base!.html).toContain('Hello visitors');
      expect(base!.html).not.toContain('Hallo');
    }

    // A language-only translation serves every region of that language without its own.
    await save(alice, { pageId, locale: 'de', title: 'Willkommen (de)', tree: tree('Hallo allgemein') });
    await publish(alice, pageId, 'de');
    expect((await page(visitor('de-AT'), '/welcome'))?.locale).toBe('de');
    expect((await page(visitor('de-DE'), '/welcome'))?.locale).toBe('de-DE');

    // A later draft stays unpublished until published again.
    await save(alice, {
      pageId,
      locale: 'de-DE',
      title: 'Willkommen v2',
      tree: tree('Neu'),
      expectedVersion: 1,
    });
    expect((await page(visitor('de-DE'), '/welcome'))?.title).toBe('Willkommen');
    // Visitors see published translations only, with their published content; editors see drafts.
    const listed = (await page(visitor(null), '/welcome'))!.translations;
    expect(listed.map((t) => [t.locale, t.title, t.version])).toEqual([
      ['de', 'Willkommen (de)', 1],
      ['de-DE', 'Willkommen', 1],
    ]);
    const drafts = ok<{ translations: TranslationOut[] }>(
      await gql(DRAFT, { id: pageId }, alice),
      'draftPage',
    );
    expect(drafts.translations.map((t) => [t.locale, t.title, t.version])).toEqual([
      ['de', 'Willkommen (de)', 1],
      ['de-DE', 'Willkommen v2', 2],
    ]);
  });

  it('refuses saving or publishing over a newer version with CONFLICT, changing nothing', async () => {
    const first = await save(alice, { pageId, locale: 'fr', title: 'Bienvenue', tree: tree('Bonjour') });
    const second = await save(alice, {
      pageId,
      locale: 'fr',
      title: 'Bienvenue 2',
      tree: tree('Bonjour 2'),
      expectedVersion: first.version,
    });
    expect(second.version).toBe(2);
    const stale = await gql(
      SAVE,
      { input: { pageId, locale: 'fr', title: 'Stale', tree: tree('Stale'), expectedVersion: 1 } },
      alice,
    );
    expect(errorOf(stale).extensions).toMatchObject({ code: 'CONFLICT', storedVersion: 2 });
    const recreate = await gql(
      SAVE,
      { input: { pageId, locale: 'fr', title: 'New', tree: tree('New'), expectedVersion: 0 } },
      alice,
    );
    expect(errorOf(recreate).extensions).toMatchObject({ code: 'CONFLICT', storedVersion: 2 });
    const stalePublish = await gql(PUBLISH, { pageId, locale: 'fr', v: 1 }, alice);
    expect(errorOf(stalePublish).extensions?.code).toBe('CONFLICT');
    const fr = (await storedTranslations(pageId)).find((t) => t.locale === 'fr');
    expect(fr).toMatchObject({ title: 'Bienvenue 2', version: 2, published_title: null });
  });

  it('lets exactly one of two concurrent saves based on the same version win (review finding)', async () => {
    await save(alice, { pageId, locale: 'pt', title: 'v1', tree: tree('a'), expectedVersion: 0 });
    for (let round = 0; round < 8; round++) {
      const stored = (await storedTranslations(pageId)).find((t) => t.locale === 'pt')!;
      const results = await Promise.all(
        ['A', 'B'].map((who) =>
          gql(
            SAVE,
            {
              input: {
                pageId,
                locale: 'pt',
                title: `${who}${round}`,
                tree: tree(who),
                expectedVersion: stored.version,
              },
            },
            alice,
          ),
        ),
      );
      expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
      const loser = results.find((r) => r.body.errors)!;
      expect(errorOf(loser).extensions).toMatchObject({
        code: 'CONFLICT',
        storedVersion: stored.version + 1,
      });
    }
    const pt = (await storedTranslations(pageId)).find((t) => t.locale === 'pt')!;
    expect(pt.version).toBe(9);
    // A delete racing a save of the same version: one of them wins, the other is a CONFLICT naming
    // what it found (the saved version 10, or no translation any more: 0).
    const [saved, deleted] = await Promise.all([
      gql(
        SAVE,
        { input: { pageId, locale: 'pt', title: 'late', tree: tree('late'), expectedVersion: 9 } },
        alice,
      ),
      gql(DELETE, { pageId, locale: 'pt', v: 9 }, alice),
    ]);
    expect([saved, deleted].filter((r) => !r.body.errors)).toHaveLength(1);
    const loser = [saved, deleted].find((r) => r.body.errors)!;
    expect(errorOf(loser).extensions).toMatchObject({
      code: 'CONFLICT',
      storedVersion: loser === deleted ? 10 : 0,
    });
  });

  it('lets exactly one of two concurrent savePage calls based on the same version win', async () => {
    const created = ok<{ id: string; version: number }>(
      await gql(SAVE_PAGE, { input: { path: '/race', title: 'Race', tree: tree('r') } }, alice),
      'savePage',
    );
    let version = created.version;
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all(
        ['A', 'B'].map((who) =>
          gql(
            SAVE_PAGE,
            {
              input: {
                id: created.id,
                path: '/race',
                title: `${who}${round}`,
                tree: tree(who),
                expectedVersion: version,
              },
            },
            alice,
          ),
        ),
      );
      expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
      expect(errorOf(results.find((r) => r.body.errors)!).extensions?.code).toBe('CONFLICT');
      version += 1;
    }
    const { rows } = await subgraph.sql.query('select version from cms.page where id = $1', [created.id]);
    expect(rows[0].version).toBe(version);
  });

  it('validates the locale and the tree with the page rules, naming the field', async () => {
    const badLocale = await gql(
      SAVE,
      { input: { pageId, locale: 'german', title: 'x', tree: tree('x') } },
      alice,
    );
    expect(errorOf(badLocale).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
    const badTree = await gql(
      SAVE,
      {
        input: {
          pageId,
          locale: 'it',
          title: 'x',
          tree: { content: [{ type: 'Button', props: { label: 'x', href: 'javascript:alert(1)' } }] },
        },
      },
      alice,
    );
    expect(errorOf(badTree).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tree' });
    expect(errorOf(badTree).message).toMatch(/^tree\.content\[0\]\.props\.href/);
    const unknown = await gql(
      SAVE,
      { input: { pageId, locale: 'it', title: 'x', tree: { content: [{ type: 'Nope', props: {} }] } } },
      alice,
    );
    expect(errorOf(unknown).extensions?.code).toBe('BAD_USER_INPUT');
    const longSeo = await gql(
      SAVE,
      { input: { pageId, locale: 'it', title: 'x', tree: tree('x'), seoTitle: 'x'.repeat(71) } },
      alice,
    );
    expect(errorOf(longSeo).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'seoTitle' });
    expect((await storedTranslations(pageId)).some((t) => t.locale === 'it')).toBe(false);
  });

  it('needs content:publish to publish or delete a live translation', async () => {
    await save(carol, { pageId, locale: 'nl', title: 'Welkom', tree: tree('Hallo') });
    expect(errorOf(await gql(PUBLISH, { pageId, locale: 'nl' }, carol)).extensions?.code).toBe('FORBIDDEN');
    await publish(alice, pageId, 'nl');
    expect(errorOf(await gql(DELETE, { pageId, locale: 'nl' }, carol)).extensions?.code).toBe('FORBIDDEN');
    expect((await page(visitor('nl-NL'), '/welcome'))?.locale).toBe('nl');

    enqueued.length = 0;
    expect(ok<boolean>(await gql(DELETE, { pageId, locale: 'nl' }, alice), 'deletePageTranslation')).toBe(
      true,
    );
    expect(enqueued.map((e) => e.name)).toContain('sitemap.regenerate');
    expect(await page(visitor('nl-NL'), '/welcome')).toMatchObject({ locale: null, title: 'Welcome' });
    expect(errorOf(await gql(DELETE, { pageId, locale: 'nl' }, alice)).extensions?.code).toBe('NOT_FOUND');
    // A draft-only translation may be deleted by whoever may write.
    await save(carol, { pageId, locale: 'sv', title: 'Välkommen', tree: tree('Hej') });
    expect(ok<boolean>(await gql(DELETE, { pageId, locale: 'sv' }, carol), 'deletePageTranslation')).toBe(
      true,
    );
  });

  it("never reads or changes another tenant's translations (attacker's side)", async () => {
    const before = await storedTranslations(pageId);
    expect(before.every((t) => t.tenant_id === tenantA)).toBe(true);
    const attempts = [
      gql(SAVE, { input: { pageId, locale: 'de-DE', title: 'Pwned', tree: tree('Pwned') } }, mallory),
      gql(SAVE, { input: { pageId, locale: 'es', title: 'Pwned', tree: tree('Pwned') } }, mallory),
      gql(PUBLISH, { pageId, locale: 'de-DE' }, mallory),
      gql(DELETE, { pageId, locale: 'de' }, mallory),
    ];
    for (const res of await Promise.all(attempts)) expect(errorOf(res).extensions?.code).toBe('NOT_FOUND');
    // Tenant B's visitors with a German locale find no /welcome page of theirs.
    const other = await gql(PAGE, { path: '/welcome' }, { ...anonymousContext(tenantB), locale: 'de-DE' });
    expect(ok(other, 'page')).toBeNull();
    const entities = await gql(
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Page { id translations { locale } } } }',
      { reps: [{ __typename: 'Page', id: pageId }] },
      mallory,
    );
    expect(ok<unknown[]>(entities, '_entities')).toEqual([null]);
    expect(await storedTranslations(pageId)).toEqual(before);
  });
});
