import type { Field } from '@puckeditor/core';
import type { ReactNode } from 'react';
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';
import { SiteLink } from './site-link.js';

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

const link = z.object({ label: plainText(120), href: safeHref });
const linkFields: Field = {
  type: 'array',
  arrayFields: { label: { type: 'text' }, href: { type: 'text' } },
  max: 12,
};

const LOCALE_OK = (value: string) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
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
  transformTags: {
    a: (tagName, given) => {
      const href = given.href && safeHref.safeParse(given.href).success ? given.href : undefined;
      const attribs: sanitizeHtml.Attributes = href ? { href, rel: 'noopener noreferrer' } : {};
      return { tagName, attribs };
    },
  },
};

/** Sanitised rich text HTML: only the allow-list above survives. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, RICH_TEXT_OPTIONS);
}

/** `amount` in the currency's minor units (cents), formatted for the locale. */
export function formatPrice(amount: number, currency: string, locale = 'en'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

const root = z.object({ title: plainText(300).optional() });
const heading = z.object({ text: plainText(300), level: z.number().int().min(1).max(6).default(2) });
const text = z.object({ text: plainText(20_000) });
const button = z.object({
  label: plainText(120),
  href: safeHref,
  variant: z.enum(['primary', 'secondary']).default('primary'),
});
const spacer = z.object({ size: z.enum(['small', 'medium', 'large']).default('medium') });
const header = z.object({ siteName: plainText(120), links: z.array(link).max(12).default([]) });
const hero = z.object({
  title: plainText(200),
  subtitle: plainText(500).default(''),
  background: tokenRef.default('{color.brand.primary}'),
  foreground: tokenRef.default('{color.text.inverse}'),
  cta: link.optional(),
});
const richText = z.object({ html: plainText(50_000) });
const imageSource = z.object({ url: safeHref, width: z.number().int().min(1).max(10_000) });
const image = z.object({
  /** Empty until an image is chosen: a placeholder renders meanwhile. */
  assetId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{0,64}$/, 'Asset ids use letters, digits, _ and -')
    .default(''),
  alt: plainText(300),
  width: z.number().int().min(1).max(10_000),
  height: z.number().int().min(1).max(10_000),
  sizes: z
    .string()
    .max(200)
    .regex(/^[a-z0-9 ().,:%-]*$/i, 'sizes: a media condition list such as "(min-width: 60rem) 50vw, 100vw"')
    .default('100vw'),
  /** Variants of the asset, provided by the renderer (never fetched by the component). */
  sources: z.array(imageSource).max(16).default([]),
});
const columns = z.object({
  columns: z
    .array(z.object({ items: slot.default([]) }))
    .min(1)
    .max(4),
  gap: z.enum(['small', 'medium', 'large']).default('medium'),
});
const productCard = z.object({
  id: plainText(100).optional(),
  title: plainText(200),
  price: z.object({
    amount: z.number().int().min(0),
    currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 currency code such as EUR'),
  }),
  href: safeHref,
});
const productGrid = z.object({
  heading: plainText(200).default(''),
  productIds: z.array(plainText(100)).max(48).default([]),
  /** The cards to show, provided by the renderer from `productIds` (or stored inline). */
  products: z.array(productCard).max(48).default([]),
  locale: z.string().max(35).refine(LOCALE_OK, 'Not a BCP 47 locale').default('en'),
});
const footer = z.object({ text: plainText(500).default(''), links: z.array(link).max(12).default([]) });

type ColumnsProps = z.infer<typeof columns>;
type ColumnsRender = Omit<ColumnsProps, 'columns'> & { columns: { items: SlotComponent }[] };

const GAP = {
  small: 'wh-columns--gap-small',
  medium: 'wh-columns--gap-medium',
  large: 'wh-columns--gap-large',
};

/** The page root (Puck `root`): its props are metadata; it adds no markup around the content. */
export const rootDefinition = {
  label: 'Page',
  props: root,
  fields: { title: { type: 'text' } },
  defaultProps: {},
  render: () => null,
} satisfies ComponentDefinition<z.infer<typeof root>>;

