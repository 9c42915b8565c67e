/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where an export stands. */
export type AnalyticsExportStatus =
  /** The job could not write it. */
  | 'FAILED'
  /** Queued or being written. */
  | 'PENDING'
  /** Written; `downloadUrl` is set. */
  | 'READY';

/** The width of one bucket of a time series. Buckets are UTC hours or UTC days. */
export type AnalyticsGranularity =
  /** One bucket per UTC day (ranges of at most 731 days). */
  | 'DAY'
  /** One bucket per UTC hour (ranges of at most 31 days). */
  | 'HOUR';

/** A date range of the request tenant's analytics. */
export type AnalyticsRangeInput = {
  /** Start (ISO 8601 date-time, inclusive); widened to the start of its bucket. */
  from: string;
  /** Bucket width of the series (default DAY). */
  granularity?: AnalyticsGranularity | null | undefined;
  /** End (ISO 8601 date-time, exclusive); widened to the end of its bucket. Must be after `from`. */
  to: string;
  /** How many entries each top list has (1–100, default 10). */
  top?: number | null | undefined;
};

/** What kind of file an asset is. */
export type AssetKind =
  /** A document (PDF); stored as is. */
  | 'DOCUMENT'
  /** A web font (WOFF2); stored as is. */
  | 'FONT'
  /** A raster image (JPEG, PNG, WebP, AVIF, GIF); gets responsive variants. */
  | 'IMAGE';

/** Where an asset is in its upload lifecycle. */
export type AssetStatus =
  /** Refused or could not be processed; see failureReason. */
  | 'FAILED'
  /** Created by createUpload; waiting for the file and completeUpload. */
  | 'PENDING'
  /** The file was accepted; its variants are being made. */
  | 'PROCESSING'
  /** Ready to use. */
  | 'READY';

/** How often a plan's price is charged. */
export type BillingInterval =
  /** Every month. */
  | 'MONTH'
  /** Every year. */
  | 'YEAR';

/** The state of the tenant's platform subscription. */
export type BillingStatus =
  /** Paid and current. */
  | 'ACTIVE'
  /** Ended: the tenant is back on the free plan. */
  | 'CANCELED'
  /** Checkout started but the first payment is not complete. */
  | 'INCOMPLETE'
  /** No subscription: the tenant is on the free plan. */
  | 'NONE'
  /** A payment failed; Stripe is retrying. */
  | 'PAST_DUE'
  /** In a trial period. */
  | 'TRIALING'
  /** Payments failed and retries are exhausted. */
  | 'UNPAID';

/** Which way a catalog CSV goes. */
export type CatalogJobKind =
  /** The catalog into a CSV file. */
  | 'EXPORT'
  /** CSV into the catalog. */
  | 'IMPORT';

/** Whether a CSV import or export is done. */
export type CatalogJobStatus =
  /** Nothing was changed; see problems. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** A worker is on it. */
  | 'RUNNING'
  /** Finished; see summary (and downloadUrl for an export). */
  | 'SUCCEEDED';

/** A collection being saved. */
export type CollectionInput = {
  /** Description. */
  description?: string | null | undefined;
  /** The complete list of products in it, in display order. */
  productIds?: Array<string | number> | null | undefined;
  /** Unique per store; generated from the title when left out. */
  slug?: string | null | undefined;
  /** Collection name. */
  title: string;
};

/** Consent banner texts for one region. Plain text: no `<`, `>` or control characters. */
export type ConsentBannerInput = {
  /** Accept label, 1–30 characters. */
  acceptLabel: string;
  /** Banner text, 1–600 characters. */
  body: string;
  /** Region code (1–16 lowercase letters, digits, dashes); null for the default texts. */
  region?: string | null | undefined;
  /** Reject label, 1–30 characters. */
  rejectLabel: string;
  /** Banner heading, 1–80 characters. */
  title: string;
};

/** Whether, and where, Microsoft Clarity waits for the visitor's consent. */
export type ConsentMode =
  /** Consent needed everywhere. */
  | 'ALWAYS'
  /** No consent needed: Clarity runs with consent granted (unless the visitor rejected or opted out). */
  | 'NONE'
  /** Consent needed in the listed regions (`consentRegions`); elsewhere like NONE. */
  | 'REQUIRED_IN_REGIONS';

/** Fields to create an API key for the current tenant. */
export type CreateApiKeyInput = {
  /** When the key stops working (ISO 8601 with offset); omit for no expiry. */
  expiresAt?: string | null | undefined;
  /** A name to recognise the key by (1-80 characters). */
  name: string;
  /** Permission names the key gets, e.g. `catalog:read`; never more than your own permissions. */
  scopes: Array<string>;
};

/** A new discount code. */
export type CreateDiscountCodeInput = {
  /** Minor units (FIXED). */
  amountOff?: number | null | undefined;
  /** 3–32 letters, digits, - or _ (stored upper case, unique per store). */
  code: string;
  /** ISO 4217 currency of amountOff (FIXED). */
  currency?: string | null | undefined;
  /** Optional end (ISO 8601 with offset). */
  expiresAt?: string | null | undefined;
  /** Percentage or fixed. */
  kind: DiscountKind;
  /** Optional minimum subtotal in minor units. */
  minSubtotal?: number | null | undefined;
  /** 1–100 (PERCENTAGE). */
  percentOff?: number | null | undefined;
  /** Optional start (ISO 8601 with offset). */
  startsAt?: string | null | undefined;
  /** Optional limit on the number of orders. */
  usageLimit?: number | null | undefined;
};

/** Fields of a new product. */
export type CreateProductInput = {
  /** Collections to add the product to. */
  collectionIds?: Array<string | number> | null | undefined;
  /**
   * ISO 4217 currency code (three capital letters) of priceAmount.
   * @deprecated Use variants.
   */
  currency?: string | null | undefined;
  /** Long description. */
  description?: string | null | undefined;
  /** Asset ids of the images, in display order. */
  imageAssetIds?: Array<string | number> | null | undefined;
  /** Options the variants choose from (at most 3). */
  options?: Array<ProductOptionInput> | null | undefined;
  /**
   * Price in minor units of the single variant; must be zero or more.
   * @deprecated Use variants.
   */
  priceAmount?: number | null | undefined;
  /** Search-engine metadata. */
  seo?: SeoInput | null | undefined;
  /** Unique per store; generated from the title when left out. */
  slug?: string | null | undefined;
  /** Defaults to ACTIVE. */
  status?: ProductStatus | null | undefined;
  /** Product name. */
  title: string;
  /** The variants (at least one), unless priceAmount and currency are given. */
  variants?: Array<VariantInput> | null | undefined;
};

/** Fields of a new site. */
export type CreateSiteInput = {
  /** Display name. */
  name: string;
};

/** Fields to create a tenant; its creator becomes its Owner. */
export type CreateTenantInput = {
  /** Display name; the starter site and its home page are named after it. */
  name: string;
  /** 3–40 characters: lowercase letters, digits and single hyphens, not at either end. */
  slug: string;
  /** Build a starter site from the sample theme for the new workspace (default true); false for a workspace set up by other means (an import, an API client): the editor then shows the checklist without a starter site. */
  starterSite?: boolean | null | undefined;
};

/** A file about to be uploaded. */
export type CreateUploadInput = {
  /** The file's MIME type: image/jpeg, image/png, image/webp, image/avif, image/gif, font/woff2 or application/pdf. SVG is refused. */
  contentType: string;
  /** The file's name as the user knows it (at most 255 characters). */
  filename: string;
  /** Serve the asset only through expiring signed URLs (default false). */
  private?: boolean | null | undefined;
  /** The file's exact size in bytes; the upload may not exceed it. */
  size: number;
};

/** How a discount code takes money off. */
export type DiscountKind =
  /** A fixed amount in one currency (at most the subtotal). */
  | 'FIXED'
  /** A percentage of the subtotal (rounded half-even). */
  | 'PERCENTAGE';

/** A point of interest in an image, each coordinate from 0 to 1. */
export type FocalPointInput = {
  /** Horizontal position from 0 (left edge) to 1 (right edge). */
  x: number;
  /** Vertical position from 0 (top edge) to 1 (bottom edge). */
  y: number;
};

/** Shipment details of a fulfilment. */
export type FulfilOrderInput = {
  /** The carrier, e.g. DHL. */
  carrier: string;
  /** The carrier's tracking number. */
  trackingNumber: string;
  /** The carrier's tracking page (http or https). */
  trackingUrl?: string | null | undefined;
};

/** An image format a variant is encoded in. */
export type ImageFormat =
  /** AVIF: smallest files, supported by current browsers. */
  | 'AVIF'
  /** JPEG fallback (for JPEG and other photos without transparency). */
  | 'JPEG'
  /** PNG fallback (for PNG and GIF originals). */
  | 'PNG'
  /** WebP: small files, supported everywhere current. */
  | 'WEBP';

/** Fields to invite someone to the current tenant by email. */
export type InviteMemberInput = {
  /** The invitee's email address. */
  email: string;
  /** The role to grant; never higher than your own. */
  role: Role;
  /** Narrow the new member to these sites; omit for every site. */
  siteIds?: Array<string | number> | null | undefined;
};

/** Credentials to sign in. */
export type LoginInput = {
  /** Sign-in email address. */
  email: string;
  /** Password. */
  password: string;
  /** Bind the token to this tenant (the user must be a member). */
  tenantSlug?: string | null | undefined;
};

/** A navigation menu item to save. */
export type MenuItemInput = {
  /** Nested items, up to three levels in all. */
  children?: Array<MenuItemInput> | null | undefined;
  /** A site path (`/about`), an anchor (`#top`), an http(s) URL, `mailto:` or `tel:`; anything else is refused. Needed unless `link` is given. */
  href?: string | null | undefined;
  /** The text shown (1 to 100 characters). */
  label: string;
  /** A link by reference (a page, product, collection or page type) instead of `href`. */
  link?: MenuLinkInput | null | undefined;
};

/** A menu item's link by reference, to save. */
export type MenuLinkInput = {
  /** What it points at. */
  kind: MenuLinkKind;
  /** The page, for kind PAGE: a page of the menu's site. */
  pageId?: string | number | null | undefined;
  /** The slug, for kinds PRODUCT and COLLECTION (a-z, 0-9 and single dashes). */
  slug?: string | null | undefined;
};

/** What a menu link points at by reference: resolved to its current URL when a page renders. */
export type MenuLinkKind =
  /** Every product (`/collections/all`). */
  | 'ALL_PRODUCTS'
  /** The cart (`/cart`). */
  | 'CART'
  /** A collection, by slug (`/collections/<slug>`). */
  | 'COLLECTION'
  /** A page of the site, by id: the link follows the page when it moves, and renders as text when it is unpublished or deleted. */
  | 'PAGE'
  /** A product, by slug (`/products/<slug>`). */
  | 'PRODUCT'
  /** The search page (`/search`). */
  | 'SEARCH';

/** What kind of change a timeline entry records. */
export type OrderEventKind =
  /** The order was created. */
  | 'CREATED'
  /** The customer disputed the payment. */
  | 'DISPUTE'
  /** Shipment details changed. */
  | 'FULFILMENT'
  /** A stock outcome: re-reserved after a late payment, or refunded for lack of stock. */
  | 'INVENTORY'
  /** Anything else worth keeping (e.g. a refund Stripe refused). */
  | 'NOTE'
  /** A payment attempt failed (the customer may retry). */
  | 'PAYMENT_FAILED'
  /** Money was refunded (amount). */
  | 'REFUND'
  /** The status changed (fromStatus → toStatus). */
  | 'STATUS';

/** Which orders to list. */
export type OrderFilter = {
  /** Placed at or after this time (ISO 8601 with offset). */
  createdFrom?: string | null | undefined;
  /** Placed before this time (ISO 8601 with offset). */
  createdTo?: string | null | undefined;
  /** An order number (`1001` or `#1001`) or part of the customer's email. */
  search?: string | null | undefined;
  /** Only these statuses. */
  status?: Array<OrderStatus> | null | undefined;
};

/** Where an order stands. pending → paid → fulfilled; refunds make it partially_refunded or refunded; an unpaid order ends cancelled or expired. */
export type OrderStatus =
  /** Cancelled before it was paid (by the store or the payment provider). */
  | 'CANCELLED'
  /** The checkout's stock reservation ran out before the payment. */
  | 'EXPIRED'
  /** Shipped (see tracking). */
  | 'FULFILLED'
  /** Paid; waiting to be shipped. */
  | 'PAID'
  /** Part of the payment was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Created at checkout, waiting for the payment. */
  | 'PENDING'
  /** The whole payment was refunded. */
  | 'REFUNDED';

/** Whether a page's latest content is live. */
export type PageStatus =
  /** Never published; only editors see it. */
  | 'DRAFT'
  /** Live; visitors see the published version. */
  | 'PUBLISHED';

/** A storefront page type: served for a route (a product, a collection, a missing page) from a template, not from a stored page. More types (cart, checkout, order status, search) join later. */
export type PageType =
  /** `/cart`: the visitor's cart (the `CartContents` component); personal, never cached, not indexed. */
  | 'CART'
  /** `/checkout`: the email and address form with the order summary (the `CheckoutForm` component); personal, never cached, not indexed. */
  | 'CHECKOUT'
  /** `/collections/<slug>` and `/collections/all`: one page of a collection's products (the `CollectionProducts` component). */
  | 'COLLECTION'
  /** Any path nothing else serves, answered with status 404. */
  | 'NOT_FOUND'
  /** `/orders/<token>`: an order's status as its buyer sees it (the `OrderStatus` component); personal, never cached, not indexed. */
  | 'ORDER'
  /** `/checkout/pay/<token>`: the payment step, Stripe's Payment Element for the order (the `PaymentForm` component); personal, never cached, not indexed. */
  | 'PAYMENT'
  /** `/products/<slug>`: one product (the `ProductDetail` component shows it). */
  | 'PRODUCT'
  /** `/search?q=`: products and pages matching the visitor's query (the `SearchResults` component); never cached, not indexed. */
  | 'SEARCH';

/** Changes to the privacy draft; omitted fields keep the draft's value (or the live one when there is no draft). */
export type PrivacyDraftInput = {
  /** Turn Clarity injection on or off. It can only be on with a project id. */
  clarityEnabled?: boolean | null | undefined;
  /** Clarity project id: 6–16 lowercase letters and digits. Send null to remove it. */
  clarityProjectId?: string | null | undefined;
  /** Replaces the banner texts (at most 50, one per region). */
  consentBanners?: Array<ConsentBannerInput> | null | undefined;
  /** The consent mode. REQUIRED_IN_REGIONS needs at least one region in `consentRegions`. */
  consentMode?: ConsentMode | null | undefined;
  /** Replaces the region codes that require consent (at most 100). */
  consentRegions?: Array<string> | null | undefined;
  /** Turn first-party analytics on or off. */
  firstPartyAnalytics?: boolean | null | undefined;
};

/** A product option. */
export type ProductOptionInput = {
  /** Option name, e.g. Size. */
  name: string;
  /** Its values, e.g. S, M, L. */
  values: Array<string>;
};

