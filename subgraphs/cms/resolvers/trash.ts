import { toConnection } from '../../../core/pagination.js';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { TrashService } from '../services/trash.js';

/** Deleting pages to the trash, restoring them, and listing the trash. */
export function trashResolvers(trash: TrashService): Resolvers {
  return {
    Query: {
      trashedPages: async (_, args, { ctx }) =>
        toConnection(
          await trash.trashedPages(ctx, args.siteId ?? null, args.first, args.after ?? null),
          args.first,
        ),
    },
    Mutation: {
      deletePage: (_, args, { ctx }) => trash.deletePage(ctx, args.id, args.expectedVersion ?? null),
      restorePage: (_, args, { ctx }) => trash.restorePage(ctx, args.id, args.path ?? null),
    },
    Page: {
      deletedAt: (page) => page.deletedAt?.toISOString() ?? null,
    },
  };
}
