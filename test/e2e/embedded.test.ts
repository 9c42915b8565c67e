import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePorts } from '../support/env.js';
import { gql } from './support.js';

const dataDir = join(tmpdir(), `wh-embedded-${process.pid}-${Date.now()}`);
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts `main.ts` exactly as `npm start` would, minus the build, with no external services configured. */
async function startEmbedded(
  env: Record<string, string>,
): Promise<{ process: ChildProcess; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (chunk) => (output += chunk));
  proc.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded mode did not start:\n${output}`)), 90_000);
    const check = () => {
      if (output.includes('WebHaze is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout!.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded mode exited with ${code}:\n${output}`));
    });
  });
  return { process: proc, output: () => output };
}

async function stop(proc: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  proc.kill('SIGTERM');
  return exited;
}

describe('embedded mode (no DATABASE_URL, REDIS_URL or S3)', () => {
  it('starts on PGlite, serves the demo page and a cross-subgraph query, and keeps data across restarts', async () => {
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
    const url = `http://127.0.0.1:${gateway}`;

    const first = await startEmbedded(env);
    expect(first.output()).toContain('embedded PGlite');
    expect(first.output()).toContain('in-process runner');
    const page = await fetch(`${url}/s/demo/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Welcome to the Demo Store');
    const query = await gql<{ page: { featuredProducts: { title: string }[] } }>(
      url,
      '{ page(path: "/") { featuredProducts { title } } }',
      {},
      { 'x-tenant': 'demo' },
    );
    expect(query.body.data?.page.featuredProducts).toHaveLength(3);
    const created = await gql(
      url,
      'mutation { register(input: { email: "kept@example.com", password: "correct horse battery", name: "Kept" }) { accessToken } }',
    );
    expect(created.body.errors).toBeUndefined();
    expect(await stop(first.process)).toBe(0);

    const second = await startEmbedded(env);
    child = second.process;
    expect(second.output()).not.toContain('seeded the demo tenant');
    const again = await gql(
      url,
      'mutation { register(input: { email: "kept@example.com", password: "correct horse battery", name: "Kept" }) { accessToken } }',
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await stop(second.process)).toBe(0);
    child = undefined;
  }, 240_000);
});
