import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { PublishingService } from '../services/publishing.js';
import type { ThemeDraftService } from '../services/theme-drafts.js';

/** The theme as a draft (ADR 0059): token drafts, publishing, versions, rollback and preview links. */
export function themeResolvers(themes: ThemeDraftService, publishing: PublishingService): Resolvers {
  return {
    Query: {
      tokenDrafts: (_, __, { ctx }) => themes.drafts(ctx),
      themeVersions: (_, args, { ctx }) => themes.versions(ctx, args.first, args.after ?? null),
    },
    Mutation: {
      saveTokenDraft: (_, args, { ctx }) =>
        themes.saveDraft(ctx, args.region ?? null, args.document, args.expectedVersion ?? null),
      discardTokenDraft: (_, args, { ctx }) =>
        themes.discardDraft(ctx, args.region ?? null, args.expectedVersion ?? null),
      publishThemeDraft: (_, args, { ctx }) => themes.publish(ctx, args.expectedVersion ?? null),
      rollBackTheme: (_, args, { ctx }) => themes.rollBack(ctx, args.version, args.expectedVersion ?? null),
      createThemePreviewLink: (_, args, { ctx }) =>
        publishing.createThemePreviewLink(ctx, args.pageId, args.ttlSeconds ?? 3600),
    },
    TokenDraft: {
      updatedAt: (draft) => draft.updatedAt.toISOString(),
    },
    ThemeVersion: {
      publishedAt: (version) => version.publishedAt.toISOString(),
    },
  };
}
