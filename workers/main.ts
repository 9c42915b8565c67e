import { loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { logger } from '../core/logger.js';
import { createStorage } from '../core/storage.js';
import { buildHandlers } from './handlers.js';
import { startWorker } from './worker.js';

/** The worker process: `node dist/workers/main.js`. Needs REDIS_URL (without it jobs run in-process). */
const config = loadConfig();
logger(config.LOG_LEVEL);
if (!config.REDIS_URL) {
  logger().fatal('the worker process needs REDIS_URL; in embedded mode jobs run inside the services');
  process.exit(1);
}
const storage = await createStorage(config);
// TODO(lead): pass `sites` (listPublishedPages, siteBaseUrl) once the CMS service is reachable.
const worker = await startWorker(config, buildHandlers({ storage }));
onShutdownSignal(() => worker.close());
