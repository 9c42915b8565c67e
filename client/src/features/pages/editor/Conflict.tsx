/**
 * Shown when a save hits CONFLICT (someone saved a newer version meanwhile): both versions side by
 * side, and the editor chooses which one wins. Nothing is lost until they choose.
 */
import { useEffect, useRef } from 'react';
import { describeTree } from './tree.js';

export interface ConflictProps {
  /** What was changed, in words ("page", "menu", "header"). */
  what?: string;
  /** A version's content as lines to compare (default: a page tree's components). */
  describe?: (content: unknown) => string[];
  mine: unknown;
  theirs: { tree: unknown; version: number; updatedAt: string };
  /** Save my version over theirs (as the next version after theirs). */
  onKeepMine(): void;
  /** Drop my changes and continue from theirs. */
  onTakeTheirs(): void;
}

export function ConflictDialog({
  what = 'page',
  describe = describeTree,
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: ConflictProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="conflict" role="alertdialog" aria-modal="true" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        This {what} was changed by someone else
      </h2>
      <p>
        Version {theirs.version} was saved at {new Date(theirs.updatedAt).toLocaleString()} while you were
        editing. Choose which version to keep.
      </p>
      <div className="conflict-sides">
        <section aria-label="Your version">
          <h3>Your version</h3>
          <pre>{describe(mine).join('\n')}</pre>
          <button type="button" onClick={onKeepMine}>
            Keep my version
          </button>
        </section>
        <section aria-label={`Saved version ${theirs.version}`}>
          <h3>Saved version {theirs.version}</h3>
          <pre>{describe(theirs.tree).join('\n')}</pre>
          <button type="button" onClick={onTakeTheirs}>
            Use version {theirs.version}
          </button>
        </section>
      </div>
    </div>
  );
}
