/**
 * Component tests (happy-dom) of the page editor's work safety and page management (ADR 0053):
 * Ctrl+S saves, a failed save keeps the draft and says why in words, unsaved changes are guarded,
 * page settings save with the content, "set as home" moves the old home page, delete goes to the
 * trash with an Undo, and every outcome is a toast.
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigate } from '../../../router.js';
import {
  type Answers,
  button,
  click,
  container,
  mount,
  outlastPuckTimers,
  settle,
  type,
  withScreenRoot,
} from '../../../screen-testing.js';
import { currentToasts, dismissToast, Toasts, toastTimings } from '../../../toasts.js';
import PageEditor from './PageEditor.js';

withScreenRoot();
outlastPuckTimers();
// Notices stay until dismissed here: what a test sees does not depend on how fast it runs.
toastTimings.successMs = null;
toastTimings.withActionMs = null;
afterEach(() =>
  act(() => {
    for (const t of currentToasts()) dismissToast(t.id);
  }),
);

const PAGE = {
  id: 'p1',
  path: '/about',
  title: 'About',
  status: 'PUBLISHED',
  tree: { root: { props: {} }, content: [{ type: 'Heading', props: { id: 'h1', text: 'Hello', level: 1 } }] },
  version: 3,
  updatedAt: '2026-01-01T00:00:00Z',
  publishedAt: '2026-01-01T00:00:00Z',
  templateId: null,
  seoTitle: null,
  seoDescription: null,
  ogImageAssetId: null,
  site: { id: 's1' },
};
const ALL = ['content:read', 'content:write', 'content:publish'];

const editorAnswers = (extra: Answers = {}, pages: Record<string, unknown> = { p1: PAGE }): Answers => ({
  draftPage: (v) => ({
    data: { draftPage: pages[String(v.id)] ?? null, designTokens: { css: ':root{}' }, templates: [] },
  }),
  permissionsOnSite: () => ({ data: { me: { permissionsOnSite: ALL } } }),
  savePage: (v) => ({ data: { savePage: { ...PAGE, ...(v.input as object), version: 4 } } }),
  ...extra,
});

const openEditor = (extra: Answers = {}, pages?: Record<string, unknown>) =>
  mount(
    <>
      <PageEditor id="p1" />
      <Toasts />
    </>,
    ALL,
    editorAnswers(extra, pages),
  );

const messages = () => currentToasts().map((t) => t.message);
const status = () => container.querySelector('.save-status')?.textContent;
const pressCtrlS = () =>
  act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true }));
  });

/** The canvas document: Puck's iframe (ADR 0054). */
const canvas = () => container.querySelector<HTMLIFrameElement>('#preview-frame')?.contentDocument ?? null;

/** Edits the heading's text in Puck's fields panel, as a person would. */
async function editHeading(text: string) {
  const block = canvas()?.querySelector<HTMLElement>('[data-puck-component]');
  if (!block) throw new Error('no block on the canvas');
  await click(block);
  const field = [...container.querySelectorAll<HTMLInputElement>('input')].find((i) => i.value === 'Hello');
  if (!field) throw new Error('no field with the heading text');
  await act(async () => type(field, text));
  await settle();
}

/** Opens the settings panel, fills `values` in by field name and submits; resolves to the form. */
async function submitSettings(values: Record<string, string>) {
  if (!container.querySelector('form[aria-label="Page settings"]')) await click(button('Page settings'));
  const form = container.querySelector<HTMLFormElement>('form[aria-label="Page settings"]')!;
  await act(async () => {
    for (const [name, value] of Object.entries(values)) {
      type(form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!, value);
    }
  });
  await act(async () => form.requestSubmit());
  await settle();
  return form;
}

