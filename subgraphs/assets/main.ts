import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { createJobQueue } from '../../core/jobs.js';
import { logger } from '../../core/logger.js';
import { createStorage } from '../../core/storage.js';
import { assetsModule } from './module.js';

/** The assets subgraph as its own process: `node dist/subgraphs/assets/main.js`. */
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
const storage = await createStorage(config);
// A BullMQ producer: image.optimize and asset.delete run in the worker process.
const jobs = await createJobQueue(config);
const service = await assetsModule.start(config, { storage, jobs });
onShutdownSignal(async () => {
  await service.close();
  await jobs.close();
});
