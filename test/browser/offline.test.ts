/**
 * Chromium in the tests resolves no name but localhost (CHROMIUM_OFFLINE_ARGS): not this machine's
 * own host name, not an outside name, not even when a test launches it through playwright directly.
 * The names refused first resolve locally without the rules (this machine's host name and address),
 * so the proof never depends on reaching outside. Requires /usr/bin/chromium (launchChromium).
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../support/browser.js';

const OWN_ADDRESS = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address;

describe('Chromium started by the tests', () => {
  let server: Server;
  let port: number;
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((_req, res) => res.end('<title>reached</title>'));
    server.listen(0, '0.0.0.0');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  /** The page title reached at `url`, or Chromium's network error. */
  async function visit(target: Browser, url: string): Promise<string> {
    const page = await target.newPage();
    try {
      await page.goto(url, { timeout: 20_000 });
      return await page.title();
    } catch (err) {
      return /net::ERR_[A-Z_]+/.exec((err as Error).message)?.[0] ?? (err as Error).message;
    } finally {
      await page.close();
    }
  }

  it('reaches localhost and 127.0.0.1', async () => {
    expect(await visit(browser, `http://127.0.0.1:${port}/`)).toBe('reached');
    expect(await visit(browser, `http://localhost:${port}/`)).toBe('reached');
  });

  it('cannot resolve any other name, local or outside', async () => {
    expect(await visit(browser, `http://${hostname()}:${port}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    if (OWN_ADDRESS) {
      expect(await visit(browser, `http://${OWN_ADDRESS}:${port}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    }
    expect(await visit(browser, 'http://example.com/')).toBe('net::ERR_NAME_NOT_RESOLVED');
  });

  it('applies to a browser a test launches through playwright directly', async () => {
    const direct = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
    try {
      expect(await visit(direct, `http://localhost:${port}/`)).toBe('reached');
      expect(await visit(direct, `http://${hostname()}:${port}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    } finally {
      await direct.close();
    }
  });
});
