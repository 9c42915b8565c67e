/**
 * A menu being edited: items with a stable key each (so focus and drag follow an item as it moves),
 * and the moves the navigation screen offers by keyboard and by drag. Every move returns a new tree
 * and refuses what the server would (more than MENU_DEPTH levels).
 */
import type { LinkTarget } from '../../../../../templates/links.js';
import type { MenuItemInput, MenuLinkInput, MenuLinkKind } from '../../../gql/graphql.js';

/** Menus nest three levels (services/navigation.ts MAX_MENU_DEPTH in the cms). */
export const MENU_DEPTH = 3;

export interface EditedItem {
  key: string;
  label: string;
  /** Where it leads: the picked path or web address (for a link by reference, its path when picked). */
  href: string;
  /** The link by reference (a page by id, a product or collection by slug, a store page). */
  link: MenuLinkInput | null;
  children: EditedItem[];
}

/** A stored menu item, as the menus query returns it (three levels). */
export interface StoredItem {
  label: string;
  href: string;
  link?: { kind: MenuLinkKind; pageId?: string | null; slug?: string | null } | null;
  children?: readonly StoredItem[];
}

let nextKey = 0;
export const newKey = () => `item-${++nextKey}`;

export function editable(items: readonly StoredItem[]): EditedItem[] {
  return items.map((item) => ({
    key: newKey(),
    label: item.label,
    href: item.href,
    link: item.link
      ? { kind: item.link.kind, pageId: item.link.pageId ?? null, slug: item.link.slug ?? null }
      : null,
    children: editable(item.children ?? []),
  }));
}

/** What `saveMenu` takes: a link by reference where there is one, else the href. */
export function toInput(items: readonly EditedItem[]): MenuItemInput[] {
  return items.map((item) => ({
    label: item.label.trim(),
    ...(item.link ? { link: item.link } : { href: item.href }),
    children: toInput(item.children),
  }));
}

/** A picked link target as a menu link by reference; null for a web address or a plain path. */
export function menuLinkOf(target: LinkTarget | null, pageId?: string): MenuLinkInput | null {
  switch (target?.kind) {
    case 'page':
      return pageId ? { kind: 'PAGE', pageId } : null;
    case 'product':
      return { kind: 'PRODUCT', slug: target.slug };
    case 'collection':
      return { kind: 'COLLECTION', slug: target.slug };
    case 'allProducts':
      return { kind: 'ALL_PRODUCTS' };
    case 'search':
      return { kind: 'SEARCH' };
    case 'cart':
      return { kind: 'CART' };
    default:
      return null;
  }
}

/** Where an item is: its parent's list (by the path of indexes to it) and its index there. */
interface Place {
  siblings: EditedItem[];
  index: number;
  /** Levels above it (0: a top-level item). */
  level: number;
  parent: EditedItem | null;
}

function clone(items: readonly EditedItem[]): EditedItem[] {
  return items.map((item) => ({ ...item, children: clone(item.children) }));
}

function find(items: EditedItem[], key: string, level = 0, parent: EditedItem | null = null): Place | null {
  for (const [index, item] of items.entries()) {
    if (item.key === key) return { siblings: items, index, level, parent };
    const inner = find(item.children, key, level + 1, item);
    if (inner) return inner;
  }
  return null;
}

/** Levels an item and its descendants take (1 for an item without children). */
export function depthOf(item: EditedItem): number {
  return 1 + Math.max(0, ...item.children.map(depthOf));
}

/** The moves possible for an item now (the screen disables the others). */
export function movesOf(items: EditedItem[], key: string) {
  const place = find(items, key);
  if (!place) return { up: false, down: false, indent: false, outdent: false };
  const item = place.siblings[place.index]!;
  return {
    up: place.index > 0,
    down: place.index < place.siblings.length - 1,
    // Into the item above it, as its last child, while the menu stays within MENU_DEPTH levels.
    indent: place.index > 0 && place.level + 1 + depthOf(item) <= MENU_DEPTH,
    outdent: place.level > 0,
  };
}

export type Move = 'up' | 'down' | 'indent' | 'outdent';

/** The tree with `key` moved; the same tree when the move is not possible. */
export function move(items: readonly EditedItem[], key: string, how: Move): EditedItem[] {
  const tree = clone(items);
  if (!movesOf(tree, key)[how]) return tree;
  const place = find(tree, key)!;
  const { siblings, index } = place;
  const [item] = siblings.splice(index, 1) as [EditedItem];
  if (how === 'up') siblings.splice(index - 1, 0, item);
  else if (how === 'down') siblings.splice(index + 1, 0, item);
  else if (how === 'indent') siblings[index - 1]!.children.push(item);
  else {
    // After its parent, in the parent's list.
    const parent = find(tree, place.parent!.key)!;
    parent.siblings.splice(parent.index + 1, 0, item);
  }
  return tree;
}

/**
 * The tree with `key` dropped before `before` (in that item's list), or at the end of the top
 * level when `before` is null. Refused (same tree) onto itself, into its own children, or deeper
 * than MENU_DEPTH levels.
 */
export function moveBefore(items: readonly EditedItem[], key: string, before: string | null): EditedItem[] {
  const tree = clone(items);
  const from = find(tree, key);
  if (!from || key === before) return tree;
  const item = from.siblings[from.index]!;
  if (before !== null && find(item.children, before)) return tree;
  const target = before === null ? null : find(tree, before);
  if (before !== null && !target) return tree;
  if ((target?.level ?? 0) + depthOf(item) > MENU_DEPTH) return tree;
  from.siblings.splice(from.index, 1);
  if (target === null) tree.push(item);
  else {
    const at = target.siblings.findIndex((i) => i.key === before);
    target.siblings.splice(at, 0, item);
  }
  return tree;
}

/** The tree with `key` changed by `change`. */
export function update(
  items: readonly EditedItem[],
  key: string,
  change: Partial<Omit<EditedItem, 'key' | 'children'>>,
): EditedItem[] {
  return items.map((item) =>
    item.key === key ? { ...item, ...change } : { ...item, children: update(item.children, key, change) },
  );
}

/** The tree without `key` (and its children). */
export function remove(items: readonly EditedItem[], key: string): EditedItem[] {
  return items
    .filter((item) => item.key !== key)
    .map((item) => ({ ...item, children: remove(item.children, key) }));
}

/** The same menu for saving: labels, links and shape (keys aside). */
export function sameItems(a: readonly EditedItem[], b: readonly EditedItem[]): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

/** The items with a label missing (saving would be refused), by key. */
export function unlabelled(items: readonly EditedItem[]): string[] {
  return items.flatMap((item) => [...(item.label.trim() ? [] : [item.key]), ...unlabelled(item.children)]);
}

/** Items without a link (saving would be refused), by key. */
export function unlinked(items: readonly EditedItem[]): string[] {
  return items.flatMap((item) => [...(item.link || item.href ? [] : [item.key]), ...unlinked(item.children)]);
}
