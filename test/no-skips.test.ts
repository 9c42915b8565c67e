/**
 * In CI (`CI` set, as .ci/run does) `vitest run`, and so `npm test`, fails when any test was skipped or
 * left as todo: a skipped proof is a missing proof. Runs vitest itself, with this repository's config,
 * on a small file that skips one test and leaves one todo.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtureDir = join(root, 'test', `no-skips-fixture-${process.pid}`);
const fixture = join(fixtureDir, 'skips.test.ts');
const vitestPackage = createRequire(import.meta.url).resolve('vitest/package.json');
const vitest = join(dirname(vitestPackage), 'vitest.mjs');

const SKIP = 'skip';
const TODO = 'todo';

mkdirSync(fixtureDir, { recursive: true });
writeFileSync(
  fixture,
  [
    "import { expect, it } from 'vitest';",
    "it('runs', () => expect(1).toBe(1));",
    // The fixture is generated, never part of the suite: its skip and todo calls are spelled from
    // these names so that no test source of the repository holds one.
    `it.${SKIP}('is skipped', () => expect(1).toBe(2));`,
    `it.${TODO}('is left for later');`,
    `it('skips itself', (ctx) => ctx.${SKIP}());`,
    '',
  ].join('\n'),
);
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

async function runVitest(ci: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [vitest, 'run', '--project', 'server', relative(root, fixture)], {
    cwd: root,
    env: { ...process.env, CI: ci },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

describe('skipped and todo tests', () => {
  it('fail the run in CI, listed by name, with the counts on a closing line', async () => {
    const run = await runVitest('true');
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('is skipped');
    expect(run.output).toContain('is left for later');
    expect(run.output).toContain('skips itself');
    expect(run.output).toMatch(/^vitest: 1 passed, 0 failed, 3 skipped$/m);
  }, 120_000);

  it('are allowed outside CI', async () => {
    const run = await runVitest('');
    expect(run.code, run.output).toBe(0);
  }, 120_000);
});
