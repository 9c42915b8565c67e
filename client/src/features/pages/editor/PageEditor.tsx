/**
 * The visual page editor (loaded lazily: Puck and the component library are a separate chunk).
 * Puck runs on `puckConfig()`, the components the server renders with, in Puck's iframe: the canvas
 * gets the live page's stylesheet (tokens, font faces, component styles) and the site's header and
 * footer from `Page.canvas`, and none of the editor's own styles, so it shows what visitors will get
 * at the chosen viewport. Headings, text, buttons and rich text are edited on the canvas too.
 * Drafts autosave (3 s after the last change) with optimistic concurrency: a CONFLICT opens the
 * dialog that shows both versions. Publish is shown only with content:publish on the page's site.
 */
import { type Data, Puck } from '@puckeditor/core';
import '@puckeditor/core/no-external.css';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import type { DraftPageQuery } from '../../../gql/graphql.js';
import { Link } from '../../../router.js';
import { ErrorMessage, Loading } from '../../../ui.js';
import { ConflictDialog } from './Conflict.js';
import { CanvasFrame, VIEWPORTS } from './canvas.js';
import { editorConfig } from './editor-config.js';
import { describeTreeError } from './field-errors.js';
import { fieldTypeOverrides } from './field-notes.js';
import { History } from './History.js';
import {
  DraftPageQuery as DraftPage,
  PermissionsOnSiteQuery,
  PublishPageMutation,
  SavePageMutation,
} from './operations.js';
import { preloadTree } from './pickers/load.js';
import { sameTree, withIds } from './tree.js';

const AUTOSAVE_MS = 3000;

type Loaded = NonNullable<DraftPageQuery['draftPage']>;
type Status = 'saved' | 'dirty' | 'saving' | 'publishing' | 'published' | 'error';

interface Conflict {
  mine: Data;
  theirs: { tree: unknown; version: number; updatedAt: string };
}

/**
 * Adds the theme's token custom properties (`:root { --wh-… }`, nothing else) to the editor's
 * document while it is open: the token pickers draw their swatches with them.
 */
function useTokenProperties(css: string | null) {
  useEffect(() => {
    if (css === null) return;
    const style = document.createElement('style');
    style.dataset.webhaze = 'tokens';
    style.textContent = css;
    document.head.append(style);
    return () => style.remove();
  }, [css]);
}

