import { createHash } from 'node:crypto';
import type { ReactNode } from 'react';
import type { RequestContext } from '../../../core/context.js';
import { definitionOf, sanitizeRichText, type TreeNode } from '../../../templates/components/index.js';
import { MAX_TREE_DEPTH } from '../../../templates/components/render.js';
import type { PageTree } from '../entities/cms.js';
import type { PageExtras } from './page-document.js';
import type { RenderAnalyticsPolicy } from './supergraph-client.js';

/**
 * The analytics part of a rendered page: the Microsoft Clarity loader with its consent API v2
 * call, the consent banner, and the Content-Security-Policy that allows exactly those scripts.
 * Everything here is deterministic per tenant, page and policy (no nonce), so cached pages stay valid.
 */

/** Re-checked right before use: the id is the only tenant value spliced into a script. */
const CLARITY_PROJECT_ID = /^[a-z0-9]{6,16}$/;
const CONSENT_VALUE = (v: string): 'granted' | 'denied' => (v === 'granted' ? 'granted' : 'denied');

/**
 * The official Clarity loader, followed by `clarity('consentv2', ...)` with the policy's state.
 * Returns null when the policy says no Clarity or the id does not validate.
 */
export function clarityScript(policy: RenderAnalyticsPolicy): string | null {
  const id = policy.clarityProjectId;
  if (!policy.injectClarity || id === null || !CLARITY_PROJECT_ID.test(id)) return null;
  const consent = JSON.stringify({
    ad_Storage: CONSENT_VALUE(policy.consentState.adStorage),
    analytics_Storage: CONSENT_VALUE(policy.consentState.analyticsStorage),
  });
  return (
    '(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};' +
    't=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;' +
    'y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})' +
    `(window,document,"clarity","script",${JSON.stringify(id)});` +
    `window.clarity("consentv2",${consent});`
  );
}

/** Paths the beacon may post to: `/collect` or `/s/<tenant-slug>/collect` (re-checked before use). */
const COLLECT_PATH = /^(\/s\/[a-z0-9][a-z0-9-]{0,62})?\/collect$/;

/**
 * The first-party analytics beacon: one page view per load, sent with `navigator.sendBeacon` to the
 * gateway's `/collect` (same origin: `connect-src 'self'`; no cookie set, none read by the script).
 * Null unless the policy says collect. Deterministic, so its CSP hash is stable for cached pages.
 */
export function beaconScript(policy: RenderAnalyticsPolicy, collectPath: string): string | null {
  if (!policy.collectEvents || !COLLECT_PATH.test(collectPath)) return null;
  return (
    '(function(){try{var n=navigator;if(!n.sendBeacon)return;' +
    'n.sendBeacon(' +
    JSON.stringify(collectPath) +
    ',JSON.stringify({type:"page_view",url:location.pathname+location.search,referrer:document.referrer||null}));' +
    '}catch(e){}})();'
  );
}

/** The page's path as the visitor sees it: `/s/<tenant>/...` on the platform host. */
export function visitorPathOf(ctx: RequestContext, pagePath: string): string {
  return ctx.host || !ctx.tenantSlug ? pagePath : `/s/${ctx.tenantSlug}${pagePath}`;
}

const consentHref = (value: 'granted' | 'denied', returnPath: string) =>
  `/consent?value=${value}&return=${encodeURIComponent(returnPath)}`;

/** A server-rendered banner: plain links to the gateway's `/consent` route, no JavaScript needed. */
export function ConsentBanner(props: {
  banner: NonNullable<RenderAnalyticsPolicy['banner']>;
  returnPath: string;
}): ReactNode {
  const { banner, returnPath } = props;
  return (
    // Styled by `.wh-consent` (templates/components/styles.ts): no inline style.
    <aside className="wh-consent" aria-label={banner.title}>
      <strong>{banner.title}</strong>
      <p>{banner.body}</p>
      <a className="wh-button wh-button--primary" href={consentHref('granted', returnPath)}>
        {banner.acceptLabel}
      </a>{' '}
      <a className="wh-button wh-button--secondary" href={consentHref('denied', returnPath)}>
        {banner.rejectLabel}
      </a>
    </aside>
  );
}

