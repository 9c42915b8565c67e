import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { AnalyticsDashboardService } from '../services/dashboard-service.js';
import type { PrivacyDraftService } from '../services/privacy-drafts.js';
import type { AnalyticsSettingsService } from '../services/settings-service.js';

const iso = (d: Date) => d.toISOString();

export function analyticsResolvers(
  settings: AnalyticsSettingsService,
  dashboard: AnalyticsDashboardService,
  privacy: PrivacyDraftService,
): Resolvers {
  return {
    Query: {
      analyticsSettings: (_, __, { ctx }) => settings.settings(ctx),
      analyticsPolicy: (_, { region, signals, draft }, { ctx }) =>
        settings.policy(ctx, region, signals, draft ? (c) => privacy.draftSettings(c) : undefined),
      privacyDraft: (_, __, { ctx }) => privacy.draft(ctx),
      privacyVersions: (_, args, { ctx }) => privacy.versions(ctx, args.first, args.after ?? null),
      analyticsDashboard: (_, { range }, { ctx }) => dashboard.dashboard(ctx, range),
      analyticsLive: (_, __, { ctx }) => dashboard.live(ctx),
      analyticsExport: (_, { id }, { ctx }) => dashboard.export(ctx, id),
    },
    Mutation: {
      updateAnalyticsSettings: (_, { input }, { ctx }) => settings.update(ctx, input),
      savePrivacyDraft: (_, args, { ctx }) =>
        privacy.saveDraft(ctx, args.input, args.expectedVersion ?? null),
      discardPrivacyDraft: (_, args, { ctx }) => privacy.discardDraft(ctx, args.expectedVersion ?? null),
      publishPrivacyDraft: (_, args, { ctx }) => privacy.publish(ctx, args.expectedVersion ?? null),
      rollBackPrivacy: (_, args, { ctx }) =>
        privacy.rollBack(ctx, args.version, args.expectedVersion ?? null),
      requestAnalyticsExport: (_, { range }, { ctx }) => dashboard.requestExport(ctx, range),
      deleteAnalyticsData: (_, __, { ctx }) => dashboard.deleteAll(ctx),
    },
    AnalyticsSettings: {
      updatedAt: (s) => iso(s.updatedAt),
    },
    PrivacyDraft: {
      updatedAt: (d) => iso(d.updatedAt),
    },
    PrivacyVersion: {
      publishedAt: (v) => iso(v.publishedAt),
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
