import type { RequestContext } from '../../../core/context.js';
import { type RenderEnv, renderNeeds } from '../../../templates/components/render.js';
import type { StorefrontLinks } from '../../../templates/links.js';
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
import type { RenderData, RenderNeeds, RenderRegion, SupergraphClient } from './supergraph-client.js';
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

/** How one document is rendered beyond its tree: the link base and a page type's data. */
export interface DocumentOptions {
  /** Every href under the storefront's base (templates/links.ts); default: a custom domain's root. */
  links?: StorefrontLinks;
  /** A page type's data, fetched in the same render-data operation. */
  needs?: Pick<RenderNeeds, 'productSlug' | 'collectionPage'>;
  /**
   * Binds the fetched data to the render (component data, title, description); null: the data is
   * missing (an unknown product), nothing is rendered.
   */
  bind?: (data: RenderData) => { env: RenderEnv; page?: Partial<RenderablePage> } | null;
  /** The document language: the page's own (default) or the request region's locale (page types). */
  lang?: 'page' | 'region';
}

/** Renders a document; null when `bind` finds its data missing. */
export type DocumentRenderer = (
  page: RenderablePage,
  ctx: RequestContext,
  opts?: DocumentOptions,
) => Promise<RenderedPage | null>;

/**
 * Renders a tree to a complete document: tokens, the ONE render-data supergraph operation (sent
 * before and outside any `withTenant` transaction), head, CSP.
 */
export function createDocumentRenderer(
  tokens: Pick<TokenService, 'designTokens'>,
  supergraph: SupergraphClient,
  alternatesOf?: AlternatesOf,
): DocumentRenderer {
  return async (given, ctx, opts = {}) => {
    const needs = renderNeeds(given.tree.content);
    if (given.ogImageAssetId) needs.assetIds.push(given.ogImageAssetId);
    // Tokens first: the faces they declare name the font assets the one render-data operation fetches.
    const designTokens = await tokens.designTokens(ctx, ctx.region, {
      templateTokens: templateTokensOf(given.templateId),
    });
    const data = await supergraph.renderData(ctx, {
      ...needs,
      ...opts.needs,
      fontAssetIds: designTokens.fontFaces.map((face) => face.asset),
    });
    const bound = opts.bind ? opts.bind(data) : { env: {} };
    if (!bound) return null;
    const page: RenderablePage = { ...given, ...bound.page };
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
    const defaultLocale = data.regions.find((r) => r.isDefault)?.locale ?? 'en';
    const lang =
      opts.lang === 'region'
        ? (data.regions.find((r) => r.code === ctx.region)?.locale ?? defaultLocale)
        : (page.locale ?? defaultLocale);
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
      collections: data.collections,
      ...(opts.links ? { links: opts.links } : {}),
      ...bound.env,
    });
    // Asset URLs are absolute (PUBLIC_URL, CDN_BASE_URL or S3): on a tenant's own host they are not 'self'.
    const imageUrls = [
      ...Object.values(data.images).flatMap((variants) => variants.map((v) => v.url)),
      ...[...html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)].flatMap((m) =>
        m[1]!.split(/,\s*/).map((c) => c.split(' ')[0]!),
      ),
    ];
    const imageOrigins = [
      ...new Set(
        imageUrls.filter((u) => /^https?:\/\//i.test(u)).map((u) => new URL(u.replace(/&amp;/g, '&')).origin),
      ),
    ].sort();
    return {
      html,
      contentSecurityPolicy: contentSecurityPolicyFor(html, fonts.origins, imageOrigins),
    };
  };
}

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
  const document = createDocumentRenderer(tokens, supergraph, alternatesOf);
  // Without `bind` a render never comes back null.
  const render = async (page: RenderablePage, ctx: RequestContext) => (await document(page, ctx))!;
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
