/**
 * Humane fields and the canvas, without a browser (happy-dom): every prop of every block has a
 * label and help text in words (never a prop name, token reference or id), token references are
 * chosen from the theme's tokens by name, every block is valid the moment it is inserted, a block
 * that cannot be saved says which field needs what, and the canvas offers phone, tablet and desktop.
 */
import type { Field } from '@puckeditor/core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { components } from '../../../../../templates/components/index.js';
import { click, container, mount, outlastPuckTimers, withScreenRoot } from '../../../screen-testing.js';
import { until } from '../../../testing.js';
import { CANVAS_EDITOR_CSS, CanvasFrame, VIEWPORTS } from './canvas.js';
import { editorConfig } from './editor-config.js';
import { describeTreeError, fieldProblems } from './field-errors.js';
import PageEditor from './PageEditor.js';
import { type ThemeToken, TokenPicker, tokenName, tokensOfKind } from './theme-tokens.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const THEME: ThemeToken[] = [
  { path: 'color.background.default', type: 'color', cssVariable: '--wh-color-background-default' },
  { path: 'color.brand.primary', type: 'color', cssVariable: '--wh-color-brand-primary' },
  { path: 'color.neutral.50', type: 'color', cssVariable: '--wh-color-neutral-50' },
  { path: 'color.text.inverse', type: 'color', cssVariable: '--wh-color-text-inverse' },
  { path: 'font.size.md', type: 'dimension', cssVariable: '--wh-font-size-md' },
  { path: 'spacing.12', type: 'dimension', cssVariable: '--wh-spacing-12' },
  { path: 'spacing.2', type: 'dimension', cssVariable: '--wh-spacing-2' },
  { path: 'spacing.0', type: 'dimension', cssVariable: '--wh-spacing-0' },
  { path: 'typography.heading-h2', type: 'typography', cssVariable: '--wh-typography-heading-h2' },
];

/** Developer words an owner must never read: prop names, token references, ids, scale numbers. */
const DEVELOPER_WORDS =
  /\{[a-z]|\}|asset id|\bid\b|\b(cta|href|slug|assetId|productIds|foreground|locale|spacing\.\d+|variant)\b/i;

type Walked = { path: string; field: Field };

/** Every field of a fields map, object and array fields included, with its path. */
function walk(fields: Record<string, Field>, prefix = ''): Walked[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const own = [{ path, field }];
    if (field.type === 'object') return [...own, ...walk(field.objectFields, `${path}.`)];
    if (field.type === 'array') return [...own, ...walk(field.arrayFields, `${path}[].`)];
    return own;
  });
}

const helpOf = (field: Field) => (field.metadata as { help?: string } | undefined)?.help;

describe('labels and help for every prop of every block', () => {
  const library = Object.entries(components).flatMap(([name, definition]) =>
    walk(definition.fields as Record<string, Field>).map((w) => ({ block: name, ...w })),
  );

  it('gives every field of every block a label and help text in words', () => {
    expect(library.length).toBeGreaterThan(60);
    const missing = library
      .filter(({ field }) => field.type !== 'slot')
      .filter(({ field }) => !field.label || !helpOf(field))
      .map(({ block, path }) => `${block}.${path}`);
    expect(missing).toEqual([]);
    const developer = library
      .flatMap(({ block, path, field }) => {
        const options =
          field.type === 'select' || field.type === 'radio' ? field.options.map((o) => o.label) : [];
        return [field.label ?? '', helpOf(field) ?? '', ...options].map((text) => ({
          at: `${block}.${path}`,
          text,
        }));
      })
      .filter(({ text }) => DEVELOPER_WORDS.test(text));
    expect(developer).toEqual([]);
  });

  it('never shows a token reference in a text box: every token prop is a token picker in the editor', () => {
    const config = editorConfig({ tokens: THEME });
    const shownAsText = Object.entries(config.components).flatMap(([name, component]) =>
      walk((component.fields ?? {}) as Record<string, Field>)
        .filter(({ path, field }) => {
          const value = (component.defaultProps as Record<string, unknown> | undefined)?.[path];
          return (
            (field.type === 'text' || field.type === 'textarea') &&
            typeof value === 'string' &&
            /^\{[a-z][^{}]*\}$/.test(value)
          );
        })
        .map(({ path }) => `${name}.${path}`),
    );
    expect(shownAsText).toEqual([]);
    const hero = config.components.Hero?.fields as Record<string, Field>;
    expect(hero.background).toMatchObject({ type: 'custom', label: 'Background colour' });
    expect(hero.foreground).toMatchObject({ type: 'custom', label: 'Text colour' });
  });

  it('edits headings, text, buttons and rich text on the canvas', () => {
    const inline = Object.entries(components).flatMap(([name, definition]) =>
      walk(definition.fields as Record<string, Field>)
        .filter(({ field }) => 'contentEditable' in field && field.contentEditable)
        .map(({ path }) => `${name}.${path}`),
    );
    expect(inline).toEqual(
      expect.arrayContaining(['Heading.text', 'Text.text', 'RichText.html', 'Button.label', 'Hero.title']),
    );
  });
});

