import type { EventBus } from '../../../core/events.js';

/**
 * What an uncached storefront render reads from the cms that changes only when the tenant edits
 * its site (the published page at a path, a page type's template, the site layout and the site):
 * kept per tenant, so a page-cache miss at the edge costs no cms transaction when nothing changed.
 * Every cms write that changes what a page shows purges through `PageLifecycle.purge`, which drops
 * the tenant here first (in this process, before `pages-changed` goes out, so an edge that re-renders
 * on that event never gets the old copy from this replica); other replicas drop it on `pages-changed`.
 * The TTL is the backstop, as for every cache fed by at-most-once events (ADR 0027, ADR 0051).
 * Keys always start with the tenant: one tenant's entry can never answer another's render.
 */
export class TenantRenderCache {
  private readonly tenants = new Map<string, Map<string, { value: Promise<unknown>; at: number }>>();
  /** Numbers for object keys (a page's content array), so a layout is cached per content. */
  private readonly objectKeys = new WeakMap<object, number>();
  private objectCount = 0;

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxPerTenant = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value of `key` for the tenant, else `load()`'s (a failed or `null` load is not kept). */
  get<T>(tenantId: string, key: string, load: () => Promise<T>): Promise<T> {
    let entries = this.tenants.get(tenantId);
    const at = this.now();
    const found = entries?.get(key);
    if (found && at - found.at < this.ttlMs) return found.value as Promise<T>;
    if (!entries) {
      entries = new Map();
      this.tenants.set(tenantId, entries);
    }
    if (entries.size >= this.maxPerTenant) entries.clear();
    const value = load();
    const mine = entries;
    mine.set(key, { value, at });
    const drop = () => {
      if (mine.get(key)?.value === value) mine.delete(key);
    };
    value.then((v) => (v === null ? drop() : undefined), drop);
    return value;
  }

  /** A stable number for an object (per process), to key entries by identity. */
  keyOf(value: object): number {
    let key = this.objectKeys.get(value);
    if (key === undefined) {
      key = ++this.objectCount;
      this.objectKeys.set(value, key);
    }
    return key;
  }

  /** Drops everything kept for the tenant. */
  forget(tenantId: string): void {
    this.tenants.delete(tenantId);
  }

  /** Other replicas' writes: `pages-changed` drops the tenant. */
  listen(events: Pick<EventBus, 'subscribe'>): Promise<() => void> {
    return events.subscribe('pages-changed', (tenantId) => this.forget(tenantId));
  }
}
