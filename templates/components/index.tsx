import type { Field } from '@puckeditor/core';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { assetIdSchema, SiteImage, sizesSchema } from './image.js';
import { AnnouncementBar } from './layout/announcement-bar.js';
import { SiteFooter } from './layout/site-footer.js';
import { SiteHeader } from './layout/site-header.js';
import {
  type ComponentDefinition,
  help,
  LOCALE_OK,
  link,
  linkFields,
  plainText,
  type SlotComponent,
  safeHref,
  sanitizeRichText,
  slot,
  tokenField,
  tokenRef,
  tokenVar,
} from './schema.js';
import { ImageBanner } from './sections/image-banner.js';
import { ImageWithText } from './sections/image-with-text.js';
import { MultiColumn } from './sections/multi-column.js';
import { SiteLink, useStorefrontLinks } from './site-link.js';
import {
  CartContentsDefinition,
  CheckoutFormDefinition,
  OrderStatusDefinition,
  PaymentFormDefinition,
} from './store/checkout-flow-components.js';
import { CollectionProducts } from './store/collection-products.js';
import { productCard } from './store/data.js';
import { messagesFor } from './store/messages.js';
import { NotFound } from './store/not-found.js';
import { ProductCardView } from './store/product-card.js';
import { ProductDetail } from './store/product-detail.js';
import { SearchResults } from './store/search-results.js';

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
  /** Empty until an image is chosen: the designed fallback renders meanwhile. */
  assetId: assetIdSchema,
  alt: plainText(300),
  width: z.number().int().min(1).max(10_000),
  height: z.number().int().min(1).max(10_000),
  sizes: sizesSchema.default('100vw'),
  /** Variants of the asset, provided by the renderer (never fetched by the component). */
  sources: z.array(imageSource).max(16).default([]),
});
/** A link that may be left out: both fields empty in the editor mean none. */
const optionalLink = z
  .object({ label: plainText(120).default(''), href: z.union([safeHref, z.literal('')]).default('') })
  .optional()
  .transform((l) => (l?.label && l.href ? { label: l.label, href: l.href } : undefined));
