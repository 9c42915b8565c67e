/**
 * Hostile input against the whole stack started like `npm start` (a separate process, production
 * mode, PostgreSQL + Redis): every case below is something one anonymous or self-registered client
 * can send. None may take the process down, hold a connection open, or get a 500; the last test
 * proves the process is still alive and answering.
 *
 * To add a case, append to CASES: `run` gets the started process (`target`) and asserts the answer
 * the hostile request must get. Cases run in order, against the same process.
 */
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STORE } from '../../stack/demo-store.js';
import { DEMO } from '../../stack/seed.js';
import { createTestDatabase, freePorts, TEST_REDIS_URL, type TestDatabase } from '../support/env.js';
import { chunkFrame, openRaw } from '../support/raw-http.js';
import {
  bearer,
  embeddedEnv,
  GRAPHQL_RESPONSE_JSON,
  gql,
  loginDemo,
  startMain,
  stopMain,
} from './support.js';

/**
 * Small, so the slow-loris cases (which wait for the server to give up on them) end soon; large
 * enough that the other requests, all sent at once over loopback, arrive well within them even on
 * a loaded machine.
 */
const REQUEST_TIMEOUT_MS = 6000;
const HEADERS_TIMEOUT_MS = 3000;

interface Target {
  url: string;
  port: number;
  /** The demo tenant owner's access token. */
  token: string;
}

interface HostileCase {
  name: string;
  run(target: Target): Promise<void>;
}

/** Sends a request head and part of its body, then drops the connection mid-body. */
async function abortMidBody(
  port: number,
  head: string[],
  declaredBytes: number,
  sentBytes: number,
): Promise<void> {
  const conn = await openRaw(port);
  await conn.send(`${head.join('\r\n')}\r\ncontent-length: ${declaredBytes}\r\n\r\n`);
  await conn.send(Buffer.alloc(sentBytes, 0x7b));
  conn.socket.destroy();
  await conn.closed;
}

/**
 * Keeps a request incomplete, one byte at a time, until the server closes the connection; returns
 * what the server answered. The wait ends on the server's close (an event), never on a clock.
 */
async function dripUntilClosed(port: number, start: string, drip: string): Promise<string> {
  const conn = await openRaw(port);
  await conn.send(start);
  const timer = setInterval(() => void conn.send(drip), 100);
  try {
    return await conn.closed;
  } finally {
    clearInterval(timer);
  }
}

async function createUpload(target: Target, size: number): Promise<string> {
  const created = await gql<{ createUpload: { uploadUrl: string } }>(
    target.url,
    'mutation($input: CreateUploadInput!) { createUpload(input: $input) { uploadUrl } }',
    { input: { filename: 'hostile.png', contentType: 'image/png', size } },
    bearer(target.token),
  );
  expect(created.body.errors).toBeUndefined();
  const uploadUrl = new URL(created.body.data!.createUpload.uploadUrl);
  return `${uploadUrl.pathname}${uploadUrl.search}`;
}

async function postGraphQL(
  target: Target,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; contentType: string; body: GraphQLErrorBody }> {
  const res = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    body: (await res.json()) as GraphQLErrorBody,
  };
}

interface GraphQLErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** `{ "a": { "a": ... } }` nested `depth` levels, built as text (building it as an object would overflow here). */
const nestedJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A component tree of Columns nested `depth` levels deep. */
const nestedTree = (depth: number): string => {
  let node = '{"type":"Text","props":{"text":"deep"}}';
  for (let i = 0; i < depth; i++) node = `{"type":"Columns","props":{"columns":[{"items":[${node}]}]}}`;
  return `{"content":[${node}]}`;
};

const SAVE_PAGE = 'mutation($input: SavePageInput!) { savePage(input: $input) { id } }';

/** savePage with a tree too deep to build as an object here (given as JSON text): refused with 400 before GraphQL. */
function tooDeep(name: string, tree: () => string): HostileCase {
  return {
    name,
    async run(target) {
      const input = `{"path":"/deep","title":"Deep","tree":${tree()}}`;
      const body = `{"query":${JSON.stringify(SAVE_PAGE)},"variables":{"input":${input}}}`;
      const res = await postGraphQL(target, body, bearer(target.token));
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/nested deeper than \d+ levels/);
    },
  };
}

