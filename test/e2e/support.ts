/** Client helpers for end-to-end tests that talk to the gateway like a real client does. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { internalContext, type RequestContext } from '../../core/context.js';
import { withPlatform } from '../../core/db.js';
import { DEMO } from '../../stack/seed.js';
import { type RunningStack, startStack } from '../../stack/start.js';
import { TenantSchema } from '../../subgraphs/auth/entities/auth.js';
import { createTestDatabase, freePorts, TEST_REDIS_URL, testConfig } from '../support/env.js';
import { eventually } from '../support/eventually.js';
import { decodeQuotedPrintable } from '../support/mail.js';
import { guardedChildEnv } from '../support/network-guard.js';
import { withInitialisedPglite } from '../support/pglite-template.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function gql<T = Record<string, unknown>>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse<T>['body'] };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export { eventually };

/**
 * Asks for GraphQL over HTTP's own media type: refusals (401, 403, 404, 429, limits) keep their
 * status there; under `application/json` (what `gql` sends by default) they are 200, the code in the body.
 */
export const GRAPHQL_RESPONSE_JSON = { accept: 'application/graphql-response+json' };

export interface TestStack {
  stack: RunningStack;
  /** The gateway's base URL. */
  url: string;
  /** The stack's database: the test database, or the embedded PGlite's. */
  databaseUrl: string;
  /** Closes the stack, drops the test database and removes the stack's data folder. */
  close(): Promise<void>;
}

/**
 * The whole stack with free ports: on a fresh PostgreSQL database and the test Redis (BullMQ
 * worker) unless `embedded` (PGlite, in-process jobs, on a copy of an initialised empty database:
 * test/support/pglite-template.ts). `overrides` go to testConfig;
 * `REDIS_URL: undefined` runs without Redis.
 */
export async function startTestStack(
  overrides: Record<string, string | undefined> = {},
  opts: { seed?: boolean; embedded?: boolean; gatewayNow?: () => number } = {},
): Promise<TestStack> {
  const database = opts.embedded ? undefined : await createTestDatabase();
  let stack: RunningStack | undefined;
  const close = async () => {
    if (stack) mailboxes.delete(stack.gatewayUrl);
    await stack?.close();
    await database?.drop();
    if (stack) await rm(stack.config.dataDir, { recursive: true, force: true });
  };
  try {
    const config = testConfig({
      ...(database ? { DATABASE_URL: database.url, REDIS_URL: TEST_REDIS_URL } : {}),
      ...overrides,
    });
    if (!config.DATABASE_URL) await withInitialisedPglite(config.dataDir);
    stack = await startStack(config, {
      freePorts: true,
      seed: opts.seed ?? false,
      gatewayNow: opts.gatewayNow,
    });
  } catch (err) {
    await close();
    throw err;
  }
  mailboxes.set(stack.gatewayUrl, stack);
  return { stack, url: stack.gatewayUrl, databaseUrl: stack.config.DATABASE_URL!, close };
}

/** What reading a stack's mail needs: its gateway and its data folder (the dev outbox is in it). */
export type Mailbox = Pick<RunningStack, 'gatewayUrl'> & { config: Pick<RunningStack['config'], 'dataDir'> };

/** Stacks started by startTestStack, by gateway URL, so `signUp(url, ...)` can read their mail. */
const mailboxes = new Map<string, Mailbox>();

/**
 * The token of the newest link to `path` (e.g. `editor/sign-up/complete`) mailed to `to`, read from
 * the stack's dev outbox (tests run without SMTP_URL: the worker writes each message as a file).
 */
export async function mailedToken(stack: Mailbox, to: string, path: string): Promise<string> {
  return (await mailed(stack, to, new RegExp(`/${path}\\?token=([\\w-]+)`)))[1]!;
}

/** The first match of `pattern` in the newest message to `to` that has one, from the dev outbox. */
export async function mailed(stack: Mailbox, to: string, pattern: RegExp): Promise<RegExpExecArray> {
  const outbox = `${stack.config.dataDir}/outbox`;
  return eventually(async () => {
    const files = await readdir(outbox).catch(() => [] as string[]);
    for (const file of files.sort().reverse()) {
      const eml = decodeQuotedPrintable(await readFile(`${outbox}/${file}`, 'utf8'));
      if (!eml.includes(`To: ${to}`)) continue;
      const match = pattern.exec(eml);
      if (match) return match;
    }
    return undefined;
  }, 15_000);
}

export interface AccountTokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

