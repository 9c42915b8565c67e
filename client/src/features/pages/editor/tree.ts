/** Pure helpers over page component trees (`{ root: { props }, content: [{ type, props }] }`). */

export interface TreeNode {
  type: string;
  props: Record<string, unknown>;
}

export interface PageTree {
  root: { props: Record<string, unknown> };
  content: TreeNode[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNode = (value: unknown): value is TreeNode =>
  isObject(value) && typeof value.type === 'string' && isObject(value.props);

/** Puck needs a unique `props.id` on every component (slots included); stored trees may lack them. */
export function withIds(tree: unknown, newId: () => string = () => crypto.randomUUID()): PageTree {
  const source = isObject(tree) ? tree : {};
  const root = isObject(source.root) && isObject(source.root.props) ? source.root.props : {};
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = visit(child);
    if (isNode(out)) {
      const props = out.props as Record<string, unknown>;
      if (typeof props.id !== 'string' || !props.id) out.props = { ...props, id: `${out.type}-${newId()}` };
    }
    return out;
  };
  const content = Array.isArray(source.content) ? (visit(source.content) as unknown[]).filter(isNode) : [];
  return { root: { props: { ...root } }, content };
}

/** One line per component, depth-first, with its text: what the conflict dialog shows for each side. */
export function describeTree(tree: unknown): string[] {
  const lines: string[] = [];
  const textOf = (props: Record<string, unknown>) =>
    ['title', 'text', 'label', 'heading', 'siteName', 'subtitle']
      .map((key) => props[key])
      .filter((v): v is string => typeof v === 'string' && v.length > 0)
      .map((v) => (v.length > 80 ? `${v.slice(0, 79)}…` : v))
      .join(' · ');
  const walk = (value: unknown, depth: number) => {
    if (Array.isArray(value)) {
      for (const child of value) walk(child, depth);
      return;
    }
    if (!isObject(value)) return;
    if (isNode(value)) {
      const text = textOf(value.props);
      lines.push(`${'  '.repeat(depth)}${value.type}${text ? `: ${text}` : ''}`);
      for (const [key, child] of Object.entries(value.props)) if (key !== 'id') walk(child, depth + 1);
      return;
    }
    for (const child of Object.values(value)) walk(child, depth);
  };
  walk(isObject(tree) ? tree.content : [], 0);
  return lines;
}

/** Whether two trees hold the same content (ignoring key order). */
export function sameTree(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
