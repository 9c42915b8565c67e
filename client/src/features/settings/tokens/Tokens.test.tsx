/**
 * Component tests (happy-dom) of the design tokens screen: colours, type scale, spacing, radius and
 * fonts saved over the stored override with its version, the live preview, regions, server errors
 * at the token path they name, and no save for a role without settings:write.
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppContext, type AppState } from '../../../app-context.js';
import {
  type Answers,
  button,
  choose,
  click,
  container,
  forbidden,
  gateway,
  input,
  memoryStore,
  mount,
  remount,
  render,
  settle,
  submit,
  type,
  viewer,
  withScreenRoot,
} from '../../../screen-testing.js';
import { Session } from '../../../session.js';
import { currentToasts } from '../../../toasts.js';
import { mayLeave } from '../../../unsaved.js';
import { PREVIEW_DELAY_MS, parseFaceWeight, Tokens } from './Tokens.js';
import { codecs, cssValueOf, fontFacesIn, withFontFaces } from './token-values.js';

withScreenRoot();

/** The theme draft state: no drafts, `versions` published (newest first), one live page. */
const themeState = (drafts: unknown[] = [], versions = [2, 1]) => ({
  data: {
    tokenDrafts: drafts,
    themeVersions: {
      edges: versions.map((version) => ({
        node: {
          version,
          publishedAt: '2026-12-01T10:00:00.000Z',
          publishedBy: 'user:u1',
          restoredFrom: null,
        },
      })),
    },
    sites: {
      edges: [
        {
          node: {
            id: 's1',
            name: 'Shop',
            pages: {
              edges: [
                { node: { id: 'p1', title: 'Home', path: '/', status: 'PUBLISHED' } },
                { node: { id: 'p2', title: 'Soon', path: '/soon', status: 'DRAFT' } },
              ],
            },
          },
        },
      ],
    },
  },
});

describe('Tokens', () => {
  const tokensAnswer = () => ({
    data: {
      tenantTokenOverrides: [
        { scope: 'tenant', region: null, version: 3, document: { spacing: { 4: { $value: '1rem' } } } },
      ],
      regions: [],
      designTokens: {
        tokens: [
          {
            path: 'color.brand.primary',
            type: 'color',
            cssVariable: '--wh-color-brand-primary',
            value: { colorSpace: 'srgb', components: [0.1137, 0.3059, 0.8471], hex: '#1d4ed8' },
          },
          {
            path: 'color.brand.secondary',
            type: 'color',
            cssVariable: '--wh-color-brand-secondary',
            value: { colorSpace: 'srgb', components: [0, 0, 0] },
          },
        ],
      },
    },
  });

  async function renderTokens(permissions: string[], answers: Parameters<typeof gateway>[0]) {
    const { calls, fetchImpl } = gateway({
      tokensEditor: tokensAnswer,
      themeDraftState: () => themeState(),
      fontAssets: () => ({ data: { assets: { edges: [] } } }),
      ...answers,
    });
    const session = new Session(memoryStore(), fetchImpl);
    session.adopt({ accessToken: 'a', expiresAt: new Date(Date.now() + 900_000).toISOString() }, 'acme');
    const state: AppState = { session, viewer: viewer(permissions), reload: async () => {} };
    await render(
      <AppContext.Provider value={state}>
        <Tokens />
      </AppContext.Provider>,
    );
    await settle();
    return calls;
  }

  it('saves the picked primary colour over the stored override with its version', async () => {
    const calls = await renderTokens(['settings:read', 'settings:write'], {
      saveTokenDraft: (v) => ({
        data: { saveTokenDraft: { scope: 'tenant', region: null, version: 1, document: v.document } },
      }),
    });
    const hex = input('Hex value of primary colour');
    expect(hex.value).toBe('#1d4ed8');
    type(hex, '#ff0000');
    await act(async () => container.querySelector('form')!.requestSubmit());
    await settle();
    const save = calls.find((c) => c.name === 'saveTokenDraft')!;
    expect(save.variables).toEqual({
      region: null,
      expectedVersion: 0,
      document: {
        spacing: { 4: { $value: '1rem' } },
        color: {
          brand: { primary: { $value: { colorSpace: 'srgb', components: [1, 0, 0], hex: '#ff0000' } } },
        },
      },
    });
    expect(save.headers).toMatchObject({ authorization: 'Bearer a', 'x-tenant': 'acme' });
    expect(container.textContent).toContain('Draft saved');
  });

  it("shows the server's error at the token path it names", async () => {
    await renderTokens(['settings:read', 'settings:write'], {
      saveTokenDraft: () => ({
        errors: [
          {
            message: 'color.brand.primary: contrast too low',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'document',
              path: 'color.brand.primary',
              problems: [
                { path: 'color.brand.primary', message: 'contrast too low', kind: 'x', layer: 'tenant' },
              ],
            },
          },
        ],
      }),
    });
    type(input('Hex value of primary colour'), '#fefefe');
    await act(async () => container.querySelector('form')!.requestSubmit());
    await settle();
    const hex = input('Hex value of primary colour');
    expect(hex.getAttribute('aria-invalid')).toBe('true');
    const describedBy = document.getElementById(hex.getAttribute('aria-describedby')!);
    expect(describedBy?.textContent).toBe('contrast too low');
  });

  it('offers no save to a role without settings:write', async () => {
    await renderTokens(['settings:read'], {});
    expect(container.querySelector('button[type="submit"]')).toBeNull();
    expect(input('Hex value of primary colour').disabled).toBe(true);
  });
});