/** Whether a product is sold. */
export type ProductStatus =
  /** Visible and purchasable. */
  | 'ACTIVE'
  /** Withdrawn; kept for order history. */
  | 'ARCHIVED'
  /** Not visible to visitors yet. */
  | 'DRAFT';

/** A refund of part or all of an order's payment. */
export type RefundOrderInput = {
  /** Minor units to refund; at most what is left. Default: everything that is left. */
  amount?: number | null | undefined;
  /** Why (kept on the refund). */
  reason?: string | null | undefined;
};

/** A region to create or replace (by `code`). Omitted lists are empty, an omitted flag is false. */
export type RegionInput = {
  /** The region's code: 1–16 lowercase letters, digits and single dashes. */
  code: string;
  /** Whether visitors must consent before analytics run. */
  consentRequired?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 country codes; each country belongs to one region. */
  countries?: Array<string> | null | undefined;
  /** ISO 4217 currency code, e.g. `EUR`. */
  currency: string;
  /** Verified custom domains (see `domains`) that select this region; each host belongs to one region. */
  hosts?: Array<string> | null | undefined;
  /** BCP 47 language tag: language, optional script and region, e.g. `de`, `de-AT`, `zh-Hant-TW`. */
  locale: string;
  /** One path segment such as `/de`, unique among the tenant's regions; null for none. */
  pathPrefix?: string | null | undefined;
};

/** Fields to create an account (`signUp`). */
export type RegisterInput = {
  /** Sign-in email address. */
  email: string;
  /** Display name. */
  name: string;
  /** At least 10 characters. */
  password: string;
};

/** A role a user holds in one tenant. Each role includes everything the roles below it may do. */
export type Role =
  /** Manages members, settings and API keys. */
  | 'ADMIN'
  /** Drafts content but cannot publish. */
  | 'CONTRIBUTOR'
  /** Publishes content and manages the catalog. */
  | 'EDITOR'
  /** Everything, including billing and deleting the tenant. */
  | 'OWNER';

/** A draft save. Without `id` a new page is created. */
export type SavePageInput = {
  /** Canonical URL: an absolute http(s) URL without credentials; omit to keep, null to clear. */
  canonicalUrl?: string | null | undefined;
  /** The version you edited; a newer stored version makes the save a CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** Ids of products to feature. */
  featuredProductIds?: Array<string | number> | null | undefined;
  /** The page to update; omit to create a page. */
  id?: string | number | null | undefined;
  /** Open Graph image asset id; omit to keep, null to clear. */
  ogImageAssetId?: string | number | null | undefined;
  /** URL path starting with `/`: lowercase letters, digits, hyphens and slashes. */
  path: string;
  /** Meta description (at most 320 characters); omit to keep, null to clear. */
  seoDescription?: string | null | undefined;
  /** Title for search engines (at most 70 characters); omit to keep, null to clear. */
  seoTitle?: string | null | undefined;
  /** Site for a new page; defaults to the site the request's host maps to, else the tenant's default site. */
  siteId?: string | number | null | undefined;
  /** Page title. */
  title: string;
  /** Component tree `{ root: { props }, content: [{ type, props }] }`. */
  tree: unknown;
};

/** A translation draft save: creates the page's translation for the locale or replaces its draft. */
export type SavePageTranslationInput = {
  /** The version you edited (0 when the translation does not exist yet); a different stored version makes the save a CONFLICT. Omit to skip the check. */
  expectedVersion?: number | null | undefined;
  /** BCP 47 language tag (language, optional script and region), e.g. `de` or `de-AT`; stored in canonical case. */
  locale: string;
  /** The page translated. */
  pageId: string | number;
  /** Meta description (at most 320 characters); null for none. */
  seoDescription?: string | null | undefined;
  /** Title for search engines (at most 70 characters); null for none. */
  seoTitle?: string | null | undefined;
  /** Translated title. */
  title: string;
  /** Translated component tree, validated like a page's (`{ root: { props }, content: [{ type, props }] }`). */
  tree: unknown;
};

/** A save of a site's template for a page type (live at once: page-type templates have no drafts and do not count as pages). */
export type SavePageTypeTemplateInput = {
  /** The version you edited (0: the default); CONFLICT when the stored one differs. Omit to overwrite. */
  expectedVersion?: number | null | undefined;
  /** The page type. */
  pageType: PageType;
  /** The site. */
  siteId: string | number;
  /** Component tree, validated like a page's; a binding component (ProductDetail, CollectionProducts) only in its own page type. */
  tree: unknown;
};

/** Search-engine metadata. */
export type SeoInput = {
  /** Description for search results (320 characters at most). */
  description?: string | null | undefined;
  /** Title for search results (70 characters at most). */
  title?: string | null | undefined;
};

/** Units on hand of a variant at a location. */
export type SetStockInput = {
  /** The location (default: the default location). */
  locationId?: string | number | null | undefined;
  /** Units physically there; zero or more and not below what is reserved. */
  onHand: number;
  /** The variant. */
  variantId: string | number;
};

/** A new shipping rate. */
export type ShippingRateInput = {
  /** Price in minor units. */
  amount: number;
  /** ISO 4217 currency (the region's). */
  currency: string;
  /** Free from this discounted subtotal (minor units) on. */
  freeOver?: number | null | undefined;
  /** The rate's name, e.g. Standard. */
  name: string;
  /** The region code. */
  regionCode: string;
};

/** Section groups to save; an omitted group is kept, null resets it to the theme's default. */
export type SiteLayoutInput = {
  /** The footer group `{ content: [...] }`, validated like a page tree; null for the theme's default. */
  footer?: unknown;
  /** The header group `{ content: [...] }`, validated like a page tree; null for the theme's default. */
  header?: unknown;
};

/** Where a workspace's starter site is. */
export type StarterSiteStatus =
  /** The build is running: the editor shows "Setting up your site…". */
  | 'BUILDING'
  /** The last attempt failed (`error`); it is retried, or can be asked for again with `buildStarterSite`. */
  | 'FAILED'
  /** No build has started and the workspace has no site yet: the build is waiting in the job queue. */
  | 'QUEUED'
  /** The starter site exists (`siteId`). */
  | 'READY'
  /** The workspace had a site already, so no starter site was built. */
  | 'SKIPPED';

/** A region's tax. */
export type TaxSettingInput = {
  /** Whether prices include the tax (shown, not added) or exclude it (added at checkout). */
  inclusive: boolean;
  /** The rate in basis points, 0–10000. */
  rateBps: number;
  /** The region code (as in the store's regions). */
  regionCode: string;
};

/** Changes to analytics settings; omitted fields keep their value. */
export type UpdateAnalyticsSettingsInput = {
  /** Turn Clarity injection on or off. It can only be on with a project id. */
  clarityEnabled?: boolean | null | undefined;
  /** Clarity project id: 6–16 lowercase letters and digits. Send null to remove it. */
  clarityProjectId?: string | null | undefined;
  /** Replaces the banner texts (at most 50, one per region). */
  consentBanners?: Array<ConsentBannerInput> | null | undefined;
  /** The consent mode. REQUIRED_IN_REGIONS needs at least one region in `consentRegions`. */
  consentMode?: ConsentMode | null | undefined;
  /** Replaces the region codes that require consent (at most 100). */
  consentRegions?: Array<string> | null | undefined;
  /** Turn first-party analytics on or off. */
  firstPartyAnalytics?: boolean | null | undefined;
  /** Days raw events are kept, 1–730. */
  retentionDays?: number | null | undefined;
};

/** Changes to an asset's descriptive fields; omitted fields stay as they are. */
export type UpdateAssetInput = {
  /** Alternative text (at most 500 characters); null clears it. */
  alt?: string | null | undefined;
  /** The image's point of interest; null resets it to the centre. */
  focalPoint?: FocalPointInput | null | undefined;
};

/** Changes to a product; fields left out stay as they are. */
export type UpdateProductInput = {
  /** The complete list of collections the product is in. */
  collectionIds?: Array<string | number> | null | undefined;
  /** Long description. */
  description?: string | null | undefined;
  /** Asset ids of the images, in display order. */
  imageAssetIds?: Array<string | number> | null | undefined;
  /** Options the variants choose from (at most 3). */
  options?: Array<ProductOptionInput> | null | undefined;
  /** Search-engine metadata. */
  seo?: SeoInput | null | undefined;
  /** Unique per store. */
  slug?: string | null | undefined;
  /** Draft, active or archived. */
  status?: ProductStatus | null | undefined;
  /** Product name. */
  title?: string | null | undefined;
  /** The complete new list of variants: with id = update, without = add, left out = remove. */
  variants?: Array<VariantInput> | null | undefined;
};

/** A variant of a product being saved. */
export type VariantInput = {
  /** The variant to update (one of this product's); leave out for a new variant. */
  id?: string | number | null | undefined;
  /** One value per product option, in option order. */
  optionValues?: Array<string> | null | undefined;
  /** At least one price; every variant of a product is priced in the same currencies. */
  prices: Array<VariantPriceInput>;
  /** Unique per store (letters, digits, . _ - /); generated when left out. */
  sku?: string | null | undefined;
  /** Variant title. */
  title?: string | null | undefined;
  /** Shipping weight in grams. */
  weightGrams?: number | null | undefined;
};

/** A price in one currency. */
export type VariantPriceInput = {
  /** Price in minor units; zero or more. */
  amount: number;
  /** Former price shown struck through, in minor units; above amount. */
  compareAtAmount?: number | null | undefined;
  /** ISO 4217 currency code, e.g. EUR. */
  currency: string;
};

/** Events an outbound webhook endpoint can receive. */
export type WebhookEventType =
  /** A page was published (sent as `page.published`). */
  | 'PAGE_PUBLISHED'
  /** A page was taken offline (sent as `page.unpublished`). */
  | 'PAGE_UNPUBLISHED';

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { me: { totpEnabled: boolean, user: { id: string, email: string } } | null };

export type EnableTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type EnableTotpMutation = { enableTotp: { secret: string, otpauthUri: string } };

export type ConfirmTotpMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpMutation = { confirmTotp: { recoveryCodes: Array<string> } };

export type DisableTotpMutationVariables = Exact<{
  password: string;
  code: string;
}>;


export type DisableTotpMutation = { disableTotp: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: string;
  password: string;
}>;


export type RequestEmailChangeMutation = { requestEmailChange: boolean };

export type AnalyticsDashboardQueryVariables = Exact<{
  range: AnalyticsRangeInput;
}>;


export type AnalyticsDashboardQuery = { analyticsDashboard: { from: string, to: string, granularity: AnalyticsGranularity, series: Array<{ bucket: string, pageViews: number, visitors: number, addToCart: number, checkouts: number, purchases: number, convertedVisitors: number }>, totals: { pageViews: number, visitors: number, addToCart: number, checkouts: number, purchases: number, convertedVisitors: number, conversionRate: number }, topPages: Array<{ key: string, pageViews: number, visitors: number }>, referrers: Array<{ key: string, pageViews: number, visitors: number }>, sources: Array<{ key: string, pageViews: number, visitors: number }>, campaigns: Array<{ key: string, pageViews: number, visitors: number }>, devices: Array<{ key: string, pageViews: number, visitors: number }>, revenue: Array<{ day: string, currency: string, amountMinor: number, purchases: number }> } };

export type AnalyticsLiveQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsLiveQuery = { analyticsLive: { since: string, pageViews: number, visitors: number, events: number } };

export type RequestAnalyticsExportMutationVariables = Exact<{
  range: AnalyticsRangeInput;
}>;


export type RequestAnalyticsExportMutation = { requestAnalyticsExport: { id: string, status: AnalyticsExportStatus, from: string, to: string, granularity: AnalyticsGranularity, createdAt: string, downloadUrl: string | null } };

export type AnalyticsExportQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalyticsExportQuery = { analyticsExport: { id: string, status: AnalyticsExportStatus, from: string, to: string, granularity: AnalyticsGranularity, createdAt: string, downloadUrl: string | null } };

export type DeleteAnalyticsDataMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteAnalyticsDataMutation = { deleteAnalyticsData: { events: number, aggregates: number, exports: number } };

export type SignUpMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type SignUpMutation = { signUp: boolean };

export type CompleteSignUpMutationVariables = Exact<{
  token: string;
}>;


export type CompleteSignUpMutation = { completeSignUp: { accessToken: string, expiresAt: string, refreshToken: string | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, expiresAt: string | null, refreshToken: string | null, mfaRequired: boolean, mfaTicket: string | null } };

export type CompleteMfaMutationVariables = Exact<{
  ticket: string;
  code: string;
}>;


