/**
 * Child-process entry for the gateway benchmark, so that each service has its own event loop:
 *   stack.ts standins        starts the stand-in subgraphs and auth; prints their environment
 *   stack.ts gateway <file>  starts a gateway on the supergraph in <file>, configured from env
 * Each prints one JSON line when ready and closes cleanly on SIGTERM (so --cpu-prof is written).
 */
import '../../core/disable-telemetry.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { startGateway } from '../../gateway/server.js';
import { startStandinStack } from '../../gateway/testing/standins.js';

const [mode, supergraphFile] = process.argv.slice(2);

if (mode === 'standins') {
  const stack = await startStandinStack();
  const file = join(tmpdir(), `webhaze-bench-supergraph-${process.pid}.graphql`);
  writeFileSync(file, stack.supergraphSdl);
  onShutdownSignal(async () => {
    rmSync(file, { force: true });
    await stack.close();
  });
  process.stdout.write(
    `${JSON.stringify({ env: stack.env, supergraphFile: file, commerceUrl: stack.commerce.graphqlUrl })}\n`,
  );
} else if (mode === 'gateway' && supergraphFile) {
  const gateway = await startGateway(loadConfig(), {
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    port: 0,
    stockFetcher: process.env.BENCH_STOCK_FETCHER === '1',
  });
  onShutdownSignal(() => gateway.close());
  process.stdout.write(`${JSON.stringify({ url: gateway.url })}\n`);
} else {
  process.stderr.write('usage: stack.ts standins | stack.ts gateway <supergraph file>\n');
  process.exit(2);
}
