/**
 * The visual page editor (loaded lazily: Puck and the component library are a separate chunk).
 * Puck runs on `puckConfig()`, the components the server renders with, in Puck's iframe: the canvas
 * gets the live page's stylesheet (tokens, font faces, component styles) and the site's header and
 * footer from `Page.canvas`, and none of the editor's own styles, so it shows what visitors will get
 * at the chosen viewport. Headings, text, buttons and rich text are edited on the canvas too.
 * Drafts autosave (3 s after the last change) with optimistic concurrency: a CONFLICT opens the
 * dialog that shows both versions. Publish is shown only with content:publish on the page's site.
 * Work is never dropped silently (ADR 0053): Ctrl/Cmd+S saves, leaving with unsaved changes asks
 * first, a failed save keeps the draft and says why, and outcomes are announced as toasts.
 */
import type { Data } from '@puckeditor/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import type { DraftPageQuery } from '../../../gql/graphql.js';
import { Link, navigate } from '../../../router.js';
import { toast } from '../../../toasts.js';
import { ErrorMessage, Loading } from '../../../ui.js';
import { useUnsavedGuard } from '../../../unsaved.js';
import { RestorePageMutation } from '../operations.js';
import { ConflictDialog } from './Conflict.js';
import { EditorPuck } from './EditorPuck.js';
import { editorConfig } from './editor-config.js';
import { describeTreeError } from './field-errors.js';
import { History } from './History.js';
import {
  CreatePreviewLinkMutation,
  DeletePageMutation,
  DraftPageQuery as DraftPage,
  PermissionsOnSiteQuery,
  PublishPageMutation,
  SavePageMutation,
  UnpublishPageMutation,
} from './operations.js';
import { PageHeader, type SaveState, SaveStateBar } from './PageHeader.js';
import { type PageMeta, PageSettings } from './PageSettings.js';
import { duplicatePage, freeHomePath } from './page-actions.js';
import { preloadTree } from './pickers/load.js';
import { useTokenProperties } from './theme-tokens.js';
import { sameTree, withIds } from './tree.js';

const AUTOSAVE_MS = 3000;

type Loaded = NonNullable<DraftPageQuery['draftPage']>;
type Status = SaveState;

const metaOf = (page: Loaded): PageMeta => ({
  title: page.title,
  path: page.path,
  seoTitle: page.seoTitle ?? null,
  seoDescription: page.seoDescription ?? null,
  ogImageAssetId: page.ogImageAssetId ?? null,
});

interface Conflict {
  mine: Data;
  theirs: { tree: unknown; version: number; updatedAt: string };
}

