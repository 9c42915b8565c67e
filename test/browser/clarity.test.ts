/**
 * Real-browser check of the Clarity head: Debian chromium (`/usr/bin/chromium`, installed by
 * .ci/run) driven by playwright-core; every non-localhost request is blocked, so Clarity's own
 * script never loads and the inline stub's queue shows exactly what the page asked for.
 * Skipped when chromium is not installed, except in CI (test/support/browser.ts), where that fails.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalContext, type RequestContext } from '../../core/context.js';
import { withPlatform } from '../../core/db.js';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { TenantSchema } from '../../subgraphs/auth/entities/auth.js';
import { eventually } from '../e2e/support.js';
import { launchChromium } from '../support/browser.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';

describe('Clarity in a real browser (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let browser: Browser;
  let demo: RequestContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    stack = await startStack(testConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL }), {
      freePorts: true,
      seed: true,
    });
    const tenant = await withPlatform(stack.auth.parts.db, 'browser test: the demo tenant', (em) =>
      em.findOne(TenantSchema, { slug: DEMO.tenantSlug }, { filters: false }),
    );
    demo = { ...internalContext('test', tenant!.id), tenantSlug: DEMO.tenantSlug };
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await database?.drop();
  });

  /** Opens the demo home page; returns the page, the queued Clarity calls and any CSP violations. */
  async function visit(headers: Record<string, string> = {}, cookie?: string) {
    const context = await browser.newContext({ extraHTTPHeaders: headers });
    const base = new URL(stack.gatewayUrl);
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, domain: base.hostname, path: '/' }]);
    }
    const page = await context.newPage();
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || host === 'localhost') return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto(`${stack.gatewayUrl}/s/${DEMO.tenantSlug}/`, { waitUntil: 'load' });
    return { page, blocked, violations, calls: await clarityCalls(page), close: () => context.close() };
  }

  const clarityCalls = (page: Page) =>
    page.evaluate(() => {
      const clarity = (window as unknown as { clarity?: { q?: ArrayLike<unknown>[] } }).clarity;
      return clarity ? Array.from(clarity.q ?? [], (args) => Array.from(args)) : null;
    });

  const consent = (value: string) => ['consentv2', { ad_Storage: value, analytics_Storage: value }];

  it('queues consent granted under mode NONE, runs the inline script under the CSP, loads nothing external', async () => {
    const { calls, blocked, violations, close } = await visit();
    expect(violations).toEqual([]);
    expect(calls).toEqual([consent('granted')]);
    expect(blocked).toEqual([`https://www.clarity.ms/tag/${DEMO.clarityProjectId}`]);
    await close();
  });

  it('defines no clarity at all with Sec-GPC: 1 or the opt-out cookie', async () => {
    for (const [headers, cookie] of [[{ 'sec-gpc': '1' }], [{}, 'wh_optout=1']] as const) {
      const { calls, blocked, close } = await visit(headers, cookie);
      expect(calls).toBeNull();
      expect(blocked).toEqual([]);
      await close();
    }
  });

  it('queues consent denied with the banner where consent is required; accepting grants it', async () => {
    await stack.analytics.settings.update(demo, { consentMode: 'ALWAYS' });
    // The change purges the gateway's page cache by event: wait until the page shows it.
    await eventually(async () => {
      const html = await (await fetch(`${stack.gatewayUrl}/s/${DEMO.tenantSlug}/`)).text();
      return html.includes('/consent?value=granted') ? true : undefined;
    }, 10_000);
    const { page, calls, violations, close } = await visit();
    expect(violations).toEqual([]);
    expect(calls).toEqual([consent('denied')]);
    await page.getByRole('link', { name: 'Accept' }).click();
    await page.waitForURL(`${stack.gatewayUrl}/s/${DEMO.tenantSlug}/`);
    expect(await clarityCalls(page)).toEqual([consent('granted')]);
    expect(await page.getByRole('link', { name: 'Accept' }).count()).toBe(0);
    await close();
    await stack.analytics.settings.update(demo, { consentMode: 'NONE' });
  });
});
