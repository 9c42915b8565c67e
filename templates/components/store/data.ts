import { z } from 'zod';
import { plainText, safeHref } from '../schema.js';

/**
 * What the storefront's page-type components show besides their stored props: the product, the
 * collection page, product cards. The renderer provides it (fetched through the graph before the
 * render); the schemas check it like any prop, so a stored tree cannot smuggle in unsafe URLs.
 */

const currency = z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 currency code such as EUR');
export const money = z.object({ amount: z.number().int().min(0), currency });
export type Money = z.infer<typeof money>;

const source = z.object({ url: safeHref, width: z.number().int().min(1).max(10_000) });

/** An image with its variants per format (narrowest first), for a `<picture>`. */
export const productImage = z.object({
  assetId: z.string().max(64),
  alt: plainText(300).default(''),
  width: z.number().int().min(1).max(20_000),
  height: z.number().int().min(1).max(20_000),
  avif: z.array(source).max(16).default([]),
  webp: z.array(source).max(16).default([]),
  jpeg: z.array(source).max(16).default([]),
});
export type ProductImage = z.infer<typeof productImage>;

/** A product as a card shows it (grids, collections); prices in minor units. */
export const productCard = z.object({
  id: plainText(100).optional(),
  /** The product's storefront slug: the card links to `/products/<slug>` under the base. */
  slug: plainText(200).optional(),
  title: plainText(200),
  price: money,
  compareAt: money.nullish(),
  /** A stored card's own link, used when there is no slug. */
  href: safeHref.optional(),
  soldOut: z.boolean().default(false),
  image: productImage.nullish(),
});
export type ProductCardData = z.infer<typeof productCard>;
export type ProductCardInput = z.input<typeof productCard>;

export const productVariant = z.object({
  id: plainText(100),
  title: plainText(300),
  optionValues: z.array(plainText(200)).max(10),
  sku: plainText(200).default(''),
  price: money.nullable(),
  compareAt: money.nullish(),
  inStock: z.boolean(),
});

/** A product page's data (commerce `product(slug:)` with its images from assets). */
export const productData = z.object({
  id: plainText(100),
  slug: plainText(200),
  title: plainText(300),
  description: plainText(50_000).default(''),
  options: z.array(z.object({ name: plainText(100), values: z.array(plainText(200)).max(100) })).max(10),
  variants: z.array(productVariant).max(250),
  images: z.array(productImage).max(50).default([]),
});
export type ProductData = z.infer<typeof productData>;
export type ProductDataInput = z.input<typeof productData>;

export const SORTS = ['title', 'newest', 'price-asc', 'price-desc'] as const;
export type CollectionSort = (typeof SORTS)[number];

/** One page of a collection (or of all products): its cards and the cursors around it. */
export const collectionData = z.object({
  /** The collection's slug, or `all` for every product. */
  slug: plainText(200),
  title: plainText(300),
  description: plainText(10_000).default(''),
  products: z.array(productCard).max(100),
  /** The cursor of the next page, null on the last one. */
  next: z.string().max(200).nullable(),
  /** The cursor of the previous page (its products come before this one), null on the first. */
  previous: z.string().max(200).nullable(),
  sort: z.enum(SORTS).nullable(),
});
export type CollectionData = z.infer<typeof collectionData>;
export type CollectionDataInput = z.input<typeof collectionData>;

/** A cart as the cart API prices it (commerce `Cart`); amounts in minor units, all computed by the server. */
export const cartData = z.object({
  itemCount: z.number().int().min(0),
  discountCode: plainText(64).nullable(),
  lines: z
    .array(
      z.object({
        variantId: plainText(100),
        title: plainText(300),
        quantity: z.number().int().min(0),
        purchasable: z.boolean(),
        unitPrice: money.nullable(),
        total: money,
      }),
    )
    .max(250),
  subtotal: money,
  discount: money,
  tax: z.object({ inclusive: z.boolean(), rateBps: z.number().int().min(0), amount: money }),
  shipping: money,
  total: money,
});
export type CartData = z.infer<typeof cartData>;

/** A country the checkout ships to: ISO 3166-1 alpha-2 code and its name in the page's language. */
export const countryData = z.object({ code: z.string().regex(/^[A-Z]{2}$/), name: plainText(100) });

/** Every field the checkout form posts, by name. */
export const CHECKOUT_FIELDS = [
  'email',
  'name',
  'line1',
  'line2',
  'postalCode',
  'city',
  'region',
  'country',
  'phone',
] as const;

/** The payment page's data: the order's PaymentIntent as Stripe.js needs it (commerce `checkoutPayment`). */
export const paymentData = z.object({
  /** The PaymentIntent's client secret (Stripe.js needs it in the page; the page is never cached). */
  clientSecret: z.string().regex(/^[A-Za-z0-9_]{1,200}$/),
  stripeAccount: z.string().regex(/^acct_[A-Za-z0-9]{1,100}$/),
  /** The platform's publishable key; null: card payments are not configured. */
  publishableKey: z
    .string()
    .regex(/^pk_[A-Za-z0-9_]{1,200}$/)
    .nullable(),
  amount: money,
  orderDisplayNumber: plainText(40),
  /** The order's access token: the status page is Stripe's return URL. */
  orderToken: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
  /** Where Stripe.js is loaded from (STRIPE_JS_URL); empty: not loaded (the editor). */
  stripeJsUrl: z.union([z.literal(''), safeHref]),
});
export type PaymentData = z.infer<typeof paymentData>;

/** An order as its buyer sees it (commerce `orderByToken`). */
export const orderData = z.object({
  displayNumber: plainText(40),
  status: plainText(40),
  tracking: z.object({ carrier: plainText(100), number: plainText(100) }).nullable(),
});
export type OrderData = z.infer<typeof orderData>;

/** A page the search found: its title, a line about it and its path under the site's base. */
export const searchPageHit = z.object({
  title: plainText(300),
  description: plainText(500).default(''),
  /** The page's site path (`/about`): linked under the storefront's base. */
  path: z
    .string()
    .max(512)
    .regex(/^\/([a-z0-9-]+(\/[a-z0-9-]+)*)?$/, 'A page path: /, lowercase letters, digits, hyphens'),
});

/** The search page's data (commerce `searchProducts`, cms `searchPages`). */
export const searchData = z.object({
  /** What the visitor looked for; empty: no query yet (the page prompts for one). */
  query: plainText(100),
  products: z.array(productCard).max(100),
  /** Pages found: on the first page of results only. */
  pages: z.array(searchPageHit).max(20),
  /** The cursor of the next page of products, null on the last one. */
  next: z.string().max(200).nullable(),
  /** Whether this page follows others (`after` was given): a link back to the first results. */
  paged: z.boolean().default(false),
});
export type SearchData = z.infer<typeof searchData>;
export type SearchDataInput = z.input<typeof searchData>;
