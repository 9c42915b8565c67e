/**
 * Editing one versioned thing of a site (a menu, a section group, a page-type template) the way the
 * page editor does (ADR 0053), with explicit saves (these are live at once, so nothing autosaves):
 * Save (and Ctrl/Cmd+S) sends the version it was edited from; a CONFLICT keeps the work and offers
 * both versions; a refused save keeps the work and says why; leaving with unsaved work asks first;
 * every outcome is a toast.
 */
import { useCallback, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { toast } from '../../../toasts.js';
import { useUnsavedGuard } from '../../../unsaved.js';

/** A stored state: what it holds and its version (0: never saved, the default applies). */
export interface Stored<T> {
  value: T;
  version: number;
  updatedAt: string | null;
}

export type EditState = 'saved' | 'dirty' | 'saving' | 'error';

export interface VersionedOptions<T> {
  /** What is edited, in words for the messages ("The menu main", "The header"). */
  what: string;
  same(a: T, b: T): boolean;
  /** Saves `value` as the version after `expected`; returns what is stored now. */
  save(value: T, expected: number): Promise<Stored<T>>;
  /** The stored state now (for a conflict's other side). */
  latest(): Promise<Stored<T>>;
}

export function useVersioned<T>(start: Stored<T>, options: VersionedOptions<T>) {
  const [stored, setStored] = useState(start);
  const [value, setValueState] = useState(start.value);
  const [phase, setState] = useState<'idle' | 'saving' | 'error'>('idle');
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<{ mine: T; theirs: Stored<T> } | null>(null);
  const busy = useRef(false);
  const latestOptions = useRef(options);
  latestOptions.current = options;

  const dirty = !options.same(value, stored.value);
  useUnsavedGuard(dirty ? `${options.what} has changes that are not saved yet.` : null);

  const state: EditState =
    phase === 'saving' ? 'saving' : phase === 'error' && dirty ? 'error' : dirty ? 'dirty' : 'saved';

  /** Starts over from `next` (after a load, a reset or taking the other version). */
  const restart = useCallback((next: Stored<T>) => {
    setStored(next);
    setValueState(next.value);
    setState('idle');
    setError(null);
  }, []);

  const saveAs = useCallback(async (mine: T, expected: number): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    const { what, save, latest } = latestOptions.current;
    setState('saving');
    setError(null);
    try {
      const saved = await save(mine, expected);
      setStored(saved);
      setValueState((now) => (latestOptions.current.same(now, mine) ? saved.value : now));
      setState('idle');
      toast(`${what} saved`);
      return true;
    } catch (err) {
      setState('error');
      if (err instanceof ApiError && err.code === 'CONFLICT') {
        setConflict({ mine, theirs: await latest() });
      } else {
        setError(err);
        toast(`Not saved: ${messageOf(err)}. Your changes are still here.`, { kind: 'error' });
      }
      return false;
    } finally {
      busy.current = false;
    }
  }, []);

  return {
    value,
    setValue: setValueState,
    stored,
    state,
    dirty,
    error,
    conflict,
    restart,
    save: () => saveAs(value, stored.version),
    /** Saves my version as the one after theirs. */
    keepMine: () => {
      if (!conflict) return;
      setConflict(null);
      void saveAs(conflict.mine, conflict.theirs.version);
    },
    /** Drops my changes and continues from theirs. */
    takeTheirs: () => {
      if (!conflict) return;
      setConflict(null);
      restart(conflict.theirs);
    },
  };
}

/** The save state in words (next to the Save button, announced politely). */
export function editStateText(state: EditState, version: number, unsavedText = 'Not saved yet'): string {
  switch (state) {
    case 'saved':
      return version === 0 ? unsavedText : `Saved (version ${version})`;
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'error':
      return 'Not saved: your changes are kept here';
  }
}
