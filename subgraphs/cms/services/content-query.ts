import { badInput } from '../../../core/errors.js';
import { isUuid } from '../../../core/input.js';
import { localeCandidates } from '../../../core/locale.js';
import type { ContentField, ContentType } from '../entities/content.js';
import { checkFieldValue, invalidValues } from './content-model.js';

/** One condition on a field's value; several operators in one condition must all hold. */
export interface EntryFieldFilter {
  field: string;
  eq?: unknown;
  in?: readonly unknown[] | null;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
  contains?: string | null;
}

export interface EntrySort {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface EntryListQuery {
  tenantId: string;
  type: Pick<ContentType, 'id' | 'handle' | 'fields'>;
  /** Draft values of every entry (members), else the published copy of published entries. */
  draft: boolean;
  locale: string | null;
  filter: readonly EntryFieldFilter[];
  sort: EntrySort | null;
  first: number;
  after: string | null;
}

export const MAX_FILTERS = 10;
const MAX_IN = 100;
const RANGE_TYPES = new Set(['number', 'dateTime']);
const CONTAINS_TYPES = new Set(['text', 'richText', 'slug']);
const SORT_TYPES = new Set(['text', 'number', 'boolean', 'dateTime', 'select', 'slug']);
// Keys and locales are spliced into SQL as literals; both are validated, this is the last word.
const SAFE_LITERAL = /^[A-Za-z0-9-]{1,64}$/;

function literal(value: string): string {
  if (!SAFE_LITERAL.test(value)) throw new Error(`unsafe SQL literal ${JSON.stringify(value)}`);
  return `'${value}'`;
}

/** The SQL type a field's values compare and sort as. */
function castOf(f: Pick<ContentField, 'type'>): string {
  if (f.type === 'number') return 'numeric';
  if (f.type === 'dateTime') return 'timestamptz';
  if (f.type === 'boolean') return 'boolean';
  return 'text';
}

/**
 * A field's value (jsonb) in the listed copy: for a localized field and a locale, the most
 * specific locale's value (`de-AT`, then `de`), else the base value (ADR 0057).
 */
function valueExpr(q: EntryListQuery, f: ContentField): string {
  const base = q.draft ? 'e.draft_values' : 'e.published_values';
  const localized = q.draft ? 'e.draft_localized_values' : 'e.published_localized_values';
  const key = literal(f.key);
  if (!f.localized || !q.locale) return `(${base} -> ${key})`;
  const tries = localeCandidates(q.locale).map((l) => `${localized} -> ${literal(l)} -> ${key}`);
  return `coalesce(${[...tries, `${base} -> ${key}`].join(', ')})`;
}

const typedExpr = (q: EntryListQuery, f: ContentField) => `((${valueExpr(q, f)} #>> '{}')::${castOf(f)})`;

/** A filter operand in the field's stored form (dates normalised), or BAD_USER_INPUT naming filter and field. */
function operand(f: ContentField, value: unknown, op: string): unknown {
  const checked = checkFieldValue({ ...f, min: null, max: null, pattern: null }, value);
  if ('message' in checked)
    throw invalidValues([{ field: f.key, message: `filter ${op}: ${checked.message}` }]);
  return checked.value;
}

/** The SQL and bindings of one page of entry ids (plus one, to tell whether more follow). */
export function entryListSql(q: EntryListQuery): { sql: string; bindings: unknown[] } {
  const fields = new Map(q.type.fields.map((f) => [f.key, f]));
  const fieldOf = (key: string, what: string) => {
    const f = fields.get(key);
    if (!f) throw badInput(`${what}: ${key} is not a field of ${q.type.handle}`, what);
    return f;
  };
  const base = q.draft ? 'e.draft_values' : 'e.published_values';
  const where = ['e.tenant_id = ?', 'e.type_id = ?'];
  const bindings: unknown[] = [q.tenantId, q.type.id];
  if (!q.draft) where.push('e.published_version is not null');
  if (q.filter.length > MAX_FILTERS) throw badInput(`filter: at most ${MAX_FILTERS} conditions`, 'filter');
  for (const cond of q.filter) {
    const f = fieldOf(cond.field, 'filter');
    // Equality on a base value is containment, which the GIN index on the values serves.
    const indexable = !f.localized || !q.locale;
    const equals = (value: unknown) => {
      if (indexable) {
        bindings.push(JSON.stringify({ [f.key]: value }));
        return `${base} @> ?::jsonb`;
      }
      bindings.push(JSON.stringify(value));
      return `${valueExpr(q, f)} = ?::jsonb`;
    };
    if (cond.eq !== undefined && cond.eq !== null) where.push(equals(operand(f, cond.eq, 'eq')));
    if (cond.in) {
      if (cond.in.length === 0 || cond.in.length > MAX_IN) {
        throw badInput(`filter in: between 1 and ${MAX_IN} values`, 'filter');
      }
      where.push(`(${cond.in.map((v) => equals(operand(f, v, 'in'))).join(' or ')})`);
    }
    for (const [op, sql] of [
      ['gt', '>'],
      ['gte', '>='],
      ['lt', '<'],
      ['lte', '<='],
    ] as const) {
      const value = cond[op];
      if (value === undefined || value === null) continue;
      if (!RANGE_TYPES.has(f.type)) {
        throw badInput(
          `filter ${op}: ranges apply to number and dateTime fields, ${f.key} is ${f.type}`,
          'filter',
        );
      }
      bindings.push(operand(f, value, op));
      where.push(`${typedExpr(q, f)} ${sql} ?::${castOf(f)}`);
    }
    if (cond.contains !== undefined && cond.contains !== null) {
      if (!CONTAINS_TYPES.has(f.type)) {
        throw badInput(
          `filter contains: applies to text, richText and slug fields, ${f.key} is ${f.type}`,
          'filter',
        );
      }
      bindings.push(`%${cond.contains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(${valueExpr(q, f)} #>> '{}') ilike ? escape '\\'`);
    }
  }
  let sortExpr = 'e.created_at';
  let sortCast = 'timestamptz';
  let direction = 'desc';
  if (q.sort) {
    const f = fieldOf(q.sort.field, 'sort');
    if (!SORT_TYPES.has(f.type)) throw badInput(`sort: ${f.type} fields cannot be sorted on`, 'sort');
    sortExpr = typedExpr(q, f);
    sortCast = castOf(f);
    direction = q.sort.direction === 'DESC' ? 'desc' : 'asc';
  }
  const after = decodeEntryCursor(q.after);
  if (after) {
    const op = direction === 'asc' ? '>' : '<';
    if (after.value === null) {
      // Entries without the value come last; after one of them, only those with a later id.
      where.push(`(${sortExpr} is null and e.id ${op} ?)`);
      bindings.push(after.id);
    } else {
      where.push(
        `(${sortExpr} is null or ${sortExpr} ${op} ?::${sortCast} or (${sortExpr} = ?::${sortCast} and e.id ${op} ?))`,
      );
      bindings.push(after.value, after.value, after.id);
    }
  }
  bindings.push(q.first + 1);
  return {
    sql: `select e.id, (${sortExpr})::text as sort_value from cms.content_entry e
      where ${where.join(' and ')}
      order by (${sortExpr}) is null, ${sortExpr} ${direction}, e.id ${direction}
      limit ?`,
    bindings,
  };
}

/** Entry cursors carry the sort value (as PostgreSQL prints it) and the id: keyset pagination. */
export function encodeEntryCursor(value: string | null, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

function decodeEntryCursor(cursor: string | null): { value: string | null; id: string } | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !(parsed[0] === null || (typeof parsed[0] === 'string' && parsed[0].length <= 10_000)) ||
    !isUuid(parsed[1])
  ) {
    throw badInput('after: not a valid cursor', 'after');
  }
  return { value: parsed[0] as string | null, id: parsed[1] as string };
}
