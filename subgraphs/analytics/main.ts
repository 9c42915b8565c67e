import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';

/** The analytics subgraph as its own process: `node dist/subgraphs/analytics/main.js`. */
// The configuration is checked before the service's code is loaded: a container missing a
// setting fails at once, naming it.
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
const [{ onShutdownSignal }, { logger }, { analyticsModule }] = await Promise.all([
  import('../../core/http.js'),
  import('../../core/logger.js'),
  import('./module.js'),
]);
logger(config.LOG_LEVEL);
// With Redis the worker process runs the analytics jobs and keeps their schedules (analytics/module.ts).
const service = await analyticsModule.start(config, {});
onShutdownSignal(() => service.close());
