/** The product list: search (title or SKU), a status filter and cursor pagination ("Load more"). */
import { type FormEvent, useCallback, useState } from 'react';
import { can, useApp } from '../../app-context.js';
import type { ProductStatus, StoreProductsQuery as ProductsResult } from '../../gql/graphql.js';
import { type Column, PagedTable, pageOf, usePagedList } from '../../paged-table.js';
import { Link } from '../../router.js';
import { Forbidden } from '../../ui.js';
import { formatMoney } from './money.js';
import { StoreProductsQuery } from './operations.js';
import { PRODUCT_STATUS_LABEL, PRODUCT_STATUSES } from './product-status.js';
import { StoreNav } from './StoreNav.js';

type ListedProduct = ProductsResult['products']['edges'][number]['node'];

function priceText(p: ListedProduct): string {
  if (!p.priceRange) return '—';
  const { min, max } = p.priceRange;
  return min.amount === max.amount ? formatMoney(min) : `${formatMoney(min)} – ${formatMoney(max)}`;
}

const PRODUCT_COLUMNS: Column<ListedProduct>[] = [
  { header: 'Title', cell: (p) => <Link to={`/store/products/${p.id}`}>{p.title}</Link> },
  { header: 'Status', cell: (p) => PRODUCT_STATUS_LABEL[p.status] },
  { header: 'SKUs', cell: (p) => p.variants.map((v) => v.sku).join(', ') },
  { header: 'Price', cell: priceText },
  { header: 'Updated', cell: (p) => new Date(p.updatedAt).toLocaleString() },
];

export function StoreProducts({ pageSize = 20 }: { pageSize?: number }) {
  const { session, viewer } = useApp();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ProductStatus | ''>('');
  const readable = can(viewer, 'catalog:read');
  const fetchPage = useCallback(
    async (after: string | null) => {
      const { products } = await session.execute(StoreProductsQuery, {
        first: pageSize,
        after,
        search: search.trim() || null,
        status: status || null,
      });
      return pageOf(products);
    },
    [session, search, status, pageSize],
  );
  const list = usePagedList(fetchPage, readable);

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
      <StoreNav />
      {can(viewer, 'catalog:write') ? (
        <p>
          <Link to="/store/products/new">New product</Link>
        </p>
      ) : null}
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
      <PagedTable
        list={list}
        label="Products"
        what="products"
        empty={search || status ? 'No products match.' : 'No products yet.'}
        columns={PRODUCT_COLUMNS}
      />
    </main>
  );
}
