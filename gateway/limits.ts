import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';
import type { Config } from '../core/config.js';
import type { RequestContext } from '../core/context.js';
import { AppError } from '../core/errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Every bound on a client's GraphQL document, cheapest first: bytes and tokens before parsing. */
export interface DocumentLimits extends QueryLimits {
  /** Checked on the query string before Apollo Server sees the request (core/http executeGraphQL). */
  maxBytes: number;
  /** graphql-js `maxTokens`: the parser stops at this many tokens. */
  maxTokens: number;
}

export function documentLimitsOf(
  config: Pick<
    Config,
    'MAX_QUERY_DEPTH' | 'MAX_QUERY_ALIASES' | 'MAX_QUERY_COST' | 'MAX_QUERY_BYTES' | 'MAX_QUERY_TOKENS'
  >,
): DocumentLimits {
  return {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxCost: config.MAX_QUERY_COST,
    maxBytes: config.MAX_QUERY_BYTES,
    maxTokens: config.MAX_QUERY_TOKENS,
  };
}

export interface OperationMetrics {
  depth: number;
  aliases: number;
  cost: number;
}

/** A list field without a `first`/`last`/`limit` argument (or a default for one) is assumed to return this many items. */
export const DEFAULT_LIST_SIZE = 10;
/** Costs saturate here so that nested multiplication never overflows into nonsense. */
export const COST_CAP = 1_000_000_000;

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);
/** The list fields of a connection type (`ProductConnection { edges [ProductEdge!]! }`) its page size applies to. */
const CONNECTION_LISTS = new Set(['edges', 'nodes']);
/** Introspection's own fields: off in production; measured without the schema, each selection costing 1. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

interface SelectionMetrics {
  /** Deepest field nesting below (and including) this selection set. */
  depth: number;
  aliases: number;
  cost: number;
}

const NOTHING: SelectionMetrics = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures one operation of a parsed document: field depth, alias count and a simple cost. Every
 * field selection costs 1, `__typename` included; a list field multiplies the cost of its selection
 * by its page size: its `first`/`last`/`limit` argument, else that argument's default in the schema,
 * else DEFAULT_LIST_SIZE. A connection field's page size applies to its `edges`/`nodes` lists, so
 * `products(first: 100)` costs a hundred times its node's selection and `first: 1` once.
 * Fragments are followed and measured once each (per page size), so a "fragment bomb" costs linear
 * work here while still being counted in full. Without a schema, list-ness is inferred only from a
 * page-size argument.
 */
export function measureOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
  schema?: GraphQLSchema,
): OperationMetrics {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (!operationName || definition.name?.value === operationName) operation ??= definition;
    }
  }
  if (!operation) return NOTHING;
  // A page size given through an omitted variable falls back to the variable's declared default.
  const defaults: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) {
      defaults[definition.variable.name.value] = Number(definition.defaultValue.value);
    }
  }
  const values = { ...defaults, ...variables };

  const fragmentMetrics = new Map<string, SelectionMetrics>();
  const inProgress = new Set<string>();

  const measureFragment = (name: string, connectionSize: number | undefined): SelectionMetrics => {
    const memo = `${name}|${connectionSize ?? ''}`;
    const known = fragmentMetrics.get(memo);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are validation errors reported elsewhere; count nothing here.
    if (!fragment || inProgress.has(name)) return NOTHING;
    inProgress.add(name);
    const metrics = measureSelectionSet(
      fragment.selectionSet,
      fieldsOf(schema, fragment.typeCondition.name.value),
      connectionSize,
    );
    inProgress.delete(name);
    fragmentMetrics.set(memo, metrics);
    return metrics;
  };

  /**
   * `parentFields`: the fields of the selection set's type (undefined: measured without the schema).
   * `connectionSize`: the page size of the connection this selection set is on, if it is one.
   */
  const measureSelectionSet = (
    selectionSet: SelectionSetNode,
    parentFields: FieldMap | undefined,
    connectionSize: number | undefined,
  ): SelectionMetrics => {
    const total: SelectionMetrics = { depth: 0, aliases: 0, cost: 0 };
    for (const selection of selectionSet.selections) {
      let child: SelectionMetrics;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = INTROSPECTION_ROOTS.has(name) ? undefined : parentFields?.[name];
        // Type references are read from their printed form ("[Product!]!"), not with graphql's
        // instanceof helpers: the gateway's schema comes from the CommonJS copy of graphql.
        const typeRef = field ? String(field.type) : undefined;
        const childFields = typeRef ? fieldsOf(schema, namedTypeOf(typeRef)) : undefined;
        const pageSize = pageSizeOf(selection.arguments ?? [], values) ?? defaultPageSizeOf(field);
        const isList = typeRef ? typeRef.startsWith('[') : pageSize !== undefined;
        const isConnection = !isList && childFields !== undefined && isConnectionType(childFields);
        const inner = selection.selectionSet
          ? measureSelectionSet(
              selection.selectionSet,
              childFields,
              isConnection ? (pageSize ?? DEFAULT_LIST_SIZE) : undefined,
            )
          : NOTHING;
        const inherited =
          connectionSize !== undefined && CONNECTION_LISTS.has(name) ? connectionSize : undefined;
        const multiplier = isList ? (pageSize ?? inherited ?? DEFAULT_LIST_SIZE) : 1;
        child = {
          depth: inner.depth + 1,
          aliases: saturate(inner.aliases + (selection.alias ? 1 : 0)),
          cost: saturate(1 + multiplier * inner.cost),
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        child = measureSelectionSet(
          selection.selectionSet,
          typeName ? fieldsOf(schema, typeName) : parentFields,
          connectionSize,
        );
      } else {
        child = measureFragment(selection.name.value, connectionSize);
      }
      total.depth = Math.max(total.depth, child.depth);
      total.aliases = saturate(total.aliases + child.aliases);
      total.cost = saturate(total.cost + child.cost);
    }
    return total;
  };

  const rootType = schema?.getRootType(operation.operation);
  return measureSelectionSet(
    operation.selectionSet,
    rootType ? fieldsOf(schema, rootType.name) : undefined,
    undefined,
  );
}

