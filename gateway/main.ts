import '../core/disable-telemetry.js';
import { loadConfig } from '../core/config.js';
import { onShutdownSignal } from '../core/http.js';
import { logger } from '../core/logger.js';
import { createStorage } from '../core/storage.js';
import { startGateway } from './server.js';

const config = loadConfig(process.env, { sharedSecrets: 'environment' });
logger(config.LOG_LEVEL);
// With disk storage (no S3_ENDPOINT) uploads are PUT to the gateway, into the shared data folder.
const storage = await createStorage(config);
const gateway = await startGateway(config, storage.backend === 'disk' ? { storage } : {});
onShutdownSignal(() => gateway.close());
