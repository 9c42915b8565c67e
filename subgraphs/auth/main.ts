import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';

// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [{ onShutdownSignal }, { createJobQueue }, { authModule }] = await Promise.all([
  import('../../core/http.js'),
  import('../../core/jobs.js'),
  import('./module.js'),
]);
// Invitation emails go to BullMQ (REDIS_URL) for the worker process.
const jobs = await createJobQueue(config);
const service = await authModule.start(config, { jobs });
onShutdownSignal(async () => {
  await service.close();
  await jobs.close();
});
