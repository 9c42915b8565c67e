import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type ApolloServerPlugin, type BaseContext, HeaderMap } from '@apollo/server';
import { HTTP_TIMEOUT_DEFAULTS } from './config.js';
import { newRequestId, REQUEST_ID_HEADER } from './context.js';
import { internalErrorMessage } from './errors.js';
import { nestedDeeperThan } from './json-depth.js';
import { logger } from './logger.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
/** A route returns true when it handled the request. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;
export type ReadinessCheck = () => Promise<void>;

export interface HttpErrorDetails {
  /** More `extensions` for the answer, e.g. `reason`. */
  extensions?: Record<string, unknown>;
  /**
   * True when a well-formed request is refused (identity, tenant, rate and query limits), false
   * when the request itself is unusable (a body too large, not JSON). GraphQL over HTTP answers a
   * refusal with 200 under `application/json` and with `status` under
   * `application/graphql-response+json`; an unusable request gets `status` either way.
   */
  refusal?: boolean;
}

export class HttpError extends Error {
  readonly extensions: Record<string, unknown>;
  readonly refusal: boolean;
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_USER_INPUT',
    readonly headers: Record<string, string> = {},
    details: HttpErrorDetails = {},
  ) {
    super(message);
    this.extensions = details.extensions ?? {};
    this.refusal = details.refusal ?? false;
  }
}

export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Deepest JSON a GraphQL request may nest (its body, or the `variables` and `extensions` of a GET).
 * The deepest valid input, a page's component tree, needs under 50 levels; a deeper body is refused
 * (400) before anything recursive (graphql-js coercion, JSON.stringify, zod) overflows the stack.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * Reads the whole body, refusing (413) past `limit` bytes without buffering the rest. A client that
 * drops the connection or is too slow (the server's request timeout) makes it throw; the caller's
 * answer then goes nowhere, and startHttpService lets it go quietly.
 */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const tooLarge = () => {
    // The rest is read and dropped (within the request timeout) rather than left unread: closing
    // a socket with unread data resets it, and the client would lose the 413 on the way.
    req.resume();
    return new HttpError(413, `Request body is larger than ${limit} bytes`);
  };
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  // Not destroyed when the loop stops early: the 413 must still reach the client on that socket.
  for await (const chunk of req.iterator({ destroyOnReturn: false })) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
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

export type GraphQLMediaType = 'application/json' | 'application/graphql-response+json';
const GRAPHQL_MEDIA_TYPES: readonly GraphQLMediaType[] = [
  'application/json',
  'application/graphql-response+json',
];

/**
 * The media type a GraphQL response goes out in, negotiated from the Accept header as Apollo
 * Server does it: `application/json` without an Accept header, null when neither type is accepted.
 * Each type takes the q of its most specific matching range; the highest q wins, then the more
 * specific match, then the range listed first, then `application/json`.
 */
export function graphQLMediaType(accept: string | undefined): GraphQLMediaType | null {
  if (!accept?.trim()) return 'application/json';
  const ranges = accept.split(',').map((entry, order) => {
    const [range = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const [type = '', subtype = ''] = range.split('/');
    const q = params.find((p) => p.startsWith('q='));
    return { type, subtype, q: q ? Number(q.slice(2)) : 1, order };
  });
  type Rank = { q: number; specificity: number; order: number };
  const candidates: (Rank & { media: GraphQLMediaType })[] = [];
  for (const media of GRAPHQL_MEDIA_TYPES) {
    const [type, subtype] = media.split('/');
    const [match] = ranges
      .filter((r) => (r.type === '*' || r.type === type) && (r.subtype === '*' || r.subtype === subtype))
      .map((r) => ({ ...r, specificity: (r.type === type ? 2 : 0) + (r.subtype === subtype ? 1 : 0) }))
      .sort((a, b) => b.specificity - a.specificity || b.q - a.q || a.order - b.order);
    if (match && match.q > 0) candidates.push({ media, ...match });
  }
  // Array sort is stable: on a full tie application/json, listed first, stays first.
  candidates.sort((a, b) => b.q - a.q || b.specificity - a.specificity || a.order - b.order);
  return candidates[0]?.media ?? null;
}

function acceptOf(req: IncomingMessage): string | undefined {
  const accept = req.headers.accept;
  return Array.isArray(accept) ? accept.join(', ') : accept;
}

/**
 * Answers an HttpError raised while serving a GraphQL endpoint as a GraphQL response, in the media
 * type the client accepts and with the status GraphQL over HTTP gives it (see HttpError.refusal).
 */
export function sendGraphQLRefusal(req: IncomingMessage, res: ServerResponse, err: HttpError): void {
  const media = graphQLMediaType(acceptOf(req));
  const status = media === 'application/json' && err.refusal ? 200 : err.status;
  sendJson(
    res,
    status,
    { errors: [{ message: err.message, extensions: { ...err.extensions, code: err.code } }] },
    { ...err.headers, 'content-type': `${media ?? 'application/json'}; charset=utf-8` },
  );
}

/**
 * Runs a GraphQL endpoint's work (identity, limits, execution): an HttpError it throws is answered
 * with sendGraphQLRefusal; anything else goes on to startHttpService's handler.
 */
export async function answeringGraphQLErrors(
  req: IncomingMessage,
  res: ServerResponse,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (err) {
    if (!(err instanceof HttpError) || res.headersSent || req.socket.destroyed) throw err;
    sendGraphQLRefusal(req, res, err);
  }
}

/**
 * The status codes of GraphQL over HTTP for what Apollo Server answers after it took the request:
 * a response with data is always 200, and under `application/json` every GraphQL error (parse,
 * validation, variable coercion, an undeterminable operation, limits, a refusal by a subgraph) is
 * 200 too, its code in the body. Under `application/graphql-response+json` Apollo's 4xx stay. A GET
 * mutation keeps its 405. Listed after every plugin that sets a status, since it has the last word.
 */
export function graphQLOverHttpStatusPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single') return;
          const status = response.http.status ?? 200;
          if (status < 300) return;
          const data = response.body.singleResult.data;
          const withData = data !== undefined && data !== null;
          const json = graphQLMediaType(request.http?.headers.get('accept')) === 'application/json';
          if (withData || (json && status !== 405)) response.http.status = 200;
        },
      };
    },
  };
}

