import { availableParallelism } from 'node:os';
import sharp from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import type { Config } from '../../../core/config.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { publicMessage } from '../../../core/errors.js';
import { DEFAULT_RETRY, type JobHandler } from '../../../core/jobs.js';
import type { Storage } from '../../../core/storage.js';
import { type Asset, AssetSchema, type VariantFormat } from '../entities/assets.js';
import { assetPrefix, deleteAssetObjects } from '../services/asset-service.js';

export type ImageSettings = Pick<
  Config,
  'IMAGE_MAX_PIXELS' | 'IMAGE_WIDTHS' | 'IMAGE_AVIF_EFFORT' | 'IMAGE_THREADS'
> &
  Partial<Pick<Config, 'IMAGE_JOB_CONCURRENCY' | 'IMAGE_CROPS' | 'IMAGE_CROP_WIDTHS'>>;

export interface EncodedVariant {
  width: number;
  height: number;
  format: VariantFormat;
  /** `none`, or the crop's aspect as `WxH` (e.g. `16x9`). */
  crop: string;
  data: Buffer;
}

/** A point of interest in 0..1 image coordinates; null means the centre. */
export interface FocalPoint {
  x: number;
  y: number;
}

export interface ProcessedImage {
  width: number;
  height: number;
  variants: EncodedVariant[];
  /** ThumbHash, base64. */
  placeholder: string;
  /** `#rrggbb`. */
  dominantColor: string;
}

/** An input no retry can fix (not an image, truncated, too many pixels): the asset fails at once. */
export class UnprocessableImageError extends Error {}

type Channels = 1 | 2 | 3 | 4;

const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };
const MIME: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/**
 * `tenants/<t>/assets/<assetId>/<width>.<ext>`, crops `.../crop-16x9-<width>.<ext>`: the same input
 * always gives the same keys.
 */
export function variantKey(
  asset: Pick<Asset, 'tenantId' | 'id' | 'private'>,
  width: number,
  format: VariantFormat,
  crop = 'none',
) {
  const name = crop === 'none' ? `${width}` : `crop-${crop}-${width}`;
  return `${assetPrefix(asset.tenantId, asset.id, asset.private)}${name}.${EXTENSIONS[format]}`;
}

/**
 * The largest region of the given aspect inside a width × height image, centred on the focal point
 * as far as the edges allow.
 */
export function cropRegion(
  width: number,
  height: number,
  aspect: { w: number; h: number },
  focal: FocalPoint | null,
): { left: number; top: number; width: number; height: number } {
  const target = aspect.w / aspect.h;
  const cropWidth = width / height > target ? Math.max(1, Math.round(height * target)) : width;
  const cropHeight = width / height > target ? height : Math.max(1, Math.round(width / target));
  const fx = focal?.x ?? 0.5;
  const fy = focal?.y ?? 0.5;
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return {
    left: clamp(Math.round(fx * width - cropWidth / 2), width - cropWidth),
    top: clamp(Math.round(fy * height - cropHeight / 2), height - cropHeight),
    width: cropWidth,
    height: cropHeight,
  };
}

let threadsSet = false;
/**
 * libvips threads per image. Image jobs already run side by side (IMAGE_JOB_CONCURRENCY) and each
 * encodes its three formats in parallel, so by default the CPUs are shared out between the jobs
 * (CPUs / job concurrency, at least 1): measured on 2 vCPUs, 2 jobs × 1 thread and 1 job × 2
 * threads both gave 0.27 img/s, 2 jobs × 2 threads (oversubscribed) 0.24 img/s.
 */
export function configureSharp(
  settings: Pick<ImageSettings, 'IMAGE_THREADS' | 'IMAGE_JOB_CONCURRENCY'>,
): void {
  if (threadsSet) return;
  const jobs = settings.IMAGE_JOB_CONCURRENCY ?? 1;
  sharp.concurrency(settings.IMAGE_THREADS || Math.max(1, Math.floor(availableParallelism() / jobs)));
  // The libvips operation cache only helps when the same input is processed repeatedly.
  sharp.cache(false);
  threadsSet = true;
}

/** The widths to make: the configured ones up to the original's, plus the original width when it is narrower than the widest. */
export function variantWidths(originalWidth: number, configured: readonly number[]): number[] {
  const widths = new Set(configured.filter((w) => w <= originalWidth));
  if (originalWidth < Math.max(...configured)) widths.add(originalWidth);
  return [...widths].sort((a, b) => a - b);
}

/**
 * Decodes once (auto-oriented, metadata stripped: raw pixels carry none), then encodes every
 * width in AVIF, WebP and a fallback in the original's family (PNG for PNG/GIF, JPEG otherwise).
 * Never upscales. Refuses more than IMAGE_MAX_PIXELS pixels before decoding.
 */
