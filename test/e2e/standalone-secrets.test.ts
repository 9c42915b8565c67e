/**
 * Each service started on its own entry in production (as docker-compose and Kubernetes start them)
 * refuses to start without the shared secrets, or with an example's placeholder, and says which: a
 * secret generated per container would split the deployment. Nothing is generated into its data folder.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TEST_REDIS_URL } from '../support/env.js';
import { guardedChildEnv } from '../support/network-guard.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = [
  'gateway/main.ts',
  'storefront/main.ts',
  'subgraphs/auth/main.ts',
  'subgraphs/cms/main.ts',
  'subgraphs/commerce/main.ts',
  'subgraphs/analytics/main.ts',
  'subgraphs/assets/main.ts',
  'workers/main.ts',
];
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Starts `entry` as a container would (production, external services); its exit code, output and data folder. */
async function startEntry(entry: string, extra: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wh-standalone-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...guardedChildEnv(),
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      // Everything but the shared secrets, pointing nowhere useful: the secrets must be refused first.
      DATABASE_URL: 'postgres://127.0.0.1:5432/wh_standalone_no_such_database',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `wh-standalone-${process.pid}:`,
      ...Object.fromEntries(
        ['GATEWAY', 'STOREFRONT', 'AUTH', 'CMS', 'COMMERCE', 'ANALYTICS', 'ASSETS', 'WORKER_METRICS'].map(
          (p) => [`${p}_PORT`, '0'],
        ),
      ),
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // A service that starts anyway never exits by itself: give up (and fail) after a generous bound.
  const giveUp = setTimeout(() => child.kill('SIGKILL'), 200_000);
  // 'close', not 'exit': a process that fails at once can exit before its output has been read.
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  clearTimeout(giveUp);
  return { code, signal, output, generated: readdirSync(dataDir) };
}

describe('a service started on its own in production', () => {
  it.concurrent.each(ENTRIES)(
    '%s refuses to start without CONTEXT_SECRET and SECRETS_KEYS, naming both',
    async (entry) => {
      const run = await startEntry(entry);
      expect(run.signal, run.output).toBeNull();
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toMatch(/CONTEXT_SECRET: not set/);
      expect(run.output).toMatch(/SECRETS_KEYS: not set/);
      expect(run.generated).toEqual([]);
    },
    240_000,
  );

  it('refuses the Kubernetes example placeholders, naming them', async () => {
    const example = parse(readFileSync(join(root, 'deploy/k8s/secret.example.yaml'), 'utf8')) as {
      stringData: Record<string, string>;
    };
    const { CONTEXT_SECRET, SECRETS_KEYS } = example.stringData;
    const run = await startEntry('gateway/main.ts', {
      CONTEXT_SECRET: CONTEXT_SECRET!,
      SECRETS_KEYS: SECRETS_KEYS!,
    });
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(/CONTEXT_SECRET: the example's placeholder/);
    expect(run.output).toMatch(/SECRETS_KEYS: the example's placeholder/);
  }, 240_000);
});
