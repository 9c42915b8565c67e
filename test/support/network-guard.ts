/**
 * The test suite's network guard: nothing a test runs may reach beyond this machine. Imported by the
 * vitest setup (test/support/network-setup.ts) and, through NODE_OPTIONS, by every Node process a test
 * starts. Any TCP/TLS connection, UDP datagram or name lookup aimed anywhere but loopback
 * (127.0.0.0/8, ::1, `localhost`) or a unix socket is refused before a packet leaves: the call throws
 * `OutsideNetworkError`, the attempt is printed to stderr and appended to the file named by
 * WEBHAZE_NETWORK_GUARD_LOG, which the setup reads after every test and fails the test on.
 *
 * Wrapped: `net.Socket.prototype.connect` (every `net.connect`/`createConnection`, http, https,
 * undici and TLS socket goes through it), `tls.connect`, `dgram.Socket` `send`/`connect`,
 * `dns.lookup`/`lookupService` (callback and promise) and the `dns` resolver functions, which always
 * ask DNS servers (allowed only for a test's own server on loopback).
 *
 * Chromium is not a Node process: `CHROMIUM_OFFLINE_ARGS` gives it host-resolver rules that resolve
 * no name but localhost (test/support/browser.ts launchChromium; the setup adds them to any launch).
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

/** The file every guarded process appends its refused attempts to (one JSON line each). */
export const GUARD_LOG_ENV = 'WEBHAZE_NETWORK_GUARD_LOG';

/** Chromium resolves nothing but localhost and the loopback literal: every other name is NXDOMAIN. */
export const CHROMIUM_RESOLVER_RULES = 'MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';
export const CHROMIUM_OFFLINE_ARGS = [`--host-resolver-rules=${CHROMIUM_RESOLVER_RULES}`];

export class OutsideNetworkError extends Error {
  override name = 'OutsideNetworkError';
}

export interface OutsideAttempt {
  what: string;
  pid: number;
  argv: string[];
  stack: string;
}

const loopback6 = new net.BlockList();
loopback6.addAddress('::1', 'ipv6');

/** True for hosts that never leave this machine: loopback addresses and the name `localhost`. */
export function isLoopbackHost(host: string | null | undefined): boolean {
  // Node connects to localhost when no host is given.
  if (host === undefined || host === null || host === '') return true;
  const h = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '');
  if (h === 'localhost' || h === 'localhost.') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  if (mapped) return isLoopbackHost(mapped[1]);
  const family = net.isIP(h);
  if (family === 4) return h.startsWith('127.');
  if (family === 6) return loopback6.check(h, 'ipv6');
  return false;
}

interface GuardState {
  /** Attempts of a process without WEBHAZE_NETWORK_GUARD_LOG. */
  attempts: OutsideAttempt[];
  /** How much of each log file drainOutsideAttempts has read. */
  offsets: Map<string, number>;
}

// On globalThis: the patches are installed once per process, however often this module is evaluated
// (vitest re-evaluates setup files for every test file).
const STATE = Symbol.for('webhaze.networkGuard');
const holder = globalThis as typeof globalThis & { [STATE]?: GuardState };
const installed = holder[STATE] !== undefined;
holder[STATE] ??= { attempts: [], offsets: new Map() };
const state: GuardState = holder[STATE];

function refuse(what: string): never {
  const error = new OutsideNetworkError(
    `network guard: ${what} refused (tests reach only 127.0.0.0/8, ::1, localhost and unix sockets)`,
  );
  const attempt: OutsideAttempt = { what, pid: process.pid, argv: process.argv, stack: error.stack ?? '' };
  const log = process.env[GUARD_LOG_ENV];
  if (log) appendFileSync(log, `${JSON.stringify(attempt)}\n`);
  else state.attempts.push(attempt);
  process.stderr.write(`[network-guard] ${error.stack}\n`);
  throw error;
}

/** Every refused attempt recorded since the last call (this process's and its children's). */
export function drainOutsideAttempts(): OutsideAttempt[] {
  const drained = state.attempts.splice(0);
  const log = process.env[GUARD_LOG_ENV];
  if (log && existsSync(log)) {
    const text = readFileSync(log, 'utf8');
    const from = state.offsets.get(log) ?? 0;
    const complete = text.lastIndexOf('\n') + 1;
    for (const line of text.slice(from, complete).split('\n')) {
      if (line) drained.push(JSON.parse(line) as OutsideAttempt);
    }
    state.offsets.set(log, Math.max(from, complete));
  }
  return drained;
}

