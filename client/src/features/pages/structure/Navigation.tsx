/**
 * A site's navigation menus: listed by handle, created by handle, and edited as a tree of links.
 * Each item has a label and a link chosen with the editor's link picker (a page of the site by id,
 * a product, a collection, a store page, or a web address); items nest up to three levels and are
 * reordered by drag (native drag and drop on the item's handle) or by keyboard (Move up, Move down,
 * Indent, Outdent: focus stays on the moved item). Saves send the version edited (versioned.ts).
 */
import { type DragEvent, type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import type { MenuFieldsFragment } from '../../../gql/graphql.js';
import { toast } from '../../../toasts.js';
import { ConfirmDialog, ErrorMessage, Field, LoadFailed, Loading, RetryError, useLoad } from '../../../ui.js';
import { ConflictDialog } from '../editor/Conflict.js';
import { useSaveShortcut } from '../editor/PageHeader.js';
import { describeHref, LinkPickerDialog, usePages } from '../editor/pickers/LinkPicker.js';
import {
  type EditedItem,
  editable,
  type Move,
  menuLinkOf,
  move,
  moveBefore,
  movesOf,
  newKey,
  remove,
  sameItems,
  toInput,
  unlabelled,
  unlinked,
  update,
} from './menu-tree.js';
import { DeleteMenuMutation, SaveMenuMutation, SiteMenuQuery, SiteMenusQuery } from './operations.js';
import { SiteSubNav, useStructureSite } from './site.js';
import { editStateText, type Stored, useVersioned } from './versioned.js';

type Menu = MenuFieldsFragment;
type PageRow = { id: string; path: string; title: string };

const HANDLE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** An item's link in words: a page by id shows its current title. */
function describeLink(item: EditedItem, pages: readonly PageRow[] | null): string {
  if (item.link?.kind === 'PAGE') {
    const page = pages?.find((p) => p.id === item.link?.pageId);
    return page ? `Page: ${page.title}` : item.href ? describeHref(item.href, { pages }) : 'Page';
  }
  if (item.link?.kind === 'PRODUCT') return `Product: ${item.link.slug ?? ''}`;
  return describeHref(item.href, { pages });
}

/** A menu as lines (indented by level), for the conflict dialog. */
function describeItems(items: unknown, level = 0): string[] {
  return (items as EditedItem[]).flatMap((item) => [
    `${'  '.repeat(level)}${item.label || '(no label)'} → ${item.href || '(no link)'}`,
    ...describeItems(item.children, level + 1),
  ]);
}

const storedOf = (menu: Menu): Stored<EditedItem[]> => ({
  value: editable(menu.items),
  version: menu.version,
  updatedAt: menu.updatedAt,
});

export default function Navigation({ siteId }: { siteId: string }) {
  const { session } = useApp();
  const { data: site, error: siteError, reload: reloadSite } = useStructureSite(siteId);
  const fetchMenus = useCallback(
    async () => (await session.execute(SiteMenusQuery, { siteId })).menus.edges.map((e) => e.node),
    [session, siteId],
  );
  const { data: loaded, error: menusError, reload } = useLoad(fetchMenus);
  const [created, setCreated] = useState<string[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [handleError, setHandleError] = useState<string | undefined>();

  const error = siteError ?? menusError;
  if (error)
    return (
      <LoadFailed
        title="Navigation"
        error={error}
        onRetry={() => {
          void reloadSite();
          void reload();
        }}
      />
    );
  if (!site || !loaded) return <Loading what="the menus" />;

  const handles = [
    ...loaded.map((m) => m.handle),
    ...created.filter((h) => !loaded.some((m) => m.handle === h)),
  ];
  const current = selected ?? handles[0] ?? null;

  const create = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const handle = String(new FormData(form).get('handle') ?? '').trim();
    if (!HANDLE.test(handle)) {
      setHandleError('Lowercase letters, digits and dashes, starting with a letter or digit (at most 40).');
      return;
    }
    if (handles.includes(handle)) {
      setHandleError(`The site already has a menu “${handle}”.`);
      return;
    }
    setHandleError(undefined);
    setCreated([...created, handle]);
    setSelected(handle);
    form.reset();
  };

  return (
    <main className="structure">
      <h1>Navigation</h1>
      <SiteSubNav siteId={site.id} siteName={site.name} />
      <p>
        The menus of {site.name}. The site header and footer show them: choose which in Header &amp; footer.
      </p>
      <div className="structure-columns">
        <section aria-labelledby="menus-heading">
          <h2 id="menus-heading">Menus</h2>
          {handles.length === 0 ? <p>No menus yet.</p> : null}
          <ul className="menu-list">
            {handles.map((handle) => (
              <li key={handle}>
                <button
                  type="button"
                  aria-current={handle === current ? 'true' : undefined}
                  onClick={() => setSelected(handle)}
                >
                  {handle}
                  {loaded.some((m) => m.handle === handle) ? '' : ' (not saved yet)'}
                </button>
              </li>
            ))}
          </ul>
          {site.canWrite ? (
            <form aria-label="New menu" onSubmit={create}>
              <Field
                label="New menu handle"
                name="handle"
                required
                maxLength={40}
                help="How blocks name the menu, e.g. main, footer or legal: lowercase letters, digits and dashes."
                error={handleError}
              />
              <button type="submit">Create menu</button>
            </form>
          ) : null}
        </section>
        {current ? (
          <MenuLoader
            key={current}
            siteId={site.id}
            handle={current}
            canWrite={site.canWrite}
            onSaved={() => void reload()}
            onDeleted={() => {
              setCreated(created.filter((h) => h !== current));
              setSelected(null);
              void reload();
            }}
          />
        ) : null}
      </div>
    </main>
  );
}

/** Loads one menu (none yet: an empty one at version 0) and edits it. */
function MenuLoader({
  siteId,
  handle,
  canWrite,
  onSaved,
  onDeleted,
}: {
  siteId: string;
  handle: string;
  canWrite: boolean;
  onSaved(): void;
  onDeleted(): void;
}) {
  const { session } = useApp();
  const fetchMenu = useCallback(async (): Promise<Stored<EditedItem[]>> => {
    const { menu } = await session.execute(SiteMenuQuery, { siteId, handle });
    return menu ? storedOf(menu) : { value: [], version: 0, updatedAt: null };
  }, [session, siteId, handle]);
  const { data: start, error, reload } = useLoad(fetchMenu);
  if (error) return <RetryError error={error} onRetry={() => void reload()} />;
  if (!start) return <Loading what={`the menu “${handle}”`} />;
  return (
    <MenuEditor
      siteId={siteId}
      handle={handle}
      start={start}
      canWrite={canWrite}
      latest={fetchMenu}
      onSaved={onSaved}
      onDeleted={onDeleted}
    />
  );
}

const OPPOSITE: Record<Move, Move> = { up: 'down', down: 'up', indent: 'outdent', outdent: 'indent' };

interface Focus {
  key: string;
  action: Move | 'label';
}

function MenuEditor({
  siteId,
  handle,
  start,
  canWrite,
  latest,
  onSaved,
  onDeleted,
}: {
  siteId: string;
  handle: string;
  start: Stored<EditedItem[]>;
  canWrite: boolean;
  latest(): Promise<Stored<EditedItem[]>>;
  onSaved(): void;
  /** The menu is gone (deleted, or dropped before its first save). */
  onDeleted(): void;
}) {
  const { session } = useApp();
  const { pages } = usePages(siteId);
  const [problem, setProblem] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [picking, setPicking] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const edit = useVersioned<EditedItem[]>(start, {
    what: `The menu “${handle}”`,
    same: sameItems,
    save: async (items, expected) => {
      const { saveMenu } = await session.execute(SaveMenuMutation, {
        siteId,
        handle,
        items: toInput(items),
        expectedVersion: expected,
      });
      return storedOf(saveMenu);
    },
    latest,
  });
  const items = edit.value;

  // Focus follows the item that moved (or was added): the same control, else the opposite move
  // (after an indent the item can be outdented), else its label.
  useEffect(() => {
    if (!focus || !list.current) return;
    const row = list.current.querySelector(`[data-item="${focus.key}"]`);
    const enabled = (action: string) => {
      const control = row?.querySelector<HTMLButtonElement | HTMLInputElement>(`[data-action="${action}"]`);
      return control && !control.disabled ? control : null;
    };
    const opposite = focus.action === 'label' ? 'label' : OPPOSITE[focus.action];
    (enabled(focus.action) ?? enabled(opposite) ?? row?.querySelector('input'))?.focus();
    setFocus(null);
  }, [focus]);

  const change = (next: EditedItem[]) => {
    edit.setValue(next);
    setInvalid([]);
    setProblem(null);
  };
  const moveItem = (key: string, how: Move) => {
    change(move(items, key, how));
    setFocus({ key, action: how });
  };
  const addItem = () => {
    const key = newKey();
    change([...items, { key, label: '', href: '', link: null, children: [] }]);
    setFocus({ key, action: 'label' });
  };

  const save = async () => {
    const missingLabel = unlabelled(items);
    const missingLink = unlinked(items);
    if (missingLabel.length || missingLink.length) {
      setInvalid([...missingLabel, ...missingLink]);
      setProblem(
        missingLabel.length
          ? 'Every link needs a label: fill in the marked ones.'
          : 'Choose where each marked link goes.',
      );
      return;
    }
    if (await edit.save()) onSaved();
  };
  useSaveShortcut(() => void save(), canWrite);

  const deleteMenu = async () => {
    setDeleting(true);
    try {
      // A menu never saved exists only here: nothing to ask the server.
      if (edit.stored.version > 0) {
        await session.execute(DeleteMenuMutation, { siteId, handle, expectedVersion: edit.stored.version });
      }
      edit.restart({ value: [], version: 0, updatedAt: null });
      toast(`Menu “${handle}” deleted`);
      onDeleted();
    } catch (err) {
      toast(
        err instanceof ApiError && err.code === 'CONFLICT'
          ? `Not deleted: someone changed the menu “${handle}” meanwhile. Reload to see their version.`
          : `Not deleted: ${messageOf(err)}`,
        { kind: 'error' },
      );
    } finally {
      setDeleting(false);
      setConfirmDelete(false);
    }
  };

  const onDrop = (before: string | null) => (event: DragEvent) => {
    event.preventDefault();
    const key = dragged ?? event.dataTransfer?.getData('text/plain');
    setDragged(null);
    if (key) change(moveBefore(items, key, before));
  };

  const picked = picking ? findItem(items, picking) : null;

  const renderItems = (level: readonly EditedItem[], depth: number) => (
    <ol className="menu-items" aria-label={depth === 0 ? `Links of the menu ${handle}` : undefined}>
      {level.map((item) => (
        <ItemRow
          key={item.key}
          item={item}
          moves={movesOf(items, item.key)}
          canWrite={canWrite}
          invalid={invalid.includes(item.key)}
          linkText={describeLink(item, pages)}
          onLabel={(label) => change(update(items, item.key, { label }))}
          onPick={() => setPicking(item.key)}
          onMove={(how) => moveItem(item.key, how)}
          onRemove={() => change(remove(items, item.key))}
          onDragStart={(event) => {
            // Some drags (synthetic ones) come without a data transfer; the key is kept in state too.
            event.dataTransfer?.setData('text/plain', item.key);
            if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
            setDragged(item.key);
          }}
          onDragEnd={() => setDragged(null)}
          onDrop={onDrop(item.key)}
        >
          {item.children.length ? renderItems(item.children, depth + 1) : null}
        </ItemRow>
      ))}
    </ol>
  );

  return (
    <section aria-labelledby="menu-heading" className="menu-editor">
      <h2 id="menu-heading">Menu “{handle}”</h2>
      {edit.conflict ? (
        <ConflictDialog
          what="menu"
          describe={describeItems}
          mine={edit.conflict.mine}
          theirs={{
            tree: edit.conflict.theirs.value,
            version: edit.conflict.theirs.version,
            updatedAt: edit.conflict.theirs.updatedAt ?? new Date().toISOString(),
          }}
          onKeepMine={edit.keepMine}
          onTakeTheirs={edit.takeTheirs}
        />
      ) : null}
      <p id="menu-help" className="field-help">
        Drag a link by its handle, or use its buttons: Move up and Move down reorder, Indent puts a link under
        the one above it (three levels at most), Outdent takes it back out.
      </p>
      <ErrorMessage>{problem ?? (edit.error ? messageOf(edit.error) : undefined)}</ErrorMessage>
      <div ref={list}>
        {items.length === 0 ? <p>No links yet.</p> : renderItems(items, 0)}
        {dragged ? (
          <p className="menu-drop-end" onDragOver={(e) => e.preventDefault()} onDrop={onDrop(null)}>
            Drop here to move it to the end
          </p>
        ) : null}
      </div>
      <div className="structure-actions">
        {canWrite ? (
          <>
            <button type="button" onClick={addItem}>
              Add a link
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void save()}
              disabled={edit.state === 'saving'}
              aria-keyshortcuts="Control+S Meta+S"
            >
              Save menu
            </button>
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete menu
            </button>
          </>
        ) : null}
        <span role="status" aria-live="polite" className={`save-status save-${edit.state}`}>
          {editStateText(edit.state, edit.stored.version)}
        </span>
      </div>
      {confirmDelete ? (
        <ConfirmDialog
          title={`Delete the menu “${handle}”?`}
          confirmLabel="Delete menu"
          busy={deleting}
          onConfirm={() => void deleteMenu()}
          onCancel={() => setConfirmDelete(false)}
        >
          <p>
            Blocks that show it (the site header, footer columns) show no links until a menu “{handle}” is
            saved again.
          </p>
        </ConfirmDialog>
      ) : null}
      {picked ? (
        <LinkPickerDialog
          current={picked.href}
          siteId={siteId}
          onClose={() => setPicking(null)}
          onPick={(href, target) => {
            change(
              update(items, picked.key, { href, link: menuLinkOf(target?.target ?? null, target?.pageId) }),
            );
            setPicking(null);
          }}
        />
      ) : null}
    </section>
  );
}

