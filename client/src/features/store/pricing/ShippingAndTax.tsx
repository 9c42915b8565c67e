/**
 * Shipping and tax per region (catalog:read; changes need settings:write): for each of the
 * store's regions its tax (rate in percent, included in prices or added at checkout) and its
 * shipping rates (name, price and free-shipping threshold in the region's currency); rates are
 * added and deleted (confirmed). A region without rates ships for free.
 */
import { type FormEvent, useCallback, useState } from 'react';
import { can, useApp } from '../../../app-context.js';
import type { StoreShippingAndTaxQuery as Result } from '../../../gql/graphql.js';
import { Link } from '../../../router.js';
import {
  ConfirmDialog,
  ErrorMessage,
  Forbidden,
  LoadFailed,
  Loading,
  useAction,
  useLoad,
} from '../../../ui.js';
import { formatMoney, toMinor } from '../money.js';
import {
  StoreCreateShippingRateMutation,
  StoreDeleteShippingRateMutation,
  StoreSetTaxMutation,
  StoreShippingAndTaxQuery,
} from '../operations.js';
import { StoreNav } from '../StoreNav.js';
import { inWords } from './words.js';

type Region = Result['regions'][number];
type Rate = Result['shippingRates'][number];

/** Basis points as a percentage people type: 2000 → `20`, 775 → `7.75`. */
const percentOf = (bps: number) => String(bps / 100);

