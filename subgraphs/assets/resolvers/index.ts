/** The subgraph's resolvers, one file per area; subgraph.ts composes them. */
export { assetsResolvers } from './assets.js';
