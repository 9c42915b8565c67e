/**
 * What other processes may use of the cms subgraph (its module carries it as `contract`):
 * - preview tokens: the cms mints them (`createPreviewLink`); the storefront's `/preview/<token>`
 *   route verifies one before it asks the cms for the page (which verifies it again);
 * - sitemap files: where the cms's sitemap job writes a site's sitemap in object storage, and the
 *   manifest beside it, which the storefront reads to serve `/sitemap.xml`.
 * Everything else stays inside the subgraph (`.dependency-cruiser.mjs`).
 */
export {
  MAX_PREVIEW_TTL_SECONDS,
  type PreviewClaims,
  type PreviewVerification,
  signPreviewToken,
  verifyPreviewToken,
} from './services/preview-tokens.js';
export {
  parseSitemapManifest,
  SITEMAP_FILE,
  SITEMAP_FILE_NAME,
  SITEMAP_MANIFEST_FILE,
  type SitemapManifest,
  sitemapKey,
} from './services/sitemap-files.js';
