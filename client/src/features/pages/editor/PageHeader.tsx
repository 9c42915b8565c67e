/**
 * The page editor's header actions: the autosave state (always shown), Save (also Ctrl/Cmd+S),
 * Publish with its progress, Preview (a fresh draft preview link) and View live, the settings and
 * history panels, and the page's management (duplicate, unpublish, delete to the trash).
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { Link } from '../../../router.js';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'publishing' | 'published' | 'error';

export interface PageHeaderProps {
  state: SaveState;
  version: number;
  canWrite: boolean;
  canPublish: boolean;
  /** The live page's address, when the page is published. */
  liveUrl: string | null;
  settingsOpen: boolean;
  historyOpen: boolean;
  onSave(): void;
  onPublish(): void;
  onPreview(): void;
  onToggleSettings(): void;
  onToggleHistory(): void;
  onDuplicate(): void;
  onUnpublish(): void;
  onDelete(): void;
}

export function saveStateText(state: SaveState, version: number): string {
  switch (state) {
    case 'saved':
      return `Draft saved (version ${version})`;
    case 'dirty':
      return 'Unsaved changes: saving soon';
    case 'saving':
      return 'Saving…';
    case 'publishing':
      return 'Publishing…';
    case 'published':
      return `Published (version ${version})`;
    case 'error':
      return 'Not saved: your changes are kept here';
  }
}

/** Ctrl+S (Cmd+S on a Mac) runs `onSave` instead of the browser's "save page as". */
export function useSaveShortcut(onSave: () => void, enabled: boolean): void {
  const latest = useRef(onSave);
  latest.current = onSave;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** Below Puck's 638 px breakpoint its header folds the actions into a menu. */
const NARROW = '(max-width: 637.98px)';

function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia?.(NARROW);
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    () => window.matchMedia?.(NARROW).matches ?? false,
  );
}

/**
 * The save state on phones, where Puck folds the header's actions into a menu: always in sight,
 * with Save next to it (rendered only there; CSS hides the folded header's copy).
 */
export function SaveStateBar({
  state,
  version,
  canWrite,
  onSave,
}: Pick<PageHeaderProps, 'state' | 'version' | 'canWrite' | 'onSave'>) {
  if (!useNarrow()) return null;
  return (
    <div className="save-state-bar">
      <span role="status" className={`save-status save-${state}`}>
        {saveStateText(state, version)}
        {state === 'publishing' ? <progress aria-label="Publishing" /> : null}
      </span>
      {canWrite ? (
        <button type="button" onClick={onSave} disabled={state === 'saving' || state === 'publishing'}>
          Save draft
        </button>
      ) : null}
    </div>
  );
}

export function PageHeader(props: PageHeaderProps) {
  const { state, canWrite, canPublish } = props;
  const working = state === 'saving' || state === 'publishing';
  useSaveShortcut(props.onSave, canWrite);
  return (
    <div className="editor-actions">
      <span role="status" className={`save-status save-${state}`} aria-live="polite">
        {saveStateText(state, props.version)}
        {state === 'publishing' ? <progress aria-label="Publishing" /> : null}
      </span>
      {canWrite ? (
        <button type="button" onClick={props.onSave} disabled={working} aria-keyshortcuts="Control+S Meta+S">
          Save draft
        </button>
      ) : null}
      {canPublish ? (
        <button type="button" onClick={props.onPublish} disabled={working}>
          Publish
        </button>
      ) : null}
      {canWrite ? (
        <button type="button" onClick={props.onPreview}>
          Preview
        </button>
      ) : null}
      {props.liveUrl ? (
        <a href={props.liveUrl} target="_blank" rel="noreferrer">
          View live
        </a>
      ) : null}
      <button type="button" aria-expanded={props.settingsOpen} onClick={props.onToggleSettings}>
        Page settings
      </button>
      <button type="button" aria-expanded={props.historyOpen} onClick={props.onToggleHistory}>
        History
      </button>
      {canWrite ? (
        <details className="page-menu">
          <summary>More</summary>
          <div className="page-menu-items">
            <button type="button" onClick={props.onDuplicate} disabled={working}>
              Duplicate page
            </button>
            {canPublish && props.liveUrl ? (
              <button type="button" onClick={props.onUnpublish} disabled={working}>
                Unpublish
              </button>
            ) : null}
            {/* A live page goes offline when deleted: that takes the right to publish. */}
            {!props.liveUrl || canPublish ? (
              <button type="button" className="danger" onClick={props.onDelete} disabled={working}>
                Delete page
              </button>
            ) : null}
          </div>
        </details>
      ) : null}
      <Link to="/">Close</Link>
    </div>
  );
}
