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
import { components } from '../../../../../templates/components/index.js';
import { puckConfig } from '../../../../../templates/components/puck.js';
import { withPickerFields } from './pickers/fields.js';
import { pickedAsset, pickedCollection, pickedProduct, usePicked } from './pickers/picked.js';

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

/** Each missing prop's schema default (only keys the schema declares with a default). */
export function withDefaults(schema: z.ZodType, props: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return props;
  const out = { ...props };
  for (const [key, field] of Object.entries(shape)) {
    if (out[key] !== undefined) continue;
    const parsed = field.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out;
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

/** A component drawn on the canvas; re-drawn when the pickers learn about an image or product. */
function Drawn({ draw }: { draw: () => ReactNode }) {
  usePicked();
  return <>{draw()}</>;
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

export function editorConfig(): Config {
  const base = puckConfig();
  const wrapped = Object.fromEntries(
    Object.entries(base.components).map(([name, config]): [string, ComponentConfig] => {
      const definition = (components as Record<string, { label: string; props: z.ZodType }>)[name];
      const render = config.render;
      return [
        name,
        {
          ...config,
          fields: config.fields ? withPickerFields(config.fields as Record<string, Field>) : config.fields,
          ...(name === 'Image' ? { resolveData: resolveImage } : {}),
          // biome-ignore lint/suspicious/noExplicitAny: Puck's render props are the component's props plus `puck`/`id`.
          render: (props: any) => (
            <RenderGuard label={definition?.label ?? name}>
              <Drawn
                draw={() =>
                  render(
                    withPicked(definition ? withDefaults(definition.props, props) : props) as Parameters<
                      typeof render
                    >[0],
                  )
                }
              />
            </RenderGuard>
          ),
        },
      ];
    }),
  );
  return { ...base, components: wrapped } as Config;
}
