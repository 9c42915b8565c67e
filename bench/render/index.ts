/**
 * Render benchmark on a real stack (PostgreSQL + Redis, demo tenant), autocannon in its own process:
 *   (a) a bare node:http server answering the same HTML string: the limit
 *   (b) the cached published page through the gateway (`GET /s/demo/bench`)
 *   (c) an uncached render of the same 50-component page (`page(path) { html }` through the gateway:
 *       tree, tokens, the render-data supergraph call, React SSR, every time), at full concurrency
 *       and (c1) one request at a time (the render's latency without queueing)
 * and prints req/s, p99, b/a and c/a. Targets: b/a ≥ 0.5, (c) p99 ≤ 30 ms.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO } from '../../stack/seed.js';
import { benchEnv, measure, post, saveResults, spawnReady, stop } from '../harness.js';

const here = fileURLToPath(new URL('.', import.meta.url));

async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers = {},
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`bench setup failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** 50 components: headings, rich text, buttons, spacers, columns with nested items, a product grid. */
function fiftyComponents(productIds: string[]) {
  const content: { type: string; props: Record<string, unknown> }[] = [];
  for (let i = 0; content.length < 48; i++) {
    content.push({ type: 'Heading', props: { text: `Section ${i + 1}`, level: 2 } });
    content.push({ type: 'Text', props: { text: `Paragraph ${i + 1}: linen, canvas and wool, made well.` } });
    content.push({ type: 'Button', props: { label: `Shop ${i + 1}`, href: `/shop/${i + 1}` } });
    content.push({ type: 'Spacer', props: { size: 'small' } });
  }
  content.push({ type: 'ProductGrid', props: { heading: 'Featured', productIds } });
  content.push({ type: 'Heading', props: { text: 'Thanks for visiting', level: 2 } });
  return { root: { props: {} }, content };
}

export async function runRenderBench(): Promise<void> {
  const stack = await spawnReady<{ url: string }>([join(here, '..', 'stack.ts')], {
    ...process.env,
    BENCH_SEED: '1',
  });
  let bare: Awaited<ReturnType<typeof spawnReady>> | undefined;
  try {
    const url = stack.info.url;
    const { login } = await graphql<{ login: { accessToken: string } }>(
      url,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: DEMO.email, password: DEMO.password, tenantSlug: DEMO.tenantSlug } },
    );
    const auth = { authorization: `Bearer ${login.accessToken}` };
    const { products } = await graphql<{ products: { edges: { node: { id: string } }[] } }>(
      url,
      '{ products { edges { node { id } } } }',
      {},
      auth,
    );
    const tree = fiftyComponents(products.edges.map((e) => e.node.id));
    const { savePage } = await graphql<{ savePage: { id: string; version: number } }>(
      url,
      'mutation($input: SavePageInput!) { savePage(input: $input) { id version } }',
      { input: { path: '/bench', title: 'Bench page', tree } },
      auth,
    );
    await graphql(
      url,
      'mutation($id: ID!, $v: Int) { publishPage(id: $id, expectedVersion: $v) { id } }',
      {
        id: savePage.id,
        v: savePage.version,
      },
      auth,
    );
    const pageUrl = `${url}/s/${DEMO.tenantSlug}/bench`;
    const html = await (await fetch(pageUrl)).text();
    const file = join(tmpdir(), `wh-bench-render-${process.pid}.html`);
    writeFileSync(file, html);
    bare = await spawnReady<{ url: string }>([join(here, 'bare.ts'), file]);
    const { connections, durationSeconds, runs } = benchEnv;
    console.info(
      `render bench: a ${tree.content.length}-component page (${html.length} bytes of HTML), ${connections} connections, ${runs} x ${durationSeconds}s`,
    );
    const a = await measure('(a) bare node:http, same HTML', {
      url: (bare.info as { url: string }).url,
      method: 'GET',
      headers: {},
    });
    const b = await measure('(b) cached published page via gateway', {
      url: pageUrl,
      method: 'GET',
      headers: {},
    });
    const uncached = post(
      `${url}/graphql`,
      'query($p: String!) { page(path: $p) { html } }',
      { p: '/bench' },
      {
        'x-tenant': DEMO.tenantSlug,
      },
    );
    const c = await measure('(c) uncached render (page { html }) via gateway', uncached);
    // One request at a time: the render's own latency, without queueing behind the others.
    const c1 = await measure('(c1) uncached render, 1 connection', uncached, 1);
    const ba = b.requestsPerSecond / a.requestsPerSecond;
    const ca = c.requestsPerSecond / a.requestsPerSecond;
    console.info(
      `b/a = ${ba.toFixed(2)} (target ≥ 0.5)   c/a = ${ca.toFixed(3)}   uncached p99 = ${c.p99Ms} ms at ${connections} connections, ${c1.p99Ms} ms at 1 (target ≤ 30 ms)`,
    );
    saveResults('render', {
      connections,
      durationSeconds,
      runs,
      htmlBytes: html.length,
      a,
      b,
      c,
      c1,
      ba,
      ca,
    });
  } finally {
    if (bare) await stop(bare.child);
    await stop(stack.child);
  }
}
