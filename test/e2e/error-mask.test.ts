import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type DemoStack, eventually, gql, startDemoStack } from './support.js';

/**
 * What a client sees of failures in production, through the real gateway over the real subgraphs:
 * expected conditions with a shared code and a reason, unexpected ones with the request id only,
 * never SQL, bound values, stack traces or internal addresses.
 */

let stack: DemoStack;

beforeAll(async () => {
  // No STRIPE_SECRET_KEY: payments are not configured on this server.
  stack = await startDemoStack({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await stack?.close();
});

/** Nothing in a response that only the server should know. */
function expectNothingInternal(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/insert into|select |values \(|\$\d|catalog_job|"commerce"\./i);
  expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stacktrace|\bat \S+\.(ts|js):\d+/);
}

const IMPORT = 'mutation($csv: String!) { importCatalog(csv: $csv) { id status } }';
const JOB = 'query($id: ID!) { catalogJob(id: $id) { status problems { row column message } } }';

describe('in production, through the gateway', () => {
  it('refuses a NUL byte in an imported CSV cell as a row problem; no SQL reaches the client', async () => {
    const csv = [
      'slug,title,sku,price_EUR',
      'tee,Plain tee,TEE-1,1500',
      'mug,Mug\u0000 with NUL,MUG-1,900',
    ].join('\n');
    const started = await gql<{ importCatalog: { id: string; status: string } }>(
      stack.url,
      IMPORT,
      { csv },
      bearer(stack.token),
    );
    expectNothingInternal(started.body);
    expect(started.body.errors).toBeUndefined();
    const id = started.body.data!.importCatalog.id;
    const job = await eventually(async () => {
      const res = await gql<{ catalogJob: { status: string; problems: unknown[] } }>(
        stack.url,
        JOB,
        { id },
        bearer(stack.token),
      );
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.catalogJob.status === 'FAILED' ? res.body.data!.catalogJob : undefined;
    });
    expect(job.problems).toEqual([
      { row: 3, column: 'title', message: 'title: contains a NUL character or an unpaired surrogate' },
    ]);
    expectNothingInternal(job);
    // Nothing was imported.
    const products = await gql<{ products: { edges: { node: { slug: string } }[] } }>(
      stack.url,
      '{ products(first: 100) { edges { node { slug } } } }',
      {},
      bearer(stack.token),
    );
    expect(products.body.errors).toBeUndefined();
    expect(products.body.data!.products.edges.map((e) => e.node.slug)).not.toContain('tee');
  });

  it('answers "payments are not configured" as an expected condition with a reason', async () => {
    const res = await gql(stack.url, 'mutation { connectStripe { url } }', {}, bearer(stack.token));
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      message: 'Payments are not configured on this server',
      extensions: { code: 'FORBIDDEN', reason: 'PAYMENTS_NOT_CONFIGURED' },
    });
    expectNothingInternal(res.body);
  });

  it('answers a down subgraph with its name only, and stays ready', async () => {
    await stack.stack.commerce.close();
    const res = await gql(
      stack.url,
      '{ products(first: 1) { edges { node { id } } } }',
      {},
      bearer(stack.token),
    );
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      message: 'The commerce service is unavailable',
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SERVICE_UNAVAILABLE' },
    });
    expectNothingInternal(res.body);
    expect(JSON.stringify(res.body)).not.toContain(String(new URL(stack.stack.serviceUrls.commerce).port));
    const ready = await fetch(`${stack.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { subgraphs: Record<string, string> };
    await eventually(async () => {
      const again = (await (await fetch(`${stack.url}/readyz`)).json()) as typeof body;
      return again.subgraphs.commerce === 'unreachable' ? true : undefined;
    });
    expect(body.subgraphs.auth).toBe('ok');
  });
});
