/**
 * Workspace settings operations: design tokens per region, regions, billing and invitations.
 * Typed by `npm run codegen`.
 */
import { graphql } from './gql/index.js';

export const TokensEditorQuery = graphql(`
  query TokensEditor($region: String) {
    tenantTokenOverrides {
      ...TokenOverrideFields
    }
    designTokens(region: $region) {
      tokens {
        ...DesignTokenFields
      }
    }
    regions {
      code
      isDefault
    }
  }
`);

/** The editor's live preview: the unsaved override resolved (and validated) by the server, nothing stored. */
export const PreviewDesignTokensQuery = graphql(`
  query PreviewDesignTokens($document: JSON!, $region: String) {
    previewDesignTokens(document: $document, region: $region) {
      css
      tokens {
        ...DesignTokenFields
      }
    }
  }
`);

export const FontAssetsQuery = graphql(`
  query FontAssets {
    assets(first: 100, type: FONT) {
      edges {
        node {
          id
          filename
          status
          private
        }
      }
    }
  }
`);

export const SetRegionTokensMutation = graphql(`
  mutation SetRegionTokens($region: String!, $document: JSON!, $expectedVersion: Int) {
    setRegionTokens(region: $region, document: $document, expectedVersion: $expectedVersion) {
      ...TokenOverrideFields
    }
  }
`);

export const RegionsQuery = graphql(`
  query Regions {
    regions {
      code
      locale
      currency
      pathPrefix
      hosts
      countries
      consentRequired
      isDefault
    }
  }
`);

export const UpsertRegionMutation = graphql(`
  mutation UpsertRegion($input: RegionInput!) {
    upsertRegion(input: $input) {
      code
    }
  }
`);

export const DeleteRegionMutation = graphql(`
  mutation DeleteRegion($code: String!) {
    deleteRegion(code: $code)
  }
`);

export const SetDefaultRegionMutation = graphql(`
  mutation SetDefaultRegion($code: String!) {
    setDefaultRegion(code: $code) {
      code
    }
  }
`);

export const BillingQuery = graphql(`
  query Billing {
    billing {
      plan
      planName
      status
      currentPeriodEnd
      cancelAtPeriodEnd
      limits {
        pages
        products
        storageBytes
        apiRequestsPerMinute
        members
      }
    }
  }
`);

export const StartCheckoutMutation = graphql(`
  mutation StartCheckout($plan: String!) {
    startCheckout(plan: $plan) {
      url
    }
  }
`);

export const ChangePlanMutation = graphql(`
  mutation ChangePlan($plan: String!) {
    changePlan(plan: $plan) {
      plan
    }
  }
`);

export const CancelSubscriptionMutation = graphql(`
  mutation CancelSubscription {
    cancelSubscription {
      plan
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      accessToken
      expiresAt
      refreshToken
      tenant {
        slug
        name
      }
    }
  }
`);
