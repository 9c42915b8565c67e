import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { assertCanOnSite } from '../../../core/permissions.js';
import { type Site, SiteSchema } from '../entities/cms.js';
import { servedSite } from './site-domains.js';

/** What the graph shows of a site's indexing settings (robots.txt and sitemap). */
export interface SiteIndexingView {
  siteId: string;
  discourageIndexing: boolean;
  disallowPaths: string[];
  sitemapUrl: string;
  updatedAt: string;
}

export const MAX_DISALLOW_PATHS = 100;

/**
 * A robots.txt path pattern: starts with `/`, at most 200 characters of URL path characters plus
 * the robots wildcards `*` and a final `$`. No whitespace, `#` or control characters, so a value
 * can never add a line or a directive to the file.
 */
const disallowPath = z
  .string()
  .max(200, 'At most 200 characters')
  .regex(
    /^\/[A-Za-z0-9\-._~!&'()+,;=:@%/*]*\$?$/,
    'A site path starting with /, using URL path characters, `*` wildcards and an optional final `$`',
  );

const indexingInput = z.object({
  discourageIndexing: z.boolean(),
  disallowPaths: z.array(disallowPath).max(MAX_DISALLOW_PATHS, `At most ${MAX_DISALLOW_PATHS} paths`),
});

/** The URL a site's pages and sitemap live under: its primary host, else `<PUBLIC_URL>/s/<tenant slug>`. */
export function siteBaseUrl(site: Pick<Site, 'primaryHost' | 'tenantSlug'>, publicUrl: string): string {
  return site.primaryHost
    ? `https://${site.primaryHost}`
    : `${publicUrl.replace(/\/+$/, '')}/s/${encodeURIComponent(site.tenantSlug)}`;
}

/**
 * Per-site indexing settings: the robots.txt the storefront serves for a site is built from them
 * (storefront/seo-files.ts), and the sitemap URL it names is the one the sitemap job writes locs under.
 */
export class SiteIndexingService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly publicUrl: string,
    /** Announces the change to the gateways (`pages-changed`), which drop their copy of the settings. */
    private readonly announce: (tenantId: string) => Promise<void> = async () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  view(site: Site): SiteIndexingView {
    return {
      siteId: site.id,
      discourageIndexing: site.discourageIndexing ?? false,
      disallowPaths: site.robotsDisallow ?? [],
      sitemapUrl: `${siteBaseUrl(site, this.publicUrl)}/sitemap.xml`,
      updatedAt: (site.indexingUpdatedAt ?? site.createdAt).toISOString(),
    };
  }

  /** The given site of the request tenant, or the one its storefront serves on the request's host (as for pages). */
  async indexing(ctx: RequestContext, siteId: string | null): Promise<SiteIndexingView | null> {
    if (!ctx.tenantId || (siteId !== null && !isUuid(siteId))) return null;
    const site = await withTenant(this.db, ctx, (em) =>
      siteId ? em.findOne(SiteSchema, { id: siteId }) : servedSite(em, ctx),
    );
    return site ? this.view(site) : null;
  }

  async setIndexing(ctx: RequestContext, siteId: string, input: unknown): Promise<SiteIndexingView> {
    if (!isUuid(siteId)) throw badInput('siteId: not a valid id', 'siteId');
    const data = parseInput(indexingInput, input);
    // Deduplicated in the order given: the stored list is exactly what robots.txt will say.
    const paths = [...new Set(data.disallowPaths)];
    const site = await withTenant(this.db, ctx, async (em) => {
      const site = await em.findOne(SiteSchema, { id: siteId });
      if (!site) throw notFound('Site');
      assertCanOnSite(ctx, 'settings:write', site.id);
      site.discourageIndexing = data.discourageIndexing;
      site.robotsDisallow = paths;
      site.indexingUpdatedAt = this.now();
      await em.flush();
      return site;
    });
    await this.announce(site.tenantId);
    return this.view(site);
  }
}
