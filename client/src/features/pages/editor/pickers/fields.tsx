/**
 * Puts the pickers into the editor's Puck config: every field is walked (object and array fields
 * included) and replaced by a custom field by the prop it edits:
 * - `assetId` / `…AssetId` → the media picker;
 * - `href` → the link picker;
 * - `productIds` → the product picker (a list of ids: Puck's array field would hold objects);
 * - `collection` → the collection picker.
 * The component library (templates/components) keeps plain fields for the server; the editor alone
 * knows the session the pickers query with.
 */
import { type Field, FieldLabel } from '@puckeditor/core';
import type { ReactNode } from 'react';
import { LinkField } from './LinkPicker.js';
import { MediaField } from './MediaPicker.js';
import { CollectionField, ProductsField } from './ProductPicker.js';

/** A prop name in words, for the labels of fields that have none ("ctaHref" → "Cta href"). */
export function humanName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Labels of the props the pickers edit, where the library gives none. */
export const PICKER_LABELS: Record<string, string> = {
  assetId: 'Image',
  href: 'Link to',
  productIds: 'Products',
  collection: 'Collection',
};

/** A custom field under Puck's own label (custom fields get none), as the other fields look. */
function labelled(label: string, readOnly: boolean | undefined, picker: ReactNode) {
  return (
    <FieldLabel label={label} el="div" readOnly={readOnly}>
      {picker}
    </FieldLabel>
  );
}

function pickerFor(name: string, field: Field): Field | null {
  const label =
    field.label && !/asset id/i.test(field.label) ? field.label : (PICKER_LABELS[name] ?? humanName(name));
  if (/^(assetId|.+AssetId)$/.test(name)) {
    return {
      type: 'custom',
      label,
      render: ({ value, onChange, readOnly }) =>
        labelled(
          label,
          readOnly,
          <MediaField
            label={label}
            value={typeof value === 'string' ? value : undefined}
            onChange={onChange}
            readOnly={readOnly}
          />,
        ),
    };
  }
  if (name === 'href') {
    return {
      type: 'custom',
      label,
      render: ({ value, onChange, readOnly }) =>
        labelled(
          label,
          readOnly,
          <LinkField
            label={label}
            value={typeof value === 'string' ? value : undefined}
            onChange={onChange}
            readOnly={readOnly}
          />,
        ),
    };
  }
  if (name === 'productIds') {
    return {
      type: 'custom',
      label,
      render: ({ value, onChange, readOnly }) =>
        labelled(
          label,
          readOnly,
          <ProductsField
            value={Array.isArray(value) ? (value as string[]) : undefined}
            onChange={onChange}
            readOnly={readOnly}
          />,
        ),
    };
  }
  if (name === 'collection') {
    return {
      type: 'custom',
      label,
      render: ({ value, onChange, readOnly }) =>
        labelled(
          label,
          readOnly,
          <CollectionField
            value={typeof value === 'string' ? value : undefined}
            onChange={onChange}
            readOnly={readOnly}
          />,
        ),
    };
  }
  return null;
}

/** The fields with pickers in place of id, href and product-list fields, at any depth. */
export function withPickerFields(fields: Record<string, Field>): Record<string, Field> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]): [string, Field] => {
      const picker = pickerFor(name, field);
      if (picker) return [name, picker];
      if (field.type === 'object')
        return [name, { ...field, objectFields: withPickerFields(field.objectFields) }];
      if (field.type === 'array') {
        return [
          name,
          {
            ...field,
            arrayFields: withPickerFields(field.arrayFields),
            getItemSummary:
              field.getItemSummary ??
              ((item: Record<string, unknown>, index?: number) =>
                typeof item.label === 'string' && item.label
                  ? item.label
                  : typeof item.heading === 'string' && item.heading
                    ? item.heading
                    : `Item ${(index ?? 0) + 1}`),
          },
        ];
      }
      return [name, field];
    }),
  );
}
