import { createHash } from 'node:crypto';
import type { JobHandler } from '../../../core/jobs.js';
import { ObjectNotFoundError, type Storage, tenantPrefix } from '../../../core/storage.js';
import {
  parseSitemapManifest,
  SITEMAP_FILE,
  SITEMAP_FILE_NAME,
  SITEMAP_MANIFEST_FILE,
  type SitemapManifest,
  sitemapKey,
} from '../services/sitemap-files.js';

export { SITEMAP_FILE, sitemapKey };

/** Another language or region version of a page (`<xhtml:link rel="alternate" hreflang=... href=...>`). */
export interface SitemapAlternate {
  /** A BCP 47 language tag (`en`, `fr-CA`, `zh-Hant-TW`) or `x-default`. */
  hreflang: string;
  /** An absolute http(s) URL, or a site path (`/fr/about`) resolved against the site's base URL. */
  href: string;
}

export interface PublishedPage {
  /** The page's path on the site, e.g. `/about`. */
  path: string;
  updatedAt: Date;
  /** Its other language/region versions; none when absent. */
  alternates?: readonly SitemapAlternate[];
}

export interface SitemapDeps {
  storage: Storage;
  listPublishedPages(tenantId: string, siteId: string): Promise<PublishedPage[]>;
  siteBaseUrl(tenantId: string, siteId: string): Promise<string>;
  /** When a changed sitemap was written (its `Last-Modified`); the wall clock unless injected. */
  now?: () => Date;
}

/** The sitemap protocol's limits per file (sitemaps.org): 50,000 URLs and 50 MiB uncompressed. */
export const MAX_SITEMAP_URLS = 50_000;
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

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

