import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { createJobQueue } from '../../core/jobs.js';
import { logger } from '../../core/logger.js';
import { cmsModule } from './module.js';

/**
 * The cms subgraph as its own process: `node dist/subgraphs/cms/main.js`. With REDIS_URL its jobs
 * go to BullMQ for the worker process; without it they run in this process (no handlers are wired
 * here, so they wait: run the all-in-one `npm start` for embedded mode instead).
 */
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
const jobs = await createJobQueue(config);
const service = await cmsModule.start(config, { jobs });
onShutdownSignal(async () => {
  await service.close();
  await jobs.close();
});