/** One language version of a page (`<link rel="alternate" hreflang>`), built by services/translations.ts. */
export interface HeadAlternate {
  hreflang: string;
  url: string;
}

/**
 * The SEO head: description, canonical link, Open Graph tags and hreflang alternates. Every value is
 * an attribute that React escapes; the canonical URL was validated on save, the image URL comes from
 * the assets service, alternate URLs from validated region hosts/prefixes and page paths.
 */
export function seoHead(
  page: RenderablePage,
  ogImageUrl: string | null,
  alternates: readonly HeadAlternate[] = [],
): ReactNode {
  const title = page.seoTitle ?? page.title;
  // Without an SEO description, search engines get the page's first text instead of nothing.
  const description = page.seoDescription || descriptionFromContent(page.tree);
  return (
    <>
      {description ? <meta name="description" content={description} /> : null}
      {page.canonicalUrl ? <link rel="canonical" href={page.canonicalUrl} /> : null}
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      {page.canonicalUrl ? <meta property="og:url" content={page.canonicalUrl} /> : null}
      {ogImageUrl ? <meta property="og:image" content={ogImageUrl} /> : null}
      {alternates.map((a) => (
        <link key={a.hreflang} rel="alternate" hrefLang={a.hreflang} href={a.url} />
      ))}
    </>
  );
}

/** What the favicon is drawn from: the site's own image, else its brand colour and initial. */
export interface FaviconSource {
  /** The smallest variant of the site's favicon asset; null draws the default. */
  assetUrl: string | null;
  siteName: string;
  /** The resolved `color.brand.primary` token value. */
  brandColour: unknown;
}

const HEX = /^#[0-9a-f]{6}$/i;

