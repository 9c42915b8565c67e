/**
 * The secrets every process of a deployment shares (CONTEXT_SECRET, SECRETS_KEYS). A service started on
 * its own in production must be given them: generating its own would split the deployment (one
 * replica cannot decrypt what another wrote, TOTP breaks across auth replicas, a restart of a container
 * without a volume loses every encrypted secret). The all-in-one `npm start` keeps generating them once
 * into its data folder.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, loadConfig, SHARED_SECRETS } from './config.js';
import { generateSharedSecrets, parseKeyring } from './secrets.js';

const dirs: string[] = [];
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wh-config-secrets-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const standalone = { sharedSecrets: 'environment' } as const;

/** The message loadConfig throws for `env`, or '' when it accepts it. */
function refusal(env: Record<string, string>, opts: Parameters<typeof loadConfig>[1] = standalone): string {
  try {
    loadConfig(env, opts);
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
}

/** The values deploy/k8s/secret.example.yaml ships (placeholders an operator must replace). */
const k8sExample = parse(
  readFileSync(new URL('../deploy/k8s/secret.example.yaml', import.meta.url), 'utf8'),
) as { stringData: Record<string, string> };

describe('shared secrets of a service started on its own', () => {
  it('are CONTEXT_SECRET and SECRETS_KEYS', () => {
    expect([...SHARED_SECRETS]).toEqual(['CONTEXT_SECRET', 'SECRETS_KEYS']);
  });

  it('must be set in production: the refusal names each missing one, and nothing is generated', () => {
    const dir = dataDir();
    const message = refusal({ NODE_ENV: 'production', DATA_DIR: dir });
    expect(message).toMatch(/CONTEXT_SECRET: not set/);
    expect(message).toMatch(/SECRETS_KEYS: not set/);
    expect(message).toContain('npm run secrets');
    expect(readdirSync(dir)).toEqual([]);

    const one = refusal({ DATA_DIR: dir, CONTEXT_SECRET: generateSharedSecrets().CONTEXT_SECRET });
    expect(one).not.toMatch(/CONTEXT_SECRET/);
    expect(one).toMatch(/SECRETS_KEYS: not set/);
  });

  it("refuses the examples' placeholders, naming them", () => {
    expect(k8sExample.stringData.CONTEXT_SECRET).toMatch(/^replace-with-/);
    expect(k8sExample.stringData.SECRETS_KEYS).toMatch(/replace-with-/);
    const message = refusal({ NODE_ENV: 'production', DATA_DIR: dataDir(), ...k8sExample.stringData });
    expect(message).toMatch(/CONTEXT_SECRET: the example's placeholder/);
    expect(message).toMatch(/SECRETS_KEYS: the example's placeholder/);
    // The all-in-one refuses a placeholder too (it only generates what is unset).
    const allInOne = refusal(
      { DATA_DIR: dataDir(), CONTEXT_SECRET: k8sExample.stringData.CONTEXT_SECRET! },
      {},
    );
    expect(allInOne).toMatch(/CONTEXT_SECRET: the example's placeholder/);
  });

  it('refuses a malformed SECRETS_KEYS at startup instead of at first use', () => {
    const { CONTEXT_SECRET } = generateSharedSecrets();
    const message = refusal({ DATA_DIR: dataDir(), CONTEXT_SECRET, SECRETS_KEYS: 'k1:c2hvcnQ=' });
    expect(message).toMatch(/SECRETS_KEYS: .*32 bytes/);
  });

  it('accepts generated secrets', () => {
    const secrets = generateSharedSecrets();
    expect(secrets.CONTEXT_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(parseKeyring(secrets.SECRETS_KEYS).keys.size).toBe(1);
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir, ...secrets }, standalone);
    expect(config.contextSecret).toBe(secrets.CONTEXT_SECRET);
    expect(config.secretsKeys).toBe(secrets.SECRETS_KEYS);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('are generated locally in development and test (one machine)', () => {
    expect(refusal({ NODE_ENV: 'development', DATA_DIR: dataDir() })).toBe('');
    expect(refusal({ NODE_ENV: 'test', DATA_DIR: dataDir() })).toBe('');
  });
});

describe('shared secrets of the all-in-one npm start', () => {
  it('are generated once into the data folder and kept across restarts, with or without external services', () => {
    for (const external of [
      {},
      { DATABASE_URL: 'postgres://127.0.0.1:5432/x', REDIS_URL: 'redis://127.0.0.1:6379' },
    ]) {
      const dir = dataDir();
      const first = loadConfig({ DATA_DIR: dir, ...external });
      expect(first.production).toBe(true);
      expect(existsSync(join(dir, 'context-secret'))).toBe(true);
      expect(parseKeyring(readFileSync(join(dir, 'secrets-keys'), 'utf8')).keys.size).toBe(1);
      const again = loadConfig({ DATA_DIR: dir, ...external });
      expect(again.contextSecret).toBe(first.contextSecret);
      expect(again.secretsKeys).toBe(first.secretsKeys);
    }
  });
});
