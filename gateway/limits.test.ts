import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalContext, type RequestContext } from '../core/context.js';
import { createErrorMask } from '../core/errors.js';
import {
  executeGraphQL,
  graphQLOverHttpStatusPlugin,
  type HttpService,
  startHttpService,
} from '../core/http.js';
import { anonymousContext, testConfig } from '../test/support/env.js';
import {
  COST_CAP,
  documentLimitsOf,
  enforceLimits,
  literalNesting,
  MAX_LITERAL_LIST_DEPTH,
  measureOperation,
  queryLimitsPlugin,
} from './limits.js';

const schema = buildSchema(`
  type Query {
    products(first: Int): [Product!]!
    product(id: ID!): Product
    shop: Shop
    catalog(first: Int = 20, last: Int, after: String): ProductConnection!
  }
  type Shop { name: String!  collections(limit: Int): [Collection!]! }
  type Collection { title: String!  products(first: Int): [Product!]! }
  type Product { id: ID!  name: String!  related: [Product!]!  variants(first: Int = 5): [Variant!]! }
  type Variant { sku: String! }
  type ProductConnection { edges: [ProductEdge!]!  nodes: [Product!]!  pageInfo: PageInfo! }
  type ProductEdge { cursor: String!  node: Product! }
  type PageInfo { hasNextPage: Boolean! }
`);

const measure = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  measureOperation(parse(query), operationName, variables, schema);