export default function PageEditor({ id }: { id: string }) {
  const { session } = useApp();
  const [page, setPage] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [theme, setTheme] = useState<DraftPageQuery['designTokens'] | null>(null);
  const [permissions, setPermissions] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>('saved');
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [revision, setRevision] = useState(0);
  const [initial, setInitial] = useState<Data | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  // Bumped on every change, so the autosave timer restarts: it runs a few seconds after the last one.
  const [edits, setEdits] = useState(0);
  // Latest values for the callbacks Puck holds on to.
  const current = useRef<Data | null>(null);
  const saved = useRef<Data | null>(null);
  const version = useRef(0);
  const busy = useRef(false);

  useTokenProperties(theme?.css ?? null);
  const canvas = page?.canvas ?? null;
  // Built once the page is in: the token pickers offer its theme, new blocks get its names.
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt per page and theme, not per save (page changes with every restore).
  const config = useMemo(
    () =>
      editorConfig({
        tokens: theme?.tokens ?? [],
        placeholders: page ? { siteName: page.site.name, pageTitle: page.title } : undefined,
        groups: canvas ? { header: canvas.header, footer: canvas.footer } : undefined,
      }),
    [theme, page?.id, canvas],
  );

  const start = useCallback((loaded: Loaded) => {
    const data = withIds(loaded.tree) as unknown as Data;
    setPage(loaded);
    setInitial(data);
    current.current = data;
    saved.current = data;
    version.current = loaded.version;
    // Published and nothing saved since: the draft is what visitors see.
    const live =
      loaded.status === 'PUBLISHED' &&
      loaded.publishedAt !== null &&
      loaded.publishedAt !== undefined &&
      Date.parse(loaded.publishedAt) >= Date.parse(loaded.updatedAt);
    setStatus(live ? 'published' : 'saved');
    setRevision((r) => r + 1);
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const data = await session.execute(DraftPage, { id });
        if (!live) return;
        if (!data.draftPage) {
          setLoadError(new ApiError('This page does not exist (or not in this workspace)', 'NOT_FOUND'));
          return;
        }
        const template = data.templates.find((t) => t.id === data.draftPage?.templateId);
        setTheme(template?.previewTokens ?? data.designTokens);
        start(data.draftPage);
        // The pickers' thumbnails, filenames and product cards for what the page already names.
        preloadTree(session, data.draftPage.tree).catch(() => {});
        const perms = await session.execute(PermissionsOnSiteQuery, { siteId: data.draftPage.site.id });
        if (live) setPermissions(perms.me?.permissionsOnSite ?? []);
      } catch (err) {
        if (live) setLoadError(err);
      }
    })();
    return () => {
      live = false;
    };
  }, [id, session, start]);

  /** Saves `data` as the next version after `expected`; opens the conflict dialog on CONFLICT. */
  const save = useCallback(
    async (data: Data, expected: number): Promise<boolean> => {
      if (!page || busy.current) return false;
      busy.current = true;
      setStatus('saving');
      setError(null);
      try {
        const { savePage } = await session.execute(SavePageMutation, {
          input: { id: page.id, path: page.path, title: page.title, tree: data, expectedVersion: expected },
        });
        version.current = savePage.version;
        saved.current = data;
        setStatus(sameTree(current.current, data) ? 'saved' : 'dirty');
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.code === 'CONFLICT') {
          const latest = await session.execute(DraftPage, { id: page.id });
          if (latest.draftPage) {
            setConflict({
              mine: data,
              theirs: {
                tree: latest.draftPage.tree,
                version: latest.draftPage.version,
                updatedAt: latest.draftPage.updatedAt,
              },
            });
          }
        } else setError(err);
        setStatus('error');
        return false;
      } finally {
        busy.current = false;
      }
    },
    [page, session],
  );

  // Autosave: a few seconds after the last change, unless a conflict waits for a decision.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `edits` is there to restart the timer on each change.
  useEffect(() => {
    if (status !== 'dirty' || conflict) return;
    const timer = setTimeout(() => {
      if (current.current) void save(current.current, version.current);
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [status, conflict, save, edits]);

  // Leaving with unsaved changes asks first (the autosave may not have run yet).
  useEffect(() => {
    if (status !== 'dirty' && status !== 'saving') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status]);

  const onChange = useCallback((data: Data) => {
    current.current = data;
    if (!sameTree(data, saved.current)) {
      setStatus('dirty');
      setEdits((n) => n + 1);
    }
  }, []);

  const saveNow = async () => {
    if (current.current) await save(current.current, version.current);
  };

  const publish = async () => {
    if (!page || !current.current) return;
    if (!sameTree(current.current, saved.current) && !(await save(current.current, version.current))) return;
    setStatus('publishing');
    try {
      const { publishPage } = await session.execute(PublishPageMutation, {
        id: page.id,
        expectedVersion: version.current,
      });
      version.current = publishPage.version;
      setStatus('published');
    } catch (err) {
      setError(err);
      setStatus('error');
    }
  };

  // One component for the page's canvas: a new one per render would remount the whole canvas (and
  // lose the caret of an inline edit) on every keystroke.
  const canvasCss = canvas?.css ?? '';
  const canvasFrame = useCallback(
    ({ children, document: frame }: { children: ReactNode; document?: Document }) => (
      <CanvasFrame document={frame} css={canvasCss}>
        {children}
      </CanvasFrame>
    ),
    [canvasCss],
  );

  if (loadError) {
    return (
      <main>
        <ErrorMessage>{messageOf(loadError)}</ErrorMessage>
        <Link to="/">Back to sites</Link>
      </main>
    );
  }
  if (!page || !initial) return <Loading what="the page" />;

  const canPublish = permissions.includes('content:publish');
  const canWrite = permissions.includes('content:write');
  const statusText: Record<Status, string> = {
    saved: `Draft saved (version ${version.current})`,
    dirty: 'Unsaved changes',
    saving: 'Saving…',
    publishing: 'Publishing…',
    published: `Published (version ${version.current})`,
    error: 'Not saved',
  };

  return (
    <div className="page-editor">
      <ErrorMessage>{error ? describeTreeError(messageOf(error), current.current) : undefined}</ErrorMessage>
      {conflict ? (
        <ConflictDialog
          mine={conflict.mine}
          theirs={conflict.theirs}
          onKeepMine={() => {
            const mine = conflict.mine;
            setConflict(null);
            void save(mine, conflict.theirs.version);
          }}
          onTakeTheirs={() => {
            const theirs = conflict.theirs;
            setConflict(null);
            start({ ...page, tree: theirs.tree, version: theirs.version, updatedAt: theirs.updatedAt });
          }}
        />
      ) : null}
      {historyOpen ? (
        <History
          pageId={page.id}
          version={version.current}
          dirty={status === 'dirty' || status === 'saving'}
          canWrite={canWrite}
          canPublish={canPublish}
          onClose={() => setHistoryOpen(false)}
          onRestored={(restored) => start({ ...page, ...restored })}
        />
      ) : null}
      <Puck
        key={revision}
        config={config}
        data={initial}
        onChange={onChange}
        iframe={{ enabled: true, syncHostStyles: false }}
        viewports={VIEWPORTS}
        headerTitle={page.title}
        headerPath={page.path}
        permissions={{
          edit: canWrite,
          insert: canWrite,
          delete: canWrite,
          drag: canWrite,
          duplicate: canWrite,
        }}
        overrides={{
          fieldTypes: fieldTypeOverrides,
          iframe: canvasFrame,
          headerActions: () => (
            <div className="editor-actions">
              <span role="status" className="save-status">
                {statusText[status]}
              </span>
              {canWrite ? (
                <button type="button" onClick={() => void saveNow()} disabled={status === 'saving'}>
                  Save draft
                </button>
              ) : null}
              {canPublish ? (
                <button type="button" onClick={() => void publish()} disabled={status === 'publishing'}>
                  Publish
                </button>
              ) : null}
              <button type="button" aria-expanded={historyOpen} onClick={() => setHistoryOpen(!historyOpen)}>
                History
              </button>
              <Link to="/">Close</Link>
            </div>
          ),
        }}
      />
    </div>
  );
}
