/**
 * The privacy screen's operations (analytics subgraph): the Clarity and consent settings, edited as
 * a draft that is previewed, published as versions and rolled back (ADR 0059).
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

/** What visitors get of the settings, as a draft or a published version has it (ADR 0059). */
export const PrivacySettingsFieldsFragment = graphql(`
  fragment PrivacySettingsFields on PrivacySettings {
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
  }
`);

export const AnalyticsSettingsQuery = graphql(`
  query AnalyticsSettings {
    analyticsSettings {
      ...AnalyticsSettingsFields
    }
    privacyDraft {
      version
      settings {
        ...PrivacySettingsFields
      }
    }
    privacyVersions(first: 20) {
      edges {
        node {
          version
          publishedAt
          publishedBy
          restoredFrom
        }
      }
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

export const SavePrivacyDraftMutation = graphql(`
  mutation SavePrivacyDraft($input: PrivacyDraftInput!, $expectedVersion: Int) {
    savePrivacyDraft(input: $input, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export const DiscardPrivacyDraftMutation = graphql(`
  mutation DiscardPrivacyDraft($expectedVersion: Int) {
    discardPrivacyDraft(expectedVersion: $expectedVersion)
  }
`);

export const PublishPrivacyDraftMutation = graphql(`
  mutation PublishPrivacyDraft($expectedVersion: Int) {
    publishPrivacyDraft(expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export const RollBackPrivacyMutation = graphql(`
  mutation RollBackPrivacy($version: Int!, $expectedVersion: Int) {
    rollBackPrivacy(version: $version, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

/** What a visitor of a region (undecided, no GPC) would get under the draft: Clarity, the banner. */
export const PreviewPrivacyQuery = graphql(`
  query PreviewPrivacy($region: String) {
    analyticsPolicy(region: $region, draft: true) {
      injectClarity
      consentRequired
      showBanner
      banner {
        title
        body
        acceptLabel
        rejectLabel
      }
    }
  }
`);
