import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * A subgraph that refuses work with RATE_LIMITED (e.g. sign-in brute-force limits) makes the
 * gateway answer HTTP 429 with a Retry-After header (seconds, from `extensions.retryAfter`), as the
 * gateway's own rate limits do, so clients and proxies back off the standard way.
 */
export function subgraphRateLimitsPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const limited = errors.filter((e) => e.extensions?.code === 'RATE_LIMITED');
          if (limited.length === 0) return;
          const seconds = Math.max(
            1,
            ...limited.map((e) => Math.ceil(Number(e.extensions?.retryAfter ?? 0)) || 0),
          );
          response.http.status = 429;
          response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}
