import type { RequestContext } from '../../../core/context.js';
import { renderNeeds } from '../../../templates/components/render.js';
import { mergePageFonts, pageFonts, platformPageFonts } from './fonts-head.js';
import {
  analyticsExtras,
  contentSecurityPolicyFor,
  faviconLink,
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

/** The site a page belongs to, as the head needs it (favicon). */
export type SiteOf = (
  ctx: RequestContext,
  siteId: string,
) => Promise<{ name: string; faviconAssetId?: string | null } | null>;

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
  /** The page's site (its name and favicon asset); absent or null = the default favicon of the page title. */
  siteOf?: SiteOf,
): (page: RenderablePage, ctx: RequestContext) => Promise<RenderedPage> {
  const memo = new WeakMap<RequestContext, WeakMap<RenderablePage, Promise<RenderedPage>>>();
  const render = async (page: RenderablePage, ctx: RequestContext): Promise<RenderedPage> => {
    const needs = renderNeeds(page.tree.content);
    if (page.ogImageAssetId) needs.assetIds.push(page.ogImageAssetId);
    // Tokens first: the faces they declare name the font assets the one render-data operation fetches.
    const [designTokens, site] = await Promise.all([
      tokens.designTokens(ctx, ctx.region, { templateTokens: templateTokensOf(page.templateId) }),
      siteOf && page.siteId ? siteOf(ctx, page.siteId) : null,
    ]);
    const faviconAssetId = site?.faviconAssetId ?? null;
    if (faviconAssetId) needs.assetIds.push(faviconAssetId);
    const data = await supergraph.renderData(ctx, {
      ...needs,
      fontAssetIds: designTokens.fontFaces.map((face) => face.asset),
    });
    const fonts = mergePageFonts(pageFonts(designTokens, data.fonts), platformPageFonts(designTokens));
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
    // The smallest variant: a favicon is drawn at 16 to 64 pixels.
    const faviconUrl = faviconAssetId
      ? ([...(data.images[faviconAssetId] ?? [])].sort((a, b) => a.width - b.width)[0]?.url ?? null)
      : null;
    const extras: PageExtras = {
      head: (
        <>
          {fonts.preloads}
          {faviconLink({
            assetUrl: faviconUrl,
            siteName: site?.name ?? page.title,
            brandColour: designTokens.tokens.find((t) => t.path === 'color.brand.primary')?.value,
          })}
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
