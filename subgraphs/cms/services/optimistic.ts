import { conflict } from '../../../core/errors.js';

/**
 * Optimistic concurrency: CONFLICT (with `storedVersion`) when the caller edited another version
 * than the stored one; an absent `expected` skips the check. Content collections use it; the page,
 * translation, layout, menu and trash services still carry their own copies of the same check.
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
