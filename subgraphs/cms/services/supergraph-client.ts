import { request } from 'undici';
import type { Config } from '../../../core/config.js';
import {
  CONTEXT_HEADER,
  internalContext,
  REQUEST_ID_HEADER,
  type RequestContext,
  signContext,
} from '../../../core/context.js';
import { logger } from '../../../core/logger.js';
import { MAX_PAGE_SIZE } from '../../../core/pagination.js';
import type { ImageSource, ProductCard } from '../../../templates/components/render.js';
import type {
  CartData,
  CollectionSort,
  OrderData,
  ProductDataInput,
  ProductImage,
} from '../../../templates/components/store/data.js';
import type { FontSource } from '../tokens/fonts.js';

/** What the renderer needs from other subgraphs for one page view. */
export interface RenderData {
  analyticsPolicy: RenderAnalyticsPolicy;
  /** Product cards by id (commerce), for product grids. */
  products: Record<string, ProductCard>;
  /** WebP variants by asset id (assets), for images' srcset. */
  images: Record<string, ImageSource[]>;
  /** Font files by asset id (assets): READY, public WOFF2 font assets only, for `@font-face`. */
  fonts: Record<string, FontSource>;
  /** The tenant's regions (auth), for hreflang alternates and the document language; empty when unknown. */
  regions: RenderRegion[];
  /** Featured collections' cards by slug (ProductGrid `collection`). */
  collections: Record<string, ProductCard[]>;
  /** The product page's product (asked by slug); null when unknown or not for sale, absent when not asked. */
  product?: ProductDataInput | null;
  /** The collection page asked for; null when the collection is unknown, absent when not asked. */
  collectionPage?: RenderCollectionPage | null;
  /** The visitor's open cart (asked by token); null when unknown or checked out, absent when not asked. */
  cart?: CartData | null;
  /** The order asked for by token; null when unknown, absent when not asked. */
  order?: OrderData | null;
  /** The search page's products (commerce `searchProducts`); absent when not asked. */
  searchProducts?: RenderSearchProducts;
  /**
   * Which of the product and collection slugs the page links to exist (visible products, the
   * tenant's collections); null when unknown (the call failed): the links are then kept.
   */
  catalogue: { products: ReadonlySet<string>; collections: ReadonlySet<string> } | null;
}

/** One page of a collection's (or all products') cards with the cursors around it. */
export interface RenderCollectionPage {
  title: string;
  description: string;
  products: ProductCard[];
  /** Cursors of the first and last card, and whether more come after (before, when asked with `before`). */
  startCursor: string | null;
  endCursor: string | null;
  hasMore: boolean;
}

/** One page of products a search found, best first, with the cursor of the next page. */
export interface RenderSearchProducts {
  products: ProductCard[];
  endCursor: string | null;
  hasMore: boolean;
}

/** What the renderer needs of a tenant region (auth `Region`). */
export interface RenderRegion {
  code: string;
  locale: string;
  pathPrefix: string | null;
  hosts: string[];
  isDefault: boolean;
  /** ISO 3166-1 alpha-2 codes of the region's countries: present when the render asked (`countries`). */
  countries?: string[];
}

/** The ids a page's components refer to (templates/components/render.tsx renderNeeds). */
export interface RenderNeeds {
  productIds: string[];
  assetIds: string[];
  /** Font assets the resolved design tokens declare faces with. */
  fontAssetIds?: string[];
  /** Featured collections (ProductGrid `collection`): their first `limit` cards. */
  collections?: { slug: string; limit: number }[];
  /** The product page's product by slug. */
  productSlug?: string;
  /** The collection page: a collection by slug, or `all` products, one page in a sort order. */
  collectionPage?: {
    slug: string;
    first: number;
    after: string | null;
    before: string | null;
    sort: CollectionSort;
  };
  /** The visitor's cart by its token (a secret: never logged). */
  cartToken?: string;
  /** An order by its access token (a secret: never logged). */
  orderToken?: string;
  /** The regions' countries (the checkout's country list). */
  countries?: boolean;
  /** The search page's products: the visitor's query, one page after a cursor. */
  search?: { query: string; first: number; after: string | null };
  /** Slugs of the products and collections the page links to (services/site-layout.ts). */
  productSlugs?: string[];
  collectionSlugs?: string[];
}

/** Most featured collections one render asks for (each is one aliased field of the operation). */
export const MAX_FEATURED_COLLECTIONS = 4;

