/**
 * Render benchmark on a real stack (PostgreSQL + Redis, the seeded demo store, its photos processed
 * before anything is measured), autocannon in its own process:
 *   (a) a bare node:http server answering the same HTML string: the limit, run in this script as
 *       the baseline every ratio is taken against
 *   (b) the cached published page through the storefront edge (`GET /s/demo/bench`)
 *   (c) an uncached render of the same 50-component page through the storefront edge: a new
 *       `?variant=` on every request misses the page cache, so every request goes storefront →
 *       gateway → cms (tree, layout, tokens, the render's data, React SSR); at 32 connections and
 *       (c1) one request at a time (the render's latency without queueing)
 *   (l) Lighthouse (mobile, default simulated throttling) performance of every page type of the
 *       sample theme (test/support/storefront-tour.ts), printed only: it depends on the machine
 * and prints the server CPU per uncached render (all server processes together: storefront,
 * gateway, subgraphs), req/s and p99 at 32 connections, and the cached page's ratio to (a).
 * Targets: ≤ 5 ms of CPU per uncached render, b/a ≥ 0.6. Figures and the profile summary ("where
 * the time goes") are in README.md beside this file.
 *
 * CPU per request comes from /proc (Linux only): on a shared machine throughput moves with the
 * neighbours' load, CPU per request much less.
 *
 * Environment knobs (besides BENCH_DURATION, BENCH_CONNECTIONS, BENCH_RUNS of bench/harness.ts):
 *   BENCH_SCENARIOS=b,c1  run only these scenarios (default a,b,c,c1,l; ratios need a)
 *   BENCH_TOPOLOGY=split  the public gateway (with the storefront on its listener) in its own
 *                         process, in front of the stack process's subgraphs; CPU per request is
 *                         then both processes'
 *   BENCH_PROFILE=1       CPU-profile the server processes during each of their scenarios
 *                         (bench/stack.ts starts and stops the profiler on SIGUSR2) and print where
 *                         the time goes
 */
import '../../core/disable-telemetry.js';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DEMO } from '../../stack/seed.js';
import {
  benchEnv,
  benchScenarios,
  demoOwner,
  graphql,
  type measure,
  measureWithCpu,
  resultsDir,
  saveResults,
  spawnReady,
  stop,
} from '../harness.js';
import type { StackPeer } from '../stack.js';
import { lighthousePerformance } from './lighthouse.js';
import { summariseRenderProfile } from './profile.js';

const here = fileURLToPath(new URL('.', import.meta.url));

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

/** Waits until every asset of the demo tenant is READY (the worker has made its variants). */
async function assetsReady(url: string, auth: Record<string, string>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { assets } = await graphql<{ assets: { edges: { node: { status: string } }[] } }>(
      url,
      '{ assets(first: 100) { edges { node { status } } } }',
      {},
      auth,
    );
    const statuses = assets.edges.map((e) => e.node.status);
    if (statuses.length > 0 && statuses.every((s) => s === 'READY')) return;
    await sleep(500);
  }
  throw new Error("the demo store's photos were not processed within 5 minutes");
}

interface Served {
  child: ChildProcess;
  /** Where this process writes its profiles (BENCH_PROFILE=1). */
  profileDir: string;
  label: string;
  profiles: number;
}