const HREFLANG = /^(x-default|[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*)$/;

/** A URL on the site: concatenated, not resolved, so `//other.host/x` stays on the site's origin. */
function siteUrl(baseUrl: string, path: string): string {
  return new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`).href;
}

/** An alternate's absolute URL, or null when it is neither a site path nor an http(s) URL. */
function alternateUrl(baseUrl: string, href: string): string | null {
  if (href.startsWith('/') && !href.startsWith('//')) return siteUrl(baseUrl, href);
  try {
    const url = new URL(href);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

interface Entry {
  url: string;
  lastmod: Date;
  /** `hreflang\nhref` keys, deduplicated. */
  alternates: Map<string, SitemapAlternate>;
}

/**
 * One entry per absolute URL, sorted by URL (the same pages always give the same bytes), with the
 * newest lastmod and the union of the alternates given for it (invalid hreflangs or hrefs dropped,
 * sorted by hreflang then href).
 */
function entriesOf(baseUrl: string, pages: readonly PublishedPage[]): Entry[] {
  const byUrl = new Map<string, Entry>();
  for (const page of pages) {
    const url = siteUrl(baseUrl, page.path);
    let entry = byUrl.get(url);
    if (!entry) {
      entry = { url, lastmod: page.updatedAt, alternates: new Map() };
      byUrl.set(url, entry);
    } else if (entry.lastmod < page.updatedAt) {
      entry.lastmod = page.updatedAt;
    }
    for (const alt of page.alternates ?? []) {
      if (!HREFLANG.test(alt.hreflang)) continue;
      const href = alternateUrl(baseUrl, alt.href);
      if (href === null) continue;
      entry.alternates.set(`${alt.hreflang}\n${href}`, { hreflang: alt.hreflang, href });
    }
  }
  return [...byUrl.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

function entryXml(entry: Entry): string {
  const links = [...entry.alternates.values()]
    .sort((a, b) =>
      a.hreflang === b.hreflang ? (a.href < b.href ? -1 : 1) : a.hreflang < b.hreflang ? -1 : 1,
    )
    .map(
      (alt) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.href)}"/>`,
    )
    .join('');
  return `  <url><loc>${escapeXml(entry.url)}</loc><lastmod>${entry.lastmod.toISOString()}</lastmod>${links}</url>`;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';
const URLSET_CLOSE = '</urlset>';

function urlset(lines: string[]): string {
  return [XML_DECLARATION, URLSET_OPEN, ...lines, URLSET_CLOSE, ''].join('\n');
}

export interface SitemapFile {
  /** `sitemap.xml`, or `sitemap-<n>.xml` for a part of an index. */
  name: string;
  xml: string;
}

export interface SitemapLimits {
  maxUrls: number;
  maxBytes: number;
}

/**
 * The sitemap files of a site: one `sitemap.xml` urlset while the URLs fit the protocol's limits
 * (50,000 URLs, 50 MiB), otherwise `sitemap-1.xml`, `sitemap-2.xml`, ... each within the limits and
 * `sitemap.xml` as the sitemap index naming them (absolute URLs under the site's base URL, each with
 * the newest lastmod of its URLs). Nothing is ever truncated.
 */
export function buildSitemapFiles(
  baseUrl: string,
  pages: readonly PublishedPage[],
  limits: SitemapLimits = { maxUrls: MAX_SITEMAP_URLS, maxBytes: MAX_SITEMAP_BYTES },
): SitemapFile[] {
  const entries = entriesOf(baseUrl, pages);
  const frame = Buffer.byteLength(urlset([]));
  const parts: { lines: string[]; lastmod: Date | null }[] = [];
  let current: { lines: string[]; lastmod: Date | null; bytes: number } | null = null;
  for (const entry of entries) {
    const line = entryXml(entry);
    const bytes = Buffer.byteLength(line) + 1;
    if (frame + bytes > limits.maxBytes) {
      throw new Error(`one sitemap entry is larger than ${limits.maxBytes} bytes: ${entry.url}`);
    }
    if (!current || current.lines.length >= limits.maxUrls || current.bytes + bytes > limits.maxBytes) {
      current = { lines: [], lastmod: null, bytes: frame };
      parts.push(current);
    }
    current.lines.push(line);
    current.bytes += bytes;
    if (!current.lastmod || current.lastmod < entry.lastmod) current.lastmod = entry.lastmod;
  }
  if (parts.length <= 1) return [{ name: SITEMAP_FILE, xml: urlset(parts[0]?.lines ?? []) }];
  const files = parts.map((part, i) => ({ name: `sitemap-${i + 1}.xml`, xml: urlset(part.lines) }));
  const index = [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map(
      (file, i) =>
        `  <sitemap><loc>${escapeXml(siteUrl(baseUrl, file.name))}</loc><lastmod>${parts[i]!.lastmod!.toISOString()}</lastmod></sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ name: SITEMAP_FILE, xml: index }, ...files];
}

/** A single urlset of every page (the first file when they fit one; see buildSitemapFiles). */
export function buildSitemap(baseUrl: string, pages: readonly PublishedPage[]): string {
  return urlset(entriesOf(baseUrl, pages).map(entryXml));
}

function digestOf(files: readonly SitemapFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.name}\n${file.xml.length}\n`).update(file.xml);
  return hash.digest('hex');
}

async function readManifest(storage: Storage, key: string): Promise<SitemapManifest | null> {
  try {
    return parseSitemapManifest((await storage.get(key)).toString('utf8'));
  } catch (err) {
    if (err instanceof ObjectNotFoundError) return null;
    throw err;
  }
}

/**
 * Regenerates one site's sitemap (idempotent: unchanged pages write the same bytes and keep the
 * manifest's date). Parts are written before the index and the manifest last, so a reader never
 * finds the index naming a part that is not there; parts a smaller sitemap no longer has are deleted.
 */
export function sitemapHandler(deps: SitemapDeps): JobHandler<'sitemap.regenerate'> {
  const now = deps.now ?? (() => new Date());
  return async ({ tenantId, siteId }, job) => {
    const [pages, baseUrl] = await Promise.all([
      deps.listPublishedPages(tenantId, siteId),
      deps.siteBaseUrl(tenantId, siteId),
    ]);
    const files = buildSitemapFiles(baseUrl, pages);
    const sha256 = digestOf(files);
    const manifestKey = sitemapKey(tenantId, siteId, SITEMAP_MANIFEST_FILE);
    const previous = await readManifest(deps.storage, manifestKey);
    const [index, ...parts] = files;
    for (const file of [...parts, index!]) {
      await deps.storage.put(
        sitemapKey(tenantId, siteId, file.name),
        Buffer.from(file.xml, 'utf8'),
        'application/xml',
      );
    }
    const manifest: SitemapManifest = {
      files: files.map((f) => f.name),
      sha256,
      updatedAt: previous?.sha256 === sha256 ? previous.updatedAt : now().toISOString(),
    };
    await deps.storage.put(manifestKey, Buffer.from(JSON.stringify(manifest), 'utf8'), 'application/json');
    const keep = new Set(manifest.files);
    for (const key of await deps.storage.list(tenantPrefix(tenantId, 'sites', siteId))) {
      const name = key.slice(key.lastIndexOf('/') + 1);
      if (SITEMAP_FILE_NAME.test(name) && !keep.has(name)) await deps.storage.delete(key);
    }
    job.log.info(
      { urls: pages.length, files: files.length, changed: manifest.updatedAt !== previous?.updatedAt },
      'sitemap written',
    );
  };
}