export async function processImage(
  input: Buffer,
  settings: ImageSettings,
  focal: FocalPoint | null = null,
  opts: { cropsOnly?: boolean } = {},
): Promise<ProcessedImage> {
  configureSharp(settings);
  let decoded: { data: Buffer; info: { width: number; height: number; channels: Channels } };
  let sourceFormat: string | undefined;
  try {
    const source = sharp(input, { limitInputPixels: settings.IMAGE_MAX_PIXELS, failOn: 'truncated' });
    const meta = await source.metadata();
    sourceFormat = meta.format;
    const out = await source.rotate().raw().toBuffer({ resolveWithObject: true });
    decoded = { data: out.data, info: { ...out.info, channels: out.info.channels as Channels } };
  } catch (err) {
    throw new UnprocessableImageError(`The image cannot be processed: ${(err as Error).message}`);
  }
  const { width, height, channels } = decoded.info;
  const raw = { raw: { width, height, channels } } as const;
  const hasAlpha = channels === 4 || channels === 2;
  const fallback: VariantFormat =
    sourceFormat === 'png' || sourceFormat === 'gif' || hasAlpha ? 'png' : 'jpeg';
  const formats: VariantFormat[] = ['avif', 'webp', fallback];
  const encode = (pixelsOf: Buffer, w: number, h: number, format: VariantFormat) => {
    const img = sharp(pixelsOf, { raw: { width: w, height: h, channels } });
    return (
      format === 'avif'
        ? img.avif({ quality: 50, effort: settings.IMAGE_AVIF_EFFORT })
        : format === 'webp'
          ? img.webp({ quality: 75, effort: 4 })
          : format === 'png'
            ? img.png({ compressionLevel: 8, palette: false })
            : img.jpeg({ quality: 78, mozjpeg: true })
    ).toBuffer();
  };
  /** Resizes `region` of the decoded image to width `w` and encodes it in every format. */
  const renditions = async (
    region: { left: number; top: number; width: number; height: number } | null,
    w: number,
    crop: string,
    cropFormats: VariantFormat[],
  ): Promise<EncodedVariant[]> => {
    let pipeline = sharp(decoded.data, raw);
    if (region) pipeline = pipeline.extract(region);
    const resized = await pipeline
      .resize({ width: w, withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width: rw, height: rh } = resized.info;
    return Promise.all(
      cropFormats.map(async (format) => ({
        width: rw,
        height: rh,
        format,
        crop,
        data: await encode(resized.data, rw, rh, format),
      })),
    );
  };

  const variants: EncodedVariant[] = [];
  for (const w of opts.cropsOnly ? [] : variantWidths(width, settings.IMAGE_WIDTHS)) {
    variants.push(...(await renditions(null, w, 'none', formats)));
  }
  // Crops serve cards and thumbnails: small widths, WebP plus the fallback (AVIF adds little there).
  for (const aspect of settings.IMAGE_CROPS ?? []) {
    const [w, h] = aspect.split(':').map(Number) as [number, number];
    const region = cropRegion(width, height, { w, h }, focal);
    const crop = `${w}x${h}`;
    const widths = [...new Set((settings.IMAGE_CROP_WIDTHS ?? []).map((cw) => Math.min(cw, region.width)))];
    for (const cw of widths) variants.push(...(await renditions(region, cw, crop, ['webp', fallback])));
  }

  const small = await sharp(decoded.data, raw)
    .resize(100, 100, { fit: 'inside' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const placeholder = Buffer.from(rgbaToThumbHash(small.info.width, small.info.height, small.data)).toString(
    'base64',
  );
  const { dominant } = await sharp(decoded.data, raw).stats();
  const hex = (n: number) => n.toString(16).padStart(2, '0');
  return {
    width,
    height,
    variants,
    placeholder,
    dominantColor: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`,
  };
}

export interface ImageJobDeps {
  storage: Storage;
  /** The assets subgraph's database (opened, migrated by the assets service). */
  db: SubgraphDb;
  settings: ImageSettings;
  /** Attempts the queue makes before giving up (the job default unless configured otherwise). */
  maxAttempts?: number;
}

/** Deletes every object under the asset's prefix except its original. */
async function deleteVariantObjects(storage: Storage, asset: Asset): Promise<void> {
  const keys = await storage.list(assetPrefix(asset.tenantId, asset.id, asset.private));
  await Promise.all(keys.filter((k) => k !== asset.storageKey).map((k) => storage.delete(k)));
}

async function markFailed(db: SubgraphDb, asset: Asset, reason: string): Promise<void> {
  await withTenant(db, { tenantId: asset.tenantId }, (em) =>
    em.nativeUpdate(
      AssetSchema,
      { id: asset.id, status: { $ne: 'ready' } },
      { status: 'failed', failureReason: reason.slice(0, 500), updatedAt: new Date() },
    ),
  );
}

/**
 * `image.optimize`: writes every variant, then records them all at once (upsert on the unique
 * (tenant, asset, width, format), so a second run records nothing twice and writes the same keys).
 * On error what this run wrote is deleted; an unprocessable image fails at once, a transient
 * error is retried and the asset is marked failed after the last attempt.
 */
export function imageOptimizeHandler(deps: ImageJobDeps): JobHandler<'image.optimize'> {
  const maxAttempts = deps.maxAttempts ?? DEFAULT_RETRY.attempts;
  return async ({ tenantId, assetId }, job) => {
    const { db } = deps;
    const asset = await withTenant(db, { tenantId }, (em) => em.findOne(AssetSchema, { id: assetId }));
    if (!asset) {
      job.log.info('asset is gone; nothing to do');
      return;
    }
    if (asset.status !== 'processing') {
      job.log.info({ status: asset.status }, 'asset is not waiting for processing; nothing to do');
      return;
    }
    let result: ProcessedImage;
    try {
      result = await processImage(await deps.storage.get(asset.storageKey), deps.settings, focalOf(asset));
    } catch (err) {
      if (err instanceof UnprocessableImageError) {
        await deleteVariantObjects(deps.storage, asset);
        await markFailed(db, asset, err.message);
        job.log.warn({ reason: err.message }, 'image refused');
        return;
      }
      if (job.attempt >= maxAttempts) await markFailed(db, asset, publicMessage(err, `job ${job.id}`));
      throw err;
    }
    try {
      await writeVariants(deps.storage, asset, result.variants);
      const recorded = await withTenant(db, { tenantId }, async (em) => {
        const current = await em.findOne(AssetSchema, { id: assetId });
        if (!current) return false;
        await recordVariants(em, current, result.variants);
        current.status = 'ready';
        current.failureReason = null;
        current.width = result.width;
        current.height = result.height;
        current.placeholder = result.placeholder;
        current.dominantColor = result.dominantColor;
        current.updatedAt = new Date();
        await em.flush();
        return true;
      });
      if (!recorded) {
        // Deleted while we worked: what we wrote must not stay behind.
        await deleteVariantObjects(deps.storage, asset);
        return;
      }
      job.log.info({ variants: result.variants.length }, 'image optimised');
    } catch (err) {
      await deleteVariantObjects(deps.storage, asset).catch(() => undefined);
      if (job.attempt >= maxAttempts) await markFailed(db, asset, publicMessage(err, `job ${job.id}`));
      throw err;
    }
  };
}

const focalOf = (asset: Asset): FocalPoint | null =>
  asset.focalX === null || asset.focalY === null ? null : { x: asset.focalX, y: asset.focalY };

/** Upserts variant rows on (tenant, asset, crop, width, format): a rerun records nothing twice. */
async function recordVariants(em: EntityManager, asset: Asset, variants: EncodedVariant[]): Promise<void> {
  for (const v of variants) {
    await em.execute(
      `insert into assets.asset_variant (id, tenant_id, asset_id, width, height, format, crop, storage_key, size)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (tenant_id, asset_id, crop, width, format)
       do update set height = excluded.height, storage_key = excluded.storage_key, size = excluded.size`,
      [
        asset.tenantId,
        asset.id,
        v.width,
        v.height,
        v.format,
        v.crop,
        variantKey(asset, v.width, v.format, v.crop),
        v.data.length,
      ],
    );
  }
}

async function writeVariants(storage: Storage, asset: Asset, variants: EncodedVariant[]): Promise<void> {
  // allSettled, not all: a cleanup must not race puts still in flight.
  const writes = await Promise.allSettled(
    variants.map((v) => storage.put(variantKey(asset, v.width, v.format, v.crop), v.data, MIME[v.format])),
  );
  const failedWrite = writes.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failedWrite) throw failedWrite.reason;
}

/**
 * `image.recrop`: the focal point of a ready image moved, so its crops are made again under the same
 * keys. Nothing is deleted on failure: the previous crops keep serving until a retry succeeds.
 */
export function imageRecropHandler(deps: ImageJobDeps): JobHandler<'image.recrop'> {
  return async ({ tenantId, assetId }, job) => {
    const { db } = deps;
    const asset = await withTenant(db, { tenantId }, (em) => em.findOne(AssetSchema, { id: assetId }));
    if (asset?.status !== 'ready' || asset.kind !== 'image') {
      job.log.info({ status: asset?.status }, 'nothing to recrop');
      return;
    }
    const result = await processImage(
      await deps.storage.get(asset.storageKey),
      deps.settings,
      focalOf(asset),
      {
        cropsOnly: true,
      },
    );
    await writeVariants(deps.storage, asset, result.variants);
    await withTenant(db, { tenantId }, (em) => recordVariants(em, asset, result.variants));
    job.log.info({ crops: result.variants.length }, 'crops regenerated around the focal point');
  };
}

/** `asset.delete`: removes a deleted asset's original and every variant. */
export function assetDeleteHandler(storage: Storage): JobHandler<'asset.delete'> {
  return async (payload, job) => {
    const removed = await deleteAssetObjects(storage, payload);
    job.log.info({ removed }, 'asset objects deleted');
  };
}