export async function runRenderBench(): Promise<void> {
  const scenarios = benchScenarios('a,b,c,c1,l');
  const profile = process.env.BENCH_PROFILE === '1';
  const split = process.env.BENCH_TOPOLOGY === 'split';
  const profileRoot = join(resultsDir, `render-profile-${Date.now()}`);
  const profileEnv = (dir: string) => {
    if (!profile) return {};
    mkdirSync(dir, { recursive: true });
    return { BENCH_PROFILE_DIR: dir };
  };
  const stack = await spawnReady<{ url: string; peer: StackPeer }>([join(here, '..', 'stack.ts')], {
    ...process.env,
    BENCH_SEED: '1',
    ...profileEnv(join(profileRoot, 'stack')),
  });
  const servers: Served[] = [
    { child: stack.child, profileDir: join(profileRoot, 'stack'), label: 'stack', profiles: 0 },
  ];
  let bare: Awaited<ReturnType<typeof spawnReady>> | undefined;
  try {
    let url = stack.info.url;
    if (split) {
      // The public gateway and the storefront in their own process, as in production.
      const front = await spawnReady<{ url: string }>([join(here, '..', 'stack.ts'), 'gateway'], {
        ...process.env,
        BENCH_PEER: JSON.stringify(stack.info.peer),
        ...profileEnv(join(profileRoot, 'gateway')),
      });
      servers.push({
        child: front.child,
        profileDir: join(profileRoot, 'gateway'),
        label: 'gateway',
        profiles: 0,
      });
      url = front.info.url;
    }
    /** Runs a scenario with the servers' CPU time per request; with BENCH_PROFILE=1, profiles it. */
    const measured = async (pids: (number | undefined)[], ...args: Parameters<typeof measure>) => {
      const profiled = profile && pids.includes(stack.child.pid) ? servers : [];
      for (const server of profiled) server.child.kill('SIGUSR2');
      const result = await measureWithCpu(pids, ...args);
      for (const server of profiled) {
        server.child.kill('SIGUSR2');
        const file = join(server.profileDir, `${++server.profiles}.cpuprofile`);
        for (let i = 0; i < 200 && !existsSync(file); i++) await sleep(100);
        console.info(`[${server.label} process] ${summariseRenderProfile(file)}`);
      }
      return result;
    };
    const serverPids = servers.map((s) => s.child.pid);
    const auth = await demoOwner(url);
    // The seed's photos are processed by the stack's worker: measured while it encodes AVIF, a
    // render would be charged for it.
    await assetsReady(url, auth);
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
    const skipped = null;
    const a = scenarios.has('a')
      ? await measured([bare.child.pid], '(a) bare node:http, same HTML', {
          url: (bare.info as { url: string }).url,
          method: 'GET',
          headers: {},
        })
      : skipped;
    const b = scenarios.has('b')
      ? await measured(serverPids, '(b) cached published page via the storefront', {
          url: pageUrl,
          method: 'GET',
          headers: {},
        })
      : skipped;
    // Every request a new `variant`: a document parameter, so a new page-cache key, while the
    // published page ignores it. The whole storefront path renders, every time.
    const uncached = { url: pageUrl, method: 'GET' as const, headers: {}, uniqueParam: 'variant' };
    // One request at a time first: the render's own latency and CPU, without queueing (and before
    // (c), whose requests still in flight when a run ends are rendered all the same).
    const c1 = scenarios.has('c1')
      ? await measured(serverPids, '(c1) uncached render, 1 connection', uncached, 1)
      : skipped;
    const c = scenarios.has('c')
      ? await measured(serverPids, '(c) uncached render via the storefront', uncached)
      : skipped;
    const ba = a && b ? b.requestsPerSecond / a.requestsPerSecond : null;
    const renderCpuMs = c1?.cpuUsPerRequest ?? c?.cpuUsPerRequest ?? null;
    console.info(
      [
        renderCpuMs !== null
          ? `uncached render: ${(renderCpuMs / 1000).toFixed(1)} ms of server CPU per page, all processes (target ≤ 5 ms; measured one request at a time)`
          : null,
        c
          ? `uncached at ${connections} connections: ${c.requestsPerSecond.toFixed(0)} req/s, p99 ${c.p99Ms} ms`
          : null,
        c1 ? `uncached at 1 connection: p99 ${c1.p99Ms} ms` : null,
        ba !== null
          ? `cached page: b/a = ${ba.toFixed(2)} of a bare node:http server (target ≥ 0.6), ${b!.requestsPerSecond.toFixed(0)} req/s, p99 ${b!.p99Ms} ms`
          : null,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    const performance = scenarios.has('l') ? await lighthousePerformance(url, DEMO.tenantSlug) : null;
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
      renderCpuMs,
      performance,
    });
  } finally {
    if (bare) await stop(bare.child);
    for (const server of servers.reverse()) await stop(server.child);
    if (!profile) rmSync(profileRoot, { recursive: true, force: true });
  }
}