describe('every block valid on insert', () => {
  it('inserts every block with defaults the save accepts, placeholders filled with the page’s names', () => {
    const config = editorConfig({ tokens: THEME, placeholders: { siteName: 'Pia Pots', pageTitle: 'Home' } });
    const invalid = Object.entries(config.components).flatMap(([name, component]) => {
      const problems = fieldProblems(name, { ...(component.defaultProps ?? {}) });
      return [...problems].map(([field, words]) => `${name}.${field} ${words}`);
    });
    expect(invalid).toEqual([]);
    expect(config.components.Hero?.defaultProps).toMatchObject({ title: 'Home' });
    expect(config.components.Header?.defaultProps).toMatchObject({ siteName: 'Pia Pots' });
    expect(JSON.stringify(Object.values(config.components).map((c) => c.defaultProps))).not.toContain('{{');
  });

  it('adds list items that are valid too (links, columns)', () => {
    const lists = Object.entries(components).flatMap(([name, definition]) =>
      walk(definition.fields as Record<string, Field>)
        .filter(({ field }) => field.type === 'array')
        .map(({ path, field }) => ({ name, path, field: field as Extract<Field, { type: 'array' }> })),
    );
    for (const { name, path, field } of lists) {
      if (path.includes('.')) continue;
      const item =
        typeof field.defaultItemProps === 'function' ? field.defaultItemProps(0) : field.defaultItemProps;
      expect(item, `${name}.${path} adds a filled item`).toBeDefined();
      const defaults = (components as Record<string, { defaultProps: Record<string, unknown> }>)[name]!
        .defaultProps;
      const problems = fieldProblems(name, { ...defaults, [path]: [item] });
      expect([...problems.keys()], `${name}.${path}`).toEqual([]);
    }
  });
});

describe('what a block needs before it can be saved, in words', () => {
  it('names the field and what it needs, never a path or a reference', () => {
    expect(
      fieldProblems('Button', { label: 'Go', href: 'javascript:alert(1)', variant: 'primary' }).get('href'),
    ).toBe('links must be http(s) or start with /');
    expect(fieldProblems('Hero', { title: 'x'.repeat(201), background: '{oops' })).toEqual(
      new Map([
        ['title', 'is too long: at most 200 characters'],
        ['background', 'needs one of your theme’s choices'],
      ]),
    );
    expect(fieldProblems('Image', { assetId: '', alt: '', width: 0, height: 800 }).get('width')).toBe(
      'needs a number of at least 1',
    );
    expect(fieldProblems('Heading', { text: 'Hi', level: 9 }).get('level')).toBe(
      'needs a number of at most 6',
    );
    expect(fieldProblems('Button', { label: 'Go', href: '/', variant: 'loud' }).get('variant')).toBe(
      'needs one of the choices',
    );
    expect(fieldProblems('ProductGrid', { collection: 'Not A Slug' }).get('collection')).toBe(
      'needs a collection chosen from the list',
    );
    const tree = {
      root: { props: {} },
      content: [{ type: 'Hero', props: { title: 'Hi', background: '{x' } }],
    };
    expect(
      describeTreeError(
        'tree.content[0].props.background: Use a design token reference such as {color.brand.primary}',
        tree,
      ),
    ).toBe('Hero (1st block on the page): “Background colour” needs one of your theme’s choices');
  });
});

