import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, badInput, createErrorMask, formatError, publicMessage } from './errors.js';
import { startHttpService } from './http.js';

/** What Apollo hands formatError for an error nobody gave a code: INTERNAL_SERVER_ERROR. */
const apolloFormatted = (
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLFormattedError => ({
  message,
  path: ['importCatalog'],
  locations: [{ line: 1, column: 12 }],
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: boom', '    at x.ts:1'], ...extensions },
});

const SQL_LEAK =
  'insert into "commerce"."catalog_job" ("id", "input") values ($1, $2) - invalid byte sequence for encoding "UTF8": 0x00';

describe('the error mask in production', () => {
  it('answers an unexpected error with the request id only', () => {
    expect(formatError(apolloFormatted(SQL_LEAK), true, 'req-1')).toEqual({
      message: 'Internal server error (request req-1)',
      path: ['importCatalog'],
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' },
    });
  });

  it('masks a subgraph error relayed by the gateway, whatever it says', () => {
    for (const relayed of [
      apolloFormatted('connect ECONNREFUSED 10.0.0.7:5432', { serviceName: 'commerce' }),
      apolloFormatted('relation "commerce.secret" does not exist', { code: 'DOWNSTREAM_SERVICE_ERROR' }),
      { message: 'Cannot read properties of undefined', extensions: {} },
    ]) {
      const masked = formatError(relayed, true, 'req-2');
      expect(masked.message).toBe('Internal server error (request req-2)');
      expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-2' });
    }
  });

  it('keeps expected conditions, with their code, reason and field, but nothing internal', () => {
    const expected: GraphQLFormattedError = {
      message: 'slug: another product already uses this slug',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'slug',
        stacktrace: ['AppError: slug ...'],
        exception: { stacktrace: ['...'] },
        response: { url: 'http://10.0.0.7:4003/graphql', status: 400, body: 'x' },
      },
    };
    expect(formatError(expected, true, 'req-3')).toEqual({
      message: 'slug: another product already uses this slug',
      extensions: { code: 'BAD_USER_INPUT', field: 'slug' },
    });
    const limited = { message: 'Too many attempts', extensions: { code: 'RATE_LIMITED', retryAfter: 30 } };
    expect(formatError(limited, true, 'req-3')).toEqual(limited);
  });

  it('keeps an INTERNAL_SERVER_ERROR message only when it names an expected reason', () => {
    const provider = {
      message: 'The payment provider refused the request',
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'charge_disputed' },
    };
    expect(formatError(provider, true, 'req-4')).toEqual(provider);
  });

  it("maps Apollo's own client errors onto BAD_USER_INPUT with the original code as reason", () => {
    const invalid = {
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatError(invalid, true, 'req-5')).toEqual({
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('the error mask in development', () => {
  it('keeps the message and stack of an unexpected error, and adds the request id', () => {
    const formatted = formatError(apolloFormatted('boom'), false, 'req-6');
    expect(formatted.message).toBe('boom');
    expect(formatted.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'req-6',
      stacktrace: expect.any(Array),
    });
  });
});

describe('createErrorMask on a server', () => {
  const typeDefs = 'type Query { leak: String, refused: String, relayed: String }';
  const relayedError = new GraphQLError('connect ECONNREFUSED 127.0.0.1:4003', {
    extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'commerce' },
  });
  const resolvers = {
    Query: {
      leak: () => {
        throw new Error(SQL_LEAK);
      },
      refused: () => {
        throw badInput('title: too long', 'title');
      },
      relayed: () => {
        throw relayedError;
      },
    },
  };

  it('answers with the request id of the operation, and reports the full error with it', async () => {
    const reported: { err: unknown; requestId: string }[] = [];
    const mask = createErrorMask<{ requestId: string }>({
      production: true,
      requestIdOf: (context) => context.requestId,
      report: (err, requestId) => reported.push({ err, requestId }),
    });
    const server = new ApolloServer<{ requestId: string }>({
      typeDefs,
      resolvers,
      formatError: mask.formatError,
      plugins: [mask.plugin],
    });
    await server.start();
    try {
      const result = await server.executeOperation(
        { query: '{ leak refused relayed }' },
        { contextValue: { requestId: 'op-7' } },
      );
      if (result.body.kind !== 'single') throw new Error('expected a single result');
      const errors = result.body.singleResult.errors!;
      expect(errors.map((e) => [e.path, e.message, e.extensions])).toEqual([
        [
          ['leak'],
          'Internal server error (request op-7)',
          { code: 'INTERNAL_SERVER_ERROR', requestId: 'op-7' },
        ],
        [['refused'], 'title: too long', { code: 'BAD_USER_INPUT', field: 'title' }],
        [
          ['relayed'],
          'Internal server error (request op-7)',
          { code: 'INTERNAL_SERVER_ERROR', requestId: 'op-7' },
        ],
      ]);
      expect(JSON.stringify(result.body)).not.toMatch(/insert into|ECONNREFUSED|127\.0\.0\.1/);
      expect(reported.map((r) => r.requestId)).toEqual(['op-7', 'op-7']);
      expect(reported.map((r) => (r.err as Error).message)).toEqual([SQL_LEAK, relayedError.message]);
    } finally {
      await server.stop();
    }
  });
});

describe('publicMessage (job results a user sees)', () => {
  it('keeps an expected condition and masks anything else behind a reference', () => {
    expect(publicMessage(badInput('stock: must be a whole number', 'stock'), 'job 42')).toBe(
      'stock: must be a whole number',
    );
    expect(
      publicMessage(new AppError('INTERNAL_SERVER_ERROR', 'Stripe returned no client secret'), 'job 42'),
    ).toBe('Internal server error (job 42)');
    expect(publicMessage(new Error(SQL_LEAK), 'job 42')).toBe('Internal server error (job 42)');
    expect(publicMessage('a thrown string', 'job 42')).toBe('Internal server error (job 42)');
  });
});

describe('HTTP routes (the catch-all of core/http)', () => {
  it('answers an unexpected route error and a failing readiness check without their messages', async () => {
    const service = await startHttpService({
      name: 'mask-test',
      host: '127.0.0.1',
      port: 0,
      routes: [
        (_req, _res, url) => {
          if (url.pathname === '/boom') throw new Error('connect ECONNREFUSED 10.0.0.7:5432');
          return false;
        },
      ],
      readiness: {
        redis: async () => {
          throw new Error('connect ECONNREFUSED 10.0.0.8:6379');
        },
      },
    });
    try {
      const boom = await fetch(`${service.url}/boom`, { headers: { 'x-request-id': 'http-8' } });
      expect(boom.status).toBe(500);
      expect(await boom.json()).toEqual({
        errors: [
          {
            message: 'Internal server error (request http-8)',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'http-8' },
          },
        ],
      });
      const ready = await fetch(`${service.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', checks: { redis: 'failing' } });
    } finally {
      await service.close();
    }
  });
});
