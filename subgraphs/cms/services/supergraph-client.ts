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
  /**
   * Which of the product and collection slugs the page links to exist (visible products, the
   * tenant's collections); null when unknown (the call failed): the links are then kept.
   */
  catalogue: { products: ReadonlySet<string>; collections: ReadonlySet<string> } | null;
}

/** What the renderer needs of a tenant region (auth `Region`). */
export interface RenderRegion {
  code: string;
  locale: string;
  pathPrefix: string | null;
  hosts: string[];
  isDefault: boolean;
}

/** The ids a page's components refer to (templates/components/render.tsx renderNeeds). */
export interface RenderNeeds {
  productIds: string[];
  assetIds: string[];
  /** Font assets the resolved design tokens declare faces with. */
  fontAssetIds?: string[];
  /** Slugs of the products and collections the page links to (services/site-layout.ts). */
  productSlugs?: string[];
  collectionSlugs?: string[];
}

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
  catalogue: null,
};

/** The ONE supergraph operation a page render sends (add fields here, not new round trips). */
export const RENDER_DATA_QUERY = `query RenderData(
  $region: String, $signals: VisitorSignals, $productIds: [ID!]!, $assetIds: [ID!]!, $fontAssetIds: [ID!]!,
  $productSlugs: [String!]!, $collectionSlugs: [String!]!
) {
  analyticsPolicy(region: $region, signals: $signals) {
    injectClarity clarityProjectId consentRequired
    consentState { adStorage analyticsStorage }
    showBanner
    banner { title body acceptLabel rejectLabel }
    collectEvents
  }
  productsByIds(ids: $productIds) { id title price { amount currency } }
  assetsByIds(ids: $assetIds) { id variants(format: WEBP) { url width } }
  fontAssets: assetsByIds(ids: $fontAssetIds) { id kind status private contentType url }
  regions { code locale pathPrefix hosts isDefault }
  linkedProducts: productsBySlugs(slugs: $productSlugs) { slug }
  linkedCollections: collectionsBySlugs(slugs: $collectionSlugs) { slug }
}`;

interface RenderDataResponse {
  analyticsPolicy?: RenderAnalyticsPolicy;
  productsByIds?: ({ id: string; title: string; price: { amount: number; currency: string } } | null)[];
  assetsByIds?: ({ id: string; variants: ImageSource[] } | null)[];
  fontAssets?: RenderFontAsset[];
  regions?: RenderRegion[];
  linkedProducts?: ({ slug: string } | null)[];
  linkedCollections?: ({ slug: string } | null)[];
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
      const variables = {
        region: ctx.region,
        signals: visitor
          ? { gpc: visitor.gpc, optOut: visitor.optOut, consent: visitor.consent.toUpperCase() }
          : null,
        productIds: needs.productIds.slice(0, MAX_PAGE_SIZE),
        assetIds: needs.assetIds.slice(0, MAX_PAGE_SIZE),
        fontAssetIds: [...new Set(needs.fontAssetIds ?? [])].slice(0, MAX_PAGE_SIZE),
        productSlugs: [...new Set(needs.productSlugs ?? [])].slice(0, MAX_PAGE_SIZE),
        collectionSlugs: [...new Set(needs.collectionSlugs ?? [])].slice(0, MAX_PAGE_SIZE),
      };
      try {
        const body = await internalOperation<RenderDataResponse>(config, url(), internal, {
          query: RENDER_DATA_QUERY,
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
            (body.data.productsByIds ?? [])
              .filter((p) => p !== null)
              .map((p) => [p.id, { title: p.title, price: p.price, href: `/products/${p.id}` }]),
          ),
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