describe('token pickers', () => {
  let container: HTMLDivElement | undefined;
  afterEach(() => container?.remove());

  it('names the theme’s tokens by what they are for, the spacing scale in order', () => {
    expect(tokensOfKind(THEME, 'color').map((t) => tokenName(t.path, THEME))).toEqual([
      'Brand',
      'Page background',
      'Light text',
      'Grey 50',
    ]);
    expect(tokensOfKind(THEME, 'spacing').map((t) => tokenName(t.path, THEME))).toEqual([
      'None',
      'Tiny',
      'Extra small',
    ]);
    expect(tokenName('typography.heading-h2')).toBe('Heading 2');
  });

  it('offers colour swatches by name and stores the token chosen, showing no reference', async () => {
    const el = document.createElement('div');
    container = el;
    document.body.append(el);
    const root = createRoot(el);
    const chosen: string[] = [];
    let value = '{color.brand.primary}';
    const draw = () =>
      root.render(
        <TokenPicker
          kind="color"
          label="Background colour"
          value={value}
          tokens={THEME}
          onChange={(v) => {
            chosen.push(v);
            value = v;
            draw();
          }}
        />,
      );
    await act(async () => draw());
    const group = el.querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).toBe('Background colour');
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual([
      'Brand',
      'Page background',
      'Light text',
      'Grey 50',
    ]);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false, false]);
    const swatch = el.querySelector<HTMLElement>('.token-swatch')!;
    expect(swatch.getAttribute('style')).toContain('var(--wh-color-brand-primary)');
    expect(el.textContent).toContain('Chosen: Brand');
    await act(async () => radios[2]!.click());
    expect(chosen).toEqual(['{color.text.inverse}']);
    expect(el.textContent).toContain('Chosen: Light text');
    // A token the theme no longer has is named as such, not shown as its reference.
    value = '{color.gone}';
    await act(async () => draw());
    expect(el.textContent).toContain('The chosen colour is no longer in your theme');
    expect(el.textContent).not.toMatch(/[{}]/);
    await act(async () => root.unmount());
  });
});

describe('the canvas', () => {
  it('offers a phone, a tablet and a desktop viewport, phone first at 390 pixels', () => {
    expect(VIEWPORTS.map((v) => [v.label, v.width])).toEqual([
      ['Phone', 390],
      ['Tablet', 768],
      ['Desktop', 1440],
    ]);
  });

  it('puts the live page’s stylesheet into the canvas document, and draws the site’s header and footer around the content', async () => {
    const frame = document.implementation.createHTMLDocument('canvas');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <CanvasFrame document={frame} css=":root{--wh-color-brand-primary:#c2185b}">
          <p>content</p>
        </CanvasFrame>,
      ),
    );
    const style = frame.head.querySelector('style[data-webhaze="canvas"]')!;
    expect(style.textContent).toContain('--wh-color-brand-primary:#c2185b');
    expect(style.textContent).toContain(CANVAS_EDITOR_CSS);
    // Nothing of the editor's own document reaches the canvas, nor the canvas's the editor.
    expect(document.head.querySelector('style[data-webhaze="canvas"]')).toBeNull();
    // Ctrl+S during an inline edit reaches the editor's save shortcut outside the iframe.
    const saves: string[] = [];
    const onKey = (event: KeyboardEvent) => saves.push(`${event.ctrlKey ? 'ctrl+' : ''}${event.key}`);
    window.addEventListener('keydown', onKey);
    const typed = new KeyboardEvent('keydown', { key: 's', ctrlKey: true, cancelable: true });
    frame.dispatchEvent(typed);
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 's' }));
    window.removeEventListener('keydown', onKey);
    expect(saves).toEqual(['ctrl+s']);
    expect(typed.defaultPrevented).toBe(true);
    await act(async () => root.unmount());
    expect(frame.head.querySelector('style[data-webhaze="canvas"]')).toBeNull();

    const config = editorConfig({
      tokens: THEME,
      groups: {
        header: '<header class="wh-site-header">Pia Pots</header>',
        footer: '<footer class="wh-site-footer">©</footer>',
      },
    });
    const Root = config.root!.render!;
    const page = createRoot(container);
    await act(async () =>
      page.render(
        // biome-ignore lint/suspicious/noExplicitAny: Puck's root render props beyond children are not used here.
        <Root {...({ children: <h1>Welcome</h1> } as any)} />,
      ),
    );
    const [header, main, footer] = [...container.children];
    expect(header!.querySelector('.wh-site-header')!.textContent).toBe('Pia Pots');
    expect(header!.hasAttribute('inert')).toBe(true);
    expect(main!.outerHTML).toBe('<main id="main"><h1>Welcome</h1></main>');
    expect(footer!.querySelector('.wh-site-footer')).not.toBeNull();
    await act(async () => page.unmount());
    container.remove();
  });
});

