/**
 * The order vitest starts test files in (vitest.config.ts `sequence.sequencer`): with two files at
 * a time, the run ends when the last long file ends, so the long ones start first and the many
 * short ones fill in around them.
 *
 * vitest's own order (BaseSequencer) is longest first only when it has the durations of an
 * earlier run (node_modules/.vite/vitest); a clean clone, as in CI, has none and gets the largest
 * source files first, which put the 2-minute browser files last. So the test's kind comes first:
 * real-browser files, then end-to-end and stack files, then the rest; within a kind, vitest's order.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Lower starts earlier: a path's kind, by the cost of what such files start. */
function rank(path: string): number {
  if (path.startsWith('test/browser/')) return 0;
  if (path.startsWith('test/e2e/') || path.endsWith('-chaos.test.ts')) return 1;
  return 2;
}

export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const position = new Map(ordered.map((file, i) => [file, i]));
    const root = this.ctx.config.root;
    return [...ordered].sort(
      (a, b) =>
        rank(relative(root, a.moduleId)) - rank(relative(root, b.moduleId)) ||
        position.get(a)! - position.get(b)!,
    );
  }
}
