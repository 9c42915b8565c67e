/** The entity lists this subgraph registers with MikroORM (subgraph.ts passes them to openDb). */
export { cmsEntities } from './cms.js';
export { cmsContentEntities } from './content.js';
export { cmsLifecycleEntities } from './lifecycle.js';
export { cmsOnboardingEntities } from './onboarding.js';
export { cmsPageTypeEntities } from './page-types.js';
export { cmsSiteDomainEntities } from './site-domains.js';
export { cmsSiteLayoutEntities } from './site-layout.js';
export { cmsThemeEntities } from './themes.js';
export { cmsTranslationEntities } from './translations.js';
