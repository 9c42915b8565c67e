import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { SiteIndexingService } from '../services/site-indexing.js';

/** Per-site crawler settings: robots.txt inputs and the sitemap URL (services/site-indexing.ts). */
export function siteIndexingResolvers(indexing: SiteIndexingService): Resolvers {
  return {
    Query: {
      siteIndexing: (_, args, { ctx }) => indexing.indexing(ctx, args.siteId ?? null),
    },
    Mutation: {
      setSiteIndexing: (_, args, { ctx }) => indexing.setIndexing(ctx, args.siteId, args.input),
    },
    Site: {
      indexing: (site) => indexing.view(site),
    },
  };
}
