/**
 * One order: lines, totals, shipping address, tracking and its timeline, with what orders:write
 * may do next: fulfil a paid order with tracking, cancel a pending one, refund all or part of a
 * paid one. Each action reloads the order, so the timeline shows what happened.
 */
import { type FormEvent, useCallback, useState } from 'react';
import { messageOf } from '../../api.js';
import { can, useApp } from '../../app-context.js';
import type { OrderDetailQuery as OrderResult } from '../../gql/graphql.js';
import { Link } from '../../router.js';
import {
  ErrorMessage,
  Field,
  Forbidden,
  fieldError,
  LoadFailed,
  Loading,
  useAction,
  useLoad,
} from '../../ui.js';
import { formatMoney, toMajor, toMinor } from '../store/money.js';
import {
  OrderCancelMutation,
  OrderDetailQuery,
  OrderFulfilMutation,
  OrderRefundMutation,
} from './operations.js';
import { ORDER_STATUS_LABEL } from './order-status.js';

type Order = OrderResult['order'];
type Entry = Order['timeline'][number];

const REFUNDABLE = new Set<Order['status']>(['PAID', 'FULFILLED', 'PARTIALLY_REFUNDED']);

function describeEntry(e: Entry): string {
  switch (e.kind) {
    case 'CREATED':
      return 'Order placed';
    case 'STATUS':
      return `${e.fromStatus ? ORDER_STATUS_LABEL[e.fromStatus] : '—'} → ${e.toStatus ? ORDER_STATUS_LABEL[e.toStatus] : '—'}`;
    case 'REFUND':
      return `Refunded ${e.amount ? formatMoney(e.amount) : ''}`.trim();
    case 'DISPUTE':
      return `Payment disputed${e.amount ? ` (${formatMoney(e.amount)})` : ''}`;
    case 'PAYMENT_FAILED':
      return 'A payment attempt failed';
    case 'INVENTORY':
      return 'Stock outcome';
    case 'FULFILMENT':
      return 'Shipment details changed';
    default:
      return 'Note';
  }
}

