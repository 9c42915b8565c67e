/**
 * Calls from the gateway to the services behind it (subgraphs, the auth service's directory, key
 * lookups, JWKS, sign-in and webhook routes): each has a deadline, and a failed one is told to the
 * client as which service failed and how (no answer in time, or unavailable), never where it lives.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Dispatcher } from 'undici';
import { AppError, SERVICE_UNAVAILABLE } from '../core/errors.js';
import { HttpError } from '../core/http.js';
import { logger } from '../core/logger.js';

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_JWKS_TIMEOUT',
  'ETIMEDOUT',
]);

/** Whether `err` (or what caused it) is a deadline passing rather than a refusal. */
export function isTimeout(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, code } = e as { name?: unknown; code?: unknown };
    if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function failure(service: string, err: unknown): { message: string; timedOut: boolean } {
  const timedOut = isTimeout(err);
  logger().warn({ err, service, timedOut }, 'a call to another service failed');
  return {
    message: timedOut
      ? `The ${service} service did not answer in time`
      : `The ${service} service is unavailable`,
    timedOut,
  };
}

/** A failed call inside a GraphQL operation: INTERNAL_SERVER_ERROR with reason SERVICE_UNAVAILABLE. */
export function upstreamError(service: string, err: unknown): AppError {
  return new AppError('INTERNAL_SERVER_ERROR', failure(service, err).message, {
    reason: SERVICE_UNAVAILABLE,
  });
}

/** A failed call before or outside GraphQL execution: 504 when it timed out, else 502. */
export function upstreamHttpError(service: string, err: unknown): HttpError {
  const { message, timedOut } = failure(service, err);
  return new HttpError(
    timedOut ? 504 : 502,
    message,
    'INTERNAL_SERVER_ERROR',
    {},
    { extensions: { reason: SERVICE_UNAVAILABLE } },
  );
}

/** An error for a service's unexpected answer (status), to pass to the two functions above. */
export class UpstreamStatusError extends Error {
  constructor(readonly status: number) {
    super(`answered ${status}`);
  }
}

export interface UpstreamAnswer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One request to a service, its whole answer read within `timeoutMs`; when it fails (or answers
 * with a status `accept` refuses) the error is `upstreamHttpError(service)`.
 */
export async function fetchUpstream(
  service: string,
  dispatcher: Dispatcher,
  request: Omit<Dispatcher.RequestOptions, 'signal'>,
  timeoutMs: number,
  accept: (status: number) => boolean = () => true,
): Promise<UpstreamAnswer> {
  try {
    const response = await dispatcher.request({ ...request, signal: AbortSignal.timeout(timeoutMs) });
    if (!accept(response.statusCode)) {
      await response.body.dump();
      throw new UpstreamStatusError(response.statusCode);
    }
    const body = Buffer.from(await response.body.arrayBuffer());
    return { statusCode: response.statusCode, headers: response.headers, body };
  } catch (err) {
    throw upstreamHttpError(service, err);
  }
}
