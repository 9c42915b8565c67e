/**
 * Real-browser check of self-hosted fonts: Debian chromium (`/usr/bin/chromium`) driven by
 * playwright-core loads a storefront page whose body family has a face made from a system font
 * (fc-list), uploaded through the gateway. The stack runs on fixed free ports with PUBLIC_URL set to
 * the gateway, so the font URL is same-origin with the page (as under `/s/<slug>/` in production).
 * Skipped only outside CI, when chromium or a system TrueType font is missing; in CI both are
 * required and a missing one fails the run (test/support/browser.ts, test/support/system-font.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { woff2FromSfnt } from '../../subgraphs/assets/fonts-testing.js';
import { bearer, gql } from '../e2e/support.js';
import { launchChromium } from '../support/browser.js';
import { createTestDatabase, freePorts, type TestDatabase, testConfig } from '../support/env.js';
import { requireSystemFont } from '../support/system-font.js';

describe('self-hosted fonts in a real browser (chromium)', () => {
  let database: TestDatabase;
  let stack: RunningStack;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const [gateway, auth, cms, commerce, analytics, assets] = await freePorts(6);
    url = `http://127.0.0.1:${gateway}`;
    // No REDIS_URL: jobs in-process, so no worker metrics port to collide on.
    stack = await startStack(
      testConfig({
        DATABASE_URL: database.url,
        PUBLIC_URL: url,
        GATEWAY_PORT: String(gateway),
        AUTH_PORT: String(auth),
        CMS_PORT: String(cms),
        COMMERCE_PORT: String(commerce),
        ANALYTICS_PORT: String(analytics),
        ASSETS_PORT: String(assets),
      }),
      { seed: true },
    );
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
    await database?.drop();
  });

  it('loads the uploaded face for the body family under the page CSP, with the preload used', async () => {
    const login = await gql<{ login: { accessToken: string } }>(
      url,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    const token = login.body.data!.login.accessToken;
    const body = woff2FromSfnt(requireSystemFont().bytes);
    const created = await gql<{ createUpload: { uploadUrl: string; asset: { id: string } } }>(
      url,
      'mutation($input: CreateUploadInput!) { createUpload(input: $input) { uploadUrl asset { id } } }',
      { input: { filename: 'system.woff2', contentType: 'font/woff2', size: body.length } },
      bearer(token),
    );
    const ticket = created.body.data!.createUpload;
    expect(
      (
        await fetch(ticket.uploadUrl, {
          method: 'PUT',
          body: new Uint8Array(body),
          headers: { 'content-type': 'font/woff2' },
        })
      ).status,
    ).toBe(200);
    const done = await gql<{ completeUpload: { status: string } }>(
      url,
      'mutation($id: ID!) { completeUpload(id: $id) { status } }',
      { id: ticket.asset.id },
      bearer(token),
    );
    expect(done.body.data!.completeUpload.status).toBe('READY');
    const tokens = await gql(
      url,
      'mutation($d: JSON!) { setTenantTokens(document: $d) { version } }',
      {
        d: {
          font: {
            family: {
              body: {
                $value: ['Brand Test', 'serif'],
                $extensions: {
                  'com.webhaze.fontFaces': [{ asset: ticket.asset.id, weight: 400, style: 'normal' }],
                },
              },
            },
          },
        },
      },
      bearer(token),
    );
    expect(tokens.body.errors).toBeUndefined();

    const context = await browser.newContext();
    const page = await context.newPage();
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
    });
    const response = await page.goto(`${url}/s/${DEMO.tenantSlug}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain(`font-src ${url}`);
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      const faces: string[] = [];
      document.fonts.forEach((f) => {
        faces.push(`${f.family} ${f.weight} ${f.status}`);
      });
      return {
        faces,
        check: document.fonts.check('16px "Brand Test"'),
        bodyFont: getComputedStyle(document.body).fontFamily,
        violations: (window as unknown as { violations: string[] }).violations,
      };
    });
    expect(loaded.faces).toEqual(['Brand Test 400 loaded']);
    expect(loaded.check).toBe(true);
    expect(loaded.bodyFont).toBe('"Brand Test", serif');
    expect(loaded.violations).toEqual([]);
    // Fetched once: the preload and the @font-face share the request.
    expect(fontRequests).toHaveLength(1);
    expect(fontRequests[0]).toMatch(
      new RegExp(`^${url}/files/tenants/[0-9a-f-]{36}/assets/${ticket.asset.id}/original\\.woff2$`),
    );
    await context.close();
  }, 60_000);
});
