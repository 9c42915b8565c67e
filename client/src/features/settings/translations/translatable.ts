/**
 * The words of a page's component tree a translator changes: every text prop of every component
 * (nested slots and lists included), never links, ids, token references or layout choices. Each
 * comes with its place in the tree (a path of keys) and a label in words.
 */

export interface TextProp {
  /** Keys from the tree's root to the string, e.g. `['content', 0, 'props', 'heading']`. */
  path: (string | number)[];
  /** Where it is, in words: `Block 1 (Hero) · Heading`. */
  label: string;
  value: string;
}

/** Prop names that hold no words: links, ids, token references, layout and style choices. */
const NOT_WORDS =
  /(^id$|href|url|Id$|Ids$|slug|collection|colou?r|variant|align|size|layout|style|font|spacing|gap|width|height|ratio|position|theme|icon|locale|^type$|focal|mode|sort)/i;

/** `buttonLabel` → `Button label`, `ProductGrid` → `Product grid`. */
export function words(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const isNode = (v: unknown): v is { type: string; props: Record<string, unknown> } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { type?: unknown }).type === 'string' &&
  typeof (v as { props?: unknown }).props === 'object';

const isWords = (key: string, value: string) =>
  !NOT_WORDS.test(key) && /\p{L}/u.test(value) && !/^(\{|\/|https?:)/.test(value.trim());

/** Every text prop of `tree` in page order. */
export function textProps(tree: unknown): TextProp[] {
  const found: TextProp[] = [];
  let block = 0;
  const walkValue = (value: unknown, path: (string | number)[], where: string, key: string) => {
    if (typeof value === 'string') {
      if (isWords(key, value)) found.push({ path, label: `${where} · ${words(key)}`, value });
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        if (isNode(item)) walkNode(item, [...path, i]);
        else walkValue(item, [...path, i], `${where} · ${words(key)} ${i + 1}`, key);
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walkValue(v, [...path, k], where, k);
    }
  };
  const walkNode = (node: { type: string; props: Record<string, unknown> }, path: (string | number)[]) => {
    block += 1;
    const where = `Block ${block} (${words(node.type)})`;
    for (const [key, value] of Object.entries(node.props)) {
      if (key !== 'id') walkValue(value, [...path, 'props', key], where, key);
    }
  };
  const content = (tree as { content?: unknown } | null)?.content;
  if (Array.isArray(content)) {
    for (const [i, node] of content.entries()) if (isNode(node)) walkNode(node, ['content', i]);
  }
  return found;
}

/** A copy of `tree` with the string at `path` replaced. */
export function withText(tree: unknown, path: (string | number)[], text: string): unknown {
  if (path.length === 0) return text;
  const [head, ...rest] = path;
  if (Array.isArray(tree)) return tree.map((item, i) => (i === head ? withText(item, rest, text) : item));
  const object = (tree ?? {}) as Record<string, unknown>;
  return { ...object, [head!]: withText(object[head!], rest, text) };
}

/** The string at `path` in `tree`, if there is one. */
export function textAt(tree: unknown, path: (string | number)[]): string | undefined {
  let at: unknown = tree;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return typeof at === 'string' ? at : undefined;
}
