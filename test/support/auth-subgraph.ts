import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import { createEventBus, type EventBus, type PlatformEvent } from '../../core/events.js';
import { startAuthSubgraph } from '../../subgraphs/auth/subgraph.js';
import { AuthFixtures } from './auth-fixtures.js';
import { setUpTestSubgraph } from './subgraph-harness.js';

type AuthSubgraph = Awaited<ReturnType<typeof startAuthSubgraph>>;
type AuthDeps = Omit<NonNullable<Parameters<typeof startAuthSubgraph>[1]>, 'port'>;

export type Errors = { message: string; extensions?: { code?: string; field?: string } }[] | undefined;

export interface AuthSubgraphTest {
  /** The running auth subgraph (set in beforeAll). */
  readonly service: AuthSubgraph;
  readonly config: Config;
  /** Users and tenants written straight into the auth schema. */
  readonly fixtures: AuthFixtures;
  /** What the subgraph announced on the events named in `listen`, in order (tests may empty it). */
  readonly announced: { event: PlatformEvent; message: string }[];
  /** Calls the subgraph as `ctx` (signed the way the gateway signs it). */
  call<T = Record<string, unknown>>(
    ctx: RequestContext,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: T; errors: Errors }>;
}

/**
 * The auth subgraph on a fresh database for the test file (setUpTestSubgraph), with `deps`
 * injected (clock, jobs, DNS), AuthFixtures on the same database, and a listener on the
 * in-memory event bus it announces on (same REDIS_PREFIX, no REDIS_URL) for the `listen` events.
 */
export function setUpAuthSubgraph(
  opts: { config?: Record<string, string>; deps?: AuthDeps; listen?: PlatformEvent[] } = {},
): AuthSubgraphTest {
  const subgraph = setUpTestSubgraph(
    (config) => startAuthSubgraph(config, { ...opts.deps, port: 0 }),
    opts.config,
  );
  let fixtures: AuthFixtures | undefined;
  let listener: EventBus | undefined;
  const announced: AuthSubgraphTest['announced'] = [];
  beforeAll(async () => {
    fixtures = await AuthFixtures.connect(subgraph.config.DATABASE_URL!);
    if (!opts.listen?.length) return;
    listener = createEventBus(subgraph.config, 'test-listener');
    for (const event of opts.listen) {
      await listener.subscribe(event, (message) => announced.push({ event, message }));
    }
  });
  afterAll(async () => {
    await listener?.close();
    await fixtures?.close();
  });
  return {
    get service() {
      return subgraph.service;
    },
    get config() {
      return subgraph.config;
    },
    get fixtures() {
      if (!fixtures) throw new Error('the fixtures are not connected yet (use them inside tests)');
      return fixtures;
    },
    announced,
    async call<T>(ctx: RequestContext, query: string, variables: Record<string, unknown> = {}) {
      const res = await subgraph.gql(query, variables, ctx);
      return { data: res.body.data as T, errors: res.body.errors as Errors };
    },
  };
}
