import { type ErrorCode, httpStatus } from '../core/errors.js';
import { HttpError } from '../core/http.js';

/**
 * A refusal of a well-formed request before execution (identity, tenant, limits): core/http turns it
 * into a GraphQL-shaped error, with `httpStatus(code)` (on a GraphQL endpoint: unless the client
 * accepts only `application/json`, where GraphQL over HTTP answers 200). `reason` names the specific
 * expected condition in `extensions.reason` (e.g. `TENANT_SUSPENDED`).
 */
export function refuse(
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
  reason?: string,
): HttpError {
  return new HttpError(httpStatus(code), message, code, headers, {
    refusal: true,
    ...(reason ? { extensions: { reason } } : {}),
  });
}
