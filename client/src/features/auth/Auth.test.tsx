/**
 * Component tests (happy-dom) of signing in and signing up: the operations sent, the session stored,
 * the server's refusals shown on the form.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AppContext } from '../../app-context.js';
import {
  container,
  gateway,
  input,
  memoryStore,
  render,
  settle,
  type,
  withScreenRoot,
} from '../../screen-testing.js';
import { Session } from '../../session.js';
import { CompleteSignUp, SignIn, SignUp } from './Auth.js';

withScreenRoot();

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
