import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { logger } from '../core/logger.js';
import { startStorefront } from './server.js';

const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
const storefront = await startStorefront(config);
onShutdownSignal(() => storefront.close());
