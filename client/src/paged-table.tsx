/**
 * A cursor-paginated list shown as a table: `usePagedList` loads the first page (again whenever
 * its `fetchPage` changes, e.g. with a new filter) and appends the next on "Load more";
 * `PagedTable` shows its states (loading, the error with a retry, empty, the rows, "Load more").
 * The orders and products lists use both; the media library uses the list (its tiles are no table).
 */
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Loading, RetryError } from './ui.js';

/** One page of a connection, as the list needs it. */
export interface Page<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * A list loaded page by page once `enabled`. `fetchPage` is an effect dependency: keep it stable
 * (useCallback over the filter it sends); a new one starts over from the first page, and the
 * answer to an older one is dropped (a newer search started meanwhile wins).
 */
export function usePagedList<T>(fetchPage: (after: string | null) => Promise<Page<T>>, enabled = true) {
  const [items, setItems] = useState<T[] | null>(null);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const generation = useRef(0);

  const load = useCallback(
    async (after: string | null = null) => {
      const mine = after ? generation.current : ++generation.current;
      setBusy(true);
      try {
        const page = await fetchPage(after);
        if (mine !== generation.current) return;
        setItems((prev) => (after && prev ? [...prev, ...page.nodes] : page.nodes));
        setEndCursor(page.endCursor);
        setHasMore(page.hasNextPage);
        setError(null);
      } catch (err) {
        setError(err);
      } finally {
        setBusy(false);
      }
    },
    [fetchPage],
  );
  useEffect(() => {
    if (enabled) void load();
  }, [load, enabled]);

  return {
    items,
    /** Changes the loaded items in place (an item deleted here leaves the list at once). */
    setItems,
    error,
    busy,
    hasMore,
    /** Loads the first page again. */
    reload: () => load(),
    loadMore: () => load(endCursor),
  };
}

/** A connection's page (`edges`, `pageInfo`) as `Page`. */
export function pageOf<T>(connection: {
  edges: { node: T }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}): Page<T> {
  return {
    nodes: connection.edges.map((e) => e.node),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

export interface Column<T> {
  header: string;
  cell(row: T): ReactNode;
}

/** The list's states and rows: `what` names the rows (`orders`), `label` the table. */
export function PagedTable<T extends { id: string }>({
  list,
  label,
  what,
  empty,
  columns,
}: {
  list: ReturnType<typeof usePagedList<T>>;
  label: string;
  what: string;
  /** What an empty list says (`No orders yet.`, or `No orders match.` under a filter). */
  empty: string;
  columns: Column<T>[];
}) {
  const { items, error } = list;
  return (
    <>
      {error ? <RetryError error={error} onRetry={() => void list.reload()} /> : null}
      {!items ? (
        error ? null : (
          <Loading what={what} />
        )
      ) : items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        // A focusable region: on a narrow screen the table scrolls inside it (keyboard too).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard (axe scrollable-region-focusable)
        <section className="table-scroll" aria-label={label} tabIndex={0}>
          <table aria-label={label}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <tr key={row.id}>
                  {columns.map((c) => (
                    <td key={c.header}>{c.cell(row)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {list.hasMore ? (
        <button type="button" disabled={list.busy} onClick={() => void list.loadMore()}>
          Load more
        </button>
      ) : null}
    </>
  );
}
