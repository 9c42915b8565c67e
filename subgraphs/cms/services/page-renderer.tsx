import type { RequestContext } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import type { TreeNode } from '../../../templates/components/index.js';
import { type RenderEnv, renderNeeds } from '../../../templates/components/render.js';
import { storefrontBase, storefrontLinks } from '../../../templates/links.js';
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
import { type PageCanvas, type PageExtras, renderCanvas, renderPage } from './page-document.js';
import { type PageLayout, withCatalogue } from './site-layout.js';
import {
  NO_RENDER_DATA,
  type RenderData,
  type RenderNeeds,
  type RenderRegion,
  type SupergraphClient,
} from './supergraph-client.js';
import { templateTokensOf } from './template-service.js';
import type { TokenService } from './token-service.js';

export interface RenderedPage {
  html: string;
  contentSecurityPolicy: string;
  /** The document's stylesheet and section groups for the editor's canvas (rendered when asked). */
  canvas(): PageCanvas;
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

/** The site a page belongs to, as the head needs it (favicon). */
export type SiteOf = (
  ctx: RequestContext,
  siteId: string,
) => Promise<{ name: string; faviconAssetId?: string | null } | null>;

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

/** How one document is rendered beyond its tree: the link base and a page type's data. */
export interface DocumentOptions {
  /** The storefront base every href goes under (see `renderBase`); default: the request's. */
  base?: string | null;
  /** A page type's data, fetched in the same render-data operation. */
  needs?: Pick<
    RenderNeeds,
    'productSlug' | 'collectionPage' | 'cartToken' | 'orderToken' | 'countries' | 'search'
  >;
  /**
   * Binds the fetched data to the render (component data, title, description); null: the data is
   * missing (an unknown product), nothing is rendered.
   */
  bind?: (data: RenderData) => { env: RenderEnv; page?: Partial<RenderablePage> } | null;
  /** The document language: the page's own (default) or the request region's locale (page types). */
  lang?: 'page' | 'region';
  /** A personal document (cart, checkout, order): `<meta name="robots" content="noindex">` and no analytics (no Clarity, no beacon). */
  personal?: boolean;
}

/** Renders a document; null when `bind` finds its data missing. */
export type DocumentRenderer = (
  page: RenderablePage,
  ctx: RequestContext,
  opts?: DocumentOptions,
) => Promise<RenderedPage | null>;

type TreeNeeds = ReturnType<typeof renderNeeds>;
/** Per node list: the cms keeps pages, templates and layouts (TenantRenderCache), so their lists recur. */
const needsByNodes = new WeakMap<readonly TreeNode[], TreeNeeds>();

/** What the header, content and footer need together (fresh arrays: the caller adds to them). */
function mergedNeeds(parts: readonly (readonly TreeNode[])[]): TreeNeeds {
  const assetIds = new Set<string>();
  const productIds = new Set<string>();
  const collections = new Map<string, number>();
  for (const nodes of parts) {
    let needs = needsByNodes.get(nodes);
    if (!needs) {
      needs = renderNeeds(nodes);
      needsByNodes.set(nodes, needs);
    }
    for (const id of needs.assetIds) assetIds.add(id);
    for (const id of needs.productIds) productIds.add(id);
    for (const { slug, limit } of needs.collections) {
      collections.set(slug, Math.max(collections.get(slug) ?? 0, limit));
    }
  }
  return {
    assetIds: [...assetIds],
    productIds: [...productIds],
    collections: [...collections].map(([slug, limit]) => ({ slug, limit })),
  };
}

/**
 * Renders a tree to a complete document: the site layout around it (its own transaction, first),
 * tokens, the ONE render-data supergraph operation (sent before and outside any `withTenant`
 * transaction), head, CSP.
 */
export function createDocumentRenderer(
  tokens: Pick<TokenService, 'designTokens'>,
  supergraph: SupergraphClient,
  /** hreflang alternates (runs after the supergraph call, outside any transaction); absent = none. */
  alternatesOf?: AlternatesOf,
  /** The site layout around the content and the link checks; absent = the content alone. */
  layoutOf?: PageLayoutOf,
  /** The page's site (its name and favicon asset); absent or null = the default favicon of the page title. */
  siteOf?: SiteOf,
): DocumentRenderer {
  return async (given, ctx, opts = {}) => {
    const base = renderBase(ctx, opts.base);
    // The layout first, in its own transaction (never inside another, never around the supergraph call).
    const unchecked = layoutOf && given.siteId ? await layoutOf(ctx, given.siteId, given.tree.content) : null;
    const needs = mergedNeeds([unchecked?.header ?? [], given.tree.content, unchecked?.footer ?? []]);
    if (given.ogImageAssetId) needs.assetIds.push(given.ogImageAssetId);
    // Tokens first: the faces they declare name the font assets the one render-data operation fetches.
    const [designTokens, site] = await Promise.all([
      tokens.designTokens(ctx, ctx.region, {
        templateTokens: templateTokensOf(given.templateId),
        ...(given.themeDraft ? { draft: true } : {}),
      }),
      siteOf && given.siteId ? siteOf(ctx, given.siteId) : null,
    ]);
    const faviconAssetId = site?.faviconAssetId ?? null;
    if (faviconAssetId) needs.assetIds.push(faviconAssetId);
    const data = await supergraph.renderData(ctx, {
      ...needs,
      ...opts.needs,
      fontAssetIds: designTokens.fontFaces.map((face) => face.asset),
      ...unchecked?.catalogue,
    });
    const bound = opts.bind ? opts.bind(data) : { env: {} };
    if (!bound) return null;
    const page: RenderablePage = { ...given, ...bound.page };
    // Links to products and collections that do not exist render as text too.
    const layout = unchecked ? withCatalogue(unchecked, data.catalogue) : null;
    const fonts = mergePageFonts(pageFonts(designTokens, data.fonts), platformPageFonts(designTokens));
    const tokensCss = `${designTokens.css}${fonts.css}`;
    // Personal documents carry no analytics: their address holds the order token, their form an address.
    const analytics = analyticsExtras(
      opts.personal ? NO_RENDER_DATA.analyticsPolicy : data.analyticsPolicy,
      visitorPathOf(ctx, page.path),
      opts.personal ? null : visitorPathOf(ctx, '/collect'),
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
    // The smallest variant: a favicon is drawn at 16 to 64 pixels.
    const faviconUrl = faviconAssetId
      ? ([...(data.images[faviconAssetId] ?? [])].sort((a, b) => a.width - b.width)[0]?.url ?? null)
      : null;
    const extras: PageExtras = {
      head: (
        <>
          {fonts.preloads}
          {opts.personal ? <meta name="robots" content="noindex" /> : null}
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
    const env: RenderEnv = {
      products: data.products,
      images: data.images,
      collections: data.collections,
      links: storefrontLinks(base),
      ...(layout ? { site: layout.site, missingLinks: layout.missingLinks } : {}),
      ...bound.env,
    };
    const html = renderPage(
      page.tree,
      page.seoTitle ?? page.title,
      lang,
      tokensCss,
      extras,
      env,
      layout ?? undefined,
    );
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
      canvas: () => renderCanvas(lang, tokensCss, env, layout ?? undefined),
    };
  };
}

/**
 * Renders a page once per request and base for `Page.html` and `Page.contentSecurityPolicy`
 * (memoised on the request context, the page object and the base).
 */
export function createPageRenderer(
  tokens: Pick<TokenService, 'designTokens'>,
  supergraph: SupergraphClient,
  /** hreflang alternates (runs after the supergraph call, outside any transaction); absent = none. */
  alternatesOf?: AlternatesOf,
  /** The site layout around the content and the link checks; absent = the content alone. */
  layoutOf?: PageLayoutOf,
  /** The page's site (its name and favicon asset); absent = the default favicon of the page title. */
  siteOf?: SiteOf,
): (page: RenderablePage, ctx: RequestContext, base?: string | null) => Promise<RenderedPage> {
  const memo = new WeakMap<RequestContext, WeakMap<RenderablePage, Map<string, Promise<RenderedPage>>>>();
  const document = createDocumentRenderer(tokens, supergraph, alternatesOf, layoutOf, siteOf);
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
      // Without `bind` a render never comes back null.
      rendered = document(page, ctx, { base }).then((r) => r!);
      byBase.set(base, rendered);
    }
    return rendered;
  };
}
