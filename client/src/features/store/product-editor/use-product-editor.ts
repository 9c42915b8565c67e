/**
 * The product editor's state: loading the product (or only the locations for a new one), the draft,
 * saving with the version loaded (`expectedVersion`), and the conflict a concurrent save causes.
 */
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import { navigate } from '../../../router.js';
import {
  StoreCreateProductMutation,
  StoreLocationsQuery,
  StoreProductQuery,
  StoreUpdateProductMutation,
} from '../operations.js';
import {
  draftOf,
  inputOf,
  type Location,
  type Product,
  type ProductDraft,
  type Region,
  sellingCurrencies,
} from './product-draft.js';

export interface ConflictState {
  mine: ProductDraft;
  theirs: Product;
}

export function useProductEditor(id: string | null, readable: boolean) {
  const { session } = useApp();
  const [product, setProduct] = useState<Product | null>(null);
  const [locations, setLocations] = useState<Location[]>([]);
  const [regions, setRegions] = useState<Region[]>([]);
  // A new product's draft waits for the regions: its prices start in their currencies.
  const [draft, setDraft] = useState<ProductDraft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<ConflictState | null>(null);

  const fetchProduct = useCallback(async () => {
    if (!id) return null;
    const data = await session.execute(StoreProductQuery, { id });
    if (!data.product) throw new ApiError('This product does not exist (or was deleted)', 'NOT_FOUND');
    return data;
  }, [session, id]);

  const load = useCallback(async () => {
    try {
      if (!id) {
        const data = await session.execute(StoreLocationsQuery, {});
        setLocations(data.locations);
        setRegions(data.regions);
        setDraft((d) => d ?? draftOf(null, sellingCurrencies(data.regions)));
        setLoadError(null);
        return;
      }
      const data = await fetchProduct();
      if (!data?.product) return;
      setProduct(data.product);
      setLocations(data.locations);
      setRegions(data.regions);
      setDraft(draftOf(data.product));
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, [session, id, fetchProduct]);
  useEffect(() => {
    if (readable) void load();
  }, [load, readable]);

  const edit = (patch: Partial<ProductDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setNotice('');
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

  /** Resolves a conflict by dropping the unsaved draft for the version saved meanwhile. */
  const takeSaved = (saved: Product) => {
    setProduct(saved);
    setDraft(draftOf(saved));
    setConflict(null);
    setNotice(`Showing version ${saved.version}`);
  };

  return {
    product,
    locations,
    regions,
    draft,
    loadError,
    error,
    notice,
    busy,
    conflict,
    load,
    edit,
    save,
    takeSaved,
  };
}
