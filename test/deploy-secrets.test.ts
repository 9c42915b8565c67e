/**
 * The deployment examples give every process the same shared secrets: docker-compose requires them
 * (from the git-ignored .env.secrets that `npm run secrets` writes once), and the Kubernetes Secret
 * example, which every Deployment reads, lists them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, SHARED_SECRETS } from '../core/config.js';
import { parseKeyring } from '../core/secrets.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };
  const webhaze = Object.entries(compose.services).filter(([, s]) => s.image === 'webhaze:local');

  it('requires every shared secret in every WebHaze container, with no fallback', () => {
    expect(webhaze.map(([name]) => name).sort()).toEqual(
      ['analytics', 'assets', 'auth', 'cms', 'commerce', 'gateway', 'storefront', 'worker'].sort(),
    );
    for (const [name, service] of webhaze) {
      for (const secret of SHARED_SECRETS) {
        // ${NAME:?message}: compose refuses to start when it is unset or empty.
        expect(service.environment?.[secret], `${name} ${secret}`).toMatch(
          new RegExp(`^\\$\\{${secret}:\\?[^}]*npm run secrets[^}]*\\}$`),
        );
      }
    }
  });

  it('reads them from .env.secrets, which git ignores', () => {
    expect(read('docker-compose.yml')).toContain('docker compose --env-file .env.secrets up');
    expect(spawnSync('git', ['check-ignore', '-q', '.env.secrets'], { cwd: root }).status).toBe(0);
  });
});

describe('deploy/k8s', () => {
  const example = parse(read('deploy/k8s/secret.example.yaml')) as {
    kind: string;
    metadata: { name: string };
    stringData: Record<string, string>;
  };

  it('lists every shared secret in the Secret example, as placeholders the services refuse', () => {
    expect(example.kind).toBe('Secret');
    for (const secret of SHARED_SECRETS) expect(example.stringData, secret).toHaveProperty(secret);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', ...example.stringData }, { sharedSecrets: 'environment' }),
    ).toThrow(/CONTEXT_SECRET: the example's placeholder[\s\S]*SECRETS_KEYS: the example's placeholder/);
  });

  it('gives every WebHaze Deployment that Secret', () => {
    const deployments = readdirSync(join(root, 'deploy/k8s'))
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => read(`deploy/k8s/${f}`).split(/^---$/m))
      .map((doc) => parse(doc) as { kind?: string; metadata?: { name: string }; spec?: unknown })
      .filter((doc) => doc?.kind === 'Deployment');
    expect(deployments.map((d) => d.metadata!.name).sort()).toEqual(
      ['analytics', 'assets', 'auth', 'cms', 'commerce', 'gateway', 'storefront', 'worker'].sort(),
    );
    for (const deployment of deployments) {
      const { containers } = (
        deployment.spec as {
          template: { spec: { containers: { envFrom?: { secretRef?: { name: string } }[] }[] } };
        }
      ).template.spec;
      for (const container of containers) {
        expect(
          container.envFrom?.map((e) => e.secretRef?.name),
          deployment.metadata!.name,
        ).toContain(example.metadata.name);
      }
    }
  });
});

describe('npm run secrets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wh-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function npmRunSecrets(file: string): Promise<{ code: number | null; output: string }> {
    const child = spawn('npm', ['run', '--silent', 'secrets', '--', file], { cwd: root, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, output };
  }

  it('writes the shared secrets once, owner-readable, in a form the services accept', async () => {
    const file = join(dir, '.env.secrets');
    const first = await npmRunSecrets(file);
    expect(first.code, first.output).toBe(0);
    expect(statSync(file).mode & 0o077).toBe(0);
    const written = readFileSync(file, 'utf8');
    const values = Object.fromEntries(
      written
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(values)).toEqual([...SHARED_SECRETS]);
    expect(parseKeyring(values.SECRETS_KEYS!).keys.size).toBe(1);
    const config = loadConfig(
      { NODE_ENV: 'production', DATA_DIR: join(dir, 'data'), ...values },
      { sharedSecrets: 'environment' },
    );
    expect(config.contextSecret).toBe(values.CONTEXT_SECRET);

    // Never again over the same file: it holds the keys the data is encrypted with.
    const again = await npmRunSecrets(file);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe(written);
  });
});
