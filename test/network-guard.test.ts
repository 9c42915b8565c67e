/**
 * The network guard trips: in this process and in a child process, for TCP, TLS, fetch, UDP and DNS,
 * while loopback keeps working. The refused targets are this machine's own non-loopback address and
 * host name (nothing leaves the machine even without a guard), then outside names.
 */
import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import { once } from 'node:events';
import { connect, createServer, type Server } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainOutsideAttempts, isLoopbackHost, OutsideNetworkError } from './support/network-guard.js';

/** An address of this machine that is not loopback (the documentation range if it has none). */
const OWN_ADDRESS =
  Object.values(networkInterfaces())
    .flat()
    .find((a) => a && !a.internal && a.family === 'IPv4')?.address ?? '192.0.2.1';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((socket) => socket.end('hello'));
  server.listen(0, '0.0.0.0');
  await once(server, 'listening');
  port = (server.address() as { port: number }).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const whats = () => drainOutsideAttempts().map((a) => a.what);

describe('network guard in the test process', () => {
  it('tells loopback from everything else', () => {
    for (const host of [
      '127.0.0.1',
      '127.8.9.10',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
      'localhost',
      'LOCALHOST.',
      '',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of [
      '10.0.0.1',
      '169.254.169.254',
      '0.0.0.0',
      '::',
      'example.com',
      'localhost.example',
      OWN_ADDRESS,
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('refuses TCP to a non-loopback address and lets loopback through', async () => {
    expect(() => connect(port, OWN_ADDRESS)).toThrow(OutsideNetworkError);
    expect(whats()).toEqual([`connection to ${OWN_ADDRESS}:${port}`]);

    const local = connect(port, '127.0.0.1');
    const [greeting] = (await once(local, 'data')) as [Buffer];
    expect(greeting.toString()).toBe('hello');
    local.destroy();
    expect(whats()).toEqual([]);
  });

  it('refuses fetch (undici) and TLS outside', async () => {
    const refused = await fetch(`http://${OWN_ADDRESS}:${port}/`).catch((err: Error) => err);
    expect(refused).toBeInstanceOf(Error);
    expect(() => tls.connect({ host: OWN_ADDRESS, port })).toThrow(OutsideNetworkError);
    expect(whats()).toEqual([
      `connection to ${OWN_ADDRESS}:${port}`,
      `TLS connection to ${OWN_ADDRESS}:${port}`,
    ]);
  });

  it('refuses UDP datagrams outside', async () => {
    const receiver = dgram.createSocket('udp4');
    receiver.bind(0, '0.0.0.0');
    await once(receiver, 'listening');
    const sender = dgram.createSocket('udp4');
    try {
      expect(() => sender.send('ping', receiver.address().port, OWN_ADDRESS)).toThrow(OutsideNetworkError);
      expect(() => sender.connect(receiver.address().port, OWN_ADDRESS)).toThrow(OutsideNetworkError);
      expect(whats()).toEqual([`UDP datagram to ${OWN_ADDRESS}`, `UDP connect to ${OWN_ADDRESS}`]);
    } finally {
      sender.close();
      receiver.close();
    }
  });

  it('refuses name lookups of anything but localhost', async () => {
    expect(() => dns.lookup(hostname(), () => undefined)).toThrow(OutsideNetworkError);
    await expect(async () => dns.promises.lookup(hostname())).rejects.toThrow(OutsideNetworkError);
    expect(whats()).toEqual([`DNS lookup of ${hostname()}`, `DNS lookup of ${hostname()}`]);
    expect((await dns.promises.lookup('localhost')).address).toMatch(/^(127\.|::1$)/);
  });

  it("refuses outside names and DNS queries to the machine's resolvers", async () => {
    expect(() => connect(443, 'example.com')).toThrow(OutsideNetworkError);
    await expect(async () => dns.promises.resolveTxt('example.com')).rejects.toThrow(OutsideNetworkError);
    expect(() => new dns.Resolver().resolve4('example.com', () => undefined)).toThrow(OutsideNetworkError);
    const refused = await fetch('https://example.com/').catch((err: Error) => err);
    expect(refused).toBeInstanceOf(Error);
    expect(whats()).toEqual([
      'connection to example.com:443',
      expect.stringMatching(/^DNS resolveTxt\(example\.com\) via /),
      expect.stringMatching(/^DNS resolve4\(example\.com\) via /),
      'TLS connection to example.com:443',
    ]);
  });
});

describe('network guard in child processes', () => {
  /** Runs `node -e script` as tests start processes (inheriting the environment); exit code and stderr. */
  async function node(script: string): Promise<{ code: number | null; stderr: string; pid: number }> {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, stderr, pid: child.pid! };
  }

  it('is loaded into a plain `node` child through NODE_OPTIONS and records its attempts', async () => {
    const child = await node(`require('node:net').connect(${port}, '${OWN_ADDRESS}')`);
    expect(child.code).not.toBe(0);
    expect(child.stderr).toContain(`network guard: connection to ${OWN_ADDRESS}:${port} refused`);
    const attempts = drainOutsideAttempts();
    expect(attempts.map((a) => [a.pid, a.what])).toEqual([
      [child.pid, `connection to ${OWN_ADDRESS}:${port}`],
    ]);
  });

  it('lets a child use loopback', async () => {
    const child = await node(
      `const s = require('node:net').connect(${port}, '127.0.0.1'); s.on('data', () => process.exit(7));`,
    );
    expect(child.code).toBe(7);
    expect(drainOutsideAttempts()).toEqual([]);
  });
});
