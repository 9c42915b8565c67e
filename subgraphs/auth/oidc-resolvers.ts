import type { Resolvers } from './__generated__/resolvers-types.js';
import { loginPayload } from './account-resolvers.js';
import type { OidcService } from './services/oidc.js';

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
