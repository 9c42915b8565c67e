import type { Field } from '@puckeditor/core';
import type { ReactNode } from 'react';
import sanitizeHtml from 'sanitize-html';
import { z } from 'zod';
import type { StorefrontLinks } from '../links.js';
import { AnnouncementBar } from './layout/announcement-bar.js';
import { SiteFooter } from './layout/site-footer.js';
import { SiteHeader } from './layout/site-header.js';
import { SiteLink, useStorefrontLinks } from './site-link.js';

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

/** Rich text whose links go through the page's link builder. */
function RichTextView({ html }: { html: string }): ReactNode {
  const links = useStorefrontLinks();
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised with the strict allow-list RICH_TEXT_OPTIONS.
    <div className="wh-richtext" dangerouslySetInnerHTML={{ __html: sanitizeRichText(html, links) }} />
  );
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
  assetId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Asset ids use letters, digits, _ and -'),
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
/** A menu's handle (services/navigation.ts in the cms): the menu's items are resolved at render. */
const menuHandle = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'A menu handle such as main or footer');
const siteHeader = z.object({
  menu: menuHandle.default('main'),
  logoAssetId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Asset ids use letters, digits, _ and -')
    .optional(),
  logoWidth: z.number().int().min(16).max(600).default(160),
  logoHeight: z.number().int().min(16).max(300).default(40),
  showSearch: z.boolean().default(true),
  showCart: z.boolean().default(true),
  searchLabel: plainText(120).default('Search'),
  cartLabel: plainText(120).default('Cart'),
  /** Variants of the logo asset, provided by the renderer (never fetched by the component). */
  logoSources: z.array(imageSource).max(16).default([]),
});
const siteFooter = z.object({
  columns: z
    .array(z.object({ heading: plainText(60), menu: menuHandle }))
    .max(4)
    .default([{ heading: 'Shop', menu: 'footer' }]),
  legalMenu: menuHandle.default('legal'),
  copyright: plainText(200).default(''),
});
const announcementBar = z.object({ text: plainText(200), link: link.optional() });

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
        <SiteLink className="wh-header__brand" to="/">
          {siteName}
        </SiteLink>
        {links.length > 0 && (
          <nav aria-label="Main">
            <ul className="wh-nav">
              {links.map((l, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
                <li key={i}>
                  <SiteLink to={l.href}>{l.label}</SiteLink>
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
          <SiteLink className="wh-button wh-button--primary" to={cta.href}>
            {cta.label}
          </SiteLink>
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
    render: ({ html }) => <RichTextView html={html} />,
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
    defaultProps: { alt: '', sizes: '100vw' },
    render: ({ assetId, alt, width, height, sizes, sources }) => {
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
      productIds: { type: 'array', arrayFields: { id: { type: 'text' } }, max: 48 },
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
                <SiteLink to={l.href}>{l.label}</SiteLink>
              </li>
            ))}
          </ul>
        )}
        {text && <p className="wh-footer__text">{text}</p>}
      </footer>
    ),
  } satisfies ComponentDefinition<z.infer<typeof footer>>,
  SiteHeader: {
    label: 'Site header',
    props: siteHeader,
    fields: {
      menu: { type: 'text' },
      logoAssetId: { type: 'text' },
      logoWidth: { type: 'number', min: 16, max: 600 },
      logoHeight: { type: 'number', min: 16, max: 300 },
      showSearch: {
        type: 'radio',
        options: [
          { label: 'Show', value: true },
          { label: 'Hide', value: false },
        ],
      },
      showCart: {
        type: 'radio',
        options: [
          { label: 'Show', value: true },
          { label: 'Hide', value: false },
        ],
      },
      searchLabel: { type: 'text' },
      cartLabel: { type: 'text' },
    },
    defaultProps: {
      menu: 'main',
      showSearch: true,
      showCart: true,
      searchLabel: 'Search',
      cartLabel: 'Cart',
    },
    render: ({ logoSources, logoWidth, logoHeight, ...props }) => {
      const sorted = [...logoSources].sort((a, b) => a.width - b.width);
      const url = sorted.find((s) => s.width >= logoWidth)?.url ?? sorted.at(-1)?.url;
      return <SiteHeader {...props} logo={url ? { url, width: logoWidth, height: logoHeight } : null} />;
    },
  } satisfies ComponentDefinition<z.infer<typeof siteHeader>>,
  SiteFooter: {
    label: 'Site footer',
    props: siteFooter,
    fields: {
      columns: {
        type: 'array',
        arrayFields: { heading: { type: 'text' }, menu: { type: 'text' } },
        max: 4,
      },
      legalMenu: { type: 'text' },
      copyright: { type: 'text' },
    },
    defaultProps: { columns: [{ heading: 'Shop', menu: 'footer' }], legalMenu: 'legal', copyright: '' },
    render: (props) => <SiteFooter {...props} />,
  } satisfies ComponentDefinition<z.infer<typeof siteFooter>>,
  AnnouncementBar: {
    label: 'Announcement bar',
    props: announcementBar,
    fields: {
      text: { type: 'text' },
      link: { type: 'object', objectFields: { label: { type: 'text' }, href: { type: 'text' } } },
    },
    defaultProps: { text: 'Free returns within 30 days.' },
    render: (props) => <AnnouncementBar {...props} />,
  } satisfies ComponentDefinition<z.infer<typeof announcementBar>>,
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
