/**
 * A vitest reporter for CI (vitest.config.ts adds it when `CI` is set): the run fails when any test was
 * skipped or left as todo (a skipped proof is a missing proof), listing them, and it ends with the
 * counts alone on a line (`vitest: N passed, N failed[, N skipped]`).
 */
import type { Reporter, TestModule } from 'vitest/node';

const ci = (process.env.CI ?? '').trim().toLowerCase();
/** True in CI (`CI` set to anything but `0`/`false`, as .ci/run and the common CI services do). */
export const RUNNING_IN_CI = ci !== '' && ci !== '0' && ci !== 'false';

export class NoSkipsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const { state } = test.result();
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else if (state === 'skipped') {
          const why = test.options.mode === 'todo' ? 'todo' : 'skipped';
          skipped.push(`  ${module.moduleId}: ${test.fullName} (${why})`);
        }
      }
    }
    if (skipped.length) {
      process.exitCode = 1;
      process.stderr.write(
        `\nCI runs every test, but ${skipped.length} were skipped or left as todo:\n${skipped.join('\n')}\n`,
      );
    }
    const tail = skipped.length ? `, ${skipped.length} skipped` : '';
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed${tail}\n`);
  }
}
