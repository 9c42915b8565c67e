import { systemTrueTypeFont } from '../../subgraphs/assets/fonts-testing.js';

const SYSTEM_FONT = systemTrueTypeFont();

/** The smallest TrueType font fontconfig lists; throws (naming the fix) when there is none. */
export function requireSystemFont(): { path: string; bytes: Buffer } {
  if (!SYSTEM_FONT) {
    throw new Error(
      `fc-list lists no TrueType font but CI=${process.env.CI} requires the font tests: install fontconfig and fonts-dejavu-core`,
    );
  }
  return SYSTEM_FONT;
}