describe('Tokens (type scale, spacing, radius, fonts, regions)', () => {
  const token = (path: string, type: string, value: unknown) => ({
    path,
    type,
    value,
    cssVariable: `--wh-${path.replaceAll('.', '-')}`,
  });
  const tokens = [
    token('color.brand.primary', 'color', { colorSpace: 'srgb', components: [0, 0, 1], hex: '#0000ff' }),
    token('color.brand.secondary', 'color', { colorSpace: 'srgb', components: [1, 0, 0], hex: '#ff0000' }),
    token('font.family.body', 'fontFamily', ['Inter', 'system-ui', 'sans-serif']),
    token('font.line-height.normal', 'number', 1.5),
    token('font.size.md', 'dimension', { value: 1, unit: 'rem' }),
    token('font.weight.bold', 'fontWeight', 700),
    token('radius.md', 'dimension', { value: 0.375, unit: 'rem' }),
    token('spacing.4', 'dimension', { value: 1, unit: 'rem' }),
    token('typography.body', 'typography', {}),
  ];
  const overrides = [
    {
      scope: 'tenant',
      region: null,
      version: 2,
      document: { spacing: { 4: { $value: { value: 2, unit: 'rem' } } } },
    },
    { scope: 'region:eu', region: 'eu', version: 5, document: {} },
  ];
  const answers = (extra: Answers = {}): Answers => ({
    themeDraftState: () => themeState(),
    tokensEditor: () => ({
      data: {
        tenantTokenOverrides: overrides,
        designTokens: { tokens },
        regions: [{ code: 'eu', isDefault: true }],
      },
    }),
    fontAssets: () => ({
      data: {
        assets: {
          edges: [
            { node: { id: 'f1', filename: 'brand.woff2', status: 'READY', private: false } },
            { node: { id: 'f2', filename: 'draft.woff2', status: 'PENDING', private: false } },
          ],
        },
      },
    }),
    ...extra,
  });

  it('edits the type scale, spacing and radius with an instant preview, over the stored override', async () => {
    const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
      ...answers(),
      saveTokenDraft: (v) => ({
        data: { saveTokenDraft: { scope: 'tenant', region: null, version: 1, document: v.document } },
      }),
    });
    expect(input('spacing.4').value).toBe('2rem');
    expect(input('font.size.md').value).toBe('1rem');
    type(input('font.size.md'), '18px');
    type(input('radius.md'), '1rem');
    type(input('font.weight.bold'), 'extra-bold');
    type(input('font.line-height.normal'), '1.6');
    const preview = container.querySelector<HTMLElement>('[aria-label="Preview"] div')!;
    expect(preview.style.fontSize).toBe('18px');
    expect(preview.style.lineHeight).toBe('1.6');
    expect(container.querySelector<HTMLElement>('.preview-button')!.style.borderRadius).toBe('1rem');
    await submit(container.querySelector('form'));
    expect(calls.find((c) => c.name === 'saveTokenDraft')!.variables).toEqual({
      region: null,
      expectedVersion: 0,
      document: {
        spacing: { 4: { $value: { value: 2, unit: 'rem' } } },
        font: {
          size: { md: { $value: { value: 18, unit: 'px' } } },
          weight: { bold: { $value: 'extra-bold' } },
          'line-height': { normal: { $value: 1.6 } },
        },
        radius: { md: { $value: { value: 1, unit: 'rem' } } },
      },
    });
  });

  describe('live preview through the server resolver', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    /** Lets the debounce run out (fake timers) and the answer arrive. */
    const wait = async (ms: number) => {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
    };
    const resolved = (overrides: Record<string, unknown>) =>
      tokens.map((t) => (t.path in overrides ? { ...t, value: overrides[t.path] } : t));

    it('previews the unsaved document as the server resolves it, aliases included, debounced', async () => {
      const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
        ...answers(),
        previewDesignTokens: () => ({
          data: {
            previewDesignTokens: {
              css: ':root {}',
              tokens: resolved({
                // The server resolved {spacing.4} over the stored override (2rem) and the colour alias.
                'radius.md': { value: 2, unit: 'rem' },
                'color.brand.primary': { colorSpace: 'srgb', components: [1, 0, 0], hex: '#ff0000' },
              }),
            },
          },
        }),
        saveTokenDraft: forbidden('a save'),
      });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      type(input('radius.md'), '{spacing');
      await wait(100);
      type(input('radius.md'), '{spacing.4}');
      type(input('Hex value of primary colour'), '{color.brand.secondary}');
      const button = container.querySelector<HTMLElement>('.preview-button')!;
      // Before the server answers, the alias cannot be shown: the stored resolution stays.
      expect(button.style.borderRadius).toBe('0.375rem');
      await wait(PREVIEW_DELAY_MS - 1);
      expect(calls.filter((c) => c.name === 'previewDesignTokens')).toHaveLength(0);
      await wait(1);
      const previews = calls.filter((c) => c.name === 'previewDesignTokens');
      expect(previews).toHaveLength(1); // one request for the whole burst of typing
      expect(previews[0]!.variables).toEqual({
        region: null,
        document: {
          spacing: { 4: { $value: { value: 2, unit: 'rem' } } },
          radius: { md: { $value: '{spacing.4}' } },
          color: { brand: { primary: { $value: '{color.brand.secondary}' } } },
        },
      });
      expect(button.style.borderRadius).toBe('2rem');
      expect(button.style.background).toBe('#ff0000');
      expect(container.querySelector<HTMLElement>('.preview-link')!.style.color).toBe('#ff0000');
      expect(input('Hex value of primary colour').getAttribute('aria-invalid')).toBeNull();
      expect(container.querySelector('[aria-label="Preview"]')!.textContent).toContain(
        'Resolved by the server',
      );
      expect(button.textContent).toBe('Primary button');
      expect(calls.some((c) => c.name === 'saveTokenDraft')).toBe(false);
    });

    it('shows the problems the server finds at their token path before saving, and clears them when fixed', async () => {
      let cyclic = true;
      const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
        ...answers(),
        previewDesignTokens: () =>
          cyclic
            ? {
                errors: [
                  {
                    message:
                      'color.brand.primary: alias cycle {color.brand.primary} → {color.brand.secondary} → {color.brand.primary}',
                    extensions: {
                      code: 'BAD_USER_INPUT',
                      path: 'color.brand.primary',
                      problems: [
                        {
                          path: 'color.brand.primary',
                          message:
                            'color.brand.primary: alias cycle {color.brand.primary} → {color.brand.secondary} → {color.brand.primary}',
                        },
                      ],
                    },
                  },
                ],
              }
            : { data: { previewDesignTokens: { css: ':root {}', tokens } } },
      });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      type(input('Hex value of primary colour'), '{color.brand.secondary}');
      await wait(PREVIEW_DELAY_MS);
      const hex = input('Hex value of primary colour');
      expect(hex.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(hex.getAttribute('aria-describedby')!)?.textContent).toMatch(
        /^color\.brand\.primary: alias cycle/,
      );
      expect(calls.some((c) => c.name === 'saveTokenDraft')).toBe(false);
      // Fixing it: the next preview answers cleanly and the problem goes away.
      cyclic = false;
      type(input('Hex value of primary colour'), '#00ff00');
      await wait(PREVIEW_DELAY_MS);
      expect(calls.filter((c) => c.name === 'previewDesignTokens')).toHaveLength(2);
      expect(input('Hex value of primary colour').getAttribute('aria-invalid')).toBeNull();
      expect(input('Hex value of primary colour').getAttribute('aria-describedby')).toBeNull();
    });

    it('asks nothing while a typed value is malformed', async () => {
      const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], answers());
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      type(input('spacing.4'), '2 parsecs');
      await wait(PREVIEW_DELAY_MS * 2);
      expect(calls.filter((c) => c.name === 'previewDesignTokens')).toHaveLength(0);
    });
  });

  it('refuses malformed values before sending', async () => {
    await mount(<Tokens />, ['settings:read', 'settings:write'], answers());
    type(input('spacing.4'), '2 parsecs');
    const spacing = input('spacing.4');
    expect(spacing.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(spacing.getAttribute('aria-describedby')!)?.textContent).toContain(
      'px or rem',
    );
    expect(button('Save draft').disabled).toBe(true);
  });

  it('saves a region override with a self-hosted face from a font asset, and shows server errors at the path', async () => {
    const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
      ...answers(),
      saveTokenDraft: () => ({
        errors: [
          {
            message: 'font.family.body: a generic family cannot come first',
            extensions: {
              code: 'BAD_USER_INPUT',
              path: 'font.family.body',
              problems: [{ path: 'font.family.body', message: 'a generic family cannot come first' }],
            },
          },
        ],
      }),
    });
    choose(container.querySelector<HTMLSelectElement>('select')!, 'eu');
    await settle();
    expect(calls.filter((c) => c.name === 'tokensEditor').at(-1)!.variables).toEqual({ region: 'eu' });
    type(input('font.family.body'), 'Brand Sans, sans-serif');
    const faces = container.querySelector('[aria-label="Self-hosted faces of font.family.body"]')!;
    // Only READY public font assets are offered.
    expect([...faces.querySelector('select')!.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Choose…',
      'brand.woff2',
    ]);
    choose(faces.querySelector('select')!, 'f1');
    type(input('Weight'), '100-900');
    await click(button('Add face'));
    expect(faces.textContent).toContain('brand.woff2 · weight 100–900 · normal');
    await submit(container.querySelector('form'));
    expect(calls.find((c) => c.name === 'saveTokenDraft')!.variables).toEqual({
      region: 'eu',
      expectedVersion: 0,
      document: {
        font: {
          family: {
            body: {
              $value: ['Brand Sans', 'sans-serif'],
              $extensions: {
                'com.webhaze.fontFaces': [{ asset: 'f1', weight: [100, 900], style: 'normal' }],
              },
            },
          },
        },
      },
    });
    const family = input('font.family.body');
    expect(family.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(family.getAttribute('aria-describedby')!)?.textContent).toBe(
      'a generic family cannot come first',
    );
  });

  it('shows a load error with a retry, and asks nothing without settings:read', async () => {
    await mount(<Tokens />, ['settings:read'], {
      tokensEditor: () => ({ errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      themeDraftState: () => themeState(),
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('down');
    expect(button('Retry').disabled).toBe(false);
    await remount();
    const { calls } = await mount(<Tokens />, ['content:read'], { tokensEditor: forbidden('tokens') });
    expect(calls).toHaveLength(0);
  });

  it('shows the draft as not live, publishes it, and guards unsaved edits', async () => {
    const draft = {
      scope: 'tenant',
      region: null,
      version: 4,
      document: { spacing: { 4: { $value: { value: 3, unit: 'rem' } } } },
    };
    const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
      ...answers(),
      themeDraftState: (_, n) => themeState(n === 1 ? [draft] : [], n === 1 ? [2, 1] : [3, 2, 1]),
      previewDesignTokens: () => ({ data: { previewDesignTokens: { css: '', tokens } } }),
      publishThemeDraft: () => ({ data: { publishThemeDraft: { version: 3 } } }),
    });
    // The editor starts from the draft, marked as not live.
    expect(input('spacing.4').value).toBe('3rem');
    const state = container.querySelector('.draft-state')!;
    expect(state.textContent).toContain('Draft — not live.');
    expect(state.textContent).toContain('published version 2');
    // Unsaved edits: publishing waits, and leaving asks first.
    type(input('spacing.4'), '4rem');
    expect(button('Publish theme').disabled).toBe(true);
    const asked: string[] = [];
    const original = window.confirm;
    window.confirm = (message?: string) => {
      asked.push(String(message));
      return false;
    };
    try {
      expect(mayLeave()).toBe(false);
    } finally {
      window.confirm = original;
    }
    expect(asked[0]).toContain('not saved to the draft');
    expect(calls.some((c) => c.name === 'publishThemeDraft')).toBe(false);
  });

  it('publishes a saved draft with the live version it was based on, and announces it', async () => {
    const draft = { scope: 'tenant', region: null, version: 4, document: {} };
    const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
      ...answers(),
      themeDraftState: (_, n) => themeState(n === 1 ? [draft] : [], n === 1 ? [2, 1] : [3, 2, 1]),
      previewDesignTokens: () => ({ data: { previewDesignTokens: { css: '', tokens } } }),
      publishThemeDraft: () => ({ data: { publishThemeDraft: { version: 3 } } }),
    });
    await click(button('Publish theme'));
    await settle();
    expect(calls.find((c) => c.name === 'publishThemeDraft')!.variables).toEqual({ expectedVersion: 2 });
    expect(currentToasts().map((t) => t.message)).toContain('Theme published: visitors see version 3 now.');
    expect(container.querySelector('.draft-state')!.textContent).toContain('published version 3');
  });

  it('previews the draft theme on a live page at phone, tablet and desktop widths', async () => {
    const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
      ...answers(),
      createThemePreviewLink: () => ({
        data: { createThemePreviewLink: { url: 'about:blank#theme-preview' } },
      }),
    });
    const pages = container.querySelector<HTMLSelectElement>('[aria-label="Preview on a page"] select')!;
    // Only published pages are offered.
    expect([...pages.options].map((o) => o.textContent)).toEqual(['Choose…', 'Shop: Home (/)']);
    choose(pages, 'p1');
    await click(button('Preview draft theme'));
    await settle();
    expect(calls.find((c) => c.name === 'createThemePreviewLink')!.variables).toEqual({ pageId: 'p1' });
    const frame = container.querySelector<HTMLIFrameElement>(
      'iframe[title="The page with the draft theme"]',
    )!;
    expect(frame.getAttribute('src')).toBe('about:blank#theme-preview');
    expect(frame.getAttribute('width')).toBe('390');
    await click(container.querySelector<HTMLInputElement>('input[type="radio"][name]:not(:checked)')!);
    expect(frame.getAttribute('width')).toBe('768');
  });

  it('rolls back to an older version only after confirming', async () => {
    const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
      ...answers(),
      rollBackTheme: () => ({ data: { rollBackTheme: { version: 3 } } }),
    });
    const versions = container.querySelector('[aria-label="Published theme versions"]')!;
    expect(versions.textContent).toContain('2 (live)');
    // The live version offers no rollback.
    expect([...versions.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Roll back to version 1',
    ]);
    await click(button('Roll back to version 1'));
    const dialog = container.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Roll back the theme to version 1?');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click(button('Cancel'));
    expect(calls.some((c) => c.name === 'rollBackTheme')).toBe(false);
    await click(button('Roll back to version 1'));
    await click(container.querySelector<HTMLButtonElement>('[role="alertdialog"] button.danger')!);
    await settle();
    expect(calls.find((c) => c.name === 'rollBackTheme')!.variables).toEqual({
      version: 1,
      expectedVersion: 2,
    });
    expect(currentToasts().at(-1)?.message).toContain('visitors see version 1 again');
  });

  it('parses and writes token values and faces', () => {
    expect(codecs.dimension.parse('0.5rem')).toEqual({ value: 0.5, unit: 'rem' });
    expect(codecs.dimension.parse('5em')).toBeNull();
    expect(codecs.fontWeight.parse('1001')).toBeNull();
    expect(codecs.fontWeight.parse('semi-bold')).toBe('semi-bold');
    expect(codecs.fontFamily.parse('Brand"; x')).toBeNull();
    expect(cssValueOf('fontFamily', ['Brand Sans', 'sans-serif'])).toBe('"Brand Sans", sans-serif');
    expect(cssValueOf('fontWeight', 'semi-bold')).toBe('600');
    expect(parseFaceWeight('900-100')).toBeNull();
    expect(parseFaceWeight('700')).toBe(700);
    const doc = withFontFaces(
      { font: { family: { body: { $value: ['A'], $description: 'd' } } } },
      'font.family.body',
      ['B'],
      [{ asset: 'f1', weight: 400, style: 'italic' }],
    );
    expect(fontFacesIn(doc, 'font.family.body')).toEqual([{ asset: 'f1', weight: 400, style: 'italic' }]);
    const cleared = withFontFaces(doc, 'font.family.body', ['B'], []);
    expect(cleared).toEqual({ font: { family: { body: { $value: ['B'], $description: 'd' } } } });
  });
});