/** `#rrggbb` of a resolved colour token value (the DTCG object's `hex`, or a hex string). */
function hexOf(value: unknown): string | null {
  const hex = typeof value === 'string' ? value : (value as { hex?: unknown } | null)?.hex;
  return typeof hex === 'string' && HEX.test(hex) ? hex.toLowerCase() : null;
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
function inkOn(hex: string): string {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.4 ? '#000000' : '#ffffff';
}

/**
 * The default favicon: a rounded square in the brand colour with the site name's first letter or
 * digit, as an SVG data URL (CSP `img-src` allows `data:`). Only a letter or digit is drawn, so
 * nothing from the name can leave the text element.
 */
export function defaultFaviconUrl(siteName: string, brandColour: unknown): string {
  const fill = hexOf(brandColour) ?? '#1d4ed8';
  const initial = /[\p{L}\p{N}]/u.exec(siteName)?.[0]?.toLocaleUpperCase() ?? '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${fill}"/>` +
    (initial
      ? `<text x="32" y="45" font-family="system-ui,sans-serif" font-size="38" font-weight="700" text-anchor="middle" fill="${inkOn(fill)}">${initial}</text>`
      : '') +
    '</svg>';
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The `<link rel="icon">` of a page: the site's image, or the drawn default. */
export function faviconLink(source: FaviconSource): ReactNode {
  return source.assetUrl ? (
    <link rel="icon" href={source.assetUrl} />
  ) : (
    <link rel="icon" type="image/svg+xml" href={defaultFaviconUrl(source.siteName, source.brandColour)} />
  );
}

/** The longest fallback description: what search results show of one. */
export const FALLBACK_DESCRIPTION_MAX = 160;

/** The prop of each component that holds running text (rich text as sanitised HTML). */
const TEXT_PROPS: Readonly<Record<string, { prop: string; html?: true }>> = {
  Text: { prop: 'text' },
  RichText: { prop: 'html', html: true },
  Hero: { prop: 'subtitle' },
  ImageBanner: { prop: 'text' },
  ImageWithText: { prop: 'text' },
  MultiColumn: { prop: 'intro' },
};

/** Plain text of sanitised rich text: tags dropped, the five entities React would escape again decoded. */
function textOfHtml(html: string): string {
  return sanitizeRichText(html)
    .replace(/<\/(p|li|h[2-4]|blockquote)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * A meta description from the page's first running text (text, rich text, a banner's or a
 * section's text, slots included, in reading order), whitespace collapsed and cut at a word
 * boundary to at most FALLBACK_DESCRIPTION_MAX characters. Null when the page has no text.
 */
export function descriptionFromContent(tree: PageTree): string | null {
  const visit = (nodes: readonly TreeNode[], depth: number): string | null => {
    if (depth > MAX_TREE_DEPTH) return null;
    for (const node of nodes) {
      const definition = definitionOf(node.type);
      const parsed = definition?.props.safeParse(node.props ?? {});
      if (!definition || !parsed?.success) continue;
      const props = parsed.data as Record<string, unknown>;
      const source = TEXT_PROPS[node.type];
      const raw = source ? props[source.prop] : undefined;
      if (typeof raw === 'string') {
        const text = (source?.html ? textOfHtml(raw) : raw).replace(/\s+/g, ' ').trim();
        if (text.length >= 20) return text;
      }
      let found: string | null = null;
      definition.mapSlots?.(props, (children) => {
        found ??= visit(children, depth + 1);
        return () => null;
      });
      if (found) return found;
    }
    return null;
  };
  const text = visit(tree.content, 1);
  if (!text) return null;
  if (text.length <= FALLBACK_DESCRIPTION_MAX) return text;
  const cut = text.slice(0, FALLBACK_DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > FALLBACK_DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/, '')}…`;
}

export function analyticsExtras(
  policy: RenderAnalyticsPolicy,
  returnPath: string,
  collectPath: string | null = null,
): PageExtras {
  const script = clarityScript(policy);
  const beacon = collectPath ? beaconScript(policy, collectPath) : null;
  return {
    head:
      script || beacon ? (
        <>
          {script ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: built from constants and an id re-validated against /^[a-z0-9]{6,16}$/.
            <script dangerouslySetInnerHTML={{ __html: script }} />
          ) : null}
          {beacon ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: built from constants and a path re-validated against COLLECT_PATH.
            <script dangerouslySetInnerHTML={{ __html: beacon }} />
          ) : null}
        </>
      ) : null,
    body:
      // The policy asks only when Clarity or first-party events wait for this visitor's consent.
      policy.showBanner && policy.banner ? (
        <ConsentBanner banner={policy.banner} returnPath={returnPath} />
      ) : null,
  };
}

/** The text of every inline, executable `<script>` of a rendered document (no `src`, no data type). */
export function inlineScriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module') continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

export const scriptHash = (script: string) =>
  `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy for a rendered document: a hash per inline script, and Clarity's
 * origins only when the document loads Clarity.
 */
export function contentSecurityPolicyFor(
  html: string,
  /** Origins of the page's self-hosted font files (fonts-head.tsx); `font-src` allows exactly these. */
  fontOrigins: readonly string[] = [],
  /** Origins of the page's image variants (assets: the platform host, a CDN or S3), for `img-src`. */
  imageOrigins: readonly string[] = [],
): string {
  const scripts = inlineScriptsOf(html);
  const hashes = [...new Set(scripts.map(scriptHash))];
  // Only a script can load Clarity (page text is escaped and never inside a <script>).
  const clarity = scripts.some((s) => s.includes('https://www.clarity.ms/tag/'));
  const clarityScripts = clarity ? ['https://www.clarity.ms', 'https://*.clarity.ms'] : [];
  const clarityBeacons = clarity ? ['https://*.clarity.ms', 'https://c.bing.com'] : [];
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes, ...clarityScripts].join(' '),
    ['connect-src', "'self'", ...clarityBeacons].join(' '),
    ['img-src', "'self'", 'data:', ...imageOrigins, ...clarityBeacons].join(' '),
    ...(fontOrigins.length ? [['font-src', ...fontOrigins].join(' ')] : []),
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** What a page render needs of a stored page. */
export interface RenderablePage {
  tree: PageTree;
  title: string;
  path: string;
  seoTitle?: string | null;
  seoDescription?: string | null;
  /** Validated on save: absolute http(s), no credentials. */
  canonicalUrl?: string | null;
  ogImageAssetId?: string | null;
  /** The page's template: its default tokens sit between the global defaults and the tenant's. */
  templateId?: string | null;
  /** Needed for hreflang alternates (absent: none). */
  id?: string;
  siteId?: string;
  /** The translation shown (document language); null/absent = the base content, in the default locale. */
  locale?: string | null;
  /** Rendered with the tenant's theme draft (theme preview links only); absent = the published tokens. */
  themeDraft?: boolean;
}
