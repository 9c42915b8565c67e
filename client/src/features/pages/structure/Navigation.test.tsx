/**
 * Component tests (happy-dom) of the navigation screen: a menu's items edited (label, link from the
 * picker as a link by reference), reordered and nested by keyboard with focus kept on the moved
 * item, saved with the version edited, and a CONFLICT offering both versions without losing work.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Answers,
  button,
  click,
  container,
  input,
  mount,
  settle,
  type,
  withScreenRoot,
} from '../../../screen-testing.js';
import { until } from '../../../testing.js';
import { currentToasts, dismissToast, Toasts, toastTimings } from '../../../toasts.js';
import Navigation from './Navigation.js';

withScreenRoot();
toastTimings.successMs = null;
toastTimings.withActionMs = null;
afterEach(() =>
  act(() => {
    for (const t of currentToasts()) dismissToast(t.id);
  }),
);

const item = (label: string, href: string, children: unknown[] = []) => ({
  label,
  href,
  link: null,
  children,
});
const MAIN = {
  id: 'm1',
  handle: 'main',
  version: 2,
  updatedAt: '2026-01-01T00:00:00Z',
  items: [item('Shop', '/shop'), item('About', '/about'), item('Contact', '/contact')],
};
const SITES = {
  data: {
    sites: {
      edges: [
        {
          node: {
            id: 's1',
            name: 'Acme',
            pages: {
              edges: [
                { node: { id: 'p1', path: '/', title: 'Home' } },
                { node: { id: 'p2', path: '/faq', title: 'FAQ' } },
              ],
            },
          },
        },
      ],
    },
  },
};

const answers = (extra: Answers = {}): Answers => ({
  structureSite: () => SITES,
  pickerPages: () => SITES,
  permissionsOnSite: () => ({ data: { me: { permissionsOnSite: ['content:read', 'content:write'] } } }),
  siteMenus: () => ({
    data: { menus: { edges: [{ node: { id: 'm1', handle: 'main', version: MAIN.version } }] } },
  }),
  siteMenu: (v) => ({ data: { menu: v.handle === 'main' ? MAIN : null } }),
  ...extra,
});

const open = (extra?: Answers) =>
  mount(
    <>
      <Navigation siteId="s1" />
      <Toasts />
    </>,
    ['content:read', 'content:write'],
    answers(extra),
  );

const labels = () =>
  [...container.querySelectorAll<HTMLInputElement>('.menu-items input')].map((i) => i.value);
const byLabel = (text: string) => container.querySelector<HTMLButtonElement>(`button[aria-label="${text}"]`)!;
const messages = () => currentToasts().map((t) => t.message);

describe('Navigation', () => {
  it('reorders and nests by keyboard, keeping focus on the moved item, and saves with the version', async () => {
    const { calls } = await open({
      saveMenu: (v) => ({ data: { saveMenu: { ...MAIN, version: 3, items: v.items } } }),
    });
    expect(labels()).toEqual(['Shop', 'About', 'Contact']);
    expect(byLabel('Move up “Shop”').disabled).toBe(true);
    expect(byLabel('Outdent “Shop”').disabled).toBe(true);

    await click(byLabel('Move up “Contact”'));
    expect(labels()).toEqual(['Shop', 'Contact', 'About']);
    expect(document.activeElement).toBe(byLabel('Move up “Contact”'));

    await click(byLabel('Indent “Contact”'));
    expect(container.querySelector('[data-item] [data-item] input')).toHaveProperty('value', 'Contact');
    expect(document.activeElement).toBe(byLabel('Outdent “Contact”'));
    expect(container.querySelector('.save-status')?.textContent).toBe('Unsaved changes');

    await click(button('Save menu'));
    const save = calls.find((c) => c.name === 'saveMenu')!;
    expect(save.variables).toMatchObject({
      siteId: 's1',
      handle: 'main',
      expectedVersion: 2,
      items: [
        { label: 'Shop', href: '/shop', children: [{ label: 'Contact', href: '/contact', children: [] }] },
        { label: 'About', href: '/about', children: [] },
      ],
    });
    await until(() => messages().includes('The menu “main” saved'), 'the saved toast');
  });

  it('moves an item by dragging its handle onto another item or to the end', async () => {
    await open();
    const drag = async (from: string, to: () => HTMLElement) => {
      const handle = container
        .querySelector(`[data-item] input[value="${from}"]`)!
        .closest('li')!
        .querySelector('.drag-handle')!;
      await act(async () => {
        handle.dispatchEvent(new Event('dragstart', { bubbles: true }));
      });
      await act(async () => {
        to().dispatchEvent(new Event('drop', { bubbles: true, cancelable: true }));
      });
    };
    const row = (label: string) =>
      container.querySelector(`input[value="${label}"]`)!.closest('.menu-item') as HTMLElement;
    await drag('Contact', () => row('Shop'));
    expect(labels()).toEqual(['Contact', 'Shop', 'About']);
    // While dragging, a drop zone after the last item takes it to the end.
    await drag('Contact', () => container.querySelector<HTMLElement>('.menu-drop-end')!);
    // Back in the stored order: nothing to save.
    expect(labels()).toEqual(['Shop', 'About', 'Contact']);
    expect(container.querySelector('.save-status')?.textContent).toBe('Saved (version 2)');
  });

  it('adds a link whose target comes from the picker (a page by id) and refuses an unlabelled one', async () => {
    const { calls } = await open({
      saveMenu: (v) => ({ data: { saveMenu: { ...MAIN, version: 3, items: v.items } } }),
    });
    await click(button('Add a link'));
    await click(button('Save menu'));
    expect(container.textContent).toContain('Every link needs a label');
    expect(calls.some((c) => c.name === 'saveMenu')).toBe(false);

    const inputs = container.querySelectorAll<HTMLInputElement>('.menu-items input');
    const added = inputs[inputs.length - 1]!;
    expect(document.activeElement).toBe(added);
    type(added, 'FAQ');
    await settle();
    await click(byLabel('Choose link for “FAQ”'));
    await until(() => document.body.textContent?.includes('/faq') ?? false, 'the pages');
    const faq = [...document.querySelectorAll<HTMLButtonElement>('.picker-row')].find((b) =>
      b.textContent?.includes('FAQ'),
    )!;
    await click(faq);
    expect(container.textContent).toContain('Link to: Page: FAQ');

    await click(button('Save menu'));
    const items = calls.find((c) => c.name === 'saveMenu')!.variables.items as unknown[];
    expect(items.at(-1)).toEqual({ label: 'FAQ', link: { kind: 'PAGE', pageId: 'p2' }, children: [] });
  });

  it('on a CONFLICT keeps the work and saves it over the newer version when asked', async () => {
    let saves = 0;
    const { calls } = await open({
      saveMenu: (v) => {
        saves += 1;
        return saves === 1
          ? { errors: [{ message: 'The menu was changed', extensions: { code: 'CONFLICT' } }], data: null }
          : { data: { saveMenu: { ...MAIN, version: 6, items: v.items } } };
      },
      siteMenu: (_v, call) => ({
        data: { menu: call === 1 ? MAIN : { ...MAIN, version: 5, items: [item('Sale', '/sale')] } },
      }),
    });
    await click(byLabel('Remove “About”'));
    await click(button('Save menu'));
    await until(
      () => container.textContent?.includes('This menu was changed by someone else') ?? false,
      'the conflict',
    );
    expect(container.textContent).toContain('Sale → /sale');
    expect(labels()).toEqual(['Shop', 'Contact']);

    await click(button('Keep my version'));
    const last = calls.filter((c) => c.name === 'saveMenu').at(-1)!;
    expect(last.variables.expectedVersion).toBe(5);
    await until(() => messages().includes('The menu “main” saved'), 'the saved toast');
  });

  it('deletes a menu with its version after asking', async () => {
    let deleted = false;
    const { calls } = await open({
      deleteMenu: () => {
        deleted = true;
        return { data: { deleteMenu: true } };
      },
      siteMenus: () => ({
        data: { menus: { edges: deleted ? [] : [{ node: { id: 'm1', handle: 'main', version: 2 } }] } },
      }),
    });
    await click(button('Delete menu'));
    expect(container.textContent).toContain('Delete the menu “main”?');
    await click(container.querySelector<HTMLButtonElement>('.dialog button.danger')!);
    expect(calls.find((c) => c.name === 'deleteMenu')!.variables).toEqual({
      siteId: 's1',
      handle: 'main',
      expectedVersion: 2,
    });
    await until(() => container.textContent?.includes('No menus yet.') ?? false, 'the emptied list');
    expect(messages()).toContain('Menu “main” deleted');
  });

  it('creates a menu by handle and says what is wrong with a bad one', async () => {
    await open();
    type(input('New menu handle'), 'Footer Links');
    await act(async () =>
      container.querySelector<HTMLFormElement>('form[aria-label="New menu"]')!.requestSubmit(),
    );
    expect(container.textContent).toContain('Lowercase letters, digits and dashes');
    type(input('New menu handle'), 'footer');
    await act(async () =>
      container.querySelector<HTMLFormElement>('form[aria-label="New menu"]')!.requestSubmit(),
    );
    expect(container.querySelector('h2#menu-heading')?.textContent).toBe('Menu “footer”');
    expect(container.textContent).toContain('footer (not saved yet)');
    expect(container.textContent).toContain('No links yet.');
  });
});
