/**
 * The editor of a site's section group (header, footer) or page-type template: the page editor's
 * Puck set-up (EditorPuck: same components, pickers, canvas and viewports), with explicit Save and
 * "Reset to theme default" in a bar that stays in sight at every width. These are live as soon as
 * they are saved: no drafts, so no autosave.
 */
import type { Config, Data } from '@puckeditor/core';
import { type ReactNode, useState } from 'react';
import { messageOf } from '../../../api.js';
import { Link } from '../../../router.js';
import { toast } from '../../../toasts.js';
import { ConfirmDialog, ErrorMessage } from '../../../ui.js';
import { ConflictDialog } from '../editor/Conflict.js';
import { EditorPuck } from '../editor/EditorPuck.js';
import { describeTreeError } from '../editor/field-errors.js';
import { useSaveShortcut } from '../editor/PageHeader.js';
import { useTokenProperties } from '../editor/theme-tokens.js';
import { sameTree } from '../editor/tree.js';
import type { StructureSite } from './site.js';
import { editStateText, type Stored, useVersioned } from './versioned.js';

export interface TreeEditorProps {
  site: StructureSite;
  /** What is edited, for the heading and messages ("Header", "Product page template"). */
  title: string;
  /** Where Close leads. */
  back: string;
  config: Config;
  start: Stored<Data>;
  /** True while the theme's default applies (nothing to reset). */
  isDefault: boolean;
  save(data: Data, expected: number): Promise<Stored<Data>>;
  reset(expected: number): Promise<Stored<Data>>;
  latest(): Promise<Stored<Data>>;
  /** Above the editor, e.g. the header/footer switch. */
  children?: ReactNode;
}

export function TreeEditor({
  site,
  title,
  back,
  config,
  start,
  isDefault,
  save,
  reset,
  latest,
  children,
}: TreeEditorProps) {
  const [initial, setInitial] = useState(start.value);
  const [revision, setRevision] = useState(0);
  const [isDefaultNow, setDefault] = useState(isDefault);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetting, setResetting] = useState(false);
  const edit = useVersioned<Data>(start, {
    what: title,
    same: sameTree,
    save: async (data, expected) => {
      const saved = await save(data, expected);
      setDefault(false);
      return saved;
    },
    latest,
  });
  useTokenProperties(site.tokensCss);
  useSaveShortcut(() => void edit.save(), site.canWrite);

  /** Puck keeps its own copy: a new start remounts it. */
  const startOver = (next: Stored<Data>) => {
    edit.restart(next);
    setInitial(next.value);
    setRevision((r) => r + 1);
  };

  const doReset = async () => {
    setResetting(true);
    try {
      startOver(await reset(edit.stored.version));
      setDefault(true);
      toast(`${title}: back to the theme default`);
    } catch (err) {
      toast(`Not reset: ${messageOf(err)}`, { kind: 'error' });
    } finally {
      setResetting(false);
      setConfirmReset(false);
    }
  };

  const state = edit.state;
  return (
    <div className="page-editor structure-editor">
      <div className="structure-bar">
        <h1>{title}</h1>
        <span role="status" aria-live="polite" className={`save-status save-${state}`}>
          {isDefaultNow && state === 'saved' ? 'Theme default' : editStateText(state, edit.stored.version)}
        </span>
        {site.canWrite ? (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => void edit.save()}
              disabled={state === 'saving' || state === 'saved'}
              aria-keyshortcuts="Control+S Meta+S"
            >
              Save
            </button>
            <button
              type="button"
              onClick={() => setConfirmReset(true)}
              disabled={isDefaultNow && !edit.dirty}
            >
              Reset to theme default
            </button>
          </>
        ) : null}
        <Link to={back}>Close</Link>
      </div>
      {children}
      <ErrorMessage>
        {edit.error ? describeTreeError(messageOf(edit.error), edit.value) : undefined}
      </ErrorMessage>
      {confirmReset ? (
        <ConfirmDialog
          title={`Reset ${title.toLowerCase()}?`}
          confirmLabel="Reset to theme default"
          busy={resetting}
          onConfirm={() => void doReset()}
          onCancel={() => setConfirmReset(false)}
        >
          <p>Your changes are removed and visitors get the theme’s default at once.</p>
        </ConfirmDialog>
      ) : null}
      {edit.conflict ? (
        <ConflictDialog
          what={title.toLowerCase()}
          mine={edit.conflict.mine}
          theirs={{
            tree: edit.conflict.theirs.value,
            version: edit.conflict.theirs.version,
            updatedAt: edit.conflict.theirs.updatedAt ?? new Date().toISOString(),
          }}
          onKeepMine={edit.keepMine}
          onTakeTheirs={() => {
            const theirs = edit.conflict?.theirs;
            edit.takeTheirs();
            if (theirs) {
              setInitial(theirs.value);
              setRevision((r) => r + 1);
            }
          }}
        />
      ) : null}
      <EditorPuck
        key={revision}
        config={config}
        data={initial}
        onChange={edit.setValue}
        css={site.canvas?.css ?? ''}
        canWrite={site.canWrite}
        siteId={site.id}
        headerTitle={title}
      />
    </div>
  );
}
