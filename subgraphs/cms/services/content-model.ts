import { z } from 'zod';
import { AppError } from '../../../core/errors.js';
import { isUuid, parseInput, unstorableStringPath } from '../../../core/input.js';
import {
  CONTENT_FIELD_TYPES,
  type ContentField,
  type ContentFieldType,
  type ContentType,
  type EntryValues,
} from '../entities/content.js';

export const MAX_FIELDS = 100;
const MAX_TEXT = 10_000;
const MAX_RICH_TEXT = 200_000;
const MAX_SLUG = 200;
const MAX_PATTERN = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
// A group with a quantifier inside that is itself repeated, e.g. `(a+)+`: catastrophic backtracking.
const NESTED_QUANTIFIER = /\([^)]*[+*}][^)]*\)\s*[+*{]/;

export const handleField = z
  .string()
  .regex(
    /^[a-z][a-z0-9_-]{0,63}$/,
    'lower-case letters, digits, `-` and `_`, starting with a letter (at most 64)',
  );

const LENGTH_BOUNDED: readonly ContentFieldType[] = ['text', 'richText', 'slug'];
const PATTERNED: readonly ContentFieldType[] = ['text', 'slug'];
const UNIQUE_ABLE: readonly ContentFieldType[] = ['text', 'number', 'dateTime', 'select', 'slug'];

const fieldInput = z
  .object({
    key: z
      .string()
      .regex(
        /^[a-z][a-zA-Z0-9]{0,63}$/,
        'a camelCase key: letters and digits, starting with a lower-case letter',
      ),
    label: z.string().trim().min(1).max(120),
    type: z.enum(CONTENT_FIELD_TYPES),
    required: z.boolean().nullish(),
    unique: z.boolean().nullish(),
    localized: z.boolean().nullish(),
    min: z.number().finite().nullish(),
    max: z.number().finite().nullish(),
    pattern: z.string().max(MAX_PATTERN).nullish(),
    options: z.array(z.string().trim().min(1).max(100)).min(1).max(200).nullish(),
    referenceType: handleField.nullish(),
  })
  .superRefine((f, c) => {
    const issue = (path: string, message: string) =>
      c.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if ((f.min != null || f.max != null) && f.type !== 'number' && !LENGTH_BOUNDED.includes(f.type)) {
      issue(
        'min',
        `min and max apply to numbers and to the length of text, rich text and slugs, not to ${f.type}`,
      );
    }
    if (f.min != null && f.max != null && f.min > f.max) issue('max', 'max must not be below min');
    if (f.pattern != null) {
      if (!PATTERNED.includes(f.type))
        issue('pattern', `a pattern applies to text and slugs, not to ${f.type}`);
      else if (NESTED_QUANTIFIER.test(f.pattern))
        issue('pattern', 'repeated groups with quantifiers inside (like `(a+)+`) are not allowed');
      else {
        try {
          new RegExp(f.pattern, 'u');
        } catch {
          issue('pattern', 'not a valid regular expression');
        }
      }
    }
    if (f.type === 'select' && !f.options) issue('options', 'a select field needs its options');
    if (f.type !== 'select' && f.options) issue('options', 'only select fields have options');
    if (f.options && new Set(f.options).size !== f.options.length)
      issue('options', 'options must be distinct');
    if (f.type === 'reference' && !f.referenceType)
      issue('referenceType', 'a reference field names the content type it refers to');
    if (f.type !== 'reference' && f.referenceType)
      issue('referenceType', 'only reference fields refer to a content type');
    if (f.unique && !UNIQUE_ABLE.includes(f.type)) issue('unique', `${f.type} fields cannot be unique`);
  });

const fieldsInput = z
  .array(fieldInput)
  .max(MAX_FIELDS)
  .superRefine((fields, c) => {
    const seen = new Set<string>();
    for (const [i, f] of fields.entries()) {
      if (seen.has(f.key))
        c.addIssue({
          code: z.ZodIssueCode.custom,
          path: [i, 'key'],
          message: `the key ${f.key} is used twice`,
        });
      seen.add(f.key);
    }
  });

/** Parses a content type's field list (BAD_USER_INPUT naming `fields.<i>.<property>`), with every flag set. */
export function parseFields(input: unknown): ContentField[] {
  return parseInput(z.object({ fields: fieldsInput }), { fields: input }).fields.map((f) => ({
    key: f.key,
    label: f.label,
    type: f.type,
    required: f.required ?? false,
    unique: f.unique ?? false,
    localized: f.localized ?? false,
    min: f.min ?? null,
    max: f.max ?? null,
    pattern: f.pattern ?? null,
    options: f.options ?? null,
    referenceType: f.referenceType ?? null,
  }));
}

/** A value problem, in words, at the field's key. */
export interface ValueIssue {
  field: string;
  message: string;
}

/** The ids a set of values refers to, to be checked against the tenant's assets and entries. */
export interface ValueReferences {
  assets: { field: string; id: string }[];
  entries: { field: string; id: string; referenceType: string }[];
}

export interface CheckedValues {
  values: EntryValues;
  issues: ValueIssue[];
  references: ValueReferences;
}

function checkLength(f: ContentField, value: string, cap: number): string | null {
  if (value.length > cap) return `${f.label} must be at most ${cap} characters`;
  if (f.min != null && value.length < f.min) return `${f.label} must be at least ${f.min} characters`;
  if (f.max != null && value.length > f.max) return `${f.label} must be at most ${f.max} characters`;
  if (f.pattern != null && !new RegExp(f.pattern, 'u').test(value)) {
    return `${f.label} must match the pattern ${f.pattern}`;
  }
  return null;
}

/** Checks one value against its field; returns the stored form or a message. */
export function checkFieldValue(f: ContentField, value: unknown): { value: unknown } | { message: string } {
  const wrong = (what: string) => ({ message: `${f.label} must be ${what}` });
  switch (f.type) {
    case 'text':
    case 'richText': {
      if (typeof value !== 'string') return wrong('a string');
      const problem = checkLength(f, value, f.type === 'text' ? MAX_TEXT : MAX_RICH_TEXT);
      return problem ? { message: problem } : { value };
    }
    case 'slug': {
      if (typeof value !== 'string' || !SLUG.test(value)) {
        return wrong('a slug: lower-case letters and digits in words joined by `-`, e.g. `my-first-post`');
      }
      const problem = checkLength(f, value, MAX_SLUG);
      return problem ? { message: problem } : { value };
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('a number');
      if (f.min != null && value < f.min) return wrong(`at least ${f.min}`);
      if (f.max != null && value > f.max) return wrong(`at most ${f.max}`);
      return { value };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { value } : wrong('true or false');
    case 'dateTime': {
      const at = typeof value === 'string' && ISO_DATE_TIME.test(value) ? new Date(value) : null;
      if (!at || Number.isNaN(at.getTime())) return wrong('an ISO 8601 date-time, e.g. 2026-12-01T09:00:00Z');
      return { value: at.toISOString() };
    }
    case 'select':
      if (typeof value !== 'string' || !f.options?.includes(value)) {
        return wrong(`one of ${(f.options ?? []).map((o) => JSON.stringify(o)).join(', ')}`);
      }
      return { value };
    case 'asset':
    case 'reference':
      return isUuid(value) ? { value: value.toLowerCase() } : wrong('an id');
  }
}

/**
 * Checks values against a content type: the base values (`locale` null: every field, required
 * ones present) or one locale's (only localized fields, none required: missing ones fall back to
 * the base value). Unknown keys are refused. Ids of assets and entries are returned for the
 * caller to check against the tenant's own (they live elsewhere, or need the database).
 */
export function checkValues(
  type: Pick<ContentType, 'handle' | 'fields'>,
  input: unknown,
  locale: string | null,
): CheckedValues {
  const out: CheckedValues = { values: {}, issues: [], references: { assets: [], entries: [] } };
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    out.issues.push({ field: 'values', message: 'values must be an object of field keys to values' });
    return out;
  }
  const unstorable = unstorableStringPath(input);
  if (unstorable !== null) {
    out.issues.push({
      field: unstorable.split('.')[0]!,
      message: `${unstorable} contains a NUL character or an unpaired surrogate`,
    });
    return out;
  }
  const given = input as Record<string, unknown>;
  const byKey = new Map(type.fields.map((f) => [f.key, f]));
  for (const key of Object.keys(given)) {
    const f = byKey.get(key);
    if (!f) out.issues.push({ field: key, message: `${key} is not a field of ${type.handle}` });
    else if (locale !== null && !f.localized) {
      out.issues.push({
        field: key,
        message: `${f.label} is not localized: it has one value for every locale`,
      });
    }
  }
  for (const f of type.fields) {
    if (locale !== null && !f.localized) continue;
    const value = given[f.key];
    if (value === undefined || value === null || value === '') {
      if (f.required && locale === null) out.issues.push({ field: f.key, message: `${f.label} is required` });
      continue;
    }
    const checked = checkFieldValue(f, value);
    if ('message' in checked) {
      out.issues.push({ field: f.key, message: checked.message });
      continue;
    }
    out.values[f.key] = checked.value;
    if (f.type === 'asset') out.references.assets.push({ field: f.key, id: checked.value as string });
    if (f.type === 'reference') {
      out.references.entries.push({
        field: f.key,
        id: checked.value as string,
        referenceType: f.referenceType!,
      });
    }
  }
  return out;
}

/** BAD_USER_INPUT for value problems: every problem in the message, the first key in `field`, all in `issues`. */
export function invalidValues(issues: ValueIssue[]): AppError {
  return new AppError('BAD_USER_INPUT', issues.map((i) => i.message).join('; '), {
    field: issues[0]!.field,
    issues,
  });
}
