import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { TemplateService } from '../services/template-service.js';

/** Page templates: the list (public) and creating a page from one (content:write, see permissions.ts). */
export function templateResolvers(templates: TemplateService): Resolvers {
  return {
    Query: {
      templates: () => templates.list(),
    },
    Mutation: {
      createPageFromTemplate: (_, args, { ctx }) => templates.createPageFromTemplate(ctx, args),
    },
    Template: {
      previewTokens: (template, _, { ctx }) => templates.previewTokens(ctx, template.id),
    },
  };
}
