/** The subgraph's resolvers, one file per area; subgraph.ts composes them. */
export { createAccountParts, withAccountResolvers } from './accounts.js';
export { authResolvers } from './auth.js';
export { keysBillingResolvers } from './keys-billing.js';
export { withOidcResolvers } from './oidc.js';
export { regionResolvers } from './regions.js';
export { teamResolvers, withTeamResolvers } from './teams.js';
