import { describe, expect, it } from 'vitest';
import {
  decryptSecret,
  encryptSecret,
  envelopeKid,
  generateKeyEntry,
  parseKeyring,
  reencrypt,
  SecretsError,
} from './secrets.js';

const k1 = generateKeyEntry('k1');
const k2 = generateKeyEntry('k2');

describe('tenant secrets encryption (AES-256-GCM envelopes)', () => {
  it('round-trips, with a fresh IV each time, in the v1 envelope format', () => {
    const ring = parseKeyring(k1);
    const a = encryptSecret(ring, 'smtp-p4ss', 't1/smtp');
    const b = encryptSecret(ring, 'smtp-p4ss', 't1/smtp');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v1:k1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(a).not.toContain('smtp-p4ss');
    expect(decryptSecret(ring, a, 't1/smtp')).toBe('smtp-p4ss');
  });

  it('detects tampering with the ciphertext, the tag or the IV', () => {
    const ring = parseKeyring(k1);
    const envelope = encryptSecret(ring, 'hello world', 'ctx');
    const parts = envelope.split(':');
    const flip = (s: string) => {
      const buf = Buffer.from(s, 'base64url');
      buf[0] = buf[0]! ^ 1;
      return buf.toString('base64url');
    };
    for (const index of [2, 3, 4]) {
      const tampered = [...parts];
      tampered[index] = flip(tampered[index]!);
      expect(() => decryptSecret(ring, tampered.join(':'), 'ctx')).toThrow(SecretsError);
    }
  });

  it('refuses a ciphertext moved to another row (associated data) or read with the wrong key', () => {
    const ring = parseKeyring(k1);
    const envelope = encryptSecret(ring, 'value', 'tenant-a/smtp-password');
    expect(() => decryptSecret(ring, envelope, 'tenant-b/smtp-password')).toThrow(SecretsError);
    const impostor = parseKeyring(generateKeyEntry('k1'));
    expect(() => decryptSecret(impostor, envelope, 'tenant-a/smtp-password')).toThrow(/does not decrypt/);
    expect(() => decryptSecret(parseKeyring(k2), envelope, 'tenant-a/smtp-password')).toThrow(/No key 'k1'/);
  });

  it('rotates: decrypts with any listed key, encrypts and re-encrypts with the current one', () => {
    const old = parseKeyring(k1);
    const envelope = encryptSecret(old, 'rotate me', 'ad');
    const rotated = parseKeyring(`${k2},${k1}`);
    expect(decryptSecret(rotated, envelope, 'ad')).toBe('rotate me');
    expect(envelopeKid(encryptSecret(rotated, 'x', 'ad'))).toBe('k2');
    const again = reencrypt(rotated, envelope, 'ad');
    expect(envelopeKid(again)).toBe('k2');
    expect(reencrypt(rotated, again, 'ad')).toBe(again);
    // Once k1 is dropped, only the re-encrypted envelope still opens.
    const newOnly = parseKeyring(k2);
    expect(decryptSecret(newOnly, again, 'ad')).toBe('rotate me');
    expect(() => decryptSecret(newOnly, envelope, 'ad')).toThrow(SecretsError);
  });

  it('validates the keyring and the envelope', () => {
    expect(() => parseKeyring('')).toThrow(/no key/);
    expect(() => parseKeyring('k1:c2hvcnQ=')).toThrow(/32 bytes/);
    expect(() => parseKeyring('no-colon')).toThrow(/kid:base64key/);
    expect(() => parseKeyring(`${k1},${k1}`)).toThrow(/twice/);
    expect(() => decryptSecret(parseKeyring(k1), 'v2:k1:a:b:c')).toThrow(/v1/);
    expect(parseKeyring(`${k2}, ${k1}`).currentKid).toBe('k2');
  });
});
