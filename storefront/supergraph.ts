import { type Dispatcher, request } from 'undici';
import type { Config } from '../core/config.js';
import { CONTEXT_HEADER, REQUEST_ID_HEADER, type RequestContext, signContext } from '../core/context.js';
import { upstreamHttpError } from '../gateway/visitors.js';

export interface SupergraphError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface SupergraphResult {
  data: Record<string, unknown> | null;
  errors: readonly SupergraphError[];
}

/**
 * The storefront's only way to data: GraphQL operations on the supergraph, like any headless
 * frontend's. Pages, carts and settings come from here; the storefront renders no page itself.
 */
export interface StorefrontSupergraph {
  /**
   * Runs one operation as `ctx`: the visitor's context (an anonymous actor of the resolved tenant
   * and region) or the storefront's own internal identity. GraphQL errors come back in `errors`;
   * an unreachable or silent gateway throws an HttpError (502, or 504 past the deadline).
   */
  execute(ctx: RequestContext, query: string, variables?: Record<string, unknown>): Promise<SupergraphResult>;
}

/**
 * Calls the gateway's internal endpoint over HTTP, with `ctx` signed into the context header (the
 * gateway executes it as signed: query planning, the subgraphs' own checks and the document limits
 * apply as for any request). `url` is read per call: under `npm start` the gateway's port is known
 * only once it listens.
 */
export function createSupergraphClient(
  config: Pick<Config, 'contextSecret' | 'CONTEXT_TTL_SECONDS' | 'SUBGRAPH_TIMEOUT_MS'>,
  url: () => string,
  dispatcher?: Dispatcher,
): StorefrontSupergraph {
  // The gateway's own calls to the subgraphs have SUBGRAPH_TIMEOUT_MS each; one operation may plan several.
  const timeoutMs = 2 * config.SUBGRAPH_TIMEOUT_MS;
  return {
    async execute(ctx, query, variables = {}) {
      let body: { data?: Record<string, unknown> | null; errors?: SupergraphError[] };
      let status: number;
      try {
        const res = await request(url(), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            [CONTEXT_HEADER]: signContext(ctx, config.contextSecret, config.CONTEXT_TTL_SECONDS),
            [REQUEST_ID_HEADER]: ctx.requestId,
          },
          body: JSON.stringify({ query, variables }),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          ...(dispatcher ? { dispatcher } : {}),
        });
        status = res.statusCode;
        body = (await res.body.json()) as typeof body;
      } catch (err) {
        throw upstreamHttpError('gateway', err);
      }
      if (!body.errors?.length && status !== 200) {
        throw upstreamHttpError('gateway', new Error(`the gateway answered ${status}`));
      }
      return { data: body.data ?? null, errors: body.errors ?? [] };
    },
  };
}
