/**
 * Whether a parsed JSON value nests arrays and objects more than `limit` levels deep (`1` and
 * `"a"` are 0 levels, `{}` is 1, `{"a":[]}` is 2). It walks with its own stack, never recursion,
 * so asking about a value nested 50,000 deep is safe; everything recursive that would handle such a
 * value later (JSON.stringify, zod, graphql-js coercion) overflows the call stack instead.
 */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: object; depth: number }[] = [];
  if (value !== null && typeof value === 'object') pending.push({ value, depth: 1 });
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.depth > limit) return true;
    for (const child of Array.isArray(next.value) ? next.value : Object.values(next.value)) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth: next.depth + 1 });
    }
  }
  return false;
}
