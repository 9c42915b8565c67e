/**
 * The product editor: title, slug, description, status, options and variants (SKU, option values,
 * weight, a price and compare-at price per currency), then stock per location. Saves name the
 * version loaded (`expectedVersion`): a CONFLICT shows both versions and the editor chooses.
 */
import type { FormEvent } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import { Link } from '../../../router.js';
import { ErrorMessage, Forbidden, LoadFailed, Loading } from '../../../ui.js';
import { ProductConflict } from './ProductConflict.js';
import { ProductDetailsFields, ProductOptionsFields, ProductVariantsFields } from './ProductFields.js';
import { ProductCollectionsFields, ProductImagesFields, ProductSeoFields } from './ProductMediaFields.js';
import { DraftError, sellingCurrencies } from './product-draft.js';
import { StockTable } from './StockTable.js';
import { useProductEditor } from './use-product-editor.js';

export function StoreProductEditor({ id }: { id: string | null }) {
  const { viewer } = useApp();
  const writable = can(viewer, 'catalog:write');
  const readable = can(viewer, 'catalog:read');
  const {
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
  } = useProductEditor(id, readable);

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

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(null, draft);
  };

  // A draft problem is shown at its field only; the server's errors also above the save button.
  const formError = error && !(error instanceof DraftError) ? messageOf(error) : undefined;
  const section = { draft, edit, error, disabled: !writable || busy, writable };

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
        <ProductDetailsFields {...section} />
        <ProductImagesFields {...section} />
        <ProductOptionsFields {...section} />
        <ProductVariantsFields {...section} selling={sellingCurrencies(regions)} />
        <ProductCollectionsFields {...section} />
        <ProductSeoFields {...section} />
        <ErrorMessage>{formError}</ErrorMessage>
        <p role="status">{notice}</p>
        {writable ? (
          <button type="submit" disabled={busy}>
            {id ? 'Save product' : 'Create product'}
          </button>
        ) : null}
      </form>
      {product ? (
        <StockTable product={product} locations={locations} writable={writable} />
      ) : (
        <p>Stock per location can be set once the product is created.</p>
      )}
      {conflict ? (
        <ProductConflict
          conflict={conflict}
          busy={busy}
          onKeepMine={() => void save(conflict.theirs.version, conflict.mine)}
          onUseSaved={() => takeSaved(conflict.theirs)}
        />
      ) : null}
    </main>
  );
}
