import '../../core/disable-telemetry.js';
import { loadConfig } from '../../core/config.js';
import { onShutdownSignal } from '../../core/http.js';
import { logger } from '../../core/logger.js';
import { commerceModule } from './module.js';

/** The commerce subgraph as its own process: `node dist/subgraphs/commerce/main.js`. */
const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
const service = await commerceModule.start(config, {});
onShutdownSignal(() => service.close());
