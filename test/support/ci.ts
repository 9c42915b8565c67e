/**
 * True in CI (`CI` set to anything but `0`/`false`, as .ci/run and the common CI services do).
 * A test that needs a tool of the machine (a browser, fontconfig's fonts) may be skipped locally
 * when the tool is missing, never in CI: there it runs and fails, naming what to install.
 */
const ci = (process.env.CI ?? '').trim().toLowerCase();
export const IN_CI = ci !== '' && ci !== '0' && ci !== 'false';
