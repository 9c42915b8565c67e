/**
 * # Subgraph modules
 *
 * Each subgraph is one module (`subgraphs/<name>/module.ts`), and the composition roots only loop
 * over modules (`subgraphs/modules.ts`): `stack/start.ts` (`npm start`, every service in one
 * process), `workers/main.ts` (the BullMQ worker process) and each subgraph's own `main.ts`.
 *
 * A module declares:
 * - `start(config, deps)`: opens its database, migrates and serves its subgraph (schema,
 *   resolvers, permission map, HTTP routes); returns the running service.
 * - `jobs`: the job kinds it owns. Their payload types are declared by the module too, merged into
 *   `JobPayloads` (core/jobs.ts), so core knows no kind. Each `JobDefinition` names the kind, makes
 *   its handler from the module's job parts, may say it runs for the platform as a whole
 *   (`tenantless`: its payload's `tenantId` may be null), and may carry a repeat schedule
 *   (registered by whichever process runs the handlers, see `registerRepeats`) and a concurrency.
 * - `jobParts(running, context)`: in one process with the service, the parts the handlers use are
 *   taken from the running service;
 * - `worker(config, deps)`: in the worker process, the module opens only what its handlers need.
 * - `tenantDirectory(running)` (auth only): in one process, the others read a tenant's plan and
 *   regions straight from it instead of over HTTP.
 *
 * No service is altered after construction: a module builds its services with their collaborators.
 */
import type { Config, ServiceName } from './config.js';
import type { HttpService } from './http.js';
import type { JobHandler, JobHandlers, JobKind, JobName, JobPayloads, JobQueue } from './jobs.js';
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

/** Methods (not function properties) so that a module of any `Running`/`Parts` fits `AnyModule`. */
export interface SubgraphModule<Running extends HttpService, Parts = undefined> {
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
