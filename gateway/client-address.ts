import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * The client's address for a request: what rate limits, sign-in lockouts, the audit log and the
 * visitor hash key on. `peer` is the socket's remote address.
 */
export type ClientAddressOf = (headers: IncomingHttpHeaders, peer: string | undefined) => string | null;

/** Forwarding hops walked at most; a longer chain stops at the last one walked. */
const MAX_HOPS = 20;

/**
 * The ONE way the gateway learns a client's address. Without trusted proxies (the default) it is
 * the socket peer and forwarding headers are ignored: anyone can write them. When the peer is a
 * trusted proxy (TRUSTED_PROXIES, CIDRs), `X-Forwarded-For` or `Forwarded` (RFC 7239) is walked
 * from the right, past every trusted hop: the first untrusted address is the client. A hop that is
 * not an address (`unknown`, an obfuscated `_id`, garbage) ends the walk at the last address seen.
 * When a request carries both headers and they name different clients, neither is believed (the
 * proxy wrote one, the client may have written the other): the answer is the peer.
 */
export function createClientAddressOf(trustedProxies: readonly string[]): ClientAddressOf {
  if (trustedProxies.length === 0) return (_headers, peer) => addressOf(peer ?? '');
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [address, bits] = entry.split('/') as [string, string | undefined];
    const version = isIP(address);
    if (version === 0) throw new Error(`TRUSTED_PROXIES: '${entry}' is not an address or CIDR`);
    const type = version === 4 ? 'ipv4' : 'ipv6';
    trusted.addSubnet(address, bits === undefined ? (version === 4 ? 32 : 128) : Number(bits), type);
  }
  const isTrusted = (address: string) => trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

  const walk = (hops: (string | null)[], peer: string): string => {
    let nearest = peer;
    for (let i = hops.length - 1; i >= 0 && i >= hops.length - MAX_HOPS; i--) {
      const hop = hops[i] ?? null;
      if (hop === null) return nearest;
      nearest = hop;
      if (!isTrusted(hop)) return hop;
    }
    return nearest;
  };

  return (headers, rawPeer) => {
    const peer = addressOf(rawPeer ?? '');
    if (peer === null || !isTrusted(peer)) return peer;
    const forwardedFor = headerText(headers['x-forwarded-for']);
    const forwarded = headerText(headers.forwarded);
    const viaForwardedFor = forwardedFor === null ? null : walk(forwardedForHops(forwardedFor), peer);
    const viaForwarded = forwarded === null ? null : walk(forwardedHops(forwarded), peer);
    if (viaForwardedFor !== null && viaForwarded !== null && viaForwardedFor !== viaForwarded) return peer;
    return viaForwardedFor ?? viaForwarded ?? peer;
  };
}

function headerText(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(',') : value;
}

/** `X-Forwarded-For: client, proxy1, proxy2` */
function forwardedForHops(header: string): (string | null)[] {
  return header.split(',').map((hop) => addressOf(hop.trim()));
}

/** `Forwarded: for=192.0.2.60;proto=http, for="[2001:db8::17]:4711"` (RFC 7239 §4). */
function forwardedHops(header: string): (string | null)[] {
  return splitOutsideQuotes(header, ',').map((element) => {
    for (const pair of splitOutsideQuotes(element, ';')) {
      const eq = pair.indexOf('=');
      if (eq < 0 || pair.slice(0, eq).trim().toLowerCase() !== 'for') continue;
      let value = pair.slice(eq + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.slice(1, -1).replace(/\\(.)/g, '$1');
      }
      return addressOf(value);
    }
    return null;
  });
}

function splitOutsideQuotes(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/;

/**
 * A hop or peer as a plain address: `[v6]:port`, `[v6]` and `v4:port` lose the brackets and the
 * port, a zone id (`%eth0`) is dropped, IPv4-mapped IPv6 becomes IPv4; null if it is no address.
 */
function addressOf(raw: string): string | null {
  let text = raw;
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 0 || !/^(:\d{1,5})?$/.test(text.slice(end + 1))) return null;
    text = text.slice(1, end);
  } else {
    const withPort = IPV4_WITH_PORT.exec(text);
    if (withPort) text = withPort[1]!;
  }
  const zone = text.indexOf('%');
  if (zone >= 0) text = text.slice(0, zone);
  const version = isIP(text);
  if (version === 0) return null;
  if (version === 4) return text;
  const lower = text.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  return mapped && isIP(mapped[1]!) === 4 ? mapped[1]! : lower;
}
