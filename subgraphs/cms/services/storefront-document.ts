import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput } from '../../../core/errors.js';
import { decodeRankedCursor } from '../../../core/search.js';
import {
  CHECKOUT_FIELDS,
  type CollectionDataInput,
  type CollectionSort,
  paymentData,
  type SearchDataInput,
  SORTS,
} from '../../../templates/components/store/data.js';
import { fill, isReasonKey, messagesFor } from '../../../templates/components/store/messages.js';
import { PAGE_TYPE_PATHS } from '../../../templates/links.js';
import type { PageTypeName } from '../../../templates/page-types.js';
import type { NavigationService } from './navigation.js';
import { type DocumentRenderer, renderBase } from './page-renderer.js';
import type { PageService } from './page-service.js';
import type { PageTypeService } from './page-types.js';
import type { TenantRenderCache } from './render-cache.js';
import { servedSite } from './site-domains.js';

/** What the storefront edge sends a visitor for one path: a rendered document or a redirect. */
export interface StorefrontDocument {
  status: 200 | 404;
  html: string | null;
  contentSecurityPolicy: string | null;
  redirect: { to: string; status: number } | null;
}

/** The visitor's secrets and last failure, for the cart, checkout and order documents. */
export interface VisitorDocumentInput {
  /** The visitor's cart token (their cookie); null: no cart. Never logged. */
  cartToken: string | null;
  /** The order's access token; null: none. Never logged. */
  orderToken: string | null;
  /** A reason key (messages.ts REASONS) of the last failed form; unknown keys are explained as a general failure. */
  notice: string | null;
  /** What the visitor typed in the checkout form (shown again after a failed post); null: nothing. */
  checkoutValues?: Readonly<Record<string, string | null | undefined>> | null;
  /** Checkout fields found missing or invalid after a failed post (form names); null: none. */
  invalidCheckoutFields?: readonly string[] | null;
  /** The order's payment (commerce `checkoutPayment`, read by the edge), for `/checkout/pay`. Secret. */
  payment?: StorefrontPaymentInput | null;
}

/** An order's payment as the edge passes it (GraphQL `StorefrontPaymentInput`). */
export interface StorefrontPaymentInput {
  clientSecret: string;
  stripeAccount: string;
  publishableKey?: string | null;
  amount: number;
  currency: string;
  orderDisplayNumber: string;
}

const NO_VISITOR: VisitorDocumentInput = { cartToken: null, orderToken: null, notice: null };
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/** Alpha-2 codes Intl names that are not places one ships to (unions, pseudo-locales, the unknown region). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);
let everyCountry: string[] | undefined;

/** Every ISO 3166-1 alpha-2 code Intl knows a name of: the checkout's list when a region names no countries. */
function allCountries(): string[] {
  if (everyCountry) return everyCountry;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Deprecated codes (DD, UK, ZR...) canonicalise to their successor: only the current code is kept.
      const current = new Intl.Locale(`und-${code}`).region === code;
      if (current && !NOT_COUNTRIES.has(code) && names.of(code) !== undefined) out.push(code);
    }
  }
  everyCountry = out;
  return out;
}

/**
 * The checkout's countries: the region's (every country when it names none), named in the page's
 * locale (`DE` → `Deutschland` in `de`) and sorted as that language sorts them.
 */
export function countriesIn(codes: readonly string[], locale: string): { code: string; name: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  } catch {
    names = null;
  }
  const given = codes.length ? codes : allCountries();
  return [...new Set(given.map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{2}$/.test(c)))]
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The checkout form's values as strings of at most 254 characters, without empty ones. */
function valuesOf(values: Readonly<Record<string, string | null | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) => (typeof v === 'string' && v ? [[k, v.slice(0, 254)]] : [])),
  );
}

/** Each known invalid field's problem: `required` when the visitor left it empty, else `invalid`. */
function fieldProblems(
  fields: readonly string[],
  values: Readonly<Record<string, string | null | undefined>>,
): Record<string, 'required' | 'invalid'> {
  const known = new Set<string>(CHECKOUT_FIELDS);
  return Object.fromEntries(
    fields
      .filter((f) => known.has(f))
      .map((f) => [f, values[f]?.trim() ? ('invalid' as const) : ('required' as const)]),
  );
}