export type CompleteMfaMutation = { completeMfa: { accessToken: string, expiresAt: string, refreshToken: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type SignInProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInProvidersQuery = { signInProviders: Array<{ id: string, name: string, startUrl: string }> };

export type ExchangeSignInCodeMutationVariables = Exact<{
  code: string;
}>;


export type ExchangeSignInCodeMutation = { exchangeSignInCode: { accessToken: string | null, expiresAt: string | null, refreshToken: string | null, mfaRequired: boolean, mfaTicket: string | null } };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type MediaAssetFieldsFragment = { id: string, filename: string, contentType: string, size: number, kind: AssetKind, status: AssetStatus, failureReason: string | null, private: boolean, alt: string | null, width: number | null, height: number | null, placeholderDataUrl: string | null, dominantColor: string | null, url: string, createdAt: string, focalPoint: { x: number, y: number } | null, variants: Array<{ width: number, height: number, format: ImageFormat, crop: string | null, size: number, url: string }> };

export type MediaAssetsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  type?: AssetKind | null | undefined;
}>;


export type MediaAssetsQuery = { assets: { edges: Array<{ cursor: string, node: { id: string, filename: string, contentType: string, size: number, kind: AssetKind, status: AssetStatus, failureReason: string | null, private: boolean, alt: string | null, width: number | null, height: number | null, placeholderDataUrl: string | null, dominantColor: string | null, url: string, createdAt: string, focalPoint: { x: number, y: number } | null, variants: Array<{ width: number, height: number, format: ImageFormat, crop: string | null, size: number, url: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MediaAssetQueryVariables = Exact<{
  id: string | number;
}>;


export type MediaAssetQuery = { asset: { id: string, filename: string, contentType: string, size: number, kind: AssetKind, status: AssetStatus, failureReason: string | null, private: boolean, alt: string | null, width: number | null, height: number | null, placeholderDataUrl: string | null, dominantColor: string | null, url: string, createdAt: string, allVariants: Array<{ width: number, height: number, format: ImageFormat, size: number, url: string }>, usages: Array<{ service: string, kind: string, id: string, label: string }>, focalPoint: { x: number, y: number } | null, variants: Array<{ width: number, height: number, format: ImageFormat, crop: string | null, size: number, url: string }> } | null };

export type MediaCreateUploadMutationVariables = Exact<{
  input: CreateUploadInput;
}>;


export type MediaCreateUploadMutation = { createUpload: { uploadUrl: string, method: string, expiresAt: string, asset: { id: string, status: AssetStatus }, headers: Array<{ name: string, value: string }> } };

export type MediaCompleteUploadMutationVariables = Exact<{
  id: string | number;
}>;


export type MediaCompleteUploadMutation = { completeUpload: { id: string, status: AssetStatus, failureReason: string | null } };

export type MediaUpdateAssetMutationVariables = Exact<{
  id: string | number;
  input: UpdateAssetInput;
}>;


export type MediaUpdateAssetMutation = { updateAsset: { id: string, alt: string | null, focalPoint: { x: number, y: number } | null } };

export type MediaDeleteAssetMutationVariables = Exact<{
  id: string | number;
  force?: boolean | null | undefined;
}>;


export type MediaDeleteAssetMutation = { deleteAsset: string };

export type OnboardingQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingQuery = { onboarding: { tenantId: string, productAdded: boolean, paymentsConnected: boolean, themeCustomised: boolean, domainConnected: boolean, sitePublished: boolean, dismissedAt: string | null, starterSite: { status: StarterSiteStatus, siteId: string | null, homePageId: string | null, error: string | null } } | null };

export type BuildStarterSiteMutationVariables = Exact<{
  businessName: string;
}>;


export type BuildStarterSiteMutation = { buildStarterSite: { tenantId: string } };

export type DismissOnboardingChecklistMutationVariables = Exact<{ [key: string]: never; }>;


export type DismissOnboardingChecklistMutation = { dismissOnboardingChecklist: { tenantId: string, dismissedAt: string | null } };

export type OrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { edges: Array<{ cursor: string, node: { id: string, number: number, displayNumber: string, status: OrderStatus, disputed: boolean, customerEmail: string, createdAt: string, total: { amount: number, currency: string }, refunded: { amount: number, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { order: { id: string, number: number, displayNumber: string, status: OrderStatus, disputed: boolean, customerEmail: string, createdAt: string, paidAt: string | null, fulfilledAt: string | null, lines: Array<{ variantId: string, sku: string, title: string, quantity: number, unitPrice: { amount: number, currency: string }, total: { amount: number, currency: string } }>, subtotal: { amount: number, currency: string }, discount: { amount: number, currency: string }, tax: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, refunded: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, region: string | null, country: string, phone: string | null } | null, tracking: { carrier: string, number: string, url: string | null } | null, timeline: Array<{ id: string, kind: OrderEventKind, fromStatus: OrderStatus | null, toStatus: OrderStatus | null, cause: string, at: string, amount: { amount: number, currency: string } | null }> } };

export type OrderFulfilMutationVariables = Exact<{
  id: string | number;
  input: FulfilOrderInput;
}>;


export type OrderFulfilMutation = { fulfilOrder: { id: string, status: OrderStatus } };

export type OrderCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type OrderCancelMutation = { cancelOrder: { id: string, status: OrderStatus } };

export type OrderRefundMutationVariables = Exact<{
  id: string | number;
  input?: RefundOrderInput | null | undefined;
}>;


export type OrderRefundMutation = { refundOrder: { id: string, status: OrderStatus } };

export type EditorPageFieldsFragment = { id: string, path: string, title: string, status: PageStatus, tree: unknown, version: number, updatedAt: string, publishedAt: string | null, templateId: string | null, seoTitle: string | null, seoDescription: string | null, ogImageAssetId: string | null, site: { id: string, name: string } };

export type ThemeTokenFieldsFragment = { css: string, tokens: Array<{ path: string, type: string, cssVariable: string, description: string | null }> };

export type DraftPageQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftPageQuery = { draftPage: { id: string, path: string, title: string, status: PageStatus, tree: unknown, version: number, updatedAt: string, publishedAt: string | null, templateId: string | null, seoTitle: string | null, seoDescription: string | null, ogImageAssetId: string | null, canvas: { css: string, header: string, footer: string }, site: { id: string, name: string } } | null, designTokens: { css: string, tokens: Array<{ path: string, type: string, cssVariable: string, description: string | null }> }, templates: Array<{ id: string, previewTokens: { css: string, tokens: Array<{ path: string, type: string, cssVariable: string, description: string | null }> } }> };

export type PermissionsOnSiteQueryVariables = Exact<{
  siteId: string | number;
}>;


export type PermissionsOnSiteQuery = { me: { permissionsOnSite: Array<string> } | null };

export type SavePageMutationVariables = Exact<{
  input: SavePageInput;
}>;


export type SavePageMutation = { savePage: { id: string, version: number, updatedAt: string, status: PageStatus, tree: unknown, title: string, path: string, seoTitle: string | null, seoDescription: string | null, ogImageAssetId: string | null } };

export type PublishPageMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type PublishPageMutation = { publishPage: { id: string, version: number, status: PageStatus, publishedAt: string | null } };

export type PageVersionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PageVersionsQuery = { draftPage: { id: string, scheduledAt: string | null, scheduleNote: string | null, versions: { edges: Array<{ node: { version: number, title: string, createdAt: string, createdBy: string | null } }> } } | null };

export type RestorePageVersionMutationVariables = Exact<{
  pageId: string | number;
  version: number;
  expectedVersion?: number | null | undefined;
}>;


export type RestorePageVersionMutation = { restorePageVersion: { id: string, path: string, title: string, status: PageStatus, tree: unknown, version: number, updatedAt: string, publishedAt: string | null, templateId: string | null, seoTitle: string | null, seoDescription: string | null, ogImageAssetId: string | null, site: { id: string, name: string } } };

export type CreatePreviewLinkMutationVariables = Exact<{
  pageId: string | number;
}>;


export type CreatePreviewLinkMutation = { createPreviewLink: { url: string, expiresAt: string } };

export type SchedulePublishMutationVariables = Exact<{
  pageId: string | number;
  at: string;
  expectedVersion?: number | null | undefined;
}>;


export type SchedulePublishMutation = { schedulePublish: { id: string, version: number, scheduledAt: string | null } };

export type CancelScheduledPublishMutationVariables = Exact<{
  pageId: string | number;
}>;


export type CancelScheduledPublishMutation = { cancelScheduledPublish: { id: string, scheduledAt: string | null } };

export type UnpublishPageMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type UnpublishPageMutation = { unpublishPage: { id: string, version: number, status: PageStatus, publishedAt: string | null } };

export type DeletePageMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeletePageMutation = { deletePage: { id: string, title: string, deletedAt: string | null } };

export type SitePagePathsQueryVariables = Exact<{
  id: string | number;
}>;


export type SitePagePathsQuery = { draftPage: { id: string, site: { id: string, pages: { edges: Array<{ node: { id: string, path: string, title: string } }> } } } | null };

export type PickerProductFieldsFragment = { id: string, title: string, slug: string, status: ProductStatus, imageAssetIds: Array<string>, priceRange: { min: { amount: number, currency: string } } | null };

export type PickerProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type PickerProductsQuery = { products: { edges: Array<{ cursor: string, node: { id: string, title: string, slug: string, status: ProductStatus, imageAssetIds: Array<string>, priceRange: { min: { amount: number, currency: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickerProductsByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PickerProductsByIdsQuery = { productsByIds: Array<{ id: string, title: string, slug: string, status: ProductStatus, imageAssetIds: Array<string>, priceRange: { min: { amount: number, currency: string } } | null } | null> };

export type PickerCollectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickerCollectionsQuery = { collections: { edges: Array<{ cursor: string, node: { id: string, title: string, slug: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickerPagesQueryVariables = Exact<{ [key: string]: never; }>;


export type PickerPagesQuery = { sites: { edges: Array<{ node: { id: string, name: string, pages: { edges: Array<{ node: { id: string, path: string, title: string } }> } } }> } };

export type PickerAssetsByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PickerAssetsByIdsQuery = { assetsByIds: Array<{ id: string, filename: string, alt: string | null, width: number | null, height: number | null, status: AssetStatus, variants: Array<{ width: number, crop: string | null, url: string }> } | null> };

export type PickerCollectionProductsQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
}>;


export type PickerCollectionProductsQuery = { collection: { id: string, products: { edges: Array<{ node: { id: string, title: string, slug: string, status: ProductStatus, imageAssetIds: Array<string>, priceRange: { min: { amount: number, currency: string } } | null } }> } } | null };

export type PickerMenusQueryVariables = Exact<{
  siteId: string | number;
}>;


export type PickerMenusQuery = { menus: { edges: Array<{ node: { id: string, handle: string } }> } };

export type SitesQueryVariables = Exact<{ [key: string]: never; }>;


export type SitesQuery = { sites: { edges: Array<{ node: { id: string, name: string, primaryHost: string | null, pages: { edges: Array<{ node: { id: string, path: string, title: string, status: PageStatus, version: number, updatedAt: string, publishedAt: string | null } }> } } }> }, templates: Array<{ id: string, name: string, description: string }>, trashedPages: { edges: Array<{ node: { id: string, title: string, path: string, deletedAt: string | null, site: { id: string } } }> } };

export type RestorePageMutationVariables = Exact<{
  id: string | number;
  path?: string | null | undefined;
}>;


export type RestorePageMutation = { restorePage: { id: string, path: string, title: string } };

export type CreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type CreateSiteMutation = { createSite: { id: string, name: string } };

export type CreatePageFromTemplateMutationVariables = Exact<{
  templateId: string | number;
  siteId?: string | number | null | undefined;
  path: string;
  title: string;
}>;


export type CreatePageFromTemplateMutation = { createPageFromTemplate: { id: string, path: string, title: string } };

export type StructureSiteQueryVariables = Exact<{ [key: string]: never; }>;


export type StructureSiteQuery = { sites: { edges: Array<{ node: { id: string, name: string, pages: { edges: Array<{ node: { id: string, path: string } }> } } }> } };

export type StructureCanvasQueryVariables = Exact<{
  pageId: string | number;
}>;


export type StructureCanvasQuery = { draftPage: { id: string, canvas: { css: string, header: string, footer: string } } | null, designTokens: { css: string, tokens: Array<{ path: string, type: string, cssVariable: string, description: string | null }> } };

export type MenuItemFieldsFragment = { label: string, href: string, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null };

export type MenuFieldsFragment = { id: string, handle: string, version: number, updatedAt: string, items: Array<{ label: string, href: string, children: Array<{ label: string, href: string, children: Array<{ label: string, href: string, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }>, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }>, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }> };

export type SiteMenusQueryVariables = Exact<{
  siteId: string | number;
}>;


export type SiteMenusQuery = { menus: { edges: Array<{ node: { id: string, handle: string, version: number } }> } };

export type SiteMenuQueryVariables = Exact<{
  siteId: string | number;
  handle: string;
}>;


export type SiteMenuQuery = { menu: { id: string, handle: string, version: number, updatedAt: string, items: Array<{ label: string, href: string, children: Array<{ label: string, href: string, children: Array<{ label: string, href: string, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }>, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }>, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }> } | null };

export type SaveMenuMutationVariables = Exact<{
  siteId: string | number;
  handle: string;
  items: Array<MenuItemInput> | MenuItemInput;
  expectedVersion?: number | null | undefined;
}>;


export type SaveMenuMutation = { saveMenu: { id: string, handle: string, version: number, updatedAt: string, items: Array<{ label: string, href: string, children: Array<{ label: string, href: string, children: Array<{ label: string, href: string, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }>, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }>, link: { kind: MenuLinkKind, pageId: string | null, slug: string | null } | null }> } };

export type SiteLayoutFieldsFragment = { siteId: string, version: number, updatedAt: string | null, header: { content: unknown, isDefault: boolean }, footer: { content: unknown, isDefault: boolean } };

export type SiteLayoutQueryVariables = Exact<{
  siteId: string | number;
}>;


export type SiteLayoutQuery = { siteLayout: { siteId: string, version: number, updatedAt: string | null, header: { content: unknown, isDefault: boolean }, footer: { content: unknown, isDefault: boolean } } | null };

export type SaveSiteLayoutMutationVariables = Exact<{
  siteId: string | number;
  input: SiteLayoutInput;
  expectedVersion?: number | null | undefined;
}>;


export type SaveSiteLayoutMutation = { saveSiteLayout: { siteId: string, version: number, updatedAt: string | null, header: { content: unknown, isDefault: boolean }, footer: { content: unknown, isDefault: boolean } } };

export type ResetSiteLayoutMutationVariables = Exact<{
  siteId: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ResetSiteLayoutMutation = { resetSiteLayout: { siteId: string, version: number, updatedAt: string | null, header: { content: unknown, isDefault: boolean }, footer: { content: unknown, isDefault: boolean } } };

export type PageTypeTemplateFieldsFragment = { siteId: string, pageType: PageType, tree: unknown, isDefault: boolean, version: number, updatedAt: string | null };

export type PageTypeTemplatesQueryVariables = Exact<{
  siteId: string | number;
}>;


export type PageTypeTemplatesQuery = { pageTypeTemplates: Array<{ siteId: string, pageType: PageType, tree: unknown, isDefault: boolean, version: number, updatedAt: string | null }> };

export type SavePageTypeTemplateMutationVariables = Exact<{
  input: SavePageTypeTemplateInput;
}>;


export type SavePageTypeTemplateMutation = { savePageTypeTemplate: { siteId: string, pageType: PageType, tree: unknown, isDefault: boolean, version: number, updatedAt: string | null } };

export type ResetPageTypeTemplateMutationVariables = Exact<{
  siteId: string | number;
  pageType: PageType;
  expectedVersion?: number | null | undefined;
}>;


export type ResetPageTypeTemplateMutation = { resetPageTypeTemplate: { siteId: string, pageType: PageType, tree: unknown, isDefault: boolean, version: number, updatedAt: string | null } };

export type DeleteMenuMutationVariables = Exact<{
  siteId: string | number;
  handle: string;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteMenuMutation = { deleteMenu: boolean };

export type BillingQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingQuery = { billing: { plan: string, planName: string, status: BillingStatus, currentPeriodEnd: string | null, cancelAtPeriodEnd: boolean, limits: { pages: number, products: number, storageBytes: number, apiRequestsPerMinute: number, members: number } }, plans: Array<{ id: string, name: string, purchasable: boolean, transactionFeeBps: number, price: { amount: number, currency: string, interval: BillingInterval } | null, limits: { pages: number, products: number, storageBytes: number, members: number } }> };

export type StartCheckoutMutationVariables = Exact<{
  plan: string;
}>;


export type StartCheckoutMutation = { startCheckout: { url: string } };

export type ChangePlanMutationVariables = Exact<{
  plan: string;
}>;


export type ChangePlanMutation = { changePlan: { plan: string } };

export type CancelSubscriptionMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelSubscriptionMutation = { cancelSubscription: { plan: string } };

export type DomainFieldsFragment = { id: string, host: string, verified: boolean, txtRecordName: string, txtRecordValue: string, verifiedAt: string | null, createdAt: string };

export type DomainsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DomainsQuery = { domains: { edges: Array<{ node: { id: string, host: string, verified: boolean, txtRecordName: string, txtRecordValue: string, verifiedAt: string | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddDomainMutationVariables = Exact<{
  host: string;
}>;


export type AddDomainMutation = { addDomain: { id: string, host: string, verified: boolean, txtRecordName: string, txtRecordValue: string, verifiedAt: string | null, createdAt: string } };

export type VerifyDomainMutationVariables = Exact<{
  host: string;
}>;


export type VerifyDomainMutation = { verifyDomain: { id: string, host: string, verified: boolean, txtRecordName: string, txtRecordValue: string, verifiedAt: string | null, createdAt: string } };

export type RemoveDomainMutationVariables = Exact<{
  host: string;
}>;


export type RemoveDomainMutation = { removeDomain: boolean };

export type StripeConnectionQueryVariables = Exact<{ [key: string]: never; }>;


export type StripeConnectionQuery = { stripeConnection: { accountId: string | null, chargesEnabled: boolean, payoutsEnabled: boolean, detailsSubmitted: boolean } };

export type ConnectStripeMutationVariables = Exact<{ [key: string]: never; }>;


export type ConnectStripeMutation = { connectStripe: { url: string } };

export type AnalyticsSettingsFieldsFragment = { clarityProjectId: string | null, clarityEnabled: boolean, consentMode: ConsentMode, consentRegions: Array<string>, firstPartyAnalytics: boolean, retentionDays: number, updatedAt: string, consentBanners: Array<{ region: string | null, title: string, body: string, acceptLabel: string, rejectLabel: string }> };

export type PrivacySettingsFieldsFragment = { clarityProjectId: string | null, clarityEnabled: boolean, consentMode: ConsentMode, consentRegions: Array<string>, firstPartyAnalytics: boolean, consentBanners: Array<{ region: string | null, title: string, body: string, acceptLabel: string, rejectLabel: string }> };

export type AnalyticsSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsSettingsQuery = { analyticsSettings: { clarityProjectId: string | null, clarityEnabled: boolean, consentMode: ConsentMode, consentRegions: Array<string>, firstPartyAnalytics: boolean, retentionDays: number, updatedAt: string, consentBanners: Array<{ region: string | null, title: string, body: string, acceptLabel: string, rejectLabel: string }> }, privacyDraft: { version: number, settings: { clarityProjectId: string | null, clarityEnabled: boolean, consentMode: ConsentMode, consentRegions: Array<string>, firstPartyAnalytics: boolean, consentBanners: Array<{ region: string | null, title: string, body: string, acceptLabel: string, rejectLabel: string }> } } | null, privacyVersions: { edges: Array<{ node: { version: number, publishedAt: string, publishedBy: string, restoredFrom: number | null } }> }, regions: Array<{ code: string, consentRequired: boolean }> };

export type UpdateAnalyticsSettingsMutationVariables = Exact<{
  input: UpdateAnalyticsSettingsInput;
}>;


export type UpdateAnalyticsSettingsMutation = { updateAnalyticsSettings: { clarityProjectId: string | null, clarityEnabled: boolean, consentMode: ConsentMode, consentRegions: Array<string>, firstPartyAnalytics: boolean, retentionDays: number, updatedAt: string, consentBanners: Array<{ region: string | null, title: string, body: string, acceptLabel: string, rejectLabel: string }> } };

export type SavePrivacyDraftMutationVariables = Exact<{
  input: PrivacyDraftInput;
  expectedVersion?: number | null | undefined;
}>;


export type SavePrivacyDraftMutation = { savePrivacyDraft: { version: number } };

export type DiscardPrivacyDraftMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
}>;


export type DiscardPrivacyDraftMutation = { discardPrivacyDraft: boolean };

export type PublishPrivacyDraftMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
}>;


export type PublishPrivacyDraftMutation = { publishPrivacyDraft: { version: number } };

export type RollBackPrivacyMutationVariables = Exact<{
  version: number;
  expectedVersion?: number | null | undefined;
}>;


export type RollBackPrivacyMutation = { rollBackPrivacy: { version: number } };

export type PreviewPrivacyQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type PreviewPrivacyQuery = { analyticsPolicy: { injectClarity: boolean, consentRequired: boolean, showBanner: boolean, banner: { title: string, body: string, acceptLabel: string, rejectLabel: string } | null } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ code: string, locale: string, currency: string, pathPrefix: string | null, hosts: Array<string>, countries: Array<string>, consentRequired: boolean, isDefault: boolean }> };

export type UpsertRegionMutationVariables = Exact<{
  input: RegionInput;
}>;


export type UpsertRegionMutation = { upsertRegion: { code: string } };

export type DeleteRegionMutationVariables = Exact<{
  code: string;
}>;


export type DeleteRegionMutation = { deleteRegion: boolean };

export type SetDefaultRegionMutationVariables = Exact<{
  code: string;
}>;


export type SetDefaultRegionMutation = { setDefaultRegion: { code: string } };

export type TeamQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamQuery = { members: { edges: Array<{ node: { id: string, role: Role, user: { id: string, name: string, email: string } } }> } };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { invitations: { edges: Array<{ node: { id: string, email: string, role: Role, expiresAt: string } }> } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string } };

export type ChangeMemberRoleMutationVariables = Exact<{
  membershipId: string | number;
  role: Role;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { id: string, role: Role } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: string };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { accessToken: string, expiresAt: string, refreshToken: string | null, tenant: { slug: string, name: string } | null } };

export type TokenOverrideFieldsFragment = { scope: string, region: string | null, version: number, document: unknown };

export type DesignTokenFieldsFragment = { path: string, type: string, value: unknown, cssVariable: string };

export type TokensQueryVariables = Exact<{ [key: string]: never; }>;


export type TokensQuery = { tenantTokenOverrides: Array<{ scope: string, region: string | null, version: number, document: unknown }>, designTokens: { tokens: Array<{ path: string, type: string, value: unknown, cssVariable: string }> } };

export type TokensEditorQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type TokensEditorQuery = { tenantTokenOverrides: Array<{ scope: string, region: string | null, version: number, document: unknown }>, designTokens: { tokens: Array<{ path: string, type: string, value: unknown, cssVariable: string }> }, regions: Array<{ code: string, isDefault: boolean }> };

export type PreviewDesignTokensQueryVariables = Exact<{
  document: unknown;
  region?: string | null | undefined;
}>;


export type PreviewDesignTokensQuery = { previewDesignTokens: { css: string, tokens: Array<{ path: string, type: string, value: unknown, cssVariable: string }> } };

export type FontAssetsQueryVariables = Exact<{ [key: string]: never; }>;


export type FontAssetsQuery = { assets: { edges: Array<{ node: { id: string, filename: string, status: AssetStatus, private: boolean } }> } };

export type ThemeDraftStateQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeDraftStateQuery = { tokenDrafts: Array<{ scope: string, region: string | null, version: number, document: unknown }>, themeVersions: { edges: Array<{ node: { version: number, publishedAt: string, publishedBy: string, restoredFrom: number | null } }> }, sites: { edges: Array<{ node: { id: string, name: string, pages: { edges: Array<{ node: { id: string, title: string, path: string, status: PageStatus } }> } } }> } };

export type SaveTokenDraftMutationVariables = Exact<{
  region?: string | null | undefined;
  document: unknown;
  expectedVersion?: number | null | undefined;
}>;


export type SaveTokenDraftMutation = { saveTokenDraft: { scope: string, region: string | null, version: number, document: unknown } };

export type DiscardTokenDraftMutationVariables = Exact<{
  region?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type DiscardTokenDraftMutation = { discardTokenDraft: boolean };

export type PublishThemeDraftMutationVariables = Exact<{
  expectedVersion?: number | null | undefined;
}>;


export type PublishThemeDraftMutation = { publishThemeDraft: { version: number } };

export type RollBackThemeMutationVariables = Exact<{
  version: number;
  expectedVersion?: number | null | undefined;
}>;


export type RollBackThemeMutation = { rollBackTheme: { version: number } };

export type CreateThemePreviewLinkMutationVariables = Exact<{
  pageId: string | number;
}>;


export type CreateThemePreviewLinkMutation = { createThemePreviewLink: { url: string } };

export type TranslationPagesQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslationPagesQuery = { sites: { edges: Array<{ node: { id: string, name: string, pages: { edges: Array<{ node: { id: string, path: string, title: string } }> } } }> }, regions: Array<{ code: string, locale: string, isDefault: boolean }> };

export type PageTranslationFieldsFragment = { locale: string, title: string, seoTitle: string | null, seoDescription: string | null, tree: unknown, status: PageStatus, version: number, publishedAt: string | null, updatedAt: string };

export type TranslationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type TranslationPageQuery = { draftPage: { id: string, title: string, seoTitle: string | null, seoDescription: string | null, tree: unknown, translations: Array<{ locale: string, title: string, seoTitle: string | null, seoDescription: string | null, tree: unknown, status: PageStatus, version: number, publishedAt: string | null, updatedAt: string }> } | null };

export type SavePageTranslationMutationVariables = Exact<{
  input: SavePageTranslationInput;
}>;


export type SavePageTranslationMutation = { savePageTranslation: { locale: string, title: string, seoTitle: string | null, seoDescription: string | null, tree: unknown, status: PageStatus, version: number, publishedAt: string | null, updatedAt: string } };

export type PublishPageTranslationMutationVariables = Exact<{
  pageId: string | number;
  locale: string;
  expectedVersion?: number | null | undefined;
}>;


export type PublishPageTranslationMutation = { publishPageTranslation: { locale: string, title: string, seoTitle: string | null, seoDescription: string | null, tree: unknown, status: PageStatus, version: number, publishedAt: string | null, updatedAt: string } };

export type DeletePageTranslationMutationVariables = Exact<{
  pageId: string | number;
  locale: string;
  expectedVersion?: number | null | undefined;
}>;


export type DeletePageTranslationMutation = { deletePageTranslation: boolean };

export type WebhookEndpointFieldsFragment = { id: string, url: string, events: Array<WebhookEventType>, createdAt: string, deliveries: { edges: Array<{ node: { id: string, eventType: WebhookEventType, status: string, attempts: number, lastError: string | null, responseStatus: number | null, createdAt: string } }> } };

export type WebhookEndpointsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { edges: Array<{ node: { id: string, url: string, events: Array<WebhookEventType>, createdAt: string, deliveries: { edges: Array<{ node: { id: string, eventType: WebhookEventType, status: string, attempts: number, lastError: string | null, responseStatus: number | null, createdAt: string } }> } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddWebhookEndpointMutationVariables = Exact<{
  url: string;
  events: Array<WebhookEventType> | WebhookEventType;
}>;


export type AddWebhookEndpointMutation = { addWebhookEndpoint: { signingSecret: string, endpoint: { id: string, url: string, events: Array<WebhookEventType>, createdAt: string, deliveries: { edges: Array<{ node: { id: string, eventType: WebhookEventType, status: string, attempts: number, lastError: string | null, responseStatus: number | null, createdAt: string } }> } } } };

export type RemoveWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveWebhookEndpointMutation = { removeWebhookEndpoint: boolean };

export type StoreLocationFragment = { id: string, name: string, isDefault: boolean };

export type StoreStockLevelFragment = { onHand: number, reserved: number, available: number, location: { id: string, name: string, isDefault: boolean } };

export type StoreRegionFragment = { code: string, currency: string, isDefault: boolean };

export type StoreMoneyFragment = { amount: number, currency: string };

export type StoreProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  status?: ProductStatus | null | undefined;
}>;


export type StoreProductsQuery = { products: { edges: Array<{ cursor: string, node: { id: string, title: string, slug: string, status: ProductStatus, version: number, updatedAt: string, variants: Array<{ id: string, sku: string, inStock: boolean }>, priceRange: { min: { amount: number, currency: string }, max: { amount: number, currency: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StoreProductQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreProductQuery = { product: { id: string, title: string, slug: string, description: string, status: ProductStatus, version: number, updatedAt: string, imageAssetIds: Array<string>, seo: { title: string | null, description: string | null }, collections: Array<{ id: string }>, options: Array<{ name: string, values: Array<string> }>, variants: Array<{ id: string, sku: string, title: string, optionValues: Array<string>, weightGrams: number | null, prices: Array<{ currency: string, amount: number, compareAtAmount: number | null }>, stock: Array<{ onHand: number, reserved: number, available: number, location: { id: string, name: string, isDefault: boolean } }> }> } | null, locations: Array<{ id: string, name: string, isDefault: boolean }>, regions: Array<{ code: string, currency: string, isDefault: boolean }> };

export type StoreLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreLocationsQuery = { locations: Array<{ id: string, name: string, isDefault: boolean }>, regions: Array<{ code: string, currency: string, isDefault: boolean }> };

export type StoreCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type StoreCreateProductMutation = { createProduct: { id: string, version: number } };

export type StoreUpdateProductMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateProductInput;
}>;


export type StoreUpdateProductMutation = { updateProduct: { id: string, version: number } };

export type StoreSetStockMutationVariables = Exact<{
  input: SetStockInput;
}>;


export type StoreSetStockMutation = { setStock: { onHand: number, reserved: number, available: number, location: { id: string, name: string, isDefault: boolean } } };

export type StoreCollectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StoreCollectionsQuery = { collections: { edges: Array<{ node: { id: string, title: string, slug: string, description: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type StoreCollectionQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type StoreCollectionQuery = { collection: { id: string, title: string, slug: string, description: string, products: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type StoreCreateCollectionMutationVariables = Exact<{
  input: CollectionInput;
}>;


export type StoreCreateCollectionMutation = { createCollection: { id: string } };

export type StoreUpdateCollectionMutationVariables = Exact<{
  id: string | number;
  input: CollectionInput;
}>;


export type StoreUpdateCollectionMutation = { updateCollection: { id: string } };

export type StoreDeleteCollectionMutationVariables = Exact<{
  id: string | number;
}>;


export type StoreDeleteCollectionMutation = { deleteCollection: boolean };

export type StoreDiscountFragment = { id: string, code: string, kind: DiscountKind, percentOff: number | null, minSubtotal: number | null, usageLimit: number | null, used: number, startsAt: string | null, expiresAt: string | null, active: boolean, amountOff: { amount: number, currency: string } | null };

export type StoreDiscountsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StoreDiscountsQuery = { discountCodes: { edges: Array<{ node: { id: string, code: string, kind: DiscountKind, percentOff: number | null, minSubtotal: number | null, usageLimit: number | null, used: number, startsAt: string | null, expiresAt: string | null, active: boolean, amountOff: { amount: number, currency: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, regions: Array<{ code: string, currency: string, isDefault: boolean }> };

export type StoreCreateDiscountMutationVariables = Exact<{
  input: CreateDiscountCodeInput;
}>;


export type StoreCreateDiscountMutation = { createDiscountCode: { id: string, code: string, kind: DiscountKind, percentOff: number | null, minSubtotal: number | null, usageLimit: number | null, used: number, startsAt: string | null, expiresAt: string | null, active: boolean, amountOff: { amount: number, currency: string } | null } };

export type StoreSetDiscountActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;


export type StoreSetDiscountActiveMutation = { setDiscountCodeActive: { id: string, code: string, kind: DiscountKind, percentOff: number | null, minSubtotal: number | null, usageLimit: number | null, used: number, startsAt: string | null, expiresAt: string | null, active: boolean, amountOff: { amount: number, currency: string } | null } };

export type StoreShippingAndTaxQueryVariables = Exact<{ [key: string]: never; }>;


export type StoreShippingAndTaxQuery = { regions: Array<{ locale: string, code: string, currency: string, isDefault: boolean }>, taxSettings: Array<{ region: string, rateBps: number, inclusive: boolean }>, shippingRates: Array<{ id: string, region: string, name: string, price: { amount: number, currency: string }, freeOver: { amount: number, currency: string } | null }> };

export type StoreSetTaxMutationVariables = Exact<{
  input: TaxSettingInput;
}>;


export type StoreSetTaxMutation = { setTaxSetting: { region: string, rateBps: number, inclusive: boolean } };

export type StoreCreateShippingRateMutationVariables = Exact<{
  input: ShippingRateInput;
}>;


export type StoreCreateShippingRateMutation = { createShippingRate: { id: string } };

export type StoreDeleteShippingRateMutationVariables = Exact<{
  id: string | number;
}>;


export type StoreDeleteShippingRateMutation = { deleteShippingRate: boolean };

export type StoreCatalogJobFragment = { id: string, kind: CatalogJobKind, status: CatalogJobStatus, downloadUrl: string | null, createdAt: string, finishedAt: string | null, problems: Array<{ row: number, column: string | null, message: string }>, summary: Array<{ name: string, count: number }> };

export type StoreExportCatalogMutationVariables = Exact<{ [key: string]: never; }>;


export type StoreExportCatalogMutation = { exportCatalog: { id: string, kind: CatalogJobKind, status: CatalogJobStatus, downloadUrl: string | null, createdAt: string, finishedAt: string | null, problems: Array<{ row: number, column: string | null, message: string }>, summary: Array<{ name: string, count: number }> } };

export type StoreImportCatalogMutationVariables = Exact<{
  csv: string;
}>;


export type StoreImportCatalogMutation = { importCatalog: { id: string, kind: CatalogJobKind, status: CatalogJobStatus, downloadUrl: string | null, createdAt: string, finishedAt: string | null, problems: Array<{ row: number, column: string | null, message: string }>, summary: Array<{ name: string, count: number }> } };

export type StoreCatalogJobQueryVariables = Exact<{
  id: string | number;
}>;


export type StoreCatalogJobQuery = { catalogJob: { id: string, kind: CatalogJobKind, status: CatalogJobStatus, downloadUrl: string | null, createdAt: string, finishedAt: string | null, problems: Array<{ row: number, column: string | null, message: string }>, summary: Array<{ name: string, count: number }> } };

export type CreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type CreateTenantMutation = { createTenant: { accessToken: string, expiresAt: string, refreshToken: string | null } };

export type SwitchTenantMutationVariables = Exact<{
  tenantSlug: string;
}>;


export type SwitchTenantMutation = { switchTenant: { accessToken: string, expiresAt: string, refreshToken: string | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { role: Role | null, permissions: Array<string>, siteIds: Array<string> | null, user: { id: string, email: string, name: string, emailVerified: boolean }, tenant: { id: string, slug: string, name: string, plan: string } | null, memberships: { edges: Array<{ node: { id: string, role: Role, tenant: { id: string, slug: string, name: string } } }> } } | null };

export type RefreshMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshMutation = { refreshSession: { accessToken: string, expiresAt: string, refreshToken: string | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MediaAssetFieldsFragmentDoc = new TypedDocumentString(`
    fragment MediaAssetFields on Asset {
  id
  filename
  contentType
  size
  kind
  status
  failureReason
  private
  alt
  width
  height
  placeholderDataUrl
  dominantColor
  focalPoint {
    x
    y
  }
  url
  variants(format: WEBP) {
    width
    height
    format
    crop
    size
    url
  }
  createdAt
}
    `, {"fragmentName":"MediaAssetFields"}) as unknown as TypedDocumentString<MediaAssetFieldsFragment, unknown>;
export const EditorPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment EditorPageFields on Page {
  id
  path
  title
  status
  tree
  version
  updatedAt
  publishedAt
  templateId
  seoTitle
  seoDescription
  ogImageAssetId
  site {
    id
    name
  }
}
    `, {"fragmentName":"EditorPageFields"}) as unknown as TypedDocumentString<EditorPageFieldsFragment, unknown>;
export const ThemeTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThemeTokenFields on DesignTokens {
  css
  tokens {
    path
    type
    cssVariable
    description
  }
}
    `, {"fragmentName":"ThemeTokenFields"}) as unknown as TypedDocumentString<ThemeTokenFieldsFragment, unknown>;
export const PickerProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment PickerProductFields on Product {
  id
  title
  slug
  status
  imageAssetIds
  priceRange {
    min {
      amount
      currency
    }
  }
}
    `, {"fragmentName":"PickerProductFields"}) as unknown as TypedDocumentString<PickerProductFieldsFragment, unknown>;
export const MenuItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment MenuItemFields on MenuItem {
  label
  href
  link {
    kind
    pageId
    slug
  }
}
    `, {"fragmentName":"MenuItemFields"}) as unknown as TypedDocumentString<MenuItemFieldsFragment, unknown>;
export const MenuFieldsFragmentDoc = new TypedDocumentString(`
    fragment MenuFields on Menu {
  id
  handle
  version
  updatedAt
  items {
    ...MenuItemFields
    children {
      ...MenuItemFields
      children {
        ...MenuItemFields
      }
    }
  }
}
    fragment MenuItemFields on MenuItem {
  label
  href
  link {
    kind
    pageId
    slug
  }
}`, {"fragmentName":"MenuFields"}) as unknown as TypedDocumentString<MenuFieldsFragment, unknown>;
export const SiteLayoutFieldsFragmentDoc = new TypedDocumentString(`
    fragment SiteLayoutFields on SiteLayout {
  siteId
  version
  updatedAt
  header {
    content
    isDefault
  }
  footer {
    content
    isDefault
  }
}
    `, {"fragmentName":"SiteLayoutFields"}) as unknown as TypedDocumentString<SiteLayoutFieldsFragment, unknown>;
export const PageTypeTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageTypeTemplateFields on PageTypeTemplate {
  siteId
  pageType
  tree
  isDefault
  version
  updatedAt
}
    `, {"fragmentName":"PageTypeTemplateFields"}) as unknown as TypedDocumentString<PageTypeTemplateFieldsFragment, unknown>;
export const DomainFieldsFragmentDoc = new TypedDocumentString(`
    fragment DomainFields on Domain {
  id
  host
  verified
  txtRecordName
  txtRecordValue
  verifiedAt
  createdAt
}
    `, {"fragmentName":"DomainFields"}) as unknown as TypedDocumentString<DomainFieldsFragment, unknown>;
export const AnalyticsSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment AnalyticsSettingsFields on AnalyticsSettings {
  clarityProjectId
  clarityEnabled
  consentMode
  consentRegions
  consentBanners {
    region
    title
    body
    acceptLabel
    rejectLabel
  }
  firstPartyAnalytics
  retentionDays
  updatedAt
}
    `, {"fragmentName":"AnalyticsSettingsFields"}) as unknown as TypedDocumentString<AnalyticsSettingsFieldsFragment, unknown>;
export const PrivacySettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PrivacySettingsFields on PrivacySettings {
  clarityProjectId
  clarityEnabled
  consentMode
  consentRegions
  consentBanners {
    region
    title
    body
    acceptLabel
    rejectLabel
  }
  firstPartyAnalytics
}
    `, {"fragmentName":"PrivacySettingsFields"}) as unknown as TypedDocumentString<PrivacySettingsFieldsFragment, unknown>;
export const TokenOverrideFieldsFragmentDoc = new TypedDocumentString(`
    fragment TokenOverrideFields on TokenOverride {
  scope
  region
  version
  document
}
    `, {"fragmentName":"TokenOverrideFields"}) as unknown as TypedDocumentString<TokenOverrideFieldsFragment, unknown>;
export const DesignTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment DesignTokenFields on DesignToken {
  path
  type
  value
  cssVariable
}
    `, {"fragmentName":"DesignTokenFields"}) as unknown as TypedDocumentString<DesignTokenFieldsFragment, unknown>;
export const PageTranslationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageTranslationFields on PageTranslation {
  locale
  title
  seoTitle
  seoDescription
  tree
  status
  version
  publishedAt
  updatedAt
}
    `, {"fragmentName":"PageTranslationFields"}) as unknown as TypedDocumentString<PageTranslationFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  createdAt
  deliveries(first: 5) {
    edges {
      node {
        id
        eventType
        status
        attempts
        lastError
        responseStatus
        createdAt
      }
    }
  }
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const StoreLocationFragmentDoc = new TypedDocumentString(`
    fragment StoreLocation on Location {
  id
  name
  isDefault
}
    `, {"fragmentName":"StoreLocation"}) as unknown as TypedDocumentString<StoreLocationFragment, unknown>;
export const StoreStockLevelFragmentDoc = new TypedDocumentString(`
    fragment StoreStockLevel on StockLevel {
  location {
    ...StoreLocation
  }
  onHand
  reserved
  available
}
    fragment StoreLocation on Location {
  id
  name
  isDefault
}`, {"fragmentName":"StoreStockLevel"}) as unknown as TypedDocumentString<StoreStockLevelFragment, unknown>;
export const StoreRegionFragmentDoc = new TypedDocumentString(`
    fragment StoreRegion on Region {
  code
  currency
  isDefault
}
    `, {"fragmentName":"StoreRegion"}) as unknown as TypedDocumentString<StoreRegionFragment, unknown>;
export const StoreMoneyFragmentDoc = new TypedDocumentString(`
    fragment StoreMoney on Money {
  amount
  currency
}
    `, {"fragmentName":"StoreMoney"}) as unknown as TypedDocumentString<StoreMoneyFragment, unknown>;
export const StoreDiscountFragmentDoc = new TypedDocumentString(`
    fragment StoreDiscount on DiscountCode {
  id
  code
  kind
  percentOff
  amountOff {
    ...StoreMoney
  }
  minSubtotal
  usageLimit
  used
  startsAt
  expiresAt
  active
}
    fragment StoreMoney on Money {
  amount
  currency
}`, {"fragmentName":"StoreDiscount"}) as unknown as TypedDocumentString<StoreDiscountFragment, unknown>;
export const StoreCatalogJobFragmentDoc = new TypedDocumentString(`
    fragment StoreCatalogJob on CatalogJob {
  id
  kind
  status
  problems {
    row
    column
    message
  }
  summary {
    name
    count
  }
  downloadUrl
  createdAt
  finishedAt
}
    `, {"fragmentName":"StoreCatalogJob"}) as unknown as TypedDocumentString<StoreCatalogJobFragment, unknown>;
export const AccountDocument = new TypedDocumentString(`
    query Account {
  me {
    totpEnabled
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AccountQuery, AccountQueryVariables>;
export const EnableTotpDocument = new TypedDocumentString(`
    mutation EnableTotp {
  enableTotp {
    secret
    otpauthUri
  }
}
    `) as unknown as TypedDocumentString<EnableTotpMutation, EnableTotpMutationVariables>;
export const ConfirmTotpDocument = new TypedDocumentString(`
    mutation ConfirmTotp($code: String!) {
  confirmTotp(code: $code) {
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const DisableTotpDocument = new TypedDocumentString(`
    mutation DisableTotp($password: String!, $code: String!) {
  disableTotp(password: $password, code: $code)
}
    `) as unknown as TypedDocumentString<DisableTotpMutation, DisableTotpMutationVariables>;
export const RequestEmailChangeDocument = new TypedDocumentString(`
    mutation RequestEmailChange($newEmail: String!, $password: String!) {
  requestEmailChange(newEmail: $newEmail, password: $password)
}
    `) as unknown as TypedDocumentString<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const AnalyticsDashboardDocument = new TypedDocumentString(`
    query AnalyticsDashboard($range: AnalyticsRangeInput!) {
  analyticsDashboard(range: $range) {
    from
    to
    granularity
    series {
      bucket
      pageViews
      visitors
      addToCart
      checkouts
      purchases
      convertedVisitors
    }
    totals {
      pageViews
      visitors
      addToCart
      checkouts
      purchases
      convertedVisitors
      conversionRate
    }
    topPages {
      key
      pageViews
      visitors
    }
    referrers {
      key
      pageViews
      visitors
    }
    sources {
      key
      pageViews
      visitors
    }
    campaigns {
      key
      pageViews
      visitors
    }
    devices {
      key
      pageViews
      visitors
    }
    revenue {
      day
      currency
      amountMinor
      purchases
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsDashboardQuery, AnalyticsDashboardQueryVariables>;
export const AnalyticsLiveDocument = new TypedDocumentString(`
    query AnalyticsLive {
  analyticsLive {
    since
    pageViews
    visitors
    events
  }
}
    `) as unknown as TypedDocumentString<AnalyticsLiveQuery, AnalyticsLiveQueryVariables>;
export const RequestAnalyticsExportDocument = new TypedDocumentString(`
    mutation RequestAnalyticsExport($range: AnalyticsRangeInput!) {
  requestAnalyticsExport(range: $range) {
    id
    status
    from
    to
    granularity
    createdAt
    downloadUrl
  }
}
    `) as unknown as TypedDocumentString<RequestAnalyticsExportMutation, RequestAnalyticsExportMutationVariables>;
export const AnalyticsExportDocument = new TypedDocumentString(`
    query AnalyticsExport($id: ID!) {
  analyticsExport(id: $id) {
    id
    status
    from
    to
    granularity
    createdAt
    downloadUrl
  }
}
    `) as unknown as TypedDocumentString<AnalyticsExportQuery, AnalyticsExportQueryVariables>;
export const DeleteAnalyticsDataDocument = new TypedDocumentString(`
    mutation DeleteAnalyticsData {
  deleteAnalyticsData {
    events
    aggregates
    exports
  }
}
    `) as unknown as TypedDocumentString<DeleteAnalyticsDataMutation, DeleteAnalyticsDataMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: RegisterInput!) {
  signUp(input: $input)
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const CompleteSignUpDocument = new TypedDocumentString(`
    mutation CompleteSignUp($token: String!) {
  completeSignUp(token: $token) {
    accessToken
    expiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<CompleteSignUpMutation, CompleteSignUpMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    expiresAt
    refreshToken
    mfaRequired
    mfaTicket
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CompleteMfaDocument = new TypedDocumentString(`
    mutation CompleteMfa($ticket: String!, $code: String!) {
  completeMfa(ticket: $ticket, code: $code) {
    accessToken
    expiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<CompleteMfaMutation, CompleteMfaMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInProvidersDocument = new TypedDocumentString(`
    query SignInProviders {
  signInProviders {
    id
    name
    startUrl
  }
}
    `) as unknown as TypedDocumentString<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const ExchangeSignInCodeDocument = new TypedDocumentString(`
    mutation ExchangeSignInCode($code: String!) {
  exchangeSignInCode(code: $code) {
    accessToken
    expiresAt
    refreshToken
    mfaRequired
    mfaTicket
  }
}
    `) as unknown as TypedDocumentString<ExchangeSignInCodeMutation, ExchangeSignInCodeMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($token: String!) {
  confirmEmailChange(token: $token)
}
    `) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const MediaAssetsDocument = new TypedDocumentString(`
    query MediaAssets($first: Int, $after: String, $search: String, $type: AssetKind) {
  assets(first: $first, after: $after, search: $search, type: $type) {
    edges {
      cursor
      node {
        ...MediaAssetFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MediaAssetFields on Asset {
  id
  filename
  contentType
  size
  kind
  status
  failureReason
  private
  alt
  width
  height
  placeholderDataUrl
  dominantColor
  focalPoint {
    x
    y
  }
  url
  variants(format: WEBP) {
    width
    height
    format
    crop
    size
    url
  }
  createdAt
}`) as unknown as TypedDocumentString<MediaAssetsQuery, MediaAssetsQueryVariables>;
export const MediaAssetDocument = new TypedDocumentString(`
    query MediaAsset($id: ID!) {
  asset(id: $id) {
    ...MediaAssetFields
    allVariants: variants {
      width
      height
      format
      size
      url
    }
    usages {
      service
      kind
      id
      label
    }
  }
}
    fragment MediaAssetFields on Asset {
  id
  filename
  contentType
  size
  kind
  status
  failureReason
  private
  alt
  width
  height
  placeholderDataUrl
  dominantColor
  focalPoint {
    x
    y
  }
  url
  variants(format: WEBP) {
    width
    height
    format
    crop
    size
    url
  }
  createdAt
}`) as unknown as TypedDocumentString<MediaAssetQuery, MediaAssetQueryVariables>;
export const MediaCreateUploadDocument = new TypedDocumentString(`
    mutation MediaCreateUpload($input: CreateUploadInput!) {
  createUpload(input: $input) {
    asset {
      id
      status
    }
    uploadUrl
    method
    headers {
      name
      value
    }
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<MediaCreateUploadMutation, MediaCreateUploadMutationVariables>;
export const MediaCompleteUploadDocument = new TypedDocumentString(`
    mutation MediaCompleteUpload($id: ID!) {
  completeUpload(id: $id) {
    id
    status
    failureReason
  }
}
    `) as unknown as TypedDocumentString<MediaCompleteUploadMutation, MediaCompleteUploadMutationVariables>;
export const MediaUpdateAssetDocument = new TypedDocumentString(`
    mutation MediaUpdateAsset($id: ID!, $input: UpdateAssetInput!) {
  updateAsset(id: $id, input: $input) {
    id
    alt
    focalPoint {
      x
      y
    }
  }
}
    `) as unknown as TypedDocumentString<MediaUpdateAssetMutation, MediaUpdateAssetMutationVariables>;
export const MediaDeleteAssetDocument = new TypedDocumentString(`
    mutation MediaDeleteAsset($id: ID!, $force: Boolean) {
  deleteAsset(id: $id, force: $force)
}
    `) as unknown as TypedDocumentString<MediaDeleteAssetMutation, MediaDeleteAssetMutationVariables>;
export const OnboardingDocument = new TypedDocumentString(`
    query Onboarding {
  onboarding {
    tenantId
    starterSite {
      status
      siteId
      homePageId
      error
    }
    productAdded
    paymentsConnected
    themeCustomised
    domainConnected
    sitePublished
    dismissedAt
  }
}
    `) as unknown as TypedDocumentString<OnboardingQuery, OnboardingQueryVariables>;
export const BuildStarterSiteDocument = new TypedDocumentString(`
    mutation BuildStarterSite($businessName: String!) {
  buildStarterSite(businessName: $businessName) {
    tenantId
  }
}
    `) as unknown as TypedDocumentString<BuildStarterSiteMutation, BuildStarterSiteMutationVariables>;
export const DismissOnboardingChecklistDocument = new TypedDocumentString(`
    mutation DismissOnboardingChecklist {
  dismissOnboardingChecklist {
    tenantId
    dismissedAt
  }
}
    `) as unknown as TypedDocumentString<DismissOnboardingChecklistMutation, DismissOnboardingChecklistMutationVariables>;
export const OrdersDocument = new TypedDocumentString(`
    query Orders($first: Int, $after: String, $filter: OrderFilter) {
  orders(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        number
        displayNumber
        status
        disputed
        customerEmail
        total {
          ...StoreMoney
        }
        refunded {
          ...StoreMoney
        }
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StoreMoney on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<OrdersQuery, OrdersQueryVariables>;
export const OrderDetailDocument = new TypedDocumentString(`
    query OrderDetail($id: ID!) {
  order(id: $id) {
    id
    number
    displayNumber
    status
    disputed
    customerEmail
    lines {
      variantId
      sku
      title
      quantity
      unitPrice {
        ...StoreMoney
      }
      total {
        ...StoreMoney
      }
    }
    subtotal {
      ...StoreMoney
    }
    discount {
      ...StoreMoney
    }
    tax {
      ...StoreMoney
    }
    shipping {
      ...StoreMoney
    }
    total {
      ...StoreMoney
    }
    refunded {
      ...StoreMoney
    }
    shippingAddress {
      name
      line1
      line2
      postalCode
      city
      region
      country
      phone
    }
    tracking {
      carrier
      number
      url
    }
    createdAt
    paidAt
    fulfilledAt
    timeline {
      id
      kind
      fromStatus
      toStatus
      amount {
        ...StoreMoney
      }
      cause
      at
    }
  }
}
    fragment StoreMoney on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<OrderDetailQuery, OrderDetailQueryVariables>;
export const OrderFulfilDocument = new TypedDocumentString(`
    mutation OrderFulfil($id: ID!, $input: FulfilOrderInput!) {
  fulfilOrder(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OrderFulfilMutation, OrderFulfilMutationVariables>;
export const OrderCancelDocument = new TypedDocumentString(`
    mutation OrderCancel($id: ID!) {
  cancelOrder(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OrderCancelMutation, OrderCancelMutationVariables>;
export const OrderRefundDocument = new TypedDocumentString(`
    mutation OrderRefund($id: ID!, $input: RefundOrderInput) {
  refundOrder(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OrderRefundMutation, OrderRefundMutationVariables>;
export const DraftPageDocument = new TypedDocumentString(`
    query DraftPage($id: ID!) {
  draftPage(id: $id) {
    ...EditorPageFields
    canvas {
      css
      header
      footer
    }
  }
  designTokens {
    ...ThemeTokenFields
  }
  templates {
    id
    previewTokens {
      ...ThemeTokenFields
    }
  }
}
    fragment EditorPageFields on Page {
  id
  path
  title
  status
  tree
  version
  updatedAt
  publishedAt
  templateId
  seoTitle
  seoDescription
  ogImageAssetId
  site {
    id
    name
  }
}
fragment ThemeTokenFields on DesignTokens {
  css
  tokens {
    path
    type
    cssVariable
    description
  }
}`) as unknown as TypedDocumentString<DraftPageQuery, DraftPageQueryVariables>;
export const PermissionsOnSiteDocument = new TypedDocumentString(`
    query PermissionsOnSite($siteId: ID!) {
  me {
    permissionsOnSite(siteId: $siteId)
  }
}
    `) as unknown as TypedDocumentString<PermissionsOnSiteQuery, PermissionsOnSiteQueryVariables>;
export const SavePageDocument = new TypedDocumentString(`
    mutation SavePage($input: SavePageInput!) {
  savePage(input: $input) {
    id
    version
    updatedAt
    status
    tree
    title
    path
    seoTitle
    seoDescription
    ogImageAssetId
  }
}
    `) as unknown as TypedDocumentString<SavePageMutation, SavePageMutationVariables>;
export const PublishPageDocument = new TypedDocumentString(`
    mutation PublishPage($id: ID!, $expectedVersion: Int) {
  publishPage(id: $id, expectedVersion: $expectedVersion) {
    id
    version
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishPageMutation, PublishPageMutationVariables>;
export const PageVersionsDocument = new TypedDocumentString(`
    query PageVersions($id: ID!) {
  draftPage(id: $id) {
    id
    scheduledAt
    scheduleNote
    versions(first: 20) {
      edges {
        node {
          version
          title
          createdAt
          createdBy
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PageVersionsQuery, PageVersionsQueryVariables>;
export const RestorePageVersionDocument = new TypedDocumentString(`
    mutation RestorePageVersion($pageId: ID!, $version: Int!, $expectedVersion: Int) {
  restorePageVersion(
    pageId: $pageId
    version: $version
    expectedVersion: $expectedVersion
  ) {
    ...EditorPageFields
  }
}
    fragment EditorPageFields on Page {
  id
  path
  title
  status
  tree
  version
  updatedAt
  publishedAt
  templateId
  seoTitle
  seoDescription
  ogImageAssetId
  site {
    id
    name
  }
}`) as unknown as TypedDocumentString<RestorePageVersionMutation, RestorePageVersionMutationVariables>;
export const CreatePreviewLinkDocument = new TypedDocumentString(`
    mutation CreatePreviewLink($pageId: ID!) {
  createPreviewLink(pageId: $pageId) {
    url
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<CreatePreviewLinkMutation, CreatePreviewLinkMutationVariables>;
export const SchedulePublishDocument = new TypedDocumentString(`
    mutation SchedulePublish($pageId: ID!, $at: String!, $expectedVersion: Int) {
  schedulePublish(pageId: $pageId, at: $at, expectedVersion: $expectedVersion) {
    id
    version
    scheduledAt
  }
}
    `) as unknown as TypedDocumentString<SchedulePublishMutation, SchedulePublishMutationVariables>;
export const CancelScheduledPublishDocument = new TypedDocumentString(`
    mutation CancelScheduledPublish($pageId: ID!) {
  cancelScheduledPublish(pageId: $pageId) {
    id
    scheduledAt
  }
}
    `) as unknown as TypedDocumentString<CancelScheduledPublishMutation, CancelScheduledPublishMutationVariables>;
export const UnpublishPageDocument = new TypedDocumentString(`
    mutation UnpublishPage($id: ID!, $expectedVersion: Int) {
  unpublishPage(id: $id, expectedVersion: $expectedVersion) {
    id
    version
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<UnpublishPageMutation, UnpublishPageMutationVariables>;
export const DeletePageDocument = new TypedDocumentString(`
    mutation DeletePage($id: ID!, $expectedVersion: Int) {
  deletePage(id: $id, expectedVersion: $expectedVersion) {
    id
    title
    deletedAt
  }
}
    `) as unknown as TypedDocumentString<DeletePageMutation, DeletePageMutationVariables>;
export const SitePagePathsDocument = new TypedDocumentString(`
    query SitePagePaths($id: ID!) {
  draftPage(id: $id) {
    id
    site {
      id
      pages(first: 100) {
        edges {
          node {
            id
            path
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SitePagePathsQuery, SitePagePathsQueryVariables>;
export const PickerProductsDocument = new TypedDocumentString(`
    query PickerProducts($first: Int, $after: String, $search: String) {
  products(first: $first, after: $after, search: $search) {
    edges {
      cursor
      node {
        ...PickerProductFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PickerProductFields on Product {
  id
  title
  slug
  status
  imageAssetIds
  priceRange {
    min {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<PickerProductsQuery, PickerProductsQueryVariables>;
export const PickerProductsByIdsDocument = new TypedDocumentString(`
    query PickerProductsByIds($ids: [ID!]!) {
  productsByIds(ids: $ids) {
    ...PickerProductFields
  }
}
    fragment PickerProductFields on Product {
  id
  title
  slug
  status
  imageAssetIds
  priceRange {
    min {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<PickerProductsByIdsQuery, PickerProductsByIdsQueryVariables>;
export const PickerCollectionsDocument = new TypedDocumentString(`
    query PickerCollections($first: Int, $after: String) {
  collections(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
        slug
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PickerCollectionsQuery, PickerCollectionsQueryVariables>;
export const PickerPagesDocument = new TypedDocumentString(`
    query PickerPages {
  sites(first: 50) {
    edges {
      node {
        id
        name
        pages(first: 100) {
          edges {
            node {
              id
              path
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickerPagesQuery, PickerPagesQueryVariables>;
export const PickerAssetsByIdsDocument = new TypedDocumentString(`
    query PickerAssetsByIds($ids: [ID!]!) {
  assetsByIds(ids: $ids) {
    id
    filename
    alt
    width
    height
    status
    variants(format: WEBP) {
      width
      crop
      url
    }
  }
}
    `) as unknown as TypedDocumentString<PickerAssetsByIdsQuery, PickerAssetsByIdsQueryVariables>;
export const PickerCollectionProductsDocument = new TypedDocumentString(`
    query PickerCollectionProducts($slug: String!, $first: Int) {
  collection(slug: $slug) {
    id
    products(first: $first) {
      edges {
        node {
          ...PickerProductFields
        }
      }
    }
  }
}
    fragment PickerProductFields on Product {
  id
  title
  slug
  status
  imageAssetIds
  priceRange {
    min {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<PickerCollectionProductsQuery, PickerCollectionProductsQueryVariables>;
export const PickerMenusDocument = new TypedDocumentString(`
    query PickerMenus($siteId: ID!) {
  menus(siteId: $siteId, first: 100) {
    edges {
      node {
        id
        handle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickerMenusQuery, PickerMenusQueryVariables>;
export const SitesDocument = new TypedDocumentString(`
    query Sites {
  sites(first: 50) {
    edges {
      node {
        id
        name
        primaryHost
        pages(first: 100) {
          edges {
            node {
              id
              path
              title
              status
              version
              updatedAt
              publishedAt
            }
          }
        }
      }
    }
  }
  templates {
    id
    name
    description
  }
  trashedPages(first: 100) {
    edges {
      node {
        id
        title
        path
        deletedAt
        site {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SitesQuery, SitesQueryVariables>;
export const RestorePageDocument = new TypedDocumentString(`
    mutation RestorePage($id: ID!, $path: String) {
  restorePage(id: $id, path: $path) {
    id
    path
    title
  }
}
    `) as unknown as TypedDocumentString<RestorePageMutation, RestorePageMutationVariables>;
export const CreateSiteDocument = new TypedDocumentString(`
    mutation CreateSite($input: CreateSiteInput!) {
  createSite(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateSiteMutation, CreateSiteMutationVariables>;
export const CreatePageFromTemplateDocument = new TypedDocumentString(`
    mutation CreatePageFromTemplate($templateId: ID!, $siteId: ID, $path: String!, $title: String!) {
  createPageFromTemplate(
    templateId: $templateId
    siteId: $siteId
    path: $path
    title: $title
  ) {
    id
    path
    title
  }
}
    `) as unknown as TypedDocumentString<CreatePageFromTemplateMutation, CreatePageFromTemplateMutationVariables>;
export const StructureSiteDocument = new TypedDocumentString(`
    query StructureSite {
  sites(first: 50) {
    edges {
      node {
        id
        name
        pages(first: 100) {
          edges {
            node {
              id
              path
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StructureSiteQuery, StructureSiteQueryVariables>;
export const StructureCanvasDocument = new TypedDocumentString(`
    query StructureCanvas($pageId: ID!) {
  draftPage(id: $pageId) {
    id
    canvas {
      css
      header
      footer
    }
  }
  designTokens {
    ...ThemeTokenFields
  }
}
    fragment ThemeTokenFields on DesignTokens {
  css
  tokens {
    path
    type
    cssVariable
    description
  }
}`) as unknown as TypedDocumentString<StructureCanvasQuery, StructureCanvasQueryVariables>;
export const SiteMenusDocument = new TypedDocumentString(`
    query SiteMenus($siteId: ID!) {
  menus(siteId: $siteId, first: 100) {
    edges {
      node {
        id
        handle
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SiteMenusQuery, SiteMenusQueryVariables>;
export const SiteMenuDocument = new TypedDocumentString(`
    query SiteMenu($siteId: ID!, $handle: String!) {
  menu(siteId: $siteId, handle: $handle) {
    ...MenuFields
  }
}
    fragment MenuItemFields on MenuItem {
  label
  href
  link {
    kind
    pageId
    slug
  }
}
fragment MenuFields on Menu {
  id
  handle
  version
  updatedAt
  items {
    ...MenuItemFields
    children {
      ...MenuItemFields
      children {
        ...MenuItemFields
      }
    }
  }
}`) as unknown as TypedDocumentString<SiteMenuQuery, SiteMenuQueryVariables>;
export const SaveMenuDocument = new TypedDocumentString(`
    mutation SaveMenu($siteId: ID!, $handle: String!, $items: [MenuItemInput!]!, $expectedVersion: Int) {
  saveMenu(
    siteId: $siteId
    handle: $handle
    items: $items
    expectedVersion: $expectedVersion
  ) {
    ...MenuFields
  }
}
    fragment MenuItemFields on MenuItem {
  label
  href
  link {
    kind
    pageId
    slug
  }
}
fragment MenuFields on Menu {
  id
  handle
  version
  updatedAt
  items {
    ...MenuItemFields
    children {
      ...MenuItemFields
      children {
        ...MenuItemFields
      }
    }
  }
}`) as unknown as TypedDocumentString<SaveMenuMutation, SaveMenuMutationVariables>;
export const SiteLayoutDocument = new TypedDocumentString(`
    query SiteLayout($siteId: ID!) {
  siteLayout(siteId: $siteId) {
    ...SiteLayoutFields
  }
}
    fragment SiteLayoutFields on SiteLayout {
  siteId
  version
  updatedAt
  header {
    content
    isDefault
  }
  footer {
    content
    isDefault
  }
}`) as unknown as TypedDocumentString<SiteLayoutQuery, SiteLayoutQueryVariables>;
export const SaveSiteLayoutDocument = new TypedDocumentString(`
    mutation SaveSiteLayout($siteId: ID!, $input: SiteLayoutInput!, $expectedVersion: Int) {
  saveSiteLayout(
    siteId: $siteId
    input: $input
    expectedVersion: $expectedVersion
  ) {
    ...SiteLayoutFields
  }
}
    fragment SiteLayoutFields on SiteLayout {
  siteId
  version
  updatedAt
  header {
    content
    isDefault
  }
  footer {
    content
    isDefault
  }
}`) as unknown as TypedDocumentString<SaveSiteLayoutMutation, SaveSiteLayoutMutationVariables>;
export const ResetSiteLayoutDocument = new TypedDocumentString(`
    mutation ResetSiteLayout($siteId: ID!, $expectedVersion: Int) {
  resetSiteLayout(siteId: $siteId, expectedVersion: $expectedVersion) {
    ...SiteLayoutFields
  }
}
    fragment SiteLayoutFields on SiteLayout {
  siteId
  version
  updatedAt
  header {
    content
    isDefault
  }
  footer {
    content
    isDefault
  }
}`) as unknown as TypedDocumentString<ResetSiteLayoutMutation, ResetSiteLayoutMutationVariables>;
export const PageTypeTemplatesDocument = new TypedDocumentString(`
    query PageTypeTemplates($siteId: ID!) {
  pageTypeTemplates(siteId: $siteId) {
    ...PageTypeTemplateFields
  }
}
    fragment PageTypeTemplateFields on PageTypeTemplate {
  siteId
  pageType
  tree
  isDefault
  version
  updatedAt
}`) as unknown as TypedDocumentString<PageTypeTemplatesQuery, PageTypeTemplatesQueryVariables>;
export const SavePageTypeTemplateDocument = new TypedDocumentString(`
    mutation SavePageTypeTemplate($input: SavePageTypeTemplateInput!) {
  savePageTypeTemplate(input: $input) {
    ...PageTypeTemplateFields
  }
}
    fragment PageTypeTemplateFields on PageTypeTemplate {
  siteId
  pageType
  tree
  isDefault
  version
  updatedAt
}`) as unknown as TypedDocumentString<SavePageTypeTemplateMutation, SavePageTypeTemplateMutationVariables>;
export const ResetPageTypeTemplateDocument = new TypedDocumentString(`
    mutation ResetPageTypeTemplate($siteId: ID!, $pageType: PageType!, $expectedVersion: Int) {
  resetPageTypeTemplate(
    siteId: $siteId
    pageType: $pageType
    expectedVersion: $expectedVersion
  ) {
    ...PageTypeTemplateFields
  }
}
    fragment PageTypeTemplateFields on PageTypeTemplate {
  siteId
  pageType
  tree
  isDefault
  version
  updatedAt
}`) as unknown as TypedDocumentString<ResetPageTypeTemplateMutation, ResetPageTypeTemplateMutationVariables>;
export const DeleteMenuDocument = new TypedDocumentString(`
    mutation DeleteMenu($siteId: ID!, $handle: String!, $expectedVersion: Int) {
  deleteMenu(siteId: $siteId, handle: $handle, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DeleteMenuMutation, DeleteMenuMutationVariables>;
export const BillingDocument = new TypedDocumentString(`
    query Billing {
  billing {
    plan
    planName
    status
    currentPeriodEnd
    cancelAtPeriodEnd
    limits {
      pages
      products
      storageBytes
      apiRequestsPerMinute
      members
    }
  }
  plans {
    id
    name
    purchasable
    transactionFeeBps
    price {
      amount
      currency
      interval
    }
    limits {
      pages
      products
      storageBytes
      members
    }
  }
}
    `) as unknown as TypedDocumentString<BillingQuery, BillingQueryVariables>;
export const StartCheckoutDocument = new TypedDocumentString(`
    mutation StartCheckout($plan: String!) {
  startCheckout(plan: $plan) {
    url
  }
}
    `) as unknown as TypedDocumentString<StartCheckoutMutation, StartCheckoutMutationVariables>;
export const ChangePlanDocument = new TypedDocumentString(`
    mutation ChangePlan($plan: String!) {
  changePlan(plan: $plan) {
    plan
  }
}
    `) as unknown as TypedDocumentString<ChangePlanMutation, ChangePlanMutationVariables>;
export const CancelSubscriptionDocument = new TypedDocumentString(`
    mutation CancelSubscription {
  cancelSubscription {
    plan
  }
}
    `) as unknown as TypedDocumentString<CancelSubscriptionMutation, CancelSubscriptionMutationVariables>;
export const DomainsDocument = new TypedDocumentString(`
    query Domains($first: Int, $after: String) {
  domains(first: $first, after: $after) {
    edges {
      node {
        ...DomainFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DomainFields on Domain {
  id
  host
  verified
  txtRecordName
  txtRecordValue
  verifiedAt
  createdAt
}`) as unknown as TypedDocumentString<DomainsQuery, DomainsQueryVariables>;
export const AddDomainDocument = new TypedDocumentString(`
    mutation AddDomain($host: String!) {
  addDomain(host: $host) {
    ...DomainFields
  }
}
    fragment DomainFields on Domain {
  id
  host
  verified
  txtRecordName
  txtRecordValue
  verifiedAt
  createdAt
}`) as unknown as TypedDocumentString<AddDomainMutation, AddDomainMutationVariables>;
export const VerifyDomainDocument = new TypedDocumentString(`
    mutation VerifyDomain($host: String!) {
  verifyDomain(host: $host) {
    ...DomainFields
  }
}
    fragment DomainFields on Domain {
  id
  host
  verified
  txtRecordName
  txtRecordValue
  verifiedAt
  createdAt
}`) as unknown as TypedDocumentString<VerifyDomainMutation, VerifyDomainMutationVariables>;
export const RemoveDomainDocument = new TypedDocumentString(`
    mutation RemoveDomain($host: String!) {
  removeDomain(host: $host)
}
    `) as unknown as TypedDocumentString<RemoveDomainMutation, RemoveDomainMutationVariables>;
export const StripeConnectionDocument = new TypedDocumentString(`
    query StripeConnection {
  stripeConnection {
    accountId
    chargesEnabled
    payoutsEnabled
    detailsSubmitted
  }
}
    `) as unknown as TypedDocumentString<StripeConnectionQuery, StripeConnectionQueryVariables>;
export const ConnectStripeDocument = new TypedDocumentString(`
    mutation ConnectStripe {
  connectStripe {
    url
  }
}
    `) as unknown as TypedDocumentString<ConnectStripeMutation, ConnectStripeMutationVariables>;
export const AnalyticsSettingsDocument = new TypedDocumentString(`
    query AnalyticsSettings {
  analyticsSettings {
    ...AnalyticsSettingsFields
  }
  privacyDraft {
    version
    settings {
      ...PrivacySettingsFields
    }
  }
  privacyVersions(first: 20) {
    edges {
      node {
        version
        publishedAt
        publishedBy
        restoredFrom
      }
    }
  }
  regions {
    code
    consentRequired
  }
}
    fragment AnalyticsSettingsFields on AnalyticsSettings {
  clarityProjectId
  clarityEnabled
  consentMode
  consentRegions
  consentBanners {
    region
    title
    body
    acceptLabel
    rejectLabel
  }
  firstPartyAnalytics
  retentionDays
  updatedAt
}
fragment PrivacySettingsFields on PrivacySettings {
  clarityProjectId
  clarityEnabled
  consentMode
  consentRegions
  consentBanners {
    region
    title
    body
    acceptLabel
    rejectLabel
  }
  firstPartyAnalytics
}`) as unknown as TypedDocumentString<AnalyticsSettingsQuery, AnalyticsSettingsQueryVariables>;
export const UpdateAnalyticsSettingsDocument = new TypedDocumentString(`
    mutation UpdateAnalyticsSettings($input: UpdateAnalyticsSettingsInput!) {
  updateAnalyticsSettings(input: $input) {
    ...AnalyticsSettingsFields
  }
}
    fragment AnalyticsSettingsFields on AnalyticsSettings {
  clarityProjectId
  clarityEnabled
  consentMode
  consentRegions
  consentBanners {
    region
    title
    body
    acceptLabel
    rejectLabel
  }
  firstPartyAnalytics
  retentionDays
  updatedAt
}`) as unknown as TypedDocumentString<UpdateAnalyticsSettingsMutation, UpdateAnalyticsSettingsMutationVariables>;
export const SavePrivacyDraftDocument = new TypedDocumentString(`
    mutation SavePrivacyDraft($input: PrivacyDraftInput!, $expectedVersion: Int) {
  savePrivacyDraft(input: $input, expectedVersion: $expectedVersion) {
    version
  }
}
    `) as unknown as TypedDocumentString<SavePrivacyDraftMutation, SavePrivacyDraftMutationVariables>;
export const DiscardPrivacyDraftDocument = new TypedDocumentString(`
    mutation DiscardPrivacyDraft($expectedVersion: Int) {
  discardPrivacyDraft(expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DiscardPrivacyDraftMutation, DiscardPrivacyDraftMutationVariables>;
export const PublishPrivacyDraftDocument = new TypedDocumentString(`
    mutation PublishPrivacyDraft($expectedVersion: Int) {
  publishPrivacyDraft(expectedVersion: $expectedVersion) {
    version
  }
}
    `) as unknown as TypedDocumentString<PublishPrivacyDraftMutation, PublishPrivacyDraftMutationVariables>;
export const RollBackPrivacyDocument = new TypedDocumentString(`
    mutation RollBackPrivacy($version: Int!, $expectedVersion: Int) {
  rollBackPrivacy(version: $version, expectedVersion: $expectedVersion) {
    version
  }
}
    `) as unknown as TypedDocumentString<RollBackPrivacyMutation, RollBackPrivacyMutationVariables>;
export const PreviewPrivacyDocument = new TypedDocumentString(`
    query PreviewPrivacy($region: String) {
  analyticsPolicy(region: $region, draft: true) {
    injectClarity
    consentRequired
    showBanner
    banner {
      title
      body
      acceptLabel
      rejectLabel
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewPrivacyQuery, PreviewPrivacyQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions {
    code
    locale
    currency
    pathPrefix
    hosts
    countries
    consentRequired
    isDefault
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const UpsertRegionDocument = new TypedDocumentString(`
    mutation UpsertRegion($input: RegionInput!) {
  upsertRegion(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<UpsertRegionMutation, UpsertRegionMutationVariables>;
export const DeleteRegionDocument = new TypedDocumentString(`
    mutation DeleteRegion($code: String!) {
  deleteRegion(code: $code)
}
    `) as unknown as TypedDocumentString<DeleteRegionMutation, DeleteRegionMutationVariables>;
export const SetDefaultRegionDocument = new TypedDocumentString(`
    mutation SetDefaultRegion($code: String!) {
  setDefaultRegion(code: $code) {
    code
  }
}
    `) as unknown as TypedDocumentString<SetDefaultRegionMutation, SetDefaultRegionMutationVariables>;
export const TeamDocument = new TypedDocumentString(`
    query Team {
  members(first: 100) {
    edges {
      node {
        id
        role
        user {
          id
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamQuery, TeamQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations(first: 100) {
    edges {
      node {
        id
        email
        role
        expiresAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {
  changeMemberRole(membershipId: $membershipId, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($membershipId: ID!) {
  removeMember(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys(first: 100) {
    edges {
      node {
        id
        name
        prefix
        scopes
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!) {
  acceptInvitation(token: $token) {
    accessToken
    expiresAt
    refreshToken
    tenant {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const TokensDocument = new TypedDocumentString(`
    query Tokens {
  tenantTokenOverrides {
    ...TokenOverrideFields
  }
  designTokens {
    tokens {
      ...DesignTokenFields
    }
  }
}
    fragment TokenOverrideFields on TokenOverride {
  scope
  region
  version
  document
}
fragment DesignTokenFields on DesignToken {
  path
  type
  value
  cssVariable
}`) as unknown as TypedDocumentString<TokensQuery, TokensQueryVariables>;
export const TokensEditorDocument = new TypedDocumentString(`
    query TokensEditor($region: String) {
  tenantTokenOverrides {
    ...TokenOverrideFields
  }
  designTokens(region: $region) {
    tokens {
      ...DesignTokenFields
    }
  }
  regions {
    code
    isDefault
  }
}
    fragment TokenOverrideFields on TokenOverride {
  scope
  region
  version
  document
}
fragment DesignTokenFields on DesignToken {
  path
  type
  value
  cssVariable
}`) as unknown as TypedDocumentString<TokensEditorQuery, TokensEditorQueryVariables>;
export const PreviewDesignTokensDocument = new TypedDocumentString(`
    query PreviewDesignTokens($document: JSON!, $region: String) {
  previewDesignTokens(document: $document, region: $region) {
    css
    tokens {
      ...DesignTokenFields
    }
  }
}
    fragment DesignTokenFields on DesignToken {
  path
  type
  value
  cssVariable
}`) as unknown as TypedDocumentString<PreviewDesignTokensQuery, PreviewDesignTokensQueryVariables>;
export const FontAssetsDocument = new TypedDocumentString(`
    query FontAssets {
  assets(first: 100, type: FONT) {
    edges {
      node {
        id
        filename
        status
        private
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FontAssetsQuery, FontAssetsQueryVariables>;
export const ThemeDraftStateDocument = new TypedDocumentString(`
    query ThemeDraftState {
  tokenDrafts {
    scope
    region
    version
    document
  }
  themeVersions(first: 20) {
    edges {
      node {
        version
        publishedAt
        publishedBy
        restoredFrom
      }
    }
  }
  sites(first: 20) {
    edges {
      node {
        id
        name
        pages(first: 50) {
          edges {
            node {
              id
              title
              path
              status
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeDraftStateQuery, ThemeDraftStateQueryVariables>;
export const SaveTokenDraftDocument = new TypedDocumentString(`
    mutation SaveTokenDraft($region: String, $document: JSON!, $expectedVersion: Int) {
  saveTokenDraft(
    region: $region
    document: $document
    expectedVersion: $expectedVersion
  ) {
    scope
    region
    version
    document
  }
}
    `) as unknown as TypedDocumentString<SaveTokenDraftMutation, SaveTokenDraftMutationVariables>;
export const DiscardTokenDraftDocument = new TypedDocumentString(`
    mutation DiscardTokenDraft($region: String, $expectedVersion: Int) {
  discardTokenDraft(region: $region, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<DiscardTokenDraftMutation, DiscardTokenDraftMutationVariables>;
export const PublishThemeDraftDocument = new TypedDocumentString(`
    mutation PublishThemeDraft($expectedVersion: Int) {
  publishThemeDraft(expectedVersion: $expectedVersion) {
    version
  }
}
    `) as unknown as TypedDocumentString<PublishThemeDraftMutation, PublishThemeDraftMutationVariables>;
export const RollBackThemeDocument = new TypedDocumentString(`
    mutation RollBackTheme($version: Int!, $expectedVersion: Int) {
  rollBackTheme(version: $version, expectedVersion: $expectedVersion) {
    version
  }
}
    `) as unknown as TypedDocumentString<RollBackThemeMutation, RollBackThemeMutationVariables>;
export const CreateThemePreviewLinkDocument = new TypedDocumentString(`
    mutation CreateThemePreviewLink($pageId: ID!) {
  createThemePreviewLink(pageId: $pageId) {
    url
  }
}
    `) as unknown as TypedDocumentString<CreateThemePreviewLinkMutation, CreateThemePreviewLinkMutationVariables>;
export const TranslationPagesDocument = new TypedDocumentString(`
    query TranslationPages {
  sites(first: 50) {
    edges {
      node {
        id
        name
        pages(first: 100) {
          edges {
            node {
              id
              path
              title
            }
          }
        }
      }
    }
  }
  regions {
    code
    locale
    isDefault
  }
}
    `) as unknown as TypedDocumentString<TranslationPagesQuery, TranslationPagesQueryVariables>;
export const TranslationPageDocument = new TypedDocumentString(`
    query TranslationPage($id: ID!) {
  draftPage(id: $id) {
    id
    title
    seoTitle
    seoDescription
    tree
    translations {
      ...PageTranslationFields
    }
  }
}
    fragment PageTranslationFields on PageTranslation {
  locale
  title
  seoTitle
  seoDescription
  tree
  status
  version
  publishedAt
  updatedAt
}`) as unknown as TypedDocumentString<TranslationPageQuery, TranslationPageQueryVariables>;
export const SavePageTranslationDocument = new TypedDocumentString(`
    mutation SavePageTranslation($input: SavePageTranslationInput!) {
  savePageTranslation(input: $input) {
    ...PageTranslationFields
  }
}
    fragment PageTranslationFields on PageTranslation {
  locale
  title
  seoTitle
  seoDescription
  tree
  status
  version
  publishedAt
  updatedAt
}`) as unknown as TypedDocumentString<SavePageTranslationMutation, SavePageTranslationMutationVariables>;
export const PublishPageTranslationDocument = new TypedDocumentString(`
    mutation PublishPageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {
  publishPageTranslation(
    pageId: $pageId
    locale: $locale
    expectedVersion: $expectedVersion
  ) {
    ...PageTranslationFields
  }
}
    fragment PageTranslationFields on PageTranslation {
  locale
  title
  seoTitle
  seoDescription
  tree
  status
  version
  publishedAt
  updatedAt
}`) as unknown as TypedDocumentString<PublishPageTranslationMutation, PublishPageTranslationMutationVariables>;
export const DeletePageTranslationDocument = new TypedDocumentString(`
    mutation DeletePageTranslation($pageId: ID!, $locale: String!, $expectedVersion: Int) {
  deletePageTranslation(
    pageId: $pageId
    locale: $locale
    expectedVersion: $expectedVersion
  )
}
    `) as unknown as TypedDocumentString<DeletePageTranslationMutation, DeletePageTranslationMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($first: Int, $after: String) {
  webhookEndpoints(first: $first, after: $after) {
    edges {
      node {
        ...WebhookEndpointFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  createdAt
  deliveries(first: 5) {
    edges {
      node {
        id
        eventType
        status
        attempts
        lastError
        responseStatus
        createdAt
      }
    }
  }
}`) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const AddWebhookEndpointDocument = new TypedDocumentString(`
    mutation AddWebhookEndpoint($url: String!, $events: [WebhookEventType!]!) {
  addWebhookEndpoint(url: $url, events: $events) {
    signingSecret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  url
  events
  createdAt
  deliveries(first: 5) {
    edges {
      node {
        id
        eventType
        status
        attempts
        lastError
        responseStatus
        createdAt
      }
    }
  }
}`) as unknown as TypedDocumentString<AddWebhookEndpointMutation, AddWebhookEndpointMutationVariables>;
export const RemoveWebhookEndpointDocument = new TypedDocumentString(`
    mutation RemoveWebhookEndpoint($id: ID!) {
  removeWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveWebhookEndpointMutation, RemoveWebhookEndpointMutationVariables>;
export const StoreProductsDocument = new TypedDocumentString(`
    query StoreProducts($first: Int, $after: String, $search: String, $status: ProductStatus) {
  products(first: $first, after: $after, search: $search, status: $status) {
    edges {
      cursor
      node {
        id
        title
        slug
        status
        version
        updatedAt
        variants {
          id
          sku
          inStock
        }
        priceRange {
          min {
            ...StoreMoney
          }
          max {
            ...StoreMoney
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StoreMoney on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<StoreProductsQuery, StoreProductsQueryVariables>;
export const StoreProductDocument = new TypedDocumentString(`
    query StoreProduct($id: ID!) {
  product(id: $id) {
    id
    title
    slug
    description
    status
    version
    updatedAt
    seo {
      title
      description
    }
    imageAssetIds
    collections {
      id
    }
    options {
      name
      values
    }
    variants {
      id
      sku
      title
      optionValues
      weightGrams
      prices {
        currency
        amount
        compareAtAmount
      }
      stock {
        ...StoreStockLevel
      }
    }
  }
  locations {
    ...StoreLocation
  }
  regions {
    ...StoreRegion
  }
}
    fragment StoreLocation on Location {
  id
  name
  isDefault
}
fragment StoreStockLevel on StockLevel {
  location {
    ...StoreLocation
  }
  onHand
  reserved
  available
}
fragment StoreRegion on Region {
  code
  currency
  isDefault
}`) as unknown as TypedDocumentString<StoreProductQuery, StoreProductQueryVariables>;
export const StoreLocationsDocument = new TypedDocumentString(`
    query StoreLocations {
  locations {
    ...StoreLocation
  }
  regions {
    ...StoreRegion
  }
}
    fragment StoreLocation on Location {
  id
  name
  isDefault
}
fragment StoreRegion on Region {
  code
  currency
  isDefault
}`) as unknown as TypedDocumentString<StoreLocationsQuery, StoreLocationsQueryVariables>;
export const StoreCreateProductDocument = new TypedDocumentString(`
    mutation StoreCreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StoreCreateProductMutation, StoreCreateProductMutationVariables>;
export const StoreUpdateProductDocument = new TypedDocumentString(`
    mutation StoreUpdateProduct($id: ID!, $expectedVersion: Int!, $input: UpdateProductInput!) {
  updateProduct(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StoreUpdateProductMutation, StoreUpdateProductMutationVariables>;
export const StoreSetStockDocument = new TypedDocumentString(`
    mutation StoreSetStock($input: SetStockInput!) {
  setStock(input: $input) {
    ...StoreStockLevel
  }
}
    fragment StoreLocation on Location {
  id
  name
  isDefault
}
fragment StoreStockLevel on StockLevel {
  location {
    ...StoreLocation
  }
  onHand
  reserved
  available
}`) as unknown as TypedDocumentString<StoreSetStockMutation, StoreSetStockMutationVariables>;
export const StoreCollectionsDocument = new TypedDocumentString(`
    query StoreCollections($first: Int, $after: String) {
  collections(first: $first, after: $after) {
    edges {
      node {
        id
        title
        slug
        description
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<StoreCollectionsQuery, StoreCollectionsQueryVariables>;
export const StoreCollectionDocument = new TypedDocumentString(`
    query StoreCollection($id: ID!, $after: String) {
  collection(id: $id) {
    id
    title
    slug
    description
    products(first: 100, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoreCollectionQuery, StoreCollectionQueryVariables>;
export const StoreCreateCollectionDocument = new TypedDocumentString(`
    mutation StoreCreateCollection($input: CollectionInput!) {
  createCollection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StoreCreateCollectionMutation, StoreCreateCollectionMutationVariables>;
export const StoreUpdateCollectionDocument = new TypedDocumentString(`
    mutation StoreUpdateCollection($id: ID!, $input: CollectionInput!) {
  updateCollection(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StoreUpdateCollectionMutation, StoreUpdateCollectionMutationVariables>;
export const StoreDeleteCollectionDocument = new TypedDocumentString(`
    mutation StoreDeleteCollection($id: ID!) {
  deleteCollection(id: $id)
}
    `) as unknown as TypedDocumentString<StoreDeleteCollectionMutation, StoreDeleteCollectionMutationVariables>;
export const StoreDiscountsDocument = new TypedDocumentString(`
    query StoreDiscounts($first: Int, $after: String) {
  discountCodes(first: $first, after: $after) {
    edges {
      node {
        ...StoreDiscount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  regions {
    ...StoreRegion
  }
}
    fragment StoreRegion on Region {
  code
  currency
  isDefault
}
fragment StoreMoney on Money {
  amount
  currency
}
fragment StoreDiscount on DiscountCode {
  id
  code
  kind
  percentOff
  amountOff {
    ...StoreMoney
  }
  minSubtotal
  usageLimit
  used
  startsAt
  expiresAt
  active
}`) as unknown as TypedDocumentString<StoreDiscountsQuery, StoreDiscountsQueryVariables>;
export const StoreCreateDiscountDocument = new TypedDocumentString(`
    mutation StoreCreateDiscount($input: CreateDiscountCodeInput!) {
  createDiscountCode(input: $input) {
    ...StoreDiscount
  }
}
    fragment StoreMoney on Money {
  amount
  currency
}
fragment StoreDiscount on DiscountCode {
  id
  code
  kind
  percentOff
  amountOff {
    ...StoreMoney
  }
  minSubtotal
  usageLimit
  used
  startsAt
  expiresAt
  active
}`) as unknown as TypedDocumentString<StoreCreateDiscountMutation, StoreCreateDiscountMutationVariables>;
export const StoreSetDiscountActiveDocument = new TypedDocumentString(`
    mutation StoreSetDiscountActive($id: ID!, $active: Boolean!) {
  setDiscountCodeActive(id: $id, active: $active) {
    ...StoreDiscount
  }
}
    fragment StoreMoney on Money {
  amount
  currency
}
fragment StoreDiscount on DiscountCode {
  id
  code
  kind
  percentOff
  amountOff {
    ...StoreMoney
  }
  minSubtotal
  usageLimit
  used
  startsAt
  expiresAt
  active
}`) as unknown as TypedDocumentString<StoreSetDiscountActiveMutation, StoreSetDiscountActiveMutationVariables>;
export const StoreShippingAndTaxDocument = new TypedDocumentString(`
    query StoreShippingAndTax {
  regions {
    ...StoreRegion
    locale
  }
  taxSettings {
    region
    rateBps
    inclusive
  }
  shippingRates {
    id
    region
    name
    price {
      ...StoreMoney
    }
    freeOver {
      ...StoreMoney
    }
  }
}
    fragment StoreRegion on Region {
  code
  currency
  isDefault
}
fragment StoreMoney on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<StoreShippingAndTaxQuery, StoreShippingAndTaxQueryVariables>;
export const StoreSetTaxDocument = new TypedDocumentString(`
    mutation StoreSetTax($input: TaxSettingInput!) {
  setTaxSetting(input: $input) {
    region
    rateBps
    inclusive
  }
}
    `) as unknown as TypedDocumentString<StoreSetTaxMutation, StoreSetTaxMutationVariables>;
export const StoreCreateShippingRateDocument = new TypedDocumentString(`
    mutation StoreCreateShippingRate($input: ShippingRateInput!) {
  createShippingRate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StoreCreateShippingRateMutation, StoreCreateShippingRateMutationVariables>;
export const StoreDeleteShippingRateDocument = new TypedDocumentString(`
    mutation StoreDeleteShippingRate($id: ID!) {
  deleteShippingRate(id: $id)
}
    `) as unknown as TypedDocumentString<StoreDeleteShippingRateMutation, StoreDeleteShippingRateMutationVariables>;
export const StoreExportCatalogDocument = new TypedDocumentString(`
    mutation StoreExportCatalog {
  exportCatalog {
    ...StoreCatalogJob
  }
}
    fragment StoreCatalogJob on CatalogJob {
  id
  kind
  status
  problems {
    row
    column
    message
  }
  summary {
    name
    count
  }
  downloadUrl
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StoreExportCatalogMutation, StoreExportCatalogMutationVariables>;
export const StoreImportCatalogDocument = new TypedDocumentString(`
    mutation StoreImportCatalog($csv: String!) {
  importCatalog(csv: $csv) {
    ...StoreCatalogJob
  }
}
    fragment StoreCatalogJob on CatalogJob {
  id
  kind
  status
  problems {
    row
    column
    message
  }
  summary {
    name
    count
  }
  downloadUrl
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StoreImportCatalogMutation, StoreImportCatalogMutationVariables>;
export const StoreCatalogJobDocument = new TypedDocumentString(`
    query StoreCatalogJob($id: ID!) {
  catalogJob(id: $id) {
    ...StoreCatalogJob
  }
}
    fragment StoreCatalogJob on CatalogJob {
  id
  kind
  status
  problems {
    row
    column
    message
  }
  summary {
    name
    count
  }
  downloadUrl
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<StoreCatalogJobQuery, StoreCatalogJobQueryVariables>;
export const CreateTenantDocument = new TypedDocumentString(`
    mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    accessToken
    expiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<CreateTenantMutation, CreateTenantMutationVariables>;
export const SwitchTenantDocument = new TypedDocumentString(`
    mutation SwitchTenant($tenantSlug: String!) {
  switchTenant(tenantSlug: $tenantSlug) {
    accessToken
    expiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<SwitchTenantMutation, SwitchTenantMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    user {
      id
      email
      name
      emailVerified
    }
    tenant {
      id
      slug
      name
      plan
    }
    role
    permissions
    siteIds
    memberships(first: 50) {
      edges {
        node {
          id
          role
          tenant {
            id
            slug
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    expiresAt
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;