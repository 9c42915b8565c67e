import { describe, expect, it } from 'vitest';
import { AppContext, type Viewer } from '../../app-context.js';
import {
  container,
  gateway,
  memoryStore,
  remount,
  render,
  settle,
  viewer,
  withScreenRoot,
} from '../../screen-testing.js';
import { Session } from '../../session.js';
import { Sites } from './Sites.js';

withScreenRoot();

describe('Sites', () => {
  const sitesAnswer = () => ({
    data: {
      sites: {
        edges: [
          {
            node: {
              id: 's1',
              name: 'Bakery',
              primaryHost: null,
              pages: {
                edges: [
                  {
                    node: {
                      id: 'p1',
                      path: '/',
                      title: 'Home',
                      status: 'PUBLISHED',
                      version: 3,
                      updatedAt: '2026-01-01T00:00:00Z',
                      publishedAt: '2026-01-01T00:00:00Z',
                    },
                  },
                ],
              },
            },
          },
          { node: { id: 's2', name: 'Shop', primaryHost: null, pages: { edges: [] } } },
        ],
      },
      templates: [{ id: 'blog', name: 'Blog post', description: 'An article' }],
    },
  });

  async function renderSites(v: Viewer, answer: () => unknown = sitesAnswer) {
    const { fetchImpl } = gateway({ sites: answer });
    const session = new Session(memoryStore(), fetchImpl);
    session.adopt({ accessToken: 'a', expiresAt: '2999-01-01T00:00:00Z' }, 'acme');
    await render(
      <AppContext.Provider value={{ session, viewer: v, reload: async () => {} }}>
        <Sites />
      </AppContext.Provider>,
    );
    await settle();
  }

  it('lists pages with links to the editor and the live page; creation forms follow the permissions', async () => {
    await renderSites(viewer(['content:read', 'content:write', 'settings:write']));
    const links = [...container.querySelectorAll('table a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/editor/pages/p1', '/s/acme/']);
    expect(container.textContent).toContain('No pages yet.');
    expect(container.querySelectorAll('form[aria-label^="New page on"]')).toHaveLength(2);
    expect(container.querySelector('form[aria-label="New site from a template"]')).not.toBeNull();
  });

  it('offers no creation to a read-only role, and only in-scope sites to a narrowed member', async () => {
    await renderSites(viewer(['content:read']));
    expect(container.querySelectorAll('form')).toHaveLength(0);
    await remount();
    await renderSites({ ...viewer(['content:read', 'content:write']), siteIds: ['s2'] });
    expect([...container.querySelectorAll('form')].map((f) => f.getAttribute('aria-label'))).toEqual([
      'New page on Shop',
    ]);
  });

  it('shows the refusal and a retry when the list cannot be loaded', async () => {
    await renderSites(viewer(['content:read']), () => ({
      errors: [{ message: 'You are not allowed to do this', extensions: { code: 'FORBIDDEN' } }],
    }));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Not allowed: You are not allowed to do this',
    );
    expect(container.querySelector('button')?.textContent).toBe('Retry');
  });
});
