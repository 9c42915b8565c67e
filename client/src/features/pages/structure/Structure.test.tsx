/**
 * Component tests (happy-dom) of the header & footer and page-type template screens (the page
 * editor's Puck set-up): saving sends the group or template with the version edited, Reset goes
 * back to the theme default; the templates list says which are customised; and the blocks that
 * name a menu offer the site's menus in a select instead of a typed handle.
 */
import type { Field } from '@puckeditor/core';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Answers,
  button,
  click,
  container,
  mount,
  outlastPuckTimers,
  render,
  withScreenRoot,
} from '../../../screen-testing.js';
import { until } from '../../../testing.js';
import { currentToasts, dismissToast, Toasts, toastTimings } from '../../../toasts.js';
import { withPickerFields } from '../editor/pickers/fields.js';
import { EditingSiteContext, MenuField } from '../editor/pickers/MenuPicker.js';
import PageTypes from './PageTypes.js';
import SiteLayout from './SiteLayout.js';

withScreenRoot();
outlastPuckTimers();
toastTimings.successMs = null;
toastTimings.withActionMs = null;
afterEach(() =>
  act(() => {
    for (const t of currentToasts()) dismissToast(t.id);
  }),
);

const SITES = {
  data: {
    sites: {
      edges: [{ node: { id: 's1', name: 'Acme', pages: { edges: [{ node: { id: 'p1', path: '/' } }] } } }],
    },
  },
};
const HEADER = [{ type: 'SiteHeader', props: { menu: 'main', showSearch: true, showCart: true } }];
const LAYOUT = {
  siteId: 's1',
  version: 0,
  updatedAt: null,
  header: { content: HEADER, isDefault: true },
  footer: { content: [], isDefault: true },
};
const base = (extra: Answers): Answers => ({
  structureSite: () => SITES,
  permissionsOnSite: () => ({ data: { me: { permissionsOnSite: ['content:read', 'content:write'] } } }),
  structureCanvas: () => ({
    data: {
      draftPage: { id: 'p1', canvas: { css: 'body{}', header: '', footer: '' } },
      designTokens: { css: ':root{}', tokens: [] },
    },
  }),
  siteMenus: () => ({ data: { menus: { edges: [] } } }),
  pickerMenus: () => ({
    data: {
      menus: { edges: [{ node: { id: 'm1', handle: 'main' } }, { node: { id: 'm2', handle: 'legal' } }] },
    },
  }),
  ...extra,
});
const ALL = ['content:read', 'content:write'];
const messages = () => currentToasts().map((t) => t.message);
const status = () => container.querySelector('.structure-bar .save-status')?.textContent;

describe('Header & footer', () => {
  it('saves the group edited with the layout version, and resets to the theme default', async () => {
    const { calls } = await mount(
      <>
        <SiteLayout siteId="s1" />
        <Toasts />
      </>,
      ALL,
      base({
        siteLayout: () => ({ data: { siteLayout: LAYOUT } }),
        siteMenus: () => ({
          data: { menus: { edges: [{ node: { id: 'm1', handle: 'main', version: 1 } }] } },
        }),
        siteMenu: () => ({
          data: {
            menu: {
              id: 'm1',
              handle: 'main',
              version: 1,
              updatedAt: '2026-01-01T00:00:00Z',
              items: [{ label: 'Bread', href: '/bread', link: null, children: [] }],
            },
          },
        }),
        saveSiteLayout: () => ({
          data: {
            saveSiteLayout: {
              ...LAYOUT,
              version: 1,
              updatedAt: '2026-01-02T00:00:00Z',
              header: { content: HEADER, isDefault: false },
            },
          },
        }),
        resetSiteLayout: () => ({ data: { resetSiteLayout: LAYOUT } }),
      }),
    );
    await until(() => status() === 'Theme default', 'the header editor');
    // The header block draws the site's own menu on the canvas.
    const frame = () => container.querySelector<HTMLIFrameElement>('#preview-frame')?.contentDocument;
    await until(() => frame()?.body.textContent?.includes('Bread') ?? false, 'the menu on the canvas');
    expect(button('Reset to theme default').disabled).toBe(true);
    // Ctrl+S saves whatever is there (here: the default, now customised).
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true }));
    });
    await until(() => messages().includes('Header saved'), 'the saved toast');
    const save = calls.find((c) => c.name === 'saveSiteLayout')!;
    expect(save.variables).toMatchObject({
      siteId: 's1',
      expectedVersion: 0,
      input: { header: { content: [{ type: 'SiteHeader' }] } },
    });
    expect(status()).toBe('Saved (version 1)');

    await click(button('Reset to theme default'));
    await click(container.querySelector<HTMLButtonElement>('.dialog button.danger')!);
    await until(() => messages().includes('Header: back to the theme default'), 'the reset toast');
    expect(calls.find((c) => c.name === 'resetSiteLayout')!.variables).toEqual({
      siteId: 's1',
      expectedVersion: 1,
    });
    expect(status()).toBe('Theme default');
  });
});

