/**
 * The analytics and privacy screens' operations (analytics subgraph): the dashboard, live counts,
 * CSV exports, data deletion and the Clarity / consent settings. Typed by `npm run codegen`.
 */
import { graphql } from './gql/index.js';

export const AnalyticsDashboardQuery = graphql(`
  query AnalyticsDashboard($range: AnalyticsRangeInput!) {
    analyticsDashboard(range: $range) {
      from
      to
      granularity
      series {
        bucket
        pageViews
        visitors
        addToCart
        checkouts
        purchases
        convertedVisitors
      }
      totals {
        pageViews
        visitors
        addToCart
        checkouts
        purchases
        convertedVisitors
        conversionRate
      }
      topPages {
        key
        pageViews
        visitors
      }
      referrers {
        key
        pageViews
        visitors
      }
      sources {
        key
        pageViews
        visitors
      }
      campaigns {
        key
        pageViews
        visitors
      }
      devices {
        key
        pageViews
        visitors
      }
      revenue {
        day
        currency
        amountMinor
        purchases
      }
    }
  }
`);

export const AnalyticsLiveQuery = graphql(`
  query AnalyticsLive {
    analyticsLive {
      since
      pageViews
      visitors
      events
    }
  }
`);

export const RequestAnalyticsExportMutation = graphql(`
  mutation RequestAnalyticsExport($range: AnalyticsRangeInput!) {
    requestAnalyticsExport(range: $range) {
      id
      status
      from
      to
      granularity
      createdAt
      downloadUrl
    }
  }
`);

export const AnalyticsExportQuery = graphql(`
  query AnalyticsExport($id: ID!) {
    analyticsExport(id: $id) {
      id
      status
      from
      to
      granularity
      createdAt
      downloadUrl
    }
  }
`);

export const DeleteAnalyticsDataMutation = graphql(`
  mutation DeleteAnalyticsData {
    deleteAnalyticsData {
      events
      aggregates
      exports
    }
  }
`);

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
