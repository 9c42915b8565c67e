/**
 * The analytics dashboard (analytics:read): a date range and granularity, live counts, totals with
 * the conversion rate, a time series chart, top pages / referrers / UTM sources and campaigns /
 * devices, revenue per currency, a CSV export with its download link, and (settings:write) deleting
 * all analytics data behind a confirmation.
 */
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api.js';
import { can, useApp } from '../../app-context.js';
import type {
  AnalyticsGranularity,
  AnalyticsDashboardQuery as DashboardResult,
  DeleteAnalyticsDataMutation as DeletionResult,
  RequestAnalyticsExportMutation as ExportResult,
  AnalyticsLiveQuery as LiveResult,
} from '../../gql/graphql.js';
import { ConfirmDialog, ErrorMessage, Forbidden, Loading, RetryError } from '../../ui.js';
import { BarList, LineChart } from './AnalyticsCharts.js';
import {
  AnalyticsDashboardQuery,
  AnalyticsExportQuery,
  AnalyticsLiveQuery,
  DeleteAnalyticsDataMutation,
  RequestAnalyticsExportMutation,
} from './operations.js';

type Dashboard = DashboardResult['analyticsDashboard'];
type ExportView = Pick<ExportResult['requestAnalyticsExport'], 'id' | 'status' | 'downloadUrl'>;
type AnalyticsLive = LiveResult['analyticsLive'];
type AnalyticsDeletion = DeletionResult['deleteAnalyticsData'];

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The range the API takes: whole UTC days, `to` exclusive (the day after the last one shown). */
export function rangeOf(fromDay: string, toDay: string, granularity: AnalyticsGranularity) {
  const to = new Date(Date.parse(`${toDay}T00:00:00Z`) + DAY_MS);
  return { from: `${fromDay}T00:00:00.000Z`, to: to.toISOString(), granularity };
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const money = (minor: number, currency: string) => {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
};

export function Analytics({ now = new Date(), pollMs = 2000 }: { now?: Date; pollMs?: number }) {
  const { session, viewer } = useApp();
  const [fromDay, setFromDay] = useState(isoDay(new Date(now.getTime() - 29 * DAY_MS)));
  const [toDay, setToDay] = useState(isoDay(now));
  const [granularity, setGranularity] = useState<AnalyticsGranularity>('DAY');
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [live, setLive] = useState<AnalyticsLive | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [exported, setExported] = useState<ExportView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [deleted, setDeleted] = useState<AnalyticsDeletion | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const allowed = can(viewer, 'analytics:read');

  const load = useCallback(
    async (range: ReturnType<typeof rangeOf>) => {
      setLoading(true);
      try {
        const [{ analyticsDashboard }, { analyticsLive }] = await Promise.all([
          session.execute(AnalyticsDashboardQuery, { range }),
          session.execute(AnalyticsLiveQuery, {}),
        ]);
        setDashboard(analyticsDashboard);
        setLive(analyticsLive);
        setLoadError(null);
      } catch (err) {
        setLoadError(err);
      } finally {
        setLoading(false);
      }
    },
    [session],
  );
  // Loads once on arrival; later loads follow "Show".
  // biome-ignore lint/correctness/useExhaustiveDependencies: the initial range only.
  useEffect(() => {
    if (allowed) void load(rangeOf(fromDay, toDay, granularity));
  }, [load, allowed]);

  if (!allowed) {
    return <Forbidden title="Analytics">Your role in this workspace cannot see its analytics.</Forbidden>;
  }

  const rangeInvalid = !fromDay || !toDay || fromDay > toDay;
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!rangeInvalid) void load(rangeOf(fromDay, toDay, granularity));
  };

  const requestExport = async () => {
    setError(null);
    setExported(null);
    try {
      const { requestAnalyticsExport } = await session.execute(RequestAnalyticsExportMutation, {
        range: rangeOf(fromDay, toDay, granularity),
      });
      let current: ExportView = requestAnalyticsExport;
      setExported(current);
      // The export is written by a job: poll (bounded) until it is READY or FAILED.
      for (let i = 0; i < 60 && current.status === 'PENDING' && alive.current; i++) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        current = (await session.execute(AnalyticsExportQuery, { id: current.id })).analyticsExport;
        if (alive.current) setExported(current);
      }
    } catch (err) {
      setError(err);
    }
  };

  const deleteData = async () => {
    setBusy(true);
    setError(null);
    try {
      const { deleteAnalyticsData } = await session.execute(DeleteAnalyticsDataMutation, {});
      setDeleted(deleteAnalyticsData);
      setConfirming(false);
      setExported(null);
      await load(rangeOf(fromDay, toDay, granularity));
    } catch (err) {
      setError(err);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <h1>Analytics</h1>
      <form aria-label="Date range" onSubmit={show}>
        <label>
          From <input type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
        </label>{' '}
        <label>
          To <input type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
        </label>{' '}
        <label>
          Granularity{' '}
          <select
            value={granularity}
            onChange={(e) => setGranularity(e.target.value as AnalyticsGranularity)}
          >
            <option value="DAY">Days</option>
            <option value="HOUR">Hours (ranges up to 31 days)</option>
          </select>
        </label>{' '}
        <button type="submit" disabled={rangeInvalid || loading}>
          Show
        </button>
        {rangeInvalid ? <p className="field-error">The start must not be after the end.</p> : null}
      </form>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {deleted ? (
        <p role="status">
          Deleted {deleted.events} events, {deleted.aggregates} aggregate rows and {deleted.exports} exports.
        </p>
      ) : null}
      {loadError ? (
        <RetryError error={loadError} onRetry={() => void load(rangeOf(fromDay, toDay, granularity))} />
      ) : !dashboard || !live ? (
        <Loading what="analytics" />
      ) : (
        <DashboardView dashboard={dashboard} live={live} />
      )}
      <section aria-label="Export">
        <h2>Export</h2>
        <button type="button" onClick={() => void requestExport()}>
          Export CSV
        </button>
        {exported?.status === 'PENDING' ? <p aria-busy="true">Preparing the export…</p> : null}
        {exported?.status === 'FAILED' ? (
          <p role="alert">The export could not be written; please request it again.</p>
        ) : null}
        {exported?.status === 'READY' && exported.downloadUrl ? (
          <p>
            <a href={exported.downloadUrl} download>
              Download CSV
            </a>{' '}
            (the link works for 15 minutes)
          </p>
        ) : null}
      </section>
      {can(viewer, 'settings:write') ? (
        <section aria-label="Delete analytics data">
          <h2>Delete analytics data</h2>
          {confirming ? (
            <ConfirmDialog
              title="Delete all analytics data?"
              confirmLabel="Delete all analytics data"
              busy={busy}
              onConfirm={() => void deleteData()}
              onCancel={() => setConfirming(false)}
            >
              <p>
                Raw events, aggregates and exports of this workspace are deleted. The settings are kept. This
                cannot be undone.
              </p>
            </ConfirmDialog>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              Delete analytics data…
            </button>
          )}
        </section>
      ) : null}
    </main>
  );
}

