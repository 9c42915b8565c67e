import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { SupergraphClient } from '../services/supergraph-client.js';
import type { TranslationService } from '../services/translations.js';

/** Page translations and hreflang alternates: thin resolvers over TranslationService. */
export function translationResolvers(
  translations: TranslationService,
  supergraph: SupergraphClient,
): Resolvers {
  return {
    Mutation: {
      savePageTranslation: (_, { input }, { ctx }) => translations.save(ctx, input),
      publishPageTranslation: (_, args, { ctx }) =>
        translations.publish(ctx, args.pageId, args.locale, args.expectedVersion ?? null),
      deletePageTranslation: (_, args, { ctx }) =>
        translations.delete(ctx, args.pageId, args.locale, args.expectedVersion ?? null),
    },
    Page: {
      locale: (page) => page.locale ?? null,
      translations: (page, _, { ctx }) => translations.translations(ctx, page),
      translation: (page, { locale }, { ctx }) => translations.translation(ctx, page, locale),
      // The regions come from the auth subgraph through the render-data operation (outside any transaction).
      alternates: async (page, _, { ctx }) =>
        translations.alternates(ctx, page, (await supergraph.renderData(ctx)).regions),
    },
  };
}
