/**
 * Gateway overhead benchmark. Boots the stand-in subgraphs and a gateway in child processes and
 * measures, each with autocannon in its own process (warm-up, then the median of 3 runs):
 *   (a) a realistic read straight to its subgraph, with a valid signed context
 *   (b) the same read through the gateway
 *   (c) a read that joins two subgraphs, through the gateway
 * and prints req/s, p99 and the ratios b/a and c/a.
 *
 * Environment knobs:
 *   BENCH_DURATION (s, default 5), BENCH_CONNECTIONS (default 32), BENCH_RUNS (default 3)
 *   BENCH_PROFILE=1        run the gateway under --cpu-prof and print its top self-time functions
 *   BENCH_STOCK_FETCHER=1  use Apollo's stock make-fetch-happen fetcher (the "before" figure)
 *   BENCH_REDIS_URL        Redis for the rate limiter (default redis://127.0.0.1:6379; "none" = in memory)
 * To point it at a running stack instead of the stand-ins, set BENCH_GATEWAY_URL, BENCH_DIRECT_URL
 * (a subgraph's /graphql), BENCH_CONTEXT_SECRET, BENCH_TENANT and optionally BENCH_QUERY / BENCH_CROSS_QUERY.
 */
import '../../core/disable-telemetry.js';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { CONTEXT_HEADER, type RequestContext, signContext } from '../../core/context.js';
import {
  DEMO_TENANT,
  PRODUCTS_QUERY,
  PRODUCTS_WITH_DESCRIPTIONS_QUERY,
} from '../../gateway/testing/standins.js';
import { benchEnv, measure, post, resultsDir, saveResults, spawnReady, stop } from '../harness.js';
import { summariseProfile } from './profile.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const env = process.env;
const { connections, durationSeconds, runs } = benchEnv;

const graphqlPost = (url: string, query: string, headers: Record<string, string>) =>
  post(url, query, {}, headers);

export async function runGatewayBench(): Promise<void> {
  const children: ChildProcess[] = [];
  const redisUrl = env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `wh-bench-${randomUUID()}:`;
  const profile = env.BENCH_PROFILE === '1';
  const profileDir = join(resultsDir, `profile-${Date.now()}`);
  try {
    let gatewayUrl = env.BENCH_GATEWAY_URL;
    let directUrl = env.BENCH_DIRECT_URL;
    let contextSecret = env.BENCH_CONTEXT_SECRET ?? '';
    const tenantSlug = env.BENCH_TENANT ?? DEMO_TENANT.slug;
    let tenantId = env.BENCH_TENANT_ID ?? DEMO_TENANT.id;

    if (!gatewayUrl || !directUrl) {
      const standins = await spawnReady<{
        env: Record<string, string>;
        supergraphFile: string;
        commerceUrl: string;
      }>([join(here, 'stack.ts'), 'standins'], { ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
      children.push(standins.child);
      directUrl = standins.info.commerceUrl;
      contextSecret = standins.info.env.CONTEXT_SECRET!;
      tenantId = DEMO_TENANT.id;
      const gatewayEnv: NodeJS.ProcessEnv = {
        ...env,
        ...standins.info.env,
        NODE_ENV: 'production',
        LOG_LEVEL: env.BENCH_LOG_LEVEL ?? 'warn',
        RATE_LIMIT_TENANT_PER_MINUTE: '1000000000',
        RATE_LIMIT_CLIENT_PER_MINUTE: '1000000000',
        ...(redisUrl !== 'none' ? { REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix } : {}),
      };
      if (profile) mkdirSync(profileDir, { recursive: true });
      const gateway = await spawnReady<{ url: string }>(
        [join(here, 'stack.ts'), 'gateway', standins.info.supergraphFile],
        gatewayEnv,
        profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
      );
      children.push(gateway.child);
      gatewayUrl = gateway.info.url;
    }

    const ctx: RequestContext = {
      requestId: randomUUID(),
      tenantId,
      tenantSlug,
      actor: { kind: 'anonymous' },
      region: null,
      host: null,
      clientIp: null,
      userAgent: null,
    };
    // The longest lifetime services accept (600 s): one signature serves the whole direct run.
    const signed = signContext(ctx, contextSecret, 600);
    const query = env.BENCH_QUERY ?? PRODUCTS_QUERY;
    const crossQuery = env.BENCH_CROSS_QUERY ?? PRODUCTS_WITH_DESCRIPTIONS_QUERY;
    console.info(
      `gateway bench: ${connections} connections, ${runs} x ${durationSeconds}s per scenario` +
        `${env.BENCH_STOCK_FETCHER === '1' ? ', stock fetcher' : ', undici fetcher'}` +
        `${redisUrl !== 'none' ? ', Redis rate limits' : ', in-memory rate limits'}`,
    );
    const a = await measure(
      '(a) subgraph direct',
      graphqlPost(directUrl, query, { [CONTEXT_HEADER]: signed }),
    );
    const b = await measure(
      '(b) same query through the gateway',
      graphqlPost(`${gatewayUrl}/graphql`, query, { 'x-tenant': tenantSlug }),
    );
    const c = await measure(
      '(c) cross-subgraph query through the gateway',
      graphqlPost(`${gatewayUrl}/graphql`, crossQuery, { 'x-tenant': tenantSlug }),
    );
    const ratios = {
      bOverA: b.requestsPerSecond / a.requestsPerSecond,
      cOverA: c.requestsPerSecond / a.requestsPerSecond,
    };
    console.info(`b/a = ${ratios.bOverA.toFixed(2)}   c/a = ${ratios.cOverA.toFixed(2)}`);
    saveResults('gateway', { connections, durationSeconds, runs, a, b, c, ratios });

    if (profile) {
      for (const child of children.reverse()) await stop(child);
      // One profile per thread (tsx runs its loader in a worker): the main thread's is the largest.
      const mainThread = readdirSync(profileDir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(profileDir, f))
        .sort((x, y) => statSync(y).size - statSync(x).size)[0];
      if (mainThread) console.info(summariseProfile(mainThread));
    }
  } finally {
    for (const child of children) await stop(child);
    if (redisUrl !== 'none') {
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${redisPrefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    }
    if (!profile) rmSync(profileDir, { recursive: true, force: true });
  }
}
