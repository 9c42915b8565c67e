import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { SubgraphContext } from '../../core/subgraph.js';
import type { AnalyticsSettings } from './entities.js';
import type { AnalyticsSettingsService } from './services/settings-service.js';

export function analyticsResolvers(settings: AnalyticsSettingsService): GraphQLResolverMap<SubgraphContext> {
  return {
    Query: {
      analyticsSettings: (_: unknown, __: unknown, { ctx }: SubgraphContext) => settings.settings(ctx),
    },
    Mutation: {
      updateAnalyticsSettings: (_: unknown, { input }: { input: unknown }, { ctx }: SubgraphContext) =>
        settings.update(ctx, input),
    },
    AnalyticsSettings: {
      updatedAt: (s: AnalyticsSettings) => s.updatedAt.toISOString(),
    },
  };
}
