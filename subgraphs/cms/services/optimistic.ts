import { conflict } from '../../../core/errors.js';

/**
 * Optimistic concurrency: CONFLICT (with `storedVersion`) when the caller edited another version
 * than the stored one; an absent `expected` skips the check. Every versioned cms write uses it (pages,
 * trash, translations, site layouts, menus, design tokens, content collections).
 */
export function assertExpectedVersion(
  what: string,
  stored: number,
  expected: number | null | undefined,
): void {
  if (expected != null && expected !== stored) {
    throw conflict(`The ${what} was changed since version ${expected}; the stored version is ${stored}`, {
      storedVersion: stored,
    });
  }
}
