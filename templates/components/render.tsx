import type { ReactNode } from 'react';
import { ROOT_LINKS, type StorefrontLinks } from '../links.js';
import { type ImageSource, ImagesContext } from './image.js';
import { type AnyDefinition, definitionOf, type SlotComponent, type TreeNode } from './index.js';
import { EMPTY_SITE, type SiteData, SiteDataContext } from './layout/site-data.js';
import { LinksContext, MissingLinksContext } from './site-link.js';
import type {
  CartData,
  CollectionDataInput,
  OrderData,
  PaymentData,
  ProductCardInput,
  ProductDataInput,
  SearchDataInput,
} from './store/data.js';

/** Deepest nesting the validator accepts (a top-level component is level 1). */
export const MAX_TREE_DEPTH = 8;

/** A product card as grids and collections show it; prices in minor units. */
export type ProductCard = ProductCardInput;

/** An image variant (the assets service's URL and pixel width). */
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
  /** Cards of featured collections by slug (ProductGrid `collection`), in the collection's order. */
  collections?: Readonly<Record<string, readonly ProductCard[]>>;
  /** The product page's product (ProductDetail), with the variant the visitor picked. */
  product?: ProductDataInput;
  selectedVariantId?: string;
  /** The collection page's data (CollectionProducts). */
  collection?: CollectionDataInput;
  /** The cart page's and checkout's cart (CartContents, CheckoutForm); null: the visitor has none. */
  cart?: CartData | null;
  /** The checkout's countries, named in the page's language (CheckoutForm). */
  countries?: readonly { code: string; name: string }[];
  /** The order status page's order (OrderStatus). */
  order?: OrderData;
  /** The payment page's PaymentIntent (PaymentForm). */
  payment?: PaymentData;
  /** The search page's query and results (SearchResults). */
  search?: SearchDataInput;
  /** The reason key of the visitor's last failed cart or checkout form (messages.ts REASONS). */
  notice?: string;
  /** What the visitor typed in the checkout form, shown again after a failed post (CheckoutForm). */
  checkoutValues?: Readonly<Record<string, string>>;
  /** The checkout fields a failed post found missing (`required`) or wrong (`invalid`) (CheckoutForm). */
  checkoutErrors?: Readonly<Record<string, 'required' | 'invalid'>>;
  /** Stored site-relative hrefs that lead nowhere (see `storedHrefs`): they render as text. */
  missingLinks?: ReadonlySet<string>;
  /** The site's name and resolved menus, for the layout components (header, footer). */
  site?: SiteData;
}

const NO_MISSING_LINKS: ReadonlySet<string> = new Set();

/** Components that read the page's locale when their own `locale` prop is unset. */
const LOCALE_AWARE = new Set([
  'ProductGrid',
  'ProductDetail',
  'CollectionProducts',
  'NotFound',
  'CartContents',
  'SearchResults',
  'SiteHeader',
  'PaymentForm',
  'CheckoutForm',
  'OrderStatus',
]);

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
  const withLocale =
    LOCALE_AWARE.has(type) && props.locale === undefined && env.locale
      ? { ...props, locale: env.locale }
      : props;
  if (
    type === 'SiteHeader' &&
    typeof props.logoAssetId === 'string' &&
    env.images &&
    Object.hasOwn(env.images, props.logoAssetId)
  ) {
    return { ...props, logoSources: env.images[props.logoAssetId] };
  }
  if (type === 'ProductGrid') {
    const ids = Array.isArray(props.productIds) ? props.productIds : [];
    const byId = ids.flatMap((id) =>
      // The product id goes with its card: the grid's "Add to cart" form posts it.
      typeof id === 'string' && env.products && Object.hasOwn(env.products, id)
        ? [{ id, ...env.products[id] }]
        : [],
    );
    const slug = typeof props.collection === 'string' ? props.collection : null;
    const fromCollection =
      slug && env.collections && Object.hasOwn(env.collections, slug) ? env.collections[slug]! : [];
    const cards = [...byId, ...fromCollection];
    return { ...withLocale, ...(cards.length ? { products: cards } : {}) };
  }
  // Bound data is the renderer's alone: whatever a stored tree holds under these props is replaced.
  if (type === 'ProductDetail') {
    const { product: _p, selectedVariantId: _v, ...rest } = withLocale;
    return {
      ...rest,
      ...(env.product ? { product: env.product } : {}),
      ...(env.selectedVariantId ? { selectedVariantId: env.selectedVariantId } : {}),
    };
  }
  if (type === 'CollectionProducts') {
    const { collection: _c, ...rest } = withLocale;
    return { ...rest, ...(env.collection ? { collection: env.collection } : {}) };
  }
  if (type === 'PaymentForm') {
    const { payment: _p, ...rest } = withLocale;
    return { ...rest, ...(env.payment ? { payment: env.payment } : {}) };
  }
  if (type === 'SearchResults') {
    const { search: _s, ...rest } = withLocale;
    return { ...rest, ...(env.search ? { search: env.search } : {}) };
  }
  if (type === 'CartContents' || type === 'CheckoutForm' || type === 'OrderStatus') {
    const { cart: _c, countries: _k, order: _o, notice: _n, values: _v, invalid: _i, ...rest } = withLocale;
    return {
      ...rest,
      ...(env.cart !== undefined && type !== 'OrderStatus' ? { cart: env.cart } : {}),
      ...(env.countries && type === 'CheckoutForm' ? { countries: env.countries } : {}),
      ...(env.order && type === 'OrderStatus' ? { order: env.order } : {}),
      ...(env.notice && type !== 'OrderStatus' ? { notice: env.notice } : {}),
      ...(env.checkoutValues && type === 'CheckoutForm' ? { values: env.checkoutValues } : {}),
      ...(env.checkoutErrors && type === 'CheckoutForm' ? { invalid: env.checkoutErrors } : {}),
    };
  }
  return withLocale;
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

