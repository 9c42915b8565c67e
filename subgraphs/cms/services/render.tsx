import { renderToStaticMarkup } from 'react-dom/server';
import { components, isComponentName } from '../../../templates/components/index.js';
import type { PageTree } from '../entities.js';

const BASE_CSS = `:root{--wh-color-primary:#1d4ed8;--wh-font-body:system-ui,sans-serif}
body{margin:0 auto;max-width:60rem;padding:1rem;font-family:var(--wh-font-body);line-height:1.5}
.wh-button{display:inline-block;padding:.5rem 1rem;border-radius:.375rem;text-decoration:none}
.wh-button--primary{background:var(--wh-color-primary);color:#fff}
.wh-button--secondary{border:1px solid var(--wh-color-primary);color:var(--wh-color-primary)}
.wh-spacer--small{height:1rem}.wh-spacer--medium{height:2rem}.wh-spacer--large{height:4rem}`;

/**
 * Renders a stored (already validated) tree to a complete HTML document with React on the
 * server. Props are re-parsed so defaults apply; React escapes every text and attribute.
 */
export function renderPage(tree: PageTree, title: string, lang = 'en'): string {
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
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant stylesheet; no user input reaches it. */}
        <style dangerouslySetInnerHTML={{ __html: BASE_CSS }} />
      </head>
      <body>
        <main>{body}</main>
      </body>
    </html>,
  );
  return `<!doctype html>${markup}`;
}
