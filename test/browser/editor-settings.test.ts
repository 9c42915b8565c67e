/**
 * The editor's privacy settings in a real browser (Debian chromium driven by playwright-core)
 * against the whole stack with the demo tenant: the owner signs in, changes the Clarity project id
 * and the consent mode on /editor/settings/privacy, and the storefront page then carries the new
 * project id with consent denied and the banner shown. A malformed id is refused in the browser
 * before anything is sent. The analytics and privacy screens pass axe-core (no serious or critical
 * violation). Every non-localhost request is blocked (Clarity's script included).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { JobPayloads } from '../../core/jobs.js';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { renderEmail } from '../../workers/email.js';
import { bearer, eventually, gql } from '../e2e/support.js';
import { launchChromium } from '../support/browser.js';
import { ensureClientBuild } from '../support/client-build.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (rule id: first target). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<Result> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)}`);
  });
}

describe('editor privacy settings in a real browser (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const blocked: string[] = [];
  const problems: string[] = [];
  let enqueue: MockInstance<RunningStack['jobs']['enqueue']>;

  beforeAll(async () => {
    // The gateway serves client/dist: built from the current sources, once for all browser tests.
    await ensureClientBuild();
    database = await createTestDatabase();
    stack = await startStack(testConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL }), {
      freePorts: true,
      seed: true,
    });
    // The invitation email is the only place its token exists: read it where the auth service sends it.
    enqueue = vi.spyOn(stack.jobs, 'enqueue');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || host === 'localhost') return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy|Uncaught/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(String(err)));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
    await database?.drop();
  });

  it('changes the Clarity id and consent mode from the UI, and the storefront follows', async () => {
    const base = stack.gatewayUrl;
    await page.goto(`${base}/editor/`);
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByLabel('Workspace (optional)').fill(DEMO.tenantSlug);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sites' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
    await page.getByRole('heading', { name: 'Analytics', exact: true }).waitFor();
    await page.locator('[aria-label="Totals"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('main').getByRole('link', { name: 'Privacy' }).click();
    const id = page.getByLabel('Clarity project id');
    await id.waitFor();
    expect(await id.inputValue()).toBe(DEMO.clarityProjectId);
    expect(await axeViolations(page)).toEqual([]);

    // The server's rule, checked in the browser: nothing is sent for a malformed id.
    await id.fill('Not-An-Id');
    await page.getByText('Clarity project id must be 6–16 lowercase letters and digits').waitFor();
    expect(await page.getByRole('button', { name: 'Save draft' }).isDisabled()).toBe(true);

    await id.fill('newproj42');
    await page.getByLabel('Consent needed everywhere').check();
    // A draft first: visitors see the change only once it is published.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').filter({ hasText: 'the draft is not live' }).waitFor();
    expect(await (await fetch(`${base}/s/${DEMO.tenantSlug}/`)).text()).not.toContain('newproj42');
    await page.getByRole('button', { name: 'Publish privacy settings' }).click();
    await page
      .getByText(/^Privacy settings published: visitors get version \d+ now\.$/)
      .first()
      .waitFor();

    // The storefront page (its cache is purged by the settings event) carries the new id, consent denied.
    const visitor = await browser.newContext();
    const storefront = await visitor.newPage();
    const visitorBlocked: string[] = [];
    await storefront.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || host === 'localhost') return route.continue();
      visitorBlocked.push(route.request().url());
      return route.abort();
    });
    await eventually(async () => {
      const html = await (await fetch(`${base}/s/${DEMO.tenantSlug}/`)).text();
      return html.includes('newproj42') ? true : undefined;
    }, 15_000);
    await storefront.goto(`${base}/s/${DEMO.tenantSlug}/`, { waitUntil: 'load' });
    const calls = await storefront.evaluate(() => {
      const clarity = (window as unknown as { clarity?: { q?: ArrayLike<unknown>[] } }).clarity;
      return clarity ? Array.from(clarity.q ?? [], (args) => Array.from(args)) : null;
    });
    expect(calls).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    expect(visitorBlocked).toEqual(['https://www.clarity.ms/tag/newproj42']);
    expect(await storefront.getByRole('link', { name: 'Accept' }).count()).toBe(1);
    await visitor.close();

    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120_000);

  it('edits the type scale and radius, and the storefront uses them', async () => {
    const base = stack.gatewayUrl;
    // Still signed in from the first test.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('main').getByRole('link', { name: 'Design tokens' }).click();
    await page.getByLabel('font.size.md').fill('18px');
    await page.getByLabel('radius.md').fill('12px');
    await page.getByLabel('font.weight.bold').fill('800');
    expect(
      await page
        .getByRole('region', { name: 'Preview' })
        .locator('div')
        .first()
        .evaluate((el) => el.style.fontSize),
    ).toBe('18px');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved: not live until you publish.' }).waitFor();
    expect(await page.getByLabel('font.size.md').inputValue()).toBe('18px');
    await page.getByRole('button', { name: 'Publish theme' }).click();
    await page
      .getByText(/^Theme published: visitors see version \d+ now\.$/)
      .first()
      .waitFor();
    await eventually(async () => {
      const html = await (await fetch(`${base}/s/${DEMO.tenantSlug}/`)).text();
      return html.includes('--wh-font-size-md:18px') || html.includes('--wh-font-size-md: 18px')
        ? true
        : undefined;
    }, 15_000);
    const html = await (await fetch(`${base}/s/${DEMO.tenantSlug}/`)).text();
    expect(html).toMatch(/--wh-radius-md: ?12px/);
    expect(html).toMatch(/--wh-font-weight-bold: ?800/);
    expect(problems).toEqual([]);
  }, 120_000);

  it('accepts an invitation from the emailed link, signing up on the way', async () => {
    const base = stack.gatewayUrl;
    const email = `ivy+${Date.now().toString(36)}@example.com`;
    const owner = await gql<{ login: { accessToken: string } }>(
      base,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    const invited = await gql(
      base,
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
      { input: { email, role: 'EDITOR' } },
      { ...bearer(owner.body.data!.login.accessToken), 'x-tenant': DEMO.tenantSlug },
    );
    expect(invited.body.errors).toBeUndefined();
    const job = enqueue.mock.calls.findLast(
      ([name, payload]) => name === 'email.send' && (payload as JobPayloads['email.send']).to === email,
    );
    const payload = job![1] as JobPayloads['email.send'];
    // The link exactly as the email shows it, pointed at this stack.
    const link = /Accept invitation: (\S+)/.exec(renderEmail('invitation', payload.data, base).text)![1]!;
    expect(new URL(link).pathname).toBe('/editor/invitations/accept');

    const invitee = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await invitee.route('**/*', (route) =>
      ['127.0.0.1', 'localhost'].includes(new URL(route.request().url()).hostname)
        ? route.continue()
        : route.abort(),
    );
    const tab = await invitee.newPage();
    tab.on('pageerror', (err) => problems.push(String(err)));
    await tab.goto(link);
    await tab.getByRole('heading', { name: 'You are invited' }).waitFor();
    await tab.getByRole('link', { name: 'Create an account' }).click();
    await tab.getByLabel('Name').fill('Ivy Invitee');
    await tab.getByLabel('Email').fill(email);
    await tab.getByLabel('Password (at least 10 characters)').fill('a long enough password');
    await tab.getByRole('button', { name: 'Sign up' }).click();
    await tab.getByRole('heading', { name: 'Check your email' }).waitFor();
    // The sign-up mail's link, opened in the same tab (where the invitation is kept).
    const signUp = enqueue.mock.calls.findLast(
      ([name, payload]) =>
        name === 'email.send' &&
        (payload as JobPayloads['email.send']).to === email &&
        (payload as JobPayloads['email.send']).template === 'sign-up',
    );
    const signUpLink = /Create my account: (\S+)/.exec(
      renderEmail('sign-up', (signUp![1] as JobPayloads['email.send']).data, base).text,
    )![1]!;
    await tab.goto(signUpLink);
    // Back from the sign-up, the invitation picks up where it was.
    await tab.getByRole('heading', { name: 'Join the workspace' }).waitFor();
    expect(await axeViolations(tab)).toEqual([]);
    await tab.getByRole('button', { name: 'Accept invitation' }).click();
    await tab.getByRole('heading', { name: 'Sites' }).waitFor();
    // The session is now bound to the demo workspace, as an Editor.
    await tab.getByText(/Ivy Invitee \(editor\)/).waitFor();
    expect(await tab.getByRole('link', { name: /^Workspace: / }).textContent()).toMatch(/^Workspace: /);
    expect(await tab.evaluate(() => sessionStorage.getItem('webhaze.invitation'))).toBeNull();
    await invitee.close();
    expect(problems).toEqual([]);
  }, 120_000);
});
