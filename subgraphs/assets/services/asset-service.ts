import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, notFound } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import { checkPageSize, decodeCursor } from '../../../core/pagination.js';
import { assertCan } from '../../../core/permissions.js';
import { type Storage, tenantKey } from '../../../core/storage.js';
import { type Asset, AssetSchema } from '../entities.js';

export class AssetService {
  constructor(
    private readonly db: SubgraphDb,
    readonly storage: Storage,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(ctx: RequestContext, first: number, after: string | null): Promise<Asset[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    return withTenant(this.db, ctx, (em) =>
      em.find(AssetSchema, afterId ? { id: { $gt: afterId } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
  }

  assetReference(ctx: RequestContext, id: string): Promise<Asset | null> {
    if (!ctx.tenantId || !isUuid(id)) return Promise.resolve(null);
    return withTenant(this.db, ctx, (em) => em.findOne(AssetSchema, { id }));
  }

  async updateAlt(ctx: RequestContext, id: string, alt: string | null): Promise<Asset> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    if (alt !== null && alt.length > 500) throw badInput('alt: at most 500 characters', 'alt');
    return withTenant(this.db, ctx, async (em) => {
      const asset = await em.findOne(AssetSchema, { id });
      if (!asset) throw notFound('Asset');
      asset.alt = alt?.trim() || null;
      await em.flush();
      return asset;
    });
  }

  /** Stores a file and records it (used by the demo seed; the upload flow arrives with the assets issue). */
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
      const asset = em.create(AssetSchema, {
        id,
        tenantId: ctx.tenantId!,
        storageKey,
        filename: file.filename,
        contentType: file.contentType,
        size: file.body.length,
        alt: null,
        createdAt: this.now(),
      });
      await em.flush();
      return asset;
    }).catch(async (err: unknown) => {
      await this.storage.delete(storageKey);
      throw err;
    });
  }
}
