import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { RegionService } from '../services/regions.js';

/** Regions of the current tenant: thin resolvers over RegionService. */
export function regionResolvers(regions: RegionService): Resolvers {
  return {
    Query: {
      regions: (_, __, { ctx }) => regions.list(ctx),
    },
    Mutation: {
      upsertRegion: (_, { input }, { ctx }) => regions.upsert(ctx, input),
      deleteRegion: (_, { code }, { ctx }) => regions.delete(ctx, code),
      setDefaultRegion: (_, { code }, { ctx }) => regions.setDefault(ctx, code),
    },
  };
}
