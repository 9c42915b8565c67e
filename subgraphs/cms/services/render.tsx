import { renderToStaticMarkup } from 'react-dom/server';
import { components, isComponentName } from '../../../templates/components/index.js';
import type { PageTree } from '../entities.js';

/** Used when no resolved tokens are passed: the global defaults of the custom properties below. */
const DEFAULT_TOKENS_CSS = `:root{--wh-color-brand-primary:#1d4ed8;--wh-color-text-default:#0f172a;--wh-color-text-inverse:#ffffff;--wh-color-background-default:#ffffff;--wh-typography-body-font-family:system-ui,sans-serif;--wh-typography-body-font-size:1rem;--wh-typography-body-line-height:1.5;--wh-font-family-heading:system-ui,sans-serif;--wh-spacing-2:.5rem;--wh-spacing-4:1rem;--wh-spacing-8:2rem;--wh-spacing-16:4rem;--wh-radius-md:.375rem}`;

/** Component styles: every colour, font and size comes from a design token custom property. */
const COMPONENT_CSS = `body{margin:0 auto;max-width:60rem;padding:var(--wh-spacing-4);font-family:var(--wh-typography-body-font-family);font-size:var(--wh-typography-body-font-size);line-height:var(--wh-typography-body-line-height);color:var(--wh-color-text-default);background:var(--wh-color-background-default)}
.wh-heading{font-family:var(--wh-font-family-heading)}
.wh-button{display:inline-block;padding:var(--wh-spacing-2) var(--wh-spacing-4);border-radius:var(--wh-radius-md);text-decoration:none}
.wh-button--primary{background:var(--wh-color-brand-primary);color:var(--wh-color-text-inverse)}
.wh-button--secondary{border:1px solid var(--wh-color-brand-primary);color:var(--wh-color-brand-primary)}
.wh-spacer--small{height:var(--wh-spacing-4)}.wh-spacer--medium{height:var(--wh-spacing-8)}.wh-spacer--large{height:var(--wh-spacing-16)}`;

/**
 * Renders a stored (already validated) tree to a complete HTML document with React on the
 * server. Props are re-parsed so defaults apply; React escapes every text and attribute.
 * `tokensCss` is the resolved design tokens stylesheet (TokenService); without it the defaults apply.
 */
export function renderPage(tree: PageTree, title: string, lang = 'en', tokensCss?: string): string {
  // The token resolver never emits `<`; escaping it anyway keeps `</style>` out of the element.
  const css = `${(tokensCss ?? DEFAULT_TOKENS_CSS).replace(/</g, '\\3c ')}\n${COMPONENT_CSS}`;
  const body = tree.content.map((node, index) => {
    if (!isComponentName(node.type)) return null;
    const definition = components[node.type];
    const props = definition.props.parse(node.props);
    // biome-ignore lint/suspicious/noExplicitAny: the name/props pairing was checked by the schema above.
    // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
    return <section key={index}>{(definition.render as (p: any) => React.ReactNode)(props)}</section>;
  });
  const markup = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant CSS plus resolved tokens, whose only free text (font names) is sanitised and `<` escaped. */}
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <main>{body}</main>
      </body>
    </html>,
  );
  return `<!doctype html>${markup}`;
}
