import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';

/** The commerce subgraph as its own process: `node dist/subgraphs/commerce/main.js`. */
// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [{ onShutdownSignal }, { logger }, { commerceModule }] = await Promise.all([
  import('../../core/http.js'),
  import('../../core/logger.js'),
  import('./module.js'),
]);
logger(config.LOG_LEVEL);
const service = await commerceModule.start(config, {});
onShutdownSignal(() => service.close());
