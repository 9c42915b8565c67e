import { randomBytes, randomUUID } from 'node:crypto';
import { type AddressInfo, createServer, type Server } from 'node:net';
import pg from 'pg';
import { type Config, loadConfig } from '../../core/config.js';
import { type RequestContext, signContext } from '../../core/context.js';

/** The PostgreSQL server tests run against (real, never a mock): override with TEST_DATABASE_ADMIN_URL. */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Names the run's migrated template database (test/support/migrated-template.ts), when there is one. */
export const MIGRATED_TEMPLATE_ENV = 'WEBHAZE_TEST_TEMPLATE_DATABASE';

/**
 * A fresh database for one test file; `drop()` removes it (connections are terminated first). In a
 * vitest run it is a copy of the run's migrated template (every module's migrations applied, no
 * rows); `empty: true`, or outside vitest, gives an empty one.
 */
export async function createTestDatabase(opts: { empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `wh_test_${randomBytes(6).toString('hex')}`;
  const template = opts.empty ? undefined : process.env[MIGRATED_TEMPLATE_ENV];
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * A validated Config for tests: cheap argon2, cheap image variants (two widths, no crops, AVIF effort 0:
 * the seeded demo store's photos are processed by every stack that seeds), a random context secret,
 * a unique Redis prefix. Tests about widths and crops set their own.
 */
export function testConfig(overrides: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CONTEXT_SECRET: randomBytes(32).toString('hex'),
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
    IMAGE_WIDTHS: '320,640',
    IMAGE_CROPS: '',
    IMAGE_AVIF_EFFORT: '0',
    REDIS_PREFIX: `wh-test-${randomUUID()}:`,
    DATA_DIR: `/tmp/wh-test-${randomUUID()}`,
    SEED_DEMO: 'false',
    // Every test client is 127.0.0.1: sign-up's per-client limit is tested where it is set low.
    SIGNUP_ATTEMPTS_PER_IP: '1000',
    ...overrides,
  });
}

/** POSTs a GraphQL operation straight to a subgraph with a signed context (or none). */
export async function callSubgraph(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { ctx?: RequestContext; secret?: string; ttl?: number } = {},
): Promise<{
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.ctx && opts.secret)
    headers['x-webhaze-context'] = signContext(opts.ctx, opts.secret, opts.ttl ?? 60);
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

export function userContext(
  userId: string,
  tenantId: string | null,
  role: 'owner' | 'admin' | 'editor' | 'contributor' | null,
): RequestContext {
  return {
    requestId: randomUUID(),
    tenantId,
    tenantSlug: null,
    actor: { kind: 'user', userId, role, platformAdmin: false },
    region: null,
    host: null,
    clientIp: null,
    userAgent: null,
  };
}

export function anonymousContext(tenantId: string | null): RequestContext {
  return {
    requestId: randomUUID(),
    tenantId,
    tenantSlug: null,
    actor: { kind: 'anonymous' },
    region: null,
    host: null,
    clientIp: null,
    userAgent: null,
  };
}

/**
 * Ports handed out below the kernel's ephemeral range (32768 and up), one block per vitest worker.
 * A port the kernel picks (`listen(0)`) can be taken, between the test closing it and a child
 * process listening on it, by another worker's pick or by any outgoing connection's local port;
 * these blocks are used by nobody else.
 */
const PORT_BLOCK_SIZE = 2000;
const PORT_BLOCKS = 6;
const poolId = Number(process.env.VITEST_POOL_ID ?? '1');
const blockStart = 20_000 + ((Math.max(poolId, 1) - 1) % PORT_BLOCKS) * PORT_BLOCK_SIZE;
// A random start: consecutive test files in the same worker do not retry the same ports first.
let portCursor = Math.floor(Math.random() * PORT_BLOCK_SIZE);

/** Listens on `port` if it is free; null when something else holds it. */
function tryListen(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Free TCP ports on loopback, so a test never collides with a running WebHaze (4000–4010, 5499). */
export async function freePorts(count: number): Promise<number[]> {
  const held: Server[] = [];
  for (let tried = 0; held.length < count; tried++) {
    if (tried >= PORT_BLOCK_SIZE)
      throw new Error(`no free port left in ${blockStart}–${blockStart + PORT_BLOCK_SIZE - 1}`);
    const port = blockStart + (portCursor++ % PORT_BLOCK_SIZE);
    const server = await tryListen(port);
    if (server) held.push(server);
  }
  const ports = held.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(held.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
