import { tenantKey } from '../../../core/storage.js';

/**
 * Where a site's sitemap lives in object storage, shared by its writer (the cms job,
 * subgraphs/cms/jobs/sitemap.ts) and its reader (storefront/seo-files.ts):
 * `tenants/<tenantId>/sites/<siteId>/sitemap.xml` (an index when the site needs several files),
 * parts `sitemap-<n>.xml`, and `sitemap.json`, the manifest.
 */
export const SITEMAP_FILE = 'sitemap.xml';
/** Beside the sitemap: which files it consists of and when its content last changed. */
export const SITEMAP_MANIFEST_FILE = 'sitemap.json';
/** Names a sitemap's files may have (the storefront serves nothing else). */
export const SITEMAP_FILE_NAME = /^sitemap(-[1-9][0-9]{0,5})?\.xml$/;

export function sitemapKey(tenantId: string, siteId: string, file: string = SITEMAP_FILE): string {
  return tenantKey(tenantId, 'sites', siteId, file);
}

export interface SitemapManifest {
  /** The files of the sitemap, `sitemap.xml` first (an index when there are parts). */
  files: string[];
  /** SHA-256 (hex) over every file's name and bytes: unchanged content keeps its date. */
  sha256: string;
  /** When the content last changed (ISO 8601): the files' `Last-Modified`. */
  updatedAt: string;
}

/** Parses a stored manifest; null when it is malformed (never trusted beyond its shape). */
export function parseSitemapManifest(text: string): SitemapManifest | null {
  try {
    const value = JSON.parse(text) as Partial<SitemapManifest>;
    if (
      !Array.isArray(value.files) ||
      !value.files.every((f) => typeof f === 'string' && SITEMAP_FILE_NAME.test(f)) ||
      typeof value.sha256 !== 'string' ||
      typeof value.updatedAt !== 'string' ||
      Number.isNaN(Date.parse(value.updatedAt))
    ) {
      return null;
    }
    return { files: value.files, sha256: value.sha256, updatedAt: value.updatedAt };
  } catch {
    return null;
  }
}
