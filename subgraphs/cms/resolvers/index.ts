/** The subgraph's resolvers, one file per area; subgraph.ts composes them. */
export { cmsResolvers } from './cms.js';
export { contentResolvers } from './content.js';
export { siteIndexingResolvers } from './indexing.js';
export { lifecycleResolvers } from './lifecycle.js';
export { onboardingResolvers } from './onboarding.js';
export { pageTypeResolvers } from './page-types.js';
export { siteDomainResolvers } from './site-domains.js';
export { siteFaviconResolvers } from './site-favicon.js';
export { siteLayoutResolvers } from './site-layout.js';
export { templateResolvers } from './templates.js';
export { themeResolvers } from './themes.js';
export { translationResolvers } from './translations.js';
export { trashResolvers } from './trash.js';
