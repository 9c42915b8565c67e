import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/context.js';
import { withTenant } from '../../core/db.js';
import { fixedTenantLookup } from '../../core/tenant-lookup.js';
import { anonymousContext, userContext } from '../../test/support/env.js';
import { errorOf, ok, setUpTestSubgraph } from '../../test/support/subgraph-harness.js';
import { ContentEntrySchema, ContentTypeSchema } from './entities/content.js';
import { startCmsSubgraph } from './subgraph.js';

/**
 * Content collections (services/content.ts, ADR 0057): the model and its guarded changes, entries
 * with validation in words, optimistic concurrency, draft and published copies, localized values
 * with fallback, filtering, sorting and pagination on the public graph, and the tenant boundary
 * from the attacker's side, through the API and under RLS.
 */
const tenantA = randomUUID();
const tenantB = randomUUID();
const alice = userContext(randomUUID(), tenantA, 'owner');
const carol = userContext(randomUUID(), tenantA, 'contributor');
const mallory = userContext(randomUUID(), tenantB, 'owner');
const visitorA = anonymousContext(tenantA);
const coverOfA = randomUUID();

const subgraph = setUpTestSubgraph((config) =>
  startCmsSubgraph(
    config,
    { enqueue: async () => undefined },
    {
      port: 0,
      tenants: fixedTenantLookup({ plan: 'business' }),
      // The assets subgraph, as far as this file needs it: tenant A owns one image.
      references: {
        existing: async (ctx, ids) => ({
          productIds: new Set(),
          assetIds: new Set(ctx.tenantId === tenantA ? ids.assetIds.filter((id) => id === coverOfA) : []),
        }),
      },
    },
  ),
);
const gql = (query: string, variables: Record<string, unknown>, ctx: RequestContext) =>
  subgraph.gql(query, variables, ctx);

const TYPE_FIELDS =
  'id handle name version fields { key type required unique localized min max options referenceType }';
const CREATE_TYPE = `mutation($input: CreateContentTypeInput!) { createContentType(input: $input) { ${TYPE_FIELDS} } }`;
const UPDATE_TYPE = `mutation($input: UpdateContentTypeInput!) { updateContentType(input: $input) { ${TYPE_FIELDS} } }`;
const TYPES = `query($after: String) { contentTypes(first: 1, after: $after) {
  edges { node { handle } } pageInfo { hasNextPage endCursor } } }`;
const TYPE = 'query($handle: String!) { contentType(handle: $handle) { handle } }';
const ENTRY_FIELDS = `id status version publishedVersion locale contentType { handle } values
  title: text(field: "title") slug: text(field: "slug") rating: number(field: "rating")
  featured: boolean(field: "featured") publishedOn: dateTime(field: "publishedOn")
  cover: asset(field: "cover") { id } author: reference(field: "author") { id name: text(field: "name") }`;
const CREATE = `mutation($input: CreateEntryInput!) { createEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateEntryInput!) { updateEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int) { publishEntry(id: $id, expectedVersion: $v) { ${ENTRY_FIELDS} } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishEntry(id: $id) { ${ENTRY_FIELDS} } }`;
const ENTRY = `query($id: ID!, $locale: String, $draft: Boolean) { entry(id: $id, locale: $locale, draft: $draft) { ${ENTRY_FIELDS} } }`;
const LIST = `query($type: String!, $filter: [EntryFieldFilter!], $sort: EntrySort, $first: Int!, $after: String, $locale: String, $draft: Boolean) {
  entries(type: $type, filter: $filter, sort: $sort, first: $first, after: $after, locale: $locale, draft: $draft) {
    edges { cursor node { id title: text(field: "title") rating: number(field: "rating") } } pageInfo { hasNextPage endCursor } } }`;

