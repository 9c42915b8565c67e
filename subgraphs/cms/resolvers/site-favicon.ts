import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { SiteFaviconService } from '../services/site-favicon.js';

/** A site's favicon (services/site-favicon.ts). */
export function siteFaviconResolvers(favicons: SiteFaviconService): Resolvers {
  return {
    Mutation: {
      setSiteFavicon: (_, args, { ctx }) => favicons.set(ctx, args.siteId, args.assetId ?? null),
    },
    Site: {
      faviconAssetId: (site) => site.faviconAssetId ?? null,
    },
  };
}
