import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { NoSkipsReporter, RUNNING_IN_CI } from './test/support/no-skips-reporter.js';
import { SlowestFirstSequencer } from './test/support/slowest-first.js';

// Nothing a test runs may reach beyond this machine (test/support/network-guard.ts).
const networkSetup = fileURLToPath(new URL('./test/support/network-setup.ts', import.meta.url));

/** The tests next to the modules they prove: services, subgraphs, the gateway, the renderer. */
const MODULE_TESTS = [
  'core/**/*.test.ts',
  'gateway/**/*.test.ts',
  'storefront/**/*.test.ts',
  'subgraphs/**/*.test.ts',
  'workers/**/*.test.ts',
  'schema/**/*.test.ts',
  'templates/**/*.test.ts',
  'templates/**/*.test.tsx',
];
/** Module tests that replace a module (`vi.mock`), which a shared module cache would not honour. */
const MOCKING_MODULE_TESTS = ['subgraphs/assets/fonts.test.ts'];

export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**', 'client/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Test files mostly wait on PostgreSQL, Redis, child processes and Chromium, so two run at once
    // even on a 2-core machine (vitest's default, cores − 1, runs one file at a time there).
    // `--maxWorkers=1` runs them one by one.
    maxWorkers: Math.max(2, availableParallelism()),
    // The long files (browser, end-to-end) start first, also on a clean clone (test/support/slowest-first.ts).
    sequence: { sequencer: SlowestFirstSequencer },
    // In CI a skipped or todo test fails the run (npm test included).
    reporters: RUNNING_IN_CI ? ['default', new NoSkipsReporter()] : ['default'],
    setupFiles: [networkSetup],
    // The demo store's pictures, drawn once per run for every stack that seeds it; the migrated
    // database every test database is copied from.
    globalSetup: ['./test/support/demo-art-cache.ts', './test/support/migrated-template.ts'],
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    projects: [
      // End-to-end, browser and repository tests (test/): each file in a fresh worker, as they set
      // process-wide state (environment, child processes, browsers).
      { extends: true, test: { name: 'server', include: ['test/**/*.test.ts', ...MOCKING_MODULE_TESTS] } },
      // The module tests share each worker's module cache from file to file (isolate: false): importing
      // the subgraphs, Apollo and MikroORM afresh for every file cost more than most files' tests
      // (measured on subgraphs/cms/: 400 s isolated, 96 s shared). Each file still starts its own
      // database, Redis prefix and subgraph; a file that replaces a module runs isolated (above).
      {
        extends: true,
        test: { name: 'modules', include: MODULE_TESTS, exclude: MOCKING_MODULE_TESTS, isolate: false },
      },
      // The editor SPA's component tests, in a simulated DOM (happy-dom).
      {
        test: {
          name: 'client',
          root: 'client',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: [networkSetup],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
