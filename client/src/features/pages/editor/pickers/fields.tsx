/**
 * Puts the pickers into the editor's Puck config: every field is walked (object and array fields
 * included) and replaced by a custom field by the prop it edits:
 * - `assetId` / `…AssetId` → the media picker;
 * - `href` → the link picker;
 * - `productIds` → the product picker (a list of ids: Puck's array field would hold objects);
 * - `collection` → the collection picker;
 * - `menu` / `legalMenu` → the select of the editing site's menus.
 * The component library (templates/components) keeps plain fields for the server; the editor alone
 * knows the session the pickers query with.
 */
import { type Field, FieldLabel } from '@puckeditor/core';
import type { ReactNode } from 'react';
import { FieldNotes, helpOf } from '../field-notes.js';
import { humanName, PICKER_LABELS } from '../labels.js';
import { LinkField } from './LinkPicker.js';
import { MediaField } from './MediaPicker.js';
import { MenuField } from './MenuPicker.js';
import { CollectionField, ProductsField } from './ProductPicker.js';

/** What each picker gets from its custom field. */
type PickerProps = {
  label: string;
  value: unknown;
  onChange(value: unknown): void;
  readOnly: boolean | undefined;
};
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Which prop names get which picker (first match wins). */
const PICKERS: { test: RegExp; render(props: PickerProps): ReactNode }[] = [
  {
    test: /^(assetId|.+AssetId)$/,
    render: (p) => (
      <MediaField label={p.label} value={text(p.value)} onChange={p.onChange} readOnly={p.readOnly} />
    ),
  },
  {
    test: /^href$/,
    render: (p) => (
      <LinkField label={p.label} value={text(p.value)} onChange={p.onChange} readOnly={p.readOnly} />
    ),
  },
  {
    test: /^productIds$/,
    render: (p) => (
      <ProductsField
        value={Array.isArray(p.value) ? (p.value as string[]) : undefined}
        onChange={p.onChange}
        readOnly={p.readOnly}
      />
    ),
  },
  {
    test: /^collection$/,
    render: (p) => <CollectionField value={text(p.value)} onChange={p.onChange} readOnly={p.readOnly} />,
  },
  {
    test: /^(menu|legalMenu)$/,
    render: (p) => (
      <MenuField label={p.label} value={text(p.value)} onChange={p.onChange} readOnly={p.readOnly} />
    ),
  },
];

/** The picker for a prop, as a custom field under Puck's own label (custom fields get none). */
function pickerFor(name: string, field: Field): Field | null {
  const picker = PICKERS.find((p) => p.test.test(name));
  if (!picker) return null;
  const label =
    field.label && !/asset id/i.test(field.label) ? field.label : (PICKER_LABELS[name] ?? humanName(name));
  return {
    type: 'custom',
    label,
    render: ({ name: path, value, onChange, readOnly }) => (
      <FieldLabel label={label} el="div" readOnly={readOnly}>
        {picker.render({ label, value, onChange, readOnly })}
        <FieldNotes name={path} help={helpOf(field)} />
      </FieldLabel>
    ),
  };
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
