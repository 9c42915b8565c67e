/**
 * vitest setup (both projects): the suite reaches nothing beyond this machine (see network-guard.ts).
 * Installs the guard in the test process, hands it to every child process through NODE_OPTIONS (with
 * tsx, so it loads in plain `node` children too), fails any test after which an attempt was recorded,
 * and gives every Chromium playwright launches the offline host-resolver rules.
 */
import '../../core/disable-telemetry.js';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, vi } from 'vitest';
import { CHROMIUM_OFFLINE_ARGS, drainOutsideAttempts, GUARD_LOG_ENV } from './network-guard.js';

const log = join(tmpdir(), `webhaze-network-guard-${process.pid}-${randomUUID()}.log`);
process.env[GUARD_LOG_ENV] = log;

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const guard = new URL('./network-guard.ts', import.meta.url).href;
const imports = `--import="${tsx}" --import="${guard}"`;
const inherited = process.env.NODE_OPTIONS ?? '';
if (!inherited.includes(guard)) process.env.NODE_OPTIONS = `${inherited} ${imports}`.trim();

function failOnOutsideAttempts(): void {
  const attempts = drainOutsideAttempts();
  if (attempts.length === 0) return;
  const lines = attempts.map((a) => `  ${a.what} (pid ${a.pid}: ${a.argv.slice(1).join(' ')})\n${a.stack}`);
  throw new Error(
    `network guard: ${attempts.length} attempt(s) to reach beyond this machine:\n${lines.join('\n')}`,
  );
}

afterEach(failOnOutsideAttempts);
afterAll(() => {
  try {
    failOnOutsideAttempts();
  } finally {
    rmSync(log, { force: true });
  }
});

// Every browser a test launches, through test/support/browser.ts or playwright directly.
vi.mock('playwright-core', async (importOriginal) => {
  const playwright = await importOriginal<typeof import('playwright-core')>();
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = (options = {}) => {
    const args = options.args ?? [];
    const rules = CHROMIUM_OFFLINE_ARGS.filter((arg) => !args.includes(arg));
    return launch({ ...options, args: [...args, ...rules] });
  };
  return playwright;
});
