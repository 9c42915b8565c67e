import { type ErrorCode, httpStatus } from '../core/errors.js';
import { HttpError } from '../core/http.js';

/** A refusal before execution (identity, tenant, limits): core/http turns it into a GraphQL-shaped error. */
export function refuse(
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
  reason?: string,
): HttpError {
  const refusal = new HttpError(httpStatus(code), message, code, headers);
  if (reason) refusal.reason = reason;
  return refusal;
}
