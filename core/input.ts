import { z } from 'zod';
import { badInput } from './errors.js';

const uuid = z.string().uuid();

/** Ids arrive as strings from clients and other subgraphs; only well-formed ones reach SQL. */
export function isUuid(value: unknown): value is string {
  return uuid.safeParse(value).success;
}

/** Parses input with a zod schema, turning the first problem into BAD_USER_INPUT naming the field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}
