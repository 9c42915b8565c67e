import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';

// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [{ onShutdownSignal }, { logger }, { startStorefront }] = await Promise.all([
  import('../core/http.js'),
  import('../core/logger.js'),
  import('./server.js'),
]);
logger(config.LOG_LEVEL);
const storefront = await startStorefront(config);
onShutdownSignal(() => storefront.close());
