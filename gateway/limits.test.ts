import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COST_CAP, enforceLimits, measureOperation } from './limits.js';

const schema = buildSchema(`
  type Query { products(first: Int): [Product!]!  product(id: ID!): Product  shop: Shop }
  type Shop { name: String!  collections(limit: Int): [Collection!]! }
  type Collection { title: String!  products(first: Int): [Product!]! }
  type Product { id: ID!  name: String!  related: [Product!]! }
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

  it('ignores introspection fields and picks the named operation', () => {
    const doc = 'query A { __typename products { id } } query B { product(id: 1) { id } }';
    expect(measure(doc, {}, 'B')).toEqual({ depth: 2, aliases: 0, cost: 2 });
    expect(measure('{ __schema { types { name fields { name } } } }').cost).toBe(0);
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
