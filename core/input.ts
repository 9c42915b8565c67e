import { z } from 'zod';
import { badInput } from './errors.js';

const uuid = z.string().uuid();

/** Ids arrive as strings from clients and other subgraphs; only well-formed ones reach SQL. */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}

// NUL cannot be stored in PostgreSQL text or jsonb, and a lone surrogate is not valid UTF-8: both
// would fail deep in the driver as a 500, so they are refused up front, naming the field.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching NUL is the point.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in `value` (keys included) that PostgreSQL cannot store, if any. */
export function unstorableStringPath(value: unknown, path: (string | number)[] = []): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path.join('.') || '(input)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableStringPath(value[i], [...path, i]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return [...path, key].join('.');
      const found = unstorableStringPath(child, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Parses input with a zod schema, turning the first problem into BAD_USER_INPUT naming the field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const unstorable = unstorableStringPath(input);
  if (unstorable !== null) {
    throw badInput(`${unstorable}: contains a NUL character or an unpaired surrogate`, unstorable);
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}
