/**
 * `npm run screenshots [-- <dir>]`: starts WebHaze on its embedded defaults with the demo store
 * (a fresh data folder; DATABASE_URL and the other settings of the environment apply), visits every
 * page type of the storefront (test/support/storefront-tour.ts) in Debian's chromium at 390 px
 * and 1440 px, and writes a full-page PNG of each to a folder outside the repository
 * (default: `<tmp>/webhaze-screenshots`). Prints each file with the status it answered and any
 * horizontal overflow, so a layout wider than the screen shows without opening the picture.
 */
import '../core/disable-telemetry.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadConfig } from '../core/config.js';
import { DEMO } from '../stack/seed.js';
import { startStack } from '../stack/start.js';
import { launchChromium, unusedPort } from './support/browser.js';
import { eventually } from './support/eventually.js';
import { storefrontTour } from './support/storefront-tour.js';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

const out = resolve(process.argv[2] ?? join(tmpdir(), 'webhaze-screenshots'));
const repo = resolve(import.meta.dirname, '..');
if (!relative(repo, out).startsWith('..')) {
  throw new Error(`screenshots go outside the repository, not to ${out}`);
}
mkdirSync(out, { recursive: true });

const dataDir = mkdtempSync(join(tmpdir(), 'webhaze-screenshots-data-'));
// Asset URLs are absolute (PUBLIC_URL): the gateway listens where they point.
const port = await unusedPort();
const config = loadConfig({
  LOG_LEVEL: 'error',
  ...process.env,
  DATA_DIR: dataDir,
  PUBLIC_URL: `http://127.0.0.1:${port}`,
});
const stack = await startStack(config, { freePorts: true, gatewayPort: port, seed: true });
// The seed's photos are processed by the in-process worker: look once every one is ready.
const login = await fetch(`${stack.gatewayUrl}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    variables: { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
  }),
});
const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
await eventually(async () => {
  const res = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ assets(first: 100) { edges { node { status } } } }' }),
  });
  const body = (await res.json()) as { data?: { assets: { edges: { node: { status: string } }[] } } };
  const statuses = body.data?.assets.edges.map((e) => e.node.status) ?? [];
  return statuses.length > 0 && statuses.every((s) => s === 'READY') ? true : undefined;
}, 180_000);
const browser = await launchChromium();
let failed = false;
try {
  const tour = await storefrontTour(stack.gatewayUrl, DEMO.tenantSlug);
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
    });
    const page = await context.newPage();
    for (const stop of tour) {
      const response = await page.goto(stop.url, { waitUntil: 'networkidle' });
      // Lazy images load as they come into view: scroll the whole page once, then wait for them.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForLoadState('networkidle');
      const file = join(out, `${stop.type}-${viewport.width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const status = response?.status() ?? 0;
      if (status !== stop.status || overflow > 0) failed = true;
      process.stdout.write(
        `${file}  ${status}${status === stop.status ? '' : ` (expected ${stop.status})`}${overflow > 0 ? `  overflows by ${overflow} px` : ''}\n`,
      );
    }
    await context.close();
  }
} finally {
  await browser.close();
  await stack.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
