/**
 * `npm start` with nothing configured, used for a while under the network guard (NODE_OPTIONS, as
 * startMain passes it): it starts in production mode, generates its shared secrets into its data
 * folder, serves the editor, the storefront and the API, and never tries to reach beyond this machine
 * (no telemetry, no cloud-metadata probe), not even while shutting down.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseKeyring } from '../../core/secrets.js';
import { drainOutsideAttempts } from '../support/network-guard.js';
import { bearer, createAccount, embeddedEnv, gql, startMain, stopMain } from './support.js';

const dataDir = join(tmpdir(), `wh-offline-${process.pid}-${Date.now()}`);
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start, offline', () => {
  it('runs with nothing configured and attempts no connection beyond this machine', async () => {
    const { env, url } = await embeddedEnv(dataDir);
    const main = await startMain(env, 240_000);
    child = main.process;
    // The child really runs under the guard.
    expect(readFileSync(`/proc/${main.process.pid}/environ`, 'utf8')).toMatch(/network-guard-[0-9a-f]+\.mjs/);

    // The all-in-one generates the shared secrets once, into its data folder, readable by its owner only.
    const contextSecret = join(dataDir, 'context-secret');
    const secretsKeys = join(dataDir, 'secrets-keys');
    expect(readFileSync(contextSecret, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(parseKeyring(readFileSync(secretsKeys, 'utf8')).keys.size).toBe(1);
    for (const file of [contextSecret, secretsKeys]) expect(statSync(file).mode & 0o077).toBe(0);

    // A visitor, a new account and an editor session.
    for (const path of ['/healthz', '/readyz', '/s/demo/', '/editor/']) {
      expect((await fetch(`${url}${path}`)).status, path).toBe(200);
    }
    const page = await gql<{ page: { featuredProducts: { title: string }[] } }>(
      url,
      '{ page(path: "/") { title featuredProducts { title } } }',
      {},
      { 'x-tenant': 'demo' },
    );
    expect(page.body.data?.page.featuredProducts.length).toBeGreaterThan(0);
    // Signed up through the emailed link (the dev outbox in the data folder).
    const { accessToken: token } = await createAccount(
      { gatewayUrl: url, config: { dataDir } },
      { email: 'offline@example.com', name: 'Off' },
    );
    // A TOTP seed is stored encrypted with the generated SECRETS_KEYS.
    const totp = await gql<{ enableTotp: { secret: string } }>(
      url,
      'mutation { enableTotp { secret } }',
      {},
      bearer(token),
    );
    expect(totp.body.errors).toBeUndefined();
    const signIn = await gql(
      url,
      'mutation { login(input: { email: "offline@example.com", password: "correct horse battery" }) { accessToken } }',
    );
    expect(signIn.body.errors).toBeUndefined();

    // Stopping flushes whatever would have been reported.
    expect(await stopMain(main.process)).toBe(0);
    child = undefined;
    expect(main.output()).not.toContain('network guard');
    expect(drainOutsideAttempts()).toEqual([]);
  }, 420_000);
});