const GRAPHQL_SORT: Record<CollectionSort, string> = {
  title: 'TITLE',
  newest: 'NEWEST',
  'price-asc': 'PRICE_ASC',
  'price-desc': 'PRICE_DESC',
};

export interface RenderAnalyticsPolicy {
  injectClarity: boolean;
  clarityProjectId: string | null;
  consentRequired: boolean;
  consentState: { adStorage: string; analyticsStorage: string };
  showBanner: boolean;
  banner: { title: string; body: string; acceptLabel: string; rejectLabel: string } | null;
  /** Whether the page carries the first-party analytics beacon. */
  collectEvents?: boolean;
}

/** Nothing from elsewhere: no Clarity, no banner. Used when the call fails (fail closed). */
export const NO_RENDER_DATA: RenderData = {
  analyticsPolicy: {
    injectClarity: false,
    clarityProjectId: null,
    consentRequired: false,
    consentState: { adStorage: 'denied', analyticsStorage: 'denied' },
    showBanner: false,
    banner: null,
    collectEvents: false,
  },
  products: {},
  images: {},
  fonts: {},
  regions: [],
  collections: {},
  catalogue: null,
};

/** An image with its variants in the three formats a `<picture>` offers. */
const IMAGE_FIELDS =
  'id alt width height avif: variants(format: AVIF) { url width } webp: variants(format: WEBP) { url width } jpeg: variants(format: JPEG) { url width }';
/** What the cart and checkout pages show of a cart (commerce `Cart`). */
const CART_FIELDS = `itemCount discountCode
  lines { variantId title quantity purchasable unitPrice { amount currency } total { amount currency } }
  subtotal { amount currency } discount { amount currency } tax { inclusive rateBps amount { amount currency } }
  shipping { amount currency } total { amount currency }`;
/** What a product card shows. */
const CARD_FIELDS = `id slug title
  priceRange { min { amount currency } }
  variants { inStock price { amount currency } compareAtPrice { amount currency } }
  images { ${IMAGE_FIELDS} }`;

/**
 * The ONE supergraph operation a page render sends (add fields here, not new round trips): the
 * analytics policy, product cards and image variants the tree needs, the product or collection
 * page's data (included only when asked) and one aliased field per featured collection
 * (`featured0`..., at most MAX_FEATURED_COLLECTIONS, so the gateway plans at most that many shapes).
 */
export function renderDataQuery(featuredCollections = 0): string {
  const featured = Array.from(
    { length: Math.min(featuredCollections, MAX_FEATURED_COLLECTIONS) },
    (_, i) =>
      `featured${i}: collection(slug: $featured${i}) { products(first: $featuredFirst${i}) { edges { node { ${CARD_FIELDS} } } } }`,
  );
  const featuredVars = featured.map((_, i) => `, $featured${i}: String!, $featuredFirst${i}: Int!`).join('');
  return `query RenderData(
  $region: String, $signals: VisitorSignals, $productIds: [ID!]!, $assetIds: [ID!]!, $fontAssetIds: [ID!]!,
  $withProduct: Boolean!, $productSlug: String, $withCollection: Boolean!, $withAll: Boolean!,
  $collectionSlug: String, $first: Int, $after: String, $before: String, $sort: ProductSort,
  $productSlugs: [String!]!, $collectionSlugs: [String!]!,
  $withCart: Boolean!, $cartToken: String!, $withOrder: Boolean!, $orderToken: String!, $withCountries: Boolean!,
  $withSearch: Boolean!, $searchQuery: String!, $searchFirst: Int, $searchAfter: String${featuredVars}
) {
  analyticsPolicy(region: $region, signals: $signals) {
    injectClarity clarityProjectId consentRequired
    consentState { adStorage analyticsStorage }
    showBanner
    banner { title body acceptLabel rejectLabel }
    collectEvents
  }
  productsByIds(ids: $productIds) { ${CARD_FIELDS} }
  assetsByIds(ids: $assetIds) { id variants(format: WEBP) { url width } }
  fontAssets: assetsByIds(ids: $fontAssetIds) { id kind status private contentType url }
  regions { code locale pathPrefix hosts isDefault countries @include(if: $withCountries) }
  cart: openCart(token: $cartToken) @include(if: $withCart) { ${CART_FIELDS} }
  order: orderByToken(token: $orderToken) @include(if: $withOrder) { displayNumber status tracking { carrier number } }
  product(slug: $productSlug) @include(if: $withProduct) {
    id slug title description
    options { name values }
    variants { id title sku optionValues inStock price { amount currency } compareAtPrice { amount currency } }
    images { ${IMAGE_FIELDS} }
  }
  collection(slug: $collectionSlug) @include(if: $withCollection) {
    title description
    products(first: $first, after: $after, before: $before, sort: $sort) {
      edges { cursor node { ${CARD_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
  allProducts: products(first: $first, after: $after, before: $before, sort: $sort) @include(if: $withAll) {
    edges { cursor node { ${CARD_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
  searchProducts(query: $searchQuery, first: $searchFirst, after: $searchAfter) @include(if: $withSearch) {
    edges { node { ${CARD_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
  ${featured.join('\n  ')}
  linkedProducts: productsBySlugs(slugs: $productSlugs) { slug }
  linkedCollections: collectionsBySlugs(slugs: $collectionSlugs) { slug }
}`;
}

