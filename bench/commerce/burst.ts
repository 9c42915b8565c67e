/**
 * A load generator for requests that cannot repeat (each checkout consumes its cart, each webhook
 * event is its own): sends a given list of requests with a fixed concurrency, in its own process
 * (never sharing an event loop with what it measures). Input: a JSON BurstSpec in a file named by
 * argv[2]. Output: one JSON BurstResult line.
 */
import '../../core/disable-telemetry.js';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'undici';

export interface BurstSpec {
  origin: string;
  concurrency: number;
  requests: { path: string; headers: Record<string, string>; body: string }[];
}

export interface BurstResult {
  requestsPerSecond: number;
  p99Ms: number;
  seconds: number;
  non2xx: number;
  /** Responses whose GraphQL body carried errors. */
  graphqlErrors: number;
  errors: number;
}

const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as BurstSpec;
const dispatcher = new Agent({ connections: spec.concurrency, keepAliveTimeout: 30_000 });
const latencies: number[] = [];
let next = 0;
let non2xx = 0;
let graphqlErrors = 0;
let errors = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: spec.concurrency }, async () => {
    for (;;) {
      const item = spec.requests[next++];
      if (!item) return;
      const t0 = performance.now();
      try {
        const res = await request(`${spec.origin}${item.path}`, {
          method: 'POST',
          headers: item.headers,
          body: item.body,
          dispatcher,
        });
        const text = await res.body.text();
        if (res.statusCode < 200 || res.statusCode > 299) non2xx++;
        else if (text.startsWith('{"errors"') || text.includes('"errors":[')) graphqlErrors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const result: BurstResult = {
  requestsPerSecond: spec.requests.length / seconds,
  p99Ms: Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0),
  seconds,
  non2xx,
  graphqlErrors,
  errors,
};
await dispatcher.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