/**
 * The payment page's Content-Security-Policy: the page's own, plus Stripe.js from its configured
 * origin, Stripe's frames and API (Stripe's documented CSP for the Payment Element).
 */
export function withStripeSources(csp: string, stripeJsUrl: string): string {
  const origin = new URL(stripeJsUrl).origin;
  const extra: Record<string, string[]> = {
    'script-src': [origin],
    'frame-src': [origin, 'https://js.stripe.com', 'https://hooks.stripe.com'],
    'connect-src': ['https://api.stripe.com'],
    'img-src': ['https://*.stripe.com'],
  };
  const out = csp
    .split(/;\s*/)
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      const add = extra[name];
      if (!add) return directive;
      delete extra[name];
      return [name, ...new Set([...sources, ...add])].join(' ');
    });
  for (const [name, sources] of Object.entries(extra)) out.push([name, ...new Set(sources)].join(' '));
  return out.join('; ');
}

/** Cards per collection page. */
export const COLLECTION_PAGE_SIZE = 24;
/** Products per search page, and pages shown on the first one. */
export const SEARCH_PAGE_SIZE = 24;
const SEARCH_PAGE_HITS = 10;
/** The longest query searchProducts and searchPages accept. */
const MAX_SEARCH_QUERY = 100;

/** Whether a search cursor is one the search gave out (else the search starts from the first results). */
function validRankedCursor(cursor: string): boolean {
  try {
    return decodeRankedCursor(cursor) !== null;
  } catch {
    return false;
  }
}

/** The order status document's path: the token travels as `orderToken`, never in the path. */
const ORDER_PATH = '/orders';
/** The payment document's path: the order token travels as `orderToken`, the payment as `payment`. */
const PAYMENT_PATH = '/checkout/pay';
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/** A route of the storefront: a page type bound to a slug, or a path that may be a page. */
export type Route =
  | { type: 'product'; slug: string }
  | { type: 'collection'; slug: string }
  | { type: 'cart' | 'checkout' | 'order' | 'search' | 'payment' }
  | { type: 'path' };

/** Which page type serves a path (`/products/<slug>`, `/collections/<slug>`, `/collections/all`). */
export function routeOf(path: string): Route {
  if (path === PAGE_TYPE_PATHS.allProducts) return { type: 'collection', slug: 'all' };
  if (path === PAGE_TYPE_PATHS.cart) return { type: 'cart' };
  if (path === PAGE_TYPE_PATHS.checkout) return { type: 'checkout' };
  if (path === ORDER_PATH) return { type: 'order' };
  if (path === PAGE_TYPE_PATHS.search) return { type: 'search' };
  if (path === PAYMENT_PATH) return { type: 'payment' };
  for (const type of ['product', 'collection'] as const) {
    const prefix = PAGE_TYPE_PATHS[type];
    if (!path.startsWith(prefix)) continue;
    let slug: string;
    try {
      slug = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return { type: 'path' };
    }
    if (SLUG.test(slug)) return { type, slug };
  }
  return { type: 'path' };
}

/** The query string parameters the page types read: the variant, the page cursor, the sort and the search query. */
export function queryOf(query: string | null | undefined) {
  const params = new URLSearchParams((query ?? '').replace(/^\?/, '').slice(0, 2048));
  const cursor = (name: string) => {
    const value = params.get(name);
    return value && CURSOR.test(value) ? value : null;
  };
  const sort = params.get('sort');
  const after = cursor('after');
  return {
    variant: params.get('variant')?.slice(0, 100) ?? null,
    after,
    before: after ? null : cursor('before'),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as CollectionSort) : null,
    q: (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_QUERY),
  };
}

/**
 * The storefront's one rendering entry: a published page by path, a page type bound to its data
 * (product, collection, all products), else the 404 template with status 404. Page-type templates
 * are the site's override or the sample theme's default (PageTypeService).
 */
