/**
 * The product editor: title, slug, description, status, options and variants (SKU, option values,
 * weight, a price and compare-at price per currency), then stock per location. Saves name the
 * version loaded (`expectedVersion`): a CONFLICT shows both versions and the editor chooses.
 */
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../api.js';
import { can, useApp } from '../../app-context.js';
import type {
  StoreProductQuery as ProductResult,
  ProductStatus,
  UpdateProductInput,
  VariantInput,
} from '../../gql/graphql.js';
import { Link, navigate } from '../../router.js';
import { ErrorMessage, Forbidden, LoadFailed, Loading } from '../../ui.js';
import { toMajor, toMinor } from './money.js';
import {
  StoreCreateProductMutation,
  StoreLocationsQuery,
  StoreProductQuery,
  StoreSetStockMutation,
  StoreUpdateProductMutation,
} from './operations.js';
import { PRODUCT_STATUS_LABEL, PRODUCT_STATUSES } from './product-status.js';

type Product = NonNullable<ProductResult['product']>;
type Location = ProductResult['locations'][number];

interface PriceDraft {
  amount: string;
  compareAt: string;
}

export interface VariantDraft {
  key: string;
  id: string | null;
  sku: string;
  title: string;
  optionValues: string[];
  weight: string;
  prices: Record<string, PriceDraft>;
}

export interface ProductDraft {
  title: string;
  slug: string;
  description: string;
  status: ProductStatus;
  options: { name: string; values: string }[];
  currencies: string[];
  variants: VariantDraft[];
}

let keys = 0;
const nextKey = () => `v${++keys}`;

function emptyVariant(currencies: string[], optionCount: number): VariantDraft {
  return {
    key: nextKey(),
    id: null,
    sku: '',
    title: '',
    optionValues: Array.from({ length: optionCount }, () => ''),
    weight: '',
    prices: Object.fromEntries(currencies.map((c) => [c, { amount: '', compareAt: '' }])),
  };
}

export function draftOf(product: Product | null): ProductDraft {
  if (!product) {
    return {
      title: '',
      slug: '',
      description: '',
      status: 'DRAFT',
      options: [],
      currencies: ['EUR'],
      variants: [emptyVariant(['EUR'], 0)],
    };
  }
  const currencies = [...new Set(product.variants.flatMap((v) => v.prices.map((p) => p.currency)))];
  return {
    title: product.title,
    slug: product.slug,
    description: product.description,
    status: product.status,
    options: product.options.map((o) => ({ name: o.name, values: o.values.join(', ') })),
    currencies,
    variants: product.variants.map((v) => ({
      key: nextKey(),
      id: v.id,
      sku: v.sku,
      title: v.title,
      optionValues: product.options.map((_, i) => v.optionValues[i] ?? ''),
      weight: v.weightGrams === null || v.weightGrams === undefined ? '' : String(v.weightGrams),
      prices: Object.fromEntries(
        currencies.map((c) => {
          const price = v.prices.find((p) => p.currency === c);
          return [
            c,
            {
              amount: price ? toMajor(price.amount, c) : '',
              compareAt:
                price?.compareAtAmount === null || price?.compareAtAmount === undefined
                  ? ''
                  : toMajor(price.compareAtAmount, c),
            },
          ];
        }),
      ),
    })),
  };
}