export const components = {
  Header: {
    label: 'Header',
    props: header,
    fields: { siteName: { type: 'text' }, links: linkFields },
    defaultProps: { siteName: '{{site.name}}', links: [] },
    render: ({ siteName, links }) => (
      <header className="wh-header">
        <a className="wh-header__brand" href="/">
          {siteName}
        </a>
        {links.length > 0 && (
          <nav aria-label="Main">
            <ul className="wh-nav">
              {links.map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
                <li key={i}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
    ),
  } satisfies ComponentDefinition<z.infer<typeof header>>,
  Hero: {
    label: 'Hero',
    props: hero,
    fields: {
      title: { type: 'text' },
      subtitle: { type: 'textarea' },
      background: { type: 'text' },
      foreground: { type: 'text' },
      cta: { type: 'object', objectFields: { label: { type: 'text' }, href: { type: 'text' } } },
    },
    defaultProps: { title: '{{page.title}}', background: '{color.brand.primary}' },
    render: ({ title, subtitle, background, foreground, cta }) => (
      <div className="wh-hero" style={{ background: tokenVar(background), color: tokenVar(foreground) }}>
        <h1 className="wh-hero__title">{title}</h1>
        {subtitle && <p className="wh-hero__subtitle">{subtitle}</p>}
        {cta && (
          <a className="wh-button wh-button--primary" href={cta.href}>
            {cta.label}
          </a>
        )}
      </div>
    ),
  } satisfies ComponentDefinition<z.infer<typeof hero>>,
  Heading: {
    label: 'Heading',
    props: heading,
    fields: {
      text: { type: 'text' },
      level: { type: 'select', options: [1, 2, 3, 4, 5, 6].map((n) => ({ label: `H${n}`, value: n })) },
    },
    defaultProps: { text: 'Heading', level: 2 },
    render: ({ text, level }) => {
      const Tag = `h${level}` as 'h1';
      return <Tag className="wh-heading">{text}</Tag>;
    },
  } satisfies ComponentDefinition<z.infer<typeof heading>>,
  Text: {
    label: 'Text',
    props: text,
    fields: { text: { type: 'textarea' } },
    defaultProps: { text: '' },
    render: ({ text }) => <p className="wh-text">{text}</p>,
  } satisfies ComponentDefinition<z.infer<typeof text>>,
  RichText: {
    label: 'Rich text',
    props: richText,
    fields: { html: { type: 'richtext' } },
    defaultProps: { html: '<p></p>' },
    render: ({ html }) => (
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised with the strict allow-list RICH_TEXT_OPTIONS.
      <div className="wh-richtext" dangerouslySetInnerHTML={{ __html: sanitizeRichText(html) }} />
    ),
  } satisfies ComponentDefinition<z.infer<typeof richText>>,
  Image: {
    label: 'Image',
    props: image,
    fields: {
      assetId: { type: 'text' },
      alt: { type: 'text' },
      width: { type: 'number', min: 1 },
      height: { type: 'number', min: 1 },
      sizes: { type: 'text' },
    },
    defaultProps: { assetId: '', alt: '', width: 1200, height: 800, sizes: '100vw' },
    render: ({ assetId, alt, width, height, sizes, sources }) => {
      if (!assetId && !sources.length) {
        return (
          <span
            className="wh-image wh-image--missing"
            role="img"
            aria-label={alt || 'Image not chosen yet'}
            style={{
              display: 'block',
              aspectRatio: `${width} / ${height}`,
              background: 'var(--wh-color-surface-muted, #e5e7eb)',
            }}
          />
        );
      }
      const sorted = [...sources].sort((a, b) => a.width - b.width);
      const src = sorted.find((s) => s.width >= width)?.url ?? sorted.at(-1)?.url ?? `/assets/${assetId}`;
      return (
        <img
          className="wh-image"
          src={src}
          srcSet={sorted.length ? sorted.map((s) => `${s.url} ${s.width}w`).join(', ') : undefined}
          sizes={sorted.length ? sizes : undefined}
          width={width}
          height={height}
          alt={alt}
          loading="lazy"
          decoding="async"
        />
      );
    },
  } satisfies ComponentDefinition<z.infer<typeof image>>,
  Button: {
    label: 'Button',
    props: button,
    fields: {
      label: { type: 'text' },
      href: { type: 'text' },
      variant: {
        type: 'radio',
        options: [
          { label: 'Primary', value: 'primary' },
          { label: 'Secondary', value: 'secondary' },
        ],
      },
    },
    defaultProps: { label: 'Learn more', href: '/', variant: 'primary' },
    render: ({ label, href, variant }) => (
      <SiteLink className={`wh-button wh-button--${variant}`} to={href}>
        {label}
      </SiteLink>
    ),
  } satisfies ComponentDefinition<z.infer<typeof button>>,
  Columns: {
    label: 'Columns',
    props: columns,
    fields: {
      columns: { type: 'array', arrayFields: { items: { type: 'slot' } }, min: 1, max: 4 },
      gap: {
        type: 'select',
        options: [
          { label: 'Small', value: 'small' },
          { label: 'Medium', value: 'medium' },
          { label: 'Large', value: 'large' },
        ],
      },
    },
    defaultProps: { columns: [{ items: [] }, { items: [] }], gap: 'medium' },
    mapSlots: (props, slotOf) => ({
      ...props,
      columns: props.columns.map((column, i) => ({ items: slotOf(column.items, `columns[${i}].items`) })),
    }),
    render: ({ columns, gap }) => (
      <div className={`wh-columns wh-columns--${columns.length} ${GAP[gap]}`}>
        {columns.map(({ items: Items }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
          <div className="wh-column" key={i}>
            <Items />
          </div>
        ))}
      </div>
    ),
  } satisfies ComponentDefinition<ColumnsProps, ColumnsRender>,
  ProductGrid: {
    label: 'Product grid',
    props: productGrid,
    fields: {
      heading: { type: 'text' },
      // A list of ids, which Puck's array field cannot hold (its items are objects): the editor
      // replaces this field with the product picker (client pages/editor/pickers/fields.tsx).
      productIds: { type: 'custom', label: 'Products', render: () => <></> },
      locale: { type: 'text' },
    },
    defaultProps: { heading: '', productIds: [] },
    render: ({ heading, products, locale }) => (
      <div className="wh-products">
        {heading && <h2 className="wh-heading">{heading}</h2>}
        <ul className="wh-products__grid">
          {products.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
            <li className="wh-product" key={i}>
              <a href={p.href}>
                <span className="wh-product__title">{p.title}</span>
                <span className="wh-product__price">
                  {formatPrice(p.price.amount, p.price.currency, locale)}
                </span>
              </a>
              {p.id && (
                // No action: the form posts to the page it is on; the storefront's cart
                // route adds the product's default variant and redirects to the cart.
                <form className="wh-product__add" method="post">
                  <input type="hidden" name="wh_action" value="cart-add" />
                  <input type="hidden" name="productId" value={p.id} />
                  <button type="submit" className="wh-button wh-button--primary">
                    Add to cart
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </div>
    ),
  } satisfies ComponentDefinition<z.infer<typeof productGrid>>,
  Spacer: {
    label: 'Spacer',
    props: spacer,
    fields: {
      size: {
        type: 'select',
        options: [
          { label: 'Small', value: 'small' },
          { label: 'Medium', value: 'medium' },
          { label: 'Large', value: 'large' },
        ],
      },
    },
    defaultProps: { size: 'medium' },
    render: ({ size }) => <div className={`wh-spacer wh-spacer--${size}`} aria-hidden="true" />,
  } satisfies ComponentDefinition<z.infer<typeof spacer>>,
  Footer: {
    label: 'Footer',
    props: footer,
    fields: { text: { type: 'text' }, links: linkFields },
    defaultProps: { text: '© {{site.name}}', links: [] },
    render: ({ text, links }) => (
      <footer className="wh-footer">
        {links.length > 0 && (
          <ul className="wh-footer__links">
            {links.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
              <li key={i}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        )}
        {text && <p className="wh-footer__text">{text}</p>}
      </footer>
    ),
  } satisfies ComponentDefinition<z.infer<typeof footer>>,
};

export type ComponentName = keyof typeof components;

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(components, name);
}

/** A component definition without its name/props pairing, for code that walks trees generically. */
// biome-ignore lint/suspicious/noExplicitAny: the pairing of a name and its props is checked by its schema.
export type AnyDefinition = ComponentDefinition<any, any>;

export function definitionOf(name: string): AnyDefinition | null {
  return isComponentName(name) ? (components[name] as AnyDefinition) : null;
}