// Each test mounts the editor (Puck) once and walks through several steps: mounts are the cost.
describe('PageEditor', () => {
  it('saves on Ctrl+S, saves settings, previews, unpublishes, deletes and undoes, each with a toast', async () => {
    const opened = { location: { href: '' }, opener: {} as unknown };
    vi.stubGlobal(
      'open',
      vi.fn(() => opened),
    );
    const { calls } = await openEditor({
      createPreviewLink: () => ({
        data: { createPreviewLink: { url: 'http://x/preview/tok', expiresAt: '2026-01-02T00:00:00Z' } },
      }),
      unpublishPage: () => ({
        data: { unpublishPage: { id: 'p1', version: 4, status: 'DRAFT', publishedAt: null } },
      }),
      deletePage: () => ({
        data: { deletePage: { id: 'p1', title: 'About', deletedAt: '2026-01-02T00:00:00Z' } },
      }),
      restorePage: () => ({ data: { restorePage: { id: 'p1', path: '/about', title: 'About' } } }),
    });
    window.history.replaceState(null, '', '/editor/pages/p1');
    const saves = () =>
      calls.filter((c) => c.name === 'savePage').map((c) => c.variables.input as Record<string, unknown>);

    // The save state is always in the header; Ctrl+S saves and says so.
    expect(status()).toBe('Published (version 3)');
    await pressCtrlS();
    await settle();
    expect(saves()).toHaveLength(1);
    expect(status()).toBe('Draft saved (version 4)');
    expect(container.querySelector('.toasts [aria-live="polite"]')?.textContent).toContain('Draft saved');

    // Settings are saved with the content; a live page's old address redirects.
    await click(button('Page settings'));
    expect(container.textContent).toContain('visitors of its old address are sent to the new one');
    await submitSettings({ path: '/about-us', seoDescription: 'Who we are' });
    expect(saves().at(-1)).toMatchObject({
      id: 'p1',
      path: '/about-us',
      title: 'About',
      seoDescription: 'Who we are',
    });
    expect(saves().at(-1)?.tree).toMatchObject({ content: [{ type: 'Heading' }] });
    expect(messages()).toContain('Page settings saved');

    // Preview opens a fresh link; View live leads to the live page until it is unpublished.
    const liveLink = () => [...container.querySelectorAll('a')].find((a) => a.textContent === 'View live');
    expect(liveLink()?.getAttribute('href')).toBe('/s/acme/about-us');
    await click(button('Preview'));
    await settle();
    expect(opened.location.href).toBe('http://x/preview/tok');
    expect(opened.opener).toBeNull();
    await click(button('Unpublish'));
    await settle();
    expect(liveLink()).toBeUndefined();
    expect(messages()).toContain('“About” is offline: visitors no longer see it');

    // Delete goes to the trash; Undo restores and comes back.
    act(() => {
      for (const t of currentToasts()) dismissToast(t.id);
    });
    await click(button('Delete page'));
    await settle();
    expect(calls.filter((c) => c.name === 'deletePage')).toHaveLength(1);
    expect(window.location.pathname).toBe('/editor/');
    expect(messages()).toEqual(['“About” moved to the trash']);
    await click(button('Undo'));
    await settle();
    expect(calls.filter((c) => c.name === 'restorePage').map((c) => c.variables)).toEqual([{ id: 'p1' }]);
    expect(messages()).toEqual(['“About” restored']);
    expect(window.location.pathname).toBe('/editor/pages/p1');
  });

  it('keeps the draft when a save fails and says why in words: at the block, in a toast, at the field', async () => {
    const refusals = [
      {
        message: 'tree.content[0].props.text: Required',
        extensions: { code: 'BAD_USER_INPUT', field: 'tree' },
      },
      { message: 'The server is busy', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      {
        message: 'Another page already uses the path /contact',
        extensions: { code: 'CONFLICT', field: 'path' },
      },
    ];
    await openEditor({ savePage: (_, n) => ({ errors: [refusals[n - 1]] }) });
    await pressCtrlS();
    await settle();
    expect(status()).toBe('Not saved: your changes are kept here');
    const said = container.querySelector('.page-editor > [role="alert"]')?.textContent ?? '';
    expect(said).toMatch(/Heading \(1st block on the page\)/);
    expect(said).not.toContain('tree.content');
    expect(canvas()?.body.textContent).toContain('Hello');

    await pressCtrlS();
    await settle();
    expect(container.querySelector('.toasts-failed [role="alert"]')?.textContent).toContain(
      'Not saved: The server is busy. Your changes are still here.',
    );

    // A taken path is no version conflict: no dialog, the words at the field.
    const form = await submitSettings({ path: '/contact' });
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(form.querySelector('.field-error')?.textContent).toBe(
      'Another page already uses the path /contact',
    );
  });

  it('asks before leaving with unsaved changes; sets the page as home, moving the old home page', async () => {
    const home = { ...PAGE, id: 'p0', path: '/', title: 'Welcome home', version: 7 };
    const { calls } = await openEditor(
      {
        sitePagePaths: () => ({
          data: {
            draftPage: {
              id: 'p1',
              site: {
                id: 's1',
                pages: { edges: [home, PAGE].map(({ id, path, title }) => ({ node: { id, path, title } })) },
              },
            },
          },
        }),
      },
      { p1: PAGE, p0: home },
    );
    await editHeading('Hello there');
    expect(status()).toBe('Unsaved changes: saving soon');
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    await act(async () => navigate('/'));
    expect(confirm).toHaveBeenCalledOnce();
    expect(window.location.pathname).toBe('/editor/');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await click(button('Page settings'));
    await click(button('Set as home page'));
    await settle();
    const saves = calls
      .filter((c) => c.name === 'savePage')
      .map((c) => c.variables.input as Record<string, unknown>);
    expect(saves.map((s) => [s.id, s.path, s.expectedVersion])).toEqual([
      ['p0', '/welcome-home', 7],
      ['p1', '/', 3],
    ]);
    expect(saves[1]?.tree).toMatchObject({ content: [{ props: { text: 'Hello there' } }] });
    expect(messages()).toContain('This is now the home page; “Welcome home” moved to /welcome-home');
    // Saved: leaving asks no more.
    confirm.mockClear();
    await act(async () => navigate('/media'));
    expect(confirm).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/editor/media');
  });
});
