import { z } from 'zod';

/** What hreflang understands: language, optional script, optional region (ISO 3166 or UN M.49). */
const HREFLANG_LOCALE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;

/**
 * Language subtags that name no language a page can be in: `und` (undetermined), `mis`, `mul`,
 * `zxx` (no linguistic content) and the private-use range `qaa`–`qtz`. hreflang has no use for them.
 */
const NOT_A_LANGUAGE = /^(und|mis|mul|zxx|q[a-t][a-z])$/;

/**
 * A BCP 47 language tag in canonical case (`de-de` → `de-DE`, `zh-hant-tw` → `zh-Hant-TW`),
 * restricted to language, optional script and optional region (no variants or extensions, which
 * hreflang does not use), and to real languages (NOT_A_LANGUAGE). Null when the input is not such a tag. Shared by the auth subgraph
 * (region locales) and the cms (translation locales) so both store the same spelling.
 */
export function canonicalLocale(input: string): string | null {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(input.trim())[0];
  } catch {
    return null;
  }
  if (!canonical || canonical.length > 35 || !HREFLANG_LOCALE.test(canonical)) return null;
  return NOT_A_LANGUAGE.test(canonical.split('-')[0]!) ? null : canonical;
}

/** `zh-Hant-TW` → [`zh-Hant-TW`, `zh-Hant`, `zh`]: the most specific first (translation fallback). */
export function localeCandidates(locale: string): string[] {
  const parts = locale.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/** The most specific of `available` that serves `wanted` (exact, then without region/script); else null. */
export function matchLocale(wanted: string | null | undefined, available: readonly string[]): string | null {
  if (!wanted) return null;
  return localeCandidates(wanted).find((c) => available.includes(c)) ?? null;
}

/**
 * An input field holding a locale: trimmed and stored in canonicalLocale's spelling, or a
 * BAD_USER_INPUT issue at the field (regions' `locale`, page translations' `locale`).
 */
export const localeField = z
  .string()
  .max(35)
  .transform((value, c) => {
    const locale = canonicalLocale(value);
    if (locale) return locale;
    c.addIssue({
      code: z.ZodIssueCode.custom,
      message:
        'a BCP 47 language tag: language, optional script and region, e.g. `de`, `de-AT`, `zh-Hant-TW`',
    });
    return z.NEVER;
  });
