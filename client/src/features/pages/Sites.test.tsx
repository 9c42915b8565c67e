import { describe, expect, it } from 'vitest';
import { AppContext, type Viewer } from '../../app-context.js';
import type { PageStatus } from '../../gql/graphql.js';
import {
  type Answers,
  button,
  click,
  container,
  gateway,
  memoryStore,
  remount,
  render,
  settle,
  submit,
  type,
  viewer,
  withScreenRoot,
} from '../../screen-testing.js';
import { Session } from '../../session.js';
import { currentToasts, toastTimings } from '../../toasts.js';
import { publicationState, Sites } from './Sites.js';

withScreenRoot();
// Notices stay until dismissed here: what a test sees does not depend on how fast it runs.
toastTimings.successMs = null;
toastTimings.withActionMs = null;

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
      trashedPages: { edges: [] },
    },
  });

  async function renderSites(v: Viewer, answer: () => unknown = sitesAnswer, more: Answers = {}) {
    // A workspace past onboarding (the checklist dismissed): features/onboarding tests the panel.
    const dismissed = () => ({ data: { onboarding: null } });
    const { fetchImpl, calls } = gateway({ sites: answer, onboarding: dismissed, ...more });
    const session = new Session(memoryStore(), fetchImpl);
    session.adopt({ accessToken: 'a', expiresAt: '2999-01-01T00:00:00Z' }, 'acme');
    await render(
      <AppContext.Provider value={{ session, viewer: v, reload: async () => {} }}>
        <Sites />
      </AppContext.Provider>,
    );
    await settle();
    return calls;
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

  it('says which pages have unpublished changes', () => {
    const at = (updatedAt: string, publishedAt: string | null, status: PageStatus = 'PUBLISHED') => ({
      status,
      updatedAt,
      publishedAt,
    });
    expect(publicationState(at('2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'))).toBe('Published');
    expect(publicationState(at('2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z'))).toBe(
      'Published, with unpublished changes',
    );
    expect(publicationState(at('2026-01-02T00:00:00Z', null, 'DRAFT'))).toBe('Draft: not published');
  });

  it("lists a site's trash and restores a page, under a new path when its path was taken", async () => {
    const withTrash = () => {
      const answer = sitesAnswer();
      return {
        data: {
          ...answer.data,
          trashedPages: {
            edges: [
              {
                node: {
                  id: 'p9',
                  title: 'Contact',
                  path: '/contact',
                  deletedAt: '2026-01-03T00:00:00Z',
                  site: { id: 's1' },
                },
              },
            ],
          },
        },
      };
    };
    const calls = await renderSites(viewer(['content:read', 'content:write']), withTrash, {
      restorePage: (v) =>
        v.path
          ? { data: { restorePage: { id: 'p9', path: v.path, title: 'Contact' } } }
          : {
              errors: [
                {
                  message: 'Another page now uses the path /contact: restore it under another path',
                  extensions: { code: 'CONFLICT', field: 'path' },
                },
              ],
            },
    });
    const bakery = container.querySelector('section[aria-label="Site Bakery"]')!;
    expect(bakery.querySelector('.trash summary')?.textContent).toBe('Trash (1)');
    expect(container.querySelector('section[aria-label="Site Shop"] .trash')).toBeNull();
    await click(button('Restore'));
    const form = container.querySelector<HTMLFormElement>(
      'form[aria-label="Restore Contact at another path"]',
    )!;
    expect(form.querySelector('.field-error')?.textContent).toBe(
      'Another page now uses the path /contact: restore it under another path',
    );
    type(form.querySelector<HTMLInputElement>('input[name="path"]')!, '/old-contact');
    await submit(form);
    expect(calls.filter((c) => c.name === 'restorePage').map((c) => c.variables)).toEqual([
      { id: 'p9', path: null },
      { id: 'p9', path: '/old-contact' },
    ]);
    expect(currentToasts().map((t) => t.message)).toContain('“Contact” restored at /old-contact');
  });
});
