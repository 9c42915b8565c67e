import type { JobHandler } from '../core/jobs.js';
import { type Storage, tenantKey } from '../core/storage.js';

export interface PublishedPage {
  /** The page's path on the site, e.g. `/about`. */
  path: string;
  updatedAt: Date;
}

export interface SitemapDeps {
  storage: Storage;
  listPublishedPages(tenantId: string, siteId: string): Promise<PublishedPage[]>;
  siteBaseUrl(tenantId: string, siteId: string): Promise<string>;
}

/** The sitemap protocol's limit per file (sitemaps.org); a site beyond it needs a sitemap index. */
export const MAX_SITEMAP_URLS = 50_000;

export function sitemapKey(tenantId: string, siteId: string): string {
  return tenantKey(tenantId, 'sites', siteId, 'sitemap.xml');
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * Builds sitemap.xml from published pages: absolute, XML-escaped locs, sorted by URL (so the same
 * pages always give the same bytes), the newest lastmod per URL, at most MAX_SITEMAP_URLS entries.
 */
export function buildSitemap(baseUrl: string, pages: PublishedPage[]): string {
  const lastmodByUrl = new Map<string, Date>();
  for (const page of pages) {
    // Concatenated, not resolved: a path like `//other.host/x` must stay on the site's origin.
    const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${page.path.replace(/^\/+/, '')}`).href;
    const seen = lastmodByUrl.get(url);
    if (!seen || seen < page.updatedAt) lastmodByUrl.set(url, page.updatedAt);
  }
  const urls = [...lastmodByUrl.keys()].sort().slice(0, MAX_SITEMAP_URLS);
  const entries = urls.map(
    (url) =>
      `  <url><loc>${escapeXml(url)}</loc><lastmod>${lastmodByUrl.get(url)!.toISOString()}</lastmod></url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** Regenerates one site's sitemap; running it twice writes the same object (idempotent). */
export function sitemapHandler(deps: SitemapDeps): JobHandler<'sitemap.regenerate'> {
  return async ({ tenantId, siteId }, job) => {
    const [pages, baseUrl] = await Promise.all([
      deps.listPublishedPages(tenantId, siteId),
      deps.siteBaseUrl(tenantId, siteId),
    ]);
    if (pages.length > MAX_SITEMAP_URLS) {
      job.log.warn({ pages: pages.length }, `sitemap truncated to ${MAX_SITEMAP_URLS} URLs`);
    }
    const xml = buildSitemap(baseUrl, pages);
    await deps.storage.put(sitemapKey(tenantId, siteId), Buffer.from(xml, 'utf8'), 'application/xml');
    job.log.info({ urls: Math.min(pages.length, MAX_SITEMAP_URLS) }, 'sitemap written');
  };
}
