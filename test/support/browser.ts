/**
 * Real-browser support for test/browser: Debian's chromium (`/usr/bin/chromium`, installed by
 * .ci/run) driven by playwright-core, never a downloaded browser.
 *
 * Locally the browser tests are skipped when chromium is missing. In CI (`CI` set to anything but
 * `0`/`false`, as .ci/run and the common CI services do) chromium is required: a missing browser
 * fails the run instead of silently skipping the proof.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_OFFLINE_ARGS } from './network-guard.js';
import { RUNNING_IN_CI } from './no-skips-reporter.js';

export const CHROMIUM = '/usr/bin/chromium';

/** True in CI: the browser tests must run there. */
export const CHROMIUM_REQUIRED = RUNNING_IN_CI;

/** Launches headless chromium; in CI a missing binary is an error that names the fix. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing but CI=${process.env.CI} requires the browser tests: install chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Resolves no name but localhost: the browser reaches nothing beyond this machine (network-guard.ts).
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      ...CHROMIUM_OFFLINE_ARGS,
    ],
  });
}

/** What a guarded page saw: script execution, dialogs, errors, CSP reports and blocked requests. */
export interface PageWatch {
  page: Page;
  context: BrowserContext;
  /** Arguments of every `window.__xss(...)` call (the corpus's sentinel). */
  sentinel: () => Promise<unknown[]>;
  /** Every alert/confirm/prompt/beforeunload dialog, dismissed. */
  dialogs: string[];
  /** Uncaught page errors. */
  errors: string[];
  /** Console messages that report a Content-Security-Policy violation. */
  cspViolations: string[];
  /** Requests to anything but 127.0.0.1/localhost (each failed: see guardedPage). */
  blocked: string[];
  /** Empties the lists above, so one page can be reused for many visits (the sentinel resets per document). */
  reset: () => void;
  close: () => Promise<void>;
}

/**
 * A fresh context and page with the XSS sentinel installed before any page script:
 * `window.__xss(n)` records `n`, and alert/confirm/prompt/print record too (as does the dialog
 * handler). `document.title` writes and `location` changes are caught by the callers' checks.
 * Every request to anything but loopback fails and is listed: the context's proxy is a port nothing
 * listens on and only 127.0.0.1 and localhost bypass it, which holds for IP literals too (the
 * launch's host-resolver rules only stop names). `csp: false` has the browser ignore the page's
 * Content-Security-Policy, to prove the markup itself is inert and not just blocked.
 *
 * Nothing is intercepted (no `page.route`): routing would send every request of every visit
 * through this test process, which also runs the stack, and turn the browser's cache off.
 */
export async function guardedPage(browser: Browser, opts: { csp?: boolean } = {}): Promise<PageWatch> {
  const context = await browser.newContext({
    javaScriptEnabled: true,
    bypassCSP: opts.csp === false,
    proxy: { server: `http://127.0.0.1:${await unusedPort()}`, bypass: '127.0.0.1,localhost' },
  });
  await context.addInitScript(() => {
    const hits: unknown[] = [];
    const record =
      (name: string) =>
      (...args: unknown[]) => {
        hits.push(args.length ? args[0] : name);
        return undefined;
      };
    Object.defineProperty(window, '__xssHits', { value: hits });
    Object.defineProperty(window, '__xss', { value: record('__xss') });
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(window, name, { value: record(name) });
    }
  });
  const page = await context.newPage();
  const watch: PageWatch = {
    page,
    context,
    sentinel: () => page.evaluate(() => [...(window as unknown as { __xssHits: unknown[] }).__xssHits]),
    dialogs: [],
    errors: [],
    cspViolations: [],
    blocked: [],
    reset: () => {
      for (const list of [watch.dialogs, watch.errors, watch.cspViolations, watch.blocked]) list.length = 0;
    },
    close: () => context.close(),
  };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) watch.cspViolations.push(msg.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
    if (url.protocol !== 'http:' || !local) watch.blocked.push(request.url());
  });
  return watch;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's serious and critical violations (rule id: first target) in the elements `selector`
 * matches, as the page is now. Evaluated through the DevTools protocol, so the page's CSP (no
 * inline scripts) still holds for the app.
 */
export async function seriousAxeViolations(page: Page, selector = 'html'): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: string): Promise<Result> } }).axe;
    const { violations } = await axe.run(context);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)}`);
  }, selector);
}

/** A localhost port nothing listens on right now (a PUBLIC_URL answered by routing, never bound). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
