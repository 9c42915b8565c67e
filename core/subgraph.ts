import { readFileSync } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
// The 2.14 line (the gateway's) exports this type only from its schema helpers, not the package root.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import {
  type DocumentNode,
  GraphQLScalarType,
  Kind,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  parse,
} from 'graphql';
import type { Config, ServiceName } from './config.js';
import { CONTEXT_HEADER, ContextError, type RequestContext, verifyContext } from './context.js';
import { createErrorMask } from './errors.js';
import {
  executeGraphQL,
  type HttpService,
  type ReadinessCheck,
  type Route,
  sendGraphQLError,
  startHttpService,
} from './http.js';
import { type Logger, requestLogger } from './logger.js';
import { guardResolvers, type PermissionMap } from './permissions.js';

/** What every resolver receives: the verified request context and a request-scoped logger. */
export interface SubgraphContext extends BaseContext {
  ctx: RequestContext;
  log: Logger;
}

export function loadTypeDefs(url: URL): DocumentNode {
  return parse(readFileSync(url, 'utf8'));
}

/** Names of the root Query and Mutation fields a subgraph defines (extensions included). */
export function rootFieldsOf(typeDefs: DocumentNode): Record<'Query' | 'Mutation', string[]> {
  const fields: Record<'Query' | 'Mutation', string[]> = { Query: [], Mutation: [] };
  for (const def of typeDefs.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const node = def as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    const name = node.name.value;
    if (name !== 'Query' && name !== 'Mutation') continue;
    for (const field of node.fields ?? []) fields[name].push(field.name.value);
  }
  return fields;
}

export interface SubgraphOptions {
  name: ServiceName;
  config: Config;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext>;
  permissions: PermissionMap;
  port?: number;
  /** Extra HTTP routes (JWKS, internal lookups); each still sees only verified contexts if it asks. */
  routes?: Route[];
  readiness?: Record<string, ReadinessCheck>;
  onClose?: () => Promise<void>;
}

export function buildSubgraphServer(
  opts: Omit<SubgraphOptions, 'port' | 'routes' | 'readiness' | 'onClose'>,
) {
  const guarded = guardResolvers(opts.resolvers, opts.permissions, rootFieldsOf(opts.typeDefs));
  const production = opts.config.production;
  const mask = createErrorMask<SubgraphContext>({ production, requestIdOf: ({ ctx }) => ctx?.requestId });
  return new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema([{ typeDefs: opts.typeDefs, resolvers: guarded }]),
    introspection: !production,
    // Entry points own signal handling (several servers may share one process).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: mask.formatError,
    // No Apollo Studio: federated traces would only add work to every request.
    plugins: [mask.plugin, ApolloServerPluginInlineTraceDisabled()],
  });
}

/**
 * Starts one subgraph: every GraphQL request — `_entities` and `_service` included — must carry
 * a valid gateway-signed context or it is refused with 401 before anything executes.
 */
export async function startSubgraph(opts: SubgraphOptions): Promise<HttpService> {
  const server = buildSubgraphServer(opts);
  await server.start();
  const secret = opts.config.contextSecret;
  const graphqlRoute: Route = async (req, res, url) => {
    if (url.pathname !== '/graphql') return false;
    let ctx: RequestContext;
    try {
      ctx = verifyContext(headerValue(req.headers[CONTEXT_HEADER]), secret);
    } catch (err) {
      const message = err instanceof ContextError ? err.message : 'invalid gateway context';
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', `Requests must come through the gateway (${message})`);
      return true;
    }
    await executeGraphQL(server, req, res, url, async () => ({
      ctx,
      log: requestLogger(opts.name, ctx.requestId, ctx.tenantId),
    }));
    return true;
  };
  return startHttpService({
    name: opts.name,
    host: opts.config.HOST,
    port: opts.port ?? 0,
    routes: [...(opts.routes ?? []), graphqlRoute],
    readiness: opts.readiness,
    onClose: async () => {
      await server.stop();
      await opts.onClose?.();
    },
  });
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Verifies the context header on a non-GraphQL route (internal lookups); null when invalid. */
export function verifiedContext(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
): RequestContext | null {
  try {
    return verifyContext(headerValue(headers[CONTEXT_HEADER]), secret);
  } catch {
    return null;
  }
}

/**
 * Merges a subgraph's resolver maps (one per area) type by type; a later map wins a field both
 * define. A scalar (a `GraphQLScalarType`, not a field map) is kept as it is.
 */
export function mergeResolvers<R extends object>(...maps: R[]): R {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const previous = merged[type];
      merged[type] =
        fields && typeof fields === 'object' && !(fields instanceof GraphQLScalarType)
          ? { ...(previous && typeof previous === 'object' ? previous : {}), ...fields }
          : fields;
    }
  }
  return merged as R;
}
