/**
 * What every benchmark shares: child processes that print one JSON line when ready, autocannon in
 * its own process (bench/loadgen.ts), a warm-up, the median of several runs, and a results file.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './loadgen.js';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Under .data (git- and lint-ignored). */
export const resultsDir = join(here, '..', '.data', 'bench');

export const benchEnv = {
  durationSeconds: Number(process.env.BENCH_DURATION ?? 5),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
  runs: Number(process.env.BENCH_RUNS ?? 3),
};

export interface ScenarioResult {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  runs: LoadResult[];
}

/** Spawns a TypeScript entry and waits for the first JSON line it prints. */
export async function spawnReady<T>(
  args: string[],
  childEnv: NodeJS.ProcessEnv = process.env,
  nodeFlags: string[] = [],
): Promise<{ child: ChildProcess; info: T }> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', ...args], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const info = await new Promise<T>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited with ${code} before it was ready`)),
    );
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve(JSON.parse(line) as T);
    });
  });
  child.removeAllListeners('exit');
  return { child, info };
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** One autocannon run in its own process; any non-2xx answer or error fails the benchmark. */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  const { info, child } = await spawnReady<LoadResult>([join(here, 'loadgen.ts'), JSON.stringify(spec)]);
  await stop(child);
  if (info.non2xx || info.errors) {
    throw new Error(`${spec.url}: ${info.non2xx} non-2xx responses and ${info.errors} errors`);
  }
  return info;
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Warm-up, then the median req/s and p99 of `benchEnv.runs` runs; prints one line. */
export async function measure(
  name: string,
  spec: Omit<LoadSpec, 'connections' | 'durationSeconds'>,
  connections = benchEnv.connections,
): Promise<ScenarioResult> {
  const { durationSeconds, runs } = benchEnv;
  await load({ ...spec, connections, durationSeconds: Math.min(3, durationSeconds) });
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await load({ ...spec, connections, durationSeconds }));
  const result = {
    name,
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    runs: results,
  };
  console.info(
    `${name.padEnd(48)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p99 ${result.p99Ms} ms`,
  );
  return result;
}

export const post = (
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) => ({
  url,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query, variables }),
});

export function saveResults(name: string, results: unknown): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}-${Date.now()}.json`), JSON.stringify(results, null, 2));
}