/** The operation of a render that needs no page-type data and features no collection. */
export const RENDER_DATA_QUERY = renderDataQuery(0);

type GraphMoney = { amount: number; currency: string };
type GraphImage = {
  id: string;
  alt: string | null;
  width: number | null;
  height: number | null;
  avif: ImageSource[];
  webp: ImageSource[];
  jpeg: ImageSource[];
} | null;
type GraphCard = {
  id: string;
  slug: string;
  title: string;
  priceRange: { min: GraphMoney } | null;
  variants: { inStock: boolean; price: GraphMoney | null; compareAtPrice: GraphMoney | null }[];
  images: GraphImage[];
};
type GraphConnection = {
  edges: { cursor?: string; node: GraphCard | null }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
};
type GraphProduct = {
  id: string;
  slug: string;
  title: string;
  description: string;
  options: { name: string; values: string[] }[];
  variants: {
    id: string;
    title: string;
    sku: string;
    optionValues: string[];
    inStock: boolean;
    price: GraphMoney | null;
    compareAtPrice: GraphMoney | null;
  }[];
  images: GraphImage[];
};

/** An asset as a `<picture>` needs it; null for a deleted or unprocessed one. */
function imageOf(image: GraphImage): ProductImage | null {
  if (!image) return null;
  return {
    assetId: image.id,
    alt: image.alt ?? '',
    width: image.width ?? 1000,
    height: image.height ?? 1000,
    avif: image.avif ?? [],
    webp: image.webp ?? [],
    jpeg: image.jpeg ?? [],
  };
}

/** A card from a product: its lowest price, the default variant's compare-at, sold out when no variant is in stock. */
export function cardOf(p: GraphCard): ProductCard | null {
  const first = p.variants[0];
  const price = p.priceRange?.min ?? first?.price ?? null;
  if (!price) return null;
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    price,
    compareAt: first?.compareAtPrice ?? null,
    soldOut: !p.variants.some((v) => v.inStock),
    image: imageOf(p.images[0] ?? null),
  };
}

function collectionPageOf(
  meta: { title: string; description: string },
  connection: GraphConnection,
): RenderCollectionPage {
  const edges = connection.edges.filter((e) => e.node !== null);
  return {
    ...meta,
    products: edges.flatMap((e) => {
      const card = cardOf(e.node!);
      return card ? [card] : [];
    }),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: connection.pageInfo?.endCursor ?? null,
    hasMore: connection.pageInfo?.hasNextPage ?? false,
  };
}

function productOf(p: GraphProduct): ProductDataInput {
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    description: p.description,
    options: p.options,
    variants: p.variants.map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      optionValues: v.optionValues,
      inStock: v.inStock,
      price: v.price,
      compareAt: v.compareAtPrice,
    })),
    images: p.images.flatMap((i) => {
      const image = imageOf(i);
      return image ? [image] : [];
    }),
  };
}

/** The variables of the search page's part of the operation (none asked: not included). */
function searchVariables(search: RenderNeeds['search']) {
  return {
    withSearch: search !== undefined,
    searchQuery: search?.query ?? '',
    searchFirst: search ? Math.min(search.first, MAX_PAGE_SIZE) : null,
    searchAfter: search?.after ?? null,
  };
}

