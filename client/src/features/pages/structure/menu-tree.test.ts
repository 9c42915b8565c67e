/** The menu tree's moves: by keyboard (up, down, indent, outdent) and by drag (before an item, to the end). */
import { describe, expect, it } from 'vitest';
import { type EditedItem, menuLinkOf, move, moveBefore, movesOf, toInput } from './menu-tree.js';

const item = (key: string, children: EditedItem[] = []): EditedItem => ({
  key,
  label: key,
  href: `/${key}`,
  link: null,
  children,
});
/** The tree's shape by keys: `a(b(c))`. */
const shape = (items: readonly EditedItem[]): string =>
  items.map((i) => (i.children.length ? `${i.key}(${shape(i.children)})` : i.key)).join(' ');

describe('menu tree', () => {
  const tree = [item('a', [item('b', [item('c')])]), item('d'), item('e')];

  it('indents under the item above, outdents after the parent, and never deeper than three levels', () => {
    expect(shape(move(tree, 'e', 'indent'))).toBe('a(b(c)) d(e)');
    expect(shape(move(tree, 'c', 'outdent'))).toBe('a(b c) d e');
    expect(movesOf(tree, 'd').indent).toBe(true);
    // The first item has nothing above it; a three-level item under another would make four.
    expect(movesOf(tree, 'a').indent).toBe(false);
    const deep = [item('x'), item('a', [item('b', [item('c')])])];
    expect(movesOf(deep, 'a').indent).toBe(false);
    expect(shape(move(deep, 'a', 'indent'))).toBe('x a(b(c))');
  });

  it('moves up and down among siblings only', () => {
    expect(shape(move(tree, 'd', 'up'))).toBe('d a(b(c)) e');
    expect(shape(move(tree, 'e', 'down'))).toBe('a(b(c)) d e');
  });

  it('drops before an item at its level, or at the end; never into itself or too deep', () => {
    expect(shape(moveBefore(tree, 'e', 'a'))).toBe('e a(b(c)) d');
    expect(shape(moveBefore(tree, 'd', 'c'))).toBe('a(b(d c)) e');
    expect(shape(moveBefore(tree, 'b', null))).toBe('a d e b(c)');
    expect(shape(moveBefore(tree, 'a', 'c'))).toBe(shape(tree));
    expect(shape(moveBefore([item('x'), ...tree], 'a', 'c'))).toBe(`x ${shape(tree)}`);
  });

  it('saves links by reference where there is one, else the href', () => {
    const page = { ...item('about'), link: menuLinkOf({ kind: 'page', path: '/about' }, 'p1') };
    const cart = { ...item('cart'), link: menuLinkOf({ kind: 'cart' }) };
    const web = { ...item('web'), href: 'https://example.com', link: menuLinkOf(null) };
    expect(toInput([page, cart, web])).toEqual([
      { label: 'about', link: { kind: 'PAGE', pageId: 'p1' }, children: [] },
      { label: 'cart', link: { kind: 'CART' }, children: [] },
      { label: 'web', href: 'https://example.com', children: [] },
    ]);
  });
});
