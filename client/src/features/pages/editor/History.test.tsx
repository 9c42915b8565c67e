/**
 * Component tests (happy-dom) of a page's version history: restoring a version as the next one,
 * never over unsaved changes, scheduling with content:publish.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { AppContext } from '../../../app-context.js';
import {
  container,
  gateway,
  memoryStore,
  render,
  settle,
  viewer,
  withScreenRoot,
} from '../../../screen-testing.js';
import { Session } from '../../../session.js';
import { History } from './History.js';

withScreenRoot();

describe('History', () => {
  const versions = () => ({
    data: {
      draftPage: {
        id: 'p1',
        scheduledAt: null,
        scheduleNote: null,
        versions: {
          edges: [3, 2, 1].map((version) => ({
            node: { version, title: 'Home', createdAt: '2026-01-01T00:00:00Z', createdBy: 'user:u1' },
          })),
        },
      },
    },
  });

  async function renderHistory(props: { dirty: boolean; canPublish: boolean; canWrite?: boolean }) {
    const restored: unknown[] = [];
    const { calls, fetchImpl } = gateway({
      pageVersions: versions,
      restorePageVersion: () => ({
        data: {
          restorePageVersion: {
            id: 'p1',
            path: '/',
            title: 'Home',
            status: 'DRAFT',
            tree: { root: { props: {} }, content: [] },
            version: 4,
            updatedAt: '2026-01-02T00:00:00Z',
            publishedAt: null,
            templateId: null,
            site: { id: 's1' },
          },
        },
      }),
    });
    const session = new Session(memoryStore(), fetchImpl);
    session.adopt({ accessToken: 'a', expiresAt: '2999-01-01T00:00:00Z' }, 'acme');
    await render(
      <AppContext.Provider value={{ session, viewer: viewer([]), reload: async () => {} }}>
        <History
          pageId="p1"
          version={3}
          dirty={props.dirty}
          canWrite={props.canWrite ?? true}
          canPublish={props.canPublish}
          onRestored={(page) => restored.push(page)}
          onClose={() => {}}
        />
      </AppContext.Provider>,
    );
    await settle();
    return { calls, restored };
  }

  it('restores an older version as the next one, passing the version the editor holds', async () => {
    const { calls, restored } = await renderHistory({ dirty: false, canPublish: false });
    const buttons = [...container.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual([
      'Close history',
      'Create a preview link',
      'Restore version 2',
      'Restore version 1',
    ]);
    // Scheduling is a publish: absent without content:publish.
    expect(container.querySelector('[aria-label="Schedule publishing"]')).toBeNull();
    const restore = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Restore version 1',
    )!;
    await act(async () => restore.click());
    await settle();
    const call = calls.find((c) => c.query.includes('restorePageVersion('))!;
    expect(call.variables).toEqual({ pageId: 'p1', version: 1, expectedVersion: 3 });
    expect(restored).toHaveLength(1);
  });

  it('will not restore over unsaved changes, and offers scheduling with content:publish', async () => {
    await renderHistory({ dirty: true, canPublish: true });
    const restore = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Restore version 2',
    )!;
    expect(restore.disabled).toBe(true);
    expect(container.querySelector('[aria-label="Schedule publishing"]')).not.toBeNull();
  });
});
