/**
 * Test support for the editor's component tests (happy-dom): a gateway stand-in that answers
 * operations by name as the real gateway formats results and errors, a signed-in session, and small
 * DOM helpers. `mount` gives each screen its own container (media, store, orders);
 * screen-testing.tsx builds one root per test on the same stand-in (auth, pages, analytics,
 * settings). Not part of the app bundle (only *.test.tsx import it).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AppContext, type Viewer } from './app-context.js';
import { Session } from './session.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Call {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The request headers the session sent (authorization, x-tenant). */
  headers: Record<string, string>;
}

export type Answers = Record<string, (variables: Record<string, unknown>, call: number) => unknown>;

/** Answers each operation by its name (first letter lowercased, e.g. `mediaAssets`), recording every call. */
export function gateway(answers: Answers) {
  const calls: Call[] = [];
  const fetchImpl = async (_input: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    // Keyed by operation name, first letter lowercased (`MediaAssets` → `mediaAssets`).
    const name = operation.charAt(0).toLowerCase() + operation.slice(1);
    calls.push({ name, ...body, headers: init.headers as Record<string, string> });
    const answer = answers[name];
    if (!answer) throw new Error(`unexpected operation ${name}`);
    const count = calls.filter((c) => c.name === name).length;
    return new Response(JSON.stringify(answer(body.variables, count)), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return { calls, fetchImpl, named: (name: string) => calls.filter((c) => c.name === name) };
}

/** A signed-in member of the workspace `acme` with `permissions` (an Editor unless `role` says). */
export function viewerWith(permissions: string[], role: Viewer['role'] = 'EDITOR'): Viewer {
  return {
    user: { id: 'u1', email: 'a@example.com', name: 'Ada', emailVerified: true },
    tenant: { id: 't1', slug: 'acme', name: 'Acme', plan: 'free' },
    role,
    permissions,
    siteIds: null,
    memberships: { edges: [] },
  };
}

/** A session store in memory (the browser's is localStorage). */
export const memoryStore = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
};

/** A mounted screen in a fresh container, signed in with `permissions`, talking to `answers`. */
export async function mount(node: React.ReactNode, permissions: string[], answers: Answers) {
  const api = gateway(answers);
  const session = new Session(memoryStore(), api.fetchImpl);
  session.adopt({ accessToken: 'a', expiresAt: '2999-01-01T00:00:00Z' }, 'acme');
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  await act(async () =>
    root.render(
      <AppContext.Provider value={{ session, viewer: viewerWith(permissions), reload: async () => {} }}>
        {node}
      </AppContext.Provider>,
    ),
  );
  await settle();
  return {
    ...api,
    container,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises (fetch, timers of `ms`, state updates) settle. */
export const settle = (ms = 0) => act(async () => new Promise((resolve) => setTimeout(resolve, ms)));

/** Waits (bounded) until `check` passes, letting React and fetches run in between. */
export async function until(check: () => boolean, what: string, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await settle(5);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The form control whose <label> reads `label` (by `for`, or wrapping it). */
export function control<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, label: string): T {
  for (const el of container.querySelectorAll('label')) {
    const text = el.childNodes[0]?.textContent?.trim() ?? el.textContent?.trim();
    if (el.textContent?.trim() !== label && text !== label) continue;
    const found = el.htmlFor
      ? document.getElementById(el.htmlFor)
      : el.querySelector('input,select,textarea');
    if (found) return found as T;
  }
  const byAria = container.querySelector(`[aria-label="${label}"]`);
  if (byAria) return byAria as T;
  throw new Error(`no control labelled ${label}`);
}

/** Types into an input (or picks in a select) the way React notices. */
export function type(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!;
  act(() => {
    setter.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export function button(container: HTMLElement, text: string | RegExp): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) =>
    typeof text === 'string'
      ? b.textContent?.trim() === text || b.getAttribute('aria-label') === text
      : text.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

export const buttonTexts = (container: HTMLElement) =>
  [...container.querySelectorAll('button')].map((b) => b.textContent?.trim());

export async function click(el: HTMLElement) {
  await act(async () => el.click());
  await settle();
}

export async function submit(form: HTMLFormElement) {
  await act(async () => form.requestSubmit());
  await settle();
}