function searchProductsOf(connection: GraphConnection): RenderSearchProducts {
  return {
    products: connection.edges.flatMap((e) => {
      const card = e.node ? cardOf(e.node) : null;
      return card ? [card] : [];
    }),
    endCursor: connection.pageInfo?.endCursor ?? null,
    hasMore: connection.pageInfo?.hasNextPage ?? false,
  };
}

interface RenderDataResponse {
  analyticsPolicy?: RenderAnalyticsPolicy;
  productsByIds?: (GraphCard | null)[];
  product?: GraphProduct | null;
  collection?: { title: string; description: string; products: GraphConnection } | null;
  allProducts?: GraphConnection;
  [featured: `featured${number}`]: { products: GraphConnection } | null | undefined;
  assetsByIds?: ({ id: string; variants: ImageSource[] } | null)[];
  fontAssets?: RenderFontAsset[];
  regions?: RenderRegion[];
  linkedProducts?: ({ slug: string } | null)[];
  linkedCollections?: ({ slug: string } | null)[];
  cart?: CartData | null;
  order?: OrderData | null;
  searchProducts?: GraphConnection;
}

export interface SupergraphClient {
  /** Fetches the render data for the request's tenant, region and visitor. Never throws. */
  renderData(ctx: RequestContext, needs?: RenderNeeds): Promise<RenderData>;
}

/**
 * One operation on the gateway's internal GraphQL endpoint, signed as `ctx` (an internal actor):
 * its status and GraphQL body. Network errors and timeouts throw.
 */
export async function internalOperation<T>(
  config: Pick<Config, 'contextSecret' | 'CONTEXT_TTL_SECONDS'>,
  url: string,
  ctx: RequestContext,
  operation: { query: string; variables: Record<string, unknown>; timeoutMs: number },
): Promise<{ status: number; data?: T | null; errors?: unknown[] }> {
  const res = await request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CONTEXT_HEADER]: signContext(ctx, config.contextSecret, config.CONTEXT_TTL_SECONDS),
      [REQUEST_ID_HEADER]: ctx.requestId,
    },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    headersTimeout: operation.timeoutMs,
    bodyTimeout: operation.timeoutMs,
  });
  const body = (await res.body.json()) as { data?: T | null; errors?: unknown[] };
  return { status: res.statusCode, ...body };
}

/**
 * Calls the gateway's internal endpoint as the `internal` actor `cms`, for the request's tenant and
 * region. Must not run inside a `withTenant` transaction (the gateway may call back into the cms).
 * `url` is read per call: an embedded stack learns the gateway's port only after the cms started.
 */
