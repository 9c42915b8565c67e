/**
 * An initialised, empty embedded database for tests that start an embedded stack: PGlite's initdb
 * takes seconds on every fresh data folder, opening an initialised one well under one. The first
 * caller on this machine initialises one through `startEmbeddedPostgres` (the fresh-folder path)
 * and keeps it, per PGlite version, under the system temp folder; each stack then starts on its
 * own copy, so no test sees another's data. The fresh first start itself stays tested where it is
 * the point: core/embedded-db.test.ts, test/e2e/embedded.test.ts and offline.test.ts (`npm start`).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../core/embedded-db.js';

const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;

/** `<tmp>/wh-pglite-template-<version>/pglite`, made once (whoever renames first wins). */
async function template(): Promise<string> {
  const dir = join(tmpdir(), `wh-pglite-template-${PGLITE_VERSION}`);
  if (existsSync(join(dir, 'pglite'))) return dir;
  const building = mkdtempSync(join(tmpdir(), 'wh-pglite-template-building-'));
  const fresh = await startEmbeddedPostgres({ dataDir: building, port: 0 });
  await fresh.close();
  rmSync(join(building, 'pglite.lock'), { force: true });
  try {
    renameSync(building, dir);
  } catch {
    // Another test process made it meanwhile: theirs is the same.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

/** Puts an initialised, empty embedded database in `dataDir` (an embedded stack's DATA_DIR). */
export async function withInitialisedPglite(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'pglite'))) return;
  cpSync(join(await template(), 'pglite'), join(dataDir, 'pglite'), { recursive: true });
}
