/**
 * The analytics screen's operations (analytics subgraph): the dashboard, live counts, CSV exports
 * and data deletion.
 * Typed by `npm run codegen`.
 */
import { graphql } from '../../gql/index.js';

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