export function OrderDetail({ id }: { id: string }) {
  const { session, viewer } = useApp();
  const { busy, error, setError, run } = useAction();
  const [notice, setNotice] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  const readable = can(viewer, 'orders:read');
  const writable = can(viewer, 'orders:write');

  const fetchOrder = useCallback(
    async () => (await session.execute(OrderDetailQuery, { id })).order,
    [session, id],
  );
  const { data: order, error: loadError, reload: load } = useLoad(fetchOrder, readable);

  if (!readable)
    return <Forbidden title="Order">Your role in this workspace cannot see its orders.</Forbidden>;
  if (loadError) {
    return (
      <LoadFailed title="Order" error={loadError} onRetry={() => void load()}>
        <Link to="/orders">Back to orders</Link>
      </LoadFailed>
    );
  }
  if (!order) return <Loading what="the order" />;

  /** Runs an order action, then reloads the order and says `what` happened. */
  const act = async (what: string, work: () => Promise<unknown>) => {
    setNotice('');
    const done = await run(async () => {
      await work();
      await load();
    });
    if (done) setNotice(what);
    setConfirmCancel(false);
    return done;
  };

  const currency = order.total.currency;
  const remaining = order.total.amount - order.refunded.amount;

  const fulfil = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const trackingUrl = String(form.get('trackingUrl') ?? '').trim();
    void act('Marked fulfilled', () =>
      session.execute(OrderFulfilMutation, {
        id,
        input: {
          carrier: String(form.get('carrier') ?? '').trim(),
          trackingNumber: String(form.get('trackingNumber') ?? '').trim(),
          trackingUrl: trackingUrl || null,
        },
      }),
    );
  };

  const refund = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const amountText = String(form.get('amount') ?? '').trim();
    const reason = String(form.get('reason') ?? '').trim();
    const amount = amountText ? toMinor(amountText, currency) : null;
    if (amountText && (amount === null || amount <= 0)) {
      setError(new Error(`Refund amount: an amount like ${toMajor(Math.min(remaining, 1000), currency)}`));
      return;
    }
    void act(amount ? `Refunded ${formatMoney({ amount, currency })}` : 'Refunded in full', () =>
      session.execute(OrderRefundMutation, {
        id,
        input: { ...(amount ? { amount } : {}), ...(reason ? { reason } : {}) },
      }),
    ).then((ok) => ok && formEl.reset());
  };

  const address = order.shippingAddress;
  return (
    <main className="order">
      <p>
        <Link to="/orders">← Orders</Link>
      </p>
      <h1>Order {order.displayNumber}</h1>
      <p>
        <strong>{ORDER_STATUS_LABEL[order.status]}</strong>
        {order.disputed ? ' · the customer disputed the payment' : ''} · placed{' '}
        {new Date(order.createdAt).toLocaleString()} by {order.customerEmail}
      </p>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <p role="status">{notice}</p>
      <table aria-label="Lines">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">SKU</th>
            <th scope="col">Quantity</th>
            <th scope="col">Unit price</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.variantId}>
              <td>{l.title}</td>
              <td>{l.sku}</td>
              <td>{l.quantity}</td>
              <td>{formatMoney(l.unitPrice)}</td>
              <td>{formatMoney(l.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals">
        <dt>Subtotal</dt>
        <dd>{formatMoney(order.subtotal)}</dd>
        {order.discount.amount ? (
          <>
            <dt>Discount</dt>
            <dd>−{formatMoney(order.discount)}</dd>
          </>
        ) : null}
        <dt>Shipping</dt>
        <dd>{formatMoney(order.shipping)}</dd>
        <dt>Tax</dt>
        <dd>{formatMoney(order.tax)}</dd>
        <dt>Total</dt>
        <dd>{formatMoney(order.total)}</dd>
        <dt>Refunded</dt>
        <dd>{formatMoney(order.refunded)}</dd>
      </dl>
      {address ? (
        <section aria-label="Shipping address">
          <h2>Ships to</h2>
          <address>
            {[
              address.name,
              address.line1,
              address.line2,
              `${address.postalCode} ${address.city}`,
              address.region,
              address.country,
              address.phone,
            ]
              .filter(Boolean)
              .map((line) => (
                <span key={line} className="address-line">
                  {line}
                </span>
              ))}
          </address>
        </section>
      ) : null}
      {order.tracking ? (
        <p>
          Shipped with {order.tracking.carrier}: {order.tracking.number}
          {order.tracking.url ? (
            <>
              {' '}
              (
              <a href={order.tracking.url} target="_blank" rel="noreferrer">
                track
              </a>
              )
            </>
          ) : null}
        </p>
      ) : null}
      {writable ? (
        <section aria-label="Actions" className="order-actions">
          {order.status === 'PAID' || (order.status === 'PARTIALLY_REFUNDED' && !order.fulfilledAt) ? (
            <form onSubmit={fulfil} aria-label="Fulfil">
              <h2>Fulfil</h2>
              <Field label="Carrier" name="carrier" required error={fieldError(error, 'carrier')} />
              <Field
                label="Tracking number"
                name="trackingNumber"
                required
                error={fieldError(error, 'trackingNumber')}
              />
              <Field
                label="Tracking URL"
                name="trackingUrl"
                type="url"
                error={fieldError(error, 'trackingUrl')}
              />
              <button type="submit" disabled={busy}>
                Mark fulfilled
              </button>
            </form>
          ) : null}
          {order.status === 'PENDING' ? (
            <div>
              <h2>Cancel</h2>
              {confirmCancel ? (
                <p role="alert">
                  Cancel order {order.displayNumber}? Its payment is stopped and its stock released.{' '}
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void act('Cancelled', () => session.execute(OrderCancelMutation, { id }))}
                  >
                    Yes, cancel the order
                  </button>{' '}
                  <button type="button" onClick={() => setConfirmCancel(false)}>
                    Keep it
                  </button>
                </p>
              ) : (
                <button type="button" onClick={() => setConfirmCancel(true)}>
                  Cancel order
                </button>
              )}
            </div>
          ) : null}
          {REFUNDABLE.has(order.status) && remaining > 0 ? (
            <form onSubmit={refund} aria-label="Refund">
              <h2>Refund</h2>
              <p>{formatMoney({ amount: remaining, currency })} can still be refunded.</p>
              <Field
                label={`Amount (${currency}; empty refunds everything left)`}
                name="amount"
                inputMode="decimal"
                error={fieldError(error, 'amount')}
              />
              <Field label="Reason" name="reason" />
              <button type="submit" disabled={busy}>
                Refund
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
      <section aria-label="Timeline">
        <h2>Timeline</h2>
        <ol className="timeline">
          {order.timeline.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> · {describeEntry(e)} ·{' '}
              <span className="cause">{e.cause}</span>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
