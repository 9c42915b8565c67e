import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Site as SiteModel } from '../entities/cms.js';
import type { PageView as PageViewModel } from '../services/page-service.js';
import type { TokenOverrideView as TokenOverrideViewModel } from '../services/token-service.js';
import type { TokenDraftView as TokenDraftViewModel, ThemeVersionView as ThemeVersionViewModel } from '../services/theme-drafts.js';
import type { TemplateView as TemplateViewModel } from '../services/template-service.js';
import type { PageVersion as PageVersionModel, Menu as MenuModel, MenuItem as MenuItemModel, MenuLink as MenuLinkModel, WebhookEndpoint as WebhookEndpointModel, WebhookDelivery as WebhookDeliveryModel } from '../entities/lifecycle.js';
import type { SiteLayoutView as SiteLayoutViewModel, SectionGroupView as SectionGroupViewModel, BrokenLink as BrokenLinkModel } from '../services/site-layout.js';
import type { PreviewLink as PreviewLinkModel } from '../services/publishing.js';
import type { PageTypeTemplateView as PageTypeTemplateViewModel } from '../services/page-types.js';
import type { ContentType as ContentTypeModel, ContentField as ContentFieldModel } from '../entities/content.js';
import type { EntryView as EntryViewModel } from '../services/content.js';
import type { OnboardingView as OnboardingViewModel, StarterSiteView as StarterSiteViewModel } from '../services/onboarding.js';
import type { SubgraphContext } from '../../../core/subgraph.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Arbitrary JSON: page component trees (`{ root, content: [{ type, props }] }`). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An asset owned by the assets subgraph, referenced by id (an entry's asset field). */
export type Asset = {
  __typename?: 'Asset';
  /** Stable identifier of the asset. */
  id: Scalars['ID']['output'];
};

/** A link of a site to something that does not exist: it renders as plain text until it is fixed. */
export type BrokenLink = {
  __typename?: 'BrokenLink';
  /** Where in the source: e.g. `content[2].props.cta.href` or `items[1].children[0]`. */
  at: Scalars['String']['output'];
  /** Stable per place: the same broken link keeps its id between reads. */
  id: Scalars['ID']['output'];
  /** The link's text, when it has one. */
  label?: Maybe<Scalars['String']['output']>;
  /** The page, when the link is on a page. */
  pageId?: Maybe<Scalars['ID']['output']>;
  /** Where the link is. */
  source: BrokenLinkSource;
  /** The page's path, the menu's handle or the section group's name (`header`, `footer`). */
  sourceName: Scalars['String']['output'];
  /** What it points at: the stored href, or `page:<id>` for a menu link to a page that is gone. */
  target: Scalars['String']['output'];
};