describe('the page editor with its canvas (Puck in happy-dom)', () => {
  withScreenRoot();
  outlastPuckTimers();
  const PAGE = {
    id: 'p1',
    path: '/',
    title: 'Home',
    status: 'DRAFT',
    tree: {
      root: { props: {} },
      content: [
        { type: 'Hero', props: { id: 'hero1', title: 'Pia Pots', background: '{color.brand.primary}' } },
      ],
    },
    version: 1,
    updatedAt: '2026-01-01T00:00:00Z',
    publishedAt: null,
    templateId: null,
    seoTitle: null,
    seoDescription: null,
    ogImageAssetId: null,
    site: { id: 's1', name: 'Pia Pots' },
    canvas: {
      css: ':root{--wh-color-brand-primary:#c2185b}\n.wh-button{border-radius:6px}',
      header: '<header class="wh-site-header">Pia Pots header</header>',
      footer: '<footer class="wh-site-footer">Pia Pots footer</footer>',
    },
  };
  const theme = { css: ':root{--wh-color-brand-primary:#c2185b}', tokens: THEME };

  it('draws the live stylesheet and the site’s groups in the canvas, switches to the phone viewport and offers swatches', async () => {
    await mount(<PageEditor id="p1" />, ['content:read', 'content:write'], {
      draftPage: () => ({ data: { draftPage: PAGE, designTokens: theme, templates: [] } }),
      permissionsOnSite: () => ({ data: { me: { permissionsOnSite: ['content:read', 'content:write'] } } }),
    });
    const frame = container.querySelector<HTMLIFrameElement>('#preview-frame')!;
    const canvasDoc = () => frame.contentDocument!;
    await until(() => Boolean(canvasDoc().querySelector('.wh-hero')), 'the hero on the canvas');
    expect(canvasDoc().head.querySelector('style[data-webhaze="canvas"]')!.textContent).toContain(
      '.wh-button{border-radius:6px}',
    );
    expect(canvasDoc().querySelector('[data-group="header"] .wh-site-header')!.textContent).toBe(
      'Pia Pots header',
    );
    expect(canvasDoc().querySelector('main#main .wh-hero')).not.toBeNull();
    expect(canvasDoc().querySelector('[data-group="footer"] .wh-site-footer')).not.toBeNull();
    // None of the editor's own styles in the canvas.
    expect(
      canvasDoc().querySelectorAll('style:not([data-puck-style-source]):not([data-webhaze])'),
    ).toHaveLength(0);

    // The viewport switcher: desktop 1440 pixels wide, phone 390.
    const canvasRoot = () => container.querySelector<HTMLElement>('#puck-canvas-root')!;
    await click(container.querySelector<HTMLButtonElement>('button[title="Switch to Desktop viewport"]')!);
    await until(() => canvasRoot().style.width === '1440px', 'a 1440 px canvas');
    await click(container.querySelector<HTMLButtonElement>('button[title="Switch to Phone viewport"]')!);
    await until(() => canvasRoot().style.width === '390px', 'a 390 px canvas');

    // Selecting the hero shows its colours as the theme's swatches, by name.
    await click(canvasDoc().querySelector<HTMLElement>('[data-puck-component]')!);
    await until(
      () => container.querySelector('[role="radiogroup"][aria-label="Background colour"]') !== null,
      'swatches',
    );
    const group = container.querySelector('[role="radiogroup"][aria-label="Background colour"]')!;
    expect(group.querySelector<HTMLInputElement>('input:checked')!.closest('label')!.textContent).toBe(
      'Brand',
    );
    expect(container.textContent).toContain('One of your theme’s colours.');
    expect(container.textContent).not.toContain('{color.');
  });
});
