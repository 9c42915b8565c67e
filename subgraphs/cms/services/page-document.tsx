import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { TreeNode } from '../../../templates/components/index.js';
import { LAYOUT_CSS } from '../../../templates/components/layout/styles.js';
import { type RenderEnv, renderContent, renderGroup } from '../../../templates/components/render.js';
import { CHECKOUT_FLOW_CSS } from '../../../templates/components/store/checkout-flow.js';
import { LIBRARY_CSS, STORE_CSS } from '../../../templates/components/styles.js';
import type { PageTree } from '../entities/cms.js';

/** The analytics elements of a page (built in head.tsx): scripts for `<head>`, the banner for the end of `<body>`. */
export interface PageExtras {
  head: ReactNode;
  body: ReactNode;
}

/** The site layout's section groups (services/site-layout.ts): rendered before and after `<main>`. */
export interface PageSectionGroups {
  header: readonly TreeNode[];
  footer: readonly TreeNode[];
}

/** Used when no resolved tokens are passed: the global defaults of the custom properties below. */
const DEFAULT_TOKENS_CSS = `:root{--wh-color-brand-primary:#1d4ed8;--wh-color-text-default:#0f172a;--wh-color-text-muted:#64748b;--wh-color-text-inverse:#ffffff;--wh-color-background-default:#ffffff;--wh-typography-body-font-family:system-ui,sans-serif;--wh-typography-body-font-size:1rem;--wh-typography-body-line-height:1.5;--wh-font-family-heading:system-ui,sans-serif;--wh-spacing-2:.5rem;--wh-spacing-4:1rem;--wh-spacing-8:2rem;--wh-spacing-16:4rem;--wh-radius-md:.375rem}`;

/** Component styles: every colour, font and size comes from a design token custom property. */
const COMPONENT_CSS = `body{margin:0 auto;max-width:60rem;padding:var(--wh-spacing-4);font-family:var(--wh-typography-body-font-family);font-size:var(--wh-typography-body-font-size);line-height:var(--wh-typography-body-line-height);color:var(--wh-color-text-default);background:var(--wh-color-background-default)}
.wh-heading{font-family:var(--wh-font-family-heading)}
.wh-button{display:inline-block;padding:var(--wh-spacing-2) var(--wh-spacing-4);border-radius:var(--wh-radius-md);text-decoration:none}
.wh-button--primary{background:var(--wh-color-brand-primary);color:var(--wh-color-text-inverse)}
.wh-button--secondary{border:1px solid var(--wh-color-brand-primary);color:var(--wh-color-brand-primary)}
.wh-spacer--small{height:var(--wh-spacing-4)}.wh-spacer--medium{height:var(--wh-spacing-8)}.wh-spacer--large{height:var(--wh-spacing-16)}`;

/**
 * The stylesheet of a rendered page: the resolved tokens (and font faces) or the defaults, then every
 * component style. The editor's canvas uses the same sheet (`Page.canvas`).
 */
export function pageCss(tokensCss?: string): string {
  // The token resolver never emits `<`; escaping it anyway keeps `</style>` out of the element.
  return `${(tokensCss ?? DEFAULT_TOKENS_CSS).replace(/</g, '\\3c ')}\n${COMPONENT_CSS}\n${LIBRARY_CSS}\n${STORE_CSS}\n${CHECKOUT_FLOW_CSS}\n${LAYOUT_CSS}`;
}

/** What the editor's canvas draws around the page's content, as `renderPage` does for visitors. */
export interface PageCanvas {
  css: string;
  /** The header section group as HTML (empty without a layout). */
  header: string;
  /** The footer section group as HTML (empty without a layout). */
  footer: string;
}

/** The stylesheet and the rendered section groups of a page, for the editor's canvas. */
export function renderCanvas(
  lang: string,
  tokensCss: string | undefined,
  env: RenderEnv | undefined,
  layout: PageSectionGroups | undefined,
): PageCanvas {
  const renderEnv: RenderEnv = { locale: lang, ...env };
  const html = (nodes: readonly TreeNode[]) =>
    nodes.length ? renderToStaticMarkup(<>{renderGroup(nodes, renderEnv)}</>) : '';
  return { css: pageCss(tokensCss), header: html(layout?.header ?? []), footer: html(layout?.footer ?? []) };
}

/**
 * Renders a stored (already validated) tree to a complete HTML document with React on the
 * server. Props are re-parsed so defaults apply; React escapes every text and attribute.
 * `tokensCss` is the resolved design tokens stylesheet (TokenService); without it the defaults apply.
 */
export function renderPage(
  tree: PageTree,
  title: string,
  lang = 'en',
  tokensCss?: string,
  /** Analytics scripts and the consent banner (head.tsx), when the tenant's policy allows. */
  extras?: PageExtras,
  /** Data the components show besides their props (product cards, image variants), fetched by the caller. */
  env?: RenderEnv,
  /** The site's header and footer groups; absent: the content alone (tools, tests). */
  layout?: PageSectionGroups,
): string {
  const css = pageCss(tokensCss);
  // Each top-level component in a <section>, slots recursively; unknown components are skipped.
  const renderEnv: RenderEnv = { locale: lang, ...env };
  const body = renderContent(tree.content, renderEnv);
  const markup = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant CSS plus resolved tokens, whose only free text (font names) is sanitised and `<` escaped. */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
        {extras?.head}
      </head>
      <body>
        {layout && (
          <>
            <a className="wh-skip-link" href="#main">
              Skip to content
            </a>
            {renderGroup(layout.header, renderEnv)}
          </>
        )}
        <main id="main">{body}</main>
        {layout && renderGroup(layout.footer, renderEnv)}
        {extras?.body}
      </body>
    </html>,
  );
  return `<!doctype html>${markup}`;
}
