import { toConnection } from '../../core/pagination.js';
import type { Resolvers } from './__generated__/resolvers-types.js';
import type { AssetService } from './services/asset-service.js';

export function assetsResolvers(assets: AssetService): Resolvers {
  return {
    Query: {
      assets: async (_, args, { ctx }) =>
        toConnection(await assets.list(ctx, args.first, args.after ?? null), args.first),
    },
    Mutation: {
      updateAssetAlt: (_, args, { ctx }) => assets.updateAlt(ctx, args.id, args.alt ?? null),
    },
    Asset: {
      __resolveReference: (ref, { ctx }) => assets.assetReference(ctx, ref.id),
      url: (asset) => assets.storage.publicUrl(asset.storageKey),
      createdAt: (asset) => asset.createdAt.toISOString(),
    },
  };
}
