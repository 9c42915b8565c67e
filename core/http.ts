import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { newRequestId, REQUEST_ID_HEADER } from './context.js';
import { internalErrorMessage } from './errors.js';
import { logger } from './logger.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
/** A route returns true when it handled the request. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;
export type ReadinessCheck = () => Promise<void>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_USER_INPUT',
    readonly headers: Record<string, string> = {},
    /** More `extensions` for the answer, e.g. `reason`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the whole body, refusing (413) past `limit` bytes without buffering the rest. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

/** A GraphQL-shaped error response for failures that happen before execution (auth, limits). */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  extensions: Record<string, unknown> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] }, headers);
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request's id: the caller's `x-request-id` when it is sane, else a new one. */
function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : newRequestId();
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Runs one HTTP request through Apollo Server without a web framework: the leanest path from a
 * socket to `executeHTTPGraphQLRequest`, shared by the gateway and every subgraph.
 */
export async function executeGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<TContext>,
  body?: Buffer,
): Promise<void> {
  let parsedBody: unknown;
  if (req.method === 'POST') {
    const raw = body ?? (await readBody(req));
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
      try {
        parsedBody = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        throw new HttpError(400, 'Request body is not valid JSON');
      }
    } else {
      parsedBody = raw.toString('utf8');
    }
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method ?? 'GET',
      headers: toHeaderMap(req),
      search: url.search,
      body: parsedBody,
    },
    context,
  });
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of response.headers) outHeaders[key] = value;
  if (response.body.kind === 'complete') {
    outHeaders['content-length'] = String(Buffer.byteLength(response.body.string));
    res.writeHead(response.status ?? 200, outHeaders);
    res.end(response.body.string);
    return;
  }
  res.writeHead(response.status ?? 200, outHeaders);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export interface HttpService {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface HttpServiceOptions {
  name: string;
  host: string;
  port: number;
  routes: Route[];
  /** Each check throws when its dependency is not ready; /readyz answers 503 naming it. */
  readiness?: Record<string, ReadinessCheck>;
  /** More for the /readyz body that never makes it fail (the gateway's view of its subgraphs). */
  readinessDetails?: () => Promise<Record<string, unknown>>;
  /** Called after the server stops accepting connections, to close pools and queues. */
  onClose?: () => Promise<void>;
}

/**
 * Starts an HTTP service with /healthz, /readyz and graceful close. Signal handling is the
 * entry point's job (see `onShutdownSignal`), so that one process may host several services.
 */
export async function startHttpService(opts: HttpServiceOptions): Promise<HttpService> {
  const log = logger().child({ service: opts.name });
  let closing = false;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') {
        sendJson(res, closing ? 503 : 200, { status: closing ? 'closing' : 'ok', service: opts.name });
        return;
      }
      if (url.pathname === '/readyz') {
        const results: Record<string, string> = {};
        let ready = !closing;
        for (const [name, check] of Object.entries(opts.readiness ?? {})) {
          try {
            await check();
            results[name] = 'ok';
          } catch (err) {
            ready = false;
            // The reason goes to the log: an error message may name internal addresses.
            results[name] = 'failing';
            log.warn({ err, check: name }, 'readiness check failed');
          }
        }
        const details = (await opts.readinessDetails?.()) ?? {};
        sendJson(res, ready ? 200 : 503, {
          status: ready ? 'ready' : 'not ready',
          checks: results,
          ...details,
        });
        return;
      }
      for (const route of opts.routes) {
        if (await route(req, res, url)) return;
      }
      sendJson(res, 404, { error: 'not found' });
    } catch (err) {
      if (err instanceof HttpError) {
        if (!res.headersSent)
          sendGraphQLError(res, err.status, err.code, err.message, err.headers, err.extensions);
        else res.end();
        return;
      }
      const requestId = requestIdOf(req);
      log.error({ err, requestId, path: url.pathname }, 'unhandled request error');
      if (!res.headersSent) {
        sendGraphQLError(
          res,
          500,
          'INTERNAL_SERVER_ERROR',
          internalErrorMessage(`request ${requestId}`),
          {},
          { requestId },
        );
      } else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${opts.host}:${port}`;
  log.info({ url }, `${opts.name} listening`);
  return {
    server,
    port,
    url,
    async close() {
      if (closing) return;
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 10_000).unref();
      });
      await opts.onClose?.();
      log.info(`${opts.name} closed`);
    },
  };
}

/**
 * Runs `shutdown` once on SIGTERM or SIGINT, then exits. A repeated SIGTERM during shutdown is
 * ignored (orchestrators resend it); a second SIGINT (Ctrl+C twice) exits at once.
 */
export function onShutdownSignal(shutdown: () => Promise<void>): void {
  let started = false;
  const handler = (signal: NodeJS.Signals) => {
    if (started) {
      if (signal === 'SIGINT') process.exit(130);
      logger().warn({ signal }, 'already shutting down');
      return;
    }
    started = true;
    logger().info({ signal }, 'shutting down');
    shutdown().then(
      () => process.exit(0),
      (err) => {
        logger().error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}
