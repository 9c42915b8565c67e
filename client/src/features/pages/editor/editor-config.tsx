/**
 * The Puck config the editor runs: `puckConfig()` (the server's components, labels, fields and
 * render functions) with the pickers in place of id and link fields (pickers/fields.tsx), the
 * images and product cards the pickers loaded drawn on the canvas (as the server renderer draws
 * them from the same ids), a new Image taking its size and alt text from the image picked, and two
 * editor-only guards around each render:
 * - props the stored tree leaves out get their schema defaults first, as the server renderer's
 *   zod parse gives them (e.g. an Image's `sources`), so a half-filled component still draws;
 * - a component whose props are invalid mid-edit shows a notice instead of breaking the canvas.
 */
import type { ComponentConfig, Config, Field } from '@puckeditor/core';
import { Component, type ReactNode } from 'react';
import type { z } from 'zod';
import { ImagesContext } from '../../../../../templates/components/image.js';
import { components } from '../../../../../templates/components/index.js';
import {
  EMPTY_SITE,
  type SiteData,
  SiteDataContext,
} from '../../../../../templates/components/layout/site-data.js';
import { puckConfig } from '../../../../../templates/components/puck.js';
import { bindingPageType, type PageTypeName } from '../../../../../templates/page-types.js';
import { withDefaults } from './defaults.js';
import { helpOf } from './field-notes.js';
import { withPickerFields } from './pickers/fields.js';
import { pickedAsset, pickedCollection, pickedProduct, pickedSources, usePicked } from './pickers/picked.js';
import { type ThemeToken, type TokenKind, tokenPickerField } from './theme-tokens.js';

export { withDefaults } from './defaults.js';

class RenderGuard extends Component<{ label: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidUpdate(prev: { children: ReactNode }) {
    if (this.state.failed && prev.children !== this.props.children) this.setState({ failed: false });
  }
  override render() {
    return this.state.failed ? (
      <p role="note" className="wh-editor-invalid">
        {this.props.label}: some fields are not valid yet, so it cannot be shown.
      </p>
    ) : (
      this.props.children
    );
  }
}

/**
 * What the server renderer would pass in from the ids: an image's variants (`sources`) and a
 * product grid's cards (`products`), from what the pickers loaded.
 */
export function withPicked(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  // `assetId` → `sources`, `logoAssetId` → `logoSources`: the renderer's naming.
  for (const [key, id] of Object.entries(props)) {
    const match = /^(assetId|(.+)AssetId)$/.exec(key);
    if (!match || typeof id !== 'string' || !id) continue;
    const target = match[2] ? `${match[2]}Sources` : 'sources';
    const given = out[target];
    const asset = pickedAsset(id);
    if (asset?.sources.length && !(Array.isArray(given) && given.length)) out[target] = asset.sources;
  }
  if (Array.isArray(out.productIds) && !(Array.isArray(out.products) && out.products.length)) {
    // The chosen products, then the collection's (as the renderer does, render.tsx).
    const fromCollection = typeof out.collection === 'string' ? (pickedCollection(out.collection) ?? []) : [];
    out.products = [...out.productIds, ...fromCollection].flatMap((id) => {
      const product = typeof id === 'string' ? pickedProduct(id) : undefined;
      if (!product?.price) return [];
      const image = product.imageAssetId ? pickedAsset(product.imageAssetId) : undefined;
      return [
        {
          id: product.id,
          slug: product.slug,
          title: product.title,
          price: product.price,
          soldOut: false,
          image:
            image?.width && image.height
              ? {
                  assetId: image.id,
                  alt: '',
                  width: image.width,
                  height: image.height,
                  avif: [],
                  webp: image.sources,
                  jpeg: [],
                }
              : null,
        },
      ];
    });
  }
  return out;
}

/**
 * A component drawn on the canvas; re-drawn when the pickers learn about an image or product. The
 * sections that take their images from the page (Image banner, Image with text, Multi-column) get
 * them from the loaded assets, as the renderer's ImagesContext gives them.
 */
function Drawn({ draw, site }: { draw: () => ReactNode; site: SiteData }) {
  usePicked();
  return (
    <SiteDataContext.Provider value={site}>
      <ImagesContext.Provider value={pickedSources()}>{draw()}</ImagesContext.Provider>
    </SiteDataContext.Provider>
  );
}

/** The Image's size and alt text follow the picked image until the owner sets them. */
// biome-ignore lint/suspicious/noExplicitAny: Puck's resolveData data is the component's props plus `id`.
async function resolveImage(data: any, { changed }: { changed: Partial<Record<string, boolean>> }) {
  const id = data.props.assetId;
  if (!changed.assetId || typeof id !== 'string' || !id) return data;
  const asset = pickedAsset(id);
  if (!asset) return data;
  const props = { ...data.props };
  if (asset.width && asset.height) {
    props.width = asset.width;
    props.height = asset.height;
  }
  if (!props.alt && asset.alt) props.alt = asset.alt;
  return { ...data, props };
}

