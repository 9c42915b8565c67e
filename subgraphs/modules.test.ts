import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rootFieldsOf } from '../core/subgraph.js';
import { GATEWAY_PUBLIC_PATHS } from '../gateway/public-paths.js';
import { modules } from './modules.js';

/** Each module declares everything it owns (core/module.ts); the composition roots trust these. */
describe.each(Object.entries(modules))('the %s module', (key, module) => {
  const dir = new URL(`./${key}/`, import.meta.url);

  it('is listed under its own name', () => {
    expect(module.name).toBe(key);
  });

  it('declares the schema of its schema.graphql, and it builds as a federated subgraph', () => {
    const file = readFileSync(new URL('schema.graphql', dir), 'utf8');
    expect(print(module.typeDefs)).toBe(print(parse(file)));
    expect(() => buildSubgraphSchema([{ typeDefs: module.typeDefs }])).not.toThrow();
  });

  it('declares a permission for every root field, and none for a field it does not have', () => {
    const roots = rootFieldsOf(module.typeDefs);
    const fields = [...roots.Query.map((f) => `Query.${f}`), ...roots.Mutation.map((f) => `Mutation.${f}`)];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.filter((field) => !module.permissions[field])).toEqual([]);
    expect(Object.keys(module.permissions).filter((field) => !fields.includes(field))).toEqual([]);
  });

  it('declares every migration file, in time order, each named for its class', () => {
    expect(module.migrations.length).toBeGreaterThan(0);
    const names = module.migrations.map((m) => m.name);
    for (const migration of module.migrations) {
      expect(migration.name).toMatch(/^Migration\d{14}_[a-z0-9_]+$/);
      expect(migration.class.name).toBe(migration.name);
    }
    expect(new Set(names).size).toBe(names.length);
    // Every migration file is listed (one left out would never run).
    const files = readdirSync(new URL('migrations/', dir))
      .filter((file) => /^Migration.*\.ts$/.test(file) && !file.endsWith('.test.ts'))
      .map((file) => file.slice(0, -'.ts'.length));
    expect(files.sort()).toEqual([...names].sort());
    // By their timestamps (two of one timestamp may come in either order).
    const stamps = names.map((name) => name.slice('Migration'.length, 'Migration'.length + 14));
    expect(stamps).toEqual([...stamps].sort());
  });

  it('declares its entities, each once: every list entities/index.ts exports', async () => {
    expect(module.entities.length).toBeGreaterThan(0);
    const names = module.entities.map((entity) => entity.meta.className);
    expect(new Set(names).size).toBe(names.length);
    const lists = Object.values(await import(/* @vite-ignore */ new URL('entities/index.ts', dir).href)) as {
      meta: { className: string };
    }[][];
    const exported = lists.flat().map((entity) => entity.meta.className);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.filter((name) => !names.includes(name))).toEqual([]);
  });

  it('declares the paths of its routes: public ones are forwarded by the gateway', () => {
    for (const route of module.routes?.paths ?? []) {
      if (route.reach === 'internal') {
        expect(route.path).toMatch(/^\/internal\//);
      } else {
        const forwarded = GATEWAY_PUBLIC_PATHS.some((p) =>
          p.match === 'exact' ? p.path === route.path : route.path.startsWith(p.path),
        );
        expect(forwarded, `${route.path} is not a gateway public path`).toBe(true);
      }
    }
  });

  it('declares its contract exactly when it has a contract.ts', () => {
    expect(module.contract !== undefined).toBe(existsSync(new URL('contract.ts', dir)));
    if (module.contract) expect(Object.keys(module.contract).length).toBeGreaterThan(0);
  });
});

describe('the module list', () => {
  it('owns every job kind once, and none is the platform mail job', () => {
    const kinds = Object.values(modules).flatMap((module) => module.jobs.map((job) => job.name));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds).not.toContain('email.send');
  });

  it('starts auth first (the others read its tenant directory in one process)', () => {
    expect(Object.keys(modules)[0]).toBe('auth');
    expect(Object.values(modules).filter((module) => module.tenantDirectory)).toEqual([modules.auth]);
  });
});