interface EntryOut {
  id: string;
  status: string;
  version: number;
  publishedVersion: number | null;
  locale: string | null;
  values: Record<string, unknown>;
  title: string | null;
  slug: string | null;
  rating: number | null;
  featured: boolean | null;
  publishedOn: string | null;
  cover: { id: string } | null;
  author: { id: string; name: string } | null;
}
interface ListOut {
  edges: { cursor: string; node: { id: string; title: string; rating: number | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type Issue = { field: string; message: string };

const authorType = {
  handle: 'author',
  name: 'Author',
  fields: [{ key: 'name', label: 'Name', type: 'TEXT', required: true }],
};
const postFields = [
  { key: 'title', label: 'Title', type: 'TEXT', required: true, localized: true, max: 80 },
  { key: 'slug', label: 'Slug', type: 'SLUG', required: true, unique: true },
  { key: 'rating', label: 'Rating', type: 'NUMBER', min: 1, max: 5 },
  { key: 'featured', label: 'Featured', type: 'BOOLEAN' },
  { key: 'publishedOn', label: 'Published on', type: 'DATE_TIME' },
  { key: 'category', label: 'Category', type: 'SELECT', options: ['news', 'guides'] },
  { key: 'cover', label: 'Cover', type: 'ASSET' },
  { key: 'author', label: 'Author', type: 'REFERENCE', referenceType: 'author' },
  { key: 'body', label: 'Body', type: 'RICH_TEXT' },
];
const postType = { handle: 'post', name: 'Blog post', fields: postFields };

const createEntry = async (ctx: RequestContext, type: string, values: Record<string, unknown>) =>
  ok<EntryOut>(await gql(CREATE, { input: { type, values } }, ctx), 'createEntry');
const list = async (ctx: RequestContext, vars: Record<string, unknown>) =>
  ok<ListOut>(await gql(LIST, { type: 'post', first: 20, ...vars }, ctx), 'entries');
const codeOf = (res: Awaited<ReturnType<typeof gql>>) => errorOf(res).extensions?.code;

let authorId: string;
const posts: EntryOut[] = [];

describe('content types', () => {
  it('are created with validated fields, unique handles per tenant, listed as a connection, and guarded', async () => {
    const author = ok<{ version: number }>(
      await gql(CREATE_TYPE, { input: authorType }, alice),
      'createContentType',
    );
    expect(author.version).toBe(1);
    const post = ok<{ fields: { key: string; type: string; localized: boolean }[] }>(
      await gql(CREATE_TYPE, { input: postType }, alice),
      'createContentType',
    );
    expect(post.fields.map((f) => f.type)).toEqual(postFields.map((f) => f.type));
    expect(post.fields[0]).toMatchObject({ key: 'title', localized: true });

    const badKey = errorOf(
      await gql(
        CREATE_TYPE,
        { input: { handle: 'faq', name: 'FAQ', fields: [{ key: 'Bad key', label: 'Q', type: 'TEXT' }] } },
        alice,
      ),
    );
    expect(badKey.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fields.0.key' });
    const noOptions = errorOf(
      await gql(
        CREATE_TYPE,
        { input: { handle: 'faq', name: 'FAQ', fields: [{ key: 'kind', label: 'Kind', type: 'SELECT' }] } },
        alice,
      ),
    );
    expect(noOptions.message).toContain('a select field needs its options');
    const dangling = errorOf(
      await gql(
        CREATE_TYPE,
        {
          input: {
            handle: 'faq',
            name: 'FAQ',
            fields: [{ key: 'see', label: 'See', type: 'REFERENCE', referenceType: 'nothing' }],
          },
        },
        alice,
      ),
    );
    expect(dangling.message).toContain('there is no content type nothing');
    expect(codeOf(await gql(CREATE_TYPE, { input: authorType }, alice))).toBe('CONFLICT');
    // A contributor cannot change the model.
    expect(codeOf(await gql(CREATE_TYPE, { input: { ...authorType, handle: 'faq' } }, carol))).toBe(
      'FORBIDDEN',
    );

    const first = ok<{
      edges: { node: { handle: string } }[];
      pageInfo: { endCursor: string; hasNextPage: boolean };
    }>(await gql(TYPES, {}, alice), 'contentTypes');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok<{ edges: { node: { handle: string } }[]; pageInfo: { hasNextPage: boolean } }>(
      await gql(TYPES, { after: first.pageInfo.endCursor }, alice),
      'contentTypes',
    );
    expect([...first.edges, ...second.edges].map((e) => e.node.handle).sort()).toEqual(['author', 'post']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(ok(await gql(TYPE, { handle: 'post' }, carol), 'contentType')).toEqual({ handle: 'post' });
    expect(codeOf(await gql(TYPE, { handle: 'post' }, visitorA))).toBe('UNAUTHENTICATED');
  });
});

describe('entries', () => {
  it('refuse invalid values in words, per field, and keep references and slugs to the tenant own', async () => {
    authorId = ok<{ id: string }>(
      await gql(
        'mutation($input: CreateEntryInput!) { createEntry(input: $input) { id } }',
        { input: { type: 'author', values: { name: 'Ada' } } },
        alice,
      ),
      'createEntry',
    ).id;
    const invalid = errorOf(
      await gql(
        CREATE,
        { input: { type: 'post', values: { slug: 'Not A Slug', rating: 9, color: 'red' } } },
        alice,
      ),
    );
    expect(invalid.extensions?.code).toBe('BAD_USER_INPUT');
    const issues = (invalid.extensions as { issues: Issue[] }).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'color', message: 'color is not a field of post' },
        { field: 'title', message: 'Title is required' },
        { field: 'rating', message: 'Rating must be at most 5' },
        expect.objectContaining({ field: 'slug' }),
      ]),
    );
    expect(invalid.message).toContain('Title is required');
    const wrongRef = errorOf(
      await gql(
        CREATE,
        { input: { type: 'post', values: { title: 'T', slug: 't', author: randomUUID() } } },
        alice,
      ),
    );
    expect(wrongRef.extensions).toMatchObject({ field: 'author' });
    expect(wrongRef.message).toBe('author refers to an entry that does not exist');
    const foreignCover = errorOf(
      await gql(
        CREATE,
        { input: { type: 'post', values: { title: 'T', slug: 't', cover: randomUUID() } } },
        alice,
      ),
    );
    expect(foreignCover.message).toBe('cover refers to an asset that does not exist');

    const values = [
      {
        title: 'Hello world',
        slug: 'hello',
        rating: 4,
        featured: true,
        publishedOn: '2026-01-05T10:00:00+01:00',
        category: 'news',
        cover: coverOfA,
        author: authorId,
      },
      {
        title: 'Second post',
        slug: 'second',
        rating: 2,
        category: 'guides',
        publishedOn: '2026-02-01T00:00:00Z',
      },
      {
        title: 'Third post',
        slug: 'third',
        rating: 5,
        category: 'news',
        publishedOn: '2026-03-01T00:00:00Z',
      },
      { title: 'Fourth post', slug: 'fourth', rating: 3, category: 'guides' },
      { title: 'Unrated', slug: 'unrated', body: '# Markdown' },
    ];
    for (const v of values) posts.push(await createEntry(carol, 'post', v));
    expect(posts[0]).toMatchObject({
      status: 'DRAFT',
      version: 1,
      title: 'Hello world',
      rating: 4,
      featured: true,
      publishedOn: '2026-01-05T09:00:00.000Z',
      cover: { id: coverOfA },
      author: { id: authorId, name: 'Ada' },
    });
    const clash = errorOf(
      await gql(CREATE, { input: { type: 'post', values: { title: 'Again', slug: 'hello' } } }, alice),
    );
    expect(clash.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    // A typed field read with the wrong accessor says which one to use.
    const wrongAccessor = errorOf(
      await gql(
        'query($id: ID!) { entry(id: $id, draft: true) { number(field: "title") } }',
        { id: posts[0]!.id },
        alice,
      ),
    );
    expect(wrongAccessor.message).toBe('title is a text field, not readable with number');
  });

  it('keep drafts to members: publish, edit with optimistic concurrency, unpublish; contributors cannot publish', async () => {
    const post = posts[0]!;
    expect(ok(await gql(ENTRY, { id: post.id }, visitorA), 'entry')).toBeNull();
    expect(codeOf(await gql(ENTRY, { id: post.id, draft: true }, visitorA))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(PUBLISH, { id: post.id }, carol))).toBe('FORBIDDEN');
    // A member narrowed to some sites may read tenant-wide content, not change it.
    const narrowed: RequestContext = {
      ...alice,
      actor: { ...alice.actor, siteIds: [randomUUID()] } as RequestContext['actor'],
    };
    expect(ok<EntryOut>(await gql(ENTRY, { id: post.id, draft: true }, narrowed), 'entry').id).toBe(post.id);
    expect(errorOf(await gql(PUBLISH, { id: post.id }, narrowed)).message).toBe(
      'Entries belong to the whole tenant',
    );
    expect(codeOf(await gql(PUBLISH, { id: post.id, v: 7 }, alice))).toBe('CONFLICT');
    for (const p of posts.slice(0, 4)) ok(await gql(PUBLISH, { id: p.id, v: 1 }, alice), 'publishEntry');
    ok(
      await gql('mutation($id: ID!) { publishEntry(id: $id) { id } }', { id: authorId }, alice),
      'publishEntry',
    );
    const live = ok<EntryOut>(await gql(ENTRY, { id: post.id }, visitorA), 'entry');
    expect(live).toMatchObject({
      status: 'PUBLISHED',
      publishedVersion: 1,
      title: 'Hello world',
      author: { name: 'Ada' },
    });

    const stale = errorOf(
      await gql(
        UPDATE,
        { input: { id: post.id, expectedVersion: 5, values: { title: 'x', slug: 'hello' } } },
        carol,
      ),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', storedVersion: 1 });
    const edited = ok<EntryOut>(
      await gql(
        UPDATE,
        { input: { id: post.id, expectedVersion: 1, values: { ...post.values, title: 'Hello again' } } },
        carol,
      ),
      'updateEntry',
    );
    expect(edited).toMatchObject({ version: 2, publishedVersion: 1, title: 'Hello again' });
    // Visitors still see the published copy; members can ask for the draft.
    expect(ok<EntryOut>(await gql(ENTRY, { id: post.id }, visitorA), 'entry').title).toBe('Hello world');
    expect(ok<EntryOut>(await gql(ENTRY, { id: post.id, draft: true }, carol), 'entry').title).toBe(
      'Hello again',
    );

    const down = ok<EntryOut>(await gql(UNPUBLISH, { id: posts[3]!.id }, alice), 'unpublishEntry');
    expect(down).toMatchObject({ status: 'DRAFT', publishedVersion: null });
    expect(ok(await gql(ENTRY, { id: posts[3]!.id }, visitorA), 'entry')).toBeNull();
  });

  it('resolve localized values per locale with fallback to the base value', async () => {
    const post = posts[1]!;
    const notLocalized = errorOf(
      await gql(
        UPDATE,
        { input: { id: post.id, expectedVersion: 1, locale: 'de', values: { slug: 'zweiter' } } },
        alice,
      ),
    );
    expect(notLocalized.message).toBe('Slug is not localized: it has one value for every locale');
    expect(
      codeOf(
        await gql(
          UPDATE,
          { input: { id: post.id, expectedVersion: 1, locale: 'not a locale!', values: {} } },
          alice,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const de = ok<EntryOut>(
      await gql(
        UPDATE,
        { input: { id: post.id, expectedVersion: 1, locale: 'de', values: { title: 'Zweiter Beitrag' } } },
        alice,
      ),
      'updateEntry',
    );
    expect(de).toMatchObject({ locale: 'de', title: 'Zweiter Beitrag', slug: 'second' });
    ok(await gql(PUBLISH, { id: post.id }, alice), 'publishEntry');
    const read = async (locale: string | null) =>
      ok<EntryOut>(await gql(ENTRY, { id: post.id, locale }, visitorA), 'entry');
    expect((await read('de-AT')).title).toBe('Zweiter Beitrag');
    expect((await read('fr')).title).toBe('Second post');
    expect((await read(null)).title).toBe('Second post');
    // Filters see the locale's value too.
    const found = await list(visitorA, {
      locale: 'de-AT',
      filter: [{ field: 'title', contains: 'beitrag' }],
    });
    expect(found.edges.map((e) => e.node.title)).toEqual(['Zweiter Beitrag']);
  });

  it('are listed published-only, filtered, sorted and paginated; drafts only for members', async () => {
    const titles = (l: ListOut) => l.edges.map((e) => e.node.title);
    // Newest first by default; the unpublished ones are not there.
    expect(titles(await list(visitorA, {}))).toEqual(['Third post', 'Second post', 'Hello world']);
    expect((await list(alice, { draft: true })).edges).toHaveLength(5);
    expect(codeOf(await gql(LIST, { type: 'post', first: 5, draft: true }, visitorA))).toBe(
      'UNAUTHENTICATED',
    );

    const byRating = { field: 'rating', direction: 'DESC' };
    const page1 = await list(visitorA, { sort: byRating, first: 2 });
    expect(page1.edges.map((e) => e.node.rating)).toEqual([5, 4]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list(visitorA, { sort: byRating, first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.rating)).toEqual([2]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    // Entries without the value come last, also across pages.
    const drafts = await list(alice, { draft: true, sort: { field: 'rating' }, first: 4 });
    expect(drafts.edges.map((e) => e.node.rating)).toEqual([2, 3, 4, 5]);
    const rest = await list(alice, {
      draft: true,
      sort: { field: 'rating' },
      first: 4,
      after: drafts.pageInfo.endCursor,
    });
    expect(rest.edges.map((e) => e.node.title)).toEqual(['Unrated']);

    expect(titles(await list(visitorA, { filter: [{ field: 'rating', gte: 3, lt: 5 }] }))).toEqual([
      'Hello world',
    ]);
    expect(
      titles(
        await list(visitorA, { filter: [{ field: 'category', in: ['news'] }], sort: { field: 'slug' } }),
      ),
    ).toEqual(['Hello world', 'Third post']);
    expect(titles(await list(visitorA, { filter: [{ field: 'slug', eq: 'second' }] }))).toEqual([
      'Second post',
    ]);
    expect(titles(await list(visitorA, { filter: [{ field: 'featured', eq: true }] }))).toEqual([
      'Hello world',
    ]);
    expect(
      titles(
        await list(visitorA, {
          filter: [{ field: 'publishedOn', gt: '2026-01-31T00:00:00Z' }],
          sort: { field: 'publishedOn' },
        }),
      ),
    ).toEqual(['Second post', 'Third post']);
    expect(titles(await list(visitorA, { filter: [{ field: 'title', contains: 'HELLO' }] }))).toEqual([
      'Hello world',
    ]);

    const wrongOp = errorOf(
      await gql(LIST, { type: 'post', first: 5, filter: [{ field: 'title', gt: 3 }] }, visitorA),
    );
    expect(wrongOp.message).toBe('filter gt: ranges apply to number and dateTime fields, title is text');
    const wrongValue = errorOf(
      await gql(LIST, { type: 'post', first: 5, filter: [{ field: 'rating', eq: 'four' }] }, visitorA),
    );
    expect(wrongValue.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    expect(codeOf(await gql(LIST, { type: 'post', first: 5, after: 'garbage' }, visitorA))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await gql(LIST, { type: 'nothing', first: 5 }, visitorA))).toBe('NOT_FOUND');
  });
});

describe('model changes', () => {
  it('refuse a change the entries cannot satisfy, naming them, and keep every value; allow a compatible one', async () => {
    const update = (fields: unknown[], expectedVersion = 1) =>
      gql(UPDATE_TYPE, { input: { handle: 'post', name: 'Blog post', expectedVersion, fields } }, alice);
    const required = errorOf(
      await update([...postFields, { key: 'summary', label: 'Summary', type: 'TEXT', required: true }]),
    );
    expect(required.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'MODEL_CHANGE_BREAKS_ENTRIES',
      count: 5,
    });
    expect(required.message).toContain('would break 5 entries of post');
    expect([...(required.extensions as unknown as { entryIds: string[] }).entryIds].sort()).toEqual(
      posts.map((p) => p.id).sort(),
    );

    const removed = errorOf(await update(postFields.filter((f) => f.key !== 'body')));
    expect(removed.extensions).toMatchObject({
      reason: 'MODEL_CHANGE_BREAKS_ENTRIES',
      count: 1,
      entryIds: [posts[4]!.id],
    });
    expect(removed.message).toContain('body is not a field of post');

    const tighter = errorOf(await update(postFields.map((f) => (f.key === 'rating' ? { ...f, max: 3 } : f))));
    expect(tighter.extensions).toMatchObject({ count: 2 });
    const retyped = errorOf(
      await update(
        postFields.map((f) => (f.key === 'rating' ? { ...f, type: 'TEXT', min: null, max: null } : f)),
      ),
    );
    expect(retyped.extensions).toMatchObject({ count: 4 });
    const unlocalized = errorOf(
      await update(postFields.map((f) => (f.key === 'title' ? { ...f, localized: false } : f))),
    );
    expect(unlocalized.extensions).toMatchObject({ count: 1, entryIds: [posts[1]!.id] });

    // Nothing was changed by the refusals.
    expect(
      ok<EntryOut>(await gql(ENTRY, { id: posts[4]!.id, draft: true }, alice), 'entry').values,
    ).toMatchObject({ body: '# Markdown' });
    const grown = ok<{ version: number }>(
      await update([...postFields, { key: 'summary', label: 'Summary', type: 'TEXT' }]),
      'updateContentType',
    );
    expect(grown.version).toBe(2);
    expect(codeOf(await update(postFields, 1))).toBe('CONFLICT');
  });
});

describe('the tenant boundary', () => {
  it("keeps tenant A's types and entries invisible, unlistable, unprobeable, unchangeable and unreferenceable for tenant B", async () => {
    const post = posts[0]!;
    expect(ok(await gql(TYPE, { handle: 'post' }, mallory), 'contentType')).toBeNull();
    expect(ok<{ edges: unknown[] }>(await gql(TYPES, {}, mallory), 'contentTypes').edges).toEqual([]);
    expect(ok(await gql(ENTRY, { id: post.id, draft: true }, mallory), 'entry')).toBeNull();
    expect(ok(await gql(ENTRY, { id: post.id }, anonymousContext(tenantB)), 'entry')).toBeNull();
    expect(codeOf(await gql(LIST, { type: 'post', first: 5 }, mallory))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await gql(
          UPDATE,
          { input: { id: post.id, expectedVersion: 2, values: { title: 'pwned', slug: 'p' } } },
          mallory,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(codeOf(await gql(PUBLISH, { id: post.id }, mallory))).toBe('NOT_FOUND');
    expect(codeOf(await gql(UNPUBLISH, { id: post.id }, mallory))).toBe('NOT_FOUND');
    expect(
      codeOf(await gql(CREATE, { input: { type: 'post', values: { title: 'x', slug: 'x' } } }, mallory)),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await gql(
          UPDATE_TYPE,
          { input: { handle: 'post', name: 'x', expectedVersion: 2, fields: [] } },
          mallory,
        ),
      ),
    ).toBe('NOT_FOUND');

    // B's own types of the same handles: B's references to A's entries do not exist, and B's
    // filters find nothing of A's.
    ok(await gql(CREATE_TYPE, { input: authorType }, mallory), 'createContentType');
    ok(await gql(CREATE_TYPE, { input: postType }, mallory), 'createContentType');
    const reference = errorOf(
      await gql(
        CREATE,
        { input: { type: 'post', values: { title: 'x', slug: 'hello', author: authorId } } },
        mallory,
      ),
    );
    expect(reference.message).toBe('author refers to an entry that does not exist');
    const own = await createEntry(mallory, 'post', { title: 'Mine', slug: 'hello' });
    expect(own.slug).toBe('hello');
    const probe = await list(mallory, { draft: true, filter: [{ field: 'rating', gte: 0 }] });
    expect(probe.edges).toEqual([]);
    expect((await list(mallory, { draft: true })).edges.map((e) => e.node.id)).toEqual([own.id]);

    // Even without the ORM filter, RLS hides A's rows from a transaction of tenant B.
    const seen = await withTenant(subgraph.service.db, { tenantId: tenantB }, async (em) => [
      ...(await em.find(ContentTypeSchema, {}, { filters: { tenant: false } })),
      ...(await em.find(ContentEntrySchema, {}, { filters: { tenant: false } })),
    ]);
    expect(seen.length).toBe(3);
    expect(new Set(seen.map((r) => r.tenantId))).toEqual(new Set([tenantB]));
    const raw = await withTenant(subgraph.service.db, { tenantId: tenantB }, (em) =>
      em.execute('select count(*)::int as n from cms.content_entry where tenant_id = ?', [tenantA]),
    );
    expect(raw).toEqual([{ n: 0 }]);
  });
});
