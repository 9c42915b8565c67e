/**
 * # Subgraph modules
 *
 * Each subgraph is one module (`subgraphs/<name>/module.ts`), and the composition roots only loop
 * over modules (`subgraphs/modules.ts`): `stack/start.ts` (`npm start`, every service in one
 * process), `workers/main.ts` (the BullMQ worker process) and each subgraph's own `main.ts`.
 *
 * A module declares everything it owns, as fields (`SubgraphDeclarations`), and its subgraph is
 * served from the same constants (`subgraphs/<name>/subgraph.ts` imports them; module.ts imports
 * both, so nothing imports module.ts back):
 * - `typeDefs`: its federated schema (`schema.graphql`), and `permissions`: the requirement of every
 *   root field of that schema (a subgraph with an undeclared root field refuses to start).
 * - `entities` and `migrations`: what it registers with MikroORM in its own PostgreSQL schema.
 * - `routes` (where it has any): the HTTP routes it serves besides `/graphql`, with their paths.
 * - `contract` (where it has one): the small module other processes may import
 *   (`subgraphs/<name>/contract.ts`, allowed by `.dependency-cruiser.mjs`).
 * - `jobs`: the job kinds it owns. Their payload types are declared by the module too, merged into
 *   `JobPayloads` (core/jobs.ts), so core knows no kind. Each `JobDefinition` names the kind, makes
 *   its handler from the module's job parts, may say it runs for the platform as a whole
 *   (`tenantless`: its payload's `tenantId` may be null), and may carry a repeat schedule
 *   (registered by whichever process runs the handlers, see `registerRepeats`) and a concurrency.
 *
 * And how it runs:
 * - `start(config, deps)`: opens its database, migrates and serves its subgraph (the declared
 *   schema, permissions and routes with its resolvers); returns the running service.
 * - `jobParts(running, context)`: in one process with the service, the parts the handlers use are
 *   taken from the running service;
 * - `worker(config, deps)`: in the worker process, the module opens only what its handlers need.
 * - `tenantDirectory(running)` (auth only): in one process, the others read a tenant's plan and
 *   regions straight from it instead of over HTTP.
 *
 * `subgraphs/modules.test.ts` holds every module to this: a schema that builds, a permission for
 * each root field, entities, migrations in order, job kinds owned once.
 *
 * No service is altered after construction: a module builds its services with their collaborators.
 */
import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import type { DocumentNode } from 'graphql';
import type { Config, ServiceName } from './config.js';
import type { HttpService, Route } from './http.js';
import type { JobHandler, JobHandlers, JobKind, JobName, JobPayloads, JobQueue } from './jobs.js';
import type { PermissionMap } from './permissions.js';
import type { Storage } from './storage.js';
import type { TenantLookup } from './tenant-lookup.js';

/** One job kind its module owns. `Parts`: what its handler is made from. */
export interface JobDefinition<N extends JobName, Parts> extends JobKind {
  readonly name: N;
  handler(parts: Parts): JobHandler<N>;
  /** Runs for the platform every `everyMs(config)`; the process that runs the handlers registers it. */
  readonly repeat?: { payload: JobPayloads[N]; everyMs(config: Config): number };
  /** Jobs of this kind that run at the same time in the worker process (default: the worker's). */
  concurrency?(config: Config): number;
}

/** A definition of any kind: the list type of a module's `jobs`. */
export type AnyJobDefinition<Parts> = { [N in JobName]: JobDefinition<N, Parts> }[JobName];

/** Declares one job kind (keeps the payload type of `name` in its handler and repeat payload). */
export function defineJob<N extends JobName, Parts>(
  definition: JobDefinition<N, Parts>,
): AnyJobDefinition<Parts> {
  // The union member for N is exactly JobDefinition<N, Parts>; TS cannot see it for a generic N.
  return definition as unknown as AnyJobDefinition<Parts>;
}

/** What every subgraph may be given to start; each takes what it uses. */
export interface ModuleDeps {
  /** The queue its services enqueue on; absent: the subgraph runs without one (see its service). */
  jobs?: JobQueue;
  storage?: Storage;
  /** Listen here (0: a free port); default: the subgraph's configured port. */
  port?: number;
  /** The gateway's internal GraphQL URL, read per call (embedded stacks learn it after start). */
  gatewayInternalUrl?: () => string;
  /** A tenant's plan and regions; default: auth's internal tenant directory over HTTP. */
  tenants?: TenantLookup;
}

