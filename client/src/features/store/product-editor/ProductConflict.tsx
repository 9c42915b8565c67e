/** The choice after a concurrent save: both versions side by side, keep mine or use the saved one. */
import { useEffect, useRef } from 'react';
import { describeDraft, draftOf } from './product-draft.js';
import type { ConflictState } from './use-product-editor.js';

export function ProductConflict({
  conflict,
  busy,
  onKeepMine,
  onUseSaved,
}: {
  conflict: ConflictState;
  busy: boolean;
  onKeepMine(): void;
  onUseSaved(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again when a newer conflict replaces the one shown
  useEffect(() => {
    heading.current?.focus();
  }, [conflict]);

  return (
    <div className="conflict" role="alertdialog" aria-modal="true" aria-labelledby="product-conflict-title">
      <h2 id="product-conflict-title" ref={heading} tabIndex={-1}>
        This product was changed by someone else
      </h2>
      <p>
        Version {conflict.theirs.version} was saved at {new Date(conflict.theirs.updatedAt).toLocaleString()}{' '}
        while you were editing. Choose which version to keep.
      </p>
      <div className="conflict-sides">
        <section aria-label="Your version">
          <h3>Your version</h3>
          <pre>{describeDraft(conflict.mine).join('\n')}</pre>
          <button type="button" disabled={busy} onClick={onKeepMine}>
            Keep my version
          </button>
        </section>
        <section aria-label={`Saved version ${conflict.theirs.version}`}>
          <h3>Saved version {conflict.theirs.version}</h3>
          <pre>{describeDraft(draftOf(conflict.theirs)).join('\n')}</pre>
          <button type="button" onClick={onUseSaved}>
            Use version {conflict.theirs.version}
          </button>
        </section>
      </div>
    </div>
  );
}
