/** The subgraph's resolvers, one file per area; service.ts composes them. */
export { cartResolvers, createCartParts } from './carts.js';
export { commerceResolvers } from './commerce.js';
export { mergeResolvers, orderResolvers } from './orders.js';