const CASES: HostileCase[] = [
  {
    name: 'a chunked upload PUT larger than the size its URL was signed for',
    async run(target) {
      const path = await createUpload(target, 100);
      const conn = await openRaw(target.port);
      await conn.send(
        `PUT ${path} HTTP/1.1\r\nhost: 127.0.0.1:${target.port}\r\ncontent-type: image/png\r\ntransfer-encoding: chunked\r\n\r\n`,
      );
      const chunk = chunkFrame(Buffer.alloc(64 * 1024, 0x89));
      for (let i = 0; i < 16 && !conn.socket.destroyed; i++) await conn.send(chunk);
      await conn.send('0\r\n\r\n');
      expect(await conn.response).toMatch(/^HTTP\/1\.1 413 /);
      conn.socket.destroy();
    },
  },
  {
    name: 'a chunked GraphQL body past the 1 MiB limit: 413 on the same connection',
    async run(target) {
      const conn = await openRaw(target.port);
      await conn.send(
        `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1:${target.port}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n`,
      );
      const chunk = chunkFrame(Buffer.alloc(256 * 1024, 0x20));
      for (let i = 0; i < 8 && !conn.socket.destroyed; i++) await conn.send(chunk);
      await conn.send('0\r\n\r\n');
      expect(await conn.response).toMatch(/^HTTP\/1\.1 413 /);
      conn.socket.destroy();
    },
  },
  {
    name: 'requests dropped mid-body, on every route that reads a body',
    async run(target) {
      const host = `host: 127.0.0.1:${target.port}`;
      const uploadPath = await createUpload(target, 200_000);
      const routes: { head: string[]; declared: number; sent: number }[] = [
        {
          head: ['POST /graphql HTTP/1.1', host, 'content-type: application/json'],
          declared: 500_000,
          sent: 65_536,
        },
        {
          head: ['POST /internal/graphql HTTP/1.1', host, 'content-type: application/json'],
          declared: 500_000,
          sent: 65_536,
        },
        {
          head: ['POST /webhooks/stripe/billing HTTP/1.1', host, 'content-type: application/json'],
          declared: 500_000,
          sent: 65_536,
        },
        {
          head: ['POST /webhooks/stripe/connect HTTP/1.1', host, 'content-type: application/json'],
          declared: 500_000,
          sent: 65_536,
        },
        { head: ['POST /collect HTTP/1.1', host, 'content-type: text/plain'], declared: 2000, sent: 100 },
        {
          head: [`POST /s/${DEMO.tenantSlug}/collect HTTP/1.1`, host, 'content-type: text/plain'],
          declared: 2000,
          sent: 100,
        },
        {
          head: [
            `POST /s/${DEMO.tenantSlug}/cart HTTP/1.1`,
            host,
            'content-type: application/x-www-form-urlencoded',
          ],
          declared: 10_000,
          sent: 100,
        },
        {
          head: [`PUT ${uploadPath} HTTP/1.1`, host, 'content-type: image/png'],
          declared: 200_000,
          sent: 65_536,
        },
      ];
      for (const route of routes) await abortMidBody(target.port, route.head, route.declared, route.sent);
    },
  },
  {
    name: 'a slow-loris body: the server closes the connection at its request timeout (408)',
    async run(target) {
      const answer = await dripUntilClosed(
        target.port,
        `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1:${target.port}\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{`,
        ' ',
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    },
  },
  {
    name: 'slow-loris headers: the server closes the connection at its headers timeout (408)',
    async run(target) {
      const answer = await dripUntilClosed(
        target.port,
        `GET /healthz HTTP/1.1\r\nhost: 127.0.0.1:${target.port}\r\nx-slow: `,
        'a',
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    },
  },
  {
    name: 'a connection that never sends a byte: closed at the headers timeout (408)',
    async run(target) {
      const conn = await openRaw(target.port);
      expect(await conn.closed).toMatch(/^HTTP\/1\.1 408 /);
    },
  },
  {
    name: 'a 1 MB anonymous alias bomb: refused before it is parsed',
    async run(target) {
      const aliases: string[] = [];
      for (let i = 0, bytes = 0; bytes < 1_000_000; i++) {
        const alias = `a${i}: __typename`;
        aliases.push(alias);
        bytes += alias.length + 1;
      }
      const body = JSON.stringify({ query: `{ ${aliases.join(' ')} }` });
      expect(body.length).toBeLessThan(1024 * 1024);
      const json = await postGraphQL(target, body);
      expect(json.status).toBe(200);
      expect(json.body.data).toBeUndefined();
      expect(json.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(json.body.errors?.[0]?.message).toMatch(/query is \d+ bytes, more than the maximum of \d+/);
      const strict = await postGraphQL(target, body, GRAPHQL_RESPONSE_JSON);
      expect(strict.status).toBe(400);
      expect(strict.contentType).toContain('application/graphql-response+json');
    },
  },
  {
    name: 'many aliases within the size limit: refused by the token or alias limit, never executed',
    async run(target) {
      const query = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
      const res = await postGraphQL(target, JSON.stringify({ query }));
      expect(res.status).toBe(200);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/more tha[nt] \d+ tokens|aliases, more than the maximum/);
    },
  },
  tooDeep('a JSON variable nested 50,000 deep', () => nestedJson(50_000)),
  tooDeep('a component tree nested 2,000 deep', () => nestedTree(2000)),
  {
    name: 'a component tree nested too deep but within the JSON bound: the cms names the limit',
    async run(target) {
      const res = await gql(
        target.url,
        SAVE_PAGE,
        { input: { path: '/deep', title: 'Deep', tree: JSON.parse(nestedTree(12)) } },
        bearer(target.token),
      );
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/nested deeper than 8 levels/);
    },
  },
  {
    // Apollo's query planner doubled its work with every nested list in such a literal: this
    // 600-byte document took minutes of gateway CPU, before any permission check.
    name: 'a component tree 12 deep written inline in the document: refused before it is planned',
    async run(target) {
      let node = '{ type: "Text", props: { text: "deep" } }';
      for (let i = 0; i < 12; i++) node = `{ type: "Columns", props: { columns: [{ items: [${node}] }] } }`;
      const res = await gql(
        target.url,
        `mutation { savePage(input: { path: "/deep", title: "Deep", tree: { content: [${node}] } }) { id } }`,
      );
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/nest at most 32 levels, 4 of them lists/);
    },
  },
  {
    name: 'malformed JSON bodies',
    async run(target) {
      for (const body of ['{"query":', 'NONSENSE', '{"query": "{ __typename }", }']) {
        const res = await fetch(`${target.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(res.status).toBe(400);
        expect(((await res.json()) as GraphQLErrorBody).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    },
  },
  {
    name: 'several operations and no operationName (or an unknown one)',
    async run(target) {
      const anonymous = await postGraphQL(
        target,
        JSON.stringify({ query: 'query { __typename } query { __typename }' }),
      );
      expect(anonymous.status).toBe(200);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const named = JSON.stringify({ query: 'query A { __typename } query B { __typename }' });
      const json = await postGraphQL(target, named);
      expect(json.status).toBe(200);
      expect(json.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(json.body.errors?.[0]?.message).toMatch(/2 operations: name the one to run in operationName/);
      const strict = await postGraphQL(target, named, GRAPHQL_RESPONSE_JSON);
      expect(strict.status).toBe(400);
      expect(strict.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = await postGraphQL(
        target,
        JSON.stringify({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }),
      );
      expect(unknown.status).toBe(200);
      expect(unknown.body.errors?.[0]?.message).toMatch(/no operation named "C"/);
    },
  },
];

describe('hostile input against a production process (PostgreSQL + Redis)', () => {
  const dataDir = join(tmpdir(), `wh-hostile-${process.pid}-${Date.now()}`);
  let database: TestDatabase | undefined;
  let child: ChildProcess | undefined;
  let output: () => string = () => '';
  let target: Target;
  /** The case that was running when the process exited (or the one just before it). */
  let running = 'start-up';
  let exitedDuring: string | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The ports and cheap argon2 of embedded mode, on PostgreSQL and Redis instead.
    const { env, url } = await embeddedEnv(dataDir);
    const [metrics] = await freePorts(1);
    const started = await startMain({
      ...env,
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `wh-test-hostile-${process.pid}-${Date.now()}:`,
      PUBLIC_URL: url,
      WORKER_METRICS_PORT: String(metrics),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    });
    child = started.process;
    output = started.output;
    child.once('exit', () => {
      exitedDuring ??= running;
    });
    target = { url, port: Number(new URL(url).port), token: await loginDemo(url) };
  }, 180_000);

  afterAll(async () => {
    if (child) await stopMain(child);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expectAlive = async () => {
    expect(
      exitedDuring,
      `the process exited while running: ${exitedDuring}\n${output().slice(-4000)}`,
    ).toBeUndefined();
    const health = await fetch(`${target.url}/healthz`);
    expect(health.status).toBe(200);
  };

  for (const hostile of CASES) {
    it(hostile.name, async () => {
      running = hostile.name;
      await hostile.run(target);
      await expectAlive();
    });
  }

  it('is still alive afterwards: /healthz and a normal GraphQL query answer', async () => {
    running = 'the final check';
    await expectAlive();
    const page = await gql<{ page: { title: string } }>(
      target.url,
      '{ page(path: "/") { title } }',
      {},
      { 'x-tenant': DEMO.tenantSlug },
    );
    expect(page.status).toBe(200);
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data?.page.title).toBe(DEMO_STORE.homeTitle);
    expect(output()).not.toMatch(/uncaught|unhandled/i);
  });
});
