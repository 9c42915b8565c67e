/**
 * Catalog CSV import and export (catalog:write): each starts a job the commerce worker runs; the
 * screen follows it (queued → running → done) and shows the result: the export's download link,
 * the import's counts, or every problem of a failed import by line and column (nothing was saved
 * then). One row per variant; prices in `price_<CURRENCY>` columns.
 */
import { type ChangeEvent, useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../../../api.js';
import { can, useApp } from '../../../app-context.js';
import type { CatalogJobStatus, StoreCatalogJobFragment } from '../../../gql/graphql.js';
import { ErrorMessage, Forbidden } from '../../../ui.js';
import {
  StoreCatalogJobQuery,
  StoreExportCatalogMutation,
  StoreImportCatalogMutation,
} from '../operations.js';
import { StoreNav } from '../StoreNav.js';

type Job = StoreCatalogJobFragment;

/** Test seam: how long to wait between looks at a running job. */
export const catalogJobPolling = { ms: 1000 };

/** The largest CSV the API takes (importCatalog: at most 1 MB). */
const MAX_BYTES = 1024 * 1024;

const STATUS: Record<CatalogJobStatus, string> = {
  QUEUED: 'Waiting for a worker…',
  RUNNING: 'Working…',
  SUCCEEDED: 'Done',
  FAILED: 'Failed: nothing was changed',
};

const COUNT_LABEL: Record<string, string> = {
  productsCreated: 'products created',
  productsUpdated: 'products updated',
  variantsCreated: 'variants created',
  variantsUpdated: 'variants updated',
  rows: 'rows exported',
  products: 'products exported',
};

const done = (job: Job) => job.status === 'SUCCEEDED' || job.status === 'FAILED';

/** A job followed until it is done: `start` runs the mutation that creates it. */
function useCatalogJob() {
  const { session } = useApp();
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const follow = useCallback(
    (current: Job) => {
      setJob(current);
      if (done(current)) return;
      timer.current = setTimeout(() => {
        session.execute(StoreCatalogJobQuery, { id: current.id }).then(
          ({ catalogJob }) => follow(catalogJob),
          (err: unknown) => setError(err),
        );
      }, catalogJobPolling.ms);
    },
    [session],
  );
  const start = async (create: () => Promise<Job>) => {
    clearTimeout(timer.current);
    setError(null);
    setJob(null);
    try {
      follow(await create());
    } catch (err) {
      setError(err);
    }
  };
  return { job, error, start, busy: job !== null && !done(job) };
}

function JobState({ job, what }: { job: Job; what: string }) {
  return (
    <div className="job">
      <p role="status">
        {what}: {STATUS[job.status]}
      </p>
      {job.status === 'RUNNING' || job.status === 'QUEUED' ? (
        <progress aria-label={`${what} progress`} />
      ) : null}
      {job.summary.length ? (
        <ul aria-label={`${what} result`}>
          {job.summary.map((c) => (
            <li key={c.name}>
              {c.count} {COUNT_LABEL[c.name] ?? c.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function ImportExport() {
  const { session, viewer } = useApp();
  const exporting = useCatalogJob();
  const importing = useCatalogJob();
  const [fileProblem, setFileProblem] = useState('');
  if (!can(viewer, 'catalog:write')) {
    return (
      <Forbidden title="Import and export">Your role in this workspace cannot change its catalog.</Forbidden>
    );
  }

  const exportCatalog = () =>
    void exporting.start(async () => (await session.execute(StoreExportCatalogMutation, {})).exportCatalog);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileProblem(`${file.name} is larger than 1 MB: split it into smaller files.`);
      return;
    }
    setFileProblem('');
    const csv = await file.text();
    await importing.start(
      async () => (await session.execute(StoreImportCatalogMutation, { csv })).importCatalog,
    );
  };

  const problems = importing.job?.status === 'FAILED' ? importing.job.problems : [];
  return (
    <main>
      <h1>Import and export</h1>
      <StoreNav />
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export the catalog</h2>
        <p>A CSV file with one row per variant: open it in a spreadsheet, edit it and import it back.</p>
        <button type="button" disabled={exporting.busy} onClick={exportCatalog}>
          Export as CSV
        </button>
        <ErrorMessage>{exporting.error ? messageOf(exporting.error) : undefined}</ErrorMessage>
        {exporting.job ? <JobState job={exporting.job} what="Export" /> : null}
        {exporting.job?.downloadUrl ? (
          <p>
            <a href={exporting.job.downloadUrl} download>
              Download the CSV file
            </a>{' '}
            (the link works for a few minutes)
          </p>
        ) : null}
      </section>
      <section aria-labelledby="import-title">
        <h2 id="import-title">Import products</h2>
        <p>
          Rows whose slug exists update that product; others create one. Every row is checked first: if one
          has a problem, nothing is saved and each problem is listed with its line.
        </p>
        <div className="field">
          <label htmlFor="catalog-csv">CSV file (at most 1 MB)</label>
          <input
            id="catalog-csv"
            type="file"
            accept=".csv,text/csv"
            disabled={importing.busy}
            onChange={(e) => void importFile(e)}
          />
        </div>
        <ErrorMessage>
          {fileProblem || (importing.error ? messageOf(importing.error) : undefined)}
        </ErrorMessage>
        {importing.job ? <JobState job={importing.job} what="Import" /> : null}
        {problems.length ? (
          <table aria-label="Problems in the file">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {problems.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a line may have several problems
                <tr key={i}>
                  <td>{p.row}</td>
                  <td>{p.column ?? '—'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </main>
  );
}
