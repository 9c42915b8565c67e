/**
 * vitest global setup (vitest.config.ts): one folder for the whole run where the demo store's
 * pictures are kept once drawn (stack/demo-art.ts), so the dozen-odd stacks that seed the demo store
 * draw each picture once. Test files run in worker processes started after this, with its
 * environment; the folder is removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ART_CACHE_ENV } from '../../stack/demo-art.js';

export default function setup(): () => void {
  // A vitest run started by a test (test/no-skips.test.ts) uses the enclosing run's folder.
  if (process.env[DEMO_ART_CACHE_ENV]) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'wh-demo-art-'));
  process.env[DEMO_ART_CACHE_ENV] = dir;
  return () => {
    delete process.env[DEMO_ART_CACHE_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
