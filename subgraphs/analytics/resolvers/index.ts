/** The subgraph's resolvers, one file per area; service.ts composes them. */
export { analyticsResolvers } from './analytics.js';
