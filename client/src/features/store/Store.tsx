/**
 * The store area (loaded on demand): `/store` lists products, `/store/products/<id|new>` edits one;
 * collections, discounts, shipping and tax, and CSV import/export each have their screen.
 */
import { CollectionEditor, Collections } from './collections/Collections.js';
import { Discounts } from './pricing/Discounts.js';
import { ShippingAndTax } from './pricing/ShippingAndTax.js';
import { StoreProductEditor } from './product-editor/StoreProductEditor.js';
import { StoreProducts } from './StoreProducts.js';
import { ImportExport } from './transfer/ImportExport.js';

export default function Store({ path }: { path: string }) {
  const product = /^\/store\/products\/([^/]+)$/.exec(path);
  if (product) {
    const id = decodeURIComponent(product[1]!);
    return <StoreProductEditor key={id} id={id === 'new' ? null : id} />;
  }
  const collection = /^\/store\/collections\/([^/]+)$/.exec(path);
  if (collection) {
    const id = decodeURIComponent(collection[1]!);
    return <CollectionEditor key={id} id={id === 'new' ? null : id} />;
  }
  if (path === '/store/collections') return <Collections />;
  if (path === '/store/discounts') return <Discounts />;
  if (path === '/store/shipping-and-tax') return <ShippingAndTax />;
  if (path === '/store/import-export') return <ImportExport />;
  return <StoreProducts />;
}
