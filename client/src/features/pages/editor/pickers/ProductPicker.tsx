/**
 * Product and collection pickers, Puck custom fields for ProductGrid's `productIds` (a list of
 * product ids, kept in order) and `collection` (a collection slug). The fields show titles,
 * thumbnails and prices, never ids; the dialogs search by title.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { formatPrice } from '../../../../../../templates/components/index.js';
import { messageOf } from '../../../../api.js';
import { useApp } from '../../../../app-context.js';
import type { PickerCollectionsQuery } from '../../../../gql/graphql.js';
import { ErrorMessage, Loading } from '../../../../ui.js';
import { loadAssets, loadCollection, loadProducts, toPicked } from './load.js';
import { PickerCollectionsQuery as PickerCollections, PickerProductsQuery } from './operations.js';
import { PickerDialog } from './PickerDialog.js';
import {
  type PickedProduct,
  pickedAsset,
  pickedProduct,
  rememberProducts,
  thumbnailOf,
  usePicked,
} from './picked.js';

function ProductRow({ product }: { product: PickedProduct }) {
  const thumb = thumbnailOf(product.imageAssetId ? pickedAsset(product.imageAssetId) : undefined, 120);
  return (
    <>
      {thumb ? (
        <img src={thumb} alt="" width={48} height={48} />
      ) : (
        <span className="picker-thumb" aria-hidden="true" />
      )}
      <span className="picker-name">{product.title}</span>
      <span className="picker-meta">
        {product.price ? formatPrice(product.price.amount, product.price.currency) : 'No price'}
      </span>
    </>
  );
}

export function ProductsField({
  value,
  onChange,
  readOnly,
}: {
  value: string[] | undefined;
  onChange(value: string[]): void;
  readOnly?: boolean;
}) {
  const { session } = useApp();
  usePicked();
  const ids = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = ids.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `ids`.
  useEffect(() => {
    loadProducts(session, ids).catch(setError);
  }, [session, key]);
  const move = (from: number, to: number) => {
    const next = [...ids];
    const [moved] = next.splice(from, 1);
    if (moved !== undefined) next.splice(to, 0, moved);
    onChange(next);
  };
  return (
    <div className="picker-field">
      {ids.length ? (
        <ol className="picker-list" aria-label="Chosen products">
          {ids.map((id, i) => {
            const product = pickedProduct(id);
            return (
              <li key={id}>
                {product ? (
                  <ProductRow product={product} />
                ) : (
                  <span>{error ? 'Product not found' : 'Loading…'}</span>
                )}
                {readOnly ? null : (
                  <span className="picker-row-actions">
                    <button
                      type="button"
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                      aria-label={`Move ${product?.title ?? 'product'} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === ids.length - 1}
                      onClick={() => move(i, i + 1)}
                      aria-label={`Move ${product?.title ?? 'product'} down`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      onClick={() => onChange(ids.filter((x) => x !== id))}
                      aria-label={`Remove ${product?.title ?? 'product'}`}
                    >
                      ×
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="picker-none">No products chosen.</p>
      )}
      {readOnly ? null : (
        <button type="button" onClick={() => setOpen(true)}>
          Choose products
        </button>
      )}
      {open ? (
        <ProductPickerDialog
          chosen={ids}
          onClose={() => setOpen(false)}
          onDone={(next) => {
            onChange(next);
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}

export function ProductPickerDialog({
  chosen,
  onDone,
  onClose,
}: {
  chosen: string[];
  onDone(ids: string[]): void;
  onClose(): void;
}) {
  const { session } = useApp();
  usePicked();
  const [search, setSearch] = useState('');
  const [rows, setRows] = useState<PickedProduct[] | null>(null);
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<string[]>(chosen);

  const load = useCallback(
    async (after: string | null = null) => {
      try {
        const { products } = await session.execute(PickerProductsQuery, {
          first: 24,
          after,
          search: search.trim() || null,
        });
        const found = products.edges.map((e) => toPicked(e.node));
        rememberProducts(found);
        setRows((prev) => (after && prev ? [...prev, ...found] : found));
        setEndCursor(products.pageInfo.endCursor ?? null);
        setHasMore(products.pageInfo.hasNextPage);
        setError(null);
        await loadAssets(
          session,
          found.flatMap((p) => (p.imageAssetId ? [p.imageAssetId] : [])),
        );
      } catch (err) {
        setError(err);
      }
    },
    [session, search],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get('search') ?? ''));
  };
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));

  return (
    <PickerDialog
      title="Choose products"
      onClose={onClose}
      footer={
        <button type="button" className="primary" onClick={() => onDone(picked)}>
          {picked.length === 1 ? 'Use 1 product' : `Use ${picked.length} products`}
        </button>
      }
    >
      <form aria-label="Search products" onSubmit={onSearch} className="picker-toolbar">
        <label>
          Search by title
          <input name="search" type="search" defaultValue={search} maxLength={100} />
        </label>
        <button type="submit">Search</button>
      </form>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {!rows ? (
        <Loading what="products" />
      ) : rows.length === 0 ? (
        <p>{search ? 'No product matches.' : 'No products yet: add one in Store.'}</p>
      ) : (
        <ul className="picker-rows" aria-label="Products">
          {rows.map((product) => (
            <li key={product.id}>
              <button
                type="button"
                className="picker-row"
                aria-pressed={picked.includes(product.id)}
                onClick={() => toggle(product.id)}
              >
                <ProductRow product={product} />
                <span className="picker-check" aria-hidden="true">
                  {picked.includes(product.id) ? '✓' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {hasMore ? (
        <button type="button" onClick={() => void load(endCursor)}>
          Load more products
        </button>
      ) : null}
    </PickerDialog>
  );
}

interface CollectionRow {
  id: string;
  title: string;
  slug: string;
}

/** All of the store's collections (a store has few; the dialog filters them by title). */
export function useCollections() {
  const { session } = useApp();
  const [collections, setCollections] = useState<CollectionRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const all: CollectionRow[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result: PickerCollectionsQuery = await session.execute(PickerCollections, {
          first: 100,
          after,
        });
        const slice = result.collections;
        all.push(...slice.edges.map((e) => e.node));
        if (!slice.pageInfo.hasNextPage) break;
        after = slice.pageInfo.endCursor ?? null;
      }
      if (live) setCollections(all);
    })().catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [session]);
  return { collections, error };
}