type FieldMap = Record<string, GraphQLField<unknown, unknown>>;

/** The fields of an object or interface type, or undefined for anything else. */
function fieldsOf(schema: GraphQLSchema | undefined, typeName: string): FieldMap | undefined {
  const type = schema?.getType(typeName);
  return type && 'getFields' in type ? (type.getFields() as FieldMap) : undefined;
}

function namedTypeOf(typeRef: string): string {
  return typeRef.replace(/[[\]!]/g, '');
}

/** A Relay-style connection: its page is an `edges` or `nodes` list. */
function isConnectionType(fields: FieldMap): boolean {
  return [...CONNECTION_LISTS].some((name) => fields[name] && String(fields[name].type).startsWith('['));
}

/** The schema's default for the field's page-size argument (`products(first: Int = 20)`), if any. */
function defaultPageSizeOf(field: GraphQLField<unknown, unknown> | undefined): number | undefined {
  for (const arg of field?.args ?? []) {
    if (PAGE_SIZE_ARGUMENTS.has(arg.name) && typeof arg.defaultValue === 'number') {
      return Math.max(0, Math.floor(arg.defaultValue));
    }
  }
  return undefined;
}

/** Deepest nesting (objects and lists) of a value written in the document: an argument, a default. */
export const MAX_LITERAL_DEPTH = 32;
/**
 * Most lists among those levels. Apollo's query planner walks a literal list twice at every level
 * (federation-internals collectVariablesInValue), so its work doubles with each nested list: a
 * 200-byte component tree 10 components deep written inline took 30 s of gateway CPU, 12 deep five
 * minutes, before any permission check. Four lists cost at most 16 times a flat value; deeper
 * values go in variables, which the planner never walks.
 */
export const MAX_LITERAL_LIST_DEPTH = 4;

/** How deep the values written in a document nest: all levels, and lists only. Walks iteratively. */
export function literalNesting(document: DocumentNode): { depth: number; lists: number } {
  let depth = 0;
  let lists = 0;
  const max = { depth: 0, lists: 0 };
  visit(document, {
    ObjectValue: {
      enter() {
        max.depth = Math.max(max.depth, ++depth);
      },
      leave() {
        depth--;
      },
    },
    ListValue: {
      enter() {
        max.depth = Math.max(max.depth, ++depth);
        max.lists = Math.max(max.lists, ++lists);
      },
      leave() {
        depth--;
        lists--;
      },
    },
  });
  return max;
}

/** Throws BAD_USER_INPUT naming the first limit the operation exceeds. */
export function enforceLimits(metrics: OperationMetrics, limits: QueryLimits): void {
  if (metrics.depth > limits.maxDepth) {
    throw requestError(`Query depth ${metrics.depth} exceeds the maximum depth of ${limits.maxDepth}`);
  }
  if (metrics.aliases > limits.maxAliases) {
    throw requestError(
      `Query uses ${metrics.aliases} aliases, more than the maximum of ${limits.maxAliases}`,
    );
  }
  if (metrics.cost > limits.maxCost) {
    const cost = metrics.cost >= COST_CAP ? `at least ${COST_CAP}` : String(metrics.cost);
    throw requestError(`Query cost ${cost} exceeds the maximum cost of ${limits.maxCost}`);
  }
}

/** A request error before execution: 400 under graphql-response+json (core/http's status plugin makes it 200 under json). */
function requestError(message: string): AppError {
  return new AppError('BAD_USER_INPUT', message, { http: { status: 400 } });
}

/**
 * The gateway's checks once an operation is parsed and validated, before it is planned: the
 * operation to run must be determined (several operations need `operationName`; unchecked, the
 * gateway fails with a 500), values written in the document must be shallow (MAX_LITERAL_DEPTH),
 * then depth, alias and cost limits for every actor but WebHaze's own services.
 */
export function queryLimitsPlugin<T extends { request: RequestContext }>(
  limits: QueryLimits,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue, schema }) {
          if (!operation) {
            const named = request.operationName;
            const count = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
            throw requestError(
              named
                ? `The document has no operation named "${named}"`
                : `The document has ${count} operations: name the one to run in operationName`,
            );
          }
          // Before planning, for every actor: the planner's cost grows with literal nesting.
          const nesting = literalNesting(document);
          if (nesting.depth > MAX_LITERAL_DEPTH || nesting.lists > MAX_LITERAL_LIST_DEPTH) {
            throw requestError(
              `Values written in the document nest at most ${MAX_LITERAL_DEPTH} levels, ${MAX_LITERAL_LIST_DEPTH} of them lists (this one: ${nesting.depth} levels, ${nesting.lists} lists); send deeper values as variables`,
            );
          }
          if (contextValue.request.actor.kind === 'internal') return;
          enforceLimits(
            measureOperation(document, operation.name?.value, request.variables ?? {}, schema),
            limits,
          );
        },
      };
    },
  };
}

function pageSizeOf(
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): number | undefined {
  for (const arg of args) {
    if (!PAGE_SIZE_ARGUMENTS.has(arg.name.value)) continue;
    const value = arg.value;
    if (value.kind === Kind.INT) return Math.max(0, Number(value.value));
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      if (typeof given === 'number' && Number.isFinite(given)) return Math.max(0, Math.floor(given));
    }
  }
  return undefined;
}

function saturate(value: number): number {
  return Math.min(value, COST_CAP);
}
