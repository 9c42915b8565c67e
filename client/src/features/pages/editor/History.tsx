/**
 * The page's side panel in the editor: version history with restore (a restore saves the old
 * content as a new version), a draft preview link, and scheduled publishing (content:publish only).
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../../api.js';
import { useApp } from '../../../app-context.js';
import type {
  RestorePageVersionMutation as Restored,
  PageVersionsQuery as Versions,
} from '../../../gql/graphql.js';
import { ErrorMessage, Loading, useAction } from '../../../ui.js';
import {
  CancelScheduledPublishMutation,
  CreatePreviewLinkMutation,
  PageVersionsQuery,
  RestorePageVersionMutation,
  SchedulePublishMutation,
} from './operations.js';

export interface HistoryProps {
  pageId: string;
  /** The version the editor holds (for expectedVersion). */
  version: number;
  /** True while the editor has unsaved changes: restoring would drop them. */
  dirty: boolean;
  canWrite: boolean;
  canPublish: boolean;
  onRestored(page: NonNullable<Restored['restorePageVersion']>): void;
  onClose(): void;
}

export function History({ pageId, version, dirty, canWrite, canPublish, onRestored, onClose }: HistoryProps) {
  const { session } = useApp();
  const [data, setData] = useState<Versions['draftPage'] | null>(null);
  const { error, setError, run: runAction } = useAction();
  const [preview, setPreview] = useState<{ url: string; expiresAt: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setData((await session.execute(PageVersionsQuery, { id: pageId })).draftPage);
    } catch (err) {
      setError(err);
    }
  }, [pageId, session, setError]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = (work: () => Promise<void>) =>
    runAction(async () => {
      await work();
      await load();
    });

  const schedule = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local = String(new FormData(event.currentTarget).get('at') ?? '');
    void act(async () => {
      await session.execute(SchedulePublishMutation, {
        pageId,
        at: new Date(local).toISOString(),
        expectedVersion: version,
      });
    });
  };

  return (
    <aside className="history" aria-label="Page history and publishing">
      <header>
        <h2>History</h2>
        <button type="button" onClick={onClose}>
          Close history
        </button>
      </header>
      <ErrorMessage>{error ? messageOf(error) : undefined}</ErrorMessage>
      {canWrite ? (
        <section aria-label="Preview link">
          <button
            type="button"
            onClick={() =>
              void act(async () =>
                setPreview((await session.execute(CreatePreviewLinkMutation, { pageId })).createPreviewLink),
              )
            }
          >
            Create a preview link
          </button>
          {preview ? (
            <p>
              <a href={preview.url} target="_blank" rel="noreferrer">
                {preview.url}
              </a>{' '}
              (until {new Date(preview.expiresAt).toLocaleString()})
            </p>
          ) : null}
        </section>
      ) : null}
      {canPublish && data ? (
        <section aria-label="Schedule">
          {data.scheduledAt ? (
            <p>
              Version {version} publishes at {new Date(data.scheduledAt).toLocaleString()}.{' '}
              <button
                type="button"
                onClick={() =>
                  void act(
                    async () => void (await session.execute(CancelScheduledPublishMutation, { pageId })),
                  )
                }
              >
                Cancel schedule
              </button>
            </p>
          ) : (
            <form onSubmit={schedule} aria-label="Schedule publishing">
              <label htmlFor="schedule-at">Publish this version at</label>{' '}
              <input id="schedule-at" name="at" type="datetime-local" required />{' '}
              <button type="submit" disabled={dirty}>
                Schedule
              </button>
            </form>
          )}
          {data.scheduleNote ? <p>{data.scheduleNote}</p> : null}
        </section>
      ) : null}
      {!data ? (
        error ? null : (
          <Loading what="versions" />
        )
      ) : (
        <ol className="versions" aria-label="Versions, newest first">
          {data.versions.edges.map(({ node }) => (
            <li key={node.version}>
              <strong>Version {node.version}</strong> · {node.title} ·{' '}
              {new Date(node.createdAt).toLocaleString()}
              {node.version === version ? (
                <span> (current)</span>
              ) : canWrite ? (
                <button
                  type="button"
                  disabled={dirty}
                  title={dirty ? 'Save your changes first' : undefined}
                  onClick={() =>
                    void act(async () => {
                      const { restorePageVersion } = await session.execute(RestorePageVersionMutation, {
                        pageId,
                        version: node.version,
                        expectedVersion: version,
                      });
                      onRestored(restorePageVersion);
                    })
                  }
                >
                  Restore version {node.version}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
