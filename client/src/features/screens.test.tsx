/**
 * Component tests in happy-dom: the screens render, call the API with typed operations and show
 * the server's errors where the user needs them. `fetch` is a stand-in that answers as the gateway
 * formats results and errors (the real gateway is exercised by test/browser/editor-journey.test.ts).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppContext, type AppState, type Viewer } from '../app-context.js';
import { Session } from '../session.js';
import { CompleteSignUp, SignIn, SignUp } from './auth/Auth.js';
import { ConflictDialog } from './pages/editor/Conflict.js';
import { History } from './pages/editor/History.js';
import { Sites } from './pages/Sites.js';
import { Tokens } from './settings/tokens/Tokens.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Call {
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

/** A gateway stand-in: answers each operation by name, records what was sent. */
function gateway(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const calls: Call[] = [];
  const fetchImpl = async (_input: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    calls.push({ ...body, headers: init.headers as Record<string, string> });
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    // Answers are keyed by operation name, first letter lowercased (`Login` → `login`).
    const answer = answers[name.charAt(0).toLowerCase() + name.slice(1)];
    if (!answer) throw new Error(`unexpected operation ${name}`);
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
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

async function render(node: React.ReactNode) {
  await act(async () => root.render(node));
}

/** Lets pending promises (fetch, state updates) settle. */
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

function viewer(permissions: string[]): Viewer {
  return {
    user: { id: 'u1', email: 'a@example.com', name: 'Ada', emailVerified: true },
    tenant: { id: 't1', slug: 'acme', name: 'Acme', plan: 'free' },
    role: 'OWNER',
    permissions,
    siteIds: null,
    memberships: { edges: [] },
  };
}

function input(label: string): HTMLInputElement {
  const labelEl = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
  const el = labelEl ? document.getElementById(labelEl.htmlFor) : null;
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

describe('SignIn', () => {
  it('signs in, keeps the refresh token in the store and binds the workspace', async () => {
    const { calls, fetchImpl } = gateway({
      signInProviders: () => ({
        data: { signInProviders: [{ id: 'google', name: 'Google', startUrl: '/auth/oidc/google/start' }] },
      }),
      login: () => ({
        data: {
          login: {
            accessToken: 'access-1',
            expiresAt: new Date(Date.now() + 900_000).toISOString(),
            refreshToken: 'refresh-1',
            mfaRequired: false,
            mfaTicket: null,
          },
        },
      }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    const store = memoryStore();
    const session = new Session(store, fetchImpl);
    const reload = vi.fn(async () => {});
    await render(
      <AppContext.Provider value={{ session, viewer: null, reload }}>
        <SignIn />
      </AppContext.Provider>,
    );
    type(input('Email'), 'ada@example.com');
    type(input('Password'), 'correct horse battery');
    type(input('Workspace (optional)'), 'acme');
    await act(async () => container.querySelector('form')!.requestSubmit());
    await settle();
    const provider = container.querySelector<HTMLAnchorElement>('[aria-label="Other ways to sign in"] a');
    expect(provider?.getAttribute('href')).toBe('/auth/oidc/google/start?redirect=%2Feditor%2F');
    expect(provider?.textContent).toBe('Continue with Google');
    const login = calls.find((c) => c.query.includes('login('))!;
    expect(login.variables).toEqual({
      input: { email: 'ada@example.com', password: 'correct horse battery', tenantSlug: 'acme' },
    });
    expect(login.headers.authorization).toBeUndefined();
    expect(store.getItem('webhaze.refresh')).toBe('refresh-1');
    expect(session.tenantSlug).toBe('acme');
    expect(reload).toHaveBeenCalledOnce();
    expect(await session.credentials()).toEqual({ accessToken: 'access-1', tenantSlug: 'acme' });
  });

  it("shows the server's refusal and stores nothing", async () => {
    const { fetchImpl } = gateway({
      signInProviders: () => ({ data: { signInProviders: [] } }),
      login: () => ({
        errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    });
    vi.stubGlobal('fetch', fetchImpl);
    const store = memoryStore();
    const session = new Session(store, fetchImpl);
    await render(
      <AppContext.Provider value={{ session, viewer: null, reload: async () => {} }}>
        <SignIn />
      </AppContext.Provider>,
    );
    type(input('Email'), 'ada@example.com');
    type(input('Password'), 'wrong password!');
    await act(async () => container.querySelector('form')!.requestSubmit());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Wrong email or password');
    expect(session.signedIn).toBe(false);
  });
});

/** Renders a signed-out screen against a gateway stand-in answering `answers`. */
async function signedOut(node: React.ReactNode, answers: Parameters<typeof gateway>[0]) {
  const { calls, fetchImpl } = gateway(answers);
  vi.stubGlobal('fetch', fetchImpl);
  const store = memoryStore();
  const session = new Session(store, fetchImpl);
  const reload = vi.fn(async () => {});
  await render(<AppContext.Provider value={{ session, viewer: null, reload }}>{node}</AppContext.Provider>);
  return { calls, store, session, reload };
}

async function submitSignUp() {
  type(input('Name'), 'Ada');
  type(input('Email'), 'ada@example.com');
  type(input('Password (at least 10 characters)'), 'correct horse battery');
  await act(async () => container.querySelector('form')!.requestSubmit());
  await settle();
}

describe('SignUp', () => {
  it('asks for the emailed link and signs nobody in (the same answer for every address)', async () => {
    const { calls, session, reload } = await signedOut(<SignUp />, {
      signUp: () => ({ data: { signUp: true } }),
    });
    await submitSignUp();
    expect(calls.map((c) => c.variables)).toEqual([
      { input: { name: 'Ada', email: 'ada@example.com', password: 'correct horse battery' } },
    ]);
    expect(container.querySelector('h1')?.textContent).toBe('Check your email');
    expect(container.querySelector('[role="status"]')?.textContent).toContain('ada@example.com');
    expect(session.signedIn).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it("shows the server's refusal on the form (too many sign-ups)", async () => {
    await signedOut(<SignUp />, {
      signUp: () => ({
        errors: [
          { message: 'Too many attempts: try again in 60 seconds', extensions: { code: 'RATE_LIMITED' } },
        ],
      }),
    });
    await submitSignUp();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Too many attempts');
    expect(container.querySelector('form')).not.toBeNull();
  });
});

describe('CompleteSignUp', () => {
  it('trades the emailed token once for a session and goes on to the workspaces', async () => {
    window.history.replaceState(null, '', '/editor/sign-up/complete?token=tok-1');
    const expiresAt = new Date(Date.now() + 900_000).toISOString();
    const { calls, store, reload } = await signedOut(<CompleteSignUp />, {
      completeSignUp: () => ({
        data: { completeSignUp: { accessToken: 'access-2', expiresAt, refreshToken: 'refresh-2' } },
      }),
    });
    await settle();
    expect(calls.map((c) => c.variables)).toEqual([{ token: 'tok-1' }]);
    expect(store.getItem('webhaze.refresh')).toBe('refresh-2');
    expect(reload).toHaveBeenCalledOnce();
    expect(window.location.pathname).toBe('/editor/tenants');
  });

  it('shows why a used or expired link does not work', async () => {
    window.history.replaceState(null, '', '/editor/sign-up/complete?token=used');
    const { session } = await signedOut(<CompleteSignUp />, {
      completeSignUp: () => ({
        errors: [
          {
            message: 'token: this link has expired or was already used; sign up again',
            extensions: { code: 'BAD_USER_INPUT', field: 'token' },
          },
        ],
      }),
    });
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/expired or was already used/);
    expect(session.signedIn).toBe(false);
  });
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
      setTenantTokens: (v) => ({
        data: { setTenantTokens: { scope: 'tenant', version: 4, document: v.document } },
      }),
    });
    const hex = input('Hex value of primary colour');
    expect(hex.value).toBe('#1d4ed8');
    type(hex, '#ff0000');
    await act(async () => container.querySelector('form')!.requestSubmit());
    await settle();
    const save = calls.find((c) => c.query.includes('setTenantTokens'))!;
    expect(save.variables).toEqual({
      expectedVersion: 3,
      document: {
        spacing: { 4: { $value: '1rem' } },
        color: {
          brand: { primary: { $value: { colorSpace: 'srgb', components: [1, 0, 0], hex: '#ff0000' } } },
        },
      },
    });
    expect(save.headers).toMatchObject({ authorization: 'Bearer a', 'x-tenant': 'acme' });
    expect(container.textContent).toContain('Tokens saved');
  });

  it("shows the server's error at the token path it names", async () => {
    await renderTokens(['settings:read', 'settings:write'], {
      setTenantTokens: () => ({
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

describe('ConflictDialog', () => {
  it('shows both versions and lets the editor choose', async () => {
    const keep = vi.fn();
    const take = vi.fn();
    await render(
      <ConflictDialog
        mine={{ content: [{ type: 'Heading', props: { text: 'Mine' } }] }}
        theirs={{
          tree: { content: [{ type: 'Heading', props: { text: 'Theirs' } }] },
          version: 7,
          updatedAt: '2026-01-01T00:00:00Z',
        }}
        onKeepMine={keep}
        onTakeTheirs={take}
      />,
    );
    const sides = [...container.querySelectorAll('section')].map((s) => s.querySelector('pre')?.textContent);
    expect(sides).toEqual(['Heading: Mine', 'Heading: Theirs']);
    expect(document.activeElement?.id).toBe('conflict-title');
    const [keepButton, takeButton] = [...container.querySelectorAll('button')];
    await act(async () => keepButton!.click());
    expect(keep).toHaveBeenCalledOnce();
    expect(takeButton!.textContent).toBe('Use version 7');
    await act(async () => takeButton!.click());
    expect(take).toHaveBeenCalledOnce();
  });
});

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
    await act(async () => root.unmount());
    root = createRoot(container);
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
