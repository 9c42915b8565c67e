import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PRODUCTS, DEMO_STORE } from '../../stack/demo-store.js';
import { createAccount, embeddedEnv, gql, startMain, stopMain } from './support.js';

const dataDir = join(tmpdir(), `wh-embedded-${process.pid}-${Date.now()}`);
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded mode (no DATABASE_URL, REDIS_URL or S3)', () => {
  it('starts on PGlite, serves the demo page and a cross-subgraph query, and keeps data across restarts', async () => {
    const { env, url } = await embeddedEnv(dataDir);

    const first = await startMain(env);
    expect(first.output()).toContain('embedded PGlite');
    expect(first.output()).toContain('in-process runner');
    const page = await fetch(`${url}/s/demo/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<title>${DEMO_STORE.homeTitle.replace('&', '&amp;')}</title>`);
    const query = await gql<{ page: { featuredProducts: { title: string }[] } }>(
      url,
      '{ page(path: "/") { featuredProducts { title } } }',
      {},
      { 'x-tenant': 'demo' },
    );
    expect(query.body.data?.page.featuredProducts).toHaveLength(
      DEMO_PRODUCTS.filter((p) => p.collection === DEMO_STORE.featuredCollection).length,
    );
    // The demo store's pages are there too.
    for (const path of ['about', 'contact', 'privacy']) {
      expect((await fetch(`${url}/s/demo/${path}`)).status, path).toBe(200);
    }
    // Signed up through the emailed link (the dev outbox in the data folder).
    const mailbox = { gatewayUrl: url, config: { dataDir } };
    await createAccount(mailbox, { email: 'kept@example.com', name: 'Kept' });
    expect(await stopMain(first.process)).toBe(0);

    const second = await startMain(env);
    child = second.process;
    expect(second.output()).not.toContain('seeded the demo tenant');
    const again = await gql<{ login: { accessToken: string } }>(
      url,
      'mutation { login(input: { email: "kept@example.com", password: "correct horse battery" }) { accessToken } }',
    );
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.login.accessToken).toBeTruthy();
    expect(await stopMain(second.process)).toBe(0);
    child = undefined;
  }, 240_000);
});
