import type { GraphQLResolverMap } from '@apollo/subgraph';
import { GraphQLJSON } from '../../core/scalars.js';
import { toConnection } from '../../core/pagination.js';
import type { SubgraphContext } from '../../core/subgraph.js';
import type { Site } from './entities.js';
import type { PageService, PageView } from './services/page-service.js';
import { renderPage } from './services/render.js';

interface PageArgs {
  first: number;
  after?: string | null;
}

export function cmsResolvers(pages: PageService): GraphQLResolverMap<SubgraphContext> {
  return {
    JSON: GraphQLJSON,
    Query: {
      page: (_: unknown, args: { path: string; siteId?: string | null }, { ctx }: SubgraphContext) =>
        pages.publishedPage(ctx, args.path, args.siteId ?? null),
      draftPage: (_: unknown, args: { id: string }, { ctx }: SubgraphContext) => pages.draftPage(ctx, args.id),
      sites: async (_: unknown, { first, after }: PageArgs, { ctx }: SubgraphContext) =>
        toConnection(await pages.sites(ctx, first, after ?? null), first),
    },
    Mutation: {
      createSite: (_: unknown, { input }: { input: unknown }, { ctx }: SubgraphContext) =>
        pages.createSite(ctx, input),
      savePage: (_: unknown, { input }: { input: unknown }, { ctx }: SubgraphContext) => pages.savePage(ctx, input),
      publishPage: (_: unknown, args: { id: string; expectedVersion?: number | null }, { ctx }: SubgraphContext) =>
        pages.publishPage(ctx, args.id, args.expectedVersion ?? null),
    },
    Site: {
      __resolveReference: (ref: { id: string }, { ctx }: SubgraphContext) => pages.siteById(ctx, ref.id),
      pages: async (site: Site, { first, after }: PageArgs, { ctx }: SubgraphContext) =>
        toConnection(await pages.sitePages(ctx, site.id, first, after ?? null), first),
    },
    Page: {
      __resolveReference: (ref: { id: string }, { ctx }: SubgraphContext) => pages.pageReference(ctx, ref.id),
      site: (page: PageView, _: unknown, { ctx }: SubgraphContext) => pages.siteById(ctx, page.siteId),
      status: (page: PageView) => page.status.toUpperCase(),
      publishedAt: (page: PageView) => page.publishedAt?.toISOString() ?? null,
      updatedAt: (page: PageView) => page.updatedAt.toISOString(),
      featuredProducts: (page: PageView) => page.featuredProductIds.map((id) => ({ __typename: 'Product', id })),
      html: (page: PageView) => renderPage(page.tree, page.title),
    },
  };
}