/** What the worker process gives each module to open its job parts. */
export interface WorkerDeps {
  /** A producer on the same queues, for handlers that enqueue follow-up jobs. */
  jobs: JobQueue;
  storage: Storage;
}

/** The job parts a module opened in the worker process, and how to release them. */
export interface OpenedJobParts<Parts> {
  parts: Parts;
  close(): Promise<void>;
}

/** A path a subgraph route answers: the whole path, or everything under it. */
export interface RoutePath {
  readonly path: string;
  readonly match: 'exact' | 'prefix';
  /**
   * `public`: browsers and providers reach it through the gateway, which forwards it (so it is one
   * of `gateway/public-paths.ts`); `internal`: only the gateway and services call it, signed.
   */
  readonly reach: 'public' | 'internal';
}

/** The HTTP routes a subgraph serves besides `/graphql`, made from its services when it starts. */
export interface SubgraphRoutes<Services> {
  readonly paths: readonly RoutePath[];
  /** A method, so that routes made from any `Services` fit `AnyModule`. */
  build(config: Config, services: Services): Route[];
}

/** What a subgraph owns, declared once: module.ts carries it, subgraph.ts serves it. */
export interface SubgraphDeclarations<Services = unknown> {
  readonly typeDefs: DocumentNode;
  readonly permissions: PermissionMap;
  // biome-ignore lint/suspicious/noExplicitAny: EntitySchema's generic parameters differ per entity.
  readonly entities: EntitySchema<any, any>[];
  readonly migrations: MigrationObject[];
  readonly routes?: SubgraphRoutes<Services>;
  /** The module other processes may import (`subgraphs/<name>/contract.ts`), as a namespace. */
  readonly contract?: object;
}

/**
 * Methods (not function properties) so that a module of any `Running`/`Parts`/`Services` fits
 * `AnyModule`. `Services`: what its routes are made from.
 */
export interface SubgraphModule<Running extends HttpService, Parts = undefined, Services = unknown>
  extends SubgraphDeclarations<Services> {
  readonly name: ServiceName;
  start(config: Config, deps: ModuleDeps): Promise<Running>;
  readonly jobs: readonly AnyJobDefinition<Parts>[];
  jobParts(running: Running, context: { config: Config; storage: Storage }): Parts;
  worker(config: Config, deps: WorkerDeps): Promise<OpenedJobParts<Parts>>;
  tenantDirectory?(running: Running): TenantLookup;
}

/** A module of any kind, for the lists the composition roots loop over. */
export type AnyModule = SubgraphModule<HttpService, unknown>;

/** The handler map of a list of definitions, made from `parts`. */
export function handlersOf<Parts>(
  definitions: readonly AnyJobDefinition<Parts>[],
  parts: Parts,
): JobHandlers {
  const handlers: JobHandlers = {};
  for (const definition of definitions) {
    // Each definition's handler takes its own kind's payload; the map is keyed by that kind.
    (handlers as Record<JobName, JobHandler<JobName>>)[definition.name] = definition.handler(
      parts,
    ) as JobHandler<JobName>;
  }
  return handlers;
}

/** Registers every repeat schedule of `definitions` (idempotent: one schedule per kind). */
export async function registerRepeats(
  jobs: Pick<JobQueue, 'repeat'>,
  config: Config,
  definitions: readonly AnyJobDefinition<unknown>[],
): Promise<void> {
  for (const definition of definitions) {
    if (!definition.repeat) continue;
    // The payload belongs to the definition's own kind.
    const { payload, everyMs } = definition.repeat as JobDefinition<JobName, unknown>['repeat'] & {};
    await jobs.repeat(definition.name, payload, everyMs(config));
  }
}

/** The per-kind concurrency the definitions ask for (the worker's `concurrencyByQueue`). */
export function concurrencyByKind(
  config: Config,
  definitions: readonly AnyJobDefinition<unknown>[],
): Partial<Record<JobName, number>> {
  const byKind: Partial<Record<JobName, number>> = {};
  for (const definition of definitions) {
    if (definition.concurrency) byKind[definition.name] = definition.concurrency(config);
  }
  return byKind;
}
