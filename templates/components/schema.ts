import type { Field } from '@puckeditor/core';
import type { ReactNode } from 'react';
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';
import type { StorefrontLinks } from '../links.js';

/**
 * The component library shared by the server renderer and the editor. Each component declares:
 * - `props`: its zod schema, the server-side validation source (the renderer refuses trees whose
 *   props do not match and re-parses stored props so defaults apply);
 * - `fields` / `defaultProps` / `label`: the Puck component config the editor uses (aligned by hand
 *   with the schema; `templates/components/components.test.tsx` checks every field names a prop);
 * - `mapSlots`: where the component holds nested component arrays (Puck `slot` fields), so the
 *   validator walks them and the renderer replaces them with slot components, as Puck does;
 * - `render`: a pure function of its props. No component reads global state or fetches data:
 *   what comes from elsewhere (image variants, product cards) is passed in props by the renderer.
 */
export interface ComponentDefinition<P, R = P> {
  label: string;
  props: z.ZodType<P>;
  fields: Record<string, Field>;
  defaultProps: Partial<P>;
  mapSlots?: (props: P, slot: (nodes: TreeNode[], path: string) => SlotComponent) => R;
  /** The asset ids whose image variants the render needs (the renderer fetches them beforehand). */
  assetIds?: (props: P) => string[];
  render(props: R): ReactNode;
}

/** One component in a tree (Puck `ComponentData`, whose `props.id` the editor adds). */
export interface TreeNode {
  type: string;
  props: Record<string, unknown>;
}

/** What a slot prop becomes at render time (Puck passes a component of the same shape). */
export type SlotComponent = () => ReactNode;

/** NUL and unpaired UTF-16 surrogates: PostgreSQL cannot store them in a JSON tree. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing NUL is the point.
const UNSTORABLE = /\x00|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Free text (headings, labels, alt text, ...): React renders it escaped, as text or an attribute
 * value. Only what cannot be stored is refused, so the save names the field (BAD_USER_INPUT)
 * instead of failing in the database.
 */
export const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => !UNSTORABLE.test(text), 'Text may not contain NUL characters or unpaired surrogates');

/**
 * Only http(s) and site-relative links: `javascript:` and friends never reach an href. Backslashes,
 * whitespace and control characters are refused outright, since browsers read `/\evil.example`
 * and `/\t/evil.example` as protocol-relative links to another site.
 */
export const safeHref = z
  .string()
  .max(2048)
  .refine(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
    (url) => !/[\\\s\x00-\x1f\x7f]/.test(url),
    'Links may not contain backslashes, spaces or control characters',
  )
  .refine((url) => !UNSTORABLE.test(url), 'Links may not contain unpaired surrogates')
  .refine((url) => /^(https?:\/\/|\/(?!\/))/i.test(url), 'Links must be http(s) or start with /');

/**
 * A design token reference such as `{color.brand.primary}`. Components map it to the token's CSS
 * custom property (`var(--wh-color-brand-primary)`); raw CSS never reaches a style attribute.
 */
export const tokenRef = z
  .string()
  .regex(
    /^\{[a-z0-9_-]+(\.[a-z0-9_-]+){0,7}\}$/,
    'Use a design token reference such as {color.brand.primary}',
  );

/** `{color.brand.primary}` → `var(--wh-color-brand-primary)` (the reference was checked by `tokenRef`). */
export function tokenVar(ref: string): string {
  return `var(--wh-${ref.slice(1, -1).split('.').join('-')})`;
}

/** A Puck slot: an array of child components. Their types and props are checked by the tree validator. */
export const slot = z
  .array(z.object({ type: z.string().max(100), props: z.record(z.string(), z.unknown()).default({}) }))
  .max(100);

/**
 * A field's help text for the editor, shown under the field (Puck `metadata`, read by the editor's
 * field overrides). Every field of every component has a label and help text (the editor's tests
 * check it), in the owner's words: never a prop name, token path or id.
 */
export const help = (text: string) => ({ metadata: { help: text } });

/**
 * A design token reference field (`{color.brand.primary}`): the editor shows the theme's tokens of
 * `token`'s kind as swatches or named steps instead of the reference.
 */
export function tokenField(
  token: 'color' | 'spacing' | 'typography',
  label: string,
  helpText: string,
): Field {
  return { type: 'text', label, metadata: { token, help: helpText } };
}

export const link = z.object({ label: plainText(120), href: safeHref });
export const linkFields: Field = {
  type: 'array',
  label: 'Links',
  ...help('Up to 12 links, in the order shown.'),
  arrayFields: {
    label: { type: 'text', label: 'Link text', ...help('The words visitors click.') },
    href: { type: 'text', label: 'Link to', ...help('A page, product, collection or web address.') },
  },
  defaultItemProps: { label: 'New link', href: '/' },
  max: 12,
};

export const LOCALE_OK = (value: string) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};

/** Keeps an anchor's href only when it is http(s) or site-relative; `links` puts a site path under the base. */
const richTextAnchor =
  (links?: StorefrontLinks): sanitizeHtml.Transformer =>
  (tagName, given) => {
    const href = given.href && safeHref.safeParse(given.href).success ? given.href : undefined;
    const attribs: sanitizeHtml.Attributes = href
      ? { href: links ? links.href(href) : href, rel: 'noopener noreferrer' }
      : {};
    return { tagName, attribs };
  };

/** The strict rich-text allow-list: structure and emphasis, links only http(s) or site-relative. */
export const RICH_TEXT_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'br', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Dropped with their content, not unwrapped.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'template', 'title'],
  transformTags: { a: richTextAnchor() },
};

/**
 * Sanitised rich text HTML: only the allow-list above survives. With `links`, each kept href goes
 * through the page's link builder (a site path is put under the storefront base).
 */
export function sanitizeRichText(html: string, links?: StorefrontLinks): string {
  return sanitizeHtml(
    html,
    links ? { ...RICH_TEXT_OPTIONS, transformTags: { a: richTextAnchor(links) } } : RICH_TEXT_OPTIONS,
  );
}

/** `amount` in the currency's minor units (cents), formatted for the locale. */
export function formatPrice(amount: number, currency: string, locale = 'en'): string {
  const { format, digits } = priceFormatOf(locale, currency);
  return format.format(amount / 10 ** digits);
}

/** One formatter per locale and currency: building an Intl.NumberFormat costs more than a page's prices. */
const priceFormats = new Map<string, { format: Intl.NumberFormat; digits: number }>();

function priceFormatOf(locale: string, currency: string): { format: Intl.NumberFormat; digits: number } {
  const key = `${locale}|${currency}`;
  let found = priceFormats.get(key);
  if (!found) {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    found = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    // Locales and currencies come from stored data: bounded so odd values cannot grow it forever.
    if (priceFormats.size >= 256) priceFormats.clear();
    priceFormats.set(key, found);
  }
  return found;
}
