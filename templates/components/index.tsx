import type { ReactNode } from 'react';
import { z } from 'zod';
import { AnnouncementBar } from './layout/announcement-bar.js';
import { SiteFooter } from './layout/site-footer.js';
import { SiteHeader } from './layout/site-header.js';
import {
  type ComponentDefinition,
  LOCALE_OK,
  link,
  linkFields,
  plainText,
  type SlotComponent,
  safeHref,
  sanitizeRichText,
  slot,
  tokenRef,
  tokenVar,
} from './schema.js';
import { SiteLink, useStorefrontLinks } from './site-link.js';
import {
  CartContentsDefinition,
  CheckoutFormDefinition,
  OrderStatusDefinition,
} from './store/checkout-flow-components.js';
import { CollectionProducts } from './store/collection-products.js';
import { productCard } from './store/data.js';
import { messagesFor } from './store/messages.js';
import { NotFound } from './store/not-found.js';
import { ProductCardView } from './store/product-card.js';
import { ProductDetail } from './store/product-detail.js';

export {
  type ComponentDefinition,
  formatPrice,
  plainText,
  RICH_TEXT_OPTIONS,
  type SlotComponent,
  safeHref,
  sanitizeRichText,
  slot,
  type TreeNode,
  tokenRef,
  tokenVar,
} from './schema.js';

/** Rich text whose links go through the page's link builder. */
function RichTextView({ html }: { html: string }): ReactNode {
  const links = useStorefrontLinks();
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised with the strict allow-list RICH_TEXT_OPTIONS.
    <div className="wh-richtext" dangerouslySetInnerHTML={{ __html: sanitizeRichText(html, links) }} />
  );
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
const productGrid = z.object({
  heading: plainText(200).default(''),
  productIds: z.array(plainText(100)).max(48).default([]),
  /** A collection's slug: the grid shows its first `limit` products (after any `productIds`). */
  collection: z
    .string()
    .max(200)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'A collection slug such as summer-sale')
    .optional(),
  limit: z.number().int().min(1).max(48).default(8),
  /** The cards to show, provided by the renderer from `productIds` and `collection` (or stored inline). */
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
      collection: { type: 'text' },
      limit: { type: 'number', min: 1, max: 48 },
      locale: { type: 'text' },
    },
    defaultProps: { heading: '', productIds: [], limit: 8 },
    render: ({ heading, products, locale, limit }) => {
      const messages = messagesFor(locale);
      return (
        <div className="wh-products">
          {heading && <h2 className="wh-heading">{heading}</h2>}
          <ul className="wh-cards">
            {products.slice(0, limit).map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
              <li className="wh-product" key={i}>
                <ProductCardView card={p} locale={locale} messages={messages} />
                {p.id && !p.soldOut && (
                  // No action: the form posts to the page it is on; the storefront's cart
                  // route adds the product's default variant and redirects to the cart.
                  <form className="wh-product__add" method="post">
                    <input type="hidden" name="wh_action" value="cart-add" />
                    <input type="hidden" name="productId" value={p.id} />
                    <button type="submit" className="wh-button wh-button--secondary wh-button--block">
                      {messages.addToCart}
                      <span className="wh-visually-hidden">: {p.title}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </div>
      );
    },
  } satisfies ComponentDefinition<z.infer<typeof productGrid>>,
  ProductDetail,
  CollectionProducts,
  NotFound,
  CartContents: CartContentsDefinition,
  CheckoutForm: CheckoutFormDefinition,
  OrderStatus: OrderStatusDefinition,
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
