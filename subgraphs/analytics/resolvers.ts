import type { Resolvers } from './__generated__/resolvers-types.js';
import type { AnalyticsSettingsService } from './services/settings-service.js';

export function analyticsResolvers(settings: AnalyticsSettingsService): Resolvers {
  return {
    Query: {
      analyticsSettings: (_, __, { ctx }) => settings.settings(ctx),
      analyticsPolicy: (_, { region, signals }, { ctx }) => settings.policy(ctx, region, signals),
    },
    Mutation: {
      updateAnalyticsSettings: (_, { input }, { ctx }) => settings.update(ctx, input),
    },
    AnalyticsSettings: {
      updatedAt: (s) => s.updatedAt.toISOString(),
    },
  };
}
