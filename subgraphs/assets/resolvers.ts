import type { GraphQLResolverMap } from '@apollo/subgraph';
import { toConnection } from '../../core/pagination.js';
import type { SubgraphContext } from '../../core/subgraph.js';
import type { Asset } from './entities.js';
import type { AssetService } from './services/asset-service.js';

export function assetsResolvers(assets: AssetService): GraphQLResolverMap<SubgraphContext> {
  return {
    Query: {
      assets: async (_: unknown, args: { first: number; after?: string | null }, { ctx }: SubgraphContext) =>
        toConnection(await assets.list(ctx, args.first, args.after ?? null), args.first),
    },
    Mutation: {
      updateAssetAlt: (_: unknown, args: { id: string; alt?: string | null }, { ctx }: SubgraphContext) =>
        assets.updateAlt(ctx, args.id, args.alt ?? null),
    },
    Asset: {
      __resolveReference: (ref: { id: string }, { ctx }: SubgraphContext) => assets.assetReference(ctx, ref.id),
      url: (asset: Asset) => assets.storage.publicUrl(asset.storageKey),
      createdAt: (asset: Asset) => asset.createdAt.toISOString(),
    },
  };
}