export function createSupergraphClient(
  config: Pick<Config, 'contextSecret' | 'CONTEXT_TTL_SECONDS'>,
  url: () => string,
  timeoutMs = 3000,
): SupergraphClient {
  return {
    async renderData(ctx, needs = { productIds: [], assetIds: [] }) {
      if (!ctx.tenantId) return NO_RENDER_DATA;
      const internal: RequestContext = {
        ...internalContext('cms', ctx.tenantId, ctx.requestId),
        tenantSlug: ctx.tenantSlug,
        region: ctx.region,
        locale: ctx.locale ?? null,
      };
      const visitor = ctx.visitor;
      const featured = (needs.collections ?? []).slice(0, MAX_FEATURED_COLLECTIONS);
      const variables = {
        region: ctx.region,
        signals: visitor
          ? { gpc: visitor.gpc, optOut: visitor.optOut, consent: visitor.consent.toUpperCase() }
          : null,
        productIds: needs.productIds.slice(0, MAX_PAGE_SIZE),
        assetIds: needs.assetIds.slice(0, MAX_PAGE_SIZE),
        fontAssetIds: [...new Set(needs.fontAssetIds ?? [])].slice(0, MAX_PAGE_SIZE),
        withProduct: needs.productSlug !== undefined,
        productSlug: needs.productSlug ?? null,
        withCollection: needs.collectionPage !== undefined && needs.collectionPage.slug !== 'all',
        withAll: needs.collectionPage?.slug === 'all',
        collectionSlug: needs.collectionPage?.slug ?? null,
        first: needs.collectionPage?.first ?? null,
        after: needs.collectionPage?.after ?? null,
        before: needs.collectionPage?.before ?? null,
        sort: needs.collectionPage ? GRAPHQL_SORT[needs.collectionPage.sort] : null,
        ...Object.fromEntries(
          featured.flatMap((f, i) => [
            [`featured${i}`, f.slug],
            [`featuredFirst${i}`, Math.min(f.limit, MAX_PAGE_SIZE)],
          ]),
        ),
        // The tokens are secrets: they travel as variables only, and nothing below logs variables.
        withCart: needs.cartToken !== undefined,
        cartToken: needs.cartToken ?? '',
        withOrder: needs.orderToken !== undefined,
        orderToken: needs.orderToken ?? '',
        withCountries: needs.countries === true,
        ...searchVariables(needs.search),
        productSlugs: [...new Set(needs.productSlugs ?? [])].slice(0, MAX_PAGE_SIZE),
        collectionSlugs: [...new Set(needs.collectionSlugs ?? [])].slice(0, MAX_PAGE_SIZE),
      };
      try {
        const body = await internalOperation<RenderDataResponse>(config, url(), internal, {
          query: renderDataQuery(featured.length),
          variables,
          timeoutMs,
        });
        if (body.status !== 200 || body.errors?.length || !body.data?.analyticsPolicy) {
          logger().warn(
            { reqId: ctx.requestId, status: body.status, errors: body.errors },
            'render data unavailable: rendering without analytics',
          );
          return NO_RENDER_DATA;
        }
        return {
          analyticsPolicy: body.data.analyticsPolicy,
          products: Object.fromEntries(
            (body.data.productsByIds ?? []).flatMap((p) => {
              const card = p ? cardOf(p) : null;
              return card ? [[p!.id, card]] : [];
            }),
          ),
          collections: Object.fromEntries(
            featured.map((f, i) => [
              f.slug,
              (body.data![`featured${i}`]?.products.edges ?? []).flatMap((e) => {
                const card = e.node ? cardOf(e.node) : null;
                return card ? [card] : [];
              }),
            ]),
          ),
          ...(needs.productSlug !== undefined
            ? { product: body.data.product ? productOf(body.data.product) : null }
            : {}),
          ...(needs.collectionPage !== undefined
            ? {
                collectionPage:
                  needs.collectionPage.slug === 'all'
                    ? body.data.allProducts
                      ? collectionPageOf({ title: '', description: '' }, body.data.allProducts)
                      : null
                    : body.data.collection
                      ? collectionPageOf(body.data.collection, body.data.collection.products)
                      : null,
              }
            : {}),
          ...(needs.cartToken !== undefined ? { cart: body.data.cart ?? null } : {}),
          ...(needs.orderToken !== undefined ? { order: body.data.order ?? null } : {}),
          ...(needs.search && body.data.searchProducts
            ? { searchProducts: searchProductsOf(body.data.searchProducts) }
            : {}),
          images: Object.fromEntries(
            (body.data.assetsByIds ?? []).filter((a) => a !== null).map((a) => [a.id, a.variants]),
          ),
          fonts: fontSources(body.data.fontAssets ?? []),
          regions: body.data.regions ?? [],
          catalogue: {
            products: new Set((body.data.linkedProducts ?? []).flatMap((p) => (p ? [p.slug] : []))),
            collections: new Set((body.data.linkedCollections ?? []).flatMap((c) => (c ? [c.slug] : []))),
          },
        };
      } catch (err) {
        logger().warn({ reqId: ctx.requestId, err }, 'render data unavailable: rendering without analytics');
        return NO_RENDER_DATA;
      }
    },
  };
}

type RenderFontAsset = {
  id: string;
  kind: string;
  status: string;
  private: boolean;
  contentType: string;
  url: string;
} | null;

/**
 * The font files a page may reference: ready, public WOFF2 fonts with an absolute http(s) URL. A
 * private asset's URL is signed and expires, so it never goes into a cached page.
 */
export function fontSources(assets: readonly RenderFontAsset[]): Record<string, FontSource> {
  const out: Record<string, FontSource> = {};
  for (const a of assets) {
    if (a?.kind !== 'FONT' || a.status !== 'READY' || a.private) continue;
    if (a.contentType !== 'font/woff2' || !/^https?:\/\//.test(a.url)) continue;
    out[a.id.toLowerCase()] = { url: a.url, format: 'woff2' };
  }
  return out;
}

/** A client that asks nothing: pages render without analytics (unit tests, tools). */
export const offlineSupergraphClient: SupergraphClient = { renderData: async () => NO_RENDER_DATA };
