/**
 * The onboarding checklist's operations: the workspace's starter site and the checklist facts (the
 * cms answers the site, theme, publish and domain; commerce the product and payments), asking for
 * the starter site again, and dismissing the checklist.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

export const OnboardingQuery = graphql(`
  query Onboarding {
    onboarding {
      tenantId
      starterSite {
        status
        siteId
        homePageId
        error
      }
      productAdded
      paymentsConnected
      themeCustomised
      domainConnected
      sitePublished
      dismissedAt
    }
  }
`);

export const BuildStarterSiteMutation = graphql(`
  mutation BuildStarterSite($businessName: String!) {
    buildStarterSite(businessName: $businessName) {
      tenantId
    }
  }
`);

export const DismissOnboardingChecklistMutation = graphql(`
  mutation DismissOnboardingChecklist {
    dismissOnboardingChecklist {
      tenantId
      dismissedAt
    }
  }
`);
