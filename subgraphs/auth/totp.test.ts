import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totp } from './services/totp.js';

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1 rows: seed "12345678901234567890", 30 s steps, 8 digits.
  const seed = Buffer.from('12345678901234567890', 'ascii');
  const vectors: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];

  it.each(vectors)('at T=%i gives %s', (seconds, expected) => {
    expect(hotp(seed, Math.floor(seconds / 30), 8)).toBe(expected);
  });

  it('gives the 6-digit codes authenticator apps show, from a base32 seed', () => {
    const secret = base32Encode(seed);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(secret)).toEqual(seed);
    expect(totp(secret, new Date(59_000))).toBe('287082');
  });

  it('accepts one step of drift either way and nothing further', () => {
    const secret = base32Encode(seed);
    const at = new Date(1_111_111_111_000);
    const step = Math.floor(1_111_111_111 / 30);
    expect(matchTotp(secret, totp(secret, at), at)).toBe(step);
    expect(matchTotp(secret, totp(secret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(matchTotp(secret, totp(secret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
    expect(matchTotp(secret, totp(secret, new Date(at.getTime() + 90_000)), at)).toBeNull();
    expect(matchTotp(secret, 'abcdef', at)).toBeNull();
  });

  it('builds an otpauth URI', () => {
    const uri = otpauthUri('webhaze', 'ada@example.com', 'ABC');
    expect(uri).toBe(
      'otpauth://totp/webhaze:ada%40example.com?secret=ABC&issuer=webhaze&algorithm=SHA1&digits=6&period=30',
    );
  });
});
