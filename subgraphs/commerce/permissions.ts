import type { PermissionMap } from '../../core/permissions.js';

/** What each root field of the commerce subgraph requires (checked before its resolver runs). */
export const commercePermissions: PermissionMap = {
  'Query.products': 'public',
  'Query.productsByIds': 'public',
  // Visible products and the collections by slug: what the storefront's pages show anyway.
  'Query.productsBySlugs': 'public',
  'Query.collectionsBySlugs': 'public',
  // Searches only what visitors see (active products of the request tenant).
  'Query.searchProducts': 'public',
  'Mutation.createProduct': 'catalog:write',
  // The storefront catalog: active products and collections of the request tenant.
  'Query.product': 'public',
  'Query.collections': 'public',
  'Query.collection': 'public',
  'Query.locations': 'catalog:read',
  'Query.catalogJob': 'catalog:write',
  'Mutation.updateProduct': 'catalog:write',
  'Mutation.createCollection': 'catalog:write',
  'Mutation.updateCollection': 'catalog:write',
  'Mutation.deleteCollection': 'catalog:write',
  'Mutation.createLocation': 'catalog:write',
  'Mutation.updateLocation': 'catalog:write',
  'Mutation.deleteLocation': 'catalog:write',
  'Mutation.setStock': 'catalog:write',
  'Mutation.exportCatalog': 'catalog:write',
  'Mutation.importCatalog': 'catalog:write',
  'Query.orders': 'orders:read',
  'Query.order': 'orders:read',
  // A visitor's own order status, by the unguessable token from checkout (status only).
  'Query.orderByToken': 'public',
  'Query.stripeConnection': 'settings:read',
  'Mutation.connectStripe': 'settings:write',
  'Mutation.fulfilOrder': 'orders:write',
  'Mutation.cancelOrder': 'orders:write',
  'Mutation.refundOrder': 'orders:write',
  // Visitor carts and checkout: the unguessable cart / order token is the credential (request tenant).
  'Query.cart': 'public',
  'Query.openCart': 'public',
  'Query.checkoutPayment': 'public',
  'Mutation.createCart': 'public',
  'Mutation.addCartLine': 'public',
  'Mutation.updateCartLine': 'public',
  'Mutation.removeCartLine': 'public',
  'Mutation.applyDiscountCode': 'public',
  'Mutation.removeDiscountCode': 'public',
  'Mutation.selectShippingRate': 'public',
  'Mutation.checkout': 'public',
  // The store's pricing rules.
  'Query.discountCodes': 'catalog:read',
  'Query.taxSettings': 'catalog:read',
  'Query.shippingRates': 'catalog:read',
  'Mutation.createDiscountCode': 'catalog:write',
  'Mutation.setDiscountCodeActive': 'catalog:write',
  'Mutation.setTaxSetting': 'settings:write',
  'Mutation.createShippingRate': 'settings:write',
  'Mutation.deleteShippingRate': 'settings:write',
};
