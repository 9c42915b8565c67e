/**
 * Test support for the screen tests that render into one root per test (auth, pages, analytics and
 * settings; happy-dom), on top of testing.tsx's gateway stand-in. A test file calls `withScreenRoot()`
 * once at its top level: before each test a fresh `container` (a live binding) and root, the URL
 * at /editor/ and an empty sessionStorage; after it the root unmounted and stubbed globals restored.
 * The helpers find controls in that container. Not part of the app bundle (only *.test.tsx import it).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { AppContext, type Viewer } from './app-context.js';
import { Session } from './session.js';
import { type Answers, gateway, memoryStore, settle, type, viewerWith } from './testing.js';

export { type Answers, click, gateway, memoryStore, settle, type } from './testing.js';

/** The current test's container (reassigned before each test: import it, never copy it). */
export let container: HTMLElement;
let root: Root;

/** Registers the per-test root; call once at the top of a test file. */
export function withScreenRoot(): void {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    window.history.replaceState(null, '', '/editor/');
    sessionStorage.clear();
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
    vi.unstubAllGlobals();
  });
}

/** Puck's canvas starts a 500 ms timer on mount (its loader) that nothing clears. */
const PUCK_LOADER_DELAY_MS = 500;

/**
 * For files that mount Puck: after the last test, outlasts Puck's uncleared loader timer, so it fires
 * while the simulated DOM still exists (after the environment's teardown React would throw
 * `window is not defined` from it). Nothing is asserted after the wait.
 */
export function outlastPuckTimers(): void {
  afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, PUCK_LOADER_DELAY_MS + 100)));
}

/** Unmounts what the current root shows and starts a fresh root in the same container. */
export async function remount(): Promise<void> {
  await act(async () => root.unmount());
  root = createRoot(container);
}

/** Renders `node` into the current root. */
export async function render(node: React.ReactNode): Promise<void> {
  await act(async () => root.render(node));
}

/** A workspace owner with `permissions`. */
export function viewer(permissions: string[]): Viewer {
  return viewerWith(permissions, 'OWNER');
}

/**
 * Renders `node` signed in as an owner with `permissions` (signed out when null), talking to
 * `answers`; `reload` is a spy.
 */
export async function mount(node: React.ReactNode, permissions: string[] | null, answers: Answers) {
  const { calls, fetchImpl } = gateway(answers);
  const session = new Session(memoryStore(), fetchImpl);
  if (permissions) session.adopt({ accessToken: 'a', expiresAt: '2999-01-01T00:00:00Z' }, 'acme');
  const reload = vi.fn(async () => {});
  await render(
    <AppContext.Provider value={{ session, viewer: permissions ? viewer(permissions) : null, reload }}>
      {node}
    </AppContext.Provider>,
  );
  await settle();
  return { calls, session, reload };
}

/** The input whose <label> reads `label` (by `for`, or wrapping it). */
export function input(label: string): HTMLInputElement {
  const labelEl = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const el = labelEl?.htmlFor ? document.getElementById(labelEl.htmlFor) : labelEl?.querySelector('input');
  if (!(el instanceof HTMLInputElement)) throw new Error(`no input labelled ${label}`);
  return el;
}

/** Picks `value` in a select the way React notices. */
export const choose: (el: HTMLSelectElement, value: string) => void = type;

/** The button whose text is exactly `text`. */
export function button(text: string): HTMLButtonElement {
  const el = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!el) throw new Error(`no button ${text}`);
  return el;
}

export async function submit(form: HTMLFormElement | null): Promise<void> {
  await act(async () => form!.requestSubmit());
  await settle();
}

/** An answer for an operation the screen must not send. */
export const forbidden = (answer: string) => () => {
  throw new Error(`${answer} must not be asked for`);
};
