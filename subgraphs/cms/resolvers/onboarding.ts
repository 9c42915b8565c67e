import type { Resolvers, StarterSiteStatus } from '../__generated__/resolvers-types.js';
import type { OnboardingService, OnboardingView, StarterSiteState } from '../services/onboarding.js';

const STATUS: Record<StarterSiteState, StarterSiteStatus> = {
  queued: 'QUEUED',
  building: 'BUILDING',
  ready: 'READY',
  failed: 'FAILED',
  skipped: 'SKIPPED',
};

/** A workspace's starter site and the checklist facts the cms owns (services/onboarding.ts). */
export function onboardingResolvers(onboarding: OnboardingService): Resolvers {
  return {
    Query: {
      onboarding: (_, __, { ctx }) => onboarding.onboarding(ctx),
    },
    Mutation: {
      buildStarterSite: (_, args, { ctx }) => onboarding.requestStarterSite(ctx, args.businessName),
      dismissOnboardingChecklist: (_, __, { ctx }) => onboarding.dismissChecklist(ctx),
    },
    Onboarding: {
      // Only the request's own tenant: another tenant's id resolves to nothing.
      __resolveReference: (ref: { tenantId: string }, { ctx }) =>
        ref.tenantId === ctx.tenantId ? onboarding.onboarding(ctx) : null,
      dismissedAt: (view: OnboardingView) => view.dismissedAt?.toISOString() ?? null,
    },
    StarterSite: {
      status: (site) => STATUS[site.status],
      completedAt: (site) => site.completedAt?.toISOString() ?? null,
    },
  };
}
