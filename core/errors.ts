import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { newRequestId } from './context.js';
import { logger } from './logger.js';

/** The one small set of error codes every WebHaze API uses in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export function httpStatus(code: ErrorCode): number {
  return httpStatusOf[code];
}

/** An expected failure with a code and a message a person can act on. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.code = code;
  }
}

export const unauthenticated = (message = 'Sign in first') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);

const knownCodes = new Set<string>(Object.values(ErrorCode));
/** Apollo's own codes that mean "the client sent something wrong". */
const clientCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
/** Extensions that can carry internals (stack frames, a relayed upstream response with its URL). */
const internalExtensions = ['stacktrace', 'exception', 'response'];

/** The reason an expected failure of another service carries (it timed out, refused, was down). */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** What an unexpected error tells the client: where to find it in the logs, nothing else. */
export function internalErrorMessage(ref: string): string {
  return `Internal server error (${ref})`;
}

/**
 * Whether a code and reason make an expected condition, whose message is written for the person
 * who sees it: a shared code other than INTERNAL_SERVER_ERROR, or INTERNAL_SERVER_ERROR that
 * names its reason (a provider refusal, a service that timed out). Anything else is unexpected.
 */
function expected(code: unknown, reason: unknown): boolean {
  if (code === 'INTERNAL_SERVER_ERROR') return typeof reason === 'string' && reason !== '';
  return typeof code === 'string' && (knownCodes.has(code) || clientCodes.has(code));
}

/** The message a user may see for `err` (a job result, a stored failure): its own when expected. */
export function publicMessage(err: unknown, ref: string): string {
  if (err instanceof AppError && expected(err.code, err.extensions.reason)) return err.message;
  return internalErrorMessage(ref);
}

/**
 * The one error mask of every process (subgraphs, the gateway, HTTP routes, job results): expected
 * conditions keep their message, code and reason; anything unexpected (a driver error, a crash, an
 * error relayed from another service) becomes INTERNAL_SERVER_ERROR with only the request id. In
 * production nothing internal is kept (stack traces, relayed responses); in development the
 * message and stack of an unexpected error stay, for debugging.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  production: boolean,
  requestId: string,
): GraphQLFormattedError {
  const { code, reason } = formatted.extensions ?? {};
  const kept = { ...formatted.extensions };
  if (production) for (const key of internalExtensions) delete kept[key];
  if (typeof code === 'string' && clientCodes.has(code)) {
    return { ...formatted, extensions: { ...kept, code: 'BAD_USER_INPUT', reason: code } };
  }
  if (expected(code, reason)) return { ...formatted, extensions: kept };
  if (!production) {
    return { ...formatted, extensions: { ...kept, code: 'INTERNAL_SERVER_ERROR', requestId } };
  }
  return {
    message: internalErrorMessage(`request ${requestId}`),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

export interface ErrorMaskOptions<TContext> {
  production: boolean;
  /** The request id of an operation (told to the client, logged with the full error). */
  requestIdOf: (context: TContext) => string | undefined;
  /** Where unexpected errors go in full; the process log by default. */
  report?: (err: unknown, requestId: string) => void;
}

/**
 * `formatError` for an ApolloServer, and the plugin that tells it each error's request id (Apollo
 * formats errors without the context; the plugin sees both, just before).
 */
export function createErrorMask<TContext extends BaseContext>(
  opts: ErrorMaskOptions<TContext>,
): {
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  plugin: ApolloServerPlugin<TContext>;
} {
  const requestIds = new WeakMap<object, string>();
  const report =
    opts.report ??
    ((err: unknown, requestId: string) => logger().error({ err, requestId }, 'unexpected error'));
  return {
    formatError(formatted, error) {
      const known = typeof error === 'object' && error !== null ? requestIds.get(error) : undefined;
      const requestId = known ?? newRequestId();
      const result = formatError(formatted, opts.production, requestId);
      if (result.extensions?.requestId === requestId) {
        report(error instanceof GraphQLError && error.originalError ? error.originalError : error, requestId);
      }
      return result;
    },
    plugin: {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue }) {
            const requestId = opts.requestIdOf(contextValue);
            if (!requestId) return;
            for (const error of errors) requestIds.set(error, requestId);
          },
        };
      },
    },
  };
}
