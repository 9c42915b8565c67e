import { thumbHashToDataURL } from 'thumbhash';
import { badInput } from '../../../core/errors.js';
import { toConnection } from '../../../core/pagination.js';
import type {
  AssetKind as AssetKindGql,
  AssetStatus as AssetStatusGql,
  ImageFormat,
  Resolvers,
} from '../__generated__/resolvers-types.js';
import type { Asset, AssetKind, AssetVariant, VariantFormat } from '../entities/assets.js';
import type { AssetService } from '../services/asset-service.js';

const KIND_IN: Record<AssetKindGql, AssetKind> = { IMAGE: 'image', FONT: 'font', DOCUMENT: 'document' };
const FORMAT_IN: Record<ImageFormat, VariantFormat> = {
  AVIF: 'avif',
  WEBP: 'webp',
  JPEG: 'jpeg',
  PNG: 'png',
};

function upper<T extends string>(value: string): T {
  return value.toUpperCase() as T;
}

/** `16:9` (the API's spelling) → `16x9` (stored); no crop → `none`. */
function cropKey(crop: string | null | undefined): string {
  if (!crop) return 'none';
  if (!/^[1-9][0-9]?:[1-9][0-9]?$/.test(crop)) throw badInput('crop: an aspect like 1:1 or 16:9', 'crop');
  return crop.replace(':', 'x');
}

/** Variants are loaded once per asset object per request (srcset, sizes and variants share them). */
const loaded = new WeakMap<Asset, Promise<AssetVariant[]>>();

export function assetsResolvers(assets: AssetService): Resolvers {
  const variantsOf = (ctx: Parameters<AssetService['variants']>[0], asset: Asset) => {
    let found = loaded.get(asset);
    if (!found) {
      found = assets.variants(ctx, asset);
      loaded.set(asset, found);
    }
    return found;
  };
  const variantUrls = new WeakMap<AssetVariant, Asset>();
  return {
    Query: {
      asset: (_, args, { ctx }) => assets.assetReference(ctx, args.id),
      assetsByIds: (_, args, { ctx }) => assets.assetsByIds(ctx, args.ids),
      assets: async (_, args, { ctx }) =>
        toConnection(
          await assets.list(ctx, args.first, args.after ?? null, {
            search: args.search ?? null,
            kind: args.type ? KIND_IN[args.type] : null,
          }),
          args.first,
        ),
    },
    Mutation: {
      createUpload: (_, { input }, { ctx }) =>
        assets.createUpload(ctx, {
          filename: input.filename,
          contentType: input.contentType,
          size: input.size,
          private: input.private ?? false,
        }),
      completeUpload: (_, args, { ctx }) => assets.completeUpload(ctx, args.id),
      updateAsset: (_, { id, input }, { ctx }) =>
        assets.update(ctx, id, {
          ...('alt' in input ? { alt: input.alt ?? null } : {}),
          ...('focalPoint' in input ? { focalPoint: input.focalPoint ?? null } : {}),
        }),
      updateAssetAlt: (_, args, { ctx }) => assets.updateAlt(ctx, args.id, args.alt ?? null),
      deleteAsset: (_, args, { ctx }) => assets.delete(ctx, args.id, args.force ?? false),
      recordAssetUsage: (_, { input }, { ctx }) => assets.recordUsage(ctx, input),
    },
    UploadTicket: {
      expiresAt: (ticket) => ticket.expiresAt.toISOString(),
    },
    Asset: {
      __resolveReference: (ref, { ctx }) => assets.assetReference(ctx, ref.id),
      url: (asset) => assets.url(asset, asset.storageKey),
      kind: (asset) => upper<AssetKindGql>(asset.kind),
      status: (asset) => upper<AssetStatusGql>(asset.status),
      placeholderDataUrl: (asset) =>
        asset.placeholder ? thumbHashToDataURL(Buffer.from(asset.placeholder, 'base64')) : null,
      focalPoint: (asset) =>
        asset.focalX === null || asset.focalY === null ? null : { x: asset.focalX, y: asset.focalY },
      variants: async (asset, args, { ctx }) => {
        const crop = cropKey(args.crop);
        const all = (await variantsOf(ctx, asset)).filter((v) => v.crop === crop);
        const picked = args.format ? all.filter((v) => v.format === FORMAT_IN[args.format!]) : all;
        for (const v of picked) variantUrls.set(v, asset);
        return picked;
      },
      srcset: async (asset, args, { ctx }) => {
        const format = FORMAT_IN[args.format ?? 'WEBP'];
        const crop = cropKey(args.crop);
        const picked = (await variantsOf(ctx, asset)).filter((v) => v.format === format && v.crop === crop);
        if (picked.length === 0) return null;
        const urls = await Promise.all(picked.map((v) => assets.url(asset, v.storageKey)));
        return picked.map((v, i) => `${urls[i]} ${v.width}w`).join(', ');
      },
      sizes: async (asset, _, { ctx }) => {
        const whole = (await variantsOf(ctx, asset)).filter((v) => v.crop === 'none');
        const widest = Math.max(0, ...whole.map((v) => v.width));
        return widest > 0 ? `(max-width: ${widest}px) 100vw, ${widest}px` : null;
      },
      usages: (asset, _, { ctx }) => assets.usages(ctx, asset.id),
      createdAt: (asset) => asset.createdAt.toISOString(),
    },
    AssetVariant: {
      format: (variant) => upper<ImageFormat>(variant.format),
      crop: (variant) => (variant.crop === 'none' ? null : variant.crop.replace('x', ':')),
      url: (variant) => {
        const asset = variantUrls.get(variant);
        return asset ? assets.url(asset, variant.storageKey) : assets.storage.publicUrl(variant.storageKey);
      },
    },
    AssetUsage: {
      id: (usage) => usage.refId,
    },
  };
}
