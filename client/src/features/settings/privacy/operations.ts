/**
 * The privacy screen's operations (analytics subgraph): the Clarity and consent settings.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../../gql/index.js';

/** The settings the privacy screen edits, as read and as returned after saving. */
export const AnalyticsSettingsFieldsFragment = graphql(`
  fragment AnalyticsSettingsFields on AnalyticsSettings {
    clarityProjectId
    clarityEnabled
    consentMode
    consentRegions
    consentBanners {
      region
      title
      body
      acceptLabel
      rejectLabel
    }
    firstPartyAnalytics
    retentionDays
    updatedAt
  }
`);

export const AnalyticsSettingsQuery = graphql(`
  query AnalyticsSettings {
    analyticsSettings {
      ...AnalyticsSettingsFields
    }
    regions {
      code
      consentRequired
    }
  }
`);

export const UpdateAnalyticsSettingsMutation = graphql(`
  mutation UpdateAnalyticsSettings($input: UpdateAnalyticsSettingsInput!) {
    updateAnalyticsSettings(input: $input) {
      ...AnalyticsSettingsFields
    }
  }
`);