/** A problem with the draft itself, found before sending, at the input path it names. */
class DraftError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The draft as the API's input (every variant, so left-out variants are removed). */
export function inputOf(draft: ProductDraft): UpdateProductInput {
  const options = draft.options
    .filter((o) => o.name.trim())
    .map((o) => ({
      name: o.name.trim(),
      values: o.values
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    }));
  const variants: VariantInput[] = draft.variants.map((v, i) => {
    const weight = v.weight.trim();
    if (weight && !/^\d+$/.test(weight)) {
      throw new DraftError(`variants.${i}.weightGrams`, 'Weight: whole grams, 0 or more');
    }
    return {
      ...(v.id ? { id: v.id } : {}),
      ...(v.sku.trim() ? { sku: v.sku.trim() } : {}),
      ...(v.title.trim() ? { title: v.title.trim() } : {}),
      ...(options.length
        ? { optionValues: v.optionValues.slice(0, options.length).map((s) => s.trim()) }
        : {}),
      weightGrams: weight ? Number(weight) : null,
      prices: draft.currencies.map((currency, j) => {
        const draftPrice = v.prices[currency] ?? { amount: '', compareAt: '' };
        const amount = toMinor(draftPrice.amount, currency);
        if (amount === null) {
          throw new DraftError(
            `variants.${i}.prices.${j}.amount`,
            `Price in ${currency}: an amount like 19.99`,
          );
        }
        const compareAt = draftPrice.compareAt.trim() ? toMinor(draftPrice.compareAt, currency) : null;
        if (draftPrice.compareAt.trim() && compareAt === null) {
          throw new DraftError(
            `variants.${i}.prices.${j}.compareAtAmount`,
            `Compare-at price in ${currency}: an amount like 24.99`,
          );
        }
        return { currency, amount, compareAtAmount: compareAt };
      }),
    };
  });
  return {
    title: draft.title.trim(),
    slug: draft.slug.trim() || null,
    description: draft.description,
    status: draft.status,
    options,
    variants,
  };
}

/** A few lines per version, for the side-by-side conflict view. */
export function describeDraft(draft: ProductDraft): string[] {
  const lines = [
    `Title: ${draft.title}`,
    `Slug: ${draft.slug}`,
    `Status: ${PRODUCT_STATUS_LABEL[draft.status]}`,
    `Description: ${draft.description.slice(0, 120)}`,
  ];
  for (const o of draft.options) lines.push(`Option ${o.name}: ${o.values}`);
  for (const v of draft.variants) {
    const prices = draft.currencies
      .map((c) => {
        const p = v.prices[c];
        return `${p?.amount || '?'} ${c}${p?.compareAt ? ` (was ${p.compareAt})` : ''}`;
      })
      .join(', ');
    lines.push(
      `Variant ${v.sku || '(new)'}${v.optionValues.length ? ` [${v.optionValues.join(' / ')}]` : ''}: ${prices}${v.weight ? `, ${v.weight} g` : ''}`,
    );
  }
  return lines;
}

function fieldMessage(err: unknown, path: string): string | undefined {
  if (err instanceof DraftError) return err.field === path ? err.message : undefined;
  if (err instanceof ApiError && err.field === path) return err.message;
  return undefined;
}

interface ConflictState {
  mine: ProductDraft;
  theirs: Product;
}

