/**
 * vitest setup (both projects): the suite reaches nothing beyond this machine (see network-guard.ts).
 * Installs the guard in the test process, hands it to every child process through NODE_OPTIONS (with
 * tsx, so it loads in plain `node` children too), fails any test after which an attempt was recorded,
 * and gives every Chromium playwright launches the offline host-resolver rules.
 */
import '../../core/disable-telemetry.js';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, vi } from 'vitest';
import {
  CHROMIUM_OFFLINE_ARGS,
  CHROMIUM_RESOLVER_RULES,
  drainOutsideAttempts,
  GUARD_LOG_ENV,
} from './network-guard.js';

const log = join(tmpdir(), `webhaze-network-guard-${process.pid}-${randomUUID()}.log`);
process.env[GUARD_LOG_ENV] = log;

const require = createRequire(import.meta.url);
// Paths from this file's directory, not `new URL('./x', import.meta.url)`: in the client project's
// happy-dom environment vite rewrites that pattern into an http://localhost/@fs/ asset URL.
const here = dirname(fileURLToPath(import.meta.url));

/**
 * network-guard.ts compiled to plain JavaScript (once per content, under node_modules/.cache), for
 * NODE_OPTIONS. Node also runs NODE_OPTIONS' `--import`s in the worker threads a child starts, where
 * tsx's hooks are not registered: a `.ts` guard fails to load there, and a child waiting on such a
 * worker (tsx compiling with a cold cache, as on every fresh CI machine) hangs before it starts.
 */
function guardForChildren(): string {
  const sourceFile = join(here, 'network-guard.ts');
  const source = readFileSync(sourceFile, 'utf8');
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const dir = join(here, '..', '..', 'node_modules', '.cache', 'webhaze');
  const compiled = join(dir, `network-guard-${hash}.mjs`);
  if (!existsSync(compiled)) {
    const ts: typeof import('typescript') = require('typescript');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: sourceFile,
    });
    mkdirSync(dir, { recursive: true });
    // Test files start in parallel: each writes its own copy and renames it into place atomically.
    const partial = `${compiled}.${process.pid}.${randomUUID()}`;
    writeFileSync(partial, outputText);
    renameSync(partial, compiled);
  }
  return pathToFileURL(compiled).href;
}

const tsx = pathToFileURL(require.resolve('tsx')).href;
const guard = guardForChildren();
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
    // Rules that map a host to a local stand-in first and then resolve nothing else (clarity-stub.ts) are kept.
    const offline = args.some(
      (arg) => arg.startsWith('--host-resolver-rules=') && arg.endsWith(CHROMIUM_RESOLVER_RULES),
    );
    return launch({ ...options, args: offline ? args : [...args, ...CHROMIUM_OFFLINE_ARGS] });
  };
  return playwright;
});
