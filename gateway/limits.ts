import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { AppError } from '../core/errors.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export interface OperationMetrics {
  depth: number;
  aliases: number;
  cost: number;
}

/** A list field without a `first`/`limit` argument is assumed to return this many items. */
export const DEFAULT_LIST_SIZE = 10;
/** Costs saturate here so that nested multiplication never overflows into nonsense. */
export const COST_CAP = 1_000_000_000;

const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last', 'limit']);

interface SelectionMetrics {
  /** Deepest field nesting below (and including) this selection set. */
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures one operation of a parsed document: field depth, alias count and a simple cost
 * (each field costs 1; a list field multiplies the cost of its selection by its page size).
 * Fragments are followed and measured once each, so a "fragment bomb" costs linear work here
 * while still being counted in full. Introspection fields (`__schema`, `__type`, `__typename`)
 * are not counted: they are bounded and turned off in production.
 * Without a schema, list-ness is inferred only from a `first`/`limit` argument.
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
  if (!operation) return { depth: 0, aliases: 0, cost: 0 };
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

  const measureFragment = (name: string): SelectionMetrics => {
    const known = fragmentMetrics.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic fragments are validation errors reported elsewhere; count nothing here.
    if (!fragment || inProgress.has(name)) return { depth: 0, aliases: 0, cost: 0 };
    inProgress.add(name);
    const metrics = measureSelectionSet(
      fragment.selectionSet,
      fieldsOf(schema, fragment.typeCondition.name.value),
    );
    inProgress.delete(name);
    fragmentMetrics.set(name, metrics);
    return metrics;
  };

  const measureSelectionSet = (
    selectionSet: SelectionSetNode,
    parentFields: FieldMap | undefined,
  ): SelectionMetrics => {
    const total: SelectionMetrics = { depth: 0, aliases: 0, cost: 0 };
    for (const selection of selectionSet.selections) {
      let child: SelectionMetrics;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        // Type references are read from their printed form ("[Product!]!"), not with graphql's
        // instanceof helpers: the gateway's schema comes from the CommonJS copy of graphql.
        const typeRef = parentFields?.[name] ? String(parentFields[name].type) : undefined;
        const pageSize = pageSizeOf(selection.arguments ?? [], values);
        const isList = typeRef ? typeRef.startsWith('[') : pageSize !== undefined;
        const inner = selection.selectionSet
          ? measureSelectionSet(
              selection.selectionSet,
              typeRef ? fieldsOf(schema, namedTypeOf(typeRef)) : undefined,
            )
          : { depth: 0, aliases: 0, cost: 0 };
        const multiplier = isList ? (pageSize ?? DEFAULT_LIST_SIZE) : 1;
        child = {
          depth: inner.depth + 1,
          aliases: inner.aliases + (selection.alias ? 1 : 0),
          cost: saturate(1 + multiplier * inner.cost),
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        child = measureSelectionSet(
          selection.selectionSet,
          typeName ? fieldsOf(schema, typeName) : parentFields,
        );
      } else {
        child = measureFragment(selection.name.value);
      }
      total.depth = Math.max(total.depth, child.depth);
      total.aliases = saturate(total.aliases + child.aliases);
      total.cost = saturate(total.cost + child.cost);
    }
    return total;
  };

  const rootType = schema?.getRootType(operation.operation);
  return measureSelectionSet(operation.selectionSet, rootType ? fieldsOf(schema, rootType.name) : undefined);
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

/** Throws BAD_USER_INPUT naming the first limit the operation exceeds. */
export function enforceLimits(metrics: OperationMetrics, limits: QueryLimits): void {
  if (metrics.depth > limits.maxDepth) {
    throw limitError(`Query depth ${metrics.depth} exceeds the maximum depth of ${limits.maxDepth}`);
  }
  if (metrics.aliases > limits.maxAliases) {
    throw limitError(`Query uses ${metrics.aliases} aliases, more than the maximum of ${limits.maxAliases}`);
  }
  if (metrics.cost > limits.maxCost) {
    const cost = metrics.cost >= COST_CAP ? `at least ${COST_CAP}` : String(metrics.cost);
    throw limitError(`Query cost ${cost} exceeds the maximum cost of ${limits.maxCost}`);
  }
}

function limitError(message: string): AppError {
  return new AppError('BAD_USER_INPUT', message, { http: { status: 400 } });
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
