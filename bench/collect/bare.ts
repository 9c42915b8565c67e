/**
 * The limit for beacon ingestion: a bare node:http server that reads the body and answers 204,
 * as `POST /collect` does when it accepts a beacon. Prints `{ "url": ... }` when ready.
 */
import '../../core/disable-telemetry.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/collect` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
