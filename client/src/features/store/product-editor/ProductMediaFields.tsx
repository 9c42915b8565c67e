/**
 * The product form's images (the editor's media picker: browse, search, upload in place), its
 * collections (checkboxes over the store's collections) and its search-engine text.
 */
import { useState } from 'react';
import { messageOf } from '../../../api.js';
import { Link } from '../../../router.js';
import { ErrorMessage, Loading } from '../../../ui.js';
import { MediaField, MediaPickerDialog } from '../../pages/editor/pickers/MediaPicker.js';
import { useCollections } from '../../pages/editor/pickers/ProductPicker.js';
import { fieldMessage, type ProductDraft } from './product-draft.js';
import { TextInput } from './TextInput.js';

interface SectionProps {
  draft: ProductDraft;
  edit(patch: Partial<ProductDraft>): void;
  error: unknown;
  disabled: boolean;
  writable: boolean;
}

/** Each image once (a product shows an image at one place). */
const unique = (ids: string[]) => [...new Set(ids)];

/** The images in display order: change, remove, move earlier, add more. */
export function ProductImagesFields({ draft, edit, error, disabled, writable }: SectionProps) {
  const [adding, setAdding] = useState(false);
  const images = draft.images;
  const move = (from: number, to: number) => {
    const next = [...images];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    edit({ images: next });
  };
  return (
    <fieldset disabled={disabled}>
      <legend>Images</legend>
      {images.length === 0 ? <p>No images yet: the storefront shows a placeholder.</p> : null}
      <ol className="product-images">
        {images.map((assetId, i) => (
          <li key={assetId}>
            <MediaField
              label={`image ${i + 1}`}
              value={assetId}
              readOnly={!writable}
              onChange={(next) =>
                edit({
                  images: next
                    ? images.map((x, j) => (j === i ? next : x))
                    : images.filter((_, j) => j !== i),
                })
              }
            />
            {writable && i > 0 ? (
              <button type="button" onClick={() => move(i, i - 1)}>
                Move image {i + 1} earlier
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {writable ? (
        <button type="button" onClick={() => setAdding(true)}>
          Add image
        </button>
      ) : null}
      {adding ? (
        <MediaPickerDialog
          current={null}
          onClose={() => setAdding(false)}
          onPick={(id) => {
            edit({ images: unique([...images, id]) });
            setAdding(false);
          }}
        />
      ) : null}
      <ErrorMessage>{fieldMessage(error, 'imageAssetIds')}</ErrorMessage>
    </fieldset>
  );
}

/** The collections the product is in. */
export function ProductCollectionsFields({ draft, edit, error, disabled }: SectionProps) {
  const { collections, error: loadError } = useCollections();
  const toggle = (id: string, on: boolean) =>
    edit({
      collectionIds: on ? [...draft.collectionIds, id] : draft.collectionIds.filter((c) => c !== id),
    });
  return (
    <fieldset disabled={disabled}>
      <legend>Collections</legend>
      {loadError ? (
        <ErrorMessage>{messageOf(loadError)}</ErrorMessage>
      ) : !collections ? (
        <Loading what="collections" />
      ) : collections.length === 0 ? (
        <p>
          No collections yet: <Link to="/store/collections">create one</Link>.
        </p>
      ) : (
        <ul className="checkbox-list">
          {collections.map((c) => (
            <li key={c.id}>
              <label>
                <input
                  type="checkbox"
                  checked={draft.collectionIds.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                />{' '}
                {c.title}
              </label>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage>{fieldMessage(error, 'collectionIds')}</ErrorMessage>
    </fieldset>
  );
}

/** The title and description search engines show. */
export function ProductSeoFields({ draft, edit, error, disabled }: SectionProps) {
  return (
    <fieldset disabled={disabled}>
      <legend>Search engines</legend>
      <TextInput
        label="Search title (default: the product title)"
        value={draft.seoTitle}
        maxLength={70}
        onChange={(seoTitle) => edit({ seoTitle })}
        error={fieldMessage(error, 'seo.title')}
      />
      <div className="field">
        <label htmlFor="product-seo-description">Search description</label>
        <textarea
          id="product-seo-description"
          rows={2}
          maxLength={320}
          value={draft.seoDescription}
          onChange={(e) => edit({ seoDescription: e.currentTarget.value })}
        />
        <ErrorMessage>{fieldMessage(error, 'seo.description')}</ErrorMessage>
      </div>
    </fieldset>
  );
}
