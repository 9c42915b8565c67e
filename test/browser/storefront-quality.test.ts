/**
 * Quality gates of the storefront, on the started stack (PostgreSQL, Redis, the seeded demo store)
 * in Debian's chromium, for every page type of the sample theme (test/support/storefront-tour.ts):
 * - Lighthouse 12 (mobile): accessibility, best practices and SEO score 100. Pages that must not be
 *   indexed (cart, checkout) answer `noindex`; there the crawlability audit is the one SEO point allowed.
 * - axe-core: no violation of any impact, on the page as served (its CSP included);
 * - html-validate (.htmlvalidate.mjs): no message on the raw server HTML;
 * - no console error, no uncaught error, and no request to any origin but the storefront's and the
 *   Clarity tag host, which the browsers map to a local stand-in (test/support/clarity-stub.ts).
 * The consent state is the demo's: no consent required, Clarity loaded, no banner.
 * Performance is not asserted (it depends on the machine's load): `npm run bench` prints it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import * as chromeLauncher from 'chrome-launcher';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import lighthouse from 'lighthouse';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { bearer, eventually, gql } from '../e2e/support.js';
import { CHROMIUM } from '../support/browser.js';
import { CLARITY_HOST, type ClarityStub, startClarityStub } from '../support/clarity-stub.js';
import {
  createTestDatabase,
  freePorts,
  TEST_REDIS_URL,
  type TestDatabase,
  testConfig,
} from '../support/env.js';
import { storefrontTour, type TourStop } from '../support/storefront-tour.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A (virtual) file at the repository root: html-validate finds .htmlvalidate.mjs from there. */
const REPO_FILE = fileURLToPath(new URL('../../storefront-page.html', import.meta.url));
const BROWSER_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

