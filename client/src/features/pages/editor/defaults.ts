import type { z } from 'zod';

/** Each missing prop's schema default (only keys the schema declares with a default). */
export function withDefaults(schema: z.ZodType, props: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return props;
  const out = { ...props };
  for (const [key, field] of Object.entries(shape)) {
    if (out[key] !== undefined) continue;
    const parsed = field.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  return out;
}
