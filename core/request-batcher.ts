/**
 * Request-scoped batching for field resolvers (a tiny DataLoader): every key asked for by the
 * resolvers of one request in the same turn of the event loop is fetched with one query, so a
 * product grid of 50 products costs one variants query, not 50 (commerce), and the images of 50
 * product cards one asset query and one variants query (assets).
 */
export class RequestBatcher<Scope extends object, K, V> {
  private readonly pending = new WeakMap<Scope, { keys: Set<K>; result: Promise<Map<K, V>> }>();

  constructor(private readonly fetch: (scope: Scope, keys: K[]) => Promise<Map<K, V>>) {}

  load(scope: Scope, key: K): Promise<V | undefined> {
    let batch = this.pending.get(scope);
    if (!batch) {
      const keys = new Set<K>();
      const result = new Promise<Map<K, V>>((resolve, reject) => {
        setImmediate(() => {
          this.pending.delete(scope);
          this.fetch(scope, [...keys]).then(resolve, reject);
        });
      });
      batch = { keys, result };
      this.pending.set(scope, batch);
    }
    batch.keys.add(key);
    return batch.result.then((found) => found.get(key));
  }
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}