/** What the editor's config needs to know of the page: its theme's tokens and its surroundings. */
export interface EditorContext {
  /** The theme's tokens, for the token pickers. */
  tokens: readonly ThemeToken[];
  /** Filled into new blocks' default text (`{{site.name}}`, `{{page.title}}`), as templates do. */
  placeholders?: { siteName: string; pageTitle: string };
  /** The site's header and footer, rendered (Page.canvas); drawn around the content, not editable here. */
  groups?: { header: string; footer: string };
  /**
   * What is edited, when not a page: a page type's template (its binding component is offered, the
   * other page types' are not) or, with null, a section group of the layout (no binding component).
   * Absent: every component.
   */
  pageType?: PageTypeName | null;
  /** The site's name and menus, for the header and footer blocks drawn on the canvas. */
  site?: SiteData;
}

/** Whether a component may be offered: a binding component only in its own page type's template. */
function offered(name: string, pageType: PageTypeName | null | undefined): boolean {
  if (pageType === undefined) return true;
  const bound = bindingPageType(name);
  return bound === null || bound === pageType;
}

/** `{{site.name}}` and `{{page.title}}` in every string of default props. */
function filled(value: unknown, placeholders: EditorContext['placeholders']): unknown {
  if (!placeholders) return value;
  if (typeof value === 'string')
    return value.replace(/\{\{\s*(site\.name|page\.title)\s*\}\}/g, (_, key: string) =>
      key === 'site.name' ? placeholders.siteName : placeholders.pageTitle,
    );
  if (Array.isArray(value)) return value.map((v) => filled(v, placeholders));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, filled(v, placeholders)]));
  return value;
}

/** Token reference fields (the library's `tokenField`) become the theme's token pickers, at any depth. */
export function withTokenFields(
  fields: Record<string, Field>,
  tokens: readonly ThemeToken[],
): Record<string, Field> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]): [string, Field] => {
      const token = (field.metadata as { token?: TokenKind } | undefined)?.token;
      if (token) return [name, tokenPickerField(token, field.label ?? name, helpOf(field), tokens) as Field];
      if (field.type === 'object')
        return [name, { ...field, objectFields: withTokenFields(field.objectFields, tokens) }];
      if (field.type === 'array')
        return [name, { ...field, arrayFields: withTokenFields(field.arrayFields, tokens) }];
      return [name, field];
    }),
  );
}

/**
 * Editor-only draws: rich text edited on the canvas arrives as Puck's inline editor (not an HTML
 * string), and a Product grid with nothing chosen yet says how to fill it instead of drawing nothing.
 */
function editorDraw(name: string, props: Record<string, unknown>, draw: () => ReactNode): ReactNode {
  if (name === 'RichText' && typeof props.html !== 'string') {
    return <div className="wh-richtext">{props.html as ReactNode}</div>;
  }
  if (name === 'ProductGrid' && Array.isArray(props.products) && props.products.length === 0) {
    return (
      <div className="wh-products">
        {draw()}
        <p className="wh-editor-empty">Choose products or a collection for this grid in its settings.</p>
      </div>
    );
  }
  return draw();
}

export function editorConfig(context: EditorContext = { tokens: [] }): Config {
  const base = puckConfig();
  const site = context.site ?? EMPTY_SITE;
  const wrapped = Object.fromEntries(
    Object.entries(base.components)
      .filter(([name]) => offered(name, context.pageType))
      .map(([name, config]): [string, ComponentConfig] => {
        const definition = (components as Record<string, { label: string; props: z.ZodType }>)[name];
        const render = config.render;
        return [
          name,
          {
            ...config,
            defaultProps: filled(
              config.defaultProps,
              context.placeholders,
            ) as ComponentConfig['defaultProps'],
            fields: config.fields
              ? withTokenFields(withPickerFields(config.fields as Record<string, Field>), context.tokens)
              : config.fields,
            ...(name === 'Image' ? { resolveData: resolveImage } : {}),
            // biome-ignore lint/suspicious/noExplicitAny: Puck's render props are the component's props plus `puck`/`id`.
            render: (props: any) => (
              <RenderGuard label={definition?.label ?? name}>
                <Drawn
                  site={site}
                  draw={() => {
                    const full = withPicked(definition ? withDefaults(definition.props, props) : props);
                    return editorDraw(name, full, () => render(full as Parameters<typeof render>[0]));
                  }}
                />
              </RenderGuard>
            ),
          },
        ];
      }),
  );
  const groups = context.groups;
  return {
    ...base,
    root: {
      ...base.root,
      // A section group has no page settings: only its content is saved (saveSiteLayout).
      ...(context.pageType === null ? { label: 'Section group' } : {}),
      fields:
        context.pageType === null || !base.root?.fields
          ? undefined
          : withPickerFields(base.root.fields as Record<string, Field>),
      // The live page's frame: the site's header and footer around <main>, as page-document.tsx renders it.
      // They are edited with the site's layout, so on this canvas they are shown but inert.
      // A section group is drawn as it is: no page around it.
      render: ({ children }: { children?: ReactNode }) =>
        context.pageType === null ? (
          <>{children}</>
        ) : (
          <>
            {groups?.header ? <SectionGroup html={groups.header} name="header" /> : null}
            <main id="main">{children}</main>
            {groups?.footer ? <SectionGroup html={groups.footer} name="footer" /> : null}
          </>
        ),
    },
    components: wrapped,
  } as Config;
}

/** A section group the server rendered (the storefront's own markup), shown inert on the canvas. */
function SectionGroup({ html, name }: { html: string; name: string }) {
  return (
    <div
      className="wh-editor-group"
      data-group={name}
      inert
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the cms renderer's output for this site (React-escaped, rich text sanitised), exactly what visitors get.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
