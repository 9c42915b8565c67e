import { systemTrueTypeFont } from '../../subgraphs/assets/fonts-testing.js';
import { IN_CI } from './ci.js';

const SYSTEM_FONT = systemTrueTypeFont();

/**
 * `it.skipIf(SKIP_SYSTEM_FONT_TESTS)` for tests that need a real TrueType font from fontconfig
 * (fc-list): skipped only outside CI on a machine without one. In CI they run, and
 * `requireSystemFont()` fails them when the font is missing (.ci/run installs the fonts).
 */
export const SKIP_SYSTEM_FONT_TESTS = !SYSTEM_FONT && !IN_CI;

/** The smallest TrueType font fontconfig lists; throws (naming the fix) when there is none. */
export function requireSystemFont(): { path: string; bytes: Buffer } {
  if (!SYSTEM_FONT) {
    throw new Error(
      `fc-list lists no TrueType font but CI=${process.env.CI} requires the font tests: install fontconfig and fonts-dejavu-core`,
    );
  }
  return SYSTEM_FONT;
}
