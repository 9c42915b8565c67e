import { type ErrorCode, httpStatus } from '../core/errors.js';
import { HttpError } from '../core/http.js';

/** A refusal before execution (identity, tenant, limits): core/http turns it into a GraphQL-shaped error. */
export function refuse(code: ErrorCode, message: string, headers: Record<string, string> = {}): HttpError {
  return new HttpError(httpStatus(code), message, code, headers);
}
