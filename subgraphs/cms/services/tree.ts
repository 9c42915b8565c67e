import { z } from 'zod';
import { badInput } from '../../../core/errors.js';
import { unstorableStringPath } from '../../../core/input.js';
import { nestedDeeperThan } from '../../../core/json-depth.js';
import { definitionOf, rootDefinition, type TreeNode } from '../../../templates/components/index.js';
import { MAX_TREE_DEPTH } from '../../../templates/components/render.js';
import { bindingPageType, type PageTypeName } from '../../../templates/page-types.js';
import type { PageTree } from '../entities/cms.js';

/** Most components in one tree, nested ones (in slots and zones) included. */
export const MAX_TREE_NODES = 500;
export const MAX_TREE_BYTES = 256 * 1024;
export { MAX_TREE_DEPTH };
/**
 * JSON nesting of a tree MAX_TREE_DEPTH components deep: 5 levels per component (node, props,
 * slot array, column, items), the tree's own 2 and the deepest component props. Checked first, with
 * no recursion: a deeper input would overflow the stack in JSON.stringify or zod before the
 * component depth is ever checked.
 */
export const MAX_TREE_JSON_DEPTH = 2 + 5 * MAX_TREE_DEPTH + 8;

const node = z.object({ type: z.string(), props: z.record(z.string(), z.unknown()).default({}) });
const treeShape = z.object({
  root: z.object({ props: z.record(z.string(), z.unknown()).default({}) }).default({ props: {} }),
  content: z.array(node),
  zones: z.record(z.string().max(200), z.array(node)).optional(),
});

/** `['columns', 1, 'items', 0, 'props', 'href']` → `.columns[1].items[0].props.href`. */
function pathSuffix(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/**
 * Validates a component tree: its shape, size (bytes and components, nested ones included),
 * nesting depth, known component types and each component's props, slots recursively. Every
 * error names the path (e.g. `tree.content[3].props.columns[1].items[0].props.href`).
 */
export function validateTree(
  input: unknown,
  /** The page type whose template this is (services/page-types.ts); null: a page's tree. */
  pageType: PageTypeName | null = null,
): PageTree {
  if (nestedDeeperThan(input, MAX_TREE_JSON_DEPTH)) {
    throw badInput(
      `tree: nested deeper than ${MAX_TREE_DEPTH} levels (more than ${MAX_TREE_JSON_DEPTH} levels of JSON)`,
      'tree',
    );
  }
  const bytes = Buffer.byteLength(JSON.stringify(input ?? null));
  if (bytes > MAX_TREE_BYTES) throw badInput(`tree: larger than ${MAX_TREE_BYTES} bytes (${bytes})`, 'tree');
  const unstorable = unstorableStringPath(input);
  if (unstorable !== null) {
    throw badInput(`tree.${unstorable}: contains a NUL character or an unpaired surrogate`, 'tree');
  }
  const parsed = treeShape.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(`tree.${issue.path.join('.')}: ${issue.message}`, 'tree');
  }
  const tree = parsed.data;
  if (tree.content.length > MAX_TREE_NODES) {
    throw badInput(`tree.content: more than ${MAX_TREE_NODES} components`, 'tree');
  }
  const root = rootDefinition.props.safeParse(tree.root.props);
  if (!root.success) {
    const issue = root.error.issues[0]!;
    throw badInput(`tree.root.props${pathSuffix(issue.path)}: ${issue.message}`, 'tree');
  }
  let count = 0;
  const visit = (n: TreeNode, at: string, depth: number): void => {
    count += 1;
    if (count > MAX_TREE_NODES) {
      throw badInput(
        `${at}: more than ${MAX_TREE_NODES} components in the tree (nested ones included)`,
        'tree',
      );
    }
    if (depth > MAX_TREE_DEPTH) {
      throw badInput(`${at}: nested deeper than ${MAX_TREE_DEPTH} levels`, 'tree');
    }
    const definition = definitionOf(n.type);
    if (!definition) throw badInput(`${at}.type: unknown component "${n.type}"`, 'tree');
    const bound = bindingPageType(n.type);
    if (bound !== null && bound !== pageType) {
      throw badInput(
        `${at}.type: "${n.type}" shows the ${bound.replace('_', ' ')} page's data; it is allowed only in that page type's template`,
        'tree',
      );
    }
    const props = definition.props.safeParse(n.props);
    if (!props.success) {
      const issue = props.error.issues[0]!;
      throw badInput(`${at}.props${pathSuffix(issue.path)}: ${issue.message}`, 'tree');
    }
    definition.mapSlots?.(props.data, (children, path) => {
      for (const [index, child] of children.entries())
        visit(child, `${at}.props.${path}[${index}]`, depth + 1);
      return () => null;
    });
  };
  for (const [index, n] of tree.content.entries()) visit(n, `tree.content[${index}]`, 1);
  for (const [zone, nodes] of Object.entries(tree.zones ?? {})) {
    for (const [index, n] of nodes.entries()) visit(n, `tree.zones[${JSON.stringify(zone)}][${index}]`, 1);
  }
  return tree;
}
