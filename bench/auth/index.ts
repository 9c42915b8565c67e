/**
 * Auth benchmark, through the gateway of a real stack (PostgreSQL + Redis) in a child process,
 * with autocannon in its own process (warm-up, then the median of 3 runs):
 *   (a) `{ me { user { id } } }` anonymous (me is null: no token to verify, no user to load)
 *   (b) the same query with a bearer access token (JWT verify at the gateway + user load)
 *   (c) the login mutation (argon2id verify + session + refresh token + audit), p99 is the figure
 *   (d)/(e) `{ __typename }` anonymous / with the token: the gateway's own share (JWT verification)
 * and prints req/s, p99, b/a (the cost of identity per request) and e/d (its gateway share).
 *
 * Environment knobs: BENCH_DURATION (s, default 5), BENCH_CONNECTIONS (default 32),
 * BENCH_LOGIN_CONNECTIONS (default 8), BENCH_RUNS (default 3), BENCH_REDIS_URL.
 * Argon2 runs at the configured cost (production defaults unless ARGON2_* are set).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from '../loadgen.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = join(here, '..', '..', '.data', 'bench');
const env = process.env;
const durationSeconds = Number(env.BENCH_DURATION ?? 5);
const connections = Number(env.BENCH_CONNECTIONS ?? 32);
const loginConnections = Number(env.BENCH_LOGIN_CONNECTIONS ?? 8);
const runs = Number(env.BENCH_RUNS ?? 3);

interface ScenarioResult {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  runs: LoadResult[];
}

async function spawnReady<T>(args: string[]): Promise<{ child: ChildProcess; info: T }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env,
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

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function load(spec: LoadSpec): Promise<LoadResult> {
  const { info, child } = await spawnReady<LoadResult>([
    join(here, '..', 'loadgen.ts'),
    JSON.stringify(spec),
  ]);
  await stop(child);
  if (info.non2xx || info.errors) {
    throw new Error(`${spec.url}: ${info.non2xx} non-2xx responses and ${info.errors} errors`);
  }
  return info;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(
  name: string,
  spec: Omit<LoadSpec, 'connections' | 'durationSeconds'>,
  conns = connections,
): Promise<ScenarioResult> {
  await load({ ...spec, connections: conns, durationSeconds: Math.min(3, durationSeconds) });
  const results: LoadResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await load({ ...spec, connections: conns, durationSeconds }));
  const result = {
    name,
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    runs: results,
  };
  console.info(
    `${name.padEnd(44)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p99 ${result.p99Ms} ms`,
  );
  return result;
}

const post = (
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

export async function runAuthBench(): Promise<void> {
  const { child, info } = await spawnReady<{ url: string }>([join(here, 'stack.ts')]);
  try {
    const graphql = `${info.url}/graphql`;
    const credentials = { email: 'bench@example.com', password: 'correct horse battery staple' };
    const registered = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: RegisterInput!) { register(input: $input) { accessToken } }',
        variables: { input: { ...credentials, name: 'Bench' } },
      }),
    });
    const body = (await registered.json()) as {
      data?: { register: { accessToken: string } };
      errors?: unknown;
    };
    if (!body.data) throw new Error(`could not register the bench user: ${JSON.stringify(body.errors)}`);
    const token = body.data.register.accessToken;
    const ME = '{ me { user { id } } }';
    console.info(
      `auth bench: ${connections} connections (${loginConnections} for login), ${runs} x ${durationSeconds}s per scenario`,
    );
    const a = await measure('(a) { me { user { id } } } anonymous', post(graphql, ME, {}));
    const b = await measure(
      '(b) { me { user { id } } } with a bearer token',
      post(graphql, ME, {}, { authorization: `Bearer ${token}` }),
    );
    // The same pair on a query the gateway answers itself: the gateway's share of (b) - (a),
    // i.e. JWT verification and the user's rate-limit key, without the subgraph's user load.
    const d = await measure('(d) { __typename } anonymous', post(graphql, '{ __typename }', {}));
    const e = await measure(
      '(e) { __typename } with a bearer token',
      post(graphql, '{ __typename }', {}, { authorization: `Bearer ${token}` }),
    );
    const c = await measure(
      '(c) login mutation (argon2id + session)',
      post(graphql, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: credentials,
      }),
      loginConnections,
    );
    const ratio = b.requestsPerSecond / a.requestsPerSecond;
    const gatewayRatio = e.requestsPerSecond / d.requestsPerSecond;
    console.info(
      `b/a = ${ratio.toFixed(2)} (identity cost per request)   e/d = ${gatewayRatio.toFixed(2)} (gateway share)   sign-in p99 = ${c.p99Ms} ms`,
    );
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      join(resultsDir, `auth-${Date.now()}.json`),
      JSON.stringify(
        { connections, loginConnections, durationSeconds, runs, a, b, c, d, e, ratio, gatewayRatio },
        null,
        2,
      ),
    );
  } finally {
    await stop(child);
  }
}
