import type { Dispatcher } from 'undici';

/** What the gateway last saw of a service: its /healthz answered 200, answered otherwise, or not at all. */
export type SubgraphState = 'ok' | 'unhealthy' | 'unreachable';

export interface SubgraphHealthOptions {
  /** Base URL (without `/graphql`) of each service, by name. */
  services: Record<string, string>;
  dispatcher: Dispatcher;
  /** How long one probe may take. */
  timeoutMs: number;
  /** How long a round of probes is reused. */
  cacheMs?: number;
  now?: () => number;
}

export interface SubgraphHealth {
  /**
   * The state of every service. Never waits on a stale round: it answers with the last one and
   * probes again in the background, so /readyz stays fast whatever the services do.
   */
  states(): Promise<Record<string, SubgraphState>>;
}

/**
 * Probes each service's /healthz with a short timeout, a round at a time, cached briefly. For
 * reporting only (/readyz body, /metrics): a down subgraph never makes the gateway unready, since
 * the gateway still serves what the others own.
 */
export function createSubgraphHealth(opts: SubgraphHealthOptions): SubgraphHealth {
  const cacheMs = opts.cacheMs ?? 5_000;
  const now = opts.now ?? Date.now;
  let last: { at: number; states: Record<string, SubgraphState> } | null = null;
  let round: Promise<Record<string, SubgraphState>> | null = null;

  const probe = async (baseUrl: string): Promise<SubgraphState> => {
    const target = new URL(`${baseUrl.replace(/\/$/, '')}/healthz`);
    try {
      const response = await opts.dispatcher.request({
        origin: target.origin,
        path: target.pathname,
        method: 'GET',
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      await response.body.dump();
      return response.statusCode === 200 ? 'ok' : 'unhealthy';
    } catch {
      return 'unreachable';
    }
  };

  const probeAll = () => {
    round ??= (async () => {
      const entries = await Promise.all(
        Object.entries(opts.services).map(async ([name, url]) => [name, await probe(url)] as const),
      );
      const states = Object.fromEntries(entries);
      last = { at: now(), states };
      round = null;
      return states;
    })();
    return round;
  };

  return {
    async states() {
      if (!last) return probeAll();
      if (now() - last.at > cacheMs) void probeAll();
      return last.states;
    },
  };
}
