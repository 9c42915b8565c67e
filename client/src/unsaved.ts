/**
 * One guard for unsaved work (ADR 0053): while a screen holds work that is not saved, in-app
 * navigation (`router.navigate`, `Link`) asks before leaving it, and so does the browser on reload
 * or close (`beforeunload`). Screens register what they would lose with `useUnsavedGuard`.
 */
import { useEffect } from 'react';

/** Returns why leaving now would lose work, or null when nothing would be lost. */
type Guard = () => string | null;

const guards = new Set<Guard>();

/** True when no guard objects, or the person confirmed leaving anyway. */
export function mayLeave(): boolean {
  for (const guard of guards) {
    const reason = guard();
    if (reason !== null && !window.confirm(`${reason}\n\nLeave anyway?`)) return false;
  }
  return true;
}

/** While `reason` is not null, leaving the screen asks first (`reason` says what would be lost). */
export function useUnsavedGuard(reason: string | null): void {
  useEffect(() => {
    if (reason === null) return;
    const guard: Guard = () => reason;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    guards.add(guard);
    window.addEventListener('beforeunload', warn);
    return () => {
      guards.delete(guard);
      window.removeEventListener('beforeunload', warn);
    };
  }, [reason]);
}
