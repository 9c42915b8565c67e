/**
 * The editor SPA the gateway serves (client/dist), for the browser tests: built once and shared.
 * `ensureClientBuild()` builds it only when client/dist is missing or older than a file it is built
 * from, so CI reuses the build of `npm run build` and a local run rebuilds after an edit. Test files
 * run in parallel workers: a lock directory lets one of them build while the others wait for it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { eventually } from './eventually.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const builtIndex = join(root, 'client', 'dist', 'index.html');
const lock = join(root, 'node_modules', '.cache', 'webhaze', 'client-build.lock');

/**
 * What the SPA is built from: its own sources and config, the shared components, the token CSS
 * naming it imports from the cms subgraph, and the locked dependency versions.
 */
const INPUTS = ['client', 'templates', 'subgraphs/cms/tokens', 'package-lock.json'];
const SKIPPED_DIRECTORIES = new Set(['dist', 'node_modules']);

function newestChange(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)))
    .reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry.name))), 0);
}

function isFresh(): boolean {
  const built = statSync(builtIndex, { throwIfNoEntry: false });
  if (!built) return false;
  return INPUTS.every((input) => newestChange(join(root, input)) <= built.mtimeMs);
}

/** Takes the lock, or frees it when the process holding it is gone (a crashed run). */
function tryLock(): boolean {
  mkdirSync(dirname(lock), { recursive: true });
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = lockHolder();
    if (holder && !isAlive(holder)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  return true;
}

/** The pid in the lock, or 0 while its holder has not written it yet (or already let go). */
function lockHolder(): number {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function buildClient(): Promise<void> {
  // A production build: vitest sets NODE_ENV=test, which would select React's development JSX runtime.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'client', 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

export async function ensureClientBuild(): Promise<void> {
  // Freshness is checked under the lock: a worker never reads client/dist while another rebuilds it.
  await eventually(async () => {
    if (!tryLock()) return undefined;
    try {
      if (!isFresh()) await buildClient();
      return true;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }, 300_000);
}
