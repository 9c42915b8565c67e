import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, notFound } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { type Site, SiteSchema } from '../entities/cms.js';
import type { ReferenceChecker } from './references.js';

/** A site's favicon: one of the tenant's image assets, or none (the default drawn at render). */
export class SiteFaviconService {
  constructor(
    private readonly db: SubgraphDb,
    /** Whether the asset is the tenant's own (asked through the gateway, outside any transaction). */
    private readonly references: ReferenceChecker,
    /** Announces the change: gateways drop the tenant's cached pages. */
    private readonly purge: (tenantId: string) => Promise<void>,
  ) {}

  async set(ctx: RequestContext, siteId: string, assetId: string | null): Promise<Site> {
    if (!isUuid(siteId)) throw notFound('Site');
    const asset = assetId === null ? null : assetId.toLowerCase();
    if (asset !== null) {
      if (!isUuid(asset)) throw badInput('assetId: not an asset id', 'assetId');
      const found = await this.references.existing(ctx, { productIds: [], assetIds: [asset] });
      if (!found.assetIds.has(asset)) throw badInput('assetId: the store has no such image', 'assetId');
    }
    const site = await withTenant(this.db, ctx, async (em) => {
      const found = await em.findOne(SiteSchema, { id: siteId });
      if (!found) throw notFound('Site');
      assertCanOnSite(ctx, 'settings:write', found.id);
      found.faviconAssetId = asset;
      await em.flush();
      return found;
    });
    await this.purge(site.tenantId);
    return site;
  }
}
