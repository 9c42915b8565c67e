import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Tenant secrets encrypted at rest with AES-256-GCM. Keys come from configuration
 * (SECRETS_KEYS = `kid:base64key,...`, the first one current): decrypt with any listed key,
 * encrypt with the current one, so a rotation is "prepend a key, re-encrypt, later drop the old".
 *
 * Envelope: `v1:<kid>:<iv>:<tag>:<ciphertext>` with base64url parts. The caller's associated
 * data (e.g. `tenantId/name`) is authenticated but not stored, so a ciphertext copied to another
 * row or tenant does not decrypt.
 */
export interface Keyring {
  currentKid: string;
  keys: ReadonlyMap<string, Buffer>;
}

export class SecretsError extends Error {}

const KID = /^[A-Za-z0-9_-]{1,32}$/;
const VERSION = 'v1';

/** Parses `kid:base64key,...`; every key must be 32 bytes and every kid unique. */
export function parseKeyring(spec: string): Keyring {
  const entries = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new SecretsError('SECRETS_KEYS lists no key');
  const keys = new Map<string, Buffer>();
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const kid = colon > 0 ? entry.slice(0, colon) : '';
    if (!KID.test(kid)) throw new SecretsError('SECRETS_KEYS entries must look like kid:base64key');
    const key = Buffer.from(entry.slice(colon + 1), 'base64');
    if (key.length !== 32) throw new SecretsError(`SECRETS_KEYS key '${kid}' must be 32 bytes (base64)`);
    if (keys.has(kid)) throw new SecretsError(`SECRETS_KEYS lists '${kid}' twice`);
    keys.set(kid, key);
  }
  return { currentKid: entries[0]!.slice(0, entries[0]!.indexOf(':')), keys };
}

/** A fresh `kid:base64key` entry (for embedded mode and for operators rotating keys). */
export function generateKeyEntry(kid = `k${Date.now().toString(36)}`): string {
  return `${kid}:${randomBytes(32).toString('base64')}`;
}

export function encryptSecret(keyring: Keyring, plaintext: string, associatedData = ''): string {
  const key = keyring.keys.get(keyring.currentKid)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, keyring.currentKid, iv, tag, ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join(':');
}

export function decryptSecret(keyring: Keyring, envelope: string, associatedData = ''): string {
  const { kid, iv, tag, ciphertext } = parseEnvelope(envelope);
  const key = keyring.keys.get(kid);
  if (!key) throw new SecretsError(`No key '${kid}' in SECRETS_KEYS to decrypt this secret`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretsError('The secret does not decrypt: tampered, wrong key or wrong context');
  }
}

/** The envelope re-encrypted under the current key (unchanged when it already is). */
export function reencrypt(keyring: Keyring, envelope: string, associatedData = ''): string {
  if (parseEnvelope(envelope).kid === keyring.currentKid) return envelope;
  return encryptSecret(keyring, decryptSecret(keyring, envelope, associatedData), associatedData);
}

export function envelopeKid(envelope: string): string {
  return parseEnvelope(envelope).kid;
}

function parseEnvelope(envelope: string) {
  const parts = envelope.split(':');
  if (parts.length !== 5 || parts[0] !== VERSION) throw new SecretsError('Not a v1 secret envelope');
  const [, kid, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  const ivBuf = Buffer.from(iv, 'base64url');
  const tagBuf = Buffer.from(tag, 'base64url');
  if (ivBuf.length !== 12 || tagBuf.length !== 16) throw new SecretsError('Malformed secret envelope');
  return { kid, iv: ivBuf, tag: tagBuf, ciphertext: Buffer.from(ciphertext, 'base64url') };
}
