import type { RequestContext } from '../../../core/context.js';
import { renderNeeds } from '../../../templates/components/render.js';
import { pageFonts } from './fonts-head.js';
import {
  analyticsExtras,
  contentSecurityPolicyFor,
  type HeadAlternate,
  type RenderablePage,
  seoHead,
  visitorPathOf,
} from './head.js';
import { type PageExtras, renderPage } from './page-document.js';
import type { RenderRegion, SupergraphClient } from './supergraph-client.js';
import { templateTokensOf } from './template-service.js';
import type { TokenService } from './token-service.js';

export interface RenderedPage {
  html: string;
  contentSecurityPolicy: string;
}

/** hreflang alternates of a page from the tenant's regions (services/translations.ts). */
export type AlternatesOf = (
  page: { id: string; siteId: string; path: string },
  ctx: RequestContext,
  regions: readonly RenderRegion[],
) => Promise<HeadAlternate[]>;

/**
 * Renders a page once per request for `Page.html` and `Page.contentSecurityPolicy` (memoised on the
 * request context and the page object). The render data comes from ONE supergraph operation sent
 * before and outside any `withTenant` transaction.
 */
export function createPageRenderer(
  tokens: Pick<TokenService, 'designTokens'>,
  supergraph: SupergraphClient,
  /** hreflang alternates (runs after the supergraph call, outside any transaction); absent = none. */
  alternatesOf?: AlternatesOf,
): (page: RenderablePage, ctx: RequestContext) => Promise<RenderedPage> {
  const memo = new WeakMap<RequestContext, WeakMap<RenderablePage, Promise<RenderedPage>>>();
  const render = async (page: RenderablePage, ctx: RequestContext): Promise<RenderedPage> => {
    const needs = renderNeeds(page.tree.content);
    if (page.ogImageAssetId) needs.assetIds.push(page.ogImageAssetId);
    // Tokens first: the faces they declare name the font assets the one render-data operation fetches.
    const designTokens = await tokens.designTokens(ctx, ctx.region, {
      templateTokens: templateTokensOf(page.templateId),
    });
    const data = await supergraph.renderData(ctx, {
      ...needs,
      fontAssetIds: designTokens.fontFaces.map((face) => face.asset),
    });
    const fonts = pageFonts(designTokens, data.fonts);
    const tokensCss = `${designTokens.css}${fonts.css}`;
    const analytics = analyticsExtras(
      data.analyticsPolicy,
      visitorPathOf(ctx, page.path),
      visitorPathOf(ctx, '/collect'),
    );
    const ogImage = page.ogImageAssetId ? (data.images[page.ogImageAssetId]?.at(-1)?.url ?? null) : null;
    const alternates =
      alternatesOf && page.id && page.siteId
        ? await alternatesOf({ id: page.id, siteId: page.siteId, path: page.path }, ctx, data.regions)
        : [];
    const lang = page.locale ?? data.regions.find((r) => r.isDefault)?.locale ?? 'en';
    const extras: PageExtras = {
      head: (
        <>
          {fonts.preloads}
          {seoHead(page, ogImage, alternates)}
          {analytics.head}
        </>
      ),
      body: analytics.body,
    };
    const html = renderPage(page.tree, page.seoTitle ?? page.title, lang, tokensCss, extras, {
      products: data.products,
      images: data.images,
    });
    // Asset URLs are absolute (PUBLIC_URL, CDN_BASE_URL or S3): on a tenant's own host they are not 'self'.
    const imageUrls = Object.values(data.images).flatMap((variants) => variants.map((v) => v.url));
    const imageOrigins = [
      ...new Set(imageUrls.filter((u) => /^https?:\/\//i.test(u)).map((u) => new URL(u).origin)),
    ].sort();
    return {
      html,
      contentSecurityPolicy: contentSecurityPolicyFor(html, fonts.origins, imageOrigins),
    };
  };
  return (page, ctx) => {
    let byPage = memo.get(ctx);
    if (!byPage) {
      byPage = new WeakMap();
      memo.set(ctx, byPage);
    }
    let rendered = byPage.get(page);
    if (!rendered) {
      rendered = render(page, ctx);
      byPage.set(page, rendered);
    }
    return rendered;
  };
}
