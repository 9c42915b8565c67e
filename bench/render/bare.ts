/** Child-process entry: a bare node:http server answering every request with the same HTML (the limit). */
import '../../core/disable-telemetry.js';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const html = readFileSync(process.argv[2] ?? '', 'utf8');
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) };
const server = createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(html);
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`,
  );
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
