/**
 * Storefront page types: pages the storefront serves for a route rather than for a stored page
 * path. Each is rendered from a template (a component tree like a page's) that a site may override;
 * the sample theme ships the defaults (`templates/samples/theme/<type>.json`). A page type may have
 * a binding component that shows its data (the product, the collection, the cart); that component
 * is allowed in that page type's template only.
 */
export const PAGE_TYPES = [
  'product',
  'collection',
  'not_found',
  'cart',
  'checkout',
  'order',
  'search',
  'payment',
] as const;

export type PageTypeName = (typeof PAGE_TYPES)[number];

export function isPageType(name: string): name is PageTypeName {
  return (PAGE_TYPES as readonly string[]).includes(name);
}

/** Page types whose documents are the visitor's own (cart, checkout, order): never cached, never indexed. */
export const PERSONAL_PAGE_TYPES: readonly PageTypeName[] = ['cart', 'checkout', 'order', 'payment'];

/** Components that show a page type's data: allowed only in that page type's template. */
export const BINDING_COMPONENTS: Readonly<Record<string, PageTypeName>> = {
  ProductDetail: 'product',
  CollectionProducts: 'collection',
  CartContents: 'cart',
  CheckoutForm: 'checkout',
  OrderStatus: 'order',
  SearchResults: 'search',
  PaymentForm: 'payment',
};

/** The page type a component is bound to, or null when it may go anywhere. */
export function bindingPageType(component: string): PageTypeName | null {
  return Object.hasOwn(BINDING_COMPONENTS, component) ? BINDING_COMPONENTS[component]! : null;
}
