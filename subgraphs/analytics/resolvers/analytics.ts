import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { AnalyticsDashboardService } from '../services/dashboard-service.js';
import type { AnalyticsSettingsService } from '../services/settings-service.js';

const iso = (d: Date) => d.toISOString();

export function analyticsResolvers(
  settings: AnalyticsSettingsService,
  dashboard: AnalyticsDashboardService,
): Resolvers {
  return {
    Query: {
      analyticsSettings: (_, __, { ctx }) => settings.settings(ctx),
      analyticsPolicy: (_, { region, signals }, { ctx }) => settings.policy(ctx, region, signals),
      analyticsDashboard: (_, { range }, { ctx }) => dashboard.dashboard(ctx, range),
      analyticsLive: (_, __, { ctx }) => dashboard.live(ctx),
      analyticsExport: (_, { id }, { ctx }) => dashboard.export(ctx, id),
    },
    Mutation: {
      updateAnalyticsSettings: (_, { input }, { ctx }) => settings.update(ctx, input),
      requestAnalyticsExport: (_, { range }, { ctx }) => dashboard.requestExport(ctx, range),
      deleteAnalyticsData: (_, __, { ctx }) => dashboard.deleteAll(ctx),
    },
    AnalyticsSettings: {
      updatedAt: (s) => iso(s.updatedAt),
    },
    AnalyticsDashboard: {
      from: (d) => iso(d.from),
      to: (d) => iso(d.to),
    },
    AnalyticsPoint: {
      bucket: (p) => iso(p.bucket),
    },
    AnalyticsRevenue: {
      day: (r) => iso(r.day),
    },
    AnalyticsLive: {
      since: (l) => iso(l.since),
    },
    AnalyticsExport: {
      from: (e) => iso(e.from),
      to: (e) => iso(e.to),
      createdAt: (e) => iso(e.createdAt),
      downloadUrl: (e) => dashboard.downloadUrl(e),
    },
  };
}
