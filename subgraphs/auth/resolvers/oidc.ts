import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { OidcService } from '../services/oidc.js';
import { loginPayload } from './accounts.js';

/** Social sign-in's root fields, merged into the auth subgraph's resolvers. */
export function withOidcResolvers(resolvers: Resolvers, oidc: OidcService): Resolvers {
  return {
    ...resolvers,
    Query: {
      ...resolvers.Query,
      signInProviders: () => oidc.providers(),
    },
    Mutation: {
      ...resolvers.Mutation,
      exchangeSignInCode: async (_, args, { ctx }) => loginPayload(await oidc.exchangeSignInCode(ctx, args)),
    },
  };
}
