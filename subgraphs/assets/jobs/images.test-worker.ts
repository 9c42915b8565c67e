/**
 * A worker process for subgraphs/assets/jobs/images-crash.test.ts: runs the image handler alone with short
 * BullMQ locks, so that a job whose process was killed is taken back within seconds.
 *
 * HOLD_AFTER_JOBS=n stops every job after the first n at a known point, so that a kill lands
 * mid-flight whatever the speed of the machine: its first variant is written to storage, the
 * other writes never start, nothing is recorded in the database; the process prints
 * `held <assetId>` and the job waits until the process is killed.
 */

import '../../../core/disable-telemetry.js';
import { loadConfig } from '../../../core/config.js';
import type { JobHandler } from '../../../core/jobs.js';
import { logger } from '../../../core/logger.js';
import { createStorage, type Storage } from '../../../core/storage.js';
import { startWorker } from '../../../workers/worker.js';
import { openAssetsDb } from '../subgraph.js';
import { imageOptimizeHandler } from './images.js';

const config = loadConfig();
logger(config.LOG_LEVEL);
const storage = await createStorage(config);
const db = await openAssetsDb(config);
const holdAfter = process.env.HOLD_AFTER_JOBS === undefined ? Infinity : Number(process.env.HOLD_AFTER_JOBS);

/** `storage` whose first put for the asset is written and then never answers; later puts never start. */
function heldAfterFirstWrite(assetId: string): Storage {
  let writes = 0;
  const never = new Promise<never>(() => undefined);
  return Object.assign(Object.create(storage) as Storage, {
    async put(key: string, body: Parameters<Storage['put']>[1], contentType: string) {
      if (writes++ > 0) return never;
      await storage.put(key, body, contentType);
      process.stdout.write(`held ${assetId}\n`);
      return never;
    },
  });
}

let started = 0;
const optimize: JobHandler<'image.optimize'> = (payload, job) => {
  const held = started++ >= holdAfter;
  return imageOptimizeHandler({
    storage: held ? heldAfterFirstWrite(payload.assetId) : storage,
    db,
    settings: config,
  })(payload, job);
};

await startWorker(
  config,
  { 'image.optimize': optimize },
  { metricsPort: 0, concurrency: 2, lockDuration: 2_000, stalledInterval: 1_000 },
);
process.stdout.write('ready\n');
