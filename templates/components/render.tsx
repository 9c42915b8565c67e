import type { ReactNode } from 'react';
import { ROOT_LINKS, type StorefrontLinks } from '../links.js';
import { type ImageSource, ImagesContext } from './image.js';
import { type AnyDefinition, definitionOf, type SlotComponent, type TreeNode } from './index.js';
import { LinksContext } from './site-link.js';

/** Deepest nesting the validator accepts (a top-level component is level 1). */
export const MAX_TREE_DEPTH = 8;

/** A product card as the product grid shows it; prices in minor units. */
export interface ProductCard {
  title: string;
  price: { amount: number; currency: string };
  href: string;
}

export type { ImageSource } from './image.js';

/**
 * What the renderer passes to components besides their stored props. Fetching happens before the
 * render (the caller fills these maps); components only read their props.
 */
export interface RenderEnv {
  /** BCP 47 locale used when a component's own `locale` prop is unset (prices). */
  locale?: string;
  /** Product cards by product id, for product grids. */
  products?: Readonly<Record<string, ProductCard>>;
  /** Image variants by asset id, for images' `srcset`. */
  images?: Readonly<Record<string, readonly ImageSource[]>>;
  /** Builds every href of the page from the site's base (default: the root of a custom domain). */
  links?: StorefrontLinks;
}

/** Stored props plus what the renderer provides (before the schema parse, so it is validated too). */
function provided(type: string, props: Record<string, unknown>, env: RenderEnv): Record<string, unknown> {
  if (
    type === 'Image' &&
    typeof props.assetId === 'string' &&
    env.images &&
    Object.hasOwn(env.images, props.assetId)
  ) {
    return { ...props, sources: env.images[props.assetId] };
  }
  if (type === 'ProductGrid') {
    const ids = Array.isArray(props.productIds) ? props.productIds : [];
    const cards = env.products
      ? ids.flatMap((id) =>
          // The product id goes with its card: the grid's "Add to cart" form posts it.
          typeof id === 'string' && Object.hasOwn(env.products!, id) ? [{ id, ...env.products![id] }] : [],
        )
      : [];
    return {
      ...props,
      ...(cards.length ? { products: cards } : {}),
      ...(props.locale === undefined && env.locale ? { locale: env.locale } : {}),
    };
  }
  return props;
}

function renderNode(node: TreeNode, env: RenderEnv, depth: number): ReactNode {
  const definition: AnyDefinition | null = definitionOf(node.type);
  // Unknown components in a stored tree and anything past the depth limit are skipped, not rendered.
  if (!definition || depth > MAX_TREE_DEPTH) return null;
  const props = definition.props.parse(provided(node.type, node.props ?? {}, env));
  const renderProps = definition.mapSlots
    ? definition.mapSlots(
        props,
        (nodes): SlotComponent =>
          () =>
            renderNodes(nodes, env, depth + 1),
      )
    : props;
  return definition.render(renderProps);
}

function renderNodes(nodes: readonly TreeNode[], env: RenderEnv, depth: number): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
  return nodes.map((node, index) => <NodeView key={index} node={node} env={env} depth={depth} />);
}

function NodeView({ node, env, depth }: { node: TreeNode; env: RenderEnv; depth: number }): ReactNode {
  return renderNode(node, env, depth);
}

const NO_IMAGES: Readonly<Record<string, readonly ImageSource[]>> = {};

/**
 * Renders a (validated) tree's content with the component library: each top-level component in a
 * `<section>`, slots recursively. Pure: the output depends only on the tree and `env`.
 */
export function renderContent(content: readonly TreeNode[], env: RenderEnv = {}): ReactNode {
  return (
    <LinksContext.Provider value={env.links ?? ROOT_LINKS}>
      <ImagesContext.Provider value={env.images ?? NO_IMAGES}>
        {content.map((node, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
          <TopLevel key={index} node={node} env={env} />
        ))}
      </ImagesContext.Provider>
    </LinksContext.Provider>
  );
}

/** A top-level component in its `<section>` (nothing for a component that renders nothing). */
function TopLevel({ node, env }: { node: TreeNode; env: RenderEnv }): ReactNode {
  const rendered = renderNode(node, env, 1);
  return rendered === null ? null : <section>{rendered}</section>;
}

/**
 * The data a tree's components need from elsewhere (image variants, product cards), slots included,
 * so the caller can fetch it in one go before rendering and pass it as `RenderEnv`.
 */
export function renderNeeds(content: readonly TreeNode[]): { assetIds: string[]; productIds: string[] } {
  const assetIds = new Set<string>();
  const productIds = new Set<string>();
  const visit = (nodes: readonly TreeNode[], depth: number) => {
    if (depth > MAX_TREE_DEPTH) return;
    for (const node of nodes) {
      const definition = definitionOf(node.type);
      const parsed = definition?.props.safeParse(node.props ?? {});
      if (!definition || !parsed?.success) continue;
      const props = parsed.data as Record<string, unknown>;
      for (const id of definition.assetIds?.(props) ?? []) assetIds.add(id);
      if (node.type === 'ProductGrid') for (const id of props.productIds as string[]) productIds.add(id);
      definition.mapSlots?.(props, (children) => {
        visit(children, depth + 1);
        return () => null;
      });
    }
  };
  visit(content, 1);
  return { assetIds: [...assetIds], productIds: [...productIds] };
}
