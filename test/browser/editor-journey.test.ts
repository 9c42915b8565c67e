/**
 * The editor SPA end to end in a real browser: Debian chromium (`/usr/bin/chromium`) driven by
 * playwright-core against the whole stack (gateway serving the built SPA at /editor). Every
 * non-localhost request is blocked (the browser has no internet, and the editor must need none).
 * Journey: sign up (the emailed link) → create a workspace → create a site from a template → edit a heading in Puck →
 * change the primary colour token → publish → the storefront shows the new heading and colour.
 * Skipped when chromium is not installed, except in CI, where that fails (test/support/browser.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { JobPayloads } from '../../core/jobs.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { renderEmail } from '../../workers/email.js';
import { bearer, createAccount, gql } from '../e2e/support.js';
import { ensureClientBuild } from '../support/client-build.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';

const CHROMIUM = '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (rule id: first target). */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the editor's CSP (no inline scripts) still holds for the app.
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

describe('editor journey in a real browser (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let enqueue: MockInstance<RunningStack['jobs']['enqueue']>;
  const blocked: string[] = [];
  const problems: string[] = [];
  // Filled by the journey, used by the Contributor test.
  const slug = `journey-${Date.now().toString(36)}`;
  const ownerEmail = `bea+${slug}@example.com`;
  const password = 'a long enough password';
  let pageId = '';

  beforeAll(async () => {
    // The gateway serves client/dist: built from the current sources, once for all browser tests.
    await ensureClientBuild();
    database = await createTestDatabase();
    stack = await startStack(testConfig({ DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL }), {
      freePorts: true,
    });
    // The invitation email is the only place its token exists: read it where the auth service sends it.
    enqueue = vi.spyOn(stack.jobs, 'enqueue');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
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

  it('serves the SPA with its CSP, caching rules and fallback', async () => {
    const index = await fetch(`${stack.gatewayUrl}/editor/sites/anything`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await index.text();
    const asset = /src="(\/editor\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${stack.gatewayUrl}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${stack.gatewayUrl}/editor/assets/missing-123.js`)).status).toBe(404);
    expect((await fetch(`${stack.gatewayUrl}/editor/assets/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('signs up, builds a site from a template, edits it, recolours it and publishes it', async () => {
    const base = stack.gatewayUrl;
    const heading = 'Fresh bread every morning';

    await page.goto(`${base}/editor/`);
    await page.getByRole('heading', { name: 'Sign in to WebHaze' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Bea Baker');
    await page.getByLabel('Email').fill(ownerEmail);
    await page.getByLabel('Password (at least 10 characters)').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    expect(await page.getByRole('status').textContent()).toContain(ownerEmail);
    expect(await axeViolations(page)).toEqual([]);

    // The account exists once the emailed link is followed: the link exactly as the email shows it.
    const signUpMail = enqueue.mock.calls.findLast(
      ([name, payload]) => name === 'email.send' && (payload as JobPayloads['email.send']).to === ownerEmail,
    );
    const mailed = signUpMail![1] as JobPayloads['email.send'];
    expect(mailed.template).toBe('sign-up');
    const link = /Create my account: (\S+)/.exec(renderEmail('sign-up', mailed.data, base).text)![1]!;
    expect(new URL(link).pathname).toBe('/editor/sign-up/complete');
    await page.goto(link);

    await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
    await page.getByLabel('Name').fill('Bea Bakery');
    await page.getByLabel('Handle (lowercase letters, digits and hyphens)').fill(slug);
    // The journey builds its own site (the starter site's job is proven in subgraphs/cms/onboarding.test.ts).
    await page.getByLabel('Start with a site built from the sample theme').uncheck();
    await page.getByRole('button', { name: 'Create workspace' }).click();

    await page.getByRole('heading', { name: 'Sites' }).waitFor();
    // The onboarding checklist heads the first screen (inside the axe check below).
    await page.getByRole('heading', { name: 'Get your site ready' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Site name').fill('Bea Bakery');
    await page.getByLabel('Template', { exact: true }).selectOption('blog');
    await page.getByRole('button', { name: 'Create site' }).click();

    // The Puck editor (lazy chunk) with the template's heading filled with the site name.
    await page.waitForURL(/\/editor\/pages\/.+/);
    pageId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const canvasHeading = page.frameLocator('#preview-frame').locator('h1', { hasText: 'Bea Bakery' });
    await canvasHeading.waitFor();
    await canvasHeading.click();
    // The fields panel of the selected Heading (Puck also keeps a hidden copy for small screens).
    const textField = page.locator('input[name="text"]:visible');
    await textField.waitFor();
    await textField.fill(heading);
    await page.frameLocator('#preview-frame').locator('h1', { hasText: heading }).waitFor();
    await page.getByText('Unsaved changes').waitFor();
    // Autosave: no click, the draft is saved a few seconds after the last change.
    await page.getByText('Draft saved (version 2)').waitFor({ timeout: 15_000 });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    await page.getByRole('link', { name: 'Design tokens' }).click();
    await page.getByRole('heading', { name: 'Design tokens' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Hex value of primary colour').fill('#c2185b');
    // Saved as a draft, then published: only then do visitors see the colour.
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved: not live until you publish.').first().waitFor();
    await page.getByRole('button', { name: 'Publish theme' }).click();
    await page
      .getByText(/^Theme published: visitors see version \d+ now\.$/)
      .first()
      .waitFor();

    await page.getByRole('link', { name: 'Sites' }).click();
    await page.getByRole('link', { name: 'Bea Bakery', exact: true }).click();
    await page.frameLocator('#preview-frame').locator('h1', { hasText: heading }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/^Published \(version \d+\)$/).waitFor();

    const storefront = await context.newPage();
    await storefront.goto(`${base}/s/${slug}/`);
    const published = storefront.locator('h1', { hasText: heading });
    await published.waitFor();
    const linkColour = await storefront
      .locator('.wh-richtext a')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(linkColour).toBe('rgb(194, 24, 91)');
    await storefront.close();

    // The site's structure screens, on a phone: a menu edited by keyboard, the templates listed.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/editor/`);
    await page
      .getByRole('navigation', { name: 'Site Bea Bakery' })
      .getByRole('link', { name: 'Navigation' })
      .click();
    await page.getByRole('heading', { name: 'Navigation', level: 1 }).waitFor();
    await page.getByLabel('New menu handle').fill('main');
    await page.getByRole('button', { name: 'Create menu' }).click();
    await page.getByRole('button', { name: 'Add a link' }).click();
    await page.keyboard.type('Shop');
    await page.getByRole('button', { name: 'Add a link' }).click();
    await page.keyboard.type('Blog');
    await page.getByRole('button', { name: 'Move up “Blog”' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move down “Blog”',
    );
    expect(await axeViolations(page)).toEqual([]);
    // Page links need a target: these two lead to the store's own pages.
    for (const label of ['Blog', 'Shop']) {
      await page.getByRole('button', { name: `Choose link for “${label}”` }).click();
      await page
        .getByRole('button', { name: label === 'Shop' ? 'All products Store page' : 'Search Store page' })
        .click();
    }
    await page.getByRole('button', { name: 'Save menu' }).click();
    await page.getByText('Saved (version 1)').waitFor();
    await page.getByRole('link', { name: 'Templates' }).click();
    await page.getByRole('link', { name: 'Page not found (404)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1400, height: 900 });
    // Back to the page editor, where the next tests expect the Owner.
    await page.goto(`${base}/editor/pages/${encodeURIComponent(pageId)}`);
    await page.frameLocator('#preview-frame').locator('h1', { hasText: heading }).waitFor();

    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('lets a Contributor draft without Publish (a forged publish is refused); a stale save shows the conflict', async () => {
    expect(pageId, 'the journey created the page').not.toBe('');
    const base = stack.gatewayUrl;
    const email = `cody+${slug}@example.com`;
    const login = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    const ownerToken = (
      await gql<{ login: { accessToken: string } }>(base, login, {
        input: { email: ownerEmail, password, tenantSlug: slug },
      })
    ).body.data!.login.accessToken;
    await createAccount(stack, { email, password, name: 'Cody Contributor' });
    // The Owner invites Cody from the Team screen (a second tab: its own session) and creates an API key.
    const ownerTab = await context.newPage();
    await ownerTab.goto(`${base}/editor/sign-in`);
    await ownerTab.getByLabel('Email').fill(ownerEmail);
    await ownerTab.getByLabel('Password').fill(password);
    await ownerTab.getByLabel('Workspace (optional)').fill(slug);
    await ownerTab.getByRole('button', { name: 'Sign in' }).click();
    await ownerTab.getByRole('link', { name: 'Settings', exact: true }).click();
    await ownerTab.getByRole('link', { name: 'Team' }).click();
    await ownerTab.getByLabel('Email to invite').fill(email);
    await ownerTab.getByLabel('Role', { exact: true }).selectOption('CONTRIBUTOR');
    await ownerTab.getByRole('button', { name: 'Send invitation' }).click();
    await ownerTab.getByText(`${email} · Contributor`).waitFor();
    expect(await axeViolations(ownerTab)).toEqual([]);
    const keys = ownerTab.getByRole('region', { name: 'API keys' });
    await keys.getByLabel('Key name').fill('Headless site');
    await keys.getByLabel('content:read').check();
    await keys.getByRole('button', { name: 'Create key' }).click();
    const secret = await keys.getByLabel('New API key').inputValue();
    expect(secret).toMatch(/^whk_/);
    const viaKey = await gql<{ sites: { edges: unknown[] } }>(
      base,
      '{ sites { edges { cursor } } }',
      {},
      bearer(secret),
    );
    expect(viaKey.body.data?.sites.edges).toHaveLength(1);
    await keys.getByRole('button', { name: 'I have stored it' }).click();
    expect(await keys.getByLabel('New API key').count()).toBe(0);
    await ownerTab.close();
    const mail = enqueue.mock.calls.findLast(
      ([name, payload]) => name === 'email.send' && (payload as JobPayloads['email.send']).to === email,
    );
    const invitationToken = (mail![1] as JobPayloads['email.send']).data.token!;
    const accountToken = (
      await gql<{ login: { accessToken: string } }>(base, login, { input: { email, password } })
    ).body.data!.login.accessToken;
    const accepted = await gql(
      base,
      `mutation($token: String!) { acceptInvitation(token: $token) { accessToken } }`,
      { token: invitationToken },
      bearer(accountToken),
    );
    expect(accepted.body.errors).toBeUndefined();

    const contributor = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await contributor.route('**/*', (route) =>
      ['127.0.0.1', 'localhost'].includes(new URL(route.request().url()).hostname)
        ? route.continue()
        : route.abort(),
    );
    const tab = await contributor.newPage();
    await tab.goto(`${base}/editor/`);
    await tab.getByLabel('Email').fill(email);
    await tab.getByLabel('Password').fill(password);
    await tab.getByLabel('Workspace (optional)').fill(slug);
    await tab.getByRole('button', { name: 'Sign in' }).click();
    await tab.getByRole('heading', { name: 'Sites' }).waitFor();
    // The Team screen is readable (members:read) but offers no role changes or invitations.
    await tab.getByRole('link', { name: 'Settings', exact: true }).click();
    await tab.getByRole('link', { name: 'Team' }).click();
    await tab.getByRole('cell', { name: ownerEmail }).waitFor();
    expect(await tab.getByRole('combobox').count()).toBe(0);
    expect(await tab.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
    await tab.getByRole('link', { name: 'Sites' }).click();
    await tab.getByRole('heading', { name: 'Sites' }).waitFor();
    // A Contributor cannot create sites (settings:write): the form is not offered.
    expect(await tab.getByRole('button', { name: 'Create site' }).count()).toBe(0);
    await tab.getByRole('link', { name: 'Bea Bakery', exact: true }).click();
    const canvasHeading = tab
      .frameLocator('#preview-frame')
      .locator('h1', { hasText: 'Fresh bread every morning' });
    await canvasHeading.waitFor();
    await tab.getByRole('button', { name: 'Save draft' }).waitFor();
    expect(await tab.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await canvasHeading.click();
    await tab.locator('input[name="text"]:visible').fill('Fresh bread, drafted by Cody');
    await tab.getByRole('button', { name: 'Save draft' }).click();
    await tab.getByText(/^Draft saved \(version \d+\)$/).waitFor();
    // A reload keeps the session (the refresh token in sessionStorage buys a new access token)...
    await tab.reload();
    await tab.frameLocator('#preview-frame').locator('h1', { hasText: 'drafted by Cody' }).waitFor();
    expect(await tab.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    // ...and signing out forgets it.
    await tab.getByRole('button', { name: 'Sign out' }).click();
    await tab.getByRole('heading', { name: 'Sign in to WebHaze' }).waitFor();
    expect(await tab.evaluate(() => sessionStorage.length)).toBe(0);
    await contributor.close();

    // The same request the Publish button would send, forged with the Contributor's token.
    const contributorToken = (
      await gql<{ login: { accessToken: string } }>(base, login, {
        input: { email, password, tenantSlug: slug },
      })
    ).body.data!.login.accessToken;
    const forged = await gql(
      base,
      `mutation($id: ID!) { publishPage(id: $id) { id status } }`,
      { id: pageId },
      bearer(contributorToken),
    );
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Visitors still get the version the Owner published.
    const live = await (await fetch(`${base}/s/${slug}/`)).text();
    expect(live).toContain('Fresh bread every morning');
    expect(live).not.toContain('drafted by Cody');

    // The Owner's editor still holds the version it published: its next save is a CONFLICT, which
    // shows both versions; the Owner keeps theirs, saved as the next version after Cody's.
    await page.frameLocator('#preview-frame').locator('h1', { hasText: 'Fresh bread every morning' }).click();
    await page.locator('input[name="text"]:visible').fill('Owner has the last word');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor({ timeout: 15_000 });
    expect(await dialog.getByRole('region', { name: 'Your version' }).textContent()).toContain(
      'Owner has the last word',
    );
    expect(await dialog.getByRole('region', { name: /^Saved version \d+$/ }).textContent()).toContain(
      'drafted by Cody',
    );
    await dialog.getByRole('button', { name: 'Keep my version' }).click();
    await page.getByText(/^Draft saved \(version \d+\)$/).waitFor();
    expect(await dialog.count()).toBe(0);
    const draft = await gql<{ draftPage: { tree: unknown } }>(
      base,
      'query($id: ID!) { draftPage(id: $id) { tree } }',
      { id: pageId },
      bearer(ownerToken),
    );
    expect(JSON.stringify(draft.body.data?.draftPage.tree)).toContain('Owner has the last word');
    expect(problems).toEqual([]);
  });

  it('restores an older version from the history and shares the draft by a preview link', async () => {
    expect(pageId, 'the journey created the page').not.toBe('');
    // The Owner's editor from the tests above, holding "Owner has the last word".
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('complementary', { name: 'Page history and publishing' });
    await history.getByRole('button', { name: 'Restore version 2' }).click();
    // Version 2 is the autosave with the journey's heading.
    await page
      .frameLocator('#preview-frame')
      .locator('h1', { hasText: 'Fresh bread every morning' })
      .waitFor();
    await history.getByRole('button', { name: 'Create a preview link' }).click();
    const link = await history.getByRole('link', { name: /\/preview\// }).getAttribute('href');
    const preview = await context.newPage();
    await preview.goto(`${stack.gatewayUrl}${new URL(link!).pathname}`);
    await preview.locator('h1', { hasText: 'Fresh bread every morning' }).waitFor();
    await preview.close();
    expect(problems).toEqual([]);
  });
});
