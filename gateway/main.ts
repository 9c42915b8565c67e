import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';

// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [{ onShutdownSignal }, { logger }, { createStorage }, { startGateway }] = await Promise.all([
  import('../core/http.js'),
  import('../core/logger.js'),
  import('../core/storage.js'),
  import('./server.js'),
]);
logger(config.LOG_LEVEL);
// With disk storage (no S3_ENDPOINT) uploads are PUT to the gateway, into the shared data folder.
const storage = await createStorage(config);
const gateway = await startGateway(config, storage.backend === 'disk' ? { storage } : {});
onShutdownSignal(() => gateway.close());
