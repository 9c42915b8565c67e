/** The subgraph's resolvers, one file per area; subgraph.ts composes them. */
export { cartResolvers, createCartParts } from './carts.js';
export { commerceResolvers } from './commerce.js';
export { onboardingResolvers } from './onboarding.js';
export { orderResolvers } from './orders.js';
