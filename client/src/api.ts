/**
 * The editor's GraphQL client: typed documents from the client preset, sent to the gateway's
 * /graphql with the session's access token. Errors keep the server's shared codes
 * (core/errors.ts) and the field or token path they name, so forms can show them in place.
 */
import type { TypedDocumentString } from './gql/graphql.js';

/** One error as the gateway formats it. */
export interface GraphQLErrorBody {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; field?: string; path?: string; [key: string]: unknown };
}

/** A refused operation: `code` is one of the shared codes (BAD_USER_INPUT, CONFLICT, FORBIDDEN, ...). */
export class ApiError extends Error {
  readonly code: string;
  /** The input field the server named (BAD_USER_INPUT, CONFLICT on a path). */
  readonly field: string | undefined;
  /** For design tokens: the token path the server named, e.g. `color.brand.primary`. */
  readonly tokenPath: string | undefined;
  readonly extensions: Record<string, unknown>;

  constructor(
    message: string,
    code: string,
    extensions: Record<string, unknown> = {},
    readonly status = 200,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.extensions = extensions;
    this.field = typeof extensions.field === 'string' ? extensions.field : undefined;
    this.tokenPath = typeof extensions.path === 'string' ? extensions.path : undefined;
  }

  static of(error: GraphQLErrorBody, status: number): ApiError {
    const { code, ...rest } = error.extensions ?? {};
    return new ApiError(error.message, code ?? 'INTERNAL_SERVER_ERROR', rest, status);
  }
}

/** Who is asking: the bearer token and the tenant it is bound to (sent as `x-tenant`, which must agree). */
export interface Credentials {
  accessToken: string | null;
  tenantSlug: string | null;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Sends one operation; resolves to its data or rejects with the first ApiError. */
export async function send<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  credentials: Credentials,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  endpoint = '/graphql',
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (credentials.accessToken) headers.authorization = `Bearer ${credentials.accessToken}`;
  if (credentials.tenantSlug) headers['x-tenant'] = credentials.tenantSlug;
  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('The server cannot be reached; check your connection and retry', 'NETWORK');
  }
  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(
      `The server answered ${response.status}`,
      'INTERNAL_SERVER_ERROR',
      {},
      response.status,
    );
  }
  const first = body.errors?.[0];
  if (first) throw ApiError.of(first, response.status);
  if (!body.data) throw new ApiError('The server sent no data', 'INTERNAL_SERVER_ERROR', {}, response.status);
  return body.data;
}

/** A message a person can act on, for any thrown value. */
export function messageOf(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'FORBIDDEN') return `Not allowed: ${err.message}`;
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}
