import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup as dnsLookupAsync } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Outbound requests to URLs a tenant chose (webhooks) must not reach the platform's own network:
 * loopback, private, link-local (cloud metadata), CGNAT, multicast and reserved ranges are refused,
 * checked on the addresses the name resolves to — at registration and again at connection time
 * (`safeLookup`), so a DNS answer that changes in between (rebinding) is caught too.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

export class UnsafeTargetError extends Error {}

/** True for addresses outbound requests must never reach (IPv4-mapped IPv6 checked as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

/** The ports a target URL may name: the web's own (more only through WEBHOOKS_ALLOWED_PORTS). */
export const STANDARD_TARGET_PORTS: readonly number[] = [80, 443];

/**
 * Parses and checks a target URL: https (http too when private targets are allowed), no
 * credentials, and port 80 or 443 or one of `extraPorts` (so a tenant cannot point requests at
 * mail, database or admin ports of public hosts). Allowing private targets (tests, local
 * development, where receivers listen on any port) allows every port.
 */
export function parseTargetUrl(raw: string, allowPrivate: boolean, extraPorts: readonly number[] = []): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeTargetError('not a valid URL');
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    throw new UnsafeTargetError('must be an https URL');
  }
  if (url.username || url.password) throw new UnsafeTargetError('must not contain credentials');
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  if (!allowPrivate && !STANDARD_TARGET_PORTS.includes(port) && !extraPorts.includes(port)) {
    throw new UnsafeTargetError(
      `port ${port} is not allowed (use ${[...STANDARD_TARGET_PORTS, ...extraPorts].join(', ')})`,
    );
  }
  return url;
}

/** Resolves the URL's host and refuses it when any address is private (unless allowed). */
export async function assertPublicTarget(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : await dnsLookupAsync(host, { all: true, verbatim: true }).then(
        (list) => list.map((a) => a.address),
        () => {
          throw new UnsafeTargetError(`the host ${host} does not resolve`);
        },
      );
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new UnsafeTargetError(`the host ${host} resolves to a private or reserved address`);
  }
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for sockets (undici `connect.lookup`) that refuses private addresses at connection time. */
export function safeLookup(
  hostname: string,
  options: { all?: boolean; family?: number } | number | undefined,
  callback: LookupCallback,
): void {
  const opts = typeof options === 'object' && options ? options : {};
  dnsLookup(hostname, { ...opts, all: true, verbatim: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const list = addresses as LookupAddress[];
    if (list.length === 0 || list.some((a) => isPrivateAddress(a.address))) {
      const error = new UnsafeTargetError(`refusing to connect: ${hostname} resolves to a private address`);
      return callback(error as NodeJS.ErrnoException, []);
    }
    if (opts.all) return callback(null, list);
    const first = list[0]!;
    callback(null, first.address, first.family);
  });
}
