import { z } from 'zod';
import { badInput } from '../../../core/errors.js';
import { components, isComponentName } from '../../../templates/components/index.js';
import type { PageTree } from '../entities.js';

export const MAX_TREE_NODES = 500;
export const MAX_TREE_BYTES = 256 * 1024;

const treeShape = z.object({
  root: z.object({ props: z.record(z.string(), z.unknown()).default({}) }).default({ props: {} }),
  content: z.array(z.object({ type: z.string(), props: z.record(z.string(), z.unknown()).default({}) })),
});

/**
 * Validates a component tree: its shape, size, known component types and each component's props.
 * Every error names the path (e.g. `tree.content[3].props.href`).
 */
export function validateTree(input: unknown): PageTree {
  const bytes = Buffer.byteLength(JSON.stringify(input ?? null));
  if (bytes > MAX_TREE_BYTES) throw badInput(`tree: larger than ${MAX_TREE_BYTES} bytes (${bytes})`, 'tree');
  const parsed = treeShape.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(`tree.${issue.path.join('.')}: ${issue.message}`, 'tree');
  }
  const tree = parsed.data;
  if (tree.content.length > MAX_TREE_NODES) {
    throw badInput(`tree.content: more than ${MAX_TREE_NODES} components`, 'tree');
  }
  tree.content.forEach((node, index) => {
    const at = `tree.content[${index}]`;
    if (!isComponentName(node.type)) throw badInput(`${at}.type: unknown component "${node.type}"`, 'tree');
    const props = components[node.type].props.safeParse(node.props);
    if (!props.success) {
      const issue = props.error.issues[0]!;
      throw badInput(`${at}.props.${issue.path.join('.')}: ${issue.message}`, 'tree');
    }
  });
  return tree;
}
