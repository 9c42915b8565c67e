import { toConnection } from '../../../core/pagination.js';
import { GraphQLJSON } from '../../../core/scalars.js';
import { toRankedConnection } from '../../../core/search.js';
import type { PageStatus as GraphQLPageStatus, Resolvers } from '../__generated__/resolvers-types.js';
import type { Site } from '../entities/cms.js';
import { createPageRenderer } from '../services/page-renderer.js';
import type { PageService, PageView } from '../services/page-service.js';
import type { SiteLayoutService } from '../services/site-layout.js';
import { offlineSupergraphClient, type SupergraphClient } from '../services/supergraph-client.js';
import type { TokenService } from '../services/token-service.js';
import type { TranslationService } from '../services/translations.js';

const GRAPHQL_PAGE_STATUS: Record<PageView['status'], GraphQLPageStatus> = {
  draft: 'DRAFT',
  published: 'PUBLISHED',
};

export function cmsResolvers(
  pages: PageService,
  tokens: TokenService,
  /** The renderer's one supergraph call (analytics policy); offline = no analytics. */
  supergraph: SupergraphClient = offlineSupergraphClient,
  /** hreflang alternates in the rendered head; absent = none. */
  translations?: TranslationService,
  /** The site layout (header, footer) around every page and the link checks; absent = the content alone. */
  layouts?: SiteLayoutService,
): Resolvers {
  const rendered = createPageRenderer(
    tokens,
    supergraph,
    translations ? (page, ctx, regions) => translations.alternates(ctx, page, regions) : undefined,
    layouts ? (ctx, siteId, content) => layouts.pageLayout(ctx, siteId, content) : undefined,
    (ctx, siteId) => pages.siteById(ctx, siteId),
  );
  return {
    JSON: GraphQLJSON,
    Query: {
      page: (_, args, { ctx }) => pages.publishedPage(ctx, args.path, args.siteId ?? null),
      draftPage: (_, args, { ctx }) => pages.draftPage(ctx, args.id),
      searchPages: async (_, args, { ctx }) =>
        toRankedConnection(
          await pages.searchPages(ctx, args.query, {
            siteId: args.siteId ?? null,
            first: args.first,
            after: args.after ?? null,
          }),
          args.first,
        ),
      sites: async (_, { first, after }, { ctx }) =>
        toConnection(await pages.sites(ctx, first, after ?? null), first),
      designTokens: (_, args, { ctx }) => tokens.designTokens(ctx, args.region ?? null),
      tenantTokenOverrides: (_, __, { ctx }) => tokens.tenantTokenOverrides(ctx),
      previewDesignTokens: (_, args, { ctx }) =>
        tokens.previewDesignTokens(ctx, args.document, args.region ?? null),
    },
    Mutation: {
      createSite: (_, { input }, { ctx }) => pages.createSite(ctx, input),
      savePage: (_, { input }, { ctx }) => pages.savePage(ctx, input),
      publishPage: (_, args, { ctx }) => pages.publishPage(ctx, args.id, args.expectedVersion ?? null),
      setTenantTokens: (_, args, { ctx }) =>
        tokens.setTenantTokens(ctx, args.document, args.expectedVersion ?? null),
      setRegionTokens: (_, args, { ctx }) =>
        tokens.setRegionTokens(ctx, args.region, args.document, args.expectedVersion ?? null),
    },
    Site: {
      __resolveReference: (ref, { ctx }) => pages.siteById(ctx, ref.id),
      pages: async (site, { first, after }, { ctx }) =>
        toConnection(await pages.sitePages(ctx, site.id, first, after ?? null), first),
    },
    Page: {
      __resolveReference: (ref, { ctx }) => pages.pageReference(ctx, ref.id),
      // `site` is non-null in the schema but siteById may return null (a page whose site row is gone): kept
      // as before, GraphQL then reports the non-null violation. The cast only restates that contract.
      site: (page, _, { ctx }) => pages.siteById(ctx, page.siteId) as Promise<Site>,
      status: (page) => GRAPHQL_PAGE_STATUS[page.status],
      publishedAt: (page) => page.publishedAt?.toISOString() ?? null,
      updatedAt: (page) => page.updatedAt.toISOString(),
      featuredProducts: (page) => page.featuredProductIds.map((id) => ({ __typename: 'Product', id })),
      html: async (page, args, { ctx }) => (await rendered(page, ctx, args.base)).html,
      contentSecurityPolicy: async (page, args, { ctx }) =>
        (await rendered(page, ctx, args.base)).contentSecurityPolicy,
      canvas: async (page, _, { ctx }) => (await rendered(page, ctx)).canvas(),
    },
    TokenOverride: {
      updatedAt: (override) => override.updatedAt.toISOString(),
    },
  };
}
