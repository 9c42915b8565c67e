/**
 * Component tests (happy-dom) of the analytics, privacy, design tokens, billing, invitation and
 * regions screens: their main states (loading → data, empty, server error, forbidden), the
 * operations and variables they send, the server's errors shown in place, and actions hidden from
 * roles the server would refuse. `fetch` is a stand-in answering as the gateway formats results.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppContext, type Viewer } from '../app-context.js';
import { Session } from '../session.js';
import { Analytics, rangeOf } from './analytics/Analytics.js';
import { linePoints } from './analytics/AnalyticsCharts.js';
import { Billing } from './settings/billing/Billing.js';
import { draftProblems, Privacy } from './settings/privacy/Privacy.js';
import { Regions } from './settings/regions/Regions.js';
import { Invitation } from './settings/team/Invitation.js';
import { pendingInvitation } from './settings/team/InvitationLink.js';
import { PREVIEW_DELAY_MS, parseFaceWeight, Tokens } from './settings/tokens/Tokens.js';
import { codecs, cssValueOf, fontFacesIn, withFontFaces } from './settings/tokens/token-values.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Call {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}
type Answers = Record<string, (variables: Record<string, unknown>) => unknown>;

/** A gateway stand-in: answers each operation by name (first letter lowercased), records calls. */
function gateway(answers: Answers) {
  const calls: Call[] = [];
  const fetchImpl = async (_input: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const op = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const name = op.charAt(0).toLowerCase() + op.slice(1);
    calls.push({ name, ...body });
    const answer = answers[name];
    if (!answer) throw new Error(`unexpected operation ${op}`);
    return new Response(JSON.stringify(answer(body.variables)), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return { calls, fetchImpl };
}

const memoryStore = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
};

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  window.history.replaceState(null, '', '/editor/');
  sessionStorage.clear();
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function viewer(permissions: string[]): Viewer {
  return {
    user: { id: 'u1', email: 'ada@example.com', name: 'Ada', emailVerified: true },
    tenant: { id: 't1', slug: 'acme', name: 'Acme', plan: 'free' },
    role: 'OWNER',
    permissions,
    siteIds: null,
    memberships: { edges: [] },
  };
}

async function mount(node: React.ReactNode, permissions: string[] | null, answers: Answers) {
  const { calls, fetchImpl } = gateway(answers);
  const session = new Session(memoryStore(), fetchImpl);
  if (permissions) session.adopt({ accessToken: 'a', expiresAt: '2999-01-01T00:00:00Z' }, 'acme');
  const reload = vi.fn(async () => {});
  await act(async () =>
    root.render(
      <AppContext.Provider value={{ session, viewer: permissions ? viewer(permissions) : null, reload }}>
        {node}
      </AppContext.Provider>,
    ),
  );
  await settle();
  return { calls, session, reload };
}

function input(label: string): HTMLInputElement {
  const labelEl = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const el = labelEl?.htmlFor ? document.getElementById(labelEl.htmlFor) : labelEl?.querySelector('input');
  if (!(el instanceof HTMLInputElement)) throw new Error(`no input labelled ${label}`);
  return el;
}

function type(el: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(el: HTMLSelectElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const button = (text: string) => {
  const el = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!el) throw new Error(`no button ${text}`);
  return el;
};
const click = async (el: HTMLElement) => {
  await act(async () => el.click());
  await settle();
};
const submit = async (form: HTMLFormElement | null) => {
  await act(async () => form!.requestSubmit());
  await settle();
};
const forbidden = (answer: string) => () => {
  throw new Error(`${answer} must not be asked for`);
};

describe('Analytics', () => {
  const point = (bucket: string, pageViews: number, visitors: number) => ({
    bucket,
    pageViews,
    visitors,
    addToCart: 1,
    checkouts: 1,
    purchases: 1,
    convertedVisitors: 1,
  });
  const dashboard = (empty = false) => ({
    data: {
      analyticsDashboard: {
        from: '2026-10-28T00:00:00.000Z',
        to: '2026-11-27T00:00:00.000Z',
        granularity: 'DAY',
        series: empty
          ? []
          : [point('2026-11-25T00:00:00.000Z', 40, 10), point('2026-11-26T00:00:00.000Z', 60, 20)],
        totals: {
          pageViews: empty ? 0 : 100,
          visitors: empty ? 0 : 30,
          addToCart: 2,
          checkouts: 2,
          purchases: 2,
          convertedVisitors: 3,
          conversionRate: empty ? 0 : 0.1,
        },
        topPages: empty ? [] : [{ key: '/pricing', pageViews: 70, visitors: 20 }],
        referrers: empty ? [] : [{ key: 'news.example', pageViews: 5, visitors: 4 }],
        sources: [],
        campaigns: empty ? [] : [{ key: 'spring', pageViews: 9, visitors: 8 }],
        devices: empty ? [] : [{ key: 'mobile', pageViews: 80, visitors: 25 }],
        revenue: empty
          ? []
          : [{ day: '2026-11-26T00:00:00.000Z', currency: 'EUR', amountMinor: 4250, purchases: 2 }],
      },
    },
  });
  const live = () => ({
    data: { analyticsLive: { since: '2026-11-26T11:30:00Z', pageViews: 7, visitors: 3, events: 9 } },
  });
  const now = new Date('2026-11-26T12:00:00Z');

  it('asks for the last 30 whole days and shows totals, the chart, top lists and revenue', async () => {
    const { calls } = await mount(<Analytics now={now} />, ['analytics:read'], {
      analyticsDashboard: () => dashboard(),
      analyticsLive: live,
    });
    expect(calls.find((c) => c.name === 'analyticsDashboard')!.variables).toEqual({
      range: { from: '2026-10-28T00:00:00.000Z', to: '2026-11-27T00:00:00.000Z', granularity: 'DAY' },
    });
    const totals = [...container.querySelectorAll('[aria-label="Totals"] div')].map((d) => d.textContent);
    expect(totals).toContain('Page views100');
    expect(totals).toContain('Conversion rate10.0%');
    expect(totals.some((t) => t?.startsWith('Revenue (EUR)') && t.includes('42.50'))).toBe(true);
    expect(container.querySelector('[aria-label="Live"]')?.textContent).toContain(
      '7 page views by 3 visitors',
    );
    const lines = container.querySelectorAll('svg[aria-label="Page views and visitors per day"] polyline');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.getAttribute('points')).toBe(linePoints([40, 60], 60));
    expect(container.querySelector('[aria-label="Top pages"] td')?.textContent).toBe('/pricing');
    expect(container.querySelector('[aria-label="Campaigns"] td')?.textContent).toBe('spring');
    expect(container.querySelector('[aria-label="Sources"]')?.textContent).toContain('Nothing yet.');
    expect(container.querySelector('svg[aria-label="Page views by device"]')?.textContent).toContain(
      'mobile',
    );
    // No settings:write: no deletion offered.
    expect(container.querySelector('[aria-label="Delete analytics data"]')).toBeNull();
  });

  it('shows the empty state and sends a changed range with hourly buckets', async () => {
    const { calls } = await mount(<Analytics now={now} />, ['analytics:read'], {
      analyticsDashboard: () => dashboard(true),
      analyticsLive: live,
    });
    expect(container.textContent).toContain('No page views in this range yet.');
    expect(container.textContent).toContain('No purchases in this range.');
    const [from] = container.querySelectorAll<HTMLInputElement>('input[type="date"]');
    type(from!, '2026-11-20');
    choose(container.querySelector('select')!, 'HOUR');
    await submit(container.querySelector('form[aria-label="Date range"]'));
    expect(calls.filter((c) => c.name === 'analyticsDashboard').at(-1)!.variables).toEqual({
      range: { from: '2026-11-20T00:00:00.000Z', to: '2026-11-27T00:00:00.000Z', granularity: 'HOUR' },
    });
  });

  it('requests a CSV export and shows the download link once it is ready', async () => {
    let polls = 0;
    const pending = {
      id: 'x1',
      status: 'PENDING',
      from: 'f',
      to: 't',
      granularity: 'DAY',
      createdAt: 'c',
      downloadUrl: null,
    };
    const { calls } = await mount(<Analytics now={now} pollMs={0} />, ['analytics:read'], {
      analyticsDashboard: () => dashboard(),
      analyticsLive: live,
      requestAnalyticsExport: () => ({ data: { requestAnalyticsExport: pending } }),
      analyticsExport: () => {
        polls++;
        return {
          data: {
            analyticsExport:
              polls < 2
                ? pending
                : { ...pending, status: 'READY', downloadUrl: 'https://files.example/x1.csv?sig=1' },
          },
        };
      },
    });
    await click(button('Export CSV'));
    await settle();
    expect(calls.find((c) => c.name === 'requestAnalyticsExport')!.variables.range).toMatchObject({
      granularity: 'DAY',
    });
    expect(calls.filter((c) => c.name === 'analyticsExport').map((c) => c.variables)).toEqual([
      { id: 'x1' },
      { id: 'x1' },
    ]);
    const link = [...container.querySelectorAll('a')].find((a) => a.textContent === 'Download CSV');
    expect(link?.getAttribute('href')).toBe('https://files.example/x1.csv?sig=1');
  });

  it('deletes analytics data only after confirming (settings:write)', async () => {
    const { calls } = await mount(<Analytics now={now} />, ['analytics:read', 'settings:write'], {
      analyticsDashboard: () => dashboard(),
      analyticsLive: live,
      deleteAnalyticsData: () => ({
        data: { deleteAnalyticsData: { events: 12, aggregates: 4, exports: 1 } },
      }),
    });
    await click(button('Delete analytics data…'));
    expect(container.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(document.activeElement?.textContent).toBe('Cancel');
    await click(button('Cancel'));
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(calls.some((c) => c.name === 'deleteAnalyticsData')).toBe(false);
    await click(button('Delete analytics data…'));
    await click(button('Delete all analytics data'));
    expect(calls.filter((c) => c.name === 'deleteAnalyticsData')).toHaveLength(1);
    expect(container.querySelector('[role="status"]:not([aria-label])')?.textContent).toBe(
      'Deleted 12 events, 4 aggregate rows and 1 exports.',
    );
  });

  it('shows a refusal with a retry, and asks nothing without analytics:read', async () => {
    await mount(<Analytics now={now} />, ['analytics:read'], {
      analyticsDashboard: () => ({
        errors: [{ message: 'range too long', extensions: { code: 'BAD_USER_INPUT', field: 'range' } }],
      }),
      analyticsLive: live,
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('range too long');
    expect(button('Retry').disabled).toBe(false);
    await act(async () => root.unmount());
    root = createRoot(container);
    const { calls } = await mount(<Analytics now={now} />, ['settings:read'], {
      analyticsDashboard: forbidden('the dashboard'),
    });
    expect(calls).toHaveLength(0);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('cannot see its analytics');
  });

  it('builds exclusive whole-day ranges', () => {
    expect(rangeOf('2026-02-28', '2026-02-28', 'DAY')).toEqual({
      from: '2026-02-28T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
      granularity: 'DAY',
    });
    expect(linePoints([], 1)).toBe('');
    expect(linePoints([0, 10], 10)).toBe('24.0,176.0 576.0,24.0');
  });
});

describe('Privacy', () => {
  const settings = (over: Record<string, unknown> = {}) => ({
    clarityProjectId: null,
    clarityEnabled: false,
    consentMode: 'NONE',
    consentRegions: [],
    consentBanners: [],
    firstPartyAnalytics: true,
    retentionDays: 395,
    updatedAt: '2026-11-01T00:00:00Z',
    ...over,
  });
  const answer = () => ({
    data: {
      analyticsSettings: settings(),
      regions: [
        { code: 'eu', consentRequired: true },
        { code: 'us', consentRequired: false },
      ],
    },
  });

  it('checks the Clarity id like the server and sends the consent settings', async () => {
    const { calls } = await mount(<Privacy />, ['settings:read', 'settings:write'], {
      analyticsSettings: answer,
      updateAnalyticsSettings: (v) => ({
        data: { updateAnalyticsSettings: settings(v.input as Record<string, unknown>) },
      }),
    });
    const save = () => button('Save privacy settings');
    type(input('Clarity project id'), 'ABC');
    expect(input('Clarity project id').getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('Clarity project id must be 6–16 lowercase letters and digits');
    expect(save().disabled).toBe(true);
    type(input('Clarity project id'), 'abc123xyz');
    await click(input('Add Clarity to published pages'));
    await click(input('Consent needed in some regions'));
    // REQUIRED_IN_REGIONS without a region: refused before sending.
    expect(save().disabled).toBe(true);
    expect(container.textContent).toContain('Choose at least one region that requires consent');
    await click(input('eu'));
    choose(container.querySelector<HTMLSelectElement>('select')!, '*');
    type(input('Title (default)'), 'Cookies?');
    type(input('Text (default)'), 'We measure visits with Clarity.');
    type(input('Keep raw events (days)'), '30');
    await submit(container.querySelector('form'));
    expect(calls.find((c) => c.name === 'updateAnalyticsSettings')!.variables).toEqual({
      input: {
        clarityProjectId: 'abc123xyz',
        clarityEnabled: true,
        consentMode: 'REQUIRED_IN_REGIONS',
        consentRegions: ['eu'],
        consentBanners: [
          {
            region: null,
            title: 'Cookies?',
            body: 'We measure visits with Clarity.',
            acceptLabel: 'Accept',
            rejectLabel: 'Reject',
          },
        ],
        firstPartyAnalytics: true,
        retentionDays: 30,
      },
    });
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Saved');
  });

  it("shows the server's refusal at the field it names", async () => {
    await mount(<Privacy />, ['settings:read', 'settings:write'], {
      analyticsSettings: answer,
      updateAnalyticsSettings: () => ({
        errors: [
          {
            message: 'retentionDays: must be at most 730 days',
            extensions: { code: 'BAD_USER_INPUT', field: 'retentionDays' },
          },
        ],
      }),
    });
    await submit(container.querySelector('form'));
    const days = input('Keep raw events (days)');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(days.getAttribute('aria-describedby')!)?.textContent).toBe(
      'retentionDays: must be at most 730 days',
    );
  });

  it('is read-only without settings:write and forbidden without settings:read', async () => {
    await mount(<Privacy />, ['settings:read'], { analyticsSettings: answer });
    expect(container.querySelector('button[type="submit"]')).toBeNull();
    expect(input('Clarity project id').closest('fieldset')?.disabled).toBe(true);
    await act(async () => root.unmount());
    root = createRoot(container);
    const { calls } = await mount(<Privacy />, ['analytics:read'], {
      analyticsSettings: forbidden('settings'),
    });
    expect(calls).toHaveLength(0);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('cannot see its settings');
  });

  it('validates drafts with the server rules', () => {
    const base = {
      clarityProjectId: 'abcdef',
      clarityEnabled: true,
      consentMode: 'ALWAYS' as const,
      consentRegions: [],
      consentBanners: [],
      firstPartyAnalytics: false,
      retentionDays: '730',
    };
    expect(draftProblems(base).size).toBe(0);
    expect([...draftProblems({ ...base, clarityProjectId: 'abcdefghijklmnopq' }).keys()]).toEqual([
      'clarityProjectId',
    ]);
    expect([...draftProblems({ ...base, clarityProjectId: '', retentionDays: '731' }).keys()]).toEqual([
      'clarityEnabled',
      'retentionDays',
    ]);
    expect(
      draftProblems({
        ...base,
        consentRegions: ['EU'],
        consentBanners: [
          { region: null, title: '<b>', body: 'x', acceptLabel: 'a'.repeat(31), rejectLabel: 'r' },
        ],
      }),
    ).toEqual(
      new Map([
        ['consentRegions', '"EU": region codes are 1–16 lowercase letters, digits and dashes'],
        ['consentBanners.0.title', 'plain text only: no < > or control characters'],
        ['consentBanners.0.acceptLabel', 'must be at most 30 characters'],
      ]),
    );
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
      setTenantTokens: (v) => ({
        data: { setTenantTokens: { scope: 'tenant', version: 3, document: v.document } },
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
    expect(calls.find((c) => c.name === 'setTenantTokens')!.variables).toEqual({
      expectedVersion: 2,
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
        setTenantTokens: forbidden('a save'),
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
      expect(calls.some((c) => c.name === 'setTenantTokens')).toBe(false);
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
      expect(calls.some((c) => c.name === 'setTenantTokens')).toBe(false);
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
    expect(button('Save tokens').disabled).toBe(true);
  });

  it('saves a region override with a self-hosted face from a font asset, and shows server errors at the path', async () => {
    const { calls } = await mount(<Tokens />, ['settings:read', 'settings:write'], {
      ...answers(),
      setRegionTokens: () => ({
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
    expect(calls.find((c) => c.name === 'setRegionTokens')!.variables).toEqual({
      region: 'eu',
      expectedVersion: 5,
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
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('down');
    expect(button('Retry').disabled).toBe(false);
    await act(async () => root.unmount());
    root = createRoot(container);
    const { calls } = await mount(<Tokens />, ['content:read'], { tokensEditor: forbidden('tokens') });
    expect(calls).toHaveLength(0);
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

describe('Billing', () => {
  const billing = (over: Record<string, unknown> = {}) => ({
    data: {
      billing: {
        plan: 'free',
        planName: 'Free',
        status: 'NONE',
        currentPeriodEnd: null,
        cancelAtPeriodEnd: false,
        limits: { pages: 10, products: 25, storageBytes: 1073741824, apiRequestsPerMinute: 600, members: 2 },
        ...over,
      },
    },
  });

  it('sends a free workspace to Stripe Checkout for the chosen plan', async () => {
    const go = vi.fn();
    window.history.replaceState(null, '', '/editor/settings/billing?checkout=canceled');
    const { calls } = await mount(<Billing go={go} />, ['billing:manage'], {
      billing: () => billing(),
      startCheckout: (v) => ({
        data: { startCheckout: { url: `https://checkout.stripe.test/${String(v.plan)}` } },
      }),
    });
    expect(container.textContent).toContain('Checkout canceled');
    expect(container.querySelector('[aria-label="Limits"]')?.textContent).toContain('Storage: 1 GB');
    expect(container.querySelector('[aria-label="Subscription"]')?.textContent).toContain(
      'No subscription (free plan)',
    );
    await click(button('Subscribe to Business'));
    expect(calls.find((c) => c.name === 'startCheckout')!.variables).toEqual({ plan: 'business' });
    expect(go).toHaveBeenCalledWith('https://checkout.stripe.test/business');
  });

  it('lets a subscriber switch plans and cancel after confirming', async () => {
    let canceled = false;
    const { calls } = await mount(<Billing go={vi.fn()} />, ['billing:manage'], {
      billing: () =>
        billing({
          plan: 'pro',
          planName: 'Pro',
          status: 'ACTIVE',
          currentPeriodEnd: '2026-12-26T00:00:00Z',
          cancelAtPeriodEnd: canceled,
          limits: { pages: -1, products: 2000, storageBytes: -1, apiRequestsPerMinute: 3000, members: 10 },
        }),
      changePlan: () => ({ data: { changePlan: { plan: 'business' } } }),
      cancelSubscription: () => {
        canceled = true;
        return { data: { cancelSubscription: { plan: 'pro' } } };
      },
    });
    expect(container.textContent).toContain('Renews on2026-12-26');
    expect(container.querySelector('[aria-label="Limits"]')?.textContent).toContain('Pages: unlimited');
    expect(() => button('Switch to Pro')).toThrow('no button Switch to Pro');
    await click(button('Switch to Business'));
    expect(calls.find((c) => c.name === 'changePlan')!.variables).toEqual({ plan: 'business' });
    await click(button('Cancel subscription…'));
    await click(button('Cancel at the end of the period'));
    expect(calls.filter((c) => c.name === 'cancelSubscription')).toHaveLength(1);
    expect(container.textContent).toContain('Ends on2026-12-26');
    expect(() => button('Cancel subscription…')).toThrow('no button Cancel subscription…');
  });

  it('is for owners only (billing:manage)', async () => {
    const { calls } = await mount(<Billing />, ['settings:write'], { billing: forbidden('billing') });
    expect(calls).toHaveLength(0);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('owners');
  });
});

describe('Invitation', () => {
  it('keeps the token while the invitee signs in', async () => {
    window.history.replaceState(null, '', '/editor/invitations/accept?token=tok%2B1');
    const { calls } = await mount(<Invitation />, null, {});
    expect(calls).toHaveLength(0);
    expect(pendingInvitation()).toBe('tok+1');
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '/editor/sign-in',
      '/editor/sign-up',
    ]);
  });

  it('accepts as the signed-in account and switches the session to the workspace', async () => {
    sessionStorage.setItem('webhaze.invitation', 'tok-2');
    const { calls, session, reload } = await mount(<Invitation />, ['content:read'], {
      acceptInvitation: () => ({
        data: {
          acceptInvitation: {
            accessToken: 'joined',
            expiresAt: '2999-01-01T00:00:00Z',
            refreshToken: 'r2',
            tenant: { slug: 'bakery', name: 'Bakery' },
          },
        },
      }),
    });
    await click(button('Accept invitation'));
    expect(calls.find((c) => c.name === 'acceptInvitation')!.variables).toEqual({ token: 'tok-2' });
    expect(await session.credentials()).toEqual({ accessToken: 'joined', tenantSlug: 'bakery' });
    expect(reload).toHaveBeenCalledOnce();
    expect(pendingInvitation()).toBeNull();
    expect(window.location.pathname).toBe('/editor/');
  });

  it("shows the server's refusal (another account's invitation)", async () => {
    window.history.replaceState(null, '', '/editor/invitations/accept?token=t3');
    await mount(<Invitation />, ['content:read'], {
      acceptInvitation: () => ({
        errors: [
          { message: 'This invitation is for another email address', extensions: { code: 'FORBIDDEN' } },
        ],
      }),
    });
    await click(button('Accept invitation'));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Not allowed: This invitation is for another email address',
    );
  });
});

describe('Regions', () => {
  const region = (code: string, over: Record<string, unknown> = {}) => ({
    code,
    locale: 'de-DE',
    currency: 'EUR',
    pathPrefix: `/${code}`,
    hosts: [],
    countries: ['DE'],
    consentRequired: true,
    isDefault: false,
    ...over,
  });

  it('adds a region and shows the server refusal at its field', async () => {
    let refuse = true;
    const { calls } = await mount(<Regions />, ['settings:read', 'settings:write'], {
      regions: () => ({
        data: {
          regions: [region('us', { isDefault: true, currency: 'USD', pathPrefix: null, countries: [] })],
        },
      }),
      upsertRegion: () =>
        refuse
          ? {
              errors: [
                {
                  message: 'currency: not an ISO 4217 code',
                  extensions: { code: 'BAD_USER_INPUT', field: 'input.currency' },
                },
              ],
            }
          : { data: { upsertRegion: { code: 'de' } } },
    });
    expect(container.querySelector('tbody td')?.textContent).toBe('us (default)');
    // The default region cannot be deleted: no button.
    expect(() => button('Delete us')).toThrow('no button Delete us');
    type(input('Code'), 'de');
    type(input('Locale'), 'de-DE');
    type(input('Currency'), 'eur');
    type(input('Countries (comma-separated, e.g. DE, AT)'), 'de, at');
    await click(input('Visitors must consent before analytics run'));
    await submit(container.querySelector('form'));
    expect(calls.find((c) => c.name === 'upsertRegion')!.variables).toEqual({
      input: {
        code: 'de',
        locale: 'de-DE',
        currency: 'EUR',
        pathPrefix: null,
        hosts: [],
        countries: ['DE', 'AT'],
        consentRequired: true,
      },
    });
    expect(input('Currency').getAttribute('aria-invalid')).toBe('true');
    refuse = false;
    await submit(container.querySelector('form'));
    expect(calls.filter((c) => c.name === 'regions')).toHaveLength(2);
  });

  it('makes a region the default and deletes one after confirming', async () => {
    const { calls } = await mount(<Regions />, ['settings:read', 'settings:write'], {
      regions: () => ({ data: { regions: [region('us', { isDefault: true }), region('de')] } }),
      setDefaultRegion: () => ({ data: { setDefaultRegion: { code: 'de' } } }),
      deleteRegion: () => ({ data: { deleteRegion: true } }),
    });
    await click(button('Make de the default'));
    expect(calls.find((c) => c.name === 'setDefaultRegion')!.variables).toEqual({ code: 'de' });
    await click(button('Delete de'));
    expect(calls.some((c) => c.name === 'deleteRegion')).toBe(false);
    await click(container.querySelector<HTMLButtonElement>('[role="alertdialog"] button.danger')!);
    expect(calls.find((c) => c.name === 'deleteRegion')!.variables).toEqual({ code: 'de' });
  });

  it('lists read-only without settings:write, shows the empty state, asks nothing without settings:read', async () => {
    await mount(<Regions />, ['settings:read'], { regions: () => ({ data: { regions: [] } }) });
    expect(container.textContent).toContain('No regions yet');
    expect(container.querySelector('form')).toBeNull();
    await act(async () => root.unmount());
    root = createRoot(container);
    const { calls } = await mount(<Regions />, ['content:read'], { regions: forbidden('regions') });
    expect(calls).toHaveLength(0);
  });
});
