/** The product list: search (title or SKU), a status filter and cursor pagination ("Load more"). */
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { can, useApp } from '../../app-context.js';
import type { ProductStatus, StoreProductsQuery as ProductsResult } from '../../gql/graphql.js';
import { Link } from '../../router.js';
import { Forbidden, Loading, RetryError } from '../../ui.js';
import { formatMoney } from './money.js';
import { StoreProductsQuery } from './operations.js';
import { PRODUCT_STATUS_LABEL, PRODUCT_STATUSES } from './product-status.js';

type ListedProduct = ProductsResult['products']['edges'][number]['node'];

function priceText(p: ListedProduct): string {
  if (!p.priceRange) return '—';
  const { min, max } = p.priceRange;
  return min.amount === max.amount ? formatMoney(min) : `${formatMoney(min)} – ${formatMoney(max)}`;
}

export function StoreProducts({ pageSize = 20 }: { pageSize?: number }) {
  const { session, viewer } = useApp();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ProductStatus | ''>('');
  const [products, setProducts] = useState<ListedProduct[] | null>(null);
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
        const { products: page } = await session.execute(StoreProductsQuery, {
          first: pageSize,
          after,
          search: search.trim() || null,
          status: status || null,
        });
        // A newer search started meanwhile: its answer wins.
        if (mine !== generation.current) return;
        const nodes = page.edges.map((e) => e.node);
        setProducts((prev) => (after && prev ? [...prev, ...nodes] : nodes));
        setEndCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
        setError(null);
      } catch (err) {
        setError(err);
      } finally {
        setBusy(false);
      }
    },
    [session, search, status, pageSize],
  );
  const readable = can(viewer, 'catalog:read');
  useEffect(() => {
    if (readable) void load();
  }, [load, readable]);

  if (!readable) {
    return <Forbidden title="Products">Your role in this workspace cannot manage its catalog.</Forbidden>;
  }

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSearch(String(form.get('search') ?? ''));
    setStatus(String(form.get('status') ?? '') as ProductStatus | '');
  };

  return (
    <main>
      <h1>Products</h1>
      <nav aria-label="Store" className="subnav">
        {can(viewer, 'catalog:write') ? <Link to="/store/products/new">New product</Link> : null}
        {can(viewer, 'orders:read') ? <Link to="/orders">Orders</Link> : null}
      </nav>
      <form className="filters" aria-label="Search products" onSubmit={onFilter}>
        <label>
          Search
          <input name="search" type="search" defaultValue={search} placeholder="Title or SKU" />
        </label>
        <label>
          Status
          <select name="status" defaultValue={status}>
            <option value="">Any</option>
            {PRODUCT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PRODUCT_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      {error ? <RetryError error={error} onRetry={() => void load()} /> : null}
      {!products ? (
        error ? null : (
          <Loading what="products" />
        )
      ) : products.length === 0 ? (
        <p>{search || status ? 'No products match.' : 'No products yet.'}</p>
      ) : (
        <table aria-label="Products">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">SKUs</th>
              <th scope="col">Price</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {products.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/store/products/${p.id}`}>{p.title}</Link>
                </td>
                <td>{PRODUCT_STATUS_LABEL[p.status]}</td>
                <td>{p.variants.map((v) => v.sku).join(', ')}</td>
                <td>{priceText(p)}</td>
                <td>{new Date(p.updatedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasMore ? (
        <button type="button" disabled={busy} onClick={() => void load(endCursor)}>
          Load more
        </button>
      ) : null}
    </main>
  );
}