export default function PageEditor({ id }: { id: string }) {
  const { session, viewer } = useApp();
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
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Bumped on every change, so the autosave timer restarts: it runs a few seconds after the last one.
  const [edits, setEdits] = useState(0);
  // Latest values for the callbacks Puck holds on to.
  const current = useRef<Data | null>(null);
  const saved = useRef<Data | null>(null);
  const version = useRef(0);
  const busy = useRef(false);
  const lastSaveError = useRef<unknown>(null);

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

  /**
   * Saves `data` (and `meta`, else the page's settings) as the next version after `expected`;
   * opens the conflict dialog on CONFLICT. A refused save keeps the draft and says why.
   */
  const save = useCallback(
    async (data: Data, expected: number, meta?: PageMeta): Promise<boolean> => {
      if (!page || busy.current) return false;
      busy.current = true;
      lastSaveError.current = null;
      setStatus('saving');
      setError(null);
      try {
        const { savePage } = await session.execute(SavePageMutation, {
          input: { id: page.id, ...(meta ?? metaOf(page)), tree: data, expectedVersion: expected },
        });
        version.current = savePage.version;
        saved.current = data;
        if (meta) setPage({ ...page, ...savePage });
        setStatus(sameTree(current.current, data) ? 'saved' : 'dirty');
        return true;
      } catch (err) {
        // A version conflict (no field) opens the dialog; a taken path is the settings form's to show.
        if (err instanceof ApiError && err.code === 'CONFLICT' && !err.field) {
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
        } else {
          lastSaveError.current = err;
          setError(err);
          if (!(err instanceof ApiError && err.field)) {
            toast(`Not saved: ${describeTreeError(messageOf(err), data)}. Your changes are still here.`, {
              kind: 'error',
            });
          }
        }
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

  // Leaving with unsaved changes asks first, in the app and in the browser (the autosave may not have run yet).
  const unsaved =
    status === 'dirty' ||
    status === 'saving' ||
    (status === 'error' && !sameTree(current.current, saved.current));
  useUnsavedGuard(unsaved ? 'This page has changes that are not saved yet.' : null);

  const onChange = useCallback((data: Data) => {
    current.current = data;
    if (!sameTree(data, saved.current)) {
      setStatus('dirty');
      setEdits((n) => n + 1);
    }
  }, []);

  const saveNow = async () => {
    if (current.current && (await save(current.current, version.current))) toast('Draft saved');
  };

  /** Saves first when there are unsaved changes; false when that failed. */
  const saveFirst = async () =>
    !current.current || sameTree(current.current, saved.current) || save(current.current, version.current);

  const publish = async () => {
    if (!page || !(await saveFirst())) return;
    setStatus('publishing');
    try {
      const { publishPage } = await session.execute(PublishPageMutation, {
        id: page.id,
        expectedVersion: version.current,
      });
      version.current = publishPage.version;
      setPage({ ...page, status: publishPage.status, publishedAt: publishPage.publishedAt ?? null });
      setStatus('published');
      toast(`Published: “${page.title}” is live`);
    } catch (err) {
      setError(err);
      setStatus('error');
      toast(`Not published: ${messageOf(err)}`, { kind: 'error' });
    }
  };

  /** Runs a page action; a failure is announced in words and shown above the editor. */
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      setError(err);
      toast(`${what} failed: ${messageOf(err)}`, { kind: 'error' });
    }
  };

  const openPreview = () => {
    // Opened at the click, so the browser allows the window; it gets the link once it is made.
    const win = window.open('', '_blank');
    let shown = false;
    return attempt('Preview', async () => {
      if (!page || !(await saveFirst())) return;
      const { createPreviewLink } = await session.execute(CreatePreviewLinkMutation, { pageId: page.id });
      shown = true;
      if (win) {
        win.opener = null;
        win.location.href = createPreviewLink.url;
      } else toast(`Preview link (valid for a day): ${createPreviewLink.url}`);
    }).finally(() => {
      if (!shown) win?.close();
    });
  };

  const unpublish = () =>
    attempt('Unpublish', async () => {
      if (!page) return;
      const { unpublishPage } = await session.execute(UnpublishPageMutation, {
        id: page.id,
        expectedVersion: version.current,
      });
      setPage({ ...page, status: unpublishPage.status, publishedAt: unpublishPage.publishedAt ?? null });
      setStatus(unsaved ? status : 'saved');
      toast(`“${page.title}” is offline: visitors no longer see it`);
    });

  const duplicate = () =>
    attempt('Duplicate', async () => {
      if (!page || !(await saveFirst())) return;
      const copy = await duplicatePage(session, page.id, metaOf(page), current.current ?? page.tree);
      navigate(`/pages/${copy.id}`, false, { unguarded: true });
      toast(`Duplicated as “${copy.title}” (${copy.path})`);
    });

  const remove = () =>
    attempt('Delete', async () => {
      if (!page) return;
      // Unsaved changes are saved first where they can be, so Undo brings them back too.
      await saveFirst();
      const { deletePage } = await session.execute(DeletePageMutation, { id: page.id });
      navigate('/', false, { unguarded: true });
      toast(`“${deletePage.title}” moved to the trash`, {
        action: {
          label: 'Undo',
          run: () =>
            void session.execute(RestorePageMutation, { id: deletePage.id }).then(
              ({ restorePage }) => {
                toast(`“${restorePage.title}” restored`);
                navigate(`/pages/${restorePage.id}`);
              },
              (err: unknown) => toast(`Not restored: ${messageOf(err)}`, { kind: 'error' }),
            ),
        },
      });
    });

  const saveSettings = async (meta: PageMeta): Promise<unknown> => {
    if (!current.current) return null;
    if (await save(current.current, version.current, meta)) {
      toast('Page settings saved');
      return null;
    }
    return (
      lastSaveError.current ?? new ApiError('The settings were not saved: choose a version first', 'CONFLICT')
    );
  };

  const setAsHome = () =>
    attempt('Set as home page', async () => {
      if (!page || !current.current) return;
      const moved = await freeHomePath(session, page.id);
      if (await save(current.current, version.current, { ...metaOf(page), path: '/' })) {
        toast(
          moved
            ? `This is now the home page; “${moved.title}” moved to ${moved.path}`
            : 'This is now the home page',
        );
      }
    });

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
  const liveUrl =
    page.status === 'PUBLISHED' && viewer?.tenant ? `/s/${viewer.tenant.slug}${page.path}` : null;

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
      {settingsOpen ? (
        <PageSettings
          key={`${page.path}|${page.title}`}
          meta={metaOf(page)}
          live={page.status === 'PUBLISHED'}
          canWrite={canWrite}
          onSave={saveSettings}
          onSetHome={() => void setAsHome()}
          onClose={() => setSettingsOpen(false)}
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
      <SaveStateBar
        state={status}
        version={version.current}
        canWrite={canWrite}
        onSave={() => void saveNow()}
      />
      <EditorPuck
        key={revision}
        config={config}
        data={initial}
        onChange={onChange}
        css={canvas?.css ?? ''}
        canWrite={canWrite}
        siteId={page.site.id}
        headerTitle={page.title}
        headerPath={page.path}
        headerActions={() => (
          <PageHeader
            state={status}
            version={version.current}
            canWrite={canWrite}
            canPublish={canPublish}
            liveUrl={liveUrl}
            settingsOpen={settingsOpen}
            historyOpen={historyOpen}
            onSave={() => void saveNow()}
            onPublish={() => void publish()}
            onPreview={() => void openPreview()}
            onToggleSettings={() => {
              setSettingsOpen(!settingsOpen);
              setHistoryOpen(false);
            }}
            onToggleHistory={() => {
              setHistoryOpen(!historyOpen);
              setSettingsOpen(false);
            }}
            onDuplicate={() => void duplicate()}
            onUnpublish={() => void unpublish()}
            onDelete={() => void remove()}
          />
        )}
      />
    </div>
  );
}
