/** The subgraph's resolvers, one file per area; service.ts composes them. */
export { assetsResolvers } from './assets.js';
