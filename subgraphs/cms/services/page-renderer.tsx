import type { RequestContext } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { renderNeeds } from '../../../templates/components/render.js';
import { storefrontBase, storefrontLinks } from '../../../templates/links.js';
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
import { type PageLayout, withCatalogue } from './site-layout.js';
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

/** The site layout and link checks of a page (SiteLayoutService.pageLayout); runs in its own transaction. */
export type PageLayoutOf = (
  ctx: RequestContext,
  siteId: string,
  content: RenderablePage['tree']['content'],
) => Promise<PageLayout>;

/** A base as `storefrontBase` builds it: URL path segments, no trailing slash, '' for a domain's root. */
const BASE = /^(\/[A-Za-z0-9._~%-]+){0,8}$/;

/**
 * The link base of a render: the storefront's (validated), else `/s/<tenant slug>` for a request on
 * a platform host and '' on the tenant's own host.
 */
export function renderBase(ctx: RequestContext, base: string | null | undefined): string {
  if (base === null || base === undefined) {
    return storefrontBase(ctx.host || !ctx.tenantSlug ? null : ctx.tenantSlug);
  }
  if (base.length > 200 || !BASE.test(base)) {
    throw badInput('base: URL path segments such as /s/demo/fr, no trailing slash', 'base');
  }
  return base;
}

/**
 * Renders a page once per request and base for `Page.html` and `Page.contentSecurityPolicy`
 * (memoised on the request context, the page object and the base). The render data comes from ONE
 * supergraph operation sent before and outside any `withTenant` transaction.
 */
export function createPageRenderer(
  tokens: Pick<TokenService, 'designTokens'>,
  supergraph: SupergraphClient,
  /** hreflang alternates (runs after the supergraph call, outside any transaction); absent = none. */
  alternatesOf?: AlternatesOf,
  /** The site layout around the content and the link checks; absent = the content alone. */
  layoutOf?: PageLayoutOf,
): (page: RenderablePage, ctx: RequestContext, base?: string | null) => Promise<RenderedPage> {
  const memo = new WeakMap<RequestContext, WeakMap<RenderablePage, Map<string, Promise<RenderedPage>>>>();
  const render = async (page: RenderablePage, ctx: RequestContext, base: string): Promise<RenderedPage> => {
    // The layout first, in its own transaction (never inside another, never around the supergraph call).
    const unchecked = layoutOf && page.siteId ? await layoutOf(ctx, page.siteId, page.tree.content) : null;
    const needs = renderNeeds([
      ...(unchecked?.header ?? []),
      ...page.tree.content,
      ...(unchecked?.footer ?? []),
    ]);
    if (page.ogImageAssetId) needs.assetIds.push(page.ogImageAssetId);
    // Tokens first: the faces they declare name the font assets the one render-data operation fetches.
    const designTokens = await tokens.designTokens(ctx, ctx.region, {
      templateTokens: templateTokensOf(page.templateId),
    });
    const data = await supergraph.renderData(ctx, {
      ...needs,
      fontAssetIds: designTokens.fontFaces.map((face) => face.asset),
      ...unchecked?.catalogue,
    });
    // Links to products and collections that do not exist render as text too.
    const layout = unchecked ? withCatalogue(unchecked, data.catalogue) : null;
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
    const html = renderPage(
      page.tree,
      page.seoTitle ?? page.title,
      lang,
      tokensCss,
      extras,
      {
        products: data.products,
        images: data.images,
        links: storefrontLinks(base),
        ...(layout ? { site: layout.site, missingLinks: layout.missingLinks } : {}),
      },
      layout ?? undefined,
    );
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
  return (page, ctx, requestedBase) => {
    const base = renderBase(ctx, requestedBase);
    let byPage = memo.get(ctx);
    if (!byPage) {
      byPage = new WeakMap();
      memo.set(ctx, byPage);
    }
    let byBase = byPage.get(page);
    if (!byBase) {
      byBase = new Map();
      byPage.set(page, byBase);
    }
    let rendered = byBase.get(base);
    if (!rendered) {
      rendered = render(page, ctx, base);
      byBase.set(base, rendered);
    }
    return rendered;
  };
}