/** What a child process started with an explicit environment needs to run under the guard too. */
export function guardedChildEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['NODE_OPTIONS', GUARD_LOG_ENV]) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/** `host:port` of a `Socket#connect`/`tls.connect` call aimed outside, else null (unix sockets pass). */
function outsideTcpTarget(args: readonly unknown[]): string | null {
  // net.connect hands Socket#connect its already-normalized [options, callback] array.
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as { path?: unknown; host?: unknown; port?: unknown; socket?: unknown };
    if ((typeof options.path === 'string' && options.path !== '') || options.socket) return null;
    const host = typeof options.host === 'string' ? options.host : undefined;
    return isLoopbackHost(host) ? null : `${host}:${String(options.port)}`;
  }
  // A string that is not a number is a unix socket path.
  if (typeof first === 'string' && Number.isNaN(Number(first))) return null;
  const host = typeof args[1] === 'string' ? args[1] : undefined;
  return isLoopbackHost(host) ? null : `${host}:${String(first)}`;
}

// Socket#connect, tls.connect, dgram and dns have overloads a wrapper cannot restate: the wrappers
// take the arguments as they come and pass them through untouched.
type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

function wrap(target: object, name: string, check: (self: unknown, args: unknown[]) => string | null): void {
  const slots = target as Record<string, AnyFunction | undefined>;
  const original = slots[name];
  if (typeof original !== 'function') return;
  slots[name] = function guarded(this: unknown, ...args: unknown[]) {
    const outside = check(this, args);
    if (outside !== null) refuse(outside);
    return original.apply(this, args);
  };
}

function udpTarget(self: unknown, args: unknown[]): string | null {
  try {
    (self as dgram.Socket).remoteAddress();
    return null; // a connected socket: its peer was checked by connect
  } catch {
    // not connected: the address is an argument
  }
  const [, a, b, c, d] = args;
  const address = typeof a === 'number' && typeof b === 'number' && typeof c === 'number' ? d : b;
  return typeof address === 'string' && !isLoopbackHost(address) ? `UDP datagram to ${address}` : null;
}

const RESOLVER_METHODS = [
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
];

/** The machine's own DNS servers: even a loopback one (a local stub) forwards queries outside. */
const systemServers = new Set(dns.getServers());

/** The address of a `getServers()` entry: `1.2.3.4`, `1.2.3.4:53`, `::1` or `[::1]:53`. */
function serverHost(server: string): string {
  if (net.isIP(server)) return server;
  return server.replace(/:\d+$/, '');
}

/**
 * The resolver functions always query DNS servers: allowed only when a test pointed them at its own
 * server on loopback (`setServers`), never at the machine's.
 */
function wrapResolver(target: object, servers: (self: unknown) => string[]): void {
  for (const method of RESOLVER_METHODS) {
    wrap(target, method, (self, args) => {
      const list = servers(self);
      const ownStandIn = list.every((s) => !systemServers.has(s) && isLoopbackHost(serverHost(s)));
      return ownStandIn ? null : `DNS ${method}(${String(args[0])}) via ${list.join(', ')}`;
    });
  }
}

function install(): void {
  wrap(net.Socket.prototype, 'connect', (_self, args) => {
    const target = outsideTcpTarget(args);
    return target && `connection to ${target}`;
  });
  wrap(tls, 'connect', (_self, args) => {
    const target = outsideTcpTarget(args);
    return target && `TLS connection to ${target}`;
  });
  wrap(dgram.Socket.prototype, 'send', udpTarget);
  wrap(dgram.Socket.prototype, 'connect', (_self, [, address]) =>
    typeof address === 'string' && !isLoopbackHost(address) ? `UDP connect to ${address}` : null,
  );
  // An address literal is answered without asking anyone (servers look up the address they bind to).
  const lookup = (_self: unknown, [host]: unknown[]) =>
    typeof host === 'string' && net.isIP(host) === 0 && !isLoopbackHost(host)
      ? `DNS lookup of ${host}`
      : null;
  const lookupService = (_self: unknown, [address]: unknown[]) =>
    typeof address === 'string' && !isLoopbackHost(address) ? `DNS lookupService of ${address}` : null;
  for (const api of [dns, dns.promises]) {
    wrap(api, 'lookup', lookup);
    wrap(api, 'lookupService', lookupService);
  }
  wrapResolver(dns, () => dns.getServers());
  wrapResolver(dns.promises, () => dns.promises.getServers());
  wrapResolver(dns.Resolver.prototype, (self) => (self as dns.Resolver).getServers());
  wrapResolver(dns.promises.Resolver.prototype, (self) => (self as dns.promises.Resolver).getServers());
  // ESM `import { lookup } from 'node:dns'` bindings see the wrapped functions too.
  syncBuiltinESMExports();
}

if (!installed) install();
