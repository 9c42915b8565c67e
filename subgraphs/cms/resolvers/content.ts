import { badInput } from '../../../core/errors.js';
import type { ContentFieldType, Resolvers } from '../__generated__/resolvers-types.js';
import type { ContentFieldType as StoredFieldType } from '../entities/content.js';
import type { ContentService, EntryView } from '../services/content.js';

const FIELD_TYPE: Record<ContentFieldType, StoredFieldType> = {
  TEXT: 'text',
  RICH_TEXT: 'richText',
  NUMBER: 'number',
  BOOLEAN: 'boolean',
  DATE_TIME: 'dateTime',
  SELECT: 'select',
  SLUG: 'slug',
  ASSET: 'asset',
  REFERENCE: 'reference',
};
const GRAPHQL_FIELD_TYPE = Object.fromEntries(Object.entries(FIELD_TYPE).map(([k, v]) => [v, k])) as Record<
  StoredFieldType,
  ContentFieldType
>;

/** The value of `field` if it is one of `types`; BAD_USER_INPUT naming the accessor to use otherwise. */
function fieldValue(
  entry: EntryView,
  field: string,
  types: readonly StoredFieldType[],
  accessor: string,
): unknown {
  const f = entry.type.fields.find((x) => x.key === field);
  if (!f) throw badInput(`${field} is not a field of ${entry.type.handle}`, 'field');
  if (!types.includes(f.type)) {
    throw badInput(`${field} is a ${f.type} field, not readable with ${accessor}`, 'field');
  }
  return entry.values[field] ?? null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Content types and entries (services/content.ts): thin over the service. */
export function contentResolvers(content: ContentService): Resolvers {
  const withStoredTypes = <T extends { fields: readonly { type: ContentFieldType }[] }>(input: T) => ({
    ...input,
    fields: input.fields.map((f) => ({ ...f, type: FIELD_TYPE[f.type] })),
  });
  return {
    Query: {
      contentTypes: (_, args, { ctx }) => content.contentTypes(ctx, args.first, args.after ?? null),
      contentType: (_, args, { ctx }) => content.contentType(ctx, args.handle),
      entries: (_, args, { ctx }) =>
        content.entries(ctx, {
          type: args.type,
          filter: args.filter ?? null,
          sort: args.sort ? { field: args.sort.field, direction: args.sort.direction ?? 'ASC' } : null,
          first: args.first,
          after: args.after ?? null,
          locale: args.locale ?? null,
          draft: args.draft ?? false,
        }),
      entry: (_, args, { ctx }) =>
        content.entry(ctx, args.id, { draft: args.draft ?? false, locale: args.locale ?? null }),
    },
    Mutation: {
      createContentType: (_, { input }, { ctx }) => content.createContentType(ctx, withStoredTypes(input)),
      updateContentType: (_, { input }, { ctx }) => content.updateContentType(ctx, withStoredTypes(input)),
      createEntry: (_, { input }, { ctx }) => content.createEntry(ctx, input),
      updateEntry: (_, { input }, { ctx }) => content.updateEntry(ctx, input),
      publishEntry: (_, args, { ctx }) => content.publishEntry(ctx, args.id, args.expectedVersion ?? null),
      unpublishEntry: (_, args, { ctx }) => content.unpublishEntry(ctx, args.id),
    },
    ContentType: {
      createdAt: (t) => t.createdAt.toISOString(),
      updatedAt: (t) => t.updatedAt.toISOString(),
    },
    ContentField: {
      type: (f) => GRAPHQL_FIELD_TYPE[f.type as StoredFieldType] ?? f.type,
    },
    Entry: {
      contentType: (e) => e.type,
      publishedAt: (e) => iso(e.publishedAt),
      createdAt: (e) => e.createdAt.toISOString(),
      updatedAt: (e) => e.updatedAt.toISOString(),
      text: (e, { field }) =>
        fieldValue(e, field, ['text', 'richText', 'slug', 'select'], 'text') as string | null,
      number: (e, { field }) => fieldValue(e, field, ['number'], 'number') as number | null,
      boolean: (e, { field }) => fieldValue(e, field, ['boolean'], 'boolean') as boolean | null,
      dateTime: (e, { field }) => fieldValue(e, field, ['dateTime'], 'dateTime') as string | null,
      asset: (e, { field }) => {
        const id = fieldValue(e, field, ['asset'], 'asset') as string | null;
        return id ? { __typename: 'Asset' as const, id } : null;
      },
      reference: (e, { field }, { ctx }) => {
        const id = fieldValue(e, field, ['reference'], 'reference') as string | null;
        return id ? content.entry(ctx, id, { draft: e.draft, locale: e.locale }) : null;
      },
    },
  };
}
