import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import { callSubgraph, createTestDatabase, type TestDatabase, testConfig } from './env.js';

export type GraphQLResult = Awaited<ReturnType<typeof callSubgraph>>;

export interface TestSubgraph<S> {
  /** The running subgraph (set in beforeAll). */
  readonly service: S;
  readonly config: Config;
  /** A plain connection to the test database, as the table owner (RLS bypassed): for assertions. */
  readonly sql: pg.Client;
  /** Calls the subgraph with `ctx` signed the way the gateway signs it. */
  gql(query: string, variables: Record<string, unknown>, ctx: RequestContext): Promise<GraphQLResult>;
}

/**
 * Starts one subgraph on a fresh database for the test file (beforeAll) and drops everything
 * afterwards (afterAll): the database, the data folder and the connections.
 */
export function setUpTestSubgraph<S extends { url: string; close(): Promise<void> }>(
  start: (config: Config) => Promise<S>,
  overrides: Record<string, string> = {},
): TestSubgraph<S> {
  let database: TestDatabase | undefined;
  let config: Config | undefined;
  let service: S | undefined;
  let sql: pg.Client | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    config = testConfig({ DATABASE_URL: database.url, ...overrides });
    service = await start(config);
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await service?.close();
    await database?.drop();
    if (config) await rm(config.dataDir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet (use it inside tests)`);
    return value;
  };
  return {
    get service() {
      return ready(service, 'the subgraph');
    },
    get config() {
      return ready(config, 'the config');
    },
    get sql() {
      return ready(sql, 'the database connection');
    },
    gql(query, variables, ctx) {
      return callSubgraph(ready(service, 'the subgraph').url, query, variables, {
        ctx,
        secret: ready(config, 'the config').contextSecret,
      });
    },
  };
}

/** The field's data, failing the test with the errors when there are any. */
export function ok<T>(res: GraphQLResult, field: string): T {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![field] as T;
}

/** The one error of a response. */
export function errorOf(res: GraphQLResult) {
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  return res.body.errors![0]! as { message: string; extensions?: { code?: string; field?: string } };
}

/** The one error of a response is the plan's (core/plans.ts planLimitReached) for `limit` at `max`. */
export function expectPlanLimit(res: GraphQLResult, limit: string, max: number, plan = 'free') {
  const error = errorOf(res) as { extensions?: Record<string, unknown> };
  expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PLAN_LIMIT', limit, max, plan });
  return error;
}