describe('Templates', () => {
  const PRODUCT = {
    siteId: 's1',
    pageType: 'PRODUCT',
    tree: { root: { props: {} }, content: [{ type: 'ProductDetail', props: {} }] },
    isDefault: false,
    version: 4,
    updatedAt: '2026-01-02T00:00:00Z',
  };
  const CART = { ...PRODUCT, pageType: 'CART', isDefault: true, version: 0, updatedAt: null };
  const answers = base({
    pageTypeTemplates: () => ({ data: { pageTypeTemplates: [PRODUCT, CART] } }),
    savePageTypeTemplate: (v) => ({
      data: { savePageTypeTemplate: { ...PRODUCT, tree: (v.input as { tree: unknown }).tree, version: 5 } },
    }),
    resetPageTypeTemplate: () => ({
      data: { resetPageTypeTemplate: { ...PRODUCT, isDefault: true, version: 0, updatedAt: null } },
    }),
  });

  it('lists each page type as customised or the theme default', async () => {
    await mount(<PageTypes siteId="s1" pageType={null} />, ALL, answers);
    await until(() => container.querySelector('tbody') !== null, 'the list');
    const rows = [...container.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('Product page');
    expect(rows[0]).toContain('Customised');
    expect(rows[1]).toContain('Theme default');
    expect(container.querySelector('a[href="/editor/sites/s1/templates/cart"]')).not.toBeNull();
  });

  it('opens one in the editor with sample data, saves it with its version and resets it', async () => {
    const { calls } = await mount(
      <>
        <PageTypes siteId="s1" pageType="product" />
        <Toasts />
      </>,
      ALL,
      answers,
    );
    await until(() => status() === 'Saved (version 4)', 'the template editor');
    const frame = () => container.querySelector<HTMLIFrameElement>('#preview-frame')?.contentDocument;
    // The product block draws the sample product, as the storefront draws a real one.
    await until(() => frame()?.body.textContent?.includes('Product title') ?? false, 'the sample product');

    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true }));
    });
    await until(() => messages().includes('Product page template saved'), 'the saved toast');
    expect(calls.find((c) => c.name === 'savePageTypeTemplate')!.variables).toMatchObject({
      input: {
        siteId: 's1',
        pageType: 'PRODUCT',
        expectedVersion: 4,
        tree: { content: [{ type: 'ProductDetail' }] },
      },
    });

    await click(button('Reset to theme default'));
    await click(container.querySelector<HTMLButtonElement>('.dialog button.danger')!);
    await until(() => status() === 'Theme default', 'the reset');
    expect(calls.find((c) => c.name === 'resetPageTypeTemplate')!.variables).toEqual({
      siteId: 's1',
      pageType: 'PRODUCT',
      expectedVersion: 5,
    });
  });
});

describe('Template conflict', () => {
  it('keeps the work on a CONFLICT and continues from the other version when chosen', async () => {
    const PRODUCT = {
      siteId: 's1',
      pageType: 'PRODUCT',
      tree: { root: { props: {} }, content: [{ type: 'ProductDetail', props: {} }] },
      isDefault: false,
      version: 4,
      updatedAt: '2026-01-02T00:00:00Z',
    };
    const THEIRS = {
      ...PRODUCT,
      version: 5,
      tree: {
        root: { props: {} },
        content: [{ type: 'Heading', props: { text: 'Theirs', level: 2 } }, ...PRODUCT.tree.content],
      },
    };
    const { calls } = await mount(
      <>
        <PageTypes siteId="s1" pageType="product" />
        <Toasts />
      </>,
      ALL,
      base({
        pageTypeTemplates: (_v, call) => ({ data: { pageTypeTemplates: [call === 1 ? PRODUCT : THEIRS] } }),
        savePageTypeTemplate: () => ({
          errors: [{ message: 'changed', extensions: { code: 'CONFLICT' } }],
          data: null,
        }),
      }),
    );
    await until(() => status() === 'Saved (version 4)', 'the template editor');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true }));
    });
    await until(
      () =>
        container.textContent?.includes('This product page template was changed by someone else') ?? false,
      'the conflict',
    );
    expect(calls.filter((c) => c.name === 'savePageTypeTemplate')).toHaveLength(1);
    await click(button('Use version 5'));
    expect(status()).toBe('Saved (version 5)');
  });
});

describe('Menu select', () => {
  it('replaces the typed menu handle of the header and footer blocks', () => {
    const fields = withPickerFields({
      menu: { type: 'text', label: 'Menu' },
      legalMenu: { type: 'text', label: 'Legal links menu' },
      heading: { type: 'text', label: 'Heading' },
    } as Record<string, Field>);
    expect(fields.menu?.type).toBe('custom');
    expect(fields.legalMenu?.type).toBe('custom');
    expect(fields.heading?.type).toBe('text');
  });

  it('offers the editing site’s menus, and keeps a stored handle the site has no menu for', async () => {
    let chosen = '';
    await mount(
      <EditingSiteContext.Provider value="s1">
        <MenuField label="Menu" value="footer" onChange={(v) => (chosen = v)} />
      </EditingSiteContext.Provider>,
      ALL,
      base({}),
    );
    const select = container.querySelector('select')!;
    await until(() => !select.disabled, 'the menus');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'footer (no such menu yet)',
      'main',
      'legal',
    ]);
    await act(async () => {
      select.value = 'legal';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(chosen).toBe('legal');
    expect(container.querySelector('a[href="/editor/sites/s1/navigation"]')).not.toBeNull();
    await render(null);
  });
});