describe('storefront page types: Lighthouse, axe-core and html-validate (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let clarity: ClarityStub;
  let browser: Browser;
  let lighthouseChrome: chromeLauncher.LaunchedChrome;
  let tour: TourStop[];
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  beforeAll(async () => {
    database = await createTestDatabase();
    // Asset URLs are absolute (PUBLIC_URL): the gateway listens where they point.
    const [port] = await freePorts(1);
    stack = await startStack(
      testConfig({
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      }),
      { freePorts: true, gatewayPort: port, seed: true },
    );
    clarity = await startClarityStub();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...BROWSER_FLAGS, ...clarity.chromiumArgs],
    });
    lighthouseChrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [...BROWSER_FLAGS, ...clarity.chromiumArgs],
    });
    tour = await storefrontTour(stack.gatewayUrl, DEMO.tenantSlug);
    // The seed's photos are processed by the worker: the pages are looked at once every one is ready.
    const login = await gql<{ login: { accessToken: string } }>(
      stack.gatewayUrl,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    const token = login.body.data!.login.accessToken;
    await eventually(async () => {
      const res = await gql<{ assets: { edges: { node: { status: string } }[] } }>(
        stack.gatewayUrl,
        '{ assets(first: 100) { edges { node { status } } } }',
        {},
        bearer(token),
      );
      const statuses = res.body.data?.assets.edges.map((e) => e.node.status) ?? [];
      return statuses.length > 0 && statuses.every((s) => s === 'READY') ? true : undefined;
    }, 90_000);
  }, 180_000);

  afterAll(async () => {
    lighthouseChrome?.kill();
    await browser?.close();
    await clarity?.close();
    await stack?.close();
    await database?.drop();
  });

  const stop = (type: string) => {
    const found = tour.find((s) => s.type === type);
    if (!found) throw new Error(`the tour has no ${type} page`);
    return found;
  };

  const PAGE_TYPES = [
    'home',
    'page',
    'collection',
    'all-products',
    'product',
    'cart',
    'checkout',
    'search',
    'not-found',
  ];

  it('the tour covers every page type of the theme', () => {
    expect(tour.map((s) => s.type)).toEqual(PAGE_TYPES);
  });

  for (const type of PAGE_TYPES) {
    it(`${type}: html-validate clean, axe-core clean, no console error, nothing from another origin`, async () => {
      const { url, status } = stop(type);
      const res = await fetch(url);
      expect(res.status, url).toBe(status);
      const report = await validator.validateString(await res.text(), REPO_FILE);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
      );
      expect(messages, `${type}: html-validate`).toEqual([]);

      const context = await browser.newContext();
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      const otherOrigins = new Set<string>();
      const origin = new URL(url).origin;
      page.on('console', (m) => {
        // Chromium reports a failed load without its URL: the response/requestfailed lines name it.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
          consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => consoleErrors.push(e.message));
      page.on('requestfailed', (r) => consoleErrors.push(`${r.url()}: ${r.failure()?.errorText}`));
      page.on('response', (r) => {
        // The not-found page's own 404 is its point; any other failing response is a defect.
        if (r.status() >= 400 && r.url() !== url) consoleErrors.push(`${r.url()}: ${r.status()}`);
      });
      page.on('request', (r) => {
        const requested = new URL(r.url());
        if (requested.origin !== origin && requested.protocol !== 'data:') otherOrigins.add(requested.origin);
      });
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(status);
      // `evaluate` runs outside the page's CSP; the page itself allows no such script.
      await page.evaluate(AXE_SOURCE);
      const results = (await page.evaluate(() =>
        (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(
          document,
          {
            resultTypes: ['violations'],
          },
        ),
      )) as AxeResults;
      await context.close();
      const violations = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`,
      );
      expect(violations, `${type}: axe-core`).toEqual([]);
      expect(consoleErrors, `${type}: console`).toEqual([]);
      expect(
        [...otherOrigins].filter((o) => o !== `https://${CLARITY_HOST}`),
        `${type}: origins`,
      ).toEqual([]);
    });

    it(`${type}: Lighthouse (mobile) accessibility, best practices and SEO at 100`, async () => {
      const { url, noindex } = stop(type);
      const result = await lighthouse(
        url,
        {
          port: lighthouseChrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['accessibility', 'best-practices', 'seo'],
          formFactor: 'mobile',
          screenEmulation: {
            mobile: true,
            width: 412,
            height: 823,
            deviceScaleFactor: 1.75,
            disabled: false,
          },
          // Nothing is timed here: no simulated network or CPU slowdown.
          throttlingMethod: 'provided',
          disableFullPageScreenshot: true,
          // The not-found page answers 404 by design; Lighthouse audits it all the same.
          ignoreStatusCode: true,
        },
        {
          extends: 'lighthouse:default',
          // Pages without scripts settle at once: shorter quiet windows than the defaults (1 s each).
          settings: {
            pauseAfterFcpMs: 0,
            pauseAfterLoadMs: 100,
            networkQuietThresholdMs: 100,
            cpuQuietThresholdMs: 100,
          },
        },
      );
      const lhr = result?.lhr;
      expect(lhr?.runtimeError, type).toBeUndefined();
      for (const category of Object.values(lhr!.categories)) {
        const lost = category.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr!.audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => {
            const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
            const what = items.map((i) => String(i.url ?? i.source ?? i.description ?? '')).join(' | ');
            return `${audit.id}: ${audit.title}${what ? ` (${what})` : ''}`;
          });
        const allowed = [
          ...(noindex && category.id === 'seo' ? ['is-crawlable'] : []),
          // Chromium logs the not-found page's own 404 as an error; the browser test above proves
          // it is the only one.
          ...(type === 'not-found' && category.id === 'best-practices' ? ['errors-in-console'] : []),
          // A not-found page answers 404 and is not indexed: that is its job.
          ...(type === 'not-found' && category.id === 'seo' ? ['http-status-code', 'is-crawlable'] : []),
        ];
        expect(
          lost.filter((id) => !allowed.some((a) => id.startsWith(`${a}:`))),
          `${type}: ${category.title}`,
        ).toEqual([]);
      }
    }, 60_000);
  }
});
