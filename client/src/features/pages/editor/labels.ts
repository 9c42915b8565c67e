/** Field labels for props the library leaves unlabelled (the pickers' and the save errors'). */

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
