/**
 * The orders area (loaded on demand): `/orders` lists the store's orders, newest first, filtered by
 * status and date and searched by number or email; `/orders/<id>` shows one (OrdersDetail.tsx).
 */
import { type FormEvent, useCallback, useState } from 'react';
import { can, useApp } from '../../app-context.js';
import type { OrderFilter, OrdersQuery as OrdersResult } from '../../gql/graphql.js';
import { type Column, PagedTable, pageOf, usePagedList } from '../../paged-table.js';
import { Link } from '../../router.js';
import { Forbidden } from '../../ui.js';
import { formatMoney } from '../store/money.js';
import { OrderDetail } from './OrdersDetail.js';
import { OrdersQuery } from './operations.js';
import { ORDER_STATUS_LABEL, ORDER_STATUSES, type OrderStatusName } from './order-status.js';

type ListedOrder = OrdersResult['orders']['edges'][number]['node'];

/** A date input's value (`YYYY-MM-DD`, local) as the start of that day with its offset. */
export function dayStart(day: string, plusDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T00:00:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

const ORDER_COLUMNS: Column<ListedOrder>[] = [
  { header: 'Order', cell: (o) => <Link to={`/orders/${o.id}`}>{o.displayNumber}</Link> },
  { header: 'Placed', cell: (o) => new Date(o.createdAt).toLocaleString() },
  { header: 'Customer', cell: (o) => o.customerEmail },
  {
    header: 'Status',
    cell: (o) => `${ORDER_STATUS_LABEL[o.status]}${o.disputed ? ' · disputed' : ''}`,
  },
  {
    header: 'Total',
    cell: (o) =>
      `${formatMoney(o.total)}${o.refunded.amount > 0 ? ` (${formatMoney(o.refunded)} refunded)` : ''}`,
  },
];

export function OrdersList({ pageSize = 20 }: { pageSize?: number }) {
  const { session, viewer } = useApp();
  const [filter, setFilter] = useState<OrderFilter>({});
  const readable = can(viewer, 'orders:read');
  const fetchPage = useCallback(
    async (after: string | null) =>
      pageOf((await session.execute(OrdersQuery, { first: pageSize, after, filter })).orders),
    [session, filter, pageSize],
  );
  const list = usePagedList(fetchPage, readable);

  if (!readable)
    return <Forbidden title="Orders">Your role in this workspace cannot see its orders.</Forbidden>;

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const status = String(form.get('status') ?? '');
    const search = String(form.get('search') ?? '').trim();
    const from = dayStart(String(form.get('from') ?? ''));
    const to = dayStart(String(form.get('to') ?? ''), 1);
    setFilter({
      ...(status ? { status: [status as OrderStatusName] } : {}),
      ...(search ? { search } : {}),
      ...(from ? { createdFrom: from } : {}),
      ...(to ? { createdTo: to } : {}),
    });
  };
  const filtered = Object.keys(filter).length > 0;

  return (
    <main>
      <h1>Orders</h1>
      <nav aria-label="Store" className="subnav">
        {can(viewer, 'catalog:read') ? <Link to="/store">Products</Link> : null}
      </nav>
      <form className="filters" aria-label="Search orders" onSubmit={onFilter}>
        <label>
          Search
          <input name="search" type="search" placeholder="#1001 or email" />
        </label>
        <label>
          Status
          <select name="status" defaultValue="">
            <option value="">Any</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input name="from" type="date" />
        </label>
        <label>
          To
          <input name="to" type="date" />
        </label>
        <button type="submit">Filter</button>
      </form>
      <PagedTable
        list={list}
        label="Orders"
        what="orders"
        empty={filtered ? 'No orders match.' : 'No orders yet.'}
        columns={ORDER_COLUMNS}
      />
    </main>
  );
}

export default function Orders({ path }: { path: string }) {
  const match = /^\/orders\/([^/]+)$/.exec(path);
  if (match) {
    const id = decodeURIComponent(match[1]!);
    return <OrderDetail key={id} id={id} />;
  }
  return <OrdersList />;
}
