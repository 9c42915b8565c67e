/**
 * Discount codes (catalog:read; changes need catalog:write): each code with what it takes off,
 * its conditions, how often it was used and whether visitors can use it (switched on and off
 * here); a form creates one (a fixed amount in one of the currencies the store's regions sell in).
 */
import { type FormEvent, useCallback, useState } from 'react';
import { can, useApp } from '../../../app-context.js';
import type {
  CreateDiscountCodeInput as DiscountInput,
  DiscountKind,
  StoreDiscountFragment,
  StoreRegionFragment,
} from '../../../gql/graphql.js';
import { type Column, PagedTable, pageOf, usePagedList } from '../../../paged-table.js';
import { ErrorMessage, Forbidden, useAction } from '../../../ui.js';
import { formatMoney, toMinor } from '../money.js';
import {
  StoreCreateDiscountMutation,
  StoreDiscountsQuery,
  StoreSetDiscountActiveMutation,
} from '../operations.js';
import { sellingCurrencies } from '../product-editor/product-draft.js';
import { StoreNav } from '../StoreNav.js';
import { inWords } from './words.js';

type Discount = StoreDiscountFragment;

const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString() : null);

function summary(d: Discount): string {
  const off =
    d.kind === 'PERCENTAGE'
      ? `${d.percentOff ?? 0} % off`
      : d.amountOff
        ? `${formatMoney(d.amountOff)} off`
        : '';
  const when = [
    date(d.startsAt) && `from ${date(d.startsAt)}`,
    date(d.expiresAt) && `until ${date(d.expiresAt)}`,
  ]
    .filter(Boolean)
    .join(' ');
  return [off, when].filter(Boolean).join(', ');
}

/** A `datetime-local` value as an ISO 8601 date-time with the browser's offset, or null when empty. */
function isoOf(local: string): string | null {
  return local ? new Date(local).toISOString() : null;
}

export function Discounts() {
  const { session, viewer } = useApp();
  const readable = can(viewer, 'catalog:read');
  const writable = can(viewer, 'catalog:write');
  const { busy, error, run } = useAction();
  const [regions, setRegions] = useState<StoreRegionFragment[]>([]);
  const [notice, setNotice] = useState('');

  const fetchPage = useCallback(
    async (after: string | null) => {
      const data = await session.execute(StoreDiscountsQuery, { first: 50, after });
      setRegions(data.regions);
      return pageOf(data.discountCodes);
    },
    [session],
  );
  const list = usePagedList<Discount>(fetchPage, readable);

  if (!readable) {
    return <Forbidden title="Discounts">Your role in this workspace cannot manage its catalog.</Forbidden>;
  }

  const replace = (d: Discount) =>
    list.setItems((items) => {
      const found = (items ?? []).some((x) => x.id === d.id);
      return found ? (items ?? []).map((x) => (x.id === d.id ? d : x)) : [d, ...(items ?? [])];
    });
  const toggle = (d: Discount) =>
    void run(async () => {
      const { setDiscountCodeActive } = await session.execute(StoreSetDiscountActiveMutation, {
        id: d.id,
        active: !d.active,
      });
      replace(setDiscountCodeActive);
      setNotice(`${d.code} is ${setDiscountCodeActive.active ? 'on' : 'off'}.`);
    });

  const columns: Column<Discount>[] = [
    { header: 'Code', cell: (d) => <code>{d.code}</code> },
    { header: 'Discount', cell: summary },
    {
      header: 'Used',
      cell: (d) => (d.usageLimit ? `${d.used} of ${d.usageLimit}` : `${d.used}`),
    },
    {
      header: 'Visitors can use it',
      cell: (d) =>
        writable ? (
          <button type="button" aria-pressed={d.active} disabled={busy} onClick={() => toggle(d)}>
            {d.active ? `${d.code}: on` : `${d.code}: off`}
          </button>
        ) : d.active ? (
          'On'
        ) : (
          'Off'
        ),
    },
  ];

  return (
    <main>
      <h1>Discounts</h1>
      <StoreNav />
      <p role="status">{notice}</p>
      <PagedTable
        list={list}
        label="Discount codes"
        what="discount codes"
        empty="No discount codes yet."
        columns={columns}
      />
      {writable ? (
        <NewDiscount
          currencies={sellingCurrencies(regions)}
          busy={busy}
          error={error}
          onCreate={(input) =>
            run(async () => {
              const { createDiscountCode } = await session.execute(StoreCreateDiscountMutation, { input });
              replace(createDiscountCode);
              setNotice(`${createDiscountCode.code} created.`);
            })
          }
        />
      ) : null}
    </main>
  );
}