export function CollectionField({
  value,
  onChange,
  readOnly,
}: {
  value: string | undefined;
  /** The slug, or undefined for none (the schema's slug may not be empty). */
  onChange(value: string | undefined): void;
  readOnly?: boolean;
}) {
  const { session } = useApp();
  const { collections, error } = useCollections();
  const [open, setOpen] = useState(false);
  // The canvas shows the collection's products: load them once one is chosen.
  useEffect(() => {
    if (value) loadCollection(session, value).catch(() => {});
  }, [session, value]);
  const current = value ? collections?.find((c) => c.slug === value) : undefined;
  return (
    <div className="picker-field">
      <p className={value ? 'picker-chosen' : 'picker-none'}>
        {!value
          ? 'No collection: only the products chosen show.'
          : current
            ? current.title
            : collections
              ? 'Collection not found'
              : 'Loading…'}
      </p>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {readOnly ? null : (
        <div className="picker-actions">
          <button type="button" onClick={() => setOpen(true)}>
            {value ? 'Change collection' : 'Choose a collection'}
          </button>
          {value ? (
            <button type="button" onClick={() => onChange(undefined)}>
              Remove
            </button>
          ) : null}
        </div>
      )}
      {open ? (
        <PickerDialog title="Choose a collection" onClose={() => setOpen(false)}>
          <CollectionList
            collections={collections}
            onPick={(c) => {
              onChange(c.slug);
              setOpen(false);
            }}
          />
        </PickerDialog>
      ) : null}
    </div>
  );
}

/** The collections filtered by title, each a button. */
export function CollectionList({
  collections,
  onPick,
}: {
  collections: CollectionRow[] | null;
  onPick(collection: CollectionRow): void;
}) {
  const [filter, setFilter] = useState('');
  if (!collections) return <Loading what="collections" />;
  const shown = collections.filter((c) => c.title.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <>
      <label className="picker-toolbar">
        Search by title
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          maxLength={100}
        />
      </label>
      {shown.length === 0 ? (
        <p>{collections.length ? 'No collection matches.' : 'No collections yet: add one in Store.'}</p>
      ) : (
        <ul className="picker-rows" aria-label="Collections">
          {shown.map((c) => (
            <li key={c.id}>
              <button type="button" className="picker-row" onClick={() => onPick(c)}>
                <span className="picker-name">{c.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
