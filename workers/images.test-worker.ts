/**
 * A worker process for workers/images-crash.test.ts: runs the image handler alone with short
 * BullMQ locks, so that a job whose process was killed is taken back within seconds.
 */
import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';
import { logger } from '../core/logger.js';
import { createStorage } from '../core/storage.js';
import { openAssetsDb } from '../subgraphs/assets/service.js';
import { imageOptimizeHandler } from './images.js';
import { startWorker } from './worker.js';

const config = loadConfig();
logger(config.LOG_LEVEL);
const storage = await createStorage(config);
const db = await openAssetsDb(config);
await startWorker(
  config,
  { 'image.optimize': imageOptimizeHandler({ storage, db: () => db, settings: config }) },
  { metricsPort: 0, concurrency: 2, lockDuration: 2_000, stalledInterval: 1_000 },
);
process.stdout.write('ready\n');