export interface GraphQLEndpointLimits {
  /** Largest `query` string accepted (bytes), refused before Apollo Server, so before parsing. */
  maxQueryBytes?: number;
}

/**
 * Runs one HTTP request through Apollo Server without a web framework: the leanest path from a
 * socket to `executeHTTPGraphQLRequest`, shared by the gateway and every subgraph. The body and
 * the query are bounded before Apollo sees them (MAX_BODY_BYTES, MAX_JSON_DEPTH, `limits`).
 */
export async function executeGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  context: () => Promise<TContext>,
  limits: GraphQLEndpointLimits = {},
): Promise<void> {
  await answeringGraphQLErrors(req, res, async () => {
    const post = req.method === 'POST';
    const parsedBody = post ? parseBody(req, await readBody(req)) : undefined;
    if (!post) assertShallowSearchParams(url.searchParams);
    const query = post
      ? (parsedBody as { query?: unknown } | undefined)?.query
      : url.searchParams.get('query');
    if (limits.maxQueryBytes !== undefined && typeof query === 'string') {
      const bytes = Buffer.byteLength(query);
      if (bytes > limits.maxQueryBytes) {
        throw new HttpError(
          400,
          `The query is ${bytes} bytes, more than the maximum of ${limits.maxQueryBytes}`,
          'BAD_USER_INPUT',
          {},
          { refusal: true },
        );
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
    for await (const chunk of response.body.asyncIterator) {
      // The client is gone: stop producing (leaving the loop ends the response's iterator).
      if (res.destroyed) break;
      res.write(chunk);
    }
    res.end();
  });
}

function parseBody(req: IncomingMessage, raw: Buffer): unknown {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')) {
    return raw.toString('utf8');
  }
  let parsed: unknown;
  try {
    parsed = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
  if (nestedDeeperThan(parsed, MAX_JSON_DEPTH)) {
    throw new HttpError(400, `Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  return parsed;
}

/** The same depth bound for a GET's JSON parameters (Apollo parses them; invalid JSON is its to refuse). */
function assertShallowSearchParams(params: URLSearchParams): void {
  for (const name of ['variables', 'extensions']) {
    const raw = params.get(name);
    if (!raw) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    if (nestedDeeperThan(parsed, MAX_JSON_DEPTH)) {
      throw new HttpError(400, `The ${name} parameter is nested deeper than ${MAX_JSON_DEPTH} levels`);
    }
  }
}

export interface HttpTimeouts {
  /** Longest a client may take to send a request's headers (ms). */
  headersMs: number;
  /** Longest a client may take to send a whole request, headers and body (ms). */
  requestMs: number;
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
  /** How long a client may take to send a request (HTTP_HEADERS_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS). */
  timeouts?: HttpTimeouts;
}

/**
 * Starts an HTTP service with /healthz, /readyz and graceful close. Signal handling is the
 * entry point's job (see `onShutdownSignal`), so that one process may host several services.
 */
export async function startHttpService(opts: HttpServiceOptions): Promise<HttpService> {
  const log = logger().child({ service: opts.name });
  let closing = false;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
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
      // The client dropped the connection, or the request timeout closed it: nobody to answer.
      if (req.socket.destroyed) {
        log.debug({ err, path: url.pathname }, 'request abandoned by its connection');
        return;
      }
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
  };
  const timeouts = opts.timeouts ?? HTTP_TIMEOUT_DEFAULTS;
  const requestTimeout = timeouts.requestMs;
  const headersTimeout = Math.min(timeouts.headersMs, requestTimeout);
  const server = createServer(
    {
      requestTimeout,
      headersTimeout,
      // Expired requests are found by a periodic sweep (Node's default: every 30 s); sweep often
      // enough that a slow client is closed near its deadline, not up to 30 s after it.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
    (req, res) => {
      // Nothing a request does may become an unhandled rejection: that would end the process.
      handle(req, res).catch((err: unknown) => {
        log.error({ err }, 'request handler failed');
        res.destroy();
      });
    },
  );
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Once listening, a server error (an accept failing for want of file descriptors under a
  // connection flood) would end the process with nobody listening: log it, keep serving.
  server.on('error', (err) => log.error({ err }, 'server error'));
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
