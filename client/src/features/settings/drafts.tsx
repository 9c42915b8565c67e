/**
 * What the theme and privacy screens share for settings edited as a draft (ADR 0059): the
 * "Draft — not live" state, a preview at a phone, tablet or desktop width, and the published
 * versions with Roll back behind a confirmation.
 */
import { type ReactNode, useId, useState } from 'react';
import { ConfirmDialog } from '../../ui.js';

/** The widths an owner checks a preview at (the page editor's canvas uses the same three). */
export const PREVIEW_VIEWPORTS = [
  { label: 'Phone', width: 390 },
  { label: 'Tablet', width: 768 },
  { label: 'Desktop', width: 1280 },
] as const;

/** Whether the screen shows a draft that visitors do not see yet, and which version is live. */
export function DraftState({ hasDraft, liveVersion }: { hasDraft: boolean; liveVersion: number }) {
  return (
    <p role="status" className={hasDraft ? 'draft-state draft-state--draft' : 'draft-state'}>
      {hasDraft ? (
        <>
          <strong>Draft — not live.</strong> Visitors see published version {liveVersion || 'none yet'} until
          you publish.
        </>
      ) : (
        <>No draft: this is what visitors see{liveVersion ? ` (published version ${liveVersion})` : ''}.</>
      )}
    </p>
  );
}

/** A preview at a chosen viewport width: a page in a frame (`url`), or what `children` draw. */
export function ViewportPreview({
  title,
  url,
  children,
}: {
  title: string;
  url?: string;
  children?: ReactNode;
}) {
  const [width, setWidth] = useState<number>(PREVIEW_VIEWPORTS[0].width);
  const name = useId();
  return (
    <section className="viewport-preview" aria-label={title}>
      <fieldset className="viewport-switch">
        <legend>Preview width</legend>
        {PREVIEW_VIEWPORTS.map((v) => (
          <label key={v.width}>
            <input type="radio" name={name} checked={width === v.width} onChange={() => setWidth(v.width)} />{' '}
            {v.label} ({v.width} px){' '}
          </label>
        ))}
      </fieldset>
      <div className="viewport-frame" data-width={width}>
        {url ? (
          <iframe title={title} src={url} width={width} height={640} />
        ) : (
          <div style={{ width: `${width}px` }}>{children}</div>
        )}
      </div>
    </section>
  );
}

export interface PublishedVersion {
  version: number;
  publishedAt: string;
  publishedBy: string;
  restoredFrom?: number | null;
}

/** Published versions, newest (live) first, each older one with Roll back behind a confirmation. */
export function VersionHistory({
  what,
  versions,
  writable,
  busy,
  onRollBack,
}: {
  /** What the versions are of, e.g. "theme". */
  what: string;
  versions: readonly PublishedVersion[];
  writable: boolean;
  busy: boolean;
  onRollBack: (version: number) => void | Promise<void>;
}) {
  const [asking, setAsking] = useState<number | null>(null);
  return (
    <section aria-label={`Published ${what} versions`}>
      <h2>Published versions</h2>
      {versions.length === 0 ? (
        <p>Nothing published yet.</p>
      ) : (
        <table className="versions">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => (
              <tr key={v.version}>
                <td>
                  {v.version}
                  {i === 0 ? ' (live)' : ''}
                  {v.restoredFrom ? ` — copy of ${v.restoredFrom}` : ''}
                </td>
                <td>{new Date(v.publishedAt).toLocaleString()}</td>
                <td>{v.publishedBy}</td>
                <td>
                  {writable && i > 0 ? (
                    <button type="button" disabled={busy} onClick={() => setAsking(v.version)}>
                      Roll back<span className="visually-hidden"> to version {v.version}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking !== null ? (
        <ConfirmDialog
          title={`Roll back the ${what} to version ${asking}?`}
          confirmLabel={`Roll back to version ${asking}`}
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const version = asking;
            setAsking(null);
            void onRollBack(version);
          }}
        >
          <p>
            Visitors see version {asking} again at once, published as a new version; the history keeps every
            version. Your draft is kept.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
