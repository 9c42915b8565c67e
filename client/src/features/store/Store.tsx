/** The store area (loaded on demand): `/store` lists products, `/store/products/<id|new>` edits one. */
import { StoreProductEditor } from './product-editor/StoreProductEditor.js';
import { StoreProducts } from './StoreProducts.js';

export default function Store({ path }: { path: string }) {
  const match = /^\/store\/products\/([^/]+)$/.exec(path);
  if (match) {
    const id = decodeURIComponent(match[1]!);
    return <StoreProductEditor key={id} id={id === 'new' ? null : id} />;
  }
  return <StoreProducts />;
}
