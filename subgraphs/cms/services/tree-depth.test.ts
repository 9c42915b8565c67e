import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.js';
import { nestedDeeperThan } from '../../../core/json-depth.js';
import { MAX_TREE_DEPTH, MAX_TREE_JSON_DEPTH, validateTree } from './tree.js';

/** `levels` Columns nested in each other's first slot, `bottom` in the deepest one. */
function nested(levels: number, bottom: unknown): unknown {
  let node = bottom;
  for (let i = 0; i < levels; i++) node = { type: 'Columns', props: { columns: [{ items: [node] }] } };
  return node;
}

const productGrid = {
  type: 'ProductGrid',
  props: {
    products: [{ title: 'Shirt', price: { amount: 1000, currency: 'EUR' }, href: '/shirt' }],
  },
};

function refusal(input: unknown): AppError {
  try {
    validateTree(input);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected a refusal');
}

describe('component tree nesting, bounded before anything recursive runs', () => {
  it('accepts the deepest valid tree: the JSON bound leaves room for it, in content and in zones', () => {
    const deepest = nested(MAX_TREE_DEPTH - 1, productGrid);
    for (const tree of [{ content: [deepest] }, { content: [], zones: { 'Legacy-1:main': [deepest] } }]) {
      expect(nestedDeeperThan(tree, MAX_TREE_JSON_DEPTH)).toBe(false);
      expect(() => validateTree(tree)).not.toThrow();
    }
  });

  it('refuses a tree nested 2,000 components deep with BAD_USER_INPUT naming the limit, not a stack overflow', () => {
    const r = refusal({ content: [nested(2000, productGrid)] });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.message).toBe(
      `tree: nested deeper than ${MAX_TREE_DEPTH} levels (more than ${MAX_TREE_JSON_DEPTH} levels of JSON)`,
    );
  });

  it('refuses any value nested 50,000 deep, wherever it is in the tree', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = { a: deep };
    for (const tree of [deep, { content: [{ type: 'Text', props: { text: 'x', extra: deep } }] }]) {
      expect(refusal(tree).code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps naming the component path for trees deep in components but shallow in JSON', () => {
    const r = refusal({ content: [nested(MAX_TREE_DEPTH, { type: 'Text', props: { text: 'deep' } })] });
    expect(r.message).toMatch(
      /^tree\.content\[0\](\.props\.columns\[0\]\.items\[0\])+: nested deeper than 8 levels$/,
    );
  });
});

describe('nestedDeeperThan', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan({}, 0)).toBe(true);
    expect(nestedDeeperThan({ a: [1, { b: null }] }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
  });
});
