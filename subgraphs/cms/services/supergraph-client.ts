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

/** What the renderer needs from other subgraphs for one page view. */
export interface RenderData {
  analyticsPolicy: RenderAnalyticsPolicy;
  /** Product cards by id (commerce), for product grids. */
  products: Record<string, ProductCard>;
  /** WebP variants by asset id (assets), for images' srcset. */
  images: Record<string, ImageSource[]>;
}

/** The ids a page's components refer to (templates/components/render.tsx renderNeeds). */
export interface RenderNeeds {
  productIds: string[];
  assetIds: string[];
}

export interface RenderAnalyticsPolicy {
  injectClarity: boolean;
  clarityProjectId: string | null;
  consentRequired: boolean;
  consentState: { adStorage: string; analyticsStorage: string };
  showBanner: boolean;
  banner: { title: string; body: string; acceptLabel: string; rejectLabel: string } | null;
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
  },
  products: {},
  images: {},
};

/** The ONE supergraph operation a page render sends (add fields here, not new round trips). */
export const RENDER_DATA_QUERY = `query RenderData(
  $region: String, $signals: VisitorSignals, $productIds: [ID!]!, $assetIds: [ID!]!
) {
  analyticsPolicy(region: $region, signals: $signals) {
    injectClarity clarityProjectId consentRequired
    consentState { adStorage analyticsStorage }
    showBanner
    banner { title body acceptLabel rejectLabel }
  }
  productsByIds(ids: $productIds) { id title price { amount currency } }
  assetsByIds(ids: $assetIds) { id variants(format: WEBP) { url width } }
}`;

interface RenderDataResponse {
  analyticsPolicy?: RenderAnalyticsPolicy;
  productsByIds?: ({ id: string; title: string; price: { amount: number; currency: string } } | null)[];
  assetsByIds?: ({ id: string; variants: ImageSource[] } | null)[];
}

export interface SupergraphClient {
  /** Fetches the render data for the request's tenant, region and visitor. Never throws. */
  renderData(ctx: RequestContext, needs?: RenderNeeds): Promise<RenderData>;
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
      };
      const visitor = ctx.visitor;
      const variables = {
        region: ctx.region,
        signals: visitor
          ? { gpc: visitor.gpc, optOut: visitor.optOut, consent: visitor.consent.toUpperCase() }
          : null,
        productIds: needs.productIds.slice(0, MAX_PAGE_SIZE),
        assetIds: needs.assetIds.slice(0, MAX_PAGE_SIZE),
      };
      try {
        const res = await request(url(), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [CONTEXT_HEADER]: signContext(internal, config.contextSecret, config.CONTEXT_TTL_SECONDS),
            [REQUEST_ID_HEADER]: ctx.requestId,
          },
          body: JSON.stringify({ query: RENDER_DATA_QUERY, variables }),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        });
        const body = (await res.body.json()) as { data?: RenderDataResponse | null; errors?: unknown[] };
        if (res.statusCode !== 200 || body.errors?.length || !body.data?.analyticsPolicy) {
          logger().warn(
            { reqId: ctx.requestId, status: res.statusCode, errors: body.errors },
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
        };
      } catch (err) {
        logger().warn({ reqId: ctx.requestId, err }, 'render data unavailable: rendering without analytics');
        return NO_RENDER_DATA;
      }
    },
  };
}

/** A client that asks nothing: pages render without analytics (unit tests, tools). */
export const offlineSupergraphClient: SupergraphClient = { renderData: async () => NO_RENDER_DATA };
