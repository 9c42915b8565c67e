import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 of a bearer secret, as stored: the secret itself is never written anywhere. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** A fresh opaque secret (32 random bytes, base64url) and the hash to store for it. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

let lastMs = -1;
let sequence = 0;

/**
 * A UUIDv7 (RFC 9562): time-ordered, so rows keyed by it list in creation order and cursor
 * pagination over the id is chronological. Within one millisecond a 12-bit counter in `rand_a`
 * keeps the order (RFC 9562 §6.2, method 1) in this process.
 */
export function uuidv7(now: Date = new Date()): string {
  let ms = now.getTime();
  if (ms <= lastMs) {
    sequence++;
    if (sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    sequence = 0;
  }
  const bytes = randomBytes(16);
  const big = BigInt(ms);
  for (let i = 0; i < 6; i++) bytes[i] = Number((big >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
