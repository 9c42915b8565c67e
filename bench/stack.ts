/**
 * Child-process entry for benchmarks: the whole stack (gateway, subgraphs, worker) on a fresh
 * PostgreSQL database and Redis, with client rate limits out of the way; BENCH_SEED=1 seeds the
 * demo tenant. Prints one JSON line when ready; on SIGTERM closes and drops its database.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { startStack } from '../stack/start.js';
import { createTestDatabase, TEST_REDIS_URL } from '../test/support/env.js';

const database = await createTestDatabase();
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  DATABASE_URL: database.url,
  REDIS_URL: process.env.BENCH_REDIS_URL ?? TEST_REDIS_URL,
  REDIS_PREFIX: `wh-bench-${randomUUID()}:`,
  CONTEXT_SECRET: randomBytes(32).toString('hex'),
  DATA_DIR: join(tmpdir(), `wh-bench-${process.pid}`),
  SEED_DEMO: process.env.BENCH_SEED === '1' ? 'true' : 'false',
  RATE_LIMIT_TENANT_PER_MINUTE: '1000000000',
  RATE_LIMIT_CLIENT_PER_MINUTE: '1000000000',
  SIGNIN_ATTEMPTS_PER_IP: '1000000000',
});
const stack = await startStack(config, { freePorts: true });
onShutdownSignal(async () => {
  await stack.close();
  await database.drop();
});
process.stdout.write(`${JSON.stringify({ url: stack.gatewayUrl })}\n`);