export class StorefrontDocumentService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly pages: PageService,
    private readonly pageTypes: PageTypeService,
    private readonly navigation: NavigationService,
    private readonly render: DocumentRenderer,
    /** Published pages and templates per tenant between edits; absent: read every time. */
    private readonly cache?: TenantRenderCache,
    /** Where the payment page loads Stripe.js from (STRIPE_JS_URL). */
    private readonly stripeJsUrl = 'https://js.stripe.com/v3/',
  ) {}

  /** `load()`, kept per tenant, host and locale (they pick the site and the translation) when there is a cache. */
  private cached<T>(ctx: RequestContext, key: string, load: () => Promise<T>): Promise<T> {
    if (!this.cache || !ctx.tenantId) return load();
    return this.cache.get(ctx.tenantId, `${key}|${ctx.host ?? ''}|${ctx.locale ?? ''}`, load);
  }

  async document(
    ctx: RequestContext,
    path: string,
    base: string,
    query: string | null,
    visitor: VisitorDocumentInput = NO_VISITOR,
  ): Promise<StorefrontDocument> {
    renderBase(ctx, base); // refuses a malformed base (BAD_USER_INPUT) before any work
    if (path.length > 2048 || !path.startsWith('/')) throw badInput('path: a path starting with /', 'path');
    const page = await this.cached(ctx, `page|${path}`, () => this.pages.publishedPage(ctx, path, null));
    if (page) {
      const rendered = (await this.render(page, ctx, { base }))!;
      return { status: 200, ...rendered, redirect: null };
    }
    const route = routeOf(path);
    const params = queryOf(query);
    if (route.type === 'search') return this.searchDocument(ctx, path, base, params.q, params.after);
    if (route.type === 'payment') return this.paymentDocument(ctx, path, base, visitor);
    if (route.type === 'cart' || route.type === 'checkout' || route.type === 'order') {
      return this.visitorDocument(ctx, route.type, path, base, visitor);
    }
    if (route.type === 'product') {
      const template = await this.templateOf(ctx, 'product');
      const rendered = template
        ? await this.render({ ...template, title: route.slug, path }, ctx, {
            base,
            lang: 'region',
            needs: { productSlug: route.slug },
            bind: (data) => {
              if (data.product === undefined) throw new Error('The product could not be fetched');
              if (!data.product) return null;
              const p = data.product;
              const text = (p.description ?? '')
                .replace(/<[^>]*>/g, ' ')
                .replace(/\s+/g, ' ')
                .trim();
              return {
                env: { product: p, ...(params.variant ? { selectedVariantId: params.variant } : {}) },
                page: { title: p.title, seoDescription: text ? text.slice(0, 160) : null },
              };
            },
          })
        : null;
      if (rendered) return { status: 200, ...rendered, redirect: null };
    } else if (route.type === 'collection') {
      const template = await this.templateOf(ctx, 'collection');
      const rendered = template
        ? await this.render({ ...template, title: route.slug, path }, ctx, {
            base,
            lang: 'region',
            needs: {
              collectionPage: {
                slug: route.slug,
                first: COLLECTION_PAGE_SIZE,
                after: params.after,
                before: params.before,
                sort: params.sort ?? 'title',
              },
            },
            bind: (data) => {
              if (data.collectionPage === undefined) throw new Error('The collection could not be fetched');
              const found = data.collectionPage;
              if (!found) return null;
              const backwards = params.before !== null;
              const collection: CollectionDataInput = {
                slug: route.slug,
                title: found.title,
                description: found.description,
                products: found.products,
                sort: params.sort,
                // Going back, "more" means more before; the page we came from is always after.
                next: backwards ? found.endCursor : found.hasMore ? found.endCursor : null,
                previous: backwards
                  ? found.hasMore
                    ? found.startCursor
                    : null
                  : params.after
                    ? found.startCursor
                    : null,
              };
              const messages = messagesFor(data.regions.find((r) => r.code === ctx.region)?.locale);
              const title = found.title || messages.allProducts;
              // Without its own description, the collection is described by what it holds.
              const described =
                found.description ||
                (found.products.length ? `${title}: ${found.products.map((p) => p.title).join(', ')}.` : '');
              return {
                env: { collection },
                page: { title, seoDescription: described ? described.slice(0, 160) : null },
              };
            },
          })
        : null;
      if (rendered) return { status: 200, ...rendered, redirect: null };
    } else {
      const redirect = await this.navigation.redirect(ctx, path, null);
      if (redirect) return { status: 200, html: null, contentSecurityPolicy: null, redirect };
    }
    return this.notFound(ctx, path, base);
  }

  /**
   * The cart, checkout or order document from the visitor's tokens: personal (noindex; the
   * storefront sends it `no-store`). Checkout with an empty cart redirects to the cart; an unknown
   * order is the 404 document.
   */
  private async visitorDocument(
    ctx: RequestContext,
    type: 'cart' | 'checkout' | 'order',
    path: string,
    base: string,
    visitor: VisitorDocumentInput,
  ): Promise<StorefrontDocument> {
    const cartToken = visitor.cartToken && TOKEN.test(visitor.cartToken) ? visitor.cartToken : null;
    const orderToken = visitor.orderToken && TOKEN.test(visitor.orderToken) ? visitor.orderToken : null;
    const notice =
      visitor.notice && isReasonKey(visitor.notice) ? visitor.notice : visitor.notice ? 'UNAVAILABLE' : null;
    const emptyCart: StorefrontDocument = {
      status: 200,
      html: null,
      contentSecurityPolicy: null,
      redirect: { to: `${PAGE_TYPE_PATHS.cart}?error=CART_EMPTY`, status: 303 },
    };
    if (type === 'checkout' && !cartToken) return emptyCart;
    if (type === 'order' && !orderToken) return this.notFound(ctx, path, base);
    const template = await this.templateOf(ctx, type);
    if (!template) return { status: 404, html: null, contentSecurityPolicy: null, redirect: null };
    let empty = false;
    const rendered = await this.render({ ...template, title: '', path }, ctx, {
      base,
      lang: 'region',
      personal: true,
      needs:
        type === 'order'
          ? { orderToken: orderToken! }
          : { ...(cartToken ? { cartToken } : {}), countries: type === 'checkout' },
      bind: (data) => {
        const locale =
          data.regions.find((r) => r.code === ctx.region)?.locale ??
          data.regions.find((r) => r.isDefault)?.locale ??
          'en';
        const messages = messagesFor(locale);
        if (type === 'order') {
          if (data.order === undefined) throw new Error('The order could not be fetched');
          if (!data.order) return null;
          return {
            env: { order: data.order },
            page: { title: `${messages.order} ${data.order.displayNumber}` },
          };
        }
        if (cartToken && data.cart === undefined) throw new Error('The cart could not be fetched');
        const cart = data.cart ?? null;
        if (type === 'checkout') {
          if (!cart || cart.lines.length === 0) {
            empty = true;
            return null;
          }
          const region = data.regions.find((r) => r.code === ctx.region);
          return {
            env: {
              cart,
              countries: countriesIn(region?.countries ?? [], locale),
              ...(notice ? { notice } : {}),
              ...(visitor.checkoutValues ? { checkoutValues: valuesOf(visitor.checkoutValues) } : {}),
              ...(visitor.invalidCheckoutFields?.length
                ? {
                    checkoutErrors: fieldProblems(
                      visitor.invalidCheckoutFields,
                      visitor.checkoutValues ?? {},
                    ),
                  }
                : {}),
            },
            page: { title: messages.checkoutTitle, seoDescription: messages.checkoutDescription },
          };
        }
        return {
          env: { cart, ...(notice ? { notice } : {}) },
          page: { title: messages.cartTitle, seoDescription: messages.cartDescription },
        };
      },
    });
    if (empty) return emptyCart;
    if (!rendered) return this.notFound(ctx, path, base);
    return { status: 200, ...rendered, redirect: null };
  }

  /**
   * The search page: the products (commerce, through the render-data operation) and, on the first
   * page, the pages (this subgraph's own search) matching `q`, in the region's language; no query,
   * no search. Not indexed, no analytics (the query is what the visitor typed); the storefront edge
   * never caches it. A malformed cursor starts from the first results.
   */
  private async searchDocument(
    ctx: RequestContext,
    path: string,
    base: string,
    q: string,
    after: string | null,
  ): Promise<StorefrontDocument> {
    const template = await this.templateOf(ctx, 'search');
    if (!template) return { status: 404, html: null, contentSecurityPolicy: null, redirect: null };
    const cursor = after && validRankedCursor(after) ? after : null;
    const pages =
      q && !cursor
        ? await this.pages.searchPages(ctx, q, {
            siteId: template.siteId,
            first: SEARCH_PAGE_HITS,
            after: null,
          })
        : [];
    const rendered = await this.render({ ...template, title: '', path }, ctx, {
      base,
      lang: 'region',
      personal: true,
      ...(q ? { needs: { search: { query: q, first: SEARCH_PAGE_SIZE, after: cursor } } } : {}),
      bind: (data) => {
        const messages = messagesFor(data.regions.find((r) => r.code === ctx.region)?.locale);
        if (q && data.searchProducts === undefined) throw new Error('The search could not be run');
        const found = data.searchProducts;
        const search: SearchDataInput = {
          query: q,
          products: found?.products ?? [],
          pages: pages.slice(0, SEARCH_PAGE_HITS).map(({ node }) => ({
            title: node.title,
            description: (node.seoDescription ?? '').slice(0, 500),
            path: node.path,
          })),
          next: found?.hasMore ? found.endCursor : null,
          paged: cursor !== null,
        };
        return {
          env: { search },
          page: {
            title: q ? fill(messages.searchResultsFor, { query: q }) : messages.searchTitle,
            seoDescription: messages.searchDescription,
          },
        };
      },
    });
    return { status: 200, ...rendered!, redirect: null };
  }

  /**
   * The payment step: the site's payment template with Stripe's Payment Element for the order the
   * edge read (`checkoutPayment`). Personal (noindex, no analytics, never cached); its
   * Content-Security-Policy also allows Stripe.js from STRIPE_JS_URL, its frames and its API.
   * Without a valid payment and order token, the 404 document.
   */
  private async paymentDocument(
    ctx: RequestContext,
    path: string,
    base: string,
    visitor: VisitorDocumentInput,
  ): Promise<StorefrontDocument> {
    const orderToken = visitor.orderToken && TOKEN.test(visitor.orderToken) ? visitor.orderToken : null;
    const given = visitor.payment;
    if (!orderToken || !given) return this.notFound(ctx, path, base);
    const payment = paymentData.safeParse({
      clientSecret: given.clientSecret,
      stripeAccount: given.stripeAccount,
      publishableKey: given.publishableKey ?? null,
      amount: { amount: given.amount, currency: given.currency },
      orderDisplayNumber: given.orderDisplayNumber,
      orderToken,
      stripeJsUrl: this.stripeJsUrl,
    });
    if (!payment.success) throw badInput('payment: not a payment checkoutPayment answers', 'payment');
    const template = await this.templateOf(ctx, 'payment');
    if (!template) return { status: 404, html: null, contentSecurityPolicy: null, redirect: null };
    const rendered = await this.render({ ...template, title: '', path }, ctx, {
      base,
      lang: 'region',
      personal: true,
      bind: (data) => {
        const messages = messagesFor(data.regions.find((r) => r.code === ctx.region)?.locale);
        return {
          env: { payment: payment.data },
          page: {
            title: fill(messages.payTitle, { number: payment.data.orderDisplayNumber }),
            seoDescription: messages.payDescription,
          },
        };
      },
    });
    return {
      status: 200,
      html: rendered!.html,
      contentSecurityPolicy: withStripeSources(rendered!.contentSecurityPolicy, this.stripeJsUrl),
      redirect: null,
    };
  }

  private async notFound(ctx: RequestContext, path: string, base: string): Promise<StorefrontDocument> {
    const template = await this.templateOf(ctx, 'not_found');
    if (!template) return { status: 404, html: null, contentSecurityPolicy: null, redirect: null };
    const rendered = await this.render({ ...template, title: '', path }, ctx, {
      base,
      lang: 'region',
      bind: (data) => {
        const messages = messagesFor(data.regions.find((r) => r.code === ctx.region)?.locale);
        return {
          env: {},
          page: { title: messages.pageNotFound, seoDescription: messages.notFoundDescription },
        };
      },
    });
    return { status: 404, ...rendered!, redirect: null };
  }

  /** The served site's template of a page type, with the site (its layout goes around it); null when the tenant has no site. */
  private templateOf(ctx: RequestContext, type: PageTypeName) {
    if (!ctx.tenantId) return Promise.resolve(null);
    return this.cached(ctx, `template|${type}`, () =>
      withTenant(this.db, ctx, async (em) => {
        const site = await servedSite(em, ctx);
        const tree = site ? await this.pageTypes.resolve(em, site.id, type) : null;
        return site && tree ? { tree, siteId: site.id } : null;
      }),
    );
  }
}
