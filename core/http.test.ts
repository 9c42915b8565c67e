import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkFrame, openRaw } from '../test/support/raw-http.js';
import { graphQLMediaType, HttpError, type HttpService, readBody, startHttpService } from './http.js';

describe('graphQLMediaType (Accept negotiation, as Apollo Server does it)', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['application/*', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json, application/json', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['application/json;q=0.5, application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json;q=0.9, */*', 'application/json'],
    ['application/json;q=0, */*', 'application/graphql-response+json'],
    ['text/html', null],
  ])('%j → %s', (accept, media) => {
    expect(graphQLMediaType(accept)).toBe(media);
  });
});

describe('startHttpService under hostile requests', () => {
  let service: HttpService;

  beforeAll(async () => {
    service = await startHttpService({
      name: 'http-test',
      host: '127.0.0.1',
      port: 0,
      routes: [
        async (req, res, url) => {
          if (url.pathname === '/echo') {
            const body = await readBody(req, 1024);
            res.writeHead(200).end(body);
            return true;
          }
          if (url.pathname === '/bad-answer') {
            // Its own error answer fails too (an invalid header value): still no crash.
            throw new HttpError(400, 'refused', 'BAD_USER_INPUT', { 'x-reason': 'a\nb' });
          }
          return false;
        },
      ],
    });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('answers 413 on the same connection to a chunked body past the limit (not a reset)', async () => {
    const conn = await openRaw(service.port);
    await conn.send('POST /echo HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n');
    for (let i = 0; i < 4; i++) await conn.send(chunkFrame(Buffer.alloc(700, 0x61)));
    await conn.send('0\r\n\r\n');
    const answer = await conn.response;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/larger than 1024 bytes/);
    conn.socket.destroy();
  });

  it('survives a server error once listening (an accept failing under a connection flood)', async () => {
    const accept = Object.assign(new Error('accept EMFILE'), { code: 'EMFILE', syscall: 'accept' });
    expect(() => service.server.emit('error', accept)).not.toThrow();
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });

  it('survives a handler whose error answer itself throws, and keeps answering', async () => {
    const conn = await openRaw(service.port);
    await conn.send('GET /bad-answer HTTP/1.1\r\nhost: x\r\n\r\n');
    expect(await conn.closed).toBe('');
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});
