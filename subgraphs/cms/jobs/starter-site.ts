import type { JobHandler } from '../../../core/jobs.js';
import type { OnboardingService } from '../services/onboarding.js';

/** Builds a new workspace's starter site (services/onboarding.ts); safe to run again. */
export function starterSiteHandler(
  onboarding: Pick<OnboardingService, 'buildStarterSite'>,
): JobHandler<'onboarding.starter-site'> {
  return async (payload, job) => {
    const built = await onboarding.buildStarterSite(payload);
    job.log.info(built, 'starter site');
  };
}
