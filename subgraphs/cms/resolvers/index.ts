/** The subgraph's resolvers, one file per area; service.ts composes them. */
export { cmsResolvers } from './cms.js';
export { siteIndexingResolvers } from './indexing.js';
export { lifecycleResolvers, mergeResolvers } from './lifecycle.js';
export { siteDomainResolvers } from './site-domains.js';
export { translationResolvers } from './translations.js';
