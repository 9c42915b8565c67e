import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type EntityManager, type SubgraphDb, withTenant } from '../../../core/db.js';
import { AppError, badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { localeCandidates, localeField } from '../../../core/locale.js';
import { type Connection, checkPageSize, decodeCursor, toConnection } from '../../../core/pagination.js';
import { assertCan, siteScopeOf } from '../../../core/permissions.js';
import {
  type ContentEntry,
  ContentEntrySchema,
  type ContentField,
  type ContentType,
  ContentTypeSchema,
  type EntryValues,
  type LocalizedValues,
} from '../entities/content.js';
import {
  type CheckedValues,
  checkValues,
  handleField,
  invalidValues,
  parseFields,
  type ValueIssue,
} from './content-model.js';
import { type EntryFieldFilter, type EntrySort, encodeEntryCursor, entryListSql } from './content-query.js';
import { assertExpectedVersion } from './optimistic.js';
import type { ReferenceChecker } from './references.js';

/** An entry as one reader sees it: the draft or the published copy, values resolved for a locale. */
export interface EntryView {
  id: string;
  type: ContentType;
  status: 'DRAFT' | 'PUBLISHED';
  version: number;
  publishedVersion: number | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Whether these are the draft values (members' preview) or the published ones. */
  draft: boolean;
  /** The locale the values were resolved for; null: base values. */
  locale: string | null;
  /** Field key → value, localized fields resolved with fallback to the base value. */
  values: EntryValues;
}

/** What a reader asked to see: the draft (members with content:read) or the live copy, in a locale. */
export interface EntryReading {
  draft: boolean;
  locale: string | null;
}

/** How many breaking entries a refused model change names (their total count is always given). */
export const BREAKING_ENTRIES_NAMED = 50;
const BATCH = 500;

const typeInput = z.object({
  handle: handleField,
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).nullish(),
  fields: z.unknown(),
  expectedVersion: z.number().int().min(1).nullish(),
});

/** Resolves stored values for a reader's locale: the most specific locale's value, else the base value. */
export function resolveValues(
  type: Pick<ContentType, 'fields'>,
  base: EntryValues,
  localized: LocalizedValues,
  locale: string | null,
): EntryValues {
  const out: EntryValues = { ...base };
  if (!locale) return out;
  const candidates = localeCandidates(locale);
  for (const f of type.fields) {
    if (!f.localized) continue;
    for (const c of candidates) {
      const value = localized[c]?.[f.key];
      if (value !== undefined) {
        out[f.key] = value;
        break;
      }
    }
  }
  return out;
}

function viewOf(type: ContentType, entry: ContentEntry, reading: EntryReading): EntryView {
  const base = reading.draft ? entry.draftValues : (entry.publishedValues ?? {});
  const localized = reading.draft ? entry.draftLocalizedValues : (entry.publishedLocalizedValues ?? {});
  return {
    id: entry.id,
    type,
    status: entry.publishedVersion === null ? 'DRAFT' : 'PUBLISHED',
    version: entry.version,
    publishedVersion: entry.publishedVersion,
    publishedAt: entry.publishedAt,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    draft: reading.draft,
    locale: reading.locale,
    values: resolveValues(type, base, localized, reading.locale),
  };
}

function parseLocale(input: string | null | undefined, field = 'locale'): string | null {
  if (input === null || input === undefined || input === '') return null;
  return parseInput(z.object({ [field]: localeField }), { [field]: input })[field] as string;
}

/**
 * Content collections (ADR 0057): a tenant's content types (the model) and their entries, with
 * draft and published copies, per-locale values and typed listing. Types and entries belong to
 * the tenant, not to a site, so members narrowed to some sites may read but not change them.
 */
export class ContentService {
  constructor(
    private readonly db: SubgraphDb,
    /** Whether asset ids are the tenant's own; null: no entry referring to an asset is saved. */
    private readonly references: ReferenceChecker | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // -------------------------------------------------------------------------------------------
  // The model

  async contentTypes(
    ctx: RequestContext,
    first: number,
    after: string | null,
  ): Promise<Connection<ContentType>> {
    assertCan(ctx, 'content:read');
    checkPageSize(first);
    const cursor = decodeCursor(after);
    const rows = await withTenant(this.db, ctx, (em) =>
      em.find(ContentTypeSchema, cursor ? { id: { $gt: cursor } } : {}, {
        orderBy: { id: 'asc' },
        limit: first + 1,
      }),
    );
    return toConnection(rows, first);
  }

  async contentType(ctx: RequestContext, handle: string): Promise<ContentType | null> {
    assertCan(ctx, 'content:read');
    return withTenant(this.db, ctx, (em) => em.findOne(ContentTypeSchema, { handle }));
  }

  async createContentType(ctx: RequestContext, input: unknown): Promise<ContentType> {
    this.assertCanModel(ctx);
    const data = parseInput(typeInput, input);
    const fields = parseFields(data.fields);
    try {
      return await withTenant(this.db, ctx, async (em) => {
        await this.checkReferenceTypes(em, fields, data.handle);
        const at = this.now();
        const type = em.create(ContentTypeSchema, {
          id: randomUUID(),
          tenantId: ctx.tenantId!,
          handle: data.handle,
          name: data.name,
          description: data.description ?? null,
          fields,
          version: 1,
          createdAt: at,
          updatedAt: at,
        });
        await em.flush();
        return type;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict(`A content type with the handle ${data.handle} exists already`, { field: 'handle' });
      }
      throw err;
    }
  }

  /**
   * Replaces a type's name, description and fields. A change the stored entries cannot satisfy
   * (a new required field, a removed field that holds data, a changed type, tighter bounds, a
   * new unique field with duplicates) is refused with CONFLICT, reason MODEL_CHANGE_BREAKS_ENTRIES,
   * naming the entries and why; nothing is changed then, so nothing is lost.
   */
  async updateContentType(ctx: RequestContext, input: unknown): Promise<ContentType> {
    this.assertCanModel(ctx);
    const data = parseInput(typeInput.extend({ expectedVersion: z.number().int().min(1) }), input);
    const fields = parseFields(data.fields);
    return withTenant(this.db, ctx, async (em) => {
      // The lock serialises the change with entry writes, which lock the type too.
      const type = await em.findOne(
        ContentTypeSchema,
        { handle: data.handle },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!type) throw notFound('Content type');
      assertExpectedVersion('content type', type.version, data.expectedVersion);
      await this.checkReferenceTypes(em, fields, data.handle);
      await this.assertEntriesFit(em, type, fields);
      type.name = data.name;
      type.description = data.description ?? null;
      type.fields = fields;
      type.version += 1;
      type.updatedAt = this.now();
      await em.flush();
      return type;
    });
  }

  private assertCanModel(ctx: RequestContext): void {
    // Until `content:model` exists (ADR 0057), the model is guarded like other tenant settings.
    assertCan(ctx, 'settings:write');
    if (siteScopeOf(ctx.actor) !== null) throw forbidden('Content types belong to the whole tenant');
  }

  private async checkReferenceTypes(
    em: EntityManager,
    fields: ContentField[],
    ownHandle: string,
  ): Promise<void> {
    const wanted = [
      ...new Set(
        fields.flatMap((f) => (f.referenceType && f.referenceType !== ownHandle ? [f.referenceType] : [])),
      ),
    ];
    if (wanted.length === 0) return;
    const found = new Set(
      (await em.find(ContentTypeSchema, { handle: { $in: wanted } })).map((t) => t.handle),
    );
    for (const [i, f] of fields.entries()) {
      if (f.referenceType && f.referenceType !== ownHandle && !found.has(f.referenceType)) {
        throw badInput(
          `fields.${i}.referenceType: there is no content type ${f.referenceType}`,
          `fields.${i}.referenceType`,
        );
      }
    }
  }

  private async assertEntriesFit(
    em: EntityManager,
    type: ContentType,
    fields: ContentField[],
  ): Promise<void> {
    const next = { handle: type.handle, fields };
    const before = new Map(type.fields.map((f) => [f.key, f]));
    const retargeted = fields.filter((f) => {
      const old = before.get(f.key);
      return f.type === 'reference' && old?.type === 'reference' && old.referenceType !== f.referenceType;
    });
    const broken = new Map<string, ValueIssue[]>();
    const note = (id: string, issues: ValueIssue[]) => {
      if (issues.length > 0) broken.set(id, [...(broken.get(id) ?? []), ...issues]);
    };
    let lastId: string | null = null;
    for (;;) {
      const batch: ContentEntry[] = await em.find(
        ContentEntrySchema,
        { typeId: type.id, ...(lastId ? { id: { $gt: lastId } } : {}) },
        { orderBy: { id: 'asc' }, limit: BATCH },
      );
      for (const entry of batch) {
        const copies: [EntryValues, LocalizedValues][] = [[entry.draftValues, entry.draftLocalizedValues]];
        if (entry.publishedValues) copies.push([entry.publishedValues, entry.publishedLocalizedValues ?? {}]);
        for (const [base, localized] of copies) {
          note(entry.id, checkValues(next, base, null).issues);
          for (const [locale, values] of Object.entries(localized)) {
            note(
              entry.id,
              checkValues(next, values, locale).issues.map((i) => ({
                ...i,
                message: `${locale}: ${i.message}`,
              })),
            );
          }
          for (const f of retargeted) {
            if (base[f.key] != null) {
              note(entry.id, [
                { field: f.key, message: `${f.label} refers to ${before.get(f.key)!.referenceType} entries` },
              ]);
            }
          }
        }
      }
      if (batch.length < BATCH) break;
      lastId = batch.at(-1)!.id;
    }
    for (const f of fields) {
      if (!f.unique || before.get(f.key)?.unique) continue;
      // Field keys are parseFields-validated (letters and digits only), so they can be SQL literals.
      const rows: { ids: string[] }[] = await em.execute(
        `select array_agg(id order by id) as ids from cms.content_entry
          where tenant_id = ? and type_id = ? and draft_values -> '${f.key}' is not null
          group by draft_values -> '${f.key}' having count(*) > 1 limit ?`,
        [type.tenantId, type.id, BREAKING_ENTRIES_NAMED],
      );
      for (const { ids } of rows) {
        for (const id of ids)
          note(id, [{ field: f.key, message: `${f.label} has the same value in another entry` }]);
      }
    }
    if (broken.size === 0) return;
    const named = [...broken.entries()].slice(0, BREAKING_ENTRIES_NAMED);
    const first = named[0]![1][0]!;
    throw new AppError(
      'CONFLICT',
      `This change would break ${broken.size} ${broken.size === 1 ? 'entry' : 'entries'} of ${type.handle} (e.g. ${first.message}); change those entries first`,
      {
        reason: 'MODEL_CHANGE_BREAKS_ENTRIES',
        count: broken.size,
        entryIds: named.map(([id]) => id),
        problems: named.map(([entryId, issues]) => ({ entryId, issues })),
      },
    );
  }

  // -------------------------------------------------------------------------------------------
  // Entries

  async entry(
    ctx: RequestContext,
    id: string,
    reading: { draft?: boolean | null; locale?: string | null },
  ): Promise<EntryView | null> {
    const r = this.reading(ctx, reading);
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    return withTenant(this.db, ctx, async (em) => {
      const entry = await em.findOne(ContentEntrySchema, { id });
      if (!entry || (!r.draft && entry.publishedVersion === null)) return null;
      const type = await em.findOneOrFail(ContentTypeSchema, { id: entry.typeId });
      return viewOf(type, entry, r);
    });
  }

  /** One page of a type's entries: filtered, sorted on a field, keyset-paginated (services/content-query.ts). */
  async entries(
    ctx: RequestContext,
    args: {
      type: string;
      filter?: readonly EntryFieldFilter[] | null;
      sort?: EntrySort | null;
      first: number;
      after?: string | null;
      locale?: string | null;
      draft?: boolean | null;
    },
  ): Promise<Connection<EntryView>> {
    const r = this.reading(ctx, args);
    checkPageSize(args.first);
    return withTenant(this.db, ctx, async (em) => {
      const type = await em.findOne(ContentTypeSchema, { handle: args.type });
      if (!type) throw notFound('Content type');
      const { sql, bindings } = entryListSql({
        tenantId: ctx.tenantId!,
        type,
        draft: r.draft,
        locale: r.locale,
        filter: args.filter ?? [],
        sort: args.sort ?? null,
        first: args.first,
        after: args.after ?? null,
      });
      const rows: { id: string; sort_value: string | null }[] = await em.execute(sql, bindings);
      const entries = await em.find(ContentEntrySchema, { id: { $in: rows.map((row) => row.id) } });
      const byId = new Map(entries.map((e) => [e.id, e]));
      const page = rows.slice(0, args.first);
      const last = page.at(-1);
      return {
        edges: page.map((row) => ({
          cursor: encodeEntryCursor(row.sort_value, row.id),
          node: viewOf(type, byId.get(row.id)!, r),
        })),
        pageInfo: {
          hasNextPage: rows.length > args.first,
          endCursor: last ? encodeEntryCursor(last.sort_value, last.id) : null,
        },
      };
    });
  }

  async createEntry(ctx: RequestContext, input: { type: string; values: unknown }): Promise<EntryView> {
    this.assertCanWrite(ctx, 'content:write');
    const checked = await this.checkedOutside(ctx, input.type, null, input.values, null);
    return withTenant(this.db, ctx, async (em) => {
      const type = await this.lockType(em, { handle: input.type });
      const values = await this.checkedInside(em, type, null, input.values, null, checked);
      const at = this.now();
      const entry = em.create(ContentEntrySchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        typeId: type.id,
        draftValues: values,
        draftLocalizedValues: {},
        version: 1,
        publishedValues: null,
        publishedLocalizedValues: null,
        publishedVersion: null,
        publishedAt: null,
        createdAt: at,
        updatedAt: at,
      });
      await em.flush();
      return viewOf(type, entry, { draft: true, locale: null });
    });
  }

  /**
   * Replaces the entry's draft values: the base values, or with `locale` that locale's values of
   * its localized fields. The stored version must be `expectedVersion` (CONFLICT otherwise).
   */
  async updateEntry(
    ctx: RequestContext,
    input: { id: string; expectedVersion: number; values: unknown; locale?: string | null },
  ): Promise<EntryView> {
    this.assertCanWrite(ctx, 'content:write');
    if (!isUuid(input.id)) throw badInput('id: not a valid id', 'id');
    const locale = parseLocale(input.locale);
    const current = await withTenant(this.db, ctx, async (em) => {
      const entry = await em.findOne(ContentEntrySchema, { id: input.id });
      if (!entry) throw notFound('Entry');
      const type = await em.findOneOrFail(ContentTypeSchema, { id: entry.typeId });
      return { entry, type };
    });
    const stored = locale ? current.entry.draftLocalizedValues[locale] : current.entry.draftValues;
    const checked = await this.checkedOutside(ctx, current.type.handle, locale, input.values, stored ?? {});
    return withTenant(this.db, ctx, async (em) => {
      const type = await this.lockType(em, { id: current.type.id });
      const entry = await em.findOne(ContentEntrySchema, { id: input.id });
      if (!entry) throw notFound('Entry');
      assertExpectedVersion('entry', entry.version, input.expectedVersion);
      const values = await this.checkedInside(em, type, locale, input.values, entry.id, checked);
      if (locale) entry.draftLocalizedValues = { ...entry.draftLocalizedValues, [locale]: values };
      else entry.draftValues = values;
      entry.version += 1;
      entry.updatedAt = this.now();
      await em.flush();
      return viewOf(type, entry, { draft: true, locale });
    });
  }

  /** Makes the draft (every locale) the live copy. */
  async publishEntry(
    ctx: RequestContext,
    id: string,
    expectedVersion: number | null | undefined,
  ): Promise<EntryView> {
    this.assertCanWrite(ctx, 'content:publish');
    return this.changeEntry(ctx, id, (entry) => {
      assertExpectedVersion('entry', entry.version, expectedVersion);
      entry.publishedValues = entry.draftValues;
      entry.publishedLocalizedValues = entry.draftLocalizedValues;
      entry.publishedVersion = entry.version;
      entry.publishedAt = this.now();
    });
  }

  /** Takes the entry off the public graph; the draft stays. */
  async unpublishEntry(ctx: RequestContext, id: string): Promise<EntryView> {
    this.assertCanWrite(ctx, 'content:publish');
    return this.changeEntry(ctx, id, (entry) => {
      entry.publishedValues = null;
      entry.publishedLocalizedValues = null;
      entry.publishedVersion = null;
      entry.publishedAt = null;
    });
  }

  private async changeEntry(
    ctx: RequestContext,
    id: string,
    change: (entry: ContentEntry) => void,
  ): Promise<EntryView> {
    if (!isUuid(id)) throw badInput('id: not a valid id', 'id');
    return withTenant(this.db, ctx, async (em) => {
      const entry = await em.findOne(ContentEntrySchema, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!entry) throw notFound('Entry');
      const type = await em.findOneOrFail(ContentTypeSchema, { id: entry.typeId });
      change(entry);
      entry.updatedAt = this.now();
      await em.flush();
      return viewOf(type, entry, { draft: true, locale: null });
    });
  }

  private reading(
    ctx: RequestContext,
    args: { draft?: boolean | null; locale?: string | null },
  ): EntryReading {
    const draft = args.draft ?? false;
    if (draft) assertCan(ctx, 'content:read');
    return { draft, locale: parseLocale(args.locale) ?? ctx.locale ?? null };
  }

  private assertCanWrite(ctx: RequestContext, permission: 'content:write' | 'content:publish'): void {
    assertCan(ctx, permission);
    if (siteScopeOf(ctx.actor) !== null) throw forbidden('Entries belong to the whole tenant');
  }

  private async lockType(
    em: EntityManager,
    where: { handle: string } | { id: string },
  ): Promise<ContentType> {
    const type = await em.findOne(ContentTypeSchema, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!type) throw notFound('Content type');
    return type;
  }

  /**
   * The checks that cannot run in the write's transaction: the values against the type as it is
   * now, and their asset ids against the assets subgraph (ids already stored are not asked again).
   */
  private async checkedOutside(
    ctx: RequestContext,
    handle: string,
    locale: string | null,
    input: unknown,
    stored: EntryValues | null,
  ): Promise<CheckedValues> {
    const type = await withTenant(this.db, ctx, (em) => em.findOne(ContentTypeSchema, { handle }));
    if (!type) throw notFound('Content type');
    const checked = checkValues(type, input, locale);
    if (checked.issues.length > 0) throw invalidValues(checked.issues);
    const storedIds = new Set(Object.values(stored ?? {}).filter((v): v is string => typeof v === 'string'));
    const fresh = checked.references.assets.filter((a) => !storedIds.has(a.id));
    if (fresh.length > 0) {
      if (!this.references)
        throw new AppError('INTERNAL_SERVER_ERROR', 'Images cannot be checked here', {
          reason: 'SERVICE_UNAVAILABLE',
        });
      const { assetIds } = await this.references.existing(ctx, {
        productIds: [],
        assetIds: fresh.map((a) => a.id),
      });
      const missing = fresh.filter((a) => !assetIds.has(a.id));
      if (missing.length > 0) {
        throw invalidValues(
          missing.map((a) => ({
            field: a.field,
            message: `${a.field} refers to an asset that does not exist`,
          })),
        );
      }
    }
    return checked;
  }

  /**
   * Inside the write's transaction, with the type locked: the values against the type as it is
   * now (a model change may have committed since), references to entries of the tenant, uniqueness.
   */
  private async checkedInside(
    em: EntityManager,
    type: ContentType,
    locale: string | null,
    input: unknown,
    entryId: string | null,
    outside: CheckedValues,
  ): Promise<EntryValues> {
    const checked = checkValues(type, input, locale);
    const known = new Set(outside.references.assets.map((a) => a.id));
    const issues = [
      ...checked.issues,
      ...checked.references.assets
        .filter((a) => !known.has(a.id))
        .map((a) => ({ field: a.field, message: `${a.field} changed type while saving; save again` })),
    ];
    const refs = checked.references.entries;
    if (refs.length > 0) {
      const targets = await em.find(ContentEntrySchema, { id: { $in: refs.map((r) => r.id) } });
      const targetTypes = await em.find(ContentTypeSchema, { id: { $in: targets.map((t) => t.typeId) } });
      const handleOf = new Map(targetTypes.map((t) => [t.id, t.handle]));
      const typeOfEntry = new Map(targets.map((t) => [t.id, handleOf.get(t.typeId)]));
      for (const r of refs) {
        const handle = typeOfEntry.get(r.id);
        if (!handle)
          issues.push({ field: r.field, message: `${r.field} refers to an entry that does not exist` });
        else if (handle !== r.referenceType) {
          issues.push({
            field: r.field,
            message: `${r.field} must refer to a ${r.referenceType} entry, not a ${handle} entry`,
          });
        }
      }
    }
    if (locale === null) {
      for (const f of type.fields) {
        const value = checked.values[f.key];
        if (!f.unique || value === undefined) continue;
        const clash: unknown[] = await em.execute(
          `select 1 from cms.content_entry where tenant_id = ? and type_id = ? and id <> ? and draft_values @> ?::jsonb limit 1`,
          [
            type.tenantId,
            type.id,
            entryId ?? '00000000-0000-0000-0000-000000000000',
            JSON.stringify({ [f.key]: value }),
          ],
        );
        if (clash.length > 0)
          issues.push({
            field: f.key,
            message: `${f.label} must be unique: another entry has ${JSON.stringify(value)}`,
          });
      }
    }
    if (issues.length > 0) throw invalidValues(issues);
    return checked.values;
  }
}
