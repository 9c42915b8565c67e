/**
 * The editor's pickers in a real browser (Debian chromium, playwright-core) against the whole
 * stack (PostgreSQL, Redis, the BullMQ worker making image variants, disk storage behind the
 * gateway's signed routes), as a new shop owner uses them: insert an Image block (valid at once,
 * a placeholder on the canvas) → upload and pick an image in the media picker → insert a Product
 * grid → pick two products in the product picker → save and publish → the live page shows the
 * image and both products. No field shows an id. On the way: the canvas draws the site's header and
 * styles as the live page does, the heading is edited on the canvas, the phone viewport is 390 px,
 * and a value the save would refuse is told at its field.
 *
 * The browser talks to PUBLIC_URL (answered by the gateway through Playwright's routing, as in
 * editor-media.test.ts), so the editor's CSP holds as in production.
 */
import { rm } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningStack, startStack } from '../../stack/start.js';
import { bearer, createAccount, gql } from '../e2e/support.js';
import { launchChromium, seriousAxeViolations, unusedPort } from '../support/browser.js';
import { ensureClientBuild } from '../support/client-build.js';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase, testConfig } from '../support/env.js';
import { noiseJpeg } from '../support/images.js';

/** The editor's canvas: Puck's iframe. */
const canvasOf = (page: Page) => page.frameLocator('#preview-frame');

/** Drags a block from Puck's drawer to just below the canvas's first heading (dnd-kit needs real pointer moves). */
async function insertBlock(page: Page, name: string) {
  const item = page.locator('[class*="DrawerItem-draggable"]', { hasText: new RegExp(`^${name}$`) }).first();
  await item.scrollIntoViewIfNeeded();
  const from = (await item.boundingBox())!;
  const to = (await canvasOf(page).locator('main .wh-heading').first().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const steps = 20;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      from.x + ((to.x + 40 - from.x) * i) / steps,
      from.y + ((to.y + to.height - 4 - from.y) * i) / steps,
    );
  }
  await page.mouse.up();
}

