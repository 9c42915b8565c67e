import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';

/**
 * The cms subgraph as its own process: `node dist/subgraphs/cms/main.js`. With REDIS_URL its jobs
 * go to BullMQ for the worker process; without it they run in this process (no handlers are wired
 * here, so they wait: run the all-in-one `npm start` for embedded mode instead).
 */
// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [{ onShutdownSignal }, { createJobQueue }, { logger }, { cmsModule }] = await Promise.all([
  import('../../core/http.js'),
  import('../../core/jobs.js'),
  import('../../core/logger.js'),
  import('./module.js'),
]);
logger(config.LOG_LEVEL);
const jobs = await createJobQueue(config);
const service = await cmsModule.start(config, { jobs });
onShutdownSignal(async () => {
  await service.close();
  await jobs.close();
});
