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
import '../../core/disable-telemetry.js';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO } from '../../stack/seed.js';
import { benchEnv, measure, post, saveResults, spawnReady, stop } from '../harness.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const { connections, durationSeconds, runs } = benchEnv;
const loginConnections = Number(process.env.BENCH_LOGIN_CONNECTIONS ?? 8);

export async function runAuthBench(): Promise<void> {
  // The seeded demo account signs in (accounts are created through an emailed link, not here).
  const { child, info } = await spawnReady<{ url: string }>([join(here, '..', 'stack.ts')], {
    ...process.env,
    BENCH_SEED: '1',
  });
  try {
    const graphql = `${info.url}/graphql`;
    const credentials = { email: DEMO.email, password: DEMO.password };
    const signedIn = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: credentials },
      }),
    });
    const body = (await signedIn.json()) as {
      data?: { login: { accessToken: string } };
      errors?: unknown;
    };
    if (!body.data) throw new Error(`could not sign the bench user in: ${JSON.stringify(body.errors)}`);
    const token = body.data.login.accessToken;
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
    saveResults('auth', {
      connections,
      loginConnections,
      durationSeconds,
      runs,
      a,
      b,
      c,
      d,
      e,
      ratio,
      gatewayRatio,
    });
  } finally {
    await stop(child);
  }
}
