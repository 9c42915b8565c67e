import { describe, expect, it } from 'vitest';
import {
  button,
  choose,
  click,
  container,
  forbidden,
  mount,
  remount,
  settle,
  submit,
  type,
  withScreenRoot,
} from '../../screen-testing.js';
import { Analytics, rangeOf } from './Analytics.js';
import { linePoints } from './AnalyticsCharts.js';

withScreenRoot();

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
    await remount();
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
