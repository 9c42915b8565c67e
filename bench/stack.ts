/**
 * Child-process entry for benchmarks: the whole stack (gateway, subgraphs, worker) on a fresh
 * PostgreSQL database and Redis, with client rate limits out of the way; BENCH_SEED=1 seeds the
 * demo tenant. Prints one JSON line when ready; on SIGTERM closes and drops its database.
 * `stack.ts gateway` with BENCH_PEER (the stack's ready line's `peer`) runs only a gateway (with
 * the storefront on its listener), in front of that stack's subgraphs, sharing its Redis events
 * and context secret.
 * With BENCH_PROFILE_DIR set, SIGUSR2 starts the CPU profiler and the next SIGUSR2 writes
 * `<n>.cpuprofile` there: a profile of exactly the measured load, without start-up and seeding.
 */
import '../core/disable-telemetry.js';
import { randomBytes, randomUUID } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ServiceName } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { createStorage } from '../core/storage.js';
import { startGateway } from '../gateway/server.js';
import { startStack } from '../stack/start.js';
import { storefrontOnGateway } from '../storefront/server.js';
import { unusedPort } from '../test/support/browser.js';
import { createTestDatabase, TEST_REDIS_URL } from '../test/support/env.js';

/** What a separate gateway process needs to front this stack's subgraphs (`stack.ts gateway`). */
export interface StackPeer {
  serviceUrls: Record<ServiceName, string>;
  contextSecret: string;
  redisPrefix: string;
}

// Logs are JSON lines on stdout, where the harness looks for the ready line: only errors before it.
// Set in the environment too: the process-wide logger reads it there when nothing passes a level.
process.env.LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'error';
const benchSettings = {
  ...process.env,
  NODE_ENV: 'production',
  REDIS_URL: process.env.BENCH_REDIS_URL ?? TEST_REDIS_URL,
  DATA_DIR: join(tmpdir(), `wh-bench-${process.pid}`),
  RATE_LIMIT_TENANT_PER_MINUTE: '1000000000',
  RATE_LIMIT_CLIENT_PER_MINUTE: '1000000000',
  SIGNIN_ATTEMPTS_PER_IP: '1000000000',
};

if (process.argv[2] === 'gateway') {
  // A public gateway in its own process, as in production, in front of another process's subgraphs.
  const peer = JSON.parse(process.env.BENCH_PEER ?? '{}') as StackPeer;
  const config = loadConfig({
    ...benchSettings,
    REDIS_PREFIX: peer.redisPrefix,
    CONTEXT_SECRET: peer.contextSecret,
  });
  const gatewayConfig = { ...config, serviceUrl: (name: ServiceName) => peer.serviceUrls[name] };
  // With the storefront on its listener, as `npm start` serves it: pages are served here too.
  const gateway = await startGateway(gatewayConfig, {
    port: 0,
    edge: storefrontOnGateway(gatewayConfig, { storage: await createStorage(gatewayConfig) }),
  });
  onShutdownSignal(() => gateway.close());
  process.stdout.write(`${JSON.stringify({ url: gateway.url })}\n`);
} else {
  const database = await createTestDatabase();
  // Asset URLs are absolute (PUBLIC_URL): the gateway listens where they point, so pages load
  // their photos and fonts (Lighthouse).
  const gatewayPort = await unusedPort();
  const config = loadConfig({
    ...benchSettings,
    PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`,
    DATABASE_URL: database.url,
    REDIS_PREFIX: `wh-bench-${randomUUID()}:`,
    CONTEXT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO: process.env.BENCH_SEED === '1' ? 'true' : 'false',
  });
  const stack = await startStack(config, { freePorts: true, gatewayPort });
  onShutdownSignal(async () => {
    await stack.close();
    await database.drop();
  });
  const peer: StackPeer = {
    serviceUrls: stack.serviceUrls,
    contextSecret: config.contextSecret,
    redisPrefix: config.REDIS_PREFIX,
  };
  process.stdout.write(`${JSON.stringify({ url: stack.gatewayUrl, peer })}\n`);
}

const profileDir = process.env.BENCH_PROFILE_DIR;
if (profileDir) {
  const session = new Session();
  session.connect();
  let running = false;
  let written = 0;
  process.on('SIGUSR2', () => {
    const toggle = async () => {
      if (!running) {
        running = true;
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
        return;
      }
      running = false;
      const { profile } = await session.post('Profiler.stop');
      written += 1;
      // Written aside, then renamed: the bench waits for the name and must never read half a file.
      const file = join(profileDir, `${written}.cpuprofile`);
      writeFileSync(`${file}.partial`, JSON.stringify(profile));
      renameSync(`${file}.partial`, file);
    };
    toggle().catch((err: unknown) => process.stderr.write(`profiler: ${String(err)}\n`));
  });
}