describe('editor pickers in a real browser (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin = '';
  let token = '';
  const slug = `pick-${Date.now().toString(36)}`;
  const email = `pia+${slug}@example.com`;
  const password = 'a long enough password';
  const blocked: string[] = [];
  const problems: string[] = [];

  const api = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql<T>(stack.gatewayUrl, query, variables, bearer(token));
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data!;
  };

  beforeAll(async () => {
    await ensureClientBuild();
    database = await createTestDatabase();
    origin = `http://127.0.0.1:${await unusedPort()}`;
    stack = await startStack(
      testConfig({
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        PUBLIC_URL: origin,
        IMAGE_WIDTHS: '64,128,256',
        IMAGE_AVIF_EFFORT: '1',
      }),
      { freePorts: true },
    );
    token = (await createAccount(stack, { email, password, name: 'Pia Picker' })).accessToken;
    token = (
      await api<{ createTenant: { accessToken: string } }>(
        'mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken } }',
        { input: { slug, name: 'Pia Pots', starterSite: false } },
      )
    ).createTenant.accessToken;
    const { createSite } = await api<{ createSite: { id: string } }>(
      'mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }',
      { input: { name: 'Pia Pots' } },
    );
    await api('mutation($input: SavePageInput!) { savePage(input: $input) { id } }', {
      input: {
        siteId: createSite.id,
        path: '/',
        title: 'Home',
        tree: { root: { props: {} }, content: [{ type: 'Heading', props: { text: 'Pia Pots', level: 1 } }] },
      },
    });
    for (const [title, amount] of [
      ['Blue bowl', 1800],
      ['Green jug', 3200],
      ['Oak spoon', 900],
    ] as const) {
      await api('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
        input: { title, status: 'ACTIVE', variants: [{ prices: [{ currency: 'EUR', amount }] }] },
      });
    }

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin) {
        const response = await route.fetch({ url: `${stack.gatewayUrl}${url.pathname}${url.search}` });
        return route.fulfill({ response });
      }
      blocked.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy|Uncaught/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(String(err)));
    await page.goto(`${origin}/editor/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel('Workspace (optional)').fill(slug);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sites' }).waitFor();
  }, 300_000);

  afterAll(async () => {
    // Image requests still in flight when the context closes are dropped, not failed.
    await context?.unrouteAll({ behavior: 'ignoreErrors' });
    await context?.close();
    await browser?.close();
    await stack?.close();
    await database?.drop();
    if (stack) await rm(stack.config.dataDir, { recursive: true, force: true });
  });

  it('picks an uploaded image and two products, publishes, and the live page shows them', async () => {
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.waitForURL(/\/editor\/pages\/.+/);
    const canvas = canvasOf(page);
    const heading = canvas.locator('main .wh-heading', { hasText: 'Pia Pots' });
    await heading.waitFor();
    // The canvas is the live page: the site's header around the content, the live stylesheet and
    // font, none of the editor's own styles.
    await canvas.locator('.wh-site-header').waitFor();
    expect(await heading.evaluate((el) => getComputedStyle(el.ownerDocument.body).fontFamily)).toMatch(
      /^"?Inter/,
    );
    // The heading is edited on the canvas; the fields panel follows.
    await heading.click();
    // Puck makes the text editable while the pointer is over it.
    await heading.locator('[class*="InlineTextField"]').hover();
    const inline = heading.locator('[contenteditable="plaintext-only"]');
    await inline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' & Co');
    await canvas.locator('main .wh-heading', { hasText: 'Pia Pots & Co' }).waitFor();
    await page.locator('input[name="text"]:visible').waitFor();
    expect(await page.locator('input[name="text"]:visible').inputValue()).toBe('Pia Pots & Co');
    // Phone viewport: the canvas is 390 pixels wide, as a phone shows the page.
    await page.getByRole('button', { name: 'Switch to Phone viewport' }).click();
    await expect
      .poll(() => canvas.locator('body').evaluate((el) => el.ownerDocument.defaultView!.innerWidth))
      .toBe(390);

    // A new Image is valid at once: a placeholder on the canvas, the media picker in the fields.
    await insertBlock(page, 'Image');
    await canvas.locator('.wh-image--missing').first().waitFor();
    // A value the save would refuse is told at its field, in words.
    const alt = page.locator('input[name="alt"]:visible');
    await alt.fill('x'.repeat(301));
    const tooLong = page
      .getByText('This field is too long: at most 300 characters.')
      .filter({ visible: true });
    await tooLong.waitFor();
    await alt.fill('');
    await tooLong.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Choose Image' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    await picker.getByText('No images yet: upload one.').waitFor();
    await picker.locator('input[type="file"]').setInputFiles({
      name: 'bowl.jpg',
      mimeType: 'image/jpeg',
      buffer: await noiseJpeg(300, 200),
    });
    // Uploaded, processed by the worker until READY, and selected.
    await picker
      .locator('.picker-tile[aria-pressed="true"]', { hasText: 'bowl.jpg' })
      .waitFor({ timeout: 90_000 });
    expect(await seriousAxeViolations(page, '.picker-backdrop')).toEqual([]);
    await picker.getByLabel('Alt text', { exact: true }).fill('A blue bowl');
    await picker.getByRole('button', { name: 'Save alt text' }).click();
    await picker.getByText('Alt text saved').waitFor();
    await picker.getByRole('button', { name: 'Use “bowl.jpg”' }).click();
    const fields = page.locator('.picker-chosen:visible', { hasText: 'bowl.jpg' });
    await fields.waitFor();
    // The canvas draws the image from its variants, at the picked image's size.
    await canvas.locator('img.wh-image[srcset*="/files/"]').waitFor();
    expect(await page.locator('input[name="width"]:visible').inputValue()).toBe('300');

    // A new Product grid: "+" on a list of objects is gone; the product picker edits the ids.
    await insertBlock(page, 'Product grid');
    await page.getByRole('button', { name: 'Choose products' }).click();
    const products = page.getByRole('dialog', { name: 'Choose products' });
    await products.getByRole('button', { name: /Green jug/ }).waitFor();
    expect(await seriousAxeViolations(page, '.picker-backdrop')).toEqual([]);
    await products.getByRole('button', { name: /Green jug/ }).click();
    await products.getByRole('button', { name: /Blue bowl/ }).click();
    await products.getByRole('button', { name: 'Use 2 products' }).click();
    const chosen = page.getByRole('list', { name: 'Chosen products' });
    expect(await chosen.locator('.picker-name').allTextContents()).toEqual(['Green jug', 'Blue bowl']);
    await canvas.locator('.wh-card__title', { hasText: 'Blue bowl' }).waitFor();
    // Buttons are buttons, styled as live.
    expect(
      await canvas
        .locator('.wh-product__add button')
        .first()
        .evaluate((el) => getComputedStyle(el).borderRadius),
    ).not.toBe('0px');
    // No field shows an id (ids are long base-32/UUID-like strings).
    const panelText = await page.locator('.picker-field').allTextContents();
    expect(panelText.join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|[A-Za-z0-9_-]{20,}/);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText(/^Published \(version \d+\)$/).waitFor({ timeout: 20_000 });

    const live = await context.newPage();
    await live.goto(`${origin}/s/${slug}/`);
    await live.locator('.wh-heading', { hasText: 'Pia Pots & Co' }).waitFor();
    const titles = await live.locator('.wh-card__title').allTextContents();
    expect(titles).toEqual(['Green jug', 'Blue bowl']);
    const image = live.locator('img.wh-image');
    expect(await image.getAttribute('alt')).toBe('A blue bowl');
    expect(await image.getAttribute('srcset')).toMatch(/\/files\/.+ 64w/);
    await live.close();

    expect(problems).toEqual([]);
    expect(blocked).toEqual([]);
  }, 240_000);
});