function NewDiscount({
  currencies,
  busy,
  error,
  onCreate,
}: {
  currencies: string[];
  busy: boolean;
  error: unknown;
  onCreate(input: DiscountInput): Promise<boolean>;
}) {
  const [kind, setKind] = useState<DiscountKind>('PERCENTAGE');
  const [problem, setProblem] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const get = (name: string) => String(new FormData(form).get(name) ?? '').trim();
    const currency = get('currency') || currencies[0] || '';
    const amountOff = kind === 'FIXED' ? toMinor(get('amountOff'), currency) : null;
    const minSubtotal = get('minSubtotal') ? toMinor(get('minSubtotal'), currency) : null;
    if (kind === 'FIXED' && !amountOff) return setProblem('Amount off: an amount like 5.00');
    if (get('minSubtotal') && minSubtotal === null) return setProblem('Minimum order: an amount like 50.00');
    setProblem('');
    void onCreate({
      code: get('code'),
      kind,
      percentOff: kind === 'PERCENTAGE' ? Number(get('percentOff')) : null,
      amountOff,
      currency: kind === 'FIXED' || minSubtotal !== null ? currency : null,
      minSubtotal,
      usageLimit: get('usageLimit') ? Number(get('usageLimit')) : null,
      startsAt: isoOf(get('startsAt')),
      expiresAt: isoOf(get('expiresAt')),
    }).then((ok) => ok && form.reset());
  };
  return (
    <form onSubmit={submit} aria-label="New discount code" className="stacked">
      <h2>New discount code</h2>
      <div className="field">
        <label htmlFor="discount-code">Code visitors type</label>
        <input
          id="discount-code"
          name="code"
          required
          minLength={3}
          maxLength={32}
          pattern="[A-Za-z0-9_\-]+"
        />
      </div>
      <div className="field">
        <label htmlFor="discount-kind">Takes off</label>
        <select
          id="discount-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as DiscountKind)}
        >
          <option value="PERCENTAGE">A percentage</option>
          <option value="FIXED">A fixed amount</option>
        </select>
      </div>
      {kind === 'PERCENTAGE' ? (
        <div className="field">
          <label htmlFor="discount-percent">Percent off (1–100)</label>
          <input id="discount-percent" name="percentOff" type="number" min={1} max={100} required />
        </div>
      ) : (
        <div className="field">
          <label htmlFor="discount-amount">Amount off</label>
          <input id="discount-amount" name="amountOff" inputMode="decimal" required />
        </div>
      )}
      {currencies.length > 1 ? (
        <div className="field">
          <label htmlFor="discount-currency">Currency of the amounts</label>
          <select id="discount-currency" name="currency" defaultValue={currencies[0]}>
            {currencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      ) : (
        <p>Amounts in {currencies[0] ?? 'the store’s currency'}.</p>
      )}
      <div className="field">
        <label htmlFor="discount-min">Minimum order (optional)</label>
        <input id="discount-min" name="minSubtotal" inputMode="decimal" />
      </div>
      <div className="field">
        <label htmlFor="discount-limit">How many orders may use it (optional)</label>
        <input id="discount-limit" name="usageLimit" type="number" min={1} />
      </div>
      <div className="field">
        <label htmlFor="discount-starts">Starts (optional)</label>
        <input id="discount-starts" name="startsAt" type="datetime-local" />
      </div>
      <div className="field">
        <label htmlFor="discount-ends">Ends (optional)</label>
        <input id="discount-ends" name="expiresAt" type="datetime-local" />
      </div>
      <ErrorMessage>{problem || (error ? inWords(error) : undefined)}</ErrorMessage>
      <button type="submit" disabled={busy}>
        Create discount code
      </button>
    </form>
  );
}
