import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'gateway/**/*.test.ts',
      'subgraphs/**/*.test.ts',
      'workers/**/*.test.ts',
      'test/**/*.test.ts',
      'schema/**/*.test.ts',
      'templates/**/*.test.ts',
      'templates/**/*.test.tsx',
    ],
    exclude: ['node_modules/**', 'dist/**', 'client/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
  },
});
