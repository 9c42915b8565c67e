import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { createJobQueue } from '../../core/jobs.js';
import { authModule } from './module.js';

const config = loadConfig(process.env, { sharedSecrets: 'environment' });
// Invitation emails go to BullMQ (REDIS_URL) for the worker process.
const jobs = await createJobQueue(config);
const service = await authModule.start(config, { jobs });
onShutdownSignal(async () => {
  await service.close();
  await jobs.close();
});
