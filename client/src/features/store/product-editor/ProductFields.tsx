/**
 * The product form's three sections, each editing its part of the draft: the product itself, its
 * options, and its variants with a price and compare-at price per currency.
 */
import { useState } from 'react';
import type { ProductStatus } from '../../../gql/graphql.js';
import { Link } from '../../../router.js';
import { ErrorMessage } from '../../../ui.js';
import { PRODUCT_STATUS_LABEL, PRODUCT_STATUSES } from '../product-status.js';
import {
  emptyVariant,
  fieldMessage,
  type PriceDraft,
  type ProductDraft,
  type VariantDraft,
} from './product-draft.js';
import { TextInput } from './TextInput.js';

interface SectionProps {
  draft: ProductDraft;
  edit(patch: Partial<ProductDraft>): void;
  /** The last save's error: its message shows at the field it names. */
  error: unknown;
  disabled: boolean;
  writable: boolean;
}

export function ProductDetailsFields({ draft, edit, error, disabled }: Omit<SectionProps, 'writable'>) {
  return (
    <fieldset disabled={disabled}>
      <legend>Product</legend>
      <TextInput
        label="Title"
        value={draft.title}
        required
        onChange={(title) => edit({ title })}
        error={fieldMessage(error, 'title')}
      />
      <TextInput
        label="Slug"
        value={draft.slug}
        onChange={(slug) => edit({ slug })}
        error={fieldMessage(error, 'slug')}
      />
      <div className="field">
        <label htmlFor="product-description">Description</label>
        <textarea
          id="product-description"
          rows={4}
          value={draft.description}
          onChange={(e) => edit({ description: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="product-status">Status</label>
        <select
          id="product-status"
          value={draft.status}
          onChange={(e) => edit({ status: e.currentTarget.value as ProductStatus })}
        >
          {PRODUCT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PRODUCT_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** Up to three options; every variant keeps one value per option position. */
export function ProductOptionsFields({ draft, edit, error, disabled, writable }: SectionProps) {
  const setOptions = (options: ProductDraft['options']) =>
    edit({
      options,
      variants: draft.variants.map((v) => ({
        ...v,
        optionValues: options.map((_, i) => v.optionValues[i] ?? ''),
      })),
    });

  return (
    <fieldset disabled={disabled}>
      <legend>Options</legend>
      {draft.options.length === 0 ? <p>No options: one kind of this product.</p> : null}
      {draft.options.map((o, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: options are positional (variants refer to them by index)
        <div key={i} className="option-row">
          <TextInput
            label={`Option ${i + 1} name`}
            value={o.name}
            onChange={(name) => setOptions(draft.options.map((x, j) => (j === i ? { ...x, name } : x)))}
          />
          <TextInput
            label={`Option ${i + 1} values (comma separated)`}
            value={o.values}
            onChange={(values) => setOptions(draft.options.map((x, j) => (j === i ? { ...x, values } : x)))}
          />
          {writable ? (
            <button type="button" onClick={() => setOptions(draft.options.filter((_, j) => j !== i))}>
              Remove option {i + 1}
            </button>
          ) : null}
        </div>
      ))}
      {writable && draft.options.length < 3 ? (
        <button type="button" onClick={() => setOptions([...draft.options, { name: '', values: '' }])}>
          Add option
        </button>
      ) : null}
      <ErrorMessage>{fieldMessage(error, 'options')}</ErrorMessage>
    </fieldset>
  );
}

/**
 * The currencies every variant is priced in (chosen among those the store's regions sell in), and
 * the variants: SKU, option values, weight, prices.
 */
export function ProductVariantsFields({
  draft,
  edit,
  error,
  disabled,
  writable,
  selling,
}: SectionProps & { selling: string[] }) {
  const addable = selling.filter((c) => !draft.currencies.includes(c));
  const [newCurrency, setNewCurrency] = useState('');
  const chosen = addable.includes(newCurrency) ? newCurrency : (addable[0] ?? '');
  const unsold = draft.currencies.filter((c) => !selling.includes(c));

  const editVariant = (index: number, patch: Partial<VariantDraft>) =>
    edit({ variants: draft.variants.map((v, i) => (i === index ? { ...v, ...patch } : v)) });
  const editPrice = (index: number, currency: string, patch: Partial<PriceDraft>) => {
    const variant = draft.variants[index]!;
    const current = variant.prices[currency] ?? { amount: '', compareAt: '' };
    editVariant(index, { prices: { ...variant.prices, [currency]: { ...current, ...patch } } });
  };
  const addCurrency = () => {
    if (!chosen) return;
    edit({
      currencies: [...draft.currencies, chosen],
      variants: draft.variants.map((v) => ({
        ...v,
        prices: { ...v.prices, [chosen]: { amount: '', compareAt: '' } },
      })),
    });
    setNewCurrency('');
  };
  const removeCurrency = (code: string) =>
    edit({
      currencies: draft.currencies.filter((c) => c !== code),
      variants: draft.variants.map((v) => {
        const { [code]: _dropped, ...rest } = v.prices;
        return { ...v, prices: rest };
      }),
    });

  return (
    <fieldset disabled={disabled}>
      <legend>Variants and prices</legend>
      {selling.length === 0 ? (
        <p role="alert">
          Your store has no regions yet, so nothing can be sold: add a region with its currency in{' '}
          <Link to="/settings/regions">Regions</Link> first.
        </p>
      ) : (
        <p>
          Priced in: {draft.currencies.join(', ') || 'no currency yet'}{' '}
          {writable && addable.length ? (
            <>
              <label>
                Add a currency your regions sell in{' '}
                <select value={chosen} onChange={(e) => setNewCurrency(e.currentTarget.value)}>
                  {addable.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button type="button" onClick={addCurrency}>
                Add currency
              </button>
            </>
          ) : null}
        </p>
      )}
      {unsold.length ? (
        <p>
          No region sells in {unsold.join(', ')}: visitors never see{' '}
          {unsold.length > 1 ? 'these prices' : 'this price'}.
        </p>
      ) : null}
      <ErrorMessage>{fieldMessage(error, 'currencies')}</ErrorMessage>
      {draft.variants.map((v, i) => (
        <section key={v.key} className="variant" aria-label={`Variant ${i + 1}`}>
          <h2 className="variant-title">Variant {i + 1}</h2>
          <TextInput
            label="SKU"
            value={v.sku}
            placeholder="generated when empty"
            onChange={(sku) => editVariant(i, { sku })}
            error={fieldMessage(error, `variants.${i}.sku`)}
          />
          <TextInput label="Variant title" value={v.title} onChange={(title) => editVariant(i, { title })} />
          {draft.options.map((o, j) => (
            <TextInput
              // biome-ignore lint/suspicious/noArrayIndexKey: one value per option position
              key={j}
              label={o.name || `Option ${j + 1}`}
              value={v.optionValues[j] ?? ''}
              onChange={(value) =>
                editVariant(i, { optionValues: v.optionValues.map((x, k) => (k === j ? value : x)) })
              }
              error={fieldMessage(error, `variants.${i}.optionValues`)}
            />
          ))}
          <TextInput
            label="Weight (grams)"
            value={v.weight}
            inputMode="numeric"
            onChange={(weight) => editVariant(i, { weight })}
            error={fieldMessage(error, `variants.${i}.weightGrams`)}
          />
          {draft.currencies.map((c, j) => (
            <div key={c} className="price-row">
              <TextInput
                label={`Price (${c})`}
                value={v.prices[c]?.amount ?? ''}
                inputMode="decimal"
                onChange={(amount) => editPrice(i, c, { amount })}
                error={fieldMessage(error, `variants.${i}.prices.${j}.amount`)}
              />
              <TextInput
                label={`Compare-at price (${c})`}
                value={v.prices[c]?.compareAt ?? ''}
                inputMode="decimal"
                onChange={(compareAt) => editPrice(i, c, { compareAt })}
                error={fieldMessage(error, `variants.${i}.prices.${j}.compareAtAmount`)}
              />
              {writable && draft.currencies.length > 1 && i === 0 ? (
                <button type="button" onClick={() => removeCurrency(c)}>
                  Remove {c}
                </button>
              ) : null}
            </div>
          ))}
          {writable && draft.variants.length > 1 ? (
            <button
              type="button"
              onClick={() => edit({ variants: draft.variants.filter((_, k) => k !== i) })}
            >
              Remove variant {i + 1}
            </button>
          ) : null}
        </section>
      ))}
      {writable ? (
        <button
          type="button"
          onClick={() =>
            edit({ variants: [...draft.variants, emptyVariant(draft.currencies, draft.options.length)] })
          }
        >
          Add variant
        </button>
      ) : null}
    </fieldset>
  );
}
