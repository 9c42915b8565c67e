/**
 * What every benchmark shares: child processes that print one JSON line when ready, autocannon in
 * its own process (bench/loadgen.ts), a warm-up, the median of several runs, and a results file.
 */
import '../core/disable-telemetry.js';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEMO } from '../stack/seed.js';
import type { LoadResult, LoadSpec } from './loadgen.js';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Under .data (git- and lint-ignored). */
export const resultsDir = join(here, '..', '.data', 'bench');

export const benchEnv = {
  durationSeconds: Number(process.env.BENCH_DURATION ?? 5),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 32),
  runs: Number(process.env.BENCH_RUNS ?? 3),
};

export interface ScenarioResult<R extends { requestsPerSecond: number; p99Ms: number } = LoadResult> {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  runs: R[];
}

/** The scenarios named in BENCH_SCENARIOS (comma-separated), or `defaults`. */
export const benchScenarios = (defaults: string) =>
  new Set((process.env.BENCH_SCENARIOS ?? defaults).split(',').map((s) => s.trim()));

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
  /** Before the warm-up and each run (e.g. `settled`: requests a run left in flight are still served). */
  beforeRun: () => Promise<void> = async () => {},
): Promise<ScenarioResult> {
  const { durationSeconds, runs } = benchEnv;
  await beforeRun();
  await load({ ...spec, connections, durationSeconds: Math.min(3, durationSeconds) });
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i++) {
    await beforeRun();
    results.push(await load({ ...spec, connections, durationSeconds }));
  }
  return scenarioOf(name, results);
}

/**
 * Waits until the processes are (nearly) idle: under 5% of a core over 250 ms, or 60 s. A run
 * ends with requests in flight that the server still works through (a slow render takes seconds
 * at 32 connections); the next run would otherwise queue behind them.
 */
export async function settled(pids: (number | undefined)[]): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const before = cpuMsOf(pids);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const after = cpuMsOf(pids);
    if (before === null || after === null || after - before < 12.5) return;
  }
}

/** The median req/s and p99 of a scenario's runs; prints one line. */
export function scenarioOf<R extends { requestsPerSecond: number; p99Ms: number }>(
  name: string,
  runs: R[],
): ScenarioResult<R> {
  const result = {
    name,
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    runs,
  };
  console.info(
    `${name.padEnd(48)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p99 ${result.p99Ms} ms`,
  );
  return result;
}

/** User + system CPU time of these processes so far, in ms (Linux /proc; null elsewhere). */
export function cpuMsOf(pids: (number | undefined)[]): number | null {
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return null;
    }
  }
  return total;
}

/**
 * measure(), plus the CPU time per request of the server processes `pids` (an upper bound: the
 * warm-up's CPU is counted, its requests are not). On a shared machine req/s moves with the
 * neighbours' load; CPU per request much less.
 */
export async function measureWithCpu(
  pids: (number | undefined)[],
  ...args: Parameters<typeof measure>
): Promise<ScenarioResult & { cpuUsPerRequest: number | null }> {
  const [name, spec, connections] = args;
  // Settled first: a run's left-over requests are charged to the run, never to the next one.
  await settled(pids);
  const before = cpuMsOf(pids);
  const result = await measure(name, spec, connections, () => settled(pids));
  await settled(pids);
  const after = cpuMsOf(pids);
  const requests = result.runs.reduce((sum, r) => sum + r.requestsPerSecond * benchEnv.durationSeconds, 0);
  const cpuUsPerRequest =
    before !== null && after !== null && requests > 0 ? ((after - before) * 1000) / requests : null;
  if (cpuUsPerRequest !== null) {
    console.info(`${''.padEnd(48)} server CPU ≤ ${cpuUsPerRequest.toFixed(0)} µs/request`);
  }
  return { ...result, cpuUsPerRequest };
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

/** A GraphQL call for a bench's setup: its data, or it throws with the errors. */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`bench setup failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in as the seeded demo tenant's owner (BENCH_SEED=1); returns the authorization header. */
export async function demoOwner(url: string): Promise<Record<string, string>> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
  );
  return { authorization: `Bearer ${login.accessToken}` };
}

export function saveResults(name: string, results: unknown): void {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}-${Date.now()}.json`), JSON.stringify(results, null, 2));
}
