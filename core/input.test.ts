import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './errors.js';
import { parseInput, unstorableStringPath } from './input.js';

describe('parseInput', () => {
  const schema = z.object({ title: z.string(), seo: z.object({ tags: z.array(z.string()) }) });

  it('refuses NUL and unpaired surrogates anywhere in the input, naming the field', () => {
    const cases: [unknown, string][] = [
      [{ title: 'a\u0000b', seo: { tags: [] } }, 'title'],
      [{ title: 'ok', seo: { tags: ['x', '\uD800'] } }, 'seo.tags.1'],
      [{ title: 'ok', seo: { tags: ['\uDC00 tail'] } }, 'seo.tags.0'],
      [{ title: 'ok', seo: { tags: [] }, 'k\u0000': 1 }, 'k\u0000'],
    ];
    for (const [input, field] of cases) {
      let error: unknown;
      try {
        parseInput(schema, input);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
      expect((error as AppError).extensions.field).toBe(field);
    }
  });

  it('accepts paired surrogates (emoji) and ordinary text', () => {
    expect(parseInput(schema, { title: 'Grüße 👋', seo: { tags: ['😀'] } }).title).toBe('Grüße 👋');
    expect(unstorableStringPath({ a: ['fine', { b: 'also fine' }] })).toBeNull();
  });
});