function findItem(items: readonly EditedItem[], key: string): EditedItem | null {
  for (const item of items) {
    if (item.key === key) return item;
    const inner = findItem(item.children, key);
    if (inner) return inner;
  }
  return null;
}

function ItemRow({
  item,
  moves,
  canWrite,
  invalid,
  linkText,
  onLabel,
  onPick,
  onMove,
  onRemove,
  onDragStart,
  onDragEnd,
  onDrop,
  children,
}: {
  item: EditedItem;
  moves: Record<Move, boolean>;
  canWrite: boolean;
  invalid: boolean;
  linkText: string;
  onLabel(label: string): void;
  onPick(): void;
  onMove(how: Move): void;
  onRemove(): void;
  onDragStart(event: DragEvent): void;
  onDragEnd(): void;
  onDrop(event: DragEvent): void;
  children: React.ReactNode;
}) {
  const id = useId();
  const name = item.label.trim() || 'this link';
  const moveButton = (how: Move, text: string, label: string) => (
    <button
      type="button"
      data-action={how}
      disabled={!moves[how]}
      aria-label={label}
      onClick={() => onMove(how)}
    >
      {text}
    </button>
  );
  return (
    <li data-item={item.key}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; by keyboard the Move buttons do the same. */}
      <div className="menu-item" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        {canWrite ? (
          <span
            className="drag-handle"
            draggable
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            title="Drag to move"
            aria-hidden="true"
          >
            ⠿
          </span>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-label`}>Label</label>
          <input
            id={`${id}-label`}
            data-action="label"
            value={item.label}
            maxLength={100}
            readOnly={!canWrite}
            aria-invalid={invalid && !item.label.trim() ? true : undefined}
            aria-describedby={`${id}-label-help`}
            onChange={(e) => onLabel(e.currentTarget.value)}
          />
          <p id={`${id}-label-help`} className="field-help">
            The words visitors see in the menu.
          </p>
        </div>
        <div className="field">
          <p className={item.href || item.link ? 'picker-chosen' : 'picker-none'}>
            Link to: {item.href || item.link ? linkText : 'no link yet'}
          </p>
          <p id={`${id}-link-help`} className="field-help">
            A page of this site, a product, a collection, a store page or a web address.
          </p>
          {canWrite ? (
            <button
              type="button"
              onClick={onPick}
              aria-invalid={invalid && !(item.href || item.link) ? true : undefined}
              aria-describedby={`${id}-link-help`}
              aria-label={`${item.href || item.link ? 'Change link' : 'Choose link'} for “${name}”`}
            >
              {item.href || item.link ? 'Change link' : 'Choose link'}
            </button>
          ) : null}
        </div>
        {canWrite ? (
          <fieldset className="menu-item-actions">
            <legend className="visually-hidden">Move or remove “{name}”</legend>
            {moveButton('up', 'Move up', `Move up “${name}”`)}
            {moveButton('down', 'Move down', `Move down “${name}”`)}
            {moveButton('indent', 'Indent', `Indent “${name}”`)}
            {moveButton('outdent', 'Outdent', `Outdent “${name}”`)}
            <button type="button" className="danger" onClick={onRemove} aria-label={`Remove “${name}”`}>
              Remove
            </button>
          </fieldset>
        ) : null}
      </div>
      {children}
    </li>
  );
}