function Breakdown({ title, rows }: { title: string; rows: Dashboard['topPages'] }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">Page views</th>
              <th scope="col">Visitors</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{row.key}</td>
                <td>{row.pageViews}</td>
                <td>{row.visitors}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DashboardView({ dashboard, live }: { dashboard: Dashboard; live: AnalyticsLive }) {
  const { totals } = dashboard;
  const hourly = dashboard.granularity === 'HOUR';
  const label = (bucket: string) => (hourly ? bucket.slice(0, 13).replace('T', ' ') : bucket.slice(0, 10));
  const revenueByCurrency = new Map<string, number>();
  for (const r of dashboard.revenue)
    revenueByCurrency.set(r.currency, (revenueByCurrency.get(r.currency) ?? 0) + r.amountMinor);
  const figures: [string, string][] = [
    ['Page views', String(totals.pageViews)],
    ['Visitors (daily uniques)', String(totals.visitors)],
    ['Added to cart', String(totals.addToCart)],
    ['Checkouts', String(totals.checkouts)],
    ['Purchases', String(totals.purchases)],
    ['Conversion rate', percent(totals.conversionRate)],
    ...[...revenueByCurrency].map(([currency, minor]): [string, string] => [
      `Revenue (${currency})`,
      money(minor, currency),
    ]),
  ];
  return (
    <>
      <p role="status" aria-label="Live">
        Right now (last 30 minutes): {live.pageViews} page views by {live.visitors} visitors.
      </p>
      <dl className="figures" aria-label="Totals">
        {figures.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {dashboard.series.length === 0 ? (
        <p>No page views in this range yet.</p>
      ) : (
        <LineChart
          title={`Page views and visitors per ${hourly ? 'hour' : 'day'}`}
          points={dashboard.series.map((p) => ({
            label: label(p.bucket),
            values: [p.pageViews, p.visitors],
          }))}
          series={[
            { name: 'Page views', className: 'views' },
            { name: 'Visitors', className: 'visitors' },
          ]}
        />
      )}
      <div className="breakdowns">
        <Breakdown title="Top pages" rows={dashboard.topPages} />
        <Breakdown title="Referrers" rows={dashboard.referrers} />
        <Breakdown title="Sources" rows={dashboard.sources} />
        <Breakdown title="Campaigns" rows={dashboard.campaigns} />
        <section aria-label="Devices">
          <h3>Devices</h3>
          {dashboard.devices.length === 0 ? (
            <p>Nothing yet.</p>
          ) : (
            <BarList
              title="Page views by device"
              entries={dashboard.devices.map((d) => ({ key: d.key, value: d.pageViews }))}
            />
          )}
        </section>
      </div>
      <section aria-label="Revenue">
        <h3>Revenue</h3>
        {dashboard.revenue.length === 0 ? (
          <p>No purchases in this range.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Purchases</th>
                <th scope="col">Revenue</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.revenue.map((r) => (
                <tr key={`${r.day}-${r.currency}`}>
                  <td>{r.day.slice(0, 10)}</td>
                  <td>{r.purchases}</td>
                  <td>{money(r.amountMinor, r.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

export default Analytics;