/**
 * Renders a (validated) tree's content with the component library: each top-level component in a
 * `<section>`, slots recursively. Pure: the output depends only on the tree and `env`.
 */
export function renderContent(content: readonly TreeNode[], env: RenderEnv = {}): ReactNode {
  return (
    <RenderContexts env={env}>
      {content.map((node, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static render; the order is the identity.
        <TopLevel key={index} node={node} env={env} />
      ))}
    </RenderContexts>
  );
}

/**
 * Renders a section group of the site layout (header, footer): like `renderContent`, but without a
 * `<section>` around each component, so a header or footer stays the page's banner or contentinfo.
 */
export function renderGroup(content: readonly TreeNode[], env: RenderEnv = {}): ReactNode {
  return <RenderContexts env={env}>{renderNodes(content, env, 1)}</RenderContexts>;
}

const NO_IMAGES: Readonly<Record<string, readonly ImageSource[]>> = {};

function RenderContexts({ env, children }: { env: RenderEnv; children: ReactNode }): ReactNode {
  return (
    <LinksContext.Provider value={env.links ?? ROOT_LINKS}>
      <MissingLinksContext.Provider value={env.missingLinks ?? NO_MISSING_LINKS}>
        <SiteDataContext.Provider value={env.site ?? EMPTY_SITE}>
          <ImagesContext.Provider value={env.images ?? NO_IMAGES}>{children}</ImagesContext.Provider>
        </SiteDataContext.Provider>
      </MissingLinksContext.Provider>
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
export function renderNeeds(content: readonly TreeNode[]): {
  assetIds: string[];
  productIds: string[];
  /** Featured collections by slug (ProductGrid `collection`) with the most cards any grid shows. */
  collections: { slug: string; limit: number }[];
} {
  const assetIds = new Set<string>();
  const productIds = new Set<string>();
  const collections = new Map<string, number>();
  const visit = (nodes: readonly TreeNode[], depth: number) => {
    if (depth > MAX_TREE_DEPTH) return;
    for (const node of nodes) {
      const definition = definitionOf(node.type);
      const parsed = definition?.props.safeParse(node.props ?? {});
      if (!definition || !parsed?.success) continue;
      const props = parsed.data as Record<string, unknown>;
      // Each component names the assets it shows (Image, the sections); a header its logo.
      for (const id of definition.assetIds?.(props) ?? []) assetIds.add(id);
      if (node.type === 'ProductGrid') {
        for (const id of props.productIds as string[]) productIds.add(id);
        const slug = props.collection as string | undefined;
        if (slug) collections.set(slug, Math.max(collections.get(slug) ?? 0, props.limit as number));
      }
      if (node.type === 'SiteHeader' && typeof props.logoAssetId === 'string')
        assetIds.add(props.logoAssetId);
      definition.mapSlots?.(props, (children) => {
        visit(children, depth + 1);
        return () => null;
      });
    }
  };
  visit(content, 1);
  return {
    assetIds: [...assetIds],
    productIds: [...productIds],
    collections: [...collections].map(([slug, limit]) => ({ slug, limit })),
  };
}

/** One stored href of a tree, with where it is (`content[2].props.cta.href`) and its link text. */
export interface StoredHref {
  href: string;
  at: string;
  label: string | null;
}

/**
 * Every stored `href` prop of a tree (slots and nested objects included): what the renderer checks
 * before the render (a site path that leads nowhere renders as text) and the broken-link report lists.
 */
export function storedHrefs(content: readonly TreeNode[], at = 'content'): StoredHref[] {
  const found: StoredHref[] = [];
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > 6 * MAX_TREE_DEPTH || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, `${path}[${i}]`, depth + 1);
      });
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.href === 'string') {
      const label = typeof record.label === 'string' ? record.label : null;
      found.push({ href: record.href, at: `${path}.href`, label });
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'href') walk(child, `${path}.${key}`, depth + 1);
    }
  };
  content.forEach((node, i) => {
    walk(node.props ?? {}, `${at}[${i}].props`, 0);
  });
  return found;
}
