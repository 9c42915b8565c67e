/**
 * WebHaze phones nobody: @apollo/gateway's usage telemetry (and its cloud-metadata probes) is off in
 * every process, because every entry point imports core/disable-telemetry.ts before anything else.
 * The gateway runs here in child processes under the network guard, which refuses and records any
 * attempt to reach beyond this machine.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { drainOutsideAttempts } from './support/network-guard.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SWITCH = join(root, 'core/disable-telemetry.ts');

/** Every program WebHaze has: the all-in-one, each service, the worker, the benchmarks and schema tools. */
function entryPoints(): string[] {
  const under = (dir: string) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));
  const subgraphs = readdirSync(join(root, 'subgraphs')).map((name) => `subgraphs/${name}/main.ts`);
  return [
    'main.ts',
    'gateway/main.ts',
    'storefront/main.ts',
    'workers/main.ts',
    ...subgraphs.filter((f) => existsSync(join(root, f))),
    ...under('workers').filter((f) => f.endsWith('.test-worker.ts')),
    ...under('bench').filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
    ...under('schema').filter((f) => f.endsWith('.ts')),
  ];
}

describe('Apollo telemetry', () => {
  it('is switched off by the first import of every entry point', () => {
    const entries = entryPoints();
    expect(entries).toEqual(
      expect.arrayContaining([
        'main.ts',
        'gateway/main.ts',
        'storefront/main.ts',
        'workers/main.ts',
        'schema/compose.ts',
      ]),
    );
    expect(entries.filter((e) => e.startsWith('subgraphs/'))).toHaveLength(5);
    const wrong: string[] = [];
    for (const entry of entries) {
      const source = readFileSync(join(root, entry), 'utf8');
      const first = /^import\s+(?:[^'"]*?\sfrom\s+)?'([^']+)';/m.exec(source)?.[1];
      const target = first && resolve(dirname(join(root, entry)), first.replace(/\.js$/, '.ts'));
      if (target !== SWITCH) wrong.push(`${entry}: first import is ${first}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is forced off whatever the environment says', async () => {
    process.env.APOLLO_TELEMETRY_DISABLED = 'false';
    vi.resetModules();
    await import('../core/disable-telemetry.js');
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  /** Loads and stops an ApolloGateway in a child process (stopping flushes any telemetry). */
  async function runGateway(preamble: string): Promise<{ code: number | null; output: string; pid: number }> {
    const script = `${preamble}
      const { ApolloGateway } = await import('@apollo/gateway');
      const { readFileSync } = await import('node:fs');
      const gateway = new ApolloGateway({ supergraphSdl: readFileSync('schema/supergraph.graphql', 'utf8') });
      await gateway.load();
      await gateway.stop();`;
    const { APOLLO_TELEMETRY_DISABLED: _inherited, ...env } = process.env;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, output, pid: child.pid! };
  }

  it('would otherwise reach for Apollo and cloud metadata (the guard refuses it)', async () => {
    const run = await runGateway('');
    const attempts = drainOutsideAttempts().filter((a) => a.pid === run.pid);
    expect(attempts.length, run.output).toBeGreaterThan(0);
  });

  it('stays off in a gateway whose program imports the switch first', async () => {
    const run = await runGateway(`await import('./core/disable-telemetry.ts');`);
    expect(run.code, run.output).toBe(0);
    expect(drainOutsideAttempts()).toEqual([]);
  });
});