export function StoreProductEditor({ id }: { id: string | null }) {
  const { session, viewer } = useApp();
  const [product, setProduct] = useState<Product | null>(null);
  const [locations, setLocations] = useState<Location[]>([]);
  const [draft, setDraft] = useState<ProductDraft | null>(id ? null : draftOf(null));
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [newCurrency, setNewCurrency] = useState('');
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const writable = can(viewer, 'catalog:write');
  const readable = can(viewer, 'catalog:read');

  const fetchProduct = useCallback(async () => {
    if (!id) return null;
    const data = await session.execute(StoreProductQuery, { id });
    if (!data.product) throw new ApiError('This product does not exist (or was deleted)', 'NOT_FOUND');
    return data;
  }, [session, id]);

  const load = useCallback(async () => {
    try {
      if (!id) {
        setLocations((await session.execute(StoreLocationsQuery, {})).locations);
        return;
      }
      const data = await fetchProduct();
      if (!data?.product) return;
      setProduct(data.product);
      setLocations(data.locations);
      setDraft(draftOf(data.product));
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, [session, id, fetchProduct]);
  useEffect(() => {
    if (readable) void load();
  }, [load, readable]);
  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict]);

  if (!readable) {
    return <Forbidden title="Product">Your role in this workspace cannot manage its catalog.</Forbidden>;
  }
  if (loadError) {
    return (
      <LoadFailed title="Product" error={loadError} onRetry={() => void load()}>
        <Link to="/store">Back to products</Link>
      </LoadFailed>
    );
  }
  if (!draft) return <Loading what="the product" />;

  const edit = (patch: Partial<ProductDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setNotice('');
  };
  const editVariant = (index: number, patch: Partial<VariantDraft>) =>
    edit({ variants: draft.variants.map((v, i) => (i === index ? { ...v, ...patch } : v)) });
  const editPrice = (index: number, currency: string, patch: Partial<PriceDraft>) => {
    const variant = draft.variants[index]!;
    const current = variant.prices[currency] ?? { amount: '', compareAt: '' };
    editVariant(index, { prices: { ...variant.prices, [currency]: { ...current, ...patch } } });
  };

  const save = async (expectedVersion: number | null, from: ProductDraft) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const input = inputOf(from);
      if (!id) {
        const { createProduct } = await session.execute(StoreCreateProductMutation, {
          input: { ...input, title: input.title ?? '', slug: input.slug ?? null },
        });
        navigate(`/store/products/${createProduct.id}`, true);
        return;
      }
      const { updateProduct } = await session.execute(StoreUpdateProductMutation, {
        id,
        expectedVersion: expectedVersion ?? product?.version ?? 1,
        input,
      });
      setConflict(null);
      const data = await fetchProduct();
      if (data?.product) {
        setProduct(data.product);
        setLocations(data.locations);
        setDraft(draftOf(data.product));
      }
      setNotice(`Saved (version ${updateProduct.version})`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT' && err.field === 'expectedVersion') {
        try {
          const data = await fetchProduct();
          if (data?.product) setConflict({ mine: from, theirs: data.product });
        } catch (reloadErr) {
          setError(reloadErr);
        }
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(null, draft);
  };

  const addCurrency = () => {
    const code = newCurrency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(code) || draft.currencies.includes(code)) return;
    edit({
      currencies: [...draft.currencies, code],
      variants: draft.variants.map((v) => ({
        ...v,
        prices: { ...v.prices, [code]: { amount: '', compareAt: '' } },
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
  const setOptions = (options: ProductDraft['options']) =>
    edit({
      options,
      variants: draft.variants.map((v) => ({
        ...v,
        optionValues: options.map((_, i) => v.optionValues[i] ?? ''),
      })),
    });

  // A draft problem is shown at its field only; the server's errors also above the save button.
  const formError = error && !(error instanceof DraftError) ? messageOf(error) : undefined;
  const ro = !writable;

  return (
    <main className="product-editor">
      <p>
        <Link to="/store">← Products</Link>
      </p>
      <h1>{id ? `Product: ${product?.title ?? ''}` : 'New product'}</h1>
      {product ? (
        <p>
          Version {product.version} · updated {new Date(product.updatedAt).toLocaleString()}
        </p>
      ) : null}
      <form onSubmit={onSubmit} aria-label="Product">
        <fieldset disabled={ro || busy}>
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
        <fieldset disabled={ro || busy}>
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
                onChange={(values) =>
                  setOptions(draft.options.map((x, j) => (j === i ? { ...x, values } : x)))
                }
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
        <fieldset disabled={ro || busy}>
          <legend>Variants and prices</legend>
          <p>
            Currencies: {draft.currencies.join(', ')}{' '}
            {writable ? (
              <>
                <label>
                  Add currency{' '}
                  <input
                    value={newCurrency}
                    size={4}
                    maxLength={3}
                    onChange={(e) => setNewCurrency(e.currentTarget.value)}
                  />
                </label>{' '}
                <button type="button" onClick={addCurrency}>
                  Add
                </button>
              </>
            ) : null}
          </p>
          {draft.variants.map((v, i) => (
            <section key={v.key} className="variant" aria-label={`Variant ${i + 1}`}>
              <h3>Variant {i + 1}</h3>
              <TextInput
                label="SKU"
                value={v.sku}
                placeholder="generated when empty"
                onChange={(sku) => editVariant(i, { sku })}
                error={fieldMessage(error, `variants.${i}.sku`)}
              />
              <TextInput
                label="Variant title"
                value={v.title}
                onChange={(title) => editVariant(i, { title })}
              />
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
        <ErrorMessage>{formError}</ErrorMessage>
        <p role="status">{notice}</p>
        {writable ? (
          <button type="submit" disabled={busy}>
            {id ? 'Save product' : 'Create product'}
          </button>
        ) : null}
      </form>
      {product ? <StockTable product={product} locations={locations} writable={writable} /> : null}
      {conflict ? (
        <div
          className="conflict"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="product-conflict-title"
        >
          <h2 id="product-conflict-title" ref={conflictHeading} tabIndex={-1}>
            This product was changed by someone else
          </h2>
          <p>
            Version {conflict.theirs.version} was saved at{' '}
            {new Date(conflict.theirs.updatedAt).toLocaleString()} while you were editing. Choose which
            version to keep.
          </p>
          <div className="conflict-sides">
            <section aria-label="Your version">
              <h3>Your version</h3>
              <pre>{describeDraft(conflict.mine).join('\n')}</pre>
              <button
                type="button"
                disabled={busy}
                onClick={() => void save(conflict.theirs.version, conflict.mine)}
              >
                Keep my version
              </button>
            </section>
            <section aria-label={`Saved version ${conflict.theirs.version}`}>
              <h3>Saved version {conflict.theirs.version}</h3>
              <pre>{describeDraft(draftOf(conflict.theirs)).join('\n')}</pre>
              <button
                type="button"
                onClick={() => {
                  setProduct(conflict.theirs);
                  setDraft(draftOf(conflict.theirs));
                  setConflict(null);
                  setNotice(`Showing version ${conflict.theirs.version}`);
                }}
              >
                Use version {conflict.theirs.version}
              </button>
            </section>
          </div>
        </div>
      ) : null}
    </main>
  );
}

function TextInput({
  label,
  value,
  onChange,
  error,
  ...rest
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal';
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...rest}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Units on hand per variant and location; setStock for each cell (catalog:write). */
function StockTable({
  product,
  locations,
  writable,
}: {
  product: Product;
  locations: Location[];
  writable: boolean;
}) {
  const { session } = useApp();
  const [levels, setLevels] = useState(() => new Map(product.variants.map((v) => [v.id, v.stock])));
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => setLevels(new Map(product.variants.map((v) => [v.id, v.stock]))), [product]);

  const setStock = async (event: FormEvent<HTMLFormElement>, variantId: string, locationId: string) => {
    event.preventDefault();
    const onHand = Number(new FormData(event.currentTarget).get('onHand'));
    setError(null);
    setNotice('');
    try {
      const { setStock: level } = await session.execute(StoreSetStockMutation, {
        input: { variantId, locationId, onHand },
      });
      setLevels((prev) => {
        const next = new Map(prev);
        const rest = (prev.get(variantId) ?? []).filter((l) => l.location.id !== locationId);
        next.set(variantId, [...rest, level]);
        return next;
      });
      setNotice(`Stock set to ${level.onHand} at ${level.location.name}`);
    } catch (err) {
      setError(err);
    }
  };

  if (locations.length === 0) return null;
  return (
    <section aria-label="Stock">
      <h2>Stock per location</h2>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      <p role="status">{notice}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Variant</th>
            {locations.map((l) => (
              <th key={l.id} scope="col">
                {l.name}
                {l.isDefault ? ' (default)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {product.variants.map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.sku}</th>
              {locations.map((l) => {
                const level = levels.get(v.id)?.find((s) => s.location.id === l.id);
                const label = `On hand of ${v.sku} at ${l.name}`;
                return (
                  <td key={l.id}>
                    {writable ? (
                      <form className="stock-cell" onSubmit={(e) => void setStock(e, v.id, l.id)}>
                        <input
                          name="onHand"
                          type="number"
                          min={level?.reserved ?? 0}
                          step={1}
                          required
                          aria-label={label}
                          defaultValue={level?.onHand ?? 0}
                          key={`${level?.onHand ?? 0}`}
                        />
                        <button type="submit" aria-label={`Set stock of ${v.sku} at ${l.name}`}>
                          Set
                        </button>
                      </form>
                    ) : (
                      <span>{level?.onHand ?? 0}</span>
                    )}
                    <small>
                      {' '}
                      {level?.reserved ?? 0} reserved · {level?.available ?? 0} available
                    </small>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
