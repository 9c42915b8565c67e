/**
 * One autocannon run in its own process, so that the load generator never shares an event loop
 * with what it measures. Input: a JSON LoadSpec as argv[2]. Output: one JSON LoadResult line.
 */
import '../core/disable-telemetry.js';
import autocannon from 'autocannon';

export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  durationSeconds: number;
  /**
   * A query parameter given a new value on every request (`?<name>=<n>`): a cache keyed by it
   * misses every time, so each request renders.
   */
  uniqueParam?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as LoadSpec;
let sent = 0;
const unique = spec.uniqueParam;
const result = await autocannon({
  url: spec.url,
  method: spec.method,
  headers: spec.headers,
  body: spec.body,
  connections: spec.connections,
  duration: spec.durationSeconds,
  ...(unique
    ? {
        requests: [
          {
            setupRequest: (req: { path?: string }) => {
              const path = req.path ?? '/';
              return {
                ...req,
                path: `${path}${path.includes('?') ? '&' : '?'}${unique}=${process.pid}-${++sent}`,
              };
            },
          },
        ],
      }
    : {}),
});
const out: LoadResult = {
  requestsPerSecond: result.requests.average,
  p99Ms: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
