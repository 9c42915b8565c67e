/**
 * docker-compose and Kubernetes run the two edges apart, behind one public origin: the storefront
 * as its own service, and a router in front (nginx under compose, the Ingress on Kubernetes) that
 * sends the API edge's paths (gateway/public-paths.ts) to the gateway and every other path to the
 * storefront. No Docker engine runs here: the files are checked for what they declare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../core/config.js';
import { GATEWAY_PUBLIC_PATHS } from '../gateway/public-paths.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const defaults = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });

interface ComposeService {
  image?: string;
  command?: string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, unknown>;
  healthcheck?: { test: string[] };
}

describe('docker-compose.yml', () => {
  const { services } = parse(read('docker-compose.yml'), { merge: true }) as {
    services: Record<string, ComposeService>;
  };

  it('runs the storefront as its own service, on its entry and port, after the gateway', () => {
    const storefront = services.storefront!;
    expect(storefront.image).toBe('webhaze:local');
    expect(storefront.command).toEqual(['node', 'dist/storefront/main.js']);
    expect(Object.keys(storefront.depends_on ?? {})).toContain('gateway');
    expect(storefront.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${defaults.STOREFRONT_PORT}/healthz`);
    // The build emits the entry the command names.
    const build = JSON.parse(read('tsconfig.build.json')) as { include: string[] };
    expect(build.include).toContain('storefront');
  });

  it('publishes one origin, the edge proxy, and no edge directly', () => {
    const published = Object.entries(services)
      .filter(([, s]) => s.ports?.some((p) => p.endsWith(':4000')))
      .map(([name]) => name);
    expect(published).toEqual(['edge']);
    expect(services.edge!.volumes).toContain('./deploy/edge/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
    expect(Object.keys(services.edge!.depends_on ?? {}).sort()).toEqual(['gateway', 'storefront']);
  });

  it('routes exactly the API edge paths to the gateway and the rest to the storefront', () => {
    const conf = read('deploy/edge/nginx.conf');
    const locations = [
      ...conf.matchAll(/^\s*location\s+(=|\^~)?\s*(\S+)\s*\{\s*proxy_pass\s+http:\/\/(\w+);\s*\}/gm),
    ].map(([, modifier, path, upstream]) => `${modifier ?? ''} ${path} -> ${upstream}`);
    const expected = GATEWAY_PUBLIC_PATHS.flatMap(({ path, match }) =>
      match === 'exact' ? [`= ${path} -> gateway`] : [`= ${path} -> gateway`, `^~ ${path}/ -> gateway`],
    );
    expect(locations).toEqual([...expected, ' / -> storefront']);
    expect(conf.match(/^\s*location\b/gm)).toHaveLength(locations.length);
    expect(conf).toContain(`server gateway:${defaults.GATEWAY_PORT};`);
    expect(conf).toContain(`server storefront:${defaults.STOREFRONT_PORT};`);
  });
});

describe('deploy/k8s', () => {
  const docs = (file: string) =>
    read(`deploy/k8s/${file}`)
      .split(/^---$/m)
      .map((doc) => parse(doc) as { kind?: string; metadata?: { name: string }; spec?: unknown });

  it('runs the storefront as its own Deployment, Service and autoscaler, listed in the kustomization', () => {
    const [deployment, service] = docs('storefront.yaml');
    const container = (
      deployment!.spec as {
        template: { spec: { containers: { command: string[]; ports: { containerPort: number }[] }[] } };
      }
    ).template.spec.containers[0]!;
    expect(container.command).toEqual(['node', 'dist/storefront/main.js']);
    expect(container.ports[0]!.containerPort).toBe(defaults.STOREFRONT_PORT);
    expect([deployment!.kind, service!.kind]).toEqual(['Deployment', 'Service']);
    const scaled = docs('hpa.yaml').map(
      (doc) => (doc.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name,
    );
    expect(scaled).toContain('storefront');
    const { resources } = parse(read('deploy/k8s/kustomization.yaml')) as { resources: string[] };
    expect(resources).toEqual(expect.arrayContaining(['storefront.yaml', 'ingress.yaml']));
  });

  it('routes exactly the API edge paths to the gateway and the rest to the storefront', () => {
    const [ingress] = docs('ingress.yaml');
    expect(ingress!.kind).toBe('Ingress');
    const { rules } = ingress!.spec as {
      rules: {
        host?: string;
        http: { paths: { path: string; pathType: string; backend: { service: { name: string } } }[] };
      }[];
    };
    expect(rules).toHaveLength(1);
    expect(rules[0]!.host).toBeUndefined();
    const routes = rules[0]!.http.paths.map((p) => `${p.pathType} ${p.path} -> ${p.backend.service.name}`);
    expect(routes).toEqual([
      ...GATEWAY_PUBLIC_PATHS.map(
        ({ path, match }) => `${match === 'exact' ? 'Exact' : 'Prefix'} ${path} -> gateway`,
      ),
      'Prefix / -> storefront',
    ]);
  });
});
