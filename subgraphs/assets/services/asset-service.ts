import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Config } from '../../../core/config.js';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import type { JobQueue } from '../../../core/jobs.js';
import { checkPageSize, decodeCursor, MAX_PAGE_SIZE } from '../../../core/pagination.js';
import { assertCan } from '../../../core/permissions.js';
import { assertPlanRoom, planLimits } from '../../../core/plans.js';
import { groupBy, RequestBatcher } from '../../../core/request-batcher.js';
import {
  ObjectNotFoundError,
  objectSize,
  type Storage,
  signUpload,
  tenantKey,
} from '../../../core/storage.js';
import { planOfTenant, type TenantLookup } from '../../../core/tenant-lookup.js';
import {
  type Asset,
  type AssetKind,
  AssetSchema,
  type AssetUsage,
  AssetUsageSchema,
  type AssetVariant,
  AssetVariantSchema,
} from '../entities/assets.js';
import { FONT_MAX_BYTES, woff2Problem } from './fonts.js';
import { UnstrippableImageError, withoutMetadata } from './original-image.js';

/** What may be uploaded: sniffed type → kind and file extension. SVG is refused (docs/guides/assets.md). */
export const ACCEPTED_TYPES: Record<string, { kind: AssetKind; ext: string }> = {
  'image/jpeg': { kind: 'image', ext: 'jpg' },
  'image/png': { kind: 'image', ext: 'png' },
  'image/webp': { kind: 'image', ext: 'webp' },
  'image/avif': { kind: 'image', ext: 'avif' },
  'image/gif': { kind: 'image', ext: 'gif' },
  'font/woff2': { kind: 'font', ext: 'woff2' },
  'application/pdf': { kind: 'document', ext: 'pdf' },
};

/** How long an upload URL stays valid. */
export const UPLOAD_TTL_SECONDS = 15 * 60;
/** How long a private asset's signed URLs stay valid. */
export const SIGNED_URL_TTL_SECONDS = 60 * 60;

export type AssetsConfig = Pick<
  Config,
  'ASSET_MAX_BYTES' | 'ASSET_QUOTA_BYTES' | 'IMAGE_MAX_PIXELS' | 'publicUrl' | 'contextSecret'
>;

export interface UploadTicket {
  asset: Asset;
  /** Where the client's bytes land (outside the asset's folder until completeUpload checks them). */
  uploadKey: string;
  uploadUrl: string;
  method: 'PUT';
  headers: { name: string; value: string }[];
  expiresAt: Date;
}

export interface AssetFilter {
  search?: string | null;
  kind?: AssetKind | null;
}

/**
 * Where an upload lands before completeUpload: never served publicly, and never the asset's own
 * object, so a second PUT with a still-valid URL cannot replace bytes that were already checked.
 */
export function uploadKey(asset: Pick<Asset, 'tenantId' | 'id' | 'storageKey'>): string {
  const ext = asset.storageKey.slice(asset.storageKey.lastIndexOf('.') + 1);
  return tenantKey(asset.tenantId, 'uploads', `${asset.id}.${ext}`);
}

/** `tenants/<t>/assets/<id>/` (public) or `tenants/<t>/private-assets/<id>/`: the original and its variants. */
export function assetPrefix(tenantId: string, assetId: string, isPrivate: boolean): string {
  return `${tenantKey(tenantId, isPrivate ? 'private-assets' : 'assets', assetId)}/`;
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}

function normaliseType(contentType: string): string {
  const base = contentType.split(';')[0]!.trim().toLowerCase();
  return base === 'image/jpg' || base === 'image/pjpeg' ? 'image/jpeg' : base;
}

/** What a new asset does not know yet: filled by processing (image facts) or by editors (alt, focal point). */
const NOT_YET_KNOWN = {
  failureReason: null,
  width: null,
  height: null,
  placeholder: null,
  dominantColor: null,
  focalX: null,
  focalY: null,
  alt: null,
} as const;