/** A list of broken links, in a stable order. */
export type BrokenLinkConnection = {
  __typename?: 'BrokenLinkConnection';
  /** The broken links in this slice. */
  edges: Array<BrokenLinkEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One broken link in a list. */
export type BrokenLinkEdge = {
  __typename?: 'BrokenLinkEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The broken link. */
  node: BrokenLink;
};

/** Where a broken link is. */
export type BrokenLinkSource =
  /** An item of a navigation menu. */
  | 'MENU'
  /** A component of a published page. */
  | 'PAGE'
  /** A component of a layout section group (header or footer). */
  | 'SECTION';

/**
 * What a visitor typed in the storefront's checkout form (field names as the form posts them), to show
 * again after a failed post. Every value is at most 254 characters; longer ones are cut.
 */
export type CheckoutFormValues = {
  /** The city. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The ISO 3166-1 alpha-2 country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The first address line. */
  line1?: InputMaybe<Scalars['String']['input']>;
  /** The second address line. */
  line2?: InputMaybe<Scalars['String']['input']>;
  /** The full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The phone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** The state or region. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** One field of a content type: its key, how it is shown, what it holds and how it is validated. */
export type ContentField = {
  __typename?: 'ContentField';
  /** The key entries store and filters name the value by (camelCase, unique in the type). */
  key: Scalars['String']['output'];
  /** The name editors see. */
  label: Scalars['String']['output'];
  /** Whether the field has a value per locale (falling back to the base value). */
  localized: Scalars['Boolean']['output'];
  /** Numbers: the largest value; text, rich text and slugs: the longest length. Null: no bound. */
  max?: Maybe<Scalars['Float']['output']>;
  /** Numbers: the smallest value; text, rich text and slugs: the shortest length. Null: no bound. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Select: the allowed values, in order. Null for other types. */
  options?: Maybe<Array<Scalars['String']['output']>>;
  /** Text and slugs: a regular expression values must match. Null: any. */
  pattern?: Maybe<Scalars['String']['output']>;
  /** Reference: the handle of the content type referenced entries are of. Null for other types. */
  referenceType?: Maybe<Scalars['String']['output']>;
  /** Whether every entry must have a (base) value. */
  required: Scalars['Boolean']['output'];
  /** The kind of value. */
  type: ContentFieldType;
  /** Whether no two entries of the type may have the same value. */
  unique: Scalars['Boolean']['output'];
};

/** A field of a content type, as createContentType and updateContentType take it. */
export type ContentFieldInput = {
  /** camelCase key, unique in the type (e.g. `publishedAt`). */
  key: Scalars['String']['input'];
  /** The name editors see (1–120 characters). */
  label: Scalars['String']['input'];
  /** Whether the field has a value per locale (default false). */
  localized?: InputMaybe<Scalars['Boolean']['input']>;
  /** Numbers: the largest value; text, rich text and slugs: the longest length. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Numbers: the smallest value; text, rich text and slugs: the shortest length. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Select: the allowed values (required for select fields). */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Text and slugs: a regular expression values must match (at most 200 characters). */
  pattern?: InputMaybe<Scalars['String']['input']>;
  /** Reference: the handle of the content type referenced entries are of (required for reference fields). */
  referenceType?: InputMaybe<Scalars['String']['input']>;
  /** Whether every entry must have a value (default false). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** The kind of value. */
  type: ContentFieldType;
  /** Whether values must differ between entries (text, number, date/time, select, slug; default false). */
  unique?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of value a content field holds. */
export type ContentFieldType =
  /** An asset of the tenant (an image, a file), by id. */
  | 'ASSET'
  /** True or false. */
  | 'BOOLEAN'
  /** An instant, ISO 8601 (stored in UTC). */
  | 'DATE_TIME'
  /** A number (integer or decimal). */
  | 'NUMBER'
  /** An entry of the content type named by `referenceType`, by id. */
  | 'REFERENCE'
  /** Rich text as Markdown source (at most 200,000 characters). */
  | 'RICH_TEXT'
  /** One of the field's options. */
  | 'SELECT'
  /** Lower-case words joined by `-`, e.g. `my-first-post`, for URLs. */
  | 'SLUG'
  /** Plain text (at most 10,000 characters). */
  | 'TEXT';

/** A tenant's model of one kind of content (blog post, FAQ, team member): its fields. Any of the tenant's sites can use its entries. */
export type ContentType = {
  __typename?: 'ContentType';
  /** When the type was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** What the type is for; null for none. */
  description?: Maybe<Scalars['String']['output']>;
  /** The fields, in order. */
  fields: Array<ContentField>;
  /** Unique per tenant and stable; `entries(type:)` names the type by it. */
  handle: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The name editors see. */
  name: Scalars['String']['output'];
  /** When the type last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented on every change; updateContentType's expectedVersion. */
  version: Scalars['Int']['output'];
};

/** A page of content types. */
export type ContentTypeConnection = {
  __typename?: 'ContentTypeConnection';
  /** The content types on this page. */
  edges: Array<ContentTypeEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** An edge in a ContentTypeConnection. */
export type ContentTypeEdge = {
  __typename?: 'ContentTypeEdge';
  /** Opaque cursor of this content type. */
  cursor: Scalars['String']['output'];
  /** The content type. */
  node: ContentType;
};

/** A new content type. */
export type CreateContentTypeInput = {
  /** What the type is for (at most 1,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The fields, in order (at most 100). */
  fields: Array<ContentFieldInput>;
  /** Unique per tenant: lower-case letters, digits, `-` and `_`, starting with a letter (at most 64). */
  handle: Scalars['String']['input'];
  /** The name editors see (1–120 characters). */
  name: Scalars['String']['input'];
};

/** A new entry's draft. */
export type CreateEntryInput = {
  /** The handle of the entry's content type. */
  type: Scalars['String']['input'];
  /** The base values by field key (JSON object); required fields must be present. */
  values: Scalars['JSON']['input'];
};

/** Fields of a new site. */
export type CreateSiteInput = {
  /** Display name. */
  name: Scalars['String']['input'];
};

/** A newly registered endpoint with its signing secret, shown only this once. */
export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** Verify `webhaze-signature` (t=<unix>,v1=<hex HMAC-SHA256 of "t.body">) with this secret. Store it now: it is never shown again. */
  signingSecret: Scalars['String']['output'];
};

/** One design token after merging every layer and resolving aliases. */
export type DesignToken = {
  __typename?: 'DesignToken';
  /** The CSS custom property that carries it, e.g. `--wh-color-brand-primary` (typography tokens add `-font-size` and friends). */
  cssVariable: Scalars['String']['output'];
  /** The token's description, when it has one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Dot path of the token, e.g. `color.brand.primary`. */
  path: Scalars['String']['output'];
  /** The W3C DTCG type: color, dimension, fontFamily, fontWeight, duration, cubicBezier, number, strokeStyle, border, transition, shadow, gradient or typography. */
  type: Scalars['String']['output'];
  /** The resolved value in DTCG JSON form (e.g. `{ colorSpace, components }`), every alias replaced. */
  value: Scalars['JSON']['output'];
};

/** The resolved design tokens of the request's tenant: global defaults < template defaults < tenant override < region override. */
export type DesignTokens = {
  __typename?: 'DesignTokens';
  /** A `:root { ... }` stylesheet with one custom property per token (several for typography), sorted by path. */
  css: Scalars['String']['output'];
  /** Every resolved token, sorted by path. */
  tokens: Array<DesignToken>;
};

/** An entry of a content type, as the reader asked: the published copy (or, for members asking `draft`, the draft), values resolved for a locale. Read values with the typed fields. */
export type Entry = {
  __typename?: 'Entry';
  /** An asset field's asset (its variants and srcset come from the assets subgraph); null when empty. */
  asset?: Maybe<Asset>;
  /** A boolean field's value; null when empty. */
  boolean?: Maybe<Scalars['Boolean']['output']>;
  /** The content type the entry is of. */
  contentType: ContentType;
  /** When the entry was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** A date/time field's value (ISO 8601, UTC); null when empty. */
  dateTime?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The locale the values were resolved for (localized fields fall back to the base value); null: base values. */
  locale?: Maybe<Scalars['String']['output']>;
  /** A number field's value; null when empty. */
  number?: Maybe<Scalars['Float']['output']>;
  /** When the live copy was published (ISO 8601); null when not published. */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** The version that is live; null when not published. */
  publishedVersion?: Maybe<Scalars['Int']['output']>;
  /** A reference field's entry, read like this one (published, or draft); null when empty or not visible. */
  reference?: Maybe<Entry>;
  /** Whether the entry has a published copy. */
  status: EntryStatus;
  /** A text, rich-text, slug or select field's value; null when empty. */
  text?: Maybe<Scalars['String']['output']>;
  /** When the entry last changed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Every value by field key, as stored (an escape hatch: prefer the typed fields). */
  values: Scalars['JSON']['output'];
  /** The draft's version: incremented on every save; updateEntry's expectedVersion. */
  version: Scalars['Int']['output'];
};


/** An entry of a content type, as the reader asked: the published copy (or, for members asking `draft`, the draft), values resolved for a locale. Read values with the typed fields. */
export type EntryAssetArgs = {
  field: Scalars['String']['input'];
};


/** An entry of a content type, as the reader asked: the published copy (or, for members asking `draft`, the draft), values resolved for a locale. Read values with the typed fields. */
export type EntryBooleanArgs = {
  field: Scalars['String']['input'];
};


/** An entry of a content type, as the reader asked: the published copy (or, for members asking `draft`, the draft), values resolved for a locale. Read values with the typed fields. */
export type EntryDateTimeArgs = {
  field: Scalars['String']['input'];
};


/** An entry of a content type, as the reader asked: the published copy (or, for members asking `draft`, the draft), values resolved for a locale. Read values with the typed fields. */
export type EntryNumberArgs = {
  field: Scalars['String']['input'];
};


/** An entry of a content type, as the reader asked: the published copy (or, for members asking `draft`, the draft), values resolved for a locale. Read values with the typed fields. */
export type EntryReferenceArgs = {
  field: Scalars['String']['input'];
};


/** An entry of a content type, as the reader asked: the published copy (or, for members asking `draft`, the draft), values resolved for a locale. Read values with the typed fields. */
export type EntryTextArgs = {
  field: Scalars['String']['input'];
};

/** A page of entries. */
export type EntryConnection = {
  __typename?: 'EntryConnection';
  /** The entries on this page. */
  edges: Array<EntryEdge>;
  /** Whether more follow, and the cursor to ask for them. */
  pageInfo: PageInfo;
};

/** An edge in an EntryConnection. */
export type EntryEdge = {
  __typename?: 'EntryEdge';
  /** Opaque cursor of this entry in this order. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: Entry;
};

/** A condition on one field's value; every operator given must hold. Values are given as the field stores them (numbers, ISO 8601 date-times, strings, ids). */
export type EntryFieldFilter = {
  /** Contains this text, ignoring case (text, rich-text and slug fields). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equal to this value. */
  eq?: InputMaybe<Scalars['JSON']['input']>;
  /** The field's key. */
  field: Scalars['String']['input'];
  /** Greater than (number and date/time fields). */
  gt?: InputMaybe<Scalars['JSON']['input']>;
  /** Greater than or equal (number and date/time fields). */
  gte?: InputMaybe<Scalars['JSON']['input']>;
  /** Equal to one of these values (1–100). */
  in?: InputMaybe<Array<Scalars['JSON']['input']>>;
  /** Less than (number and date/time fields). */
  lt?: InputMaybe<Scalars['JSON']['input']>;
  /** Less than or equal (number and date/time fields). */
  lte?: InputMaybe<Scalars['JSON']['input']>;
};

/** Sorting entries on a field's value; entries without a value come last. */
export type EntrySort = {
  /** Which way (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field's key (text, number, boolean, date/time, select or slug). */
  field: Scalars['String']['input'];
};

/** Whether an entry has a live copy. */
export type EntryStatus =
  /** Never published, or unpublished: only members see it. */
  | 'DRAFT'
  /** Has a published copy (its draft may have changed since: compare version and publishedVersion). */
  | 'PUBLISHED';

/** A navigation menu of a site, addressed by handle (`main`, `footer`). */
export type Menu = {
  __typename?: 'Menu';
  /** Lowercase handle, unique per site. */
  handle: Scalars['String']['output'];
  /** Stable identifier of the menu. */
  id: Scalars['ID']['output'];
  /** The top-level items. */
  items: Array<MenuItem>;
  /** The site it belongs to. */
  siteId: Scalars['ID']['output'];
  /** When it was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented on every save; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A list of menus. */
export type MenuConnection = {
  __typename?: 'MenuConnection';
  /** The menus in this slice. */
  edges: Array<MenuEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One menu in a list. */
export type MenuEdge = {
  __typename?: 'MenuEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The menu. */
  node: Menu;
};

/** A navigation menu item; items nest up to three levels. */
export type MenuItem = {
  __typename?: 'MenuItem';
  /** Nested items (empty at the third level). */
  children: Array<MenuItem>;
  /** Where it leads: a site path (`/about`), an anchor (`#top`), an http(s) URL, `mailto:` or `tel:`. For an item with a `link`, the path it had when the menu was saved (pages render at their current path). */
  href: Scalars['String']['output'];
  /** The text shown. */
  label: Scalars['String']['output'];
  /** The item's link by reference, when it has one (rendered at the target's current URL). */
  link?: Maybe<MenuLink>;
};

/** A navigation menu item to save. */
export type MenuItemInput = {
  /** Nested items, up to three levels in all. */
  children?: InputMaybe<Array<MenuItemInput>>;
  /** A site path (`/about`), an anchor (`#top`), an http(s) URL, `mailto:` or `tel:`; anything else is refused. Needed unless `link` is given. */
  href?: InputMaybe<Scalars['String']['input']>;
  /** The text shown (1 to 100 characters). */
  label: Scalars['String']['input'];
  /** A link by reference (a page, product, collection or page type) instead of `href`. */
  link?: InputMaybe<MenuLinkInput>;
};

/** A menu item's link by reference. */
export type MenuLink = {
  __typename?: 'MenuLink';
  /** What it points at. */
  kind: MenuLinkKind;
  /** The page (kind PAGE). */
  pageId?: Maybe<Scalars['ID']['output']>;
  /** The product's or collection's slug (kinds PRODUCT and COLLECTION). */
  slug?: Maybe<Scalars['String']['output']>;
};

/** A menu item's link by reference, to save. */
export type MenuLinkInput = {
  /** What it points at. */
  kind: MenuLinkKind;
  /** The page, for kind PAGE: a page of the menu's site. */
  pageId?: InputMaybe<Scalars['ID']['input']>;
  /** The slug, for kinds PRODUCT and COLLECTION (a-z, 0-9 and single dashes). */
  slug?: InputMaybe<Scalars['String']['input']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Registers an outbound webhook endpoint (https). The signing secret is returned once, here only. */
  addWebhookEndpoint: CreatedWebhookEndpoint;
  /**
   * Assigns one of the tenant's verified custom domains (auth `domains`) to a site: storefront requests
   * on that host then serve this site. `primary`: make it the site's primary domain (a site's first
   * domain always is). BAD_USER_INPUT (field `host`) for a host that is not a verified domain of the
   * tenant; CONFLICT when another site of the tenant has the host; NOT_FOUND for another tenant's site.
   */
  assignSiteDomain: Site;
  /** Queues the starter site's build again, after a failure or when it never started; CONFLICT while it is building, once built, or when the workspace has a site (settings:write). */
  buildStarterSite: Onboarding;
  /** Cancels a pending scheduled publish of the page. */
  cancelScheduledPublish: Page;
  /** Creates a content type (settings:write). */
  createContentType: ContentType;
  /** Creates a draft entry (content:write). */
  createEntry: Entry;
  /**
   * Creates a draft page from a template: its component tree is copied with `{{site.name}}`,
   * `{{page.title}}` and `{{page.path}}` filled in, and the page keeps the template's default design
   * tokens (under the tenant's overrides). BAD_USER_INPUT for an unknown template or an invalid
   * path/title; CONFLICT when the path is taken.
   */
  createPageFromTemplate: Page;
  /** A link that shows the page's draft (or one saved version) to anyone holding it, until it expires (at most 7 days). */
  createPreviewLink: PreviewLink;
  /** Creates a site. */
  createSite: Site;
  /**
   * A link showing one published page of the site as visitors see it, but with the tenant's theme draft
   * (read when the link is opened), until it expires (at most 7 days). BAD_USER_INPUT for a page that is not published.
   */
  createThemePreviewLink: PreviewLink;
  /**
   * Deletes a navigation menu of a site (needs content:write on the site): blocks that name its handle
   * then show no links until a menu with that handle is saved again. True when one was deleted, false
   * when the site has no menu with that handle. CONFLICT when `expectedVersion` is stale; NOT_FOUND for
   * another tenant's site.
   */
  deleteMenu: Scalars['Boolean']['output'];
  /**
   * Moves a page to the trash: visitors get a 404 (or a redirect) at once, the sitemap and cached
   * pages follow, and it no longer counts towards the plan's page limit; its path may be used by
   * another page. Everything is kept for `restorePage`. Needs content:publish as well when the page
   * is live. CONFLICT when `expectedVersion` is stale; NOT_FOUND for another tenant's page.
   */
  deletePage: Page;
  /** Deletes a translation (its region's visitors get the base content again). Needs content:publish when it is published. */
  deletePageTranslation: Scalars['Boolean']['output'];
  /** Drops one scope's draft (region null: the tenant-wide one); the published document stays. False when there was none. CONFLICT when `expectedVersion` is stale. */
  discardTokenDraft: Scalars['Boolean']['output'];
  /** Hides the checklist for the workspace; CONFLICT until the theme is customised, a page published and a domain connected (settings:write). */
  dismissOnboardingChecklist: Onboarding;
  /** Makes an entry's draft its live copy (content:publish). */
  publishEntry: Entry;
  /** Publishes the current draft; the sitemap is regenerated in the background. */
  publishPage: Page;
  /** Publishes a translation's current draft: visitors of regions with that locale get it. CONFLICT when `expectedVersion` is stale. */
  publishPageTranslation: PageTranslation;
  /**
   * Makes every token draft live at once as the next theme version and purges the cached pages.
   * `expectedVersion`: the newest published theme version you saw (0 before the first); another publish
   * meanwhile is a CONFLICT. BAD_USER_INPUT when there is no draft.
   */
  publishThemeDraft: ThemeVersion;
  /** Removes a webhook endpoint and its delivery records. True when one was removed. */
  removeWebhookEndpoint: Scalars['Boolean']['output'];
  /** Drops a site's template for a page type: the sample theme's default applies again. CONFLICT when `expectedVersion` is stale. */
  resetPageTypeTemplate: PageTypeTemplate;
  /** Resets both section groups of a site's layout to the theme's defaults. */
  resetSiteLayout: SiteLayout;
  /**
   * Takes a page out of the trash as it was: a page that was live goes live again (needs
   * content:publish then). CONFLICT (field `path`) when another page uses its path now: pass `path`
   * to restore it elsewhere. The plan's page limit applies. NOT_FOUND when the page is not in the
   * trash or is another tenant's.
   */
  restorePage: Page;
  /** Saves an old version's content as a new draft version; history is never rewritten. `expectedVersion`: the current version you saw. */
  restorePageVersion: Page;
  /**
   * Publishes a copy of an older theme version as the newest (history is append-only) and purges the
   * cached pages; drafts are kept. NOT_FOUND for a version the tenant does not have; CONFLICT when
   * `expectedVersion` (the newest version you saw) is stale.
   */
  rollBackTheme: ThemeVersion;
  /** Replaces a navigation menu of a site. `expectedVersion`: the version you edited (0 when none exists yet). */
  saveMenu: Menu;
  /** Saves a draft (creating the page when `id` is omitted). */
  savePage: Page;
  /** Saves a translation's draft (creating it for a new locale). CONFLICT when `expectedVersion` is stale. */
  savePageTranslation: PageTranslation;
  /** Saves a site's template for a storefront page type (needs content:write on the site). BAD_USER_INPUT names the tree path; CONFLICT when `expectedVersion` is stale. */
  savePageTypeTemplate: PageTypeTemplate;
  /**
   * Saves section groups of a site's layout. Each group is validated like a page tree (BAD_USER_INPUT
   * names the path, e.g. `header.content[0].props.menu`); the cached pages of the tenant are purged.
   */
  saveSiteLayout: SiteLayout;
  /**
   * Saves the draft design token document of one scope (region absent or null: the tenant-wide one).
   * Visitors keep seeing the published theme. Validated like `setTenantTokens` against the other
   * scopes' drafts (else their published documents): BAD_USER_INPUT names the token path.
   * `expectedVersion`: the draft version you edited (0 when there is no draft); a different one is a CONFLICT.
   */
  saveTokenDraft: TokenDraft;
  /** Publishes the page's current version at `at` (ISO 8601, in the future, within a year). Skipped if the page changes before then. */
  schedulePublish: Page;
  /** Makes a site the tenant's default: served on `/s/<tenant slug>/` and on hosts that map to no site. NOT_FOUND for another tenant's site. */
  setDefaultSite: Site;
  /**
   * Replaces one region's design token override. Validated like `setTenantTokens`, merged over the
   * tenant override.
   * @deprecated Goes live at once. Use saveTokenDraft(region:), preview with createThemePreviewLink, then publishThemeDraft (versioned, can be rolled back).
   */
  setRegionTokens: TokenOverride;
  /** Sets the site's favicon to one of the store's image assets (a square image works best), or with `assetId: null` back to the default. BAD_USER_INPUT (field `assetId`) when the store has no such asset; NOT_FOUND for another tenant's site. */
  setSiteFavicon: Site;
  /** Replaces a site's crawler settings (robots.txt). BAD_USER_INPUT names the offending path; NOT_FOUND for another tenant's site. */
  setSiteIndexing: SiteIndexing;
  /** Makes a domain assigned to the site its primary one. BAD_USER_INPUT (field `host`) when the site does not have the host. */
  setSitePrimaryDomain: Site;
  /**
   * Replaces the tenant-wide design token override (a W3C DTCG document). Refused with BAD_USER_INPUT,
   * naming the token path, when it does not match the token schema or does not resolve over the global
   * defaults and under each region override. `expectedVersion`: the version you edited (0 when none is
   * stored yet); a different stored version is a CONFLICT. Omit it to skip the check.
   * @deprecated Goes live at once. Use saveTokenDraft, preview with createThemePreviewLink, then publishThemeDraft (versioned, can be rolled back).
   */
  setTenantTokens: TokenOverride;
  /** Removes a domain from its site (the host then serves the default site); returns that site. NOT_FOUND when no site of the tenant has it. */
  unassignSiteDomain: Site;
  /** Takes an entry's live copy down; the draft stays (content:publish). */
  unpublishEntry: Entry;
  /** Takes a page offline: visitors get a 404 (or its redirect) until it is published again. */
  unpublishPage: Page;
  /** Changes a content type; refused with the entries it would break when they cannot satisfy it (settings:write). */
  updateContentType: ContentType;
  /** Saves an entry's draft values (content:write). */
  updateEntry: Entry;
};


export type MutationAddWebhookEndpointArgs = {
  events: Array<WebhookEventType>;
  url: Scalars['String']['input'];
};


export type MutationAssignSiteDomainArgs = {
  host: Scalars['String']['input'];
  primary?: InputMaybe<Scalars['Boolean']['input']>;
  siteId: Scalars['ID']['input'];
};


export type MutationBuildStarterSiteArgs = {
  businessName: Scalars['String']['input'];
};


export type MutationCancelScheduledPublishArgs = {
  pageId: Scalars['ID']['input'];
};


export type MutationCreateContentTypeArgs = {
  input: CreateContentTypeInput;
};


export type MutationCreateEntryArgs = {
  input: CreateEntryInput;
};


export type MutationCreatePageFromTemplateArgs = {
  path: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
  templateId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationCreatePreviewLinkArgs = {
  pageId: Scalars['ID']['input'];
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationCreateThemePreviewLinkArgs = {
  pageId: Scalars['ID']['input'];
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDeleteMenuArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  handle: Scalars['String']['input'];
  siteId: Scalars['ID']['input'];
};


export type MutationDeletePageArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationDeletePageTranslationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  locale: Scalars['String']['input'];
  pageId: Scalars['ID']['input'];
};


export type MutationDiscardTokenDraftArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPublishEntryArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationPublishPageArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationPublishPageTranslationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  locale: Scalars['String']['input'];
  pageId: Scalars['ID']['input'];
};


export type MutationPublishThemeDraftArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRemoveWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPageTypeTemplateArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  pageType: PageType;
  siteId: Scalars['ID']['input'];
};


export type MutationResetSiteLayoutArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  siteId: Scalars['ID']['input'];
};


export type MutationRestorePageArgs = {
  id: Scalars['ID']['input'];
  path?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRestorePageVersionArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  pageId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRollBackThemeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSaveMenuArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  handle: Scalars['String']['input'];
  items: Array<MenuItemInput>;
  siteId: Scalars['ID']['input'];
};


export type MutationSavePageArgs = {
  input: SavePageInput;
};


export type MutationSavePageTranslationArgs = {
  input: SavePageTranslationInput;
};


export type MutationSavePageTypeTemplateArgs = {
  input: SavePageTypeTemplateInput;
};


export type MutationSaveSiteLayoutArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: SiteLayoutInput;
  siteId: Scalars['ID']['input'];
};


export type MutationSaveTokenDraftArgs = {
  document: Scalars['JSON']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSchedulePublishArgs = {
  at: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  pageId: Scalars['ID']['input'];
};


export type MutationSetDefaultSiteArgs = {
  siteId: Scalars['ID']['input'];
};


export type MutationSetRegionTokensArgs = {
  document: Scalars['JSON']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['String']['input'];
};


export type MutationSetSiteFaviconArgs = {
  assetId?: InputMaybe<Scalars['ID']['input']>;
  siteId: Scalars['ID']['input'];
};


export type MutationSetSiteIndexingArgs = {
  input: SiteIndexingInput;
  siteId: Scalars['ID']['input'];
};


export type MutationSetSitePrimaryDomainArgs = {
  host: Scalars['String']['input'];
  siteId: Scalars['ID']['input'];
};


export type MutationSetTenantTokensArgs = {
  document: Scalars['JSON']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUnassignSiteDomainArgs = {
  host: Scalars['String']['input'];
};


export type MutationUnpublishEntryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnpublishPageArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateContentTypeArgs = {
  input: UpdateContentTypeInput;
};


export type MutationUpdateEntryArgs = {
  input: UpdateEntryInput;
};

/** A workspace's first steps: the starter site and the checklist. Each subgraph answers the facts it owns. */
export type Onboarding = {
  __typename?: 'Onboarding';
  /** When the checklist was dismissed (ISO 8601); null while it is shown. */
  dismissedAt?: Maybe<Scalars['String']['output']>;
  /** Checklist item "Connect a domain": a verified custom domain is assigned to one of the workspace's sites. */
  domainConnected: Scalars['Boolean']['output'];
  /** Checklist item "Publish": at least one page of the workspace is published. */
  sitePublished: Scalars['Boolean']['output'];
  /** The starter site's build. */
  starterSite: StarterSite;
  /** The workspace (tenant) this is about: always the request's tenant. */
  tenantId: Scalars['ID']['output'];
  /** Checklist item "Customise the theme": the workspace overrode a design token, a site's header or footer, or a page-type template. */
  themeCustomised: Scalars['Boolean']['output'];
};

/** A page of a site: a component tree with a draft and a published version. */
export type Page = {
  __typename?: 'Page';
  /**
   * The page's language versions for search engines (hreflang): one per tenant region whose locale has
   * a published translation (or is the default locale), absolute URLs on the region's host or the
   * site's host plus the region's path prefix, then `x-default` (the default region). Empty when the
   * page exists in one language only.
   */
  alternates: Array<PageAlternate>;
  /** The canonical URL of the page (absolute http(s)), when it differs from its own URL. */
  canonicalUrl?: Maybe<Scalars['String']['output']>;
  /**
   * What the page editor's canvas needs to draw the page as visitors see it: the document's stylesheet
   * (design tokens, font faces, component styles) and the site's header and footer section groups,
   * rendered. Readable wherever the page is (a draft only by editors with content:read).
   */
  canvas: PageCanvas;
  /**
   * The Content-Security-Policy header for `html`: 'sha256-' hashes of its inline scripts and the
   * Microsoft Clarity origins only when the page loads Clarity. Deterministic per page, tenant and policy.
   */
  contentSecurityPolicy: Scalars['String']['output'];
  /** When the page was moved to the trash (ISO 8601); null for a page that is not in the trash (see `trashedPages`). */
  deletedAt?: Maybe<Scalars['String']['output']>;
  /** Products featured on the page, resolved by the commerce subgraph. */
  featuredProducts: Array<Product>;
  /** The page rendered to a complete HTML document, with the site's layout (header and footer section groups) around its content. */
  html: Scalars['String']['output'];
  /** Stable identifier of the page. */
  id: Scalars['ID']['output'];
  /**
   * The locale of the translation this page shows (the request region's locale, see `translation`);
   * null when it shows the base content, written in the tenant's default locale.
   */
  locale?: Maybe<Scalars['String']['output']>;
  /** The asset shown in link previews (Open Graph image). */
  ogImageAssetId?: Maybe<Scalars['ID']['output']>;
  /** URL path, starting with `/`. */
  path: Scalars['String']['output'];
  /** When the page was last published (ISO 8601). */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Why the last scheduled publish did or did not happen, e.g. skipped because the page changed. */
  scheduleNote?: Maybe<Scalars['String']['output']>;
  /** When a scheduled publish of the current version will happen (ISO 8601); null when none is pending. */
  scheduledAt?: Maybe<Scalars['String']['output']>;
  /** Meta description for search engines and link previews. */
  seoDescription?: Maybe<Scalars['String']['output']>;
  /** Title for search engines and link previews; the page title when null. */
  seoTitle?: Maybe<Scalars['String']['output']>;
  /** The site the page belongs to. */
  site: Site;
  /** Whether the page is live. */
  status: PageStatus;
  /** The template the page was created from (see `templates`); its default design tokens apply to the page. Null for pages built from scratch. */
  templateId?: Maybe<Scalars['ID']['output']>;
  /** Title used in the document head and navigation. */
  title: Scalars['String']['output'];
  /** One translation by BCP 47 locale (exact match, canonical case), null when there is none (or it is unpublished and you may not read drafts). */
  translation?: Maybe<PageTranslation>;
  /** The page's translations: drafts and all for editors reading drafts (content:read), published ones otherwise. */
  translations: Array<PageTranslation>;
  /** Component tree: the published tree for visitors, the draft for editors reading drafts. */
  tree: Scalars['JSON']['output'];
  /** When the draft was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented on every save; pass it back as `expectedVersion` to avoid overwriting newer work. */
  version: Scalars['Int']['output'];
  /** Every saved version of the page, newest first (editors only: needs content:read). */
  versions: PageVersionConnection;
};


/** A page of a site: a component tree with a draft and a published version. */
export type PageContentSecurityPolicyArgs = {
  base?: InputMaybe<Scalars['String']['input']>;
};


/** A page of a site: a component tree with a draft and a published version. */
export type PageHtmlArgs = {
  base?: InputMaybe<Scalars['String']['input']>;
};


/** A page of a site: a component tree with a draft and a published version. */
export type PageTranslationArgs = {
  locale: Scalars['String']['input'];
};


/** A page of a site: a component tree with a draft and a published version. */
export type PageVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One language version of a page, for `<link rel="alternate" hreflang>`. */
export type PageAlternate = {
  __typename?: 'PageAlternate';
  /** BCP 47 language tag of that version (a region's locale), or `x-default`. */
  hreflang: Scalars['String']['output'];
  /** Absolute URL of that version. */
  url: Scalars['String']['output'];
};

/** The surroundings of a page for the editor's canvas, rendered as for visitors (see `Page.canvas`). */
export type PageCanvas = {
  __typename?: 'PageCanvas';
  /** The page document's stylesheet: resolved design tokens with the font faces they declare, then the component styles. */
  css: Scalars['String']['output'];
  /** The site's footer section group rendered to HTML; empty when the site has none. */
  footer: Scalars['String']['output'];
  /** The site's header section group rendered to HTML; empty when the site has none. */
  header: Scalars['String']['output'];
};

/** A list of pages. */
export type PageConnection = {
  __typename?: 'PageConnection';
  /** The pages in this slice. */
  edges: Array<PageEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One page in a list. */
export type PageEdge = {
  __typename?: 'PageEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The page. */
  node: Page;
};

/** Cursor pagination details, shared by every connection in the graph. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Whether a page's latest content is live. */
export type PageStatus =
  /** Never published; only editors see it. */
  | 'DRAFT'
  /** Live; visitors see the published version. */
  | 'PUBLISHED';

/** A page's content in one more locale: it overlays the title, SEO fields and component tree, with its own draft and published state. */
export type PageTranslation = {
  __typename?: 'PageTranslation';
  /** BCP 47 language tag, canonical case (e.g. `de-DE`). */
  locale: Scalars['String']['output'];
  /** When the translation was last published (ISO 8601). */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** Meta description for search engines and link previews. */
  seoDescription?: Maybe<Scalars['String']['output']>;
  /** Title for search engines; the translation's title when null. */
  seoTitle?: Maybe<Scalars['String']['output']>;
  /** PUBLISHED once a version of the translation is live (later drafts keep it live), DRAFT before. */
  status: PageStatus;
  /** Title: the draft for editors reading drafts, the published title otherwise. */
  title: Scalars['String']['output'];
  /** Component tree: the draft for editors reading drafts, the published tree otherwise. */
  tree: Scalars['JSON']['output'];
  /** When the draft was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented on every save; pass it back as `expectedVersion` to avoid overwriting newer work. */
  version: Scalars['Int']['output'];
};

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

/** The template a site renders a storefront page type with: the site's override, else the sample theme's default. */
export type PageTypeTemplate = {
  __typename?: 'PageTypeTemplate';
  /** True when the site has no override and the sample theme's default applies. */
  isDefault: Scalars['Boolean']['output'];
  /** The page type. */
  pageType: PageType;
  /** The site the template is for. */
  siteId: Scalars['ID']['output'];
  /** Component tree (`{ root: { props }, content: [{ type, props }] }`), validated like a page's; the page type's binding component is allowed here only. */
  tree: Scalars['JSON']['output'];
  /** When the override was last saved (ISO 8601); null while the default applies. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  /** The override's version: pass it back as `expectedVersion`. 0 while the default applies. */
  version: Scalars['Int']['output'];
};

/** One saved state of a page. Versions are immutable: a restore saves a new version. */
export type PageVersion = {
  __typename?: 'PageVersion';
  /** When it was saved (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Who saved it: `user:<id>`, `apiKey:<id>` or `internal:<service>`; null for versions older than the history. */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The path at that version. */
  path: Scalars['String']['output'];
  /** The title at that version. */
  title: Scalars['String']['output'];
  /** The component tree at that version. */
  tree: Scalars['JSON']['output'];
  /** The version number (the page's `version` right after that save). */
  version: Scalars['Int']['output'];
};

/** A list of page versions, newest first. */
export type PageVersionConnection = {
  __typename?: 'PageVersionConnection';
  /** The versions in this slice. */
  edges: Array<PageVersionEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One version in a list. */
export type PageVersionEdge = {
  __typename?: 'PageVersionEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: PageVersion;
};

/** A shareable draft preview link. */
export type PreviewLink = {
  __typename?: 'PreviewLink';
  /** When the link stops working (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** The URL to open: `<public URL>/preview/<token>`. */
  url: Scalars['String']['output'];
};

/** A product owned by the commerce subgraph, referenced by id. */
export type Product = {
  __typename?: 'Product';
  /** Stable identifier of the product. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A content type by handle; null if the tenant has none (content:read). */
  contentType?: Maybe<ContentType>;
  /** The tenant's content types (content:read). */
  contentTypes: ContentTypeConnection;
  /** The resolved design tokens for the request's tenant and a region (default: the request's region). */
  designTokens: DesignTokens;
  /** A page with its draft tree, for editors. */
  draftPage?: Maybe<Page>;
  /** Entries of a content type: published ones (with `draft`, every entry's draft, for members with content:read), filtered, sorted and in a locale. */
  entries: EntryConnection;
  /** An entry by id: published (or, with `draft`, for members with content:read, its draft); null if not visible. */
  entry?: Maybe<Entry>;
  /** One navigation menu of a site by handle (default site: as for `menus`); null when the site has none with that handle. */
  menu?: Maybe<Menu>;
  /** Navigation menus of a site (default: the site the request's host maps to, else the tenant's default site), by handle. */
  menus: MenuConnection;
  /** The request tenant's onboarding: starter site and checklist (content:read). */
  onboarding?: Maybe<Onboarding>;
  /** A published page of the request's tenant by path (visitors and headless frontends), of `siteId` or else of the site the request's host maps to, else of the tenant's default site. Null when absent. */
  page?: Maybe<Page>;
  /** A site's template per storefront page type, in PageType order (default: the site the request's host maps to, else the tenant's default site). */
  pageTypeTemplates: Array<PageTypeTemplate>;
  /** The structural difference between two saved versions of a page: title, path, SEO and components by index path (JSON). */
  pageVersionDiff: Scalars['JSON']['output'];
  /**
   * The design tokens as they would resolve if `document` were saved, for the editor's live preview:
   * the tenant-wide override (or, with `region`, that region's override, merged over the stored
   * tenant one) is replaced by the unsaved document. Validated exactly like `setTenantTokens` /
   * `setRegionTokens` (BAD_USER_INPUT naming the token path); nothing is stored.
   */
  previewDesignTokens: DesignTokens;
  /** A page's draft (or pinned version) by preview token, for the gateway's `/preview/<token>` route. Null when the token is invalid, expired or of another tenant. */
  previewPage?: Maybe<Page>;
  /** Where an old path of the request tenant's site (default: the site the request's host maps to, else the default site) now lives, when the page moved. Null when there is no redirect. */
  redirect?: Maybe<Redirect>;
  /**
   * Full-text search over the published pages of `siteId`, else of the site the request's host maps
   * to, else of the tenant's default site (what a visitor sees, whoever asks): title, SEO title and
   * description, and the text of the components, in the language of the request region's locale.
   * Best match first (ties in a stable order); the last word also matches as a prefix. Each page is
   * searched and shown as `page(path)` shows it (the request locale's published translation, else the
   * base content).
   */
  searchPages: PageConnection;
  /**
   * The site's links that lead nowhere (a page path with no published page or redirect, a menu link
   * to a page that is gone), on its published pages, in its menus and in its layout's section groups.
   * They render as plain text until fixed. Default site: the one the request's host maps to, else the
   * tenant's default site. Links to products and collections are not checked here.
   */
  siteBrokenLinks: BrokenLinkConnection;
  /** Crawler settings of a site of the request tenant (default: the site the request's host maps to, else the tenant's default site), for the storefront's `/robots.txt` and `/sitemap.xml`. Null when there is no such site. */
  siteIndexing?: Maybe<SiteIndexing>;
  /** The layout of a site (default: the site the request's host maps to, else the tenant's default site): the section groups rendered around every page. Null when there is no such site. */
  siteLayout?: Maybe<SiteLayout>;
  /** The tenant's sites. */
  sites: SiteConnection;
  /**
   * The storefront's rendering entry for one visitor path of the request's site (the site the host
   * maps to, else the default site): a published page at `path`; else `/products/<slug>`,
   * `/collections/<slug>` or `/collections/all` rendered from the site's page-type template with that
   * data; `/cart`, `/checkout` (a redirect to `/cart?error=CART_EMPTY` when the cart is empty) and
   * `/orders` (with `orderToken`) from the visitor's tokens, personal documents marked `noindex`;
   * `/search` (query `q`) with the products and pages found, marked `noindex`; else a redirect of a moved page; else the 404 template with status 404. Every link of the
   * document is built under `base`.
   */
  storefrontDocument: StorefrontDocument;
  /** The page templates new pages can start from, sorted by id. */
  templates: Array<Template>;
  /** The tenant's stored design token overrides: the tenant-wide one first, then regions. */
  tenantTokenOverrides: Array<TokenOverride>;
  /** The tenant's published theme versions, newest first (the first is live). */
  themeVersions: ThemeVersionConnection;
  /** The tenant's theme drafts (ADR 0059): the tenant-wide one first, then regions. Empty when the published theme has no pending changes. */
  tokenDrafts: Array<TokenDraft>;
  /**
   * The pages in the trash (deleted with `deletePage`, not restored), of `siteId` or of every site of
   * the tenant, in a stable order. Each shows its draft, its path and `deletedAt`. NOT_FOUND for
   * another tenant's site.
   */
  trashedPages: PageConnection;
  /** The tenant's outbound webhook endpoints (secrets are never shown again). */
  webhookEndpoints: WebhookEndpointConnection;
};


export type QueryContentTypeArgs = {
  handle: Scalars['String']['input'];
};


export type QueryContentTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryDesignTokensArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDraftPageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Array<EntryFieldFilter>>;
  first?: Scalars['Int']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<EntrySort>;
  type: Scalars['String']['input'];
};


export type QueryEntryArgs = {
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMenuArgs = {
  handle: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMenusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPageArgs = {
  path: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPageTypeTemplatesArgs = {
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPageVersionDiffArgs = {
  from: Scalars['Int']['input'];
  pageId: Scalars['ID']['input'];
  to: Scalars['Int']['input'];
};


export type QueryPreviewDesignTokensArgs = {
  document: Scalars['JSON']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewPageArgs = {
  token: Scalars['String']['input'];
};


export type QueryRedirectArgs = {
  path: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySiteBrokenLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySiteIndexingArgs = {
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySiteLayoutArgs = {
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStorefrontDocumentArgs = {
  base: Scalars['String']['input'];
  cartToken?: InputMaybe<Scalars['String']['input']>;
  checkoutValues?: InputMaybe<CheckoutFormValues>;
  invalidCheckoutFields?: InputMaybe<Array<Scalars['String']['input']>>;
  notice?: InputMaybe<Scalars['String']['input']>;
  orderToken?: InputMaybe<Scalars['String']['input']>;
  path: Scalars['String']['input'];
  payment?: InputMaybe<StorefrontPaymentInput>;
  query?: InputMaybe<Scalars['String']['input']>;
};


export type QueryThemeVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrashedPagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A moved page's old path and where it lives now. */
export type Redirect = {
  __typename?: 'Redirect';
  /** The HTTP status to answer with (301: moved permanently). */
  status: Scalars['Int']['output'];
  /** The path to go to instead, on the same site. */
  to: Scalars['String']['output'];
};

/** A draft save. Without `id` a new page is created. */
export type SavePageInput = {
  /** Canonical URL: an absolute http(s) URL without credentials; omit to keep, null to clear. */
  canonicalUrl?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; a newer stored version makes the save a CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Ids of products to feature. */
  featuredProductIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The page to update; omit to create a page. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Open Graph image asset id; omit to keep, null to clear. */
  ogImageAssetId?: InputMaybe<Scalars['ID']['input']>;
  /** URL path starting with `/`: lowercase letters, digits, hyphens and slashes. */
  path: Scalars['String']['input'];
  /** Meta description (at most 320 characters); omit to keep, null to clear. */
  seoDescription?: InputMaybe<Scalars['String']['input']>;
  /** Title for search engines (at most 70 characters); omit to keep, null to clear. */
  seoTitle?: InputMaybe<Scalars['String']['input']>;
  /** Site for a new page; defaults to the site the request's host maps to, else the tenant's default site. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Page title. */
  title: Scalars['String']['input'];
  /** Component tree `{ root: { props }, content: [{ type, props }] }`. */
  tree: Scalars['JSON']['input'];
};

/** A translation draft save: creates the page's translation for the locale or replaces its draft. */
export type SavePageTranslationInput = {
  /** The version you edited (0 when the translation does not exist yet); a different stored version makes the save a CONFLICT. Omit to skip the check. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** BCP 47 language tag (language, optional script and region), e.g. `de` or `de-AT`; stored in canonical case. */
  locale: Scalars['String']['input'];
  /** The page translated. */
  pageId: Scalars['ID']['input'];
  /** Meta description (at most 320 characters); null for none. */
  seoDescription?: InputMaybe<Scalars['String']['input']>;
  /** Title for search engines (at most 70 characters); null for none. */
  seoTitle?: InputMaybe<Scalars['String']['input']>;
  /** Translated title. */
  title: Scalars['String']['input'];
  /** Translated component tree, validated like a page's (`{ root: { props }, content: [{ type, props }] }`). */
  tree: Scalars['JSON']['input'];
};

/** A save of a site's template for a page type (live at once: page-type templates have no drafts and do not count as pages). */
export type SavePageTypeTemplateInput = {
  /** The version you edited (0: the default); CONFLICT when the stored one differs. Omit to overwrite. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The page type. */
  pageType: PageType;
  /** The site. */
  siteId: Scalars['ID']['input'];
  /** Component tree, validated like a page's; a binding component (ProductDetail, CollectionProducts) only in its own page type. */
  tree: Scalars['JSON']['input'];
};

/** One section group of a site's layout: components like a page's, rendered around every page. */
export type SectionGroup = {
  __typename?: 'SectionGroup';
  /** The group's components, like a page tree's `content`: `[{ type, props }]` (e.g. `AnnouncementBar`, `SiteHeader`, `SiteFooter`). */
  content: Scalars['JSON']['output'];
  /** True when the site has not saved this group: the sample theme's default applies. */
  isDefault: Scalars['Boolean']['output'];
};

/** A website of a tenant. A tenant may run several sites. */
export type Site = {
  __typename?: 'Site';
  /** The tenant's verified custom domains assigned to this site (at most 50), the primary first, then by host. */
  domains: Array<SiteDomain>;
  /** The image asset shown as the site's favicon; null when the storefront draws the default (the brand colour with the site name's initial). */
  faviconAssetId?: Maybe<Scalars['ID']['output']>;
  /** Stable identifier of the site. */
  id: Scalars['ID']['output'];
  /** How search engines may crawl the site: its robots.txt settings and sitemap URL. */
  indexing: SiteIndexing;
  /** Whether this is the tenant's default site, served on `/s/<tenant slug>/` and on hosts that map to no site. */
  isDefault: Scalars['Boolean']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The site's pages, newest first. */
  pages: PageConnection;
  /** The site's primary custom domain (see `domains`): its sitemap, robots.txt and hreflang URLs use it. Null when the site has no domain. */
  primaryHost?: Maybe<Scalars['String']['output']>;
};


/** A website of a tenant. A tenant may run several sites. */
export type SitePagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A list of sites. */
export type SiteConnection = {
  __typename?: 'SiteConnection';
  /** The sites in this slice. */
  edges: Array<SiteEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** A verified custom domain of the tenant, assigned to one of its sites: requests on that host are served that site. */
export type SiteDomain = {
  __typename?: 'SiteDomain';
  /** When the domain was assigned to the site (ISO 8601). */
  assignedAt: Scalars['String']['output'];
  /** The host name, lowercase, e.g. `shop.example.com`. */
  host: Scalars['String']['output'];
  /** Whether this is the site's primary domain (exactly one per site that has domains). */
  isPrimary: Scalars['Boolean']['output'];
};

/** One site in a list. */
export type SiteEdge = {
  __typename?: 'SiteEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The site. */
  node: Site;
};

/**
 * A site's crawler settings. The storefront serves `/robots.txt` and `/sitemap.xml` per site from them:
 * robots.txt names the sitemap, disallows the listed paths (and `/preview/`), or the whole site when
 * indexing is discouraged; the sitemap is regenerated on every publish, unpublish and move.
 */
export type SiteIndexing = {
  __typename?: 'SiteIndexing';
  /** Further site paths robots.txt disallows, in order (`*` wildcards and a final `$` allowed). */
  disallowPaths: Array<Scalars['String']['output']>;
  /** True when robots.txt disallows the whole site (e.g. a staging site); no sitemap is advertised then. */
  discourageIndexing: Scalars['Boolean']['output'];
  /** The site these settings belong to. */
  siteId: Scalars['ID']['output'];
  /** The absolute URL of the site's sitemap, under the site's base URL (its primary host, else `<PUBLIC_URL>/s/<tenant slug>`). */
  sitemapUrl: Scalars['String']['output'];
  /** When the settings last changed (ISO 8601); the site's creation until then. */
  updatedAt: Scalars['String']['output'];
};

/** New crawler settings of a site (both fields replace the stored ones). */
export type SiteIndexingInput = {
  /** Site paths to disallow (at most 100, each starting with `/`, at most 200 characters, URL path characters, `*` and a final `$`). */
  disallowPaths: Array<Scalars['String']['input']>;
  /** Disallow the whole site in robots.txt (staging sites). */
  discourageIndexing: Scalars['Boolean']['input'];
};

/** A site's layout: the section groups rendered before and after every page's content. */
export type SiteLayout = {
  __typename?: 'SiteLayout';
  /** Rendered after `<main>`: the site footer. */
  footer: SectionGroup;
  /** Rendered before `<main>`: the announcement bar and the site header. */
  header: SectionGroup;
  /** The site. */
  siteId: Scalars['ID']['output'];
  /** When the layout was last saved (ISO 8601); null before the first save. */
  updatedAt?: Maybe<Scalars['String']['output']>;
  /** Incremented on every save; 0 before the first. Pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** Section groups to save; an omitted group is kept, null resets it to the theme's default. */
export type SiteLayoutInput = {
  /** The footer group `{ content: [...] }`, validated like a page tree; null for the theme's default. */
  footer?: InputMaybe<Scalars['JSON']['input']>;
  /** The header group `{ content: [...] }`, validated like a page tree; null for the theme's default. */
  header?: InputMaybe<Scalars['JSON']['input']>;
};

/** Which way a sort runs. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** The job that builds a new workspace's starter site from the sample theme, and what it built. */
export type StarterSite = {
  __typename?: 'StarterSite';
  /** When the build finished (ISO 8601); null until then. */
  completedAt?: Maybe<Scalars['String']['output']>;
  /** Why the last attempt failed; null unless `status` is FAILED. */
  error?: Maybe<Scalars['String']['output']>;
  /** The starter site's home page (a draft until the owner publishes it); null until it exists. */
  homePageId?: Maybe<Scalars['ID']['output']>;
  /** The site it built (named after the business); null until it exists. */
  siteId?: Maybe<Scalars['ID']['output']>;
  /** Where the build is. */
  status: StarterSiteStatus;
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

/** What the storefront sends a visitor for one path: a rendered document, or a redirect. */
export type StorefrontDocument = {
  __typename?: 'StorefrontDocument';
  /** The Content-Security-Policy header for `html`; null for a redirect. */
  contentSecurityPolicy?: Maybe<Scalars['String']['output']>;
  /** The complete HTML document; null for a redirect. */
  html?: Maybe<Scalars['String']['output']>;
  /** Where a moved page now lives (a path of the same site, without the base); null otherwise. */
  redirect?: Maybe<Redirect>;
  /** HTTP status: 200, or 404 for the 404 template (an unknown path, product or collection). */
  status: Scalars['Int']['output'];
};

/**
 * An order's payment as the payment page shows it (commerce `checkoutPayment`): what Stripe.js needs to
 * mount the Payment Element, and the amount.
 */
export type StorefrontPaymentInput = {
  /** The amount charged, in minor units. */
  amount: Scalars['Int']['input'];
  /** The PaymentIntent's client secret. */
  clientSecret: Scalars['String']['input'];
  /** ISO 4217 currency of the amount. */
  currency: Scalars['String']['input'];
  /** The order's number as its buyer sees it. */
  orderDisplayNumber: Scalars['String']['input'];
  /** The platform's publishable key; null: card payments are not configured (the page says so). */
  publishableKey?: InputMaybe<Scalars['String']['input']>;
  /** The store's connected Stripe account. */
  stripeAccount: Scalars['String']['input'];
};

/** A page template: a component tree (Puck data) with placeholders, plus its own default design tokens. */
export type Template = {
  __typename?: 'Template';
  /** What the template is for. */
  description: Scalars['String']['output'];
  /** Stable identifier, e.g. `landing`. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The design tokens a page made from this template gets: global defaults < this template's defaults < the request tenant's overrides (region: the request's). */
  previewTokens: DesignTokens;
};

/**
 * One published theme: every design token override of the tenant as it went live. Versions are never
 * changed; a rollback publishes a copy of an older one as the newest.
 */
export type ThemeVersion = {
  __typename?: 'ThemeVersion';
  /** The published overrides: the tenant-wide one first, then regions by code. */
  overrides: Array<ThemeVersionOverride>;
  /** When it went live (ISO 8601). */
  publishedAt: Scalars['String']['output'];
  /** Who published it: `user:<id>`, `apiKey:<id>` or `internal:<service>`. */
  publishedBy: Scalars['String']['output'];
  /** The version a rollback copied; null for a publish (or a direct override write). */
  restoredFrom?: Maybe<Scalars['Int']['output']>;
  /** 1, 2, 3, ... per tenant; the newest is what visitors see. */
  version: Scalars['Int']['output'];
};

/** Published theme versions, newest first. */
export type ThemeVersionConnection = {
  __typename?: 'ThemeVersionConnection';
  /** The versions in this slice. */
  edges: Array<ThemeVersionEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One theme version in a list. */
export type ThemeVersionEdge = {
  __typename?: 'ThemeVersionEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: ThemeVersion;
};

/** One scope's published design token document in a theme version. */
export type ThemeVersionOverride = {
  __typename?: 'ThemeVersionOverride';
  /** The W3C DTCG token document that was live. */
  document: Scalars['JSON']['output'];
  /** The region code for a region override; null for the tenant-wide one. */
  region?: Maybe<Scalars['String']['output']>;
  /** `tenant` or `region:<code>`. */
  scope: Scalars['String']['output'];
};

/**
 * A draft design token document of one scope (ADR 0059): never seen by visitors; theme preview links
 * render it, and `publishThemeDraft` makes every draft live at once.
 */
export type TokenDraft = {
  __typename?: 'TokenDraft';
  /** The W3C DTCG token document of the draft (the whole document of its scope, not a difference). */
  document: Scalars['JSON']['output'];
  /** The region code for a region draft; null for the tenant-wide one. */
  region?: Maybe<Scalars['String']['output']>;
  /** `tenant` for the tenant-wide draft, `region:<code>` for one region's. */
  scope: Scalars['String']['output'];
  /** When the draft was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Who saved it last: `user:<id>`, `apiKey:<id>` or `internal:<service>`. */
  updatedBy: Scalars['String']['output'];
  /** Incremented on every draft save; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A tenant's stored design token override. */
export type TokenOverride = {
  __typename?: 'TokenOverride';
  /** The W3C DTCG token document as stored. */
  document: Scalars['JSON']['output'];
  /** The region code for a region override; null for the tenant-wide one. */
  region?: Maybe<Scalars['String']['output']>;
  /** `tenant` for the tenant-wide override, `region:<code>` for one region's. */
  scope: Scalars['String']['output'];
  /** When the override was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented on every save; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A content type's new name, description and fields. A change the stored entries cannot satisfy is refused (CONFLICT, reason MODEL_CHANGE_BREAKS_ENTRIES) with the entries it would break. */
export type UpdateContentTypeInput = {
  /** What the type is for (at most 1,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you edited; a different stored version makes the change a CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The complete new field list, in order. */
  fields: Array<ContentFieldInput>;
  /** The handle of the type to change (handles do not change). */
  handle: Scalars['String']['input'];
  /** The name editors see (1–120 characters). */
  name: Scalars['String']['input'];
};

/** New draft values of an entry (replacing the previous ones of the same locale). */
export type UpdateEntryInput = {
  /** The version you edited; a different stored version makes the save a CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The entry. */
  id: Scalars['ID']['input'];
  /** A BCP 47 locale: the values are that locale's; omit for the base values. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** The values by field key (JSON object): with `locale`, only localized fields. */
  values: Scalars['JSON']['input'];
};

/** One event sent to one endpoint. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event happened (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The event id (header `webhaze-event-id`), the same for every endpoint and every retry. */
  eventId: Scalars['ID']['output'];
  /** The event type. */
  eventType: WebhookEventType;
  /** Stable identifier of the delivery. */
  id: Scalars['ID']['output'];
  /** The last error, when the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The receiver's last HTTP status, when it answered. */
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** `PENDING` until the first attempt, then `DELIVERED` or `FAILED` (the queue retries failures with backoff). */
  status: Scalars['String']['output'];
};

/** A list of webhook deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries in this slice. */
  edges: Array<WebhookDeliveryEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One delivery in a list. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where WebHaze POSTs signed event notifications for a tenant. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** When it was registered (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Deliveries to it (one per event), in opaque cursor order. */
  deliveries: WebhookDeliveryConnection;
  /** The events sent to it. */
  events: Array<WebhookEventType>;
  /** Stable identifier of the endpoint. */
  id: Scalars['ID']['output'];
  /** The receiver URL. */
  url: Scalars['String']['output'];
};


/** Where WebHaze POSTs signed event notifications for a tenant. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A list of webhook endpoints. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The endpoints in this slice. */
  edges: Array<WebhookEndpointEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One webhook endpoint in a list. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The endpoint. */
  node: WebhookEndpoint;
};

/** Events an outbound webhook endpoint can receive. */
export type WebhookEventType =
  /** A page was published (sent as `page.published`). */
  | 'PAGE_PUBLISHED'
  /** A page was taken offline (sent as `page.unpublished`). */
  | 'PAGE_UNPUBLISHED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Onboarding: Onboarding;
  Page: Page;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Onboarding:
    ( { __typename: 'Onboarding' }
    & GraphQLRecursivePick<FederationTypes['Onboarding'], {"tenantId":true}> );
  Page:
    ( { __typename: 'Page' }
    & GraphQLRecursivePick<FederationTypes['Page'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Asset: ResolverTypeWrapper<Asset>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BrokenLink: ResolverTypeWrapper<BrokenLinkModel>;
  BrokenLinkConnection: ResolverTypeWrapper<Omit<BrokenLinkConnection, 'edges'> & { edges: Array<ResolversTypes['BrokenLinkEdge']> }>;
  BrokenLinkEdge: ResolverTypeWrapper<Omit<BrokenLinkEdge, 'node'> & { node: ResolversTypes['BrokenLink'] }>;
  BrokenLinkSource: BrokenLinkSource;
  CheckoutFormValues: CheckoutFormValues;
  ContentField: ResolverTypeWrapper<ContentFieldModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ContentFieldInput: ContentFieldInput;
  ContentFieldType: ContentFieldType;
  ContentType: ResolverTypeWrapper<ContentTypeModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ContentTypeConnection: ResolverTypeWrapper<Omit<ContentTypeConnection, 'edges'> & { edges: Array<ResolversTypes['ContentTypeEdge']> }>;
  ContentTypeEdge: ResolverTypeWrapper<Omit<ContentTypeEdge, 'node'> & { node: ResolversTypes['ContentType'] }>;
  CreateContentTypeInput: CreateContentTypeInput;
  CreateEntryInput: CreateEntryInput;
  CreateSiteInput: CreateSiteInput;
  CreatedWebhookEndpoint: ResolverTypeWrapper<Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  DesignToken: ResolverTypeWrapper<DesignToken>;
  DesignTokens: ResolverTypeWrapper<DesignTokens>;
  Entry: ResolverTypeWrapper<EntryViewModel>;
  EntryConnection: ResolverTypeWrapper<Omit<EntryConnection, 'edges'> & { edges: Array<ResolversTypes['EntryEdge']> }>;
  EntryEdge: ResolverTypeWrapper<Omit<EntryEdge, 'node'> & { node: ResolversTypes['Entry'] }>;
  EntryFieldFilter: EntryFieldFilter;
  EntrySort: EntrySort;
  EntryStatus: EntryStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Menu: ResolverTypeWrapper<MenuModel>;
  MenuConnection: ResolverTypeWrapper<Omit<MenuConnection, 'edges'> & { edges: Array<ResolversTypes['MenuEdge']> }>;
  MenuEdge: ResolverTypeWrapper<Omit<MenuEdge, 'node'> & { node: ResolversTypes['Menu'] }>;
  MenuItem: ResolverTypeWrapper<MenuItemModel>;
  MenuItemInput: MenuItemInput;
  MenuLink: ResolverTypeWrapper<MenuLinkModel>;
  MenuLinkInput: MenuLinkInput;
  MenuLinkKind: MenuLinkKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Onboarding: ResolverTypeWrapper<OnboardingViewModel>;
  Page: ResolverTypeWrapper<PageViewModel>;
  PageAlternate: ResolverTypeWrapper<PageAlternate>;
  PageCanvas: ResolverTypeWrapper<PageCanvas>;
  PageConnection: ResolverTypeWrapper<Omit<PageConnection, 'edges'> & { edges: Array<ResolversTypes['PageEdge']> }>;
  PageEdge: ResolverTypeWrapper<Omit<PageEdge, 'node'> & { node: ResolversTypes['Page'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PageStatus: PageStatus;
  PageTranslation: ResolverTypeWrapper<PageTranslation>;
  PageType: PageType;
  PageTypeTemplate: ResolverTypeWrapper<PageTypeTemplateViewModel>;
  PageVersion: ResolverTypeWrapper<PageVersionModel>;
  PageVersionConnection: ResolverTypeWrapper<Omit<PageVersionConnection, 'edges'> & { edges: Array<ResolversTypes['PageVersionEdge']> }>;
  PageVersionEdge: ResolverTypeWrapper<Omit<PageVersionEdge, 'node'> & { node: ResolversTypes['PageVersion'] }>;
  PreviewLink: ResolverTypeWrapper<PreviewLinkModel>;
  Product: ResolverTypeWrapper<Product>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Redirect: ResolverTypeWrapper<Redirect>;
  SavePageInput: SavePageInput;
  SavePageTranslationInput: SavePageTranslationInput;
  SavePageTypeTemplateInput: SavePageTypeTemplateInput;
  SectionGroup: ResolverTypeWrapper<SectionGroupViewModel>;
  Site: ResolverTypeWrapper<SiteModel>;
  SiteConnection: ResolverTypeWrapper<Omit<SiteConnection, 'edges'> & { edges: Array<ResolversTypes['SiteEdge']> }>;
  SiteDomain: ResolverTypeWrapper<SiteDomain>;
  SiteEdge: ResolverTypeWrapper<Omit<SiteEdge, 'node'> & { node: ResolversTypes['Site'] }>;
  SiteIndexing: ResolverTypeWrapper<SiteIndexing>;
  SiteIndexingInput: SiteIndexingInput;
  SiteLayout: ResolverTypeWrapper<SiteLayoutViewModel>;
  SiteLayoutInput: SiteLayoutInput;
  SortDirection: SortDirection;
  StarterSite: ResolverTypeWrapper<StarterSiteViewModel>;
  StarterSiteStatus: StarterSiteStatus;
  StorefrontDocument: ResolverTypeWrapper<StorefrontDocument>;
  StorefrontPaymentInput: StorefrontPaymentInput;
  Template: ResolverTypeWrapper<TemplateViewModel>;
  ThemeVersion: ResolverTypeWrapper<ThemeVersionViewModel>;
  ThemeVersionConnection: ResolverTypeWrapper<Omit<ThemeVersionConnection, 'edges'> & { edges: Array<ResolversTypes['ThemeVersionEdge']> }>;
  ThemeVersionEdge: ResolverTypeWrapper<Omit<ThemeVersionEdge, 'node'> & { node: ResolversTypes['ThemeVersion'] }>;
  ThemeVersionOverride: ResolverTypeWrapper<ThemeVersionOverride>;
  TokenDraft: ResolverTypeWrapper<TokenDraftViewModel>;
  TokenOverride: ResolverTypeWrapper<TokenOverrideViewModel>;
  UpdateContentTypeInput: UpdateContentTypeInput;
  UpdateEntryInput: UpdateEntryInput;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryModel>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointModel>;
  WebhookEndpointConnection: ResolverTypeWrapper<Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']> }>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEventType: WebhookEventType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Asset: Asset;
  ID: Scalars['ID']['output'];
  BrokenLink: BrokenLinkModel;
  BrokenLinkConnection: Omit<BrokenLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['BrokenLinkEdge']> };
  BrokenLinkEdge: Omit<BrokenLinkEdge, 'node'> & { node: ResolversParentTypes['BrokenLink'] };
  CheckoutFormValues: CheckoutFormValues;
  ContentField: ContentFieldModel;
  Float: Scalars['Float']['output'];
  ContentFieldInput: ContentFieldInput;
  ContentType: ContentTypeModel;
  Int: Scalars['Int']['output'];
  ContentTypeConnection: Omit<ContentTypeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContentTypeEdge']> };
  ContentTypeEdge: Omit<ContentTypeEdge, 'node'> & { node: ResolversParentTypes['ContentType'] };
  CreateContentTypeInput: CreateContentTypeInput;
  CreateEntryInput: CreateEntryInput;
  CreateSiteInput: CreateSiteInput;
  CreatedWebhookEndpoint: Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  DesignToken: DesignToken;
  DesignTokens: DesignTokens;
  Entry: EntryViewModel;
  EntryConnection: Omit<EntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntryEdge']> };
  EntryEdge: Omit<EntryEdge, 'node'> & { node: ResolversParentTypes['Entry'] };
  EntryFieldFilter: EntryFieldFilter;
  EntrySort: EntrySort;
  JSON: Scalars['JSON']['output'];
  Menu: MenuModel;
  MenuConnection: Omit<MenuConnection, 'edges'> & { edges: Array<ResolversParentTypes['MenuEdge']> };
  MenuEdge: Omit<MenuEdge, 'node'> & { node: ResolversParentTypes['Menu'] };
  MenuItem: MenuItemModel;
  MenuItemInput: MenuItemInput;
  MenuLink: MenuLinkModel;
  MenuLinkInput: MenuLinkInput;
  Mutation: Record<PropertyKey, never>;
  Onboarding: OnboardingViewModel;
  Page: PageViewModel;
  PageAlternate: PageAlternate;
  PageCanvas: PageCanvas;
  PageConnection: Omit<PageConnection, 'edges'> & { edges: Array<ResolversParentTypes['PageEdge']> };
  PageEdge: Omit<PageEdge, 'node'> & { node: ResolversParentTypes['Page'] };
  PageInfo: PageInfo;
  PageTranslation: PageTranslation;
  PageTypeTemplate: PageTypeTemplateViewModel;
  PageVersion: PageVersionModel;
  PageVersionConnection: Omit<PageVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PageVersionEdge']> };
  PageVersionEdge: Omit<PageVersionEdge, 'node'> & { node: ResolversParentTypes['PageVersion'] };
  PreviewLink: PreviewLinkModel;
  Product: Product;
  Query: Record<PropertyKey, never>;
  Redirect: Redirect;
  SavePageInput: SavePageInput;
  SavePageTranslationInput: SavePageTranslationInput;
  SavePageTypeTemplateInput: SavePageTypeTemplateInput;
  SectionGroup: SectionGroupViewModel;
  Site: SiteModel;
  SiteConnection: Omit<SiteConnection, 'edges'> & { edges: Array<ResolversParentTypes['SiteEdge']> };
  SiteDomain: SiteDomain;
  SiteEdge: Omit<SiteEdge, 'node'> & { node: ResolversParentTypes['Site'] };
  SiteIndexing: SiteIndexing;
  SiteIndexingInput: SiteIndexingInput;
  SiteLayout: SiteLayoutViewModel;
  SiteLayoutInput: SiteLayoutInput;
  StarterSite: StarterSiteViewModel;
  StorefrontDocument: StorefrontDocument;
  StorefrontPaymentInput: StorefrontPaymentInput;
  Template: TemplateViewModel;
  ThemeVersion: ThemeVersionViewModel;
  ThemeVersionConnection: Omit<ThemeVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThemeVersionEdge']> };
  ThemeVersionEdge: Omit<ThemeVersionEdge, 'node'> & { node: ResolversParentTypes['ThemeVersion'] };
  ThemeVersionOverride: ThemeVersionOverride;
  TokenDraft: TokenDraftViewModel;
  TokenOverride: TokenOverrideViewModel;
  UpdateContentTypeInput: UpdateContentTypeInput;
  UpdateEntryInput: UpdateEntryInput;
  WebhookDelivery: WebhookDeliveryModel;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEndpoint: WebhookEndpointModel;
  WebhookEndpointConnection: Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']> };
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Scalars['String']['input']>;
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type BrokenLinkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['BrokenLink'] = ResolversParentTypes['BrokenLink']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['BrokenLinkSource'], ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BrokenLinkConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['BrokenLinkConnection'] = ResolversParentTypes['BrokenLinkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BrokenLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BrokenLinkEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['BrokenLinkEdge'] = ResolversParentTypes['BrokenLinkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BrokenLink'], ParentType, ContextType>;
}>;

export type ContentFieldResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContentField'] = ResolversParentTypes['ContentField']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  localized?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  options?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  pattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referenceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ContentFieldType'], ParentType, ContextType>;
  unique?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ContentTypeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContentType'] = ResolversParentTypes['ContentType']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['ContentField']>, ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContentTypeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContentTypeConnection'] = ResolversParentTypes['ContentTypeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContentTypeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ContentTypeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ContentTypeEdge'] = ResolversParentTypes['ContentTypeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContentType'], ParentType, ContextType>;
}>;

export type CreatedWebhookEndpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreatedWebhookEndpoint'] = ResolversParentTypes['CreatedWebhookEndpoint']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  signingSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DesignTokenResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DesignToken'] = ResolversParentTypes['DesignToken']> = ResolversObject<{
  cssVariable?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type DesignTokensResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DesignTokens'] = ResolversParentTypes['DesignTokens']> = ResolversObject<{
  css?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['DesignToken']>, ParentType, ContextType>;
}>;

export type EntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Entry'] = ResolversParentTypes['Entry']> = ResolversObject<{
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType, RequireFields<EntryAssetArgs, 'field'>>;
  boolean?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<EntryBooleanArgs, 'field'>>;
  contentType?: Resolver<ResolversTypes['ContentType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EntryDateTimeArgs, 'field'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType, RequireFields<EntryNumberArgs, 'field'>>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['Entry']>, ParentType, ContextType, RequireFields<EntryReferenceArgs, 'field'>>;
  status?: Resolver<ResolversTypes['EntryStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EntryTextArgs, 'field'>>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EntryConnection'] = ResolversParentTypes['EntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type EntryEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EntryEdge'] = ResolversParentTypes['EntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entry'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MenuResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Menu'] = ResolversParentTypes['Menu']> = ResolversObject<{
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MenuItem']>, ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MenuConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MenuConnection'] = ResolversParentTypes['MenuConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MenuEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MenuEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MenuEdge'] = ResolversParentTypes['MenuEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Menu'], ParentType, ContextType>;
}>;

export type MenuItemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MenuItem'] = ResolversParentTypes['MenuItem']> = ResolversObject<{
  children?: Resolver<Array<ResolversTypes['MenuItem']>, ParentType, ContextType>;
  href?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['MenuLink']>, ParentType, ContextType>;
}>;

export type MenuLinkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MenuLink'] = ResolversParentTypes['MenuLink']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['MenuLinkKind'], ParentType, ContextType>;
  pageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  slug?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addWebhookEndpoint?: Resolver<ResolversTypes['CreatedWebhookEndpoint'], ParentType, ContextType, RequireFields<MutationAddWebhookEndpointArgs, 'events' | 'url'>>;
  assignSiteDomain?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationAssignSiteDomainArgs, 'host' | 'primary' | 'siteId'>>;
  buildStarterSite?: Resolver<ResolversTypes['Onboarding'], ParentType, ContextType, RequireFields<MutationBuildStarterSiteArgs, 'businessName'>>;
  cancelScheduledPublish?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationCancelScheduledPublishArgs, 'pageId'>>;
  createContentType?: Resolver<ResolversTypes['ContentType'], ParentType, ContextType, RequireFields<MutationCreateContentTypeArgs, 'input'>>;
  createEntry?: Resolver<ResolversTypes['Entry'], ParentType, ContextType, RequireFields<MutationCreateEntryArgs, 'input'>>;
  createPageFromTemplate?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationCreatePageFromTemplateArgs, 'path' | 'templateId' | 'title'>>;
  createPreviewLink?: Resolver<ResolversTypes['PreviewLink'], ParentType, ContextType, RequireFields<MutationCreatePreviewLinkArgs, 'pageId' | 'ttlSeconds'>>;
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  createThemePreviewLink?: Resolver<ResolversTypes['PreviewLink'], ParentType, ContextType, RequireFields<MutationCreateThemePreviewLinkArgs, 'pageId' | 'ttlSeconds'>>;
  deleteMenu?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteMenuArgs, 'handle' | 'siteId'>>;
  deletePage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationDeletePageArgs, 'id'>>;
  deletePageTranslation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeletePageTranslationArgs, 'locale' | 'pageId'>>;
  discardTokenDraft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<MutationDiscardTokenDraftArgs>>;
  dismissOnboardingChecklist?: Resolver<ResolversTypes['Onboarding'], ParentType, ContextType>;
  publishEntry?: Resolver<ResolversTypes['Entry'], ParentType, ContextType, RequireFields<MutationPublishEntryArgs, 'id'>>;
  publishPage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationPublishPageArgs, 'id'>>;
  publishPageTranslation?: Resolver<ResolversTypes['PageTranslation'], ParentType, ContextType, RequireFields<MutationPublishPageTranslationArgs, 'locale' | 'pageId'>>;
  publishThemeDraft?: Resolver<ResolversTypes['ThemeVersion'], ParentType, ContextType, Partial<MutationPublishThemeDraftArgs>>;
  removeWebhookEndpoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveWebhookEndpointArgs, 'id'>>;
  resetPageTypeTemplate?: Resolver<ResolversTypes['PageTypeTemplate'], ParentType, ContextType, RequireFields<MutationResetPageTypeTemplateArgs, 'pageType' | 'siteId'>>;
  resetSiteLayout?: Resolver<ResolversTypes['SiteLayout'], ParentType, ContextType, RequireFields<MutationResetSiteLayoutArgs, 'siteId'>>;
  restorePage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationRestorePageArgs, 'id'>>;
  restorePageVersion?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationRestorePageVersionArgs, 'pageId' | 'version'>>;
  rollBackTheme?: Resolver<ResolversTypes['ThemeVersion'], ParentType, ContextType, RequireFields<MutationRollBackThemeArgs, 'version'>>;
  saveMenu?: Resolver<ResolversTypes['Menu'], ParentType, ContextType, RequireFields<MutationSaveMenuArgs, 'handle' | 'items' | 'siteId'>>;
  savePage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationSavePageArgs, 'input'>>;
  savePageTranslation?: Resolver<ResolversTypes['PageTranslation'], ParentType, ContextType, RequireFields<MutationSavePageTranslationArgs, 'input'>>;
  savePageTypeTemplate?: Resolver<ResolversTypes['PageTypeTemplate'], ParentType, ContextType, RequireFields<MutationSavePageTypeTemplateArgs, 'input'>>;
  saveSiteLayout?: Resolver<ResolversTypes['SiteLayout'], ParentType, ContextType, RequireFields<MutationSaveSiteLayoutArgs, 'input' | 'siteId'>>;
  saveTokenDraft?: Resolver<ResolversTypes['TokenDraft'], ParentType, ContextType, RequireFields<MutationSaveTokenDraftArgs, 'document'>>;
  schedulePublish?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationSchedulePublishArgs, 'at' | 'pageId'>>;
  setDefaultSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationSetDefaultSiteArgs, 'siteId'>>;
  setRegionTokens?: Resolver<ResolversTypes['TokenOverride'], ParentType, ContextType, RequireFields<MutationSetRegionTokensArgs, 'document' | 'region'>>;
  setSiteFavicon?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationSetSiteFaviconArgs, 'siteId'>>;
  setSiteIndexing?: Resolver<ResolversTypes['SiteIndexing'], ParentType, ContextType, RequireFields<MutationSetSiteIndexingArgs, 'input' | 'siteId'>>;
  setSitePrimaryDomain?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationSetSitePrimaryDomainArgs, 'host' | 'siteId'>>;
  setTenantTokens?: Resolver<ResolversTypes['TokenOverride'], ParentType, ContextType, RequireFields<MutationSetTenantTokensArgs, 'document'>>;
  unassignSiteDomain?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationUnassignSiteDomainArgs, 'host'>>;
  unpublishEntry?: Resolver<ResolversTypes['Entry'], ParentType, ContextType, RequireFields<MutationUnpublishEntryArgs, 'id'>>;
  unpublishPage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationUnpublishPageArgs, 'id'>>;
  updateContentType?: Resolver<ResolversTypes['ContentType'], ParentType, ContextType, RequireFields<MutationUpdateContentTypeArgs, 'input'>>;
  updateEntry?: Resolver<ResolversTypes['Entry'], ParentType, ContextType, RequireFields<MutationUpdateEntryArgs, 'input'>>;
}>;

export type OnboardingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Onboarding'] = ResolversParentTypes['Onboarding'], FederationReferenceType extends FederationReferenceTypes['Onboarding'] = FederationReferenceTypes['Onboarding']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Onboarding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dismissedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domainConnected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sitePublished?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  starterSite?: Resolver<ResolversTypes['StarterSite'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  themeCustomised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page'], FederationReferenceType extends FederationReferenceTypes['Page'] = FederationReferenceTypes['Page']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Page']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alternates?: Resolver<Array<ResolversTypes['PageAlternate']>, ParentType, ContextType>;
  canonicalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canvas?: Resolver<ResolversTypes['PageCanvas'], ParentType, ContextType>;
  contentSecurityPolicy?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PageContentSecurityPolicyArgs>>;
  deletedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  featuredProducts?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<PageHtmlArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ogImageAssetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scheduleNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scheduledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seoDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seoTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PageStatus'], ParentType, ContextType>;
  templateId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translation?: Resolver<Maybe<ResolversTypes['PageTranslation']>, ParentType, ContextType, RequireFields<PageTranslationArgs, 'locale'>>;
  translations?: Resolver<Array<ResolversTypes['PageTranslation']>, ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['PageVersionConnection'], ParentType, ContextType, RequireFields<PageVersionsArgs, 'first'>>;
}>;

export type PageAlternateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageAlternate'] = ResolversParentTypes['PageAlternate']> = ResolversObject<{
  hreflang?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageCanvasResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageCanvas'] = ResolversParentTypes['PageCanvas']> = ResolversObject<{
  css?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  footer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  header?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageConnection'] = ResolversParentTypes['PageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PageEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageEdge'] = ResolversParentTypes['PageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Page'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PageTranslationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageTranslation'] = ResolversParentTypes['PageTranslation']> = ResolversObject<{
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seoDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seoTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PageStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageTypeTemplateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageTypeTemplate'] = ResolversParentTypes['PageTypeTemplate']> = ResolversObject<{
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pageType?: Resolver<ResolversTypes['PageType'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageVersion'] = ResolversParentTypes['PageVersion']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageVersionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageVersionConnection'] = ResolversParentTypes['PageVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PageVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PageVersionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageVersionEdge'] = ResolversParentTypes['PageVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PageVersion'], ParentType, ContextType>;
}>;

export type PreviewLinkResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PreviewLink'] = ResolversParentTypes['PreviewLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  contentType?: Resolver<Maybe<ResolversTypes['ContentType']>, ParentType, ContextType, RequireFields<QueryContentTypeArgs, 'handle'>>;
  contentTypes?: Resolver<ResolversTypes['ContentTypeConnection'], ParentType, ContextType, RequireFields<QueryContentTypesArgs, 'first'>>;
  designTokens?: Resolver<ResolversTypes['DesignTokens'], ParentType, ContextType, Partial<QueryDesignTokensArgs>>;
  draftPage?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryDraftPageArgs, 'id'>>;
  entries?: Resolver<ResolversTypes['EntryConnection'], ParentType, ContextType, RequireFields<QueryEntriesArgs, 'draft' | 'first' | 'type'>>;
  entry?: Resolver<Maybe<ResolversTypes['Entry']>, ParentType, ContextType, RequireFields<QueryEntryArgs, 'draft' | 'id'>>;
  menu?: Resolver<Maybe<ResolversTypes['Menu']>, ParentType, ContextType, RequireFields<QueryMenuArgs, 'handle'>>;
  menus?: Resolver<ResolversTypes['MenuConnection'], ParentType, ContextType, RequireFields<QueryMenusArgs, 'first'>>;
  onboarding?: Resolver<Maybe<ResolversTypes['Onboarding']>, ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryPageArgs, 'path'>>;
  pageTypeTemplates?: Resolver<Array<ResolversTypes['PageTypeTemplate']>, ParentType, ContextType, Partial<QueryPageTypeTemplatesArgs>>;
  pageVersionDiff?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, RequireFields<QueryPageVersionDiffArgs, 'from' | 'pageId' | 'to'>>;
  previewDesignTokens?: Resolver<ResolversTypes['DesignTokens'], ParentType, ContextType, RequireFields<QueryPreviewDesignTokensArgs, 'document'>>;
  previewPage?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryPreviewPageArgs, 'token'>>;
  redirect?: Resolver<Maybe<ResolversTypes['Redirect']>, ParentType, ContextType, RequireFields<QueryRedirectArgs, 'path'>>;
  searchPages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, RequireFields<QuerySearchPagesArgs, 'first' | 'query'>>;
  siteBrokenLinks?: Resolver<ResolversTypes['BrokenLinkConnection'], ParentType, ContextType, RequireFields<QuerySiteBrokenLinksArgs, 'first'>>;
  siteIndexing?: Resolver<Maybe<ResolversTypes['SiteIndexing']>, ParentType, ContextType, Partial<QuerySiteIndexingArgs>>;
  siteLayout?: Resolver<Maybe<ResolversTypes['SiteLayout']>, ParentType, ContextType, Partial<QuerySiteLayoutArgs>>;
  sites?: Resolver<ResolversTypes['SiteConnection'], ParentType, ContextType, RequireFields<QuerySitesArgs, 'first'>>;
  storefrontDocument?: Resolver<ResolversTypes['StorefrontDocument'], ParentType, ContextType, RequireFields<QueryStorefrontDocumentArgs, 'base' | 'path'>>;
  templates?: Resolver<Array<ResolversTypes['Template']>, ParentType, ContextType>;
  tenantTokenOverrides?: Resolver<Array<ResolversTypes['TokenOverride']>, ParentType, ContextType>;
  themeVersions?: Resolver<ResolversTypes['ThemeVersionConnection'], ParentType, ContextType, RequireFields<QueryThemeVersionsArgs, 'first'>>;
  tokenDrafts?: Resolver<Array<ResolversTypes['TokenDraft']>, ParentType, ContextType>;
  trashedPages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, RequireFields<QueryTrashedPagesArgs, 'first'>>;
  webhookEndpoints?: Resolver<ResolversTypes['WebhookEndpointConnection'], ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'first'>>;
}>;

export type RedirectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Redirect'] = ResolversParentTypes['Redirect']> = ResolversObject<{
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SectionGroupResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SectionGroup'] = ResolversParentTypes['SectionGroup']> = ResolversObject<{
  content?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  domains?: Resolver<Array<ResolversTypes['SiteDomain']>, ParentType, ContextType>;
  faviconAssetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indexing?: Resolver<ResolversTypes['SiteIndexing'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, RequireFields<SitePagesArgs, 'first'>>;
  primaryHost?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SiteConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SiteConnection'] = ResolversParentTypes['SiteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SiteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SiteDomainResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SiteDomain'] = ResolversParentTypes['SiteDomain']> = ResolversObject<{
  assignedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SiteEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SiteEdge'] = ResolversParentTypes['SiteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
}>;

export type SiteIndexingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SiteIndexing'] = ResolversParentTypes['SiteIndexing']> = ResolversObject<{
  disallowPaths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  discourageIndexing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sitemapUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SiteLayoutResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SiteLayout'] = ResolversParentTypes['SiteLayout']> = ResolversObject<{
  footer?: Resolver<ResolversTypes['SectionGroup'], ParentType, ContextType>;
  header?: Resolver<ResolversTypes['SectionGroup'], ParentType, ContextType>;
  siteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StarterSiteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StarterSite'] = ResolversParentTypes['StarterSite']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  homePageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  siteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StarterSiteStatus'], ParentType, ContextType>;
}>;

export type StorefrontDocumentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StorefrontDocument'] = ResolversParentTypes['StorefrontDocument']> = ResolversObject<{
  contentSecurityPolicy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  html?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  redirect?: Resolver<Maybe<ResolversTypes['Redirect']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TemplateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Template'] = ResolversParentTypes['Template']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previewTokens?: Resolver<ResolversTypes['DesignTokens'], ParentType, ContextType>;
}>;

export type ThemeVersionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ThemeVersion'] = ResolversParentTypes['ThemeVersion']> = ResolversObject<{
  overrides?: Resolver<Array<ResolversTypes['ThemeVersionOverride']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restoredFrom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ThemeVersionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ThemeVersionConnection'] = ResolversParentTypes['ThemeVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ThemeVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ThemeVersionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ThemeVersionEdge'] = ResolversParentTypes['ThemeVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ThemeVersion'], ParentType, ContextType>;
}>;

export type ThemeVersionOverrideResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ThemeVersionOverride'] = ResolversParentTypes['ThemeVersionOverride']> = ResolversObject<{
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TokenDraftResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TokenDraft'] = ResolversParentTypes['TokenDraft']> = ResolversObject<{
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TokenOverrideResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TokenOverride'] = ResolversParentTypes['TokenOverride']> = ResolversObject<{
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['WebhookEventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookEndpointDeliveriesArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookEndpointConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WebhookEndpointEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Asset?: AssetResolvers<ContextType>;
  BrokenLink?: BrokenLinkResolvers<ContextType>;
  BrokenLinkConnection?: BrokenLinkConnectionResolvers<ContextType>;
  BrokenLinkEdge?: BrokenLinkEdgeResolvers<ContextType>;
  ContentField?: ContentFieldResolvers<ContextType>;
  ContentType?: ContentTypeResolvers<ContextType>;
  ContentTypeConnection?: ContentTypeConnectionResolvers<ContextType>;
  ContentTypeEdge?: ContentTypeEdgeResolvers<ContextType>;
  CreatedWebhookEndpoint?: CreatedWebhookEndpointResolvers<ContextType>;
  DesignToken?: DesignTokenResolvers<ContextType>;
  DesignTokens?: DesignTokensResolvers<ContextType>;
  Entry?: EntryResolvers<ContextType>;
  EntryConnection?: EntryConnectionResolvers<ContextType>;
  EntryEdge?: EntryEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Menu?: MenuResolvers<ContextType>;
  MenuConnection?: MenuConnectionResolvers<ContextType>;
  MenuEdge?: MenuEdgeResolvers<ContextType>;
  MenuItem?: MenuItemResolvers<ContextType>;
  MenuLink?: MenuLinkResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Onboarding?: OnboardingResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageAlternate?: PageAlternateResolvers<ContextType>;
  PageCanvas?: PageCanvasResolvers<ContextType>;
  PageConnection?: PageConnectionResolvers<ContextType>;
  PageEdge?: PageEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PageTranslation?: PageTranslationResolvers<ContextType>;
  PageTypeTemplate?: PageTypeTemplateResolvers<ContextType>;
  PageVersion?: PageVersionResolvers<ContextType>;
  PageVersionConnection?: PageVersionConnectionResolvers<ContextType>;
  PageVersionEdge?: PageVersionEdgeResolvers<ContextType>;
  PreviewLink?: PreviewLinkResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redirect?: RedirectResolvers<ContextType>;
  SectionGroup?: SectionGroupResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SiteConnection?: SiteConnectionResolvers<ContextType>;
  SiteDomain?: SiteDomainResolvers<ContextType>;
  SiteEdge?: SiteEdgeResolvers<ContextType>;
  SiteIndexing?: SiteIndexingResolvers<ContextType>;
  SiteLayout?: SiteLayoutResolvers<ContextType>;
  StarterSite?: StarterSiteResolvers<ContextType>;
  StorefrontDocument?: StorefrontDocumentResolvers<ContextType>;
  Template?: TemplateResolvers<ContextType>;
  ThemeVersion?: ThemeVersionResolvers<ContextType>;
  ThemeVersionConnection?: ThemeVersionConnectionResolvers<ContextType>;
  ThemeVersionEdge?: ThemeVersionEdgeResolvers<ContextType>;
  ThemeVersionOverride?: ThemeVersionOverrideResolvers<ContextType>;
  TokenDraft?: TokenDraftResolvers<ContextType>;
  TokenOverride?: TokenOverrideResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