/** Creates an account the way a person does: signUp, the link mailed to the address, completeSignUp. */
export async function createAccount(
  stack: Mailbox,
  input: { email: string; password?: string; name?: string },
): Promise<AccountTokens> {
  const { email, password = 'correct horse battery', name = email.split('@')[0] } = input;
  const asked = await gql(stack.gatewayUrl, 'mutation($input: RegisterInput!) { signUp(input: $input) }', {
    input: { email, password, name },
  });
  expect(asked.body, JSON.stringify(asked.body.errors)).toEqual({ data: { signUp: true } });
  const token = await mailedToken(stack, email, 'editor/sign-up/complete');
  const done = await gql<{ completeSignUp: AccountTokens }>(
    stack.gatewayUrl,
    'mutation($t: String!) { completeSignUp(token: $t) { accessToken refreshToken user { id } } }',
    { t: token },
  );
  expect(done.body.errors, JSON.stringify(done.body.errors)).toBeUndefined();
  return done.body.data!.completeSignUp;
}

/** Signs in as the seeded demo tenant's owner; returns the access token. */
export async function loginDemo(url: string): Promise<string> {
  const login = await gql<{ login: { accessToken: string } }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
  );
  expect(login.body.errors).toBeUndefined();
  return login.body.data!.login.accessToken;
}

export interface DemoStack extends TestStack {
  /** The demo owner's access token. */
  token: string;
}

/** A seeded stack (startTestStack), signed in as the demo owner. */
export async function startDemoStack(overrides: Record<string, string | undefined> = {}): Promise<DemoStack> {
  const started = await startTestStack(overrides, { seed: true });
  try {
    return { ...started, token: await loginDemo(started.url) };
  } catch (err) {
    await started.close();
    throw err;
  }
}

/** An internal request context in the seeded demo tenant (for calling the stack's services directly). */
export async function demoContext(stack: RunningStack): Promise<RequestContext> {
  const tenant = await withPlatform(stack.auth.parts.db, 'test: the demo tenant', (em) =>
    em.findOne(TenantSchema, { slug: DEMO.tenantSlug }, { filters: false }),
  );
  return { ...internalContext('test', tenant!.id), tenantSlug: DEMO.tenantSlug };
}

/** The data of a successful request (failing the test with the errors otherwise). */
export async function ok<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res = await gql<T>(url, query, variables, bearer(token));
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!;
}

/**
 * Signs `<slug>@example.com` up (createAccount, on a stack from startTestStack) and creates the
 * tenant `slug`; returns the tenant-scoped token.
 */
export async function signUp(url: string, slug: string): Promise<string> {
  const stack = mailboxes.get(url);
  if (!stack) throw new Error(`signUp: ${url} was not started with startTestStack; use createAccount`);
  const account = await createAccount(stack, { email: `${slug}@example.com`, name: slug });
  const created = await ok<{ createTenant: { accessToken: string } }>(
    url,
    'mutation($input: CreateTenantInput!) { createTenant(input: $input) { accessToken } }',
    { input: { slug, name: slug, starterSite: false } },
    account.accessToken,
  );
  return created.createTenant.accessToken;
}

/**
 * What `main.ts` needs for embedded mode (no DATABASE_URL, REDIS_URL or S3) on free ports, with
 * cheap argon2; and the gateway's URL.
 */
export async function embeddedEnv(dataDir: string): Promise<{ env: Record<string, string>; url: string }> {
  const [gateway, auth, cms, commerce, analytics, assets, db] = await freePorts(7);
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    GATEWAY_PORT: String(gateway),
    AUTH_PORT: String(auth),
    CMS_PORT: String(cms),
    COMMERCE_PORT: String(commerce),
    ANALYTICS_PORT: String(analytics),
    ASSETS_PORT: String(assets),
    EMBEDDED_DB_PORT: String(db),
    ARGON2_MEMORY_KIB: '1024',
    ARGON2_TIME_COST: '1',
  };
  return { env, url: `http://127.0.0.1:${gateway}` };
}

/**
 * Starts `main.ts` exactly as `npm start` would, minus the build, with only `env` (plus PATH, HOME
 * and the network guard); resolves once it says it is running.
 */
export async function startMain(
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<{ process: ChildProcess; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...guardedChildEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (chunk) => (output += chunk));
  proc.stderr!.on('data', (chunk) => (output += chunk));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded mode did not start:\n${output}`)), timeoutMs);
    const check = () => {
      if (output.includes('WebHaze is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout!.on('data', check);
    proc.stderr!.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded mode exited with ${code}:\n${output}`));
    });
  });
  try {
    await ready;
  } catch (err) {
    proc.kill('SIGKILL');
    throw err;
  }
  proc.removeAllListeners('exit');
  return { process: proc, output: () => output };
}

/** SIGTERM, then the exit code once the process has exited. */
export async function stopMain(proc: ChildProcess): Promise<number | null> {
  if (proc.exitCode !== null) return proc.exitCode;
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  proc.kill('SIGTERM');
  return exited;
}