export class AssetService {
  constructor(
    private readonly db: SubgraphDb,
    readonly storage: Storage,
    private readonly jobs: Pick<JobQueue, 'enqueue'> | null,
    private readonly config: AssetsConfig,
    /** The tenant's plan: its storage quota. */
    private readonly tenants: TenantLookup,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(ctx: RequestContext, first: number, after: string | null, filter: AssetFilter = {}): Promise<Asset[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const search = filter.search?.trim();
    if (search && search.length > 100) throw badInput('search: at most 100 characters', 'search');
    const where: Record<string, unknown> = {};
    if (afterId) where.id = { $gt: afterId };
    if (filter.kind) where.kind = filter.kind;
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ filename: { $ilike: pattern } }, { alt: { $ilike: pattern } }];
    }
    return withTenant(this.db, ctx, (em) =>
      em.find(AssetSchema, where, { orderBy: { id: 'asc' }, limit: first + 1 }),
    );
  }

  /** Assets by id, in the order asked (null for unknown or foreign ids). */
  async assetsByIds(ctx: RequestContext, ids: readonly string[]): Promise<(Asset | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(`ids: at most ${MAX_PAGE_SIZE}`, 'ids');
    const valid = ids.filter(isUuid);
    if (!ctx.tenantId || valid.length === 0) return ids.map(() => null);
    const found = await withTenant(this.db, ctx, (em) => em.find(AssetSchema, { id: { $in: valid } }), {
      readOnly: true,
    });
    const byId = new Map(found.map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The assets a request's references name, one query per request turn (`_entities` asks one by one). */
  private readonly references = new RequestBatcher<RequestContext, string, Asset>(async (ctx, ids) => {
    const found = await withTenant(this.db, ctx, (em) => em.find(AssetSchema, { id: { $in: ids } }), {
      readOnly: true,
    });
    return new Map(found.map((a) => [a.id, a]));
  });

  /** Image variants of a request's assets, one query per request turn and tenant. */
  private readonly variantBatches = new RequestBatcher<RequestContext, Asset, AssetVariant[]>(
    async (_ctx, assets) => {
      const out = new Map<Asset, AssetVariant[]>();
      for (const [tenantId, ofTenant] of groupBy(assets, (a) => a.tenantId)) {
        const rows = await withTenant(
          this.db,
          { tenantId },
          (em) =>
            em.find(
              AssetVariantSchema,
              { assetId: { $in: ofTenant.map((a) => a.id) } },
              { orderBy: { format: 'asc', width: 'asc' } },
            ),
          { readOnly: true },
        );
        const byAsset = groupBy(rows, (v) => v.assetId);
        for (const asset of ofTenant) out.set(asset, byAsset.get(asset.id) ?? []);
      }
      return out;
    },
  );

  async assetReference(ctx: RequestContext, id: string): Promise<Asset | null> {
    if (!ctx.tenantId || !isUuid(id)) return null;
    return (await this.references.load(ctx, id.toLowerCase())) ?? null;
  }

  async variants(ctx: RequestContext, asset: Asset): Promise<AssetVariant[]> {
    if (asset.kind !== 'image' || asset.status !== 'ready') return [];
    return (await this.variantBatches.load(ctx, asset)) ?? [];
  }

  /** A URL a browser can load: public (CDN_BASE_URL respected) or, for a private asset, signed and expiring. */
  url(asset: Pick<Asset, 'private'>, key: string): Promise<string> | string {
    return asset.private
      ? this.storage.signedGetUrl(key, SIGNED_URL_TTL_SECONDS)
      : this.storage.publicUrl(key);
  }

  /** Deprecated path kept for `updateAssetAlt`. */
  updateAlt(ctx: RequestContext, id: string, alt: string | null): Promise<Asset> {
    return this.update(ctx, id, { alt });
  }

  async update(
    ctx: RequestContext,
    id: string,
    patch: { alt?: string | null; focalPoint?: { x: number; y: number } | null },
  ): Promise<Asset> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    const alt = patch.alt;
    if (alt !== undefined && alt !== null && alt.length > 500)
      throw badInput('alt: at most 500 characters', 'alt');
    const focal = patch.focalPoint;
    if (focal) {
      for (const axis of ['x', 'y'] as const) {
        const v = focal[axis];
        if (!Number.isFinite(v) || v < 0 || v > 1)
          throw badInput(`focalPoint.${axis}: between 0 and 1`, `focalPoint.${axis}`);
      }
    }
    let focalMoved = false;
    const updated = await withTenant(this.db, ctx, async (em) => {
      const asset = await em.findOne(AssetSchema, { id });
      if (!asset) throw notFound('Asset');
      if (alt !== undefined) asset.alt = alt?.trim() || null;
      if (focal !== undefined) {
        const x = focal?.x ?? null;
        const y = focal?.y ?? null;
        focalMoved = x !== asset.focalX || y !== asset.focalY;
        asset.focalX = x;
        asset.focalY = y;
      }
      asset.updatedAt = this.now();
      await em.flush();
      return asset;
    });
    // Crops follow the focal point; an image still processing picks it up in its first run.
    if (focalMoved && updated.kind === 'image' && updated.status === 'ready') {
      const focalVersion = String(updated.updatedAt.getTime());
      await this.jobs?.enqueue(
        'image.recrop',
        { tenantId: updated.tenantId, assetId: updated.id, focalVersion },
        { jobId: `recrop-${updated.id}-${focalVersion}` },
      );
    }
    return updated;
  }

  /** The storage quota (bytes, -1 = unlimited) of a plan: its storageBytes, unless ASSET_QUOTA_BYTES overrides it. */
  quotaBytes(planId: string): number {
    return this.config.ASSET_QUOTA_BYTES ?? planLimits(planId).storageBytes;
  }

  /**
   * Refuses (FORBIDDEN, PLAN_LIMIT, limit storageBytes) when `size` more bytes would take the tenant
   * past its quota. Inside the write's transaction: the plan lock serialises concurrent uploads.
   */
  private assertStorageRoom(
    em: EntityManager,
    tenantId: string,
    planId: string,
    size: number,
    excluding?: string,
  ): Promise<void> {
    return assertPlanRoom(em, tenantId, planId, 'storageBytes', () => this.usedBytes(em, excluding), {
      adding: size,
      max: this.quotaBytes(planId),
    });
  }

  private async usedBytes(em: EntityManager, excluding?: string): Promise<number> {
    const rows = await em.execute<{ n: string }[]>(
      `select (coalesce((select sum(size) from assets.asset where status <> 'failed' and id <> ?), 0)
        + coalesce((select sum(size) from assets.asset_variant), 0))::bigint as n`,
      [excluding ?? '00000000-0000-0000-0000-000000000000'],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Records a pending asset and returns where to PUT its bytes (presigned S3 URL or a signed gateway URL). */
  async createUpload(
    ctx: RequestContext,
    input: { filename: string; contentType: string; size: number; private?: boolean | null },
  ): Promise<UploadTicket> {
    assertCan(ctx, 'assets:write');
    const filename = input.filename.trim();
    if (!filename || filename.length > 255 || hasControlCharacters(filename))
      throw badInput('filename: 1 to 255 printable characters', 'filename');
    const contentType = normaliseType(input.contentType);
    if (contentType === 'image/svg+xml') {
      throw badInput(
        'contentType: SVG uploads are not accepted (they can carry scripts); upload PNG or WebP instead',
        'contentType',
      );
    }
    const accepted = ACCEPTED_TYPES[contentType];
    if (!accepted) {
      throw badInput(
        `contentType: ${contentType} is not accepted; use one of ${Object.keys(ACCEPTED_TYPES).join(', ')}`,
        'contentType',
      );
    }
    if (!Number.isSafeInteger(input.size) || input.size < 1)
      throw badInput('size: the file is empty', 'size');
    if (accepted.kind === 'font' && input.size > FONT_MAX_BYTES)
      throw badInput(`size: font files may be at most ${FONT_MAX_BYTES} bytes`, 'size');
    if (input.size > this.config.ASSET_MAX_BYTES)
      throw badInput(`size: files may be at most ${this.config.ASSET_MAX_BYTES} bytes`, 'size');
    const id = randomUUID();
    const isPrivate = input.private ?? false;
    const storageKey = `${assetPrefix(ctx.tenantId!, id, isPrivate)}original.${accepted.ext}`;
    const plan = await planOfTenant(this.tenants, ctx.tenantId);
    const asset = await withTenant(this.db, ctx, async (em) => {
      // The declared size is reserved: pending uploads count, so parallel uploads cannot overshoot.
      await this.assertStorageRoom(em, ctx.tenantId!, plan, input.size);
      const now = this.now();
      const created = em.create(AssetSchema, {
        id,
        tenantId: ctx.tenantId!,
        storageKey,
        filename,
        contentType,
        size: input.size,
        kind: accepted.kind,
        status: 'pending',
        private: isPrivate,
        ...NOT_YET_KNOWN,
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      return created;
    });
    const expiresAt = new Date(this.now().getTime() + UPLOAD_TTL_SECONDS * 1000);
    const key = uploadKey(asset);
    const presigned = await this.storage.presignedPutUrl(key, UPLOAD_TTL_SECONDS, contentType);
    const exp = Math.floor(expiresAt.getTime() / 1000);
    const uploadUrl =
      presigned ??
      `${this.config.publicUrl}/uploads/${key}?${signUpload(key, input.size, exp, this.config.contextSecret)}`;
    return {
      asset,
      uploadKey: key,
      uploadUrl,
      method: 'PUT',
      headers: [{ name: 'content-type', value: contentType }],
      expiresAt,
    };
  }

  /**
   * Checks the uploaded object (there, within limits, the type its bytes say, the declared type),
   * then marks the asset ready (fonts, documents) or processing with an `image.optimize` job.
   * A refused file is deleted from storage and the asset marked failed with the reason.
   */
  async completeUpload(ctx: RequestContext, id: string): Promise<Asset> {
    assertCan(ctx, 'assets:write');
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    const asset = await withTenant(this.db, ctx, (em) => em.findOne(AssetSchema, { id }));
    if (!asset) throw notFound('Asset');
    if (asset.status !== 'pending') {
      if (asset.status === 'failed')
        throw conflict(`This upload failed: ${asset.failureReason ?? 'unknown'}`);
      // A repeat call re-enqueues (deduplicated by jobId), so a lost enqueue cannot strand the asset.
      if (asset.status === 'processing') await this.enqueueOptimize(asset);
      return asset;
    }
    const uploaded = uploadKey(asset);
    const size = await objectSize(this.storage, uploaded);
    if (size === null) throw badInput('Upload the file to the upload URL before completing it', 'id');
    const refuse = async (reason: string): Promise<never> => {
      await this.storage.delete(uploaded);
      await this.markFailed(ctx.tenantId!, id, reason);
      throw badInput(reason, 'id');
    };
    if (size === 0) return refuse('The file is empty');
    if (size > this.config.ASSET_MAX_BYTES)
      return refuse(`The file is ${size} bytes; files may be at most ${this.config.ASSET_MAX_BYTES}`);
    let bytes: Buffer;
    try {
      bytes = await this.storage.get(uploaded);
    } catch (err) {
      // A concurrent completeUpload took it first.
      if (err instanceof ObjectNotFoundError) return this.completeUpload(ctx, id);
      throw err;
    }
    const sniffed = await fileTypeFromBuffer(bytes);
    const actual = sniffed ? normaliseType(sniffed.mime) : 'unknown';
    const accepted = ACCEPTED_TYPES[actual];
    if (!accepted) return refuse(`The file's contents are not an accepted type (found ${actual})`);
    if (actual !== asset.contentType)
      return refuse(`The file was declared ${asset.contentType} but its contents are ${actual}`);
    if (accepted.kind === 'font') {
      // The sniff saw 8 bytes; a font is served to every visitor, so its whole structure is checked.
      if (size > FONT_MAX_BYTES)
        return refuse(`The font is ${size} bytes; font files may be at most ${FONT_MAX_BYTES}`);
      const problem = await woff2Problem(bytes);
      if (problem) return refuse(`The file is not a valid WOFF2 font: ${problem}`);
    }
    let dims: { width: number; height: number } | null = null;
    if (accepted.kind === 'image') {
      try {
        const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
        const width = meta.autoOrient?.width ?? meta.width;
        const height = meta.autoOrient?.height ?? meta.height;
        if (!width || !height) return refuse('The image has no dimensions');
        if (width * height > this.config.IMAGE_MAX_PIXELS)
          return refuse(
            `The image is ${width}×${height} pixels; at most ${this.config.IMAGE_MAX_PIXELS} pixels are accepted`,
          );
        dims = { width, height };
      } catch {
        return refuse('The image cannot be read');
      }
      // The original is public: what it says about where and with what it was taken goes first.
      try {
        bytes = await withoutMetadata(bytes, actual, this.config.IMAGE_MAX_PIXELS);
      } catch (err) {
        if (err instanceof UnstrippableImageError) return refuse(`The image cannot be read: ${err.message}`);
        throw err;
      }
    }
    const plan = await planOfTenant(this.tenants, ctx.tenantId);
    // The checked bytes become the asset's object; the upload object goes once that is recorded.
    await this.storage.put(asset.storageKey, bytes, actual);
    let updated: Asset;
    try {
      updated = await withTenant(this.db, ctx, async (em) => {
        const current = await em.findOne(AssetSchema, { id });
        if (!current) throw notFound('Asset');
        if (current.status !== 'pending') return current;
        // S3 uploads cannot bind the declared size: the stored size is checked again.
        await this.assertStorageRoom(em, ctx.tenantId!, plan, bytes.length, id);
        current.size = bytes.length;
        current.width = dims?.width ?? null;
        current.height = dims?.height ?? null;
        current.status = accepted.kind === 'image' ? 'processing' : 'ready';
        current.updatedAt = this.now();
        await em.flush();
        return current;
      });
    } catch (err) {
      if (!(err instanceof AppError && err.extensions.reason === 'PLAN_LIMIT')) throw err;
      await this.storage.delete(asset.storageKey);
      await this.storage.delete(uploaded);
      await this.markFailed(ctx.tenantId!, id, err.message);
      throw err;
    }
    await this.storage.delete(uploaded);
    if (updated.status === 'processing') await this.enqueueOptimize(updated);
    return updated;
  }

  private async enqueueOptimize(asset: Asset): Promise<void> {
    await this.jobs?.enqueue(
      'image.optimize',
      { tenantId: asset.tenantId, assetId: asset.id },
      { jobId: `image-${asset.id}` },
    );
  }

  private markFailed(tenantId: string, id: string, reason: string): Promise<void> {
    return withTenant(this.db, { tenantId }, async (em) => {
      await em.nativeUpdate(
        AssetSchema,
        { id },
        { status: 'failed', failureReason: reason.slice(0, 500), updatedAt: this.now() },
      );
    });
  }

  /**
   * Deletes an asset: refused with CONFLICT naming what uses it, unless `force`. The row goes
   * (variants and usages with it) and an `asset.delete` job removes the stored objects.
   */
  async delete(ctx: RequestContext, id: string, force: boolean): Promise<string> {
    assertCan(ctx, 'assets:write');
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    const asset = await withTenant(this.db, ctx, async (em) => {
      const found = await em.findOne(AssetSchema, { id });
      if (!found) throw notFound('Asset');
      const usages = await em.find(AssetUsageSchema, { assetId: id }, { orderBy: { label: 'asc' } });
      if (usages.length > 0 && !force) {
        const names = usages.map((u) => `${u.service} ${u.kind} "${u.label}"`);
        throw conflict(
          `The asset is used by ${names.join(', ')}; remove it there or delete with force: true`,
          {
            usages: usages.map((u) => ({ service: u.service, kind: u.kind, id: u.refId, label: u.label })),
          },
        );
      }
      await em.nativeDelete(AssetSchema, { id });
      return found;
    });
    const payload = {
      tenantId: asset.tenantId,
      assetId: id,
      storageKey: asset.storageKey,
      prefix: assetPrefix(asset.tenantId, id, asset.private),
    };
    if (this.jobs) await this.jobs.enqueue('asset.delete', payload, { jobId: `asset-delete-${id}` });
    else await deleteAssetObjects(this.storage, payload);
    return id;
  }

  /**
   * Internal: another subgraph (cms pages, commerce products) reports that something of its own
   * uses an asset (`inUse: true`) or stopped using it. Only `internal` actors may call it.
   */
  async recordUsage(
    ctx: RequestContext,
    input: { assetId: string; service: string; kind: string; refId: string; label: string; inUse: boolean },
  ): Promise<boolean> {
    if (ctx.actor.kind !== 'internal') throw forbidden('Only WebHaze services record asset usage');
    if (!isUuid(input.assetId)) throw badInput('assetId: not a valid id', 'assetId');
    for (const field of ['service', 'kind', 'refId', 'label'] as const) {
      const value = input[field];
      if (!value || value.length > 200) throw badInput(`${field}: 1 to 200 characters`, field);
    }
    return withTenant(this.db, ctx, async (em) => {
      const key = { assetId: input.assetId, service: input.service, kind: input.kind, refId: input.refId };
      if (!input.inUse) {
        await em.nativeDelete(AssetUsageSchema, key);
        return false;
      }
      if (!(await em.findOne(AssetSchema, { id: input.assetId }))) throw notFound('Asset');
      await em.execute(
        `insert into assets.asset_usage (id, tenant_id, asset_id, service, kind, ref_id, label, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, now())
         on conflict (tenant_id, asset_id, service, kind, ref_id) do update set label = excluded.label, updated_at = now()`,
        [randomUUID(), ctx.tenantId, input.assetId, input.service, input.kind, input.refId, input.label],
      );
      return true;
    });
  }

  usages(ctx: RequestContext, assetId: string): Promise<AssetUsage[]> {
    return withTenant(this.db, ctx, (em) =>
      em.find(AssetUsageSchema, { assetId }, { orderBy: { service: 'asc', label: 'asc' } }),
    );
  }

  /** Stores a file and records it as ready (the demo seed; clients use createUpload). */
  async store(
    ctx: RequestContext,
    file: { filename: string; contentType: string; body: Buffer },
  ): Promise<Asset> {
    assertCan(ctx, 'assets:write');
    const id = randomUUID();
    const extension = file.filename.match(/\.[a-z0-9]{1,8}$/i)?.[0]?.toLowerCase() ?? '';
    const storageKey = tenantKey(ctx.tenantId!, 'assets', `${id}${extension}`);
    await this.storage.put(storageKey, file.body, file.contentType);
    // The object is written first; if recording it fails, nothing may stay behind in storage.
    return withTenant(this.db, ctx, async (em) => {
      const now = this.now();
      const asset = em.create(AssetSchema, {
        id,
        tenantId: ctx.tenantId!,
        storageKey,
        filename: file.filename,
        contentType: file.contentType,
        size: file.body.length,
        kind: ACCEPTED_TYPES[normaliseType(file.contentType)]?.kind ?? 'document',
        status: 'ready',
        private: false,
        ...NOT_YET_KNOWN,
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      return asset;
    }).catch(async (err: unknown) => {
      await this.storage.delete(storageKey);
      throw err;
    });
  }
}

/** What the `asset.delete` job does (and the service itself when there is no queue). */
export async function deleteAssetObjects(
  storage: Storage,
  payload: { tenantId: string; storageKey: string; prefix: string },
): Promise<number> {
  const tenantRoot = `tenants/${payload.tenantId}/`;
  if (!payload.storageKey.startsWith(tenantRoot) || !payload.prefix.startsWith(tenantRoot)) {
    throw new Error('asset.delete: keys outside the tenant prefix');
  }
  await storage.delete(payload.storageKey);
  return storage.deletePrefix(payload.prefix);
}
