import { describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors.js';
import { parseTemplate } from './template-service.js';
import { MAX_TREE_BYTES, MAX_TREE_DEPTH, MAX_TREE_NODES, validateTree } from './tree.js';

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return { code: (err as AppError).code, message: (err as AppError).message };
  }
  throw new Error('expected a refusal');
}
const treeRefusal = (input: unknown) => refusal(() => validateTree(input));

const columns = (...items: unknown[][]) => ({
  type: 'Columns',
  props: { columns: items.map((i) => ({ items: i })) },
});
/** `levels` Columns nested in each other's first slot, a Text at the bottom. */
function nested(levels: number): unknown {
  let node: unknown = { type: 'Text', props: { text: 'deep' } };
  for (let i = 0; i < levels; i++) node = columns([node]);
  return node;
}

describe('template tree validation', () => {
  it('accepts slots, Puck ids and zones, keeping them in the stored tree', () => {
    const input = {
      root: { props: { title: 'Home' } },
      content: [columns([{ type: 'Button', props: { id: 'b1', label: 'a', href: '/a' } }], [])],
      zones: { 'Legacy-1:main': [{ type: 'Text', props: { text: 'z' } }] },
    };
    const tree = validateTree(input);
    expect(tree).toEqual(input);
  });

  it('names the path of an unknown component inside a slot', () => {
    const r = treeRefusal({ content: [{ type: 'Spacer' }, columns([], [{ type: 'Script', props: {} }])] });
    expect(r).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'tree.content[1].props.columns[1].items[0].type: unknown component "Script"',
    });
  });

  it('names the path of a bad href in a nested slot', () => {
    const bad = { type: 'Button', props: { label: 'x', href: 'javascript:alert(1)' } };
    const r = treeRefusal({
      content: [{ type: 'Spacer' }, { type: 'Spacer' }, { type: 'Spacer' }, columns([], [columns([bad])])],
    });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.message).toBe(
      'tree.content[3].props.columns[1].items[0].props.columns[0].items[0].props.href: Links must be http(s) or start with /',
    );
    // Array indexes inside props are bracketed too.
    expect(
      treeRefusal({
        content: [{ type: 'Header', props: { siteName: 's', links: [{ label: 'a', href: 'x:y' }] } }],
      }).message,
    ).toMatch(/^tree\.content\[0\]\.props\.links\[0\]\.href: /);
    expect(treeRefusal({ content: [], root: { props: { title: 7 } } }).message).toMatch(
      /^tree\.root\.props\.title: /,
    );
    expect(treeRefusal({ content: [columns([{ props: {} }])] }).message).toMatch(
      /^tree\.content\[0\]\.props\.columns\[0\]\.items\[0\]\.type: /,
    );
  });

  it(`refuses trees nested deeper than ${MAX_TREE_DEPTH} levels`, () => {
    // MAX_TREE_DEPTH - 1 Columns plus the Text: exactly MAX_TREE_DEPTH levels.
    expect(() => validateTree({ content: [nested(MAX_TREE_DEPTH - 1)] })).not.toThrow();
    const r = treeRefusal({ content: [nested(MAX_TREE_DEPTH)] });
    expect(r.code).toBe('BAD_USER_INPUT');
    expect(r.message).toBe(
      `tree.content[0]${'.props.columns[0].items[0]'.repeat(MAX_TREE_DEPTH)}: nested deeper than ${MAX_TREE_DEPTH} levels`,
    );
  });

  it('refuses trees with too many components (nested ones counted) or too many bytes', () => {
    const spacers = (n: number) => Array.from({ length: n }, () => ({ type: 'Spacer', props: {} }));
    // 5 Columns holding 100 spacers each: 505 components in all, only 5 at the top.
    const many = treeRefusal({ content: Array.from({ length: 5 }, () => columns(spacers(100))) });
    expect(many.code).toBe('BAD_USER_INPUT');
    expect(many.message).toMatch(
      new RegExp(
        `^tree\\.content\\[4\\]\\.props\\.columns\\[0\\]\\.items\\[\\d+\\]: more than ${MAX_TREE_NODES} components`,
      ),
    );
    expect(() =>
      validateTree({ content: Array.from({ length: 4 }, () => columns(spacers(100))) }),
    ).not.toThrow();
    const big = treeRefusal({
      content: [columns([{ type: 'Text', props: { text: 'x'.repeat(MAX_TREE_BYTES) } }])],
    });
    expect(big.message).toMatch(/^tree: larger than/);
  });

  it('refuses template files with unknown placeholders, undefined tokens or bad token layers', () => {
    const file = (data: unknown, tokens: unknown = {}) =>
      JSON.stringify({ name: 'T', description: 'd', tokens, data });
    const ok = {
      root: { props: {} },
      content: [{ type: 'Heading', props: { text: '{{page.title}}', level: 1 } }],
    };
    expect(parseTemplate('t', file(ok), 'json').data).toEqual(ok);
    expect(
      refusal(() =>
        parseTemplate(
          't',
          file({ content: [{ type: 'Text', props: { text: '{{user.password}}' } }] }),
          'json',
        ),
      ).message,
    ).toBe('template t: unknown placeholder {{user.password}}');
    expect(
      refusal(() =>
        parseTemplate(
          't',
          file({ content: [{ type: 'Hero', props: { title: 'x', background: '{color.nope}' } }] }),
          'json',
        ),
      ).message,
    ).toBe('template t: token {color.nope} is not defined');
    expect(
      refusal(() =>
        parseTemplate(
          't',
          file(ok, { color: { brand: { primary: { $type: 'color', $value: '{color.missing}' } } } }),
          'json',
        ),
      ).message,
    ).toMatch(/^template t: tokens: .*color\.brand\.primary/);
    expect(
      refusal(() => parseTemplate('t', 'name: T\ndata:\n  content:\n    - type: Marquee\n', 'yaml')).message,
    ).toBe('template t: tree.content[0].type: unknown component "Marquee"');
  });
});
