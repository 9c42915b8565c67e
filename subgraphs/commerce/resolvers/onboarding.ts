import type { SubgraphDb } from '../../../core/db.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { storeOnboardingFacts } from '../services/onboarding-facts.js';

/** The store's facts on the cms's `Onboarding` entity (services/onboarding-facts.ts). */
export function onboardingResolvers(db: SubgraphDb): Resolvers {
  return {
    Onboarding: {
      __resolveReference: (ref: { tenantId: string }, { ctx }) => storeOnboardingFacts(db, ctx, ref.tenantId),
    },
  };
}
