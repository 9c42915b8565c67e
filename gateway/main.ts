import { loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { logger } from '../core/logger.js';
import { startGateway } from './server.js';

const config = loadConfig();
logger(config.LOG_LEVEL);
const gateway = await startGateway(config);
onShutdownSignal(() => gateway.close());