/** A typed percentage in basis points (`19`, `7.5`, `7,75`), or null. */
export function bpsOf(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

export function ShippingAndTax() {
  const { session, viewer } = useApp();
  const readable = can(viewer, 'catalog:read');
  const fetchAll = useCallback(async () => session.execute(StoreShippingAndTaxQuery, {}), [session]);
  const { data, error, reload } = useLoad(fetchAll, readable);
  if (!readable) {
    return (
      <Forbidden title="Shipping and tax">Your role in this workspace cannot manage its catalog.</Forbidden>
    );
  }
  if (error) return <LoadFailed title="Shipping and tax" error={error} onRetry={() => void reload()} />;
  if (!data) return <Loading what="shipping and tax" />;
  return (
    <main>
      <h1>Shipping and tax</h1>
      <StoreNav />
      {data.regions.length === 0 ? (
        <p role="alert">
          Your store has no regions yet: add one with its currency in{' '}
          <Link to="/settings/regions">Regions</Link>.
        </p>
      ) : null}
      {data.regions.map((region) => (
        <RegionSettings
          key={region.code}
          region={region}
          tax={data.taxSettings.find((t) => t.region === region.code) ?? null}
          rates={data.shippingRates.filter((r) => r.region === region.code)}
          onChange={() => void reload()}
        />
      ))}
    </main>
  );
}

function regionName(region: Region): string {
  let language = region.locale;
  try {
    language = new Intl.DisplayNames(undefined, { type: 'language' }).of(region.locale) ?? region.locale;
  } catch {
    // An unknown locale: show its tag.
  }
  return `Region “${region.code}” · ${language} · ${region.currency}${region.isDefault ? ' · the default region' : ''}`;
}

function RegionSettings({
  region,
  tax,
  rates,
  onChange,
}: {
  region: Region;
  tax: Result['taxSettings'][number] | null;
  rates: Rate[];
  onChange(): void;
}) {
  const { session, viewer } = useApp();
  const writable = can(viewer, 'settings:write');
  const { busy, error, run } = useAction();
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState<Rate | null>(null);
  const currency = region.currency;
  const id = `region-${region.code}`;

  const saveTax = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const rateBps = bpsOf(String(form.get('rate') ?? ''));
    if (rateBps === null) return setProblem('Tax rate: a percentage from 0 to 100, like 19 or 7.5');
    setProblem('');
    void run(async () => {
      await session.execute(StoreSetTaxMutation, {
        input: { regionCode: region.code, rateBps, inclusive: form.get('inclusive') === 'yes' },
      });
      setNotice('Tax saved.');
      onChange();
    });
  };
  const addRate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const amount = toMinor(String(form.get('amount') ?? ''), currency);
    const freeText = String(form.get('freeOver') ?? '').trim();
    const freeOver = freeText ? toMinor(freeText, currency) : null;
    if (amount === null) return setProblem(`Price: an amount in ${currency} like 4.90`);
    if (freeText && freeOver === null) return setProblem(`Free from: an amount in ${currency} like 50.00`);
    setProblem('');
    void run(async () => {
      await session.execute(StoreCreateShippingRateMutation, {
        input: {
          regionCode: region.code,
          name: String(form.get('name') ?? '').trim(),
          currency,
          amount,
          freeOver,
        },
      });
      formEl.reset();
      setNotice('Shipping rate added.');
      onChange();
    });
  };
  const deleteRate = (rate: Rate) =>
    void run(async () => {
      await session.execute(StoreDeleteShippingRateMutation, { id: rate.id });
      setDeleting(null);
      setNotice(`${rate.name} deleted.`);
      onChange();
    });

  return (
    <section aria-labelledby={`${id}-title`} className="region-settings">
      <h2 id={`${id}-title`}>{regionName(region)}</h2>
      <ErrorMessage>{problem || (error ? inWords(error) : undefined)}</ErrorMessage>
      <p role="status">{notice}</p>
      <h3>Tax</h3>
      {writable ? (
        <form onSubmit={saveTax} aria-label={`Tax in ${region.code.toUpperCase()}`} className="inline-form">
          <div className="field">
            <label htmlFor={`${id}-rate`}>Tax rate (%)</label>
            <input
              id={`${id}-rate`}
              name="rate"
              inputMode="decimal"
              required
              defaultValue={tax ? percentOf(tax.rateBps) : '0'}
              size={6}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-inclusive`}>Prices</label>
            <select id={`${id}-inclusive`} name="inclusive" defaultValue={tax?.inclusive ? 'yes' : 'no'}>
              <option value="yes">include the tax</option>
              <option value="no">exclude it (added at checkout)</option>
            </select>
          </div>
          <button type="submit" disabled={busy}>
            Save tax
          </button>
        </form>
      ) : (
        <p>
          {tax
            ? `${percentOf(tax.rateBps)} %, ${tax.inclusive ? 'included in prices' : 'added at checkout'}`
            : 'No tax set.'}
        </p>
      )}
      <h3>Shipping rates</h3>
      {rates.length === 0 ? (
        <p>No rates: orders in this region ship for free.</p>
      ) : (
        <ul className="rates">
          {rates.map((rate) => (
            <li key={rate.id}>
              <strong>{rate.name}</strong> · {formatMoney(rate.price)}
              {rate.freeOver ? ` · free from ${formatMoney(rate.freeOver)}` : ''}
              {writable ? (
                <>
                  {' '}
                  <button type="button" disabled={busy} onClick={() => setDeleting(rate)}>
                    Delete {rate.name}…
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {writable ? (
        <form
          onSubmit={addRate}
          aria-label={`New shipping rate in ${region.code.toUpperCase()}`}
          className="inline-form"
        >
          <div className="field">
            <label htmlFor={`${id}-name`}>Rate name</label>
            <input id={`${id}-name`} name="name" required maxLength={100} placeholder="Standard" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-amount`}>Price ({currency})</label>
            <input id={`${id}-amount`} name="amount" inputMode="decimal" required size={8} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-free`}>Free from ({currency}, optional)</label>
            <input id={`${id}-free`} name="freeOver" inputMode="decimal" size={8} />
          </div>
          <button type="submit" disabled={busy}>
            Add rate
          </button>
        </form>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete ${deleting.name}?`}
          confirmLabel={`Delete ${deleting.name}`}
          busy={busy}
          onCancel={() => setDeleting(null)}
          onConfirm={() => deleteRate(deleting)}
        >
          <p>Visitors in this region can no longer choose it at checkout.</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
