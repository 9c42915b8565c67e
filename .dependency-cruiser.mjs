/**
 * Import rules, checked by `npm run depcruise` (part of `npm test`):
 * - no subgraph imports another subgraph;
 * - the edges (gateway/, storefront/), the worker (workers/), the composition root (stack/) and the
 *   editor SPA (client/) reach a subgraph only through its public entry: `subgraphs/<name>/module.ts`
 *   or a contract file listed in CONTRACTS;
 * - core/ and templates/, which every side imports, import no subgraph and no edge;
 * - no circular imports anywhere.
 * Tests and their harnesses (TEST_CODE) may reach any module to set up a stack: the boundary rules
 * hold for the code that ships, the circular rule for all code.
 *
 * What breaks a rule today is listed below as a named, explained, temporary exception. Each one
 * names the change that removes it; delete the entry in the same commit.
 */

import { existsSync } from 'node:fs';

const TEST_CODE = '(\\.test\\.tsx?|\\.test-worker\\.ts|-testing\\.ts)$|^test/|^bench/|/testing/';

/** Files other processes may import besides a subgraph's module.ts: small, stable contracts. */
const CONTRACTS = [
  // The beacon format, visitor hash and event buffer: the storefront's /collect endpoint.
  'subgraphs/analytics/contract.ts',
  // Preview tokens (the storefront's /preview/) and sitemap file keys (its sitemaps).
  'subgraphs/cms/contract.ts',
];

const PUBLIC_ENTRIES = [
  '^subgraphs/[^/]+/module\\.ts$',
  // The list of every module, which the composition roots loop over.
  '^subgraphs/modules\\.ts$',
  ...CONTRACTS.map((file) => `^${literal(file)}$`),
];

/** Imports of subgraph internals from outside the subgraph that are still to be removed. */
const TEMPORARY_INTERNAL_IMPORTS = [];

/** Import circles still to be broken: a circle made only of these files is tolerated. */
const TEMPORARY_CIRCLES = [];

// An exception whose files are gone is stale: delete it with the change that removed them.
for (const { name, files } of [
  ...TEMPORARY_INTERNAL_IMPORTS.map((e) => ({ name: e.name, files: [...e.from, ...e.to] })),
  ...TEMPORARY_CIRCLES,
]) {
  const missing = files.filter((file) => !existsSync(new URL(file, import.meta.url)));
  if (missing.length)
    throw new Error(`.dependency-cruiser.mjs: exception ${name} names missing files: ${missing.join(', ')}`);
}

function literal(file) {
  return file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function anyOf(files) {
  return `^(${files.map(literal).join('|')})$`;
}

const EDGES = '^(gateway|storefront|workers|stack|client)/';
const excepted = TEMPORARY_INTERNAL_IMPORTS.flatMap((exception) => exception.from);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cross-subgraph',
      comment: 'A subgraph is a module of its own: it talks to another only through the supergraph.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/', pathNot: TEST_CODE },
      to: { path: '^subgraphs/([^/]+)/', pathNot: '^subgraphs/$1/' },
    },
    {
      name: 'subgraph-through-public-entry',
      comment:
        'Edges, workers, the stack and the client see a subgraph only through module.ts or a listed contract.',
      severity: 'error',
      from: { path: EDGES, pathNot: [TEST_CODE, anyOf(excepted)] },
      to: { path: '^subgraphs/', pathNot: PUBLIC_ENTRIES },
    },
    ...TEMPORARY_INTERNAL_IMPORTS.map((exception) => ({
      name: `temporary-exception:${exception.name}`,
      comment: `${exception.why} Any other subgraph internal is refused here as everywhere.`,
      severity: 'error',
      from: { path: anyOf(exception.from) },
      to: { path: '^subgraphs/', pathNot: [...PUBLIC_ENTRIES, anyOf(exception.to)] },
    })),
    {
      name: 'shared-code-imports-no-side',
      comment: 'core/ and templates/ are imported by every side, so they import none of them.',
      severity: 'error',
      from: { path: '^(core|templates)/', pathNot: TEST_CODE },
      to: { path: '^(subgraphs|gateway|storefront|workers|stack|client)/|^main\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Import circles hide the order things are built in.',
      severity: 'error',
      from: {},
      to: {
        circular: true,
        via: { pathNot: anyOf(TEMPORARY_CIRCLES.flatMap((circle) => circle.files)) },
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|client/dist)/' },
    // The `.js` specifiers of NodeNext resolve to the `.ts` sources.
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type from a subgraph's internals couples as much as a value.
    tsPreCompilationDeps: true,
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
