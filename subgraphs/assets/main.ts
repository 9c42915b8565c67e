import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';

/** The assets subgraph as its own process: `node dist/subgraphs/assets/main.js`. */
// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [{ onShutdownSignal }, { createJobQueue }, { logger }, { createStorage }, { assetsModule }] =
  await Promise.all([
    import('../../core/http.js'),
    import('../../core/jobs.js'),
    import('../../core/logger.js'),
    import('../../core/storage.js'),
    import('./module.js'),
  ]);
logger(config.LOG_LEVEL);
const storage = await createStorage(config);
// A BullMQ producer: image.optimize and asset.delete run in the worker process.
const jobs = await createJobQueue(config);
const service = await assetsModule.start(config, { storage, jobs });
onShutdownSignal(async () => {
  await service.close();
  await jobs.close();
});