describe('measureOperation', () => {
  it('counts each field once and nests depth', () => {
    expect(measure('{ product(id: 1) { id name } }')).toEqual({ depth: 2, aliases: 0, cost: 3 });
  });

  it('multiplies list fields by first/limit, else by the default of 10', () => {
    // products: 1 + 5 * (id + name) = 11
    expect(measure('{ products(first: 5) { id name } }').cost).toBe(11);
    // related has no page size: 1 + 10 * 1
    expect(measure('{ product(id: 1) { related { id } } }').cost).toBe(1 + 11);
    // shop 1 + collections (1 + 3 * (title 1 + products (1 + 4 * 1)))
    expect(measure('{ shop { collections(limit: 3) { title products(first: 4) { id } } } }').cost).toBe(
      1 + 1 + 3 * 6,
    );
  });

  it('reads page sizes from variables and their declared defaults', () => {
    const query = 'query Q($n: Int = 7) { products(first: $n) { id } }';
    expect(measure(query).cost).toBe(1 + 7);
    expect(measure(query, { n: 50 }).cost).toBe(1 + 50);
  });

  it('follows named and inline fragments', () => {
    const query = `
      query { products(first: 2) { ...P } }
      fragment P on Product { id ... on Product { alias1: name alias2: name related { id } } }
    `;
    const metrics = measure(query);
    expect(metrics.aliases).toBe(2);
    expect(metrics.depth).toBe(3);
    expect(metrics.cost).toBe(1 + 2 * (1 + 1 + 1 + 11));
  });

  it('measures fragment bombs in linear time and caps the cost', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Product { related { ...F${i + 1} ...F${i + 1} } }`,
    ).join('\n');
    const query = `{ products { ...F0 } }\n${fragments}\nfragment F${levels} on Product { id }`;
    const metrics = measure(query);
    expect(metrics.cost).toBe(COST_CAP);
    expect(metrics.depth).toBe(levels + 2);
  });

  it('measures how deep the values written in a document nest, lists apart', () => {
    expect(literalNesting(parse('{ product(id: 1) { id } }'))).toEqual({ depth: 0, lists: 0 });
    expect(
      literalNesting(parse('query($v: [Int] = [1]) { a(x: { b: [[{ c: [1] }]] }, y: [[[]]]) { id } }')),
    ).toEqual({ depth: 5, lists: 3 });
  });

  it('counts every field selection, __typename and its aliases included, and picks the named operation', () => {
    const doc = 'query A { __typename products { id } } query B { product(id: 1) { id } }';
    expect(measure(doc, {}, 'B')).toEqual({ depth: 2, aliases: 0, cost: 2 });
    expect(measure(doc, {}, 'A')).toEqual({ depth: 2, aliases: 0, cost: 1 + 1 + 10 });
    const bomb = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(measure(bomb)).toEqual({ depth: 1, aliases: 500, cost: 500 });
    // Fragments on a connection carry its page size too; aliases inside them are counted per use.
    expect(
      measure('{ product(id: 1) { t: __typename ...T } } fragment T on Product { u: __typename }'),
    ).toEqual({
      depth: 2,
      aliases: 2,
      cost: 3,
    });
  });

  it('measures introspection without list multipliers: each selection costs 1', () => {
    expect(measure('{ __schema { types { name fields { name } } } }')).toEqual({
      depth: 4,
      aliases: 0,
      cost: 5,
    });
    expect(measure('{ __type(name: "Product") { n: name } }').aliases).toBe(1);
  });

  it('prices a connection by its first/last: the page size applies to edges and nodes', () => {
    const edges = (args: string) =>
      measure(`{ catalog${args} { edges { node { id name } } pageInfo { hasNextPage } } }`).cost;
    // catalog 1 + edges (1 + n * node (1 + 2)) + pageInfo 2
    expect(edges('(first: 1)')).toBe(1 + (1 + 1 * 3) + 2);
    expect(edges('(first: 100)')).toBe(1 + (1 + 100 * 3) + 2);
    expect(edges('(last: 7)')).toBe(1 + (1 + 7 * 3) + 2);
    // No argument: the schema's default page size (first: Int = 20), not DEFAULT_LIST_SIZE.
    expect(edges('')).toBe(1 + (1 + 20 * 3) + 2);
    expect(measure('query($n: Int) { catalog(first: $n) { nodes { id } } }', { n: 50 }).cost).toBe(
      1 + (1 + 50),
    );
    // Through a fragment on the connection type, and a list default (variants(first: Int = 5)) inside.
    expect(
      measure(
        '{ catalog(first: 3) { ...Page } } fragment Page on ProductConnection { nodes { variants { sku } } }',
      ).cost,
    ).toBe(1 + (1 + 3 * (1 + 5 * 1)));
  });
});

describe('the default limits and the editor', () => {
  it('let every operation the editor sends through', () => {
    const limits = documentLimitsOf(testConfig());
    const api = buildSchema(readFileSync(new URL('../schema/api-schema.graphql', import.meta.url), 'utf8'));
    const generated = readFileSync(new URL('../client/src/gql/graphql.ts', import.meta.url), 'utf8');
    const documents = [...generated.matchAll(/new TypedDocumentString\(`([\s\S]*?)`/g)].map((m) => m[1]!);
    expect(documents.length).toBeGreaterThan(50);
    for (const document of documents) {
      const parsed = parse(document, { maxTokens: limits.maxTokens });
      const metrics = measureOperation(parsed, undefined, {}, api);
      const name = document.match(/^\s*(?:query|mutation) (\w+)/)?.[1];
      expect(Buffer.byteLength(document), name).toBeLessThan(limits.maxBytes / 4);
      expect(() => enforceLimits(metrics, limits), name).not.toThrow();
      expect(literalNesting(parsed).lists, name).toBeLessThanOrEqual(MAX_LITERAL_LIST_DEPTH);
    }
  });
});

describe('the gateway document limits, refused before parsing where they can be', () => {
  const events: string[] = [];
  const recorder: ApolloServerPlugin<{ request: RequestContext }> = {
    async requestDidStart() {
      events.push('request');
      return {
        async parsingDidStart() {
          events.push('parse');
        },
        async validationDidStart() {
          events.push('validate');
        },
        async executionDidStart() {
          events.push('execute');
        },
      };
    },
  };
  const limits = { maxDepth: 5, maxAliases: 3, maxCost: 100, maxBytes: 2048, maxTokens: 200 };
  let service: HttpService;
  let apollo: ApolloServer<{ request: RequestContext }>;

  beforeAll(async () => {
    // The gateway's wiring (gateway/server.ts): maxTokens for the parser, the limits plugin, the
    // GraphQL-over-HTTP status plugin last, and MAX_QUERY_BYTES checked by executeGraphQL.
    const mask = createErrorMask<{ request: RequestContext }>({
      production: true,
      requestIdOf: (ctx) => ctx.request?.requestId,
    });
    apollo = new ApolloServer<{ request: RequestContext }>({
      typeDefs: 'scalar JSON type Query { hello(value: JSON): String! }',
      resolvers: { Query: { hello: () => 'world' } },
      parseOptions: { maxTokens: limits.maxTokens },
      formatError: mask.formatError,
      plugins: [mask.plugin, queryLimitsPlugin(limits), recorder, graphQLOverHttpStatusPlugin()],
    });
    await apollo.start();
    service = await startHttpService({
      name: 'limits-test',
      host: '127.0.0.1',
      port: 0,
      routes: [
        async (req, res, url) => {
          const request = req.headers['x-test-internal']
            ? internalContext('test', null)
            : anonymousContext(null);
          await executeGraphQL(apollo, req, res, url, async () => ({ request }), {
            maxQueryBytes: limits.maxBytes,
          });
          return true;
        },
      ],
    });
  });
  afterAll(async () => {
    await service?.close();
    await apollo?.stop();
  });

  const post = async (query: string, accept?: string, internal = false) => {
    events.length = 0;
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(accept ? { accept } : {}),
        ...(internal ? { 'x-test-internal': '1' } : {}),
      },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions: { code: string } }[];
    };
    return { status: res.status, type: res.headers.get('content-type'), body, events: [...events] };
  };

  it('answers a query within every limit', async () => {
    const ok = await post('{ hello }');
    expect(ok).toMatchObject({ status: 200, body: { data: { hello: 'world' } } });
    expect(ok.events).toEqual(['request', 'parse', 'validate', 'execute']);
  });

  it('refuses a document over the byte limit before Apollo Server sees it: nothing is parsed', async () => {
    const bomb = `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    for (const [accept, status] of [
      [undefined, 200],
      ['application/json', 200],
      ['application/graphql-response+json', 400],
    ] as const) {
      const refused = await post(bomb, accept);
      expect(refused.status).toBe(status);
      expect(refused.type).toContain(accept ?? 'application/json');
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors?.[0]).toMatchObject({
        message: `The query is ${bomb.length} bytes, more than the maximum of 2048`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(refused.events).toEqual([]);
    }
  });

  it('stops the parser at the token limit: the document is never validated or executed', async () => {
    // 201 tokens in 401 bytes: under the byte limit, over the token limit.
    const bomb = `{${' a'.repeat(199)} }`;
    const refused = await post(bomb);
    expect(refused.status).toBe(200);
    expect(refused.body.errors?.[0]?.message).toMatch(/more tha[nt] 200 tokens/);
    expect(refused.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.events).toEqual(['request', 'parse']);
    expect((await post(bomb, 'application/graphql-response+json')).status).toBe(400);
  });

  it('refuses aliases past the limit after validation, before execution', async () => {
    const refused = await post('{ a: __typename b: __typename c: __typename d: __typename }');
    expect(refused.status).toBe(200);
    expect(refused.body.errors?.[0]?.message).toBe('Query uses 4 aliases, more than the maximum of 3');
    expect(refused.events).toEqual(['request', 'parse', 'validate']);
  });

  it('refuses values written in the document nested past 4 lists or 32 levels, before execution (planning)', async () => {
    const lists = (n: number) => `{ hello(value: ${'['.repeat(n)}1${']'.repeat(n)}) }`;
    expect((await post(lists(4))).body).toEqual({ data: { hello: 'world' } });
    const refused = await post(lists(5));
    expect(refused.status).toBe(200);
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^Values written in the document nest at most 32 levels, 4 of them lists \(this one: 5 levels, 5 lists\); send deeper values as variables$/,
    );
    expect(refused.events).toEqual(['request', 'parse', 'validate']);
    const objects = await post(`{ hello(value: ${'{ a: '.repeat(33)}1${' }'.repeat(33)}) }`, undefined, true);
    expect(objects.body.errors?.[0]?.message).toMatch(/this one: 33 levels, 0 lists/);
    // The same value as a variable is the subgraph's to judge: the planner never walks it.
    const variable = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($v: JSON) { hello(value: $v) }',
        variables: { v: [[[[[[1]]]]]] },
      }),
    });
    expect(await variable.json()).toEqual({ data: { hello: 'world' } });
  });

  it('refuses several operations without operationName (400 under graphql-response+json), never a 500', async () => {
    const query = 'query A { hello } query B { hello }';
    const json = await post(query);
    expect(json.status).toBe(200);
    expect(json.body.errors?.[0]).toMatchObject({
      message: 'The document has 2 operations: name the one to run in operationName',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await post(query, 'application/graphql-response+json')).status).toBe(400);
    expect(json.events).not.toContain('execute');
  });

  it('exempts internal actors from the depth, alias and cost limits, not from naming the operation', async () => {
    const aliases = await post(
      '{ a: __typename b: __typename c: __typename d: __typename }',
      undefined,
      true,
    );
    expect(aliases.body).toEqual({ data: { a: 'Query', b: 'Query', c: 'Query', d: 'Query' } });
    const several = await post('query A { hello } query B { hello }', undefined, true);
    expect(several.body.errors?.[0]?.message).toMatch(/name the one to run in operationName/);
  });
});

describe('enforceLimits', () => {
  const limits = { maxDepth: 3, maxAliases: 2, maxCost: 100 };
  const expectRefusal = (metrics: { depth: number; aliases: number; cost: number }, message: RegExp) => {
    try {
      enforceLimits(metrics, limits);
      expect.unreachable('expected a refusal');
    } catch (err) {
      expect((err as Error).message).toMatch(message);
      expect((err as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        http: { status: 400 },
      });
    }
  };

  it('accepts operations within every limit', () => {
    expect(() => enforceLimits({ depth: 3, aliases: 2, cost: 100 }, limits)).not.toThrow();
  });

  it('names the limit and the value it exceeded', () => {
    expectRefusal({ depth: 4, aliases: 0, cost: 1 }, /depth 4 exceeds the maximum depth of 3/);
    expectRefusal({ depth: 1, aliases: 3, cost: 1 }, /3 aliases, more than the maximum of 2/);
    expectRefusal({ depth: 1, aliases: 0, cost: 101 }, /cost 101 exceeds the maximum cost of 100/);
    expectRefusal({ depth: 1, aliases: 0, cost: COST_CAP }, /cost at least/);
  });
});