const optionalLinkField: Field = {
  type: 'object',
  ...help('Leave both empty for none.'),
  objectFields: {
    label: { type: 'text', label: 'Link text', ...help('The words on the button or link.') },
    href: { type: 'text', label: 'Link to', ...help('A page, product, collection or web address.') },
  },
};
const IMAGE_FIELD = (extra = '') => ({
  type: 'text' as const,
  label: 'Image',
  ...help(`Choose from the media library or upload one.${extra}`),
});
const ALT_FIELD: Field = {
  type: 'text',
  label: 'Image description (alt text)',
  ...help('What the image shows, for people who cannot see it. Leave empty for a decorative image.'),
};
const imageBanner = z.object({
  assetId: assetIdSchema,
  alt: plainText(300).default(''),
  heading: plainText(200),
  text: plainText(500).default(''),
  primary: optionalLink,
  secondary: optionalLink,
  height: z.enum(['medium', 'large']).default('large'),
  align: z.enum(['start', 'center']).default('start'),
});
const imageWithText = z.object({
  assetId: assetIdSchema,
  alt: plainText(300).default(''),
  eyebrow: plainText(120).default(''),
  heading: plainText(200),
  text: plainText(2_000).default(''),
  link: optionalLink,
  imagePosition: z.enum(['start', 'end']).default('start'),
  background: tokenRef.default('{color.surface.default}'),
});
const multiColumn = z.object({
  heading: plainText(200).default(''),
  intro: plainText(500).default(''),
  columns: z
    .array(
      z.object({
        assetId: assetIdSchema,
        alt: plainText(300).default(''),
        heading: plainText(120),
        text: plainText(1_000).default(''),
        link: optionalLink,
      }),
    )
    .min(1)
    .max(4),
  background: tokenRef.default('{color.background.default}'),
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
  /** Empty: the page language's word. */
  searchLabel: plainText(120).default(''),
  cartLabel: plainText(120).default(''),
  /** Provided by the renderer (the page's language). */
  locale: z.string().max(35).refine(LOCALE_OK, 'Not a BCP 47 locale').default('en'),
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
  fields: {
    title: { type: 'text', label: 'Page title', ...help('Shown in the browser tab and in search results.') },
  },
  defaultProps: {},
  render: () => null,
} satisfies ComponentDefinition<z.infer<typeof root>>;

export const components = {
  Header: {
    label: 'Header',
    props: header,
    fields: {
      siteName: {
        type: 'text',
        label: 'Site name',
        ...help('Shown at the start of the header; links home.'),
      },
      links: linkFields,
    },
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
      title: { type: 'text', label: 'Title', contentEditable: true, ...help('The big line at the top.') },
      subtitle: { type: 'textarea', label: 'Subtitle', ...help('A sentence under the title (optional).') },
      background: tokenField('color', 'Background colour', 'One of your theme’s colours.'),
      foreground: tokenField('color', 'Text colour', 'Pick one that reads well on the background.'),
      cta: {
        type: 'object',
        label: 'Button',
        ...help('A button under the title (optional).'),
        objectFields: {
          label: { type: 'text', label: 'Button text', ...help('The words on the button.') },
          href: { type: 'text', label: 'Link to', ...help('A page, product, collection or web address.') },
        },
      },
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
      text: { type: 'text', label: 'Text', contentEditable: true, ...help('You can also type on the page.') },
      level: {
        type: 'select',
        label: 'Size',
        ...help('Use Largest once per page, for its main title; sections below it use smaller sizes.'),
        options: [
          { label: 'Largest (page title)', value: 1 },
          { label: 'Large (section)', value: 2 },
          { label: 'Medium', value: 3 },
          { label: 'Small', value: 4 },
          { label: 'Smaller', value: 5 },
          { label: 'Smallest', value: 6 },
        ],
      },
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
    fields: {
      text: { type: 'textarea', label: 'Text', contentEditable: true, ...help('A paragraph of plain text.') },
    },
    defaultProps: { text: 'Write something here.' },
    render: ({ text }) => <p className="wh-text">{text}</p>,
  } satisfies ComponentDefinition<z.infer<typeof text>>,
  RichText: {
    label: 'Rich text',
    props: richText,
    fields: {
      html: {
        type: 'richtext',
        label: 'Text',
        contentEditable: true,
        ...help('Bold, italic, lists, links and headings. You can also edit it on the page.'),
        options: { heading: { levels: [2, 3, 4] } },
      },
    },
    defaultProps: { html: '<p>Write something here.</p>' },
    render: ({ html }) => <RichTextView html={html} />,
  } satisfies ComponentDefinition<z.infer<typeof richText>>,
  Image: {
    label: 'Image',
    props: image,
    fields: {
      assetId: IMAGE_FIELD(),
      alt: ALT_FIELD,
      width: {
        type: 'number',
        min: 1,
        label: 'Width (pixels)',
        ...help('Taken from the chosen image; sets its shape while it loads.'),
      },
      height: {
        type: 'number',
        min: 1,
        label: 'Height (pixels)',
        ...help('Taken from the chosen image; sets its shape while it loads.'),
      },
      sizes: {
        type: 'select',
        label: 'Width on the page',
        ...help('How wide the image shows, so phones download a smaller file.'),
        options: [
          { label: 'Full width', value: '100vw' },
          { label: 'Half width on wide screens', value: '(min-width: 48rem) 50vw, 100vw' },
          { label: 'A third on wide screens', value: '(min-width: 48rem) 33vw, 100vw' },
        ],
      },
    },
    defaultProps: { assetId: '', alt: '', width: 1200, height: 800, sizes: '100vw' },
    assetIds: ({ assetId }) => (assetId ? [assetId] : []),
    render: ({ assetId, alt, width, height, sizes, sources }) => (
      <SiteImage assetId={assetId} alt={alt} width={width} height={height} sizes={sizes} sources={sources} />
    ),
  } satisfies ComponentDefinition<z.infer<typeof image>>,
  ImageBanner: {
    label: 'Image banner',
    props: imageBanner,
    fields: {
      assetId: IMAGE_FIELD(' Without one, the banner shows your brand colour.'),
      alt: ALT_FIELD,
      heading: {
        type: 'text',
        label: 'Heading',
        contentEditable: true,
        ...help('The big line over the image.'),
      },
      text: { type: 'textarea', label: 'Text', ...help('A sentence under the heading (optional).') },
      primary: { ...optionalLinkField, label: 'Main button' },
      secondary: { ...optionalLinkField, label: 'Second button' },
      height: {
        type: 'radio',
        label: 'Height',
        ...help('How much of the screen the banner takes.'),
        options: [
          { label: 'Medium', value: 'medium' },
          { label: 'Large', value: 'large' },
        ],
      },
      align: {
        type: 'radio',
        label: 'Text position',
        ...help('Where the heading and buttons sit over the image.'),
        options: [
          { label: 'Left', value: 'start' },
          { label: 'Centre', value: 'center' },
        ],
      },
    },
    defaultProps: {
      assetId: '',
      alt: '',
      heading: 'A heading for your store',
      text: '',
      height: 'large',
      align: 'start',
    },
    assetIds: ({ assetId }) => (assetId ? [assetId] : []),
    render: (props) => <ImageBanner {...props} />,
  } satisfies ComponentDefinition<z.infer<typeof imageBanner>>,
  ImageWithText: {
    label: 'Image with text',
    props: imageWithText,
    fields: {
      assetId: IMAGE_FIELD(),
      alt: ALT_FIELD,
      eyebrow: {
        type: 'text',
        label: 'Small line above the heading',
        ...help('Optional, e.g. “Our story”.'),
      },
      heading: { type: 'text', label: 'Heading', contentEditable: true, ...help('The section’s title.') },
      text: { type: 'textarea', label: 'Text', ...help('A blank line starts a new paragraph.') },
      link: { ...optionalLinkField, label: 'Link' },
      imagePosition: {
        type: 'radio',
        label: 'Image position',
        ...help('On phones the image always comes first.'),
        options: [
          { label: 'Image first', value: 'start' },
          { label: 'Image second', value: 'end' },
        ],
      },
      background: tokenField('color', 'Background colour', 'One of your theme’s colours.'),
    },
    defaultProps: {
      assetId: '',
      alt: '',
      heading: 'Tell your story',
      text: '',
      imagePosition: 'start',
      background: '{color.surface.default}',
    },
    assetIds: ({ assetId }) => (assetId ? [assetId] : []),
    render: ({ background, ...props }) => <ImageWithText {...props} background={tokenVar(background)} />,
  } satisfies ComponentDefinition<z.infer<typeof imageWithText>>,
  MultiColumn: {
    label: 'Multi-column',
    props: multiColumn,
    fields: {
      heading: { type: 'text', label: 'Heading', ...help('Over all the columns (optional).') },
      intro: { type: 'textarea', label: 'Introduction', ...help('A sentence under the heading (optional).') },
      columns: {
        type: 'array',
        label: 'Columns',
        ...help('One to four columns, side by side on wide screens.'),
        min: 1,
        max: 4,
        defaultItemProps: { assetId: '', alt: '', heading: 'New point', text: '', link: undefined },
        arrayFields: {
          assetId: IMAGE_FIELD(' Optional.'),
          alt: ALT_FIELD,
          heading: { type: 'text', label: 'Heading', ...help('The column’s title.') },
          text: { type: 'textarea', label: 'Text', ...help('A blank line starts a new paragraph.') },
          link: { ...optionalLinkField, label: 'Link' },
        },
      },
      background: tokenField('color', 'Background colour', 'One of your theme’s colours.'),
    },
    defaultProps: {
      heading: '',
      intro: '',
      columns: [
        { assetId: '', alt: '', heading: 'First point', text: '', link: undefined },
        { assetId: '', alt: '', heading: 'Second point', text: '', link: undefined },
        { assetId: '', alt: '', heading: 'Third point', text: '', link: undefined },
      ],
      background: '{color.background.default}',
    },
    assetIds: ({ columns }) => columns.flatMap((c) => (c.assetId ? [c.assetId] : [])),
    render: ({ background, ...props }) => (
      <MultiColumn
        {...props}
        background={tokenVar(background)}
        panel={background !== '{color.background.default}'}
      />
    ),
  } satisfies ComponentDefinition<z.infer<typeof multiColumn>>,
  Button: {
    label: 'Button',
    props: button,
    fields: {
      label: {
        type: 'text',
        label: 'Button text',
        contentEditable: true,
        ...help('The words on the button.'),
      },
      href: { type: 'text', label: 'Link to', ...help('A page, product, collection or web address.') },
      variant: {
        type: 'radio',
        label: 'Style',
        ...help('Filled for the main action, outlined for the others.'),
        options: [
          { label: 'Filled', value: 'primary' },
          { label: 'Outlined', value: 'secondary' },
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
      columns: {
        type: 'array',
        label: 'Columns',
        ...help('One to four columns; drag blocks into each on the page.'),
        arrayFields: { items: { type: 'slot', label: 'Blocks' } },
        defaultItemProps: { items: [] },
        min: 1,
        max: 4,
      },
      gap: {
        type: 'select',
        label: 'Space between columns',
        ...help('From your theme’s spacing.'),
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
      heading: { type: 'text', label: 'Heading', ...help('Over the products (optional).') },
      // A list of ids, which Puck's array field cannot hold (its items are objects): the editor
      // replaces this field with the product picker (client pages/editor/pickers/fields.tsx).
      productIds: {
        type: 'custom',
        label: 'Products',
        ...help('Choose products to show first, in this order.'),
        render: () => <></>,
      },
      collection: {
        type: 'text',
        label: 'Collection',
        ...help('Then the products of a collection, if you choose one.'),
      },
      limit: {
        type: 'number',
        label: 'Most products shown',
        ...help('From 1 to 48.'),
        min: 1,
        max: 48,
      },
      locale: {
        type: 'select',
        label: 'Language of prices and buttons',
        ...help('How prices are written and the “Add to cart” wording.'),
        options: [
          // The languages templates/components/store/messages.ts speaks.
          { label: 'English', value: 'en' },
          { label: 'French', value: 'fr' },
          { label: 'German', value: 'de' },
        ],
      },
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
  PaymentForm: PaymentFormDefinition,
  SearchResults,
  Spacer: {
    label: 'Spacer',
    props: spacer,
    fields: {
      size: {
        type: 'select',
        label: 'Height',
        ...help('Empty space from your theme’s spacing.'),
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
    fields: {
      text: { type: 'text', label: 'Text', ...help('A line at the bottom, e.g. the copyright.') },
      links: linkFields,
    },
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
      menu: {
        type: 'text',
        label: 'Menu',
        ...help('The menu shown in the header (edit menus under the site’s Navigation).'),
      },
      logoAssetId: { type: 'text', label: 'Logo', ...help('Without one, the site name is shown.') },
      logoWidth: {
        type: 'number',
        label: 'Logo width (pixels)',
        ...help('From 16 to 600.'),
        min: 16,
        max: 600,
      },
      logoHeight: {
        type: 'number',
        label: 'Logo height (pixels)',
        ...help('From 16 to 300.'),
        min: 16,
        max: 300,
      },
      showSearch: {
        type: 'radio',
        label: 'Search',
        ...help('A search link in the header.'),
        options: [
          { label: 'Show', value: true },
          { label: 'Hide', value: false },
        ],
      },
      showCart: {
        type: 'radio',
        label: 'Cart',
        ...help('A cart link with the number of items.'),
        options: [
          { label: 'Show', value: true },
          { label: 'Hide', value: false },
        ],
      },
      searchLabel: { type: 'text', label: 'Search link text', ...help('E.g. “Search”.') },
      cartLabel: { type: 'text', label: 'Cart link text', ...help('E.g. “Cart” or “Basket”.') },
    },
    defaultProps: {
      menu: 'main',
      showSearch: true,
      showCart: true,
      searchLabel: '',
      cartLabel: '',
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
        label: 'Link columns',
        ...help('Up to four columns, each a heading over a menu.'),
        arrayFields: {
          heading: { type: 'text', label: 'Heading', ...help('Over the column’s links.') },
          menu: { type: 'text', label: 'Menu', ...help('The menu whose links the column shows.') },
        },
        defaultItemProps: { heading: 'Links', menu: 'footer' },
        max: 4,
      },
      legalMenu: {
        type: 'text',
        label: 'Legal links menu',
        ...help('Terms, privacy and the like, at the bottom.'),
      },
      copyright: { type: 'text', label: 'Copyright line', ...help('Empty: © and your site name.') },
    },
    defaultProps: { columns: [{ heading: 'Shop', menu: 'footer' }], legalMenu: 'legal', copyright: '' },
    render: (props) => <SiteFooter {...props} />,
  } satisfies ComponentDefinition<z.infer<typeof siteFooter>>,
  AnnouncementBar: {
    label: 'Announcement bar',
    props: announcementBar,
    fields: {
      text: {
        type: 'text',
        label: 'Message',
        contentEditable: true,
        ...help('One short line over the header.'),
      },
      link: {
        type: 'object',
        label: 'Link',
        ...help('Where the message leads (optional).'),
        objectFields: {
          label: { type: 'text', label: 'Link text', ...help('The words visitors click.') },
          href: { type: 'text', label: 'Link to', ...help('A page, product, collection or web address.') },
        },
      },
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
